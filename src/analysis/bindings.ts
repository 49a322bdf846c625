/**
 * Bindings and where code runs relative to a read: variable lookup, the single value-defining node
 * of a binding, and how a write (an assignment, a `delete`, a `push`) stands to a later read of the
 * same binding (always before it, only on some paths, or after it).
 */
import { findVariable, getPropertyName } from '@eslint-community/eslint-utils';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { skipWrappers } from './value-model.js';

export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

export function isFunctionNode(node: TSESTree.Node): node is FunctionNode {
  return (
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}

/**
 * The variable an identifier refers to, looked up by name from the identifier's own (innermost)
 * scope. Given the node instead, `findVariable` first searches the scope's child scopes for the
 * node's position: at module level that is one step per function in the file, for every lookup.
 */
export function variableOf(sourceCode: TSESLint.SourceCode, identifier: TSESTree.Identifier): TSESLint.Scope.Variable | null {
  return findVariable(sourceCode.getScope(identifier) as never, identifier.name) as TSESLint.Scope.Variable | null;
}

/**
 * The static name of a property, member or method key (`getPropertyName`). Only a computed key
 * needs a scope (to evaluate it), so the scope lookup is skipped for the common plain key.
 */
export function propertyNameOf(sourceCode: TSESLint.SourceCode, node: TSESTree.Node): string | null {
  const computed = 'computed' in node && node.computed;
  // `obj[KEY]` with a `const KEY = 'model'`: looked up by name. (eslint-utils looks an identifier up
  // by position, scanning the child scopes of its scope: every function of the file at top level.)
  const key = computed ? ('property' in node ? node.property : 'key' in node ? node.key : null) : null;
  if (key?.type === AST_NODE_TYPES.Identifier && (variableOf(sourceCode, key)?.defs.length ?? 0) > 0) {
    const binding = resolveBinding(sourceCode, key);
    // A parameter, a `let` assigned again, an import: no static name.
    if (!binding) return null;
    const init = skipWrappers(binding.init);
    if (init.type === AST_NODE_TYPES.Literal && (typeof init.value === 'string' || typeof init.value === 'number')) return String(init.value);
  }
  return (getPropertyName(node as never, (computed ? sourceCode.getScope(node) : undefined) as never) as string | null | undefined) ?? null;
}

/**
 * The key a property (or a pattern's property) is written with, read from the syntax alone: `a`,
 * `'a'`, `1`, `['a']`, `[1]`; `null` for any other computed key (use `propertyNameOf` to follow a
 * `const` key) and for a regular expression or bigint key.
 */
export function staticPropertyKey(property: TSESTree.Property): string | null {
  const { key } = property;
  if (!property.computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type !== AST_NODE_TYPES.Literal || ('regex' in key && key.regex) || ('bigint' in key && key.bigint)) return null;
  return String(key.value);
}

/**
 * The single declaration a name is bound to in this file: a function or class declaration, or the
 * initialiser (wrappers skipped) of a binding `resolveBinding` fixes: a `const`, or a `let`/`var`
 * never written again. `null` for anything else (a parameter, an import, a destructured name, a
 * reassigned binding).
 */
export function declarationOf(sourceCode: TSESLint.SourceCode, node: TSESTree.Node): TSESTree.Node | null {
  const current = skipWrappers(node);
  if (current.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = variableOf(sourceCode, current);
  if (!variable || variable.defs.length !== 1) return null;
  const def = variable.defs[0];
  if (def.type === 'FunctionName' || def.type === 'ClassName') return def.node as TSESTree.Node;
  if (def.type !== 'Variable') return null;
  const binding = resolveBinding(sourceCode, current);
  return binding ? skipWrappers(binding.init) : null;
}

/**
 * The name a member expression reads: `x.name`, `x['name']`, `x[KEY]` with a `const KEY = 'name'`.
 * `null` for a private name, a number key, or a key the file does not show. The plain `x.name`
 * needs no scope lookup; only a computed key that is not a literal takes one.
 */
export function memberName(sourceCode: TSESLint.SourceCode, node: TSESTree.MemberExpression): string | null {
  if (!node.computed) return node.property.type === AST_NODE_TYPES.Identifier ? node.property.name : null;
  if (node.property.type === AST_NODE_TYPES.Literal) return typeof node.property.value === 'string' ? node.property.value : null;
  return propertyNameOf(sourceCode, node);
}

/** Per variable (scope objects are per file): its reads and writes, counted once. */
const referenceCache = new WeakMap<TSESLint.Scope.Variable, { reads: number; writes: TSESLint.Scope.Reference[] }>();

export function referencesOf(variable: TSESLint.Scope.Variable): { reads: number; writes: TSESLint.Scope.Reference[] } {
  let cached = referenceCache.get(variable);
  if (!cached) {
    cached = { reads: variable.references.filter((ref) => ref.isRead()).length, writes: variable.references.filter((ref) => ref.isWrite()) };
    referenceCache.set(variable, cached);
  }
  return cached;
}

/**
 * The single value-defining node of an identifier: the initializer of a `const`, or of a `let`/`var`
 * that is never written again. `null` when there is none (parameters, imports, reassigned bindings).
 */
export function resolveBinding(
  sourceCode: TSESLint.SourceCode,
  identifier: TSESTree.Identifier,
): { init: TSESTree.Expression; variable: TSESLint.Scope.Variable } | null {
  const variable = variableOf(sourceCode, identifier);
  if (!variable || variable.defs.length !== 1) return null;
  const def = variable.defs[0];
  if (def.type !== 'Variable') return null;
  const declarator = def.node as TSESTree.VariableDeclarator;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return null;
  const declaration = def.parent as TSESTree.VariableDeclaration | null;
  if (declaration?.kind !== 'const') {
    const { writes } = referencesOf(variable);
    if (writes.length !== 1 || writes[0].identifier !== declarator.id) return null;
  }
  return { init: declarator.init, variable };
}

/** The variable is never reassigned after its definition (a `const`, an unreassigned `let` or parameter, an import). */
export function isStable(variable: TSESLint.Scope.Variable): boolean {
  if (variable.defs.length !== 1) return false;
  const def = variable.defs[0];
  if (def.type === 'ImportBinding' || def.type === 'FunctionName' || def.type === 'ClassName') return true;
  if (def.type === 'Variable' && (def.parent as TSESTree.VariableDeclaration | null)?.kind === 'const') {
    // A `for (const x of xs)` binding takes a new value each iteration: one binding, several values.
    return (def.parent as TSESTree.Node).parent?.type !== AST_NODE_TYPES.ForOfStatement && (def.parent as TSESTree.Node).parent?.type !== AST_NODE_TYPES.ForInStatement;
  }
  if (def.type !== 'Variable' && def.type !== 'Parameter') return false;
  return !variable.references.some((ref) => ref.isWrite() && !ref.init);
}

const ids = new WeakMap<object, number>();
let nextId = 0;
/** A number naming an object (a variable, a node) for keys. */
export function idOf(object: object): number {
  let id = ids.get(object);
  if (id === undefined) ids.set(object, (id = nextId++));
  return id;
}

/**
 * A literal's value as text in a condition's key: JSON for strings, numbers, booleans and `null`,
 * `1n` for a bigint (which JSON cannot write: `x === 1n` threw here).
 */
export function literalKey(value: unknown): string {
  return typeof value === 'bigint' ? `${value}n` : JSON.stringify(value);
}

/**
 * A key naming a condition: the same key for structurally equal expressions over bindings that are
 * never reassigned (`fast`, `opts.fast`, `mode === 'x'`, `!debug`), so that both places take the
 * same side; otherwise the node itself (a call, a reassigned variable: each occurrence on its own).
 */
export function conditionKey(sourceCode: TSESLint.SourceCode, node: TSESTree.Node): string {
  return structural(sourceCode, node, 0) ?? `@${idOf(node)}`;
}

function structural(sourceCode: TSESLint.SourceCode, input: TSESTree.Node, depth: number): string | null {
  if (depth > 8) return null;
  const node = skipWrappers(input);
  switch (node.type) {
    case AST_NODE_TYPES.Identifier: {
      if (node.name === 'undefined') return 'undefined';
      const variable = variableOf(sourceCode, node);
      if (!variable) return `global:${node.name}`;
      if (variable.defs.length === 0) return `global:${node.name}`;
      return isStable(variable) ? `#${idOf(variable)}` : null;
    }
    case AST_NODE_TYPES.Literal:
      return 'regex' in node && node.regex ? null : literalKey(node.value);
    case AST_NODE_TYPES.MemberExpression: {
      const object = structural(sourceCode, node.object, depth + 1);
      if (object === null) return null;
      if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier) return `${object}.${node.property.name}`;
      if (node.computed && node.property.type === AST_NODE_TYPES.Literal) return `${object}[${literalKey(node.property.value)}]`;
      return null;
    }
    case AST_NODE_TYPES.UnaryExpression: {
      if (node.operator === 'delete') return null;
      const argument = structural(sourceCode, node.argument, depth + 1);
      return argument === null ? null : `${node.operator}(${argument})`;
    }
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.LogicalExpression: {
      if (node.left.type === AST_NODE_TYPES.PrivateIdentifier) return null;
      const left = structural(sourceCode, node.left, depth + 1);
      const right = left === null ? null : structural(sourceCode, node.right, depth + 1);
      return right === null ? null : `(${left}${node.operator}${right})`;
    }
    default:
      return null;
  }
}

function isBlockLike(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.BlockStatement || node.type === AST_NODE_TYPES.Program || node.type === AST_NODE_TYPES.StaticBlock;
}

function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

function isLoop(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
      return true;
    default:
      return false;
  }
}

