// The one reader of a property's key from the syntax alone (object literals, patterns, fixes' layout).
import { parse } from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/types';
import { describe, expect, it } from 'vitest';
import { staticPropertyKey } from '../../src/analysis/bindings.js';

function keyOf(objectText: string): string | null {
  const program = parse(`(${objectText});`, { range: true, loc: true }) as TSESTree.Program;
  const statement = program.body[0] as TSESTree.ExpressionStatement;
  const object = statement.expression as TSESTree.ObjectExpression;
  return staticPropertyKey(object.properties[0] as TSESTree.Property);
}

describe('staticPropertyKey', () => {
  it.each([
    ['{ model: 1 }', 'model'],
    ["{ 'model': 1 }", 'model'],
    ['{ 1: 1 }', '1'],
    ["{ ['model']: 1 }", 'model'],
    ['{ [2]: 1 }', '2'],
    ['{ [null]: 1 }', 'null'],
    ['{ [true]: 1 }', 'true'],
  ])('%s → %s', (text, key) => {
    expect(keyOf(text)).toBe(key);
  });

  it.each(['{ [model]: 1 }', '{ [`model`]: 1 }', "{ ['mo' + 'del']: 1 }", '{ [/re/]: 1 }', '{ [1n]: 1 }'])('%s → null', (text) => {
    expect(keyOf(text)).toBeNull();
  });
});
