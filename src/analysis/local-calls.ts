/**
 * Values across functions in the same file: which calls reach a local function, where a parameter
 * sits in its parameter list, and the call that supplied a value (`via`).
 *
 * A local function (a declaration, or an arrow or function expression bound to a `const`) that is
 * not exported and is only ever called directly has a known set of calls; a path through one of
 * its parameters picks one of those calls, and every parameter on that path comes from the same call.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { declarationOf, isFunctionNode, staticPropertyKey, type FunctionNode } from './bindings.js';
import { forEachChild, isTypeOnly } from './children.js';
import { MAX_DEPTH, type Param, type Value } from './value-model.js';

/** Where a parameter binding sits in its function's parameter list. */
export interface ParameterSite {
  fn: FunctionNode;
  /** Index of the argument that supplies it (after a TypeScript `this` parameter). */
  index: number;
  /** `function f({ model })`: the property of the argument it reads; `null` for a plain parameter. */
  key: string | null;
  /** The default of the parameter (`model = 'o3'`) or of the destructured property. */
  defaultValue: TSESTree.Expression | null;
  /** The default of a destructured parameter as a whole (`{ model } = {}`). */
  patternDefault: TSESTree.Expression | null;
}

function thisOffset(fn: FunctionNode): number {
  const first = fn.params[0];
  return first?.type === AST_NODE_TYPES.Identifier && first.name === 'this' ? 1 : 0;
}

export function locateParameter(fn: FunctionNode, name: TSESTree.Node): ParameterSite | null {
  const offset = thisOffset(fn);
  for (let i = offset; i < fn.params.length; i++) {
    let target: TSESTree.Node = fn.params[i];
    let patternDefault: TSESTree.Expression | null = null;
    if (target.type === AST_NODE_TYPES.AssignmentPattern) {
      patternDefault = target.right;
      target = target.left;
    }
    if (target === name) return { fn, index: i - offset, key: null, defaultValue: patternDefault, patternDefault: null };
    if (target.type !== AST_NODE_TYPES.ObjectPattern) continue;
    for (const property of target.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      let value: TSESTree.Node = property.value;
      let defaultValue: TSESTree.Expression | null = null;
      if (value.type === AST_NODE_TYPES.AssignmentPattern) {
        defaultValue = value.right;
        value = value.left;
      }
      if (value !== name) continue;
      const key = staticPropertyKey(property);
      return key === null ? null : { fn, index: i - offset, key, defaultValue, patternDefault };
    }
  }
  return null;
}

/** The plain parameter (`p`, `p = {}`) at argument `index` of a function, if any. */
export function parameterAt(fn: FunctionNode, index: number): TSESTree.Identifier | null {
  let target: TSESTree.Node | undefined = fn.params[index + thisOffset(fn)];
  if (target?.type === AST_NODE_TYPES.AssignmentPattern) target = target.left;
  return target?.type === AST_NODE_TYPES.Identifier ? target : null;
}

/** The variables that name a function: its declaration's name, or the `const` it is bound to. */
function functionVariables(sourceCode: TSESLint.SourceCode, fn: FunctionNode): TSESLint.Scope.Variable[] | null {
  const own = sourceCode.getDeclaredVariables(fn).filter((v) => v.defs.some((d) => d.type === 'FunctionName' && d.node === fn));
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) {
    const parent = fn.parent;
    if (!fn.id || parent?.type === AST_NODE_TYPES.ExportNamedDeclaration || parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration) return null;
    return own.length === 1 ? own : null;
  }
  const declarator = fn.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== fn || declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
  const declaration = declarator.parent;
  if (declaration?.type !== AST_NODE_TYPES.VariableDeclaration || declaration.kind !== 'const') return null;
  if (declaration.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration) return null;
  const bound = sourceCode.getDeclaredVariables(declarator);
  return bound.length === 1 ? [...bound, ...own] : null;
}

