// forEachChild: the one loop over a node's children that the analysis walks share.
import { parseForESLint } from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/types';
import { describe, expect, it } from 'vitest';
import { forEachChild } from '../../src/analysis/children.js';

function parse(code: string) {
  const { ast, visitorKeys } = parseForESLint(code, { range: true, loc: true });
  return { ast: ast as unknown as TSESTree.Program, keys: visitorKeys };
}

function types(node: TSESTree.Node, keys: Parameters<typeof forEachChild>[1]): string[] {
  const out: string[] = [];
  forEachChild(node, keys, (child, list: string[]) => void list.push(child.type), out);
  return out;
}

describe('forEachChild', () => {
  it('visits the children in visitor-key order, array elements in order, skipping holes', () => {
    const { ast, keys } = parse('const [, a, , b] = [x, , y];');
    const declarator = (ast.body[0] as TSESTree.VariableDeclaration).declarations[0];
    expect(types(declarator, keys)).toEqual(['ArrayPattern', 'ArrayExpression']);
    expect(types(declarator.id, keys)).toEqual(['Identifier', 'Identifier']);
    expect(types(declarator.init!, keys)).toEqual(['Identifier', 'Identifier']);
  });

  it('includes type annotations and skips null children (an `if` without `else`)', () => {
    const { ast, keys } = parse('function f(a: string): number { if (a) return 1; }');
    const fn = ast.body[0] as TSESTree.FunctionDeclaration;
    expect(types(fn, keys)).toEqual(['Identifier', 'Identifier', 'TSTypeAnnotation', 'BlockStatement']);
    const ifStatement = fn.body.body[0];
    expect(types(ifStatement, keys)).toEqual(['Identifier', 'ReturnStatement']);
  });

  it('hands `state` through, and stops at the first child the callback returns true for', () => {
    const { ast, keys } = parse('call(a, bb, ccc, bb);');
    const call = (ast.body[0] as TSESTree.ExpressionStatement).expression;
    const seen: string[] = [];
    const found = forEachChild(
      call,
      keys,
      (child, name: string) => {
        seen.push(child.type === 'Identifier' ? child.name : child.type);
        return child.type === 'Identifier' && child.name === name;
      },
      'bb',
    );
    expect(found?.range).toEqual([8, 10]);
    expect(seen).toEqual(['call', 'a', 'bb']);
    expect(forEachChild(call, keys, () => false, null)).toBeUndefined();
  });

  it('a node type without visitor keys has no children', () => {
    const { ast } = parse('x;');
    expect(types(ast, {})).toEqual([]);
  });
});