/** An `if` a write sits under, and the side it sits on. */
export interface Guard {
  test: TSESTree.Expression;
  side: boolean;
}

/**
 * How a write stands to a read of the same binding:
 * - `before`: it runs on every path before the read (a statement of the same or an enclosing
 *   block, earlier in it, not inside a condition, loop or another function);
 * - `guarded`: it runs before the read only where each of `guards` (the `if` tests it sits under) takes its side;
 * - `maybe`: it may or may not run before the read (a loop, a `switch`, a `try`, a callback, a
 *   function called at some time);
 * - `after`: it runs only after the read (later in the same flow, not in a loop around both).
 */
export type WriteOrder = { order: 'before' } | { order: 'guarded'; guards: Guard[] } | { order: 'maybe' } | { order: 'after' };

export function writeOrder(write: TSESTree.Node, read: TSESTree.Node, declaration: TSESTree.Node | null): WriteOrder {
  if (contains(write, read) || contains(read, write)) return { order: 'maybe' };
  // The innermost block-like node that holds both.
  let statement: TSESTree.Node = write;
  const path: TSESTree.Node[] = [];
  for (;;) {
    const parent = statement.parent;
    if (!parent) return { order: 'maybe' };
    if (isBlockLike(parent) && contains(parent, read)) break;
    path.push(parent);
    statement = parent;
  }
  const block = statement.parent!;
  if (statement.range[1] <= read.range[0]) {
    // Before the read in this block; what stands between the write and the block decides.
    const guards: Guard[] = [];
    let child: TSESTree.Node = write;
    for (const node of path) {
      switch (node.type) {
        case AST_NODE_TYPES.ExpressionStatement:
        case AST_NODE_TYPES.BlockStatement:
        case AST_NODE_TYPES.SequenceExpression:
        case AST_NODE_TYPES.AwaitExpression:
        case AST_NODE_TYPES.ChainExpression:
        case AST_NODE_TYPES.TSNonNullExpression:
        case AST_NODE_TYPES.TSAsExpression:
          break;
        case AST_NODE_TYPES.IfStatement:
          if (child === node.test) break;
          guards.push({ test: node.test, side: child === node.consequent });
          break;
        case AST_NODE_TYPES.SwitchCase: {
          const cases = caseGuards(node, child);
          if (!cases) return { order: 'maybe' };
          guards.push(...cases);
          break;
        }
        case AST_NODE_TYPES.SwitchStatement:
          break;
        default:
          return { order: 'maybe' };
      }
      child = node;
    }
    return guards.length === 0 ? { order: 'before' } : { order: 'guarded', guards };
  }
  // After the read in this block: it runs later, unless the read is in a function that may run
  // later, or a loop (or a function called again) around the block repeats both and the binding
  // outlives one round.
  for (let current = read.parent; current && current !== block; current = current.parent) if (isFunctionNode(current)) return { order: 'maybe' };
  for (let current: TSESTree.Node | undefined = block; current; current = current.parent) {
    if (declaration && contains(current, declaration) && current !== declaration) {
      // The binding is declared inside this node: an earlier round's write does not reach a later round's binding.
      if (isLoop(current) || isFunctionNode(current)) return { order: 'after' };
    }
    if (isLoop(current) || isFunctionNode(current)) return { order: 'maybe' };
  }
  return { order: 'after' };
}

