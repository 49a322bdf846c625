/**
 * Writes through a binding: assignments to the binding itself (`model = 'o3'`), to its properties
 * (`params.model = 'o3'`, `params.reasoning.effort = 'low'`), `delete`, `Object.assign(params, ...)`,
 * array changes (`push`, `unshift`, `splice`, index writes), and the same done by a local function
 * the binding is passed to. A call of an imported or unknown function is assumed not to write.
 *
 * Where each write runs relative to a read is decided by `writeOrder` (bindings.ts); the resolver
 * applies them (resolve.ts).
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { propertyNameOf, variableOf } from './bindings.js';
import { localFunction, parameterAt } from './local-calls.js';

export type WriteKind =
  /** The binding itself is assigned (`value` null: not a plain `=`, e.g. `+=`, a destructuring target). */
  | { kind: 'rebind'; value: TSESTree.Expression | null }
  /** A property is set (`value` null: an update, `+=`). */
  | { kind: 'set'; value: TSESTree.Expression | null }
  | { kind: 'delete' }
  /** `Object.assign(target, ...sources)` on the object at `path`. */
  | { kind: 'assign'; sources: TSESTree.Node[] }
  /** An array method that adds or removes elements (`push(...added)`), or an index write. */
  | { kind: 'array'; added: TSESTree.Node[] }
  /** A change that may touch any property (a computed key, `Object.defineProperty`). */
  | { kind: 'any' };

export type BindingWrite = WriteKind & {
  /** The node whose position decides the order against a read (the assignment, or the call of a local function that writes). */
  site: TSESTree.Node;
  /** The property path written, from the binding (`[]`: the binding's value itself). */
  path: string[];
  /** Written inside a local function the binding is passed to, not on every path through it. */
  conditional?: true;
};

const ARRAY_METHODS = new Set(['push', 'unshift', 'splice', 'pop', 'shift', 'sort', 'reverse', 'fill', 'copyWithin']);

const cache = new WeakMap<TSESLint.Scope.Variable, BindingWrite[]>();

function isWrapper(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.TSAsExpression ||
    node.type === AST_NODE_TYPES.TSNonNullExpression ||
    node.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    node.type === AST_NODE_TYPES.TSTypeAssertion
  );
}

function calleeIs(callee: TSESTree.Node, object: string, names: readonly string[]): boolean {
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    !callee.computed &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === object &&
    callee.property.type === AST_NODE_TYPES.Identifier &&
    names.includes(callee.property.name)
  );
}

/** Every write through a variable, in source order. */
export function writesOf(sourceCode: TSESLint.SourceCode, variable: TSESLint.Scope.Variable, depth = 0): BindingWrite[] {
  const cached = cache.get(variable);
  if (cached) return cached;
  const out: BindingWrite[] = [];
  cache.set(variable, out);
  for (const ref of variable.references) {
    if (ref.init) continue;
    const id = ref.identifier as TSESTree.Node;
    if (ref.isWrite()) {
      const parent = id.parent;
      if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === id) {
        out.push({ kind: 'rebind', value: parent.operator === '=' ? parent.right : null, site: parent, path: [] });
      } else out.push({ kind: 'rebind', value: null, site: parent ?? id, path: [] });
      continue;
    }
    let current: TSESTree.Node = id;
    const path: string[] = [];
    let dynamic = false;
    for (;;) {
      const parent: TSESTree.Node | undefined = current.parent;
      if (!parent) break;
      if (isWrapper(parent)) {
        current = parent;
        continue;
      }
      if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === current) {
        const key = propertyNameOf(sourceCode, parent);
        current = parent;
        if (key == null) {
          dynamic = true;
          break;
        }
        path.push(key);
        continue;
      }
      break;
    }
    const top = current;
    const parent = top.parent;
    if (!parent) continue;
    if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left === top && (path.length > 0 || dynamic)) {
      if (dynamic) out.push({ kind: 'any', site: parent, path });
      else out.push({ kind: 'set', value: parent.operator === '=' ? parent.right : null, site: parent, path });
    } else if (parent.type === AST_NODE_TYPES.UpdateExpression && parent.argument === top && (path.length > 0 || dynamic)) {
      out.push(dynamic ? { kind: 'any', site: parent, path } : { kind: 'set', value: null, site: parent, path });
    } else if (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'delete' && parent.argument === top && (path.length > 0 || dynamic)) {
      out.push(dynamic ? { kind: 'any', site: parent, path } : { kind: 'delete', site: parent, path });
    } else if (parent.type === AST_NODE_TYPES.CallExpression && parent.callee === top && !dynamic && path.length > 0 && ARRAY_METHODS.has(path.at(-1)!)) {
      out.push({ kind: 'array', added: parent.arguments, site: parent, path: path.slice(0, -1) });
    } else if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(top as TSESTree.CallExpressionArgument) && !dynamic) {
      if (calleeIs(parent.callee, 'Object', ['assign']) && parent.arguments[0] === top) {
        out.push({ kind: 'assign', sources: parent.arguments.slice(1), site: parent, path });
      } else if (calleeIs(parent.callee, 'Object', ['defineProperty', 'defineProperties', 'setPrototypeOf'])) {
        out.push({ kind: 'any', site: parent, path });
      } else if (depth < 3) {
        // A local function that writes its parameter writes the argument.
        const fn = localFunction(sourceCode, parent.callee);
        const parameter = fn ? parameterAt(fn, parent.arguments.indexOf(top as TSESTree.CallExpressionArgument)) : null;
        const inner = parameter ? variableOf(sourceCode, parameter) : null;
        if (fn && inner) {
          for (const write of writesOf(sourceCode, inner, depth + 1)) {
            if (write.kind === 'rebind') continue;
            const statement = write.site.parent;
            const unconditional = statement?.type === AST_NODE_TYPES.ExpressionStatement && statement.parent === fn.body && !write.conditional;
            out.push({ ...write, site: parent, path: [...path, ...write.path], ...(unconditional ? {} : { conditional: true as const }) });
          }
        }
      }
    }
  }
  return out;
}