const callsCache = new WeakMap<FunctionNode, TSESTree.CallExpression[] | null>();

/**
 * Every call of a local function in the file, when the function is used in no other way: not
 * exported (`export function`, `export { f }`, `module.exports = f`), not passed or stored as a
 * value, never called through `.call`/`.apply` or `new`. `null` otherwise, or when it is never called.
 */
export function directCalls(sourceCode: TSESLint.SourceCode, fn: FunctionNode): TSESTree.CallExpression[] | null {
  if (callsCache.has(fn)) return callsCache.get(fn)!;
  let calls: TSESTree.CallExpression[] | null = [];
  const variables = functionVariables(sourceCode, fn);
  for (const variable of variables ?? []) {
    for (const reference of variable.references) {
      const id = reference.identifier as TSESTree.Node;
      // The `const f = ...` initialisation itself, and type positions (`typeof f`), pass nothing.
      if (reference.init) continue;
      const typed = reference as { isValueReference?: boolean };
      if (typed.isValueReference === false) continue;
      const parent = id.parent;
      if (parent?.type === AST_NODE_TYPES.TSTypeQuery) continue;
      if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === id) calls!.push(parent);
      else {
        calls = null;
        break;
      }
    }
    if (calls === null) break;
  }
  if (calls !== null && calls.length === 0) calls = null;
  callsCache.set(fn, calls);
  return calls;
}

/**
 * The local function a callee names: a function declaration, or an arrow or function expression
 * that a `const` (or a `let`/`var` never written again) is bound to, in this file (`declarationOf`).
 * `null` for anything else (imports, methods, reassigned or destructured names).
 */
export function localFunction(sourceCode: TSESLint.SourceCode, callee: TSESTree.Node): FunctionNode | null {
  const declaration = declarationOf(sourceCode, callee);
  return declaration && isFunctionNode(declaration) ? declaration : null;
}

/** Tag values (and the values inside objects and arrays) with the call that supplied them. */
export function withVia(values: readonly Value[], call: TSESTree.CallExpression, depth = 0): Value[] {
  return values.map((value) => {
    switch (value.kind) {
      case 'primitive':
        return value.via ? value : { ...value, via: call };
      case 'object': {
        if (value.via) return value;
        if (depth > MAX_DEPTH) return { ...value, via: call };
        const params = new Map<string, Param>();
        for (const [name, param] of value.shape.params) params.set(name, { ...param, values: withVia(param.values, call, depth + 1) });
        return { ...value, via: call, shape: { ...value.shape, params } };
      }
      case 'array':
        if (value.via) return value;
        return { ...value, via: call, elements: value.elements?.map((element) => withVia(element, call, depth + 1)) ?? null };
      default:
        return value;
    }
  });
}

/** Per function node (so per file): what `returnsOf` found. */
const returnsCache = new WeakMap<FunctionNode, ReadonlyArray<TSESTree.Expression | null>>();

/**
 * What a function's `return` statements give, in source order: each argument, `null` for a bare
 * `return;`; an arrow function's expression body is its one return. The returns of nested
 * functions and classes are theirs, not this function's. Empty when it never returns a value
 * explicitly (it may still fall off its end, which callers judge).
 */
export function returnsOf(sourceCode: TSESLint.SourceCode, fn: FunctionNode): ReadonlyArray<TSESTree.Expression | null> {
  const cached = returnsCache.get(fn);
  if (cached) return cached;
  const out: Array<TSESTree.Expression | null> = [];
  returnsCache.set(fn, out);
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) {
    out.push(fn.body);
    return out;
  }
  const keys = sourceCode.visitorKeys;
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.ReturnStatement) {
      out.push(node.argument ?? null);
      return;
    }
    if (isFunctionNode(node) || node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression || isTypeOnly(node)) return;
    forEachChild(node, keys, visit, undefined);
  };
  for (const statement of fn.body.body) visit(statement);
  return out;
}