/** Per switch case: the synthetic `discriminant === test` it stands for (one node, so one condition key). */
const caseTests = new WeakMap<TSESTree.SwitchCase, TSESTree.BinaryExpression>();
/** Nodes made here, not parsed: no type information, no scope of their own. */
export const syntheticNodes = new WeakSet<TSESTree.Node>();

function caseTest(switchCase: TSESTree.SwitchCase): TSESTree.BinaryExpression {
  let test = caseTests.get(switchCase);
  if (!test) {
    const statement = switchCase.parent as TSESTree.SwitchStatement;
    test = {
      type: AST_NODE_TYPES.BinaryExpression,
      operator: '===',
      left: statement.discriminant,
      right: switchCase.test!,
      range: switchCase.test!.range,
      loc: switchCase.test!.loc,
      parent: switchCase,
    } as TSESTree.BinaryExpression;
    caseTests.set(switchCase, test);
    syntheticNodes.add(test);
  }
  return test;
}

function endsFlow(statements: readonly TSESTree.Statement[]): boolean {
  const last = statements.at(-1);
  return (
    last !== undefined &&
    (last.type === AST_NODE_TYPES.BreakStatement ||
      last.type === AST_NODE_TYPES.ReturnStatement ||
      last.type === AST_NODE_TYPES.ThrowStatement ||
      last.type === AST_NODE_TYPES.ContinueStatement)
  );
}

/**
 * A statement of a `switch` case runs when the discriminant equals the case's test (a `default`:
 * equals none of the others), when no earlier case falls through into it and nothing before it in
 * the case breaks. `null` when that is not so simple.
 */
function caseGuards(switchCase: TSESTree.SwitchCase, child: TSESTree.Node): Guard[] | null {
  const statement = switchCase.parent as TSESTree.SwitchStatement;
  const index = statement.cases.indexOf(switchCase);
  if (index > 0 && !endsFlow(statement.cases[index - 1].consequent)) return null;
  const position = switchCase.consequent.indexOf(child as TSESTree.Statement);
  if (position === -1 || switchCase.consequent.slice(0, position).some((s) => s.type === AST_NODE_TYPES.BreakStatement)) return null;
  if (switchCase.test) return [{ test: caseTest(switchCase), side: true }];
  return statement.cases.filter((c) => c.test).map((c) => ({ test: caseTest(c), side: false }));
}
