/** The property edits in src/fix.ts, applied through ESLint so the exact output is checked. */
import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { insertPropertyFix, removeArrayElementFix, removePropertyFix, renamePropertyFix, type FixFunction } from '../../src/rule-kit/fix.js';

type Edit = (sourceCode: TSESLint.SourceCode, node: TSESTree.Node) => FixFunction | null;

/**
 * Apply `edit` once (one pass, no re-lint) to the property keyed `x`, the array element `'x'`, or an
 * empty object; `null` when the edit offers no fix.
 */
function apply(code: string, edit: Edit): string | null {
  const linter = new Linter({ configType: 'flat' });
  const isX = (key: TSESTree.Node) =>
    (key.type === 'Identifier' && key.name === 'x') || (key.type === 'Literal' && key.value === 'x');
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser as never },
        plugins: {
          probe: {
            rules: {
              edit: {
                meta: { fixable: 'code', schema: [] },
                create(context) {
                  const visit = (node: TSESTree.Node) => {
                    const fix = edit(context.sourceCode as never, node);
                    context.report({ node: node as never, message: 'x', fix: fix as never });
                  };
                  return {
                    Property(node: TSESTree.Property) {
                      if (isX(node.key)) visit(node);
                    },
                    'ArrayExpression > Literal'(node: TSESTree.Literal) {
                      if (node.value === 'x') visit(node);
                    },
                    'ObjectExpression[properties.length=0]': visit,
                  } as never;
                },
              },
            },
          },
        },
        rules: { 'probe/edit': 'error' },
      },
    ],
    { filename: 'file.ts' },
  );
  const fixes = messages.filter((m) => m.fix).map((m) => m.fix!);
  if (fixes.length === 0) return null;
  expect(fixes).toHaveLength(1);
  const [{ range, text }] = fixes;
  return code.slice(0, range[0]) + text + code.slice(range[1]);
}

const remove: Edit = (sc, node) => removePropertyFix(sc, node as TSESTree.Property);

describe('removePropertyFix', () => {
  it.each([
    ['f({ a: 1, x: 2, b: 3 })', 'f({ a: 1, b: 3 })'],
    ['f({ x: 2, b: 3 })', 'f({ b: 3 })'],
    ['f({ a: 1, x: 2 })', 'f({ a: 1 })'],
    ['f({ x: 2 })', 'f({ })'],
    ['f({ a: 1, x: 2, })', 'f({ a: 1, })'],
    ['f({\n  a: 1,\n  x: 2,\n  b: 3,\n})', 'f({\n  a: 1,\n  b: 3,\n})'],
    ['f({\n  a: 1,\n  x: 2\n})', 'f({\n  a: 1\n})'],
    // A comment on the line above stays.
    ['f({\n  a: 1,\n  // why\n  x: 2,\n  b: 3,\n})', 'f({\n  a: 1,\n  // why\n  b: 3,\n})'],
  ])('%j → %j', (code, output) => {
    expect(apply(code, remove)).toBe(output);
  });

  it.each([
    // Comments inside or trailing the property would be lost or moved: no fix.
    'f({ a: 1, x: /* keep */ 2, b: 3 })',
    'f({\n  a: 1,\n  x: 2, // keep\n  b: 3,\n})',
    'f({ a: 1, x: 2 /* keep */ })',
  ])('offers no fix for %j', (code) => {
    expect(apply(code, remove)).toBeNull();
  });
});

describe('renamePropertyFix', () => {
  const rename: Edit = (sc, node) => renamePropertyFix(sc, node as TSESTree.Property, 'y');
  it.each([
    ['f({ x: 1 })', 'f({ y: 1 })'],
    ["f({ 'x': 1 })", "f({ 'y': 1 })"],
    ['f({ "x": 1 })', 'f({ "y": 1 })'],
    ["f({ ['x']: 1 })", "f({ ['y']: 1 })"],
    ['const x = 1; f({ x })', 'const x = 1; f({ y: x })'],
  ])('%j → %j', (code, output) => {
    expect(apply(code, rename)).toBe(output);
  });
});

describe('removeArrayElementFix', () => {
  const removeElement: Edit = (sc, node) => removeArrayElementFix(sc, node);
  it.each([
    ["f(['a', 'x', 'b'])", "f(['a', 'b'])"],
    ["f(['x', 'b'])", "f(['b'])"],
    ["f(['a', 'x'])", "f(['a'])"],
    ["f(['x'])", 'f([])'],
    ["f([\n  'a',\n  'x',\n  'b',\n])", "f([\n  'a',\n  'b',\n])"],
    // Found by the fuzzer: a comment trailing the first element after its comma is its own; removing
    // the element would leave it alone on its line, so there is no fix (it was `f([\n  // about x\n ...`).
    ["f([\n  'x', // about x\n  'b',\n])", null],
    ["f(['x', /* about x */ 'b'])", null],
    ["f([\n  'a',\n  'x', // about x\n  'b',\n])", null],
  ])('%j → %j', (code, output) => {
    expect(apply(code, removeElement)).toBe(output);
  });
});

describe('insertPropertyFix', () => {
  const insert: Edit = (sc, node) => {
    if (node.type !== 'ObjectExpression' && node.type !== 'Property') return null;
    const object = node.type === 'ObjectExpression' ? node : (node.parent as TSESTree.ObjectExpression);
    return insertPropertyFix(sc, object, "y: 'z'");
  };
  it.each([
    ['f({ x: 1 })', "f({ x: 1, y: 'z' })"],
    ['f({ x: 1, })', "f({ x: 1, y: 'z', })"],
    ['f({\n  x: 1,\n})', "f({\n  x: 1,\n  y: 'z',\n})"],
    ['f({\n  x: 1\n})', "f({\n  x: 1,\n  y: 'z'\n})"],
    ['f({})', "f({ y: 'z' })"],
    // Found by the fuzzer: a comment after the last property stays with it (not after the new one).
    ['f({\n  x: 1 // about x\n})', "f({\n  x: 1, // about x\n  y: 'z'\n})"],
    ['f({\n  x: 1, // about x\n})', "f({\n  x: 1, // about x\n  y: 'z',\n})"],
    ['f({\n  x: 1 /* a */ /* b */\n  // own line\n})', "f({\n  x: 1, /* a */ /* b */\n  y: 'z'\n  // own line\n})"],
    ['f({ /* empty */ })', "f({ y: 'z' /* empty */ })"],
  ])('%j → %j', (code, output) => {
    expect(apply(code, insert)).toBe(output);
  });
});
