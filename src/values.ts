/**
 * Static values: what an expression can evaluate to, as a set of possibilities.
 *
 * The resolver is deliberately small and syntactic. It knows literals, same-file `const`
 * (and never-reassigned `let`) bindings, object and array literals, spreads, TS wrappers
 * (`as`, `satisfies`, `!`, `<T>`), enum members with literal initializers, and
 * `c ? a : b` / `a ?? b` / `a || b` / `a && b` as value sets. Everything else is `unknown`,
 * which no rule treats as an error. Leaf expressions it does not know itself (`'gpt-' + v`,
 * `` `o${n}` `` with constant parts) go through `getStaticValue` from
 * `@eslint-community/eslint-utils`.
 *
 * Across functions in the same file: a parameter of a local function (a declaration, or an arrow
 * or function expression bound to a `const`) that is not exported and is only ever called
 * directly takes the union of the arguments of every call (see `parameterValues`); each value
 * records the call that supplied it (`via`).
 *
 * In type-checked mode (`options.types`), an expression the syntax cannot resolve takes the
 * values its type gives (literal types; declared properties of object types).
 */
import { findVariable, getPropertyName, getStaticValue } from '@eslint-community/eslint-utils';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import type { TypeInfo } from './type-info.js';

export type Primitive = string | number | boolean | bigint;

/** One possible value of an expression. */
export type Value =
  | {
      kind: 'primitive';
      value: Primitive;
      node: TSESTree.Node;
      /** The call of a local function that passed this value in as an argument (see `parameterValues`). */
      via?: TSESTree.CallExpression;
    }
  | { kind: 'object'; shape: ObjectShape; node: TSESTree.Node; via?: TSESTree.CallExpression }
  | { kind: 'array'; elements: Value[][] | null; node: TSESTree.Node; via?: TSESTree.CallExpression }
  | { kind: 'call'; callee: string | null; node: TSESTree.CallExpression | TSESTree.NewExpression }
  | { kind: 'unknown'; node: TSESTree.Node | null }
  | { kind: 'absent' };

/** A property written in an object literal that contributes a parameter's value. */
export interface Write {
  property: TSESTree.Property;
  /** The object literal the property is written in. */
  object: TSESTree.ObjectExpression;
  /**
   * The literal belongs to this call alone: it is the call's argument (or nested in it), or a
   * binding whose only read is here. Only local writes may be autofixed.
   */
  local: boolean;
}

/** One parameter (property) of a resolved object. */
export interface Param {
  name: string;
  /** Possible values; `absent` where the property may not be sent. Never empty. */
  values: Value[];
  /** The properties that write the possible values (empty when absent or unknown). */
  writes: Write[];
  /**
   * Declared by a type rather than written (type-checked mode): `required` (sent on every path of
   * that type) or `optional` (may be absent).
   */
  declared?: 'required' | 'optional';
}

/** The resolved shape of an object: its known properties and whether unknown ones may exist. */
export interface ObjectShape {
  node: TSESTree.Node | null;
  params: ReadonlyMap<string, Param>;
  /** Unknown properties may be present (unresolved spread, computed key, mutation). */
  open: boolean;
}

const ABSENT: Value = { kind: 'absent' };
const MAX_VALUES = 32;
const MAX_DEPTH = 12;

export function unknownValue(node: TSESTree.Node | null = null): Value {
  return { kind: 'unknown', node };
}

/** The parameter `name` of a shape: known, or unknown where the shape is open, else absent. */
export function getParam(shape: ObjectShape, name: string): Param {
  return shape.params.get(name) ?? { name, values: [shape.open ? unknownValue(shape.node) : ABSENT], writes: [] };
}

/** The possible values of `key` inside each of `values` (objects); other values give unknown. */
export function valuesAt(values: readonly Value[], key: string): Value[] {
  const out: Value[] = [];
  for (const value of values) {
    if (value.kind === 'object') out.push(...getParam(value.shape, key).values);
    else if (value.kind === 'absent') out.push(ABSENT);
    else out.push(unknownValue(value.kind === 'unknown' ? value.node : value.node));
  }
  return dedupe(out);
}

/** The writes of `key` inside each object in `values`. */
export function writesAt(values: readonly Value[], key: string): Write[] {
  const out: Write[] = [];
  for (const value of values) {
    if (value.kind === 'object') out.push(...getParam(value.shape, key).writes);
  }
  return out;
}

export function isPresent(value: Value): boolean {
  return value.kind !== 'absent';
}

export function hasUnknown(values: readonly Value[]): boolean {
  return values.some((v) => v.kind === 'unknown');
}

/** Known string values (primitives only). */
export function stringValues(values: readonly Value[]): string[] {
  const out: string[] = [];
  for (const v of values) if (v.kind === 'primitive' && typeof v.value === 'string') out.push(v.value);
  return out;
}

function sameValue(a: Value, b: Value): boolean {
  if (a.kind === 'absent' && b.kind === 'absent') return true;
  if (a.kind === 'primitive' && b.kind === 'primitive') return a.value === b.value && a.node === b.node && a.via === b.via;
  if (a.kind === 'unknown' && b.kind === 'unknown') return a.node === b.node;
  if (a.kind === 'object' && b.kind === 'object') return a.shape === b.shape;
  return false;
}

/** The distinct values (the same literal, object or unknown node once). */
export function uniqueValues(values: Value[]): Value[] {
  return dedupe(values);
}

function dedupe(values: Value[]): Value[] {
  const out: Value[] = [];
  for (const v of values) if (!out.some((o) => sameValue(o, v))) out.push(v);
  if (out.length > MAX_VALUES) return [unknownValue(null)];
  return out;
}

function uniqueWrites(writes: Write[]): Write[] {
  const out: Write[] = [];
  for (const w of writes) if (!out.some((o) => o.property === w.property)) out.push(w);
  return out;
}

interface ResolveState {
  sourceCode: TSESLint.SourceCode;
  depth: number;
  seen: Set<TSESTree.Node>;
  /** Type information (type-checked mode only). */
  types: TypeInfo | null;
  /**
   * The expression being resolved stands where an object is expected (a request body, a spread):
   * in type-checked mode its type may give a shape. Elsewhere only literal types are asked for.
   */
  objects: boolean;
}

export interface ResolveOptions {
  /** Type information, in type-checked mode: unresolved expressions take the values their type gives. */
  types?: TypeInfo | null;
}

/** Expression wrappers that do not change the runtime value. */
export function skipWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSInstantiationExpression:
        current = current.expression;
        break;
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

function scopeOf(sourceCode: TSESLint.SourceCode, node: TSESTree.Node): TSESLint.Scope.Scope {
  return sourceCode.getScope(node);
}

/**
 * The variable an identifier refers to, looked up by name from the identifier's own (innermost)
 * scope. Given the node instead, `findVariable` first searches the scope's child scopes for the
 * node's position: at module level that is one step per function in the file, for every lookup.
 */
function variableOf(sourceCode: TSESLint.SourceCode, identifier: TSESTree.Identifier): TSESLint.Scope.Variable | null {
  return findVariable(scopeOf(sourceCode, identifier) as never, identifier.name) as TSESLint.Scope.Variable | null;
}

/** Per variable (scope objects are per file): its reads and writes, counted once. */
const referenceCache = new WeakMap<TSESLint.Scope.Variable, { reads: number; writes: TSESLint.Scope.Reference[] }>();

function referencesOf(variable: TSESLint.Scope.Variable): { reads: number; writes: TSESLint.Scope.Reference[] } {
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

// --- Values across functions in the same file ------------------------------------------------

type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** Where a parameter binding sits in its function's parameter list. */
interface ParameterSite {
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

function isFunctionNode(node: TSESTree.Node): node is FunctionNode {
  return (
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}

function locateParameter(fn: FunctionNode, name: TSESTree.Node): ParameterSite | null {
  const first = fn.params[0];
  const offset = first?.type === AST_NODE_TYPES.Identifier && first.name === 'this' ? 1 : 0;
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
      const key = property.computed
        ? property.key.type === AST_NODE_TYPES.Literal && typeof property.key.value === 'string'
          ? property.key.value
          : null
        : property.key.type === AST_NODE_TYPES.Identifier
          ? property.key.name
          : property.key.type === AST_NODE_TYPES.Literal
            ? String(property.key.value)
            : null;
      return key === null ? null : { fn, index: i - offset, key, defaultValue, patternDefault };
    }
  }
  return null;
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
/** The local function each call found by `directCalls` calls. */
const callTargets = new WeakMap<TSESTree.CallExpression, FunctionNode>();

/**
 * Two calls of the same local function: values supplied by one never meet values supplied by the
 * other in the same request (`ask('o3', false)` and `ask('gpt-4.1', true)` send neither `o3` with
 * `true` nor `gpt-4.1` with `false`).
 */
export function exclusiveCalls(a: TSESTree.CallExpression | undefined, b: TSESTree.CallExpression | undefined): boolean {
  if (!a || !b || a === b) return false;
  const target = callTargets.get(a);
  return target !== undefined && target === callTargets.get(b);
}

/** The call of a local function that supplied a value, if any. */
export function viaOf(value: Value): TSESTree.CallExpression | undefined {
  return value.kind === 'primitive' || value.kind === 'object' || value.kind === 'array' ? value.via : undefined;
}

/**
 * Every call of a local function in the file, when the function is used in no other way: not
 * exported (`export function`, `export { f }`, `module.exports = f`), not passed or stored as a
 * value, never called through `.call`/`.apply` or `new`. `null` otherwise, or when it is never called.
 */
export function directCalls(sourceCode: TSESLint.SourceCode, fn: FunctionNode): TSESTree.CallExpression[] | null {
  if (callsCache.has(fn)) return callsCache.get(fn)!;
  let calls: TSESTree.CallExpression[] | null = [];
  const variables = functionVariables(sourceCode, fn);
  if (!variables) calls = null;
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
  for (const call of calls ?? []) callTargets.set(call, fn);
  callsCache.set(fn, calls);
  return calls;
}

/** Tag values (and the values inside objects and arrays) with the call that supplied them. */
function withVia(values: readonly Value[], call: TSESTree.CallExpression, depth = 0): Value[] {
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

function replaceAbsent(values: Value[], defaultValue: TSESTree.Expression, state: ResolveState): Value[] {
  if (!values.some((v) => v.kind === 'absent')) return values;
  return [...values.filter((v) => v.kind !== 'absent'), ...resolve(defaultValue, state, false, state.objects)];
}

/**
 * A parameter of a local function that every call in the file supplies: the union of the
 * arguments (resolved where each call is), a missing argument being absent or the parameter's
 * default. Each value records the call that supplied it. `null` when that does not apply (not a
 * parameter, reassigned, the function used as a value or exported, a spread argument).
 */
function parameterValues(node: TSESTree.Identifier, state: ResolveState): Value[] | null {
  const variable = variableOf(state.sourceCode, node);
  if (!variable || variable.defs.length !== 1) return null;
  const def = variable.defs[0];
  if (def.type !== 'Parameter' || !isFunctionNode(def.node as TSESTree.Node)) return null;
  // Reassigned in the function body (`model = model.trim()`): the argument is not the value.
  if (variable.references.some((ref) => ref.isWrite() && !ref.init)) return null;
  const site = locateParameter(def.node as FunctionNode, def.name as TSESTree.Node);
  if (!site) return null;
  const calls = directCalls(state.sourceCode, site.fn);
  if (!calls) return null;
  const out: Value[] = [];
  for (const call of calls) {
    const spread = call.arguments.findIndex((argument) => argument.type === AST_NODE_TYPES.SpreadElement);
    let values: Value[];
    if (spread !== -1 && spread <= site.index) values = [unknownValue(call)];
    else {
      const argument = call.arguments[site.index];
      values = argument ? resolve(argument, state, false, state.objects) : [ABSENT];
    }
    if (site.patternDefault) values = replaceAbsent(values, site.patternDefault, state);
    if (site.key !== null) values = valuesAt(values, site.key);
    if (site.defaultValue) values = replaceAbsent(values, site.defaultValue, state);
    out.push(...withVia(values, call));
  }
  return out;
}

interface Mutations {
  /** Property names written, deleted or otherwise changed through the binding. */
  names: Set<string>;
  /** Changed in a way that may touch any property (computed key, Object.assign target). */
  any: boolean;
}

/** Per variable: what its references change (computed once; a variable may be read by thousands of calls). */
const mutationCache = new WeakMap<TSESLint.Scope.Variable, Mutations>();

function mutationsOf(sourceCode: TSESLint.SourceCode, variable: TSESLint.Scope.Variable): Mutations {
  const cached = mutationCache.get(variable);
  if (cached) return cached;
  const result: Mutations = { names: new Set(), any: false };
  mutationCache.set(variable, result);
  for (const ref of variable.references) {
    const id = ref.identifier as TSESTree.Node;
    const parent = id.parent;
    if (!parent) continue;
    if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === id) {
      const target = parent.parent;
      const isAssigned =
        (target?.type === AST_NODE_TYPES.AssignmentExpression && target.left === parent) ||
        (target?.type === AST_NODE_TYPES.UpdateExpression && target.argument === parent) ||
        (target?.type === AST_NODE_TYPES.UnaryExpression && target.operator === 'delete' && target.argument === parent);
      if (isAssigned) {
        const name = getPropertyName(parent as never, scopeOf(sourceCode, parent) as never);
        if (name == null) result.any = true;
        else result.names.add(name);
      }
    } else if (
      parent.type === AST_NODE_TYPES.CallExpression &&
      parent.arguments[0] === id &&
      isObjectAssignCallee(parent.callee)
    ) {
      result.any = true;
    }
  }
  return result;
}

function isObjectAssignCallee(callee: TSESTree.Node): boolean {
  const node = skipWrappers(callee);
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    !node.computed &&
    node.object.type === AST_NODE_TYPES.Identifier &&
    node.object.name === 'Object' &&
    node.property.type === AST_NODE_TYPES.Identifier &&
    (node.property.name === 'assign' || node.property.name === 'defineProperty' || node.property.name === 'defineProperties')
  );
}

function applyMutations(values: Value[], mutations: Mutations): Value[] {
  if (!mutations.any && mutations.names.size === 0) return values;
  return values.map((value) => {
    if (value.kind !== 'object') return value;
    const params = new Map<string, Param>();
    for (const [name, param] of value.shape.params) {
      if (mutations.any || mutations.names.has(name)) {
        params.set(name, { ...param, values: dedupe([...param.values, unknownValue(value.node)]) });
      } else params.set(name, param);
    }
    for (const name of mutations.names) {
      if (!params.has(name)) {
        params.set(name, { name, values: [...getParam(value.shape, name).values, unknownValue(value.node)], writes: [] });
      }
    }
    return { ...value, shape: { node: value.shape.node, params, open: value.shape.open || mutations.any } };
  });
}

function calleeName(callee: TSESTree.Node): string | null {
  const node = skipWrappers(callee);
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.MemberExpression && !node.computed && node.property.type === AST_NODE_TYPES.Identifier) {
    const object = calleeName(node.object);
    return object ? `${object}.${node.property.name}` : node.property.name;
  }
  return null;
}

function isFalsyPrimitive(value: Value): boolean {
  return value.kind === 'absent' || (value.kind === 'primitive' && !value.value);
}

function isTruthyKnown(value: Value): boolean {
  return value.kind === 'object' || value.kind === 'array' || (value.kind === 'primitive' && Boolean(value.value));
}

/** Resolve an expression to its set of possible values. */
export function resolveValues(sourceCode: TSESLint.SourceCode, node: TSESTree.Node, local = true, options: ResolveOptions = {}): Value[] {
  return resolve(node, { sourceCode, depth: 0, seen: new Set(), types: options.types ?? null, objects: true }, local, true);
}

function resolve(input: TSESTree.Node, state: ResolveState, local: boolean, objects = false): Value[] {
  const node = skipWrappers(input);
  if (state.depth > MAX_DEPTH || state.seen.has(node)) return [unknownValue(node)];
  const outer = state.objects;
  state.depth++;
  state.seen.add(node);
  state.objects = objects;
  try {
    const values = dedupe(resolveInner(node, state, local));
    return state.types ? typedFallback(input, values, state.types, objects) : values;
  } finally {
    state.depth--;
    state.seen.delete(node);
    state.objects = outer;
  }
}

/**
 * Type-checked mode: where the syntax knows nothing (every value unknown), the expression's type
 * may give literals or object shapes; where it only knows a call, a literal return type.
 */
function typedFallback(node: TSESTree.Node, values: Value[], types: TypeInfo, objects: boolean): Value[] {
  if (values.every((v) => v.kind === 'unknown')) return types.valuesOf(node, objects) ?? values;
  if (values.every((v) => v.kind === 'unknown' || v.kind === 'call')) return types.valuesOf(node, false) ?? values;
  return values;
}

function resolveInner(node: TSESTree.Node, state: ResolveState, local: boolean): Value[] {
  switch (node.type) {
    case AST_NODE_TYPES.Literal: {
      if (node.value === null) return 'regex' in node && node.regex ? [unknownValue(node)] : [ABSENT];
      if (typeof node.value === 'object') return [unknownValue(node)];
      return [{ kind: 'primitive', value: node.value, node }];
    }
    case AST_NODE_TYPES.TemplateLiteral: {
      if (node.expressions.length === 0) {
        const cooked = node.quasis[0]?.value.cooked;
        return typeof cooked === 'string' ? [{ kind: 'primitive', value: cooked, node }] : [unknownValue(node)];
      }
      return staticLeaf(node, state);
    }
    case AST_NODE_TYPES.Identifier: {
      if (node.name === 'undefined') {
        const variable = variableOf(state.sourceCode, node);
        if (!variable || variable.defs.length === 0) return [ABSENT];
      }
      const binding = resolveBinding(state.sourceCode, node);
      if (!binding) return parameterValues(node, state) ?? [unknownValue(node)];
      const { reads } = referencesOf(binding.variable);
      const values = resolve(binding.init, state, local && reads <= 1, state.objects);
      return applyMutations(values, mutationsOf(state.sourceCode, binding.variable));
    }
    case AST_NODE_TYPES.ObjectExpression:
      return [{ kind: 'object', node, shape: buildShape(node, state, local) }];
    case AST_NODE_TYPES.ArrayExpression: {
      const elements: Value[][] = [];
      for (const element of node.elements) {
        if (element === null) elements.push([ABSENT]);
        else if (element.type === AST_NODE_TYPES.SpreadElement) {
          return [{ kind: 'array', elements: null, node }];
        } else elements.push(resolve(element, state, local));
      }
      return [{ kind: 'array', elements, node }];
    }
    case AST_NODE_TYPES.ConditionalExpression:
      return [...resolve(node.consequent, state, local, state.objects), ...resolve(node.alternate, state, local, state.objects)];
    case AST_NODE_TYPES.LogicalExpression: {
      const left = resolve(node.left, state, local, state.objects);
      const out: Value[] = [];
      let rightPossible = false;
      for (const value of left) {
        if (node.operator === '??') {
          if (value.kind === 'absent') rightPossible = true;
          else if (value.kind === 'unknown') {
            rightPossible = true;
            out.push(value);
          } else out.push(value);
        } else if (node.operator === '||') {
          if (isTruthyKnown(value)) out.push(value);
          else if (isFalsyPrimitive(value)) rightPossible = true;
          else {
            rightPossible = true;
            out.push(value);
          }
        } else {
          // &&
          if (isFalsyPrimitive(value)) out.push(value);
          else if (isTruthyKnown(value)) rightPossible = true;
          else {
            rightPossible = true;
            out.push(value);
          }
        }
      }
      if (rightPossible) out.push(...resolve(node.right, state, local, state.objects));
      return out;
    }
    case AST_NODE_TYPES.MemberExpression: {
      const enumValue = resolveEnumMember(node, state);
      if (enumValue) return enumValue;
      const key = getPropertyName(node as never, scopeOf(state.sourceCode, node) as never);
      if (key != null) {
        const objects = resolve(node.object, state, false);
        if (objects.every((v) => v.kind === 'object')) return valuesAt(objects, key);
      }
      if (!staticRoot(state.sourceCode, node)) return [unknownValue(node)];
      return staticLeaf(node, state);
    }
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return [{ kind: 'call', callee: calleeName(node.callee), node }];
    case AST_NODE_TYPES.UnaryExpression:
      if (node.operator === 'void') return [ABSENT];
      return staticLeaf(node, state);
    default:
      return staticLeaf(node, state);
  }
}

/**
 * Whether `getStaticValue` could evaluate a member chain: its root is a global (`Math.PI`), a
 * `const` with an initializer (`MODELS[0]`), or not an identifier. A parameter (`opts.model`),
 * an import or an undeclared name is unknown without asking: given a module-level node,
 * `getStaticValue` looks variables up by position, scanning every function of the file.
 */
function staticRoot(sourceCode: TSESLint.SourceCode, node: TSESTree.MemberExpression): boolean {
  let root: TSESTree.Node = node;
  while (root.type === AST_NODE_TYPES.MemberExpression) root = skipWrappers(root.object);
  if (root.type !== AST_NODE_TYPES.Identifier) return true;
  const variable = variableOf(sourceCode, root);
  if (!variable) return false;
  if (variable.defs.length === 0) return true;
  const [def] = variable.defs;
  return variable.defs.length === 1 && def.type === 'Variable' && (def.node as TSESTree.VariableDeclarator).init != null;
}

/** Ask eslint-utils' `getStaticValue` for a primitive; anything else is unknown. */
function staticLeaf(node: TSESTree.Node, state: ResolveState): Value[] {
  let result: { value: unknown } | null;
  try {
    result = getStaticValue(node as never, scopeOf(state.sourceCode, node) as never);
  } catch {
    // getStaticValue evaluates a few known-pure builtins; anything it cannot handle is unknown.
    result = null;
  }
  if (!result) return [unknownValue(node)];
  const { value } = result;
  if (value === null || value === undefined) return [ABSENT];
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return [{ kind: 'primitive', value, node }];
  }
  return [unknownValue(node)];
}

function resolveEnumMember(node: TSESTree.MemberExpression, state: ResolveState): Value[] | null {
  const object = skipWrappers(node.object);
  if (object.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = variableOf(state.sourceCode, object);
  if (!variable) return null;
  const enumDef = variable.defs.find((def) => def.node.type === AST_NODE_TYPES.TSEnumDeclaration);
  if (!enumDef) return null;
  const key = getPropertyName(node as never, scopeOf(state.sourceCode, node) as never);
  if (key == null) return [unknownValue(node)];
  const declaration = enumDef.node as TSESTree.TSEnumDeclaration;
  const members = declaration.body?.members ?? (declaration as unknown as { members: TSESTree.TSEnumMember[] }).members;
  for (const member of members) {
    const name = member.id.type === AST_NODE_TYPES.Identifier ? member.id.name : String(member.id.value);
    if (name !== key) continue;
    if (member.initializer?.type === AST_NODE_TYPES.Literal && typeof member.initializer.value === 'string') {
      return [{ kind: 'primitive', value: member.initializer.value, node }];
    }
    return [unknownValue(node)];
  }
  return [unknownValue(node)];
}

/** Over alternatives, a key declared `required` by one of them is sent on that path. */
export function mergeDeclared(a: Param['declared'], b: Param['declared']): Param['declared'] {
  if (a === 'required' || b === 'required') return 'required';
  return a ?? b;
}

export function withDeclared(param: Param, declared: Param['declared']): Param {
  return declared === undefined ? param : { ...param, declared };
}

type Alternative = { kind: 'shape'; shape: ObjectShape } | { kind: 'empty' } | { kind: 'unknown'; node: TSESTree.Node | null };

/**
 * Merge `alternatives` (one of which is what a spread contributes) over `current`:
 * a key set by an alternative takes its values there; elsewhere the current values stay.
 */
function mergeAlternatives(current: Map<string, Param>, open: boolean, node: TSESTree.Node | null, alternatives: Alternative[]): { params: Map<string, Param>; open: boolean } {
  const keys = new Set<string>();
  let anyUnknown = false;
  let anyOpen = false;
  for (const alt of alternatives) {
    if (alt.kind === 'shape') {
      for (const key of alt.shape.params.keys()) keys.add(key);
      if (alt.shape.open) anyOpen = true;
    } else if (alt.kind === 'unknown') anyUnknown = true;
  }
  const currentOf = (name: string): Param => current.get(name) ?? { name, values: [open ? unknownValue(node) : ABSENT], writes: [] };
  const params = new Map(current);
  for (const key of keys) {
    const values: Value[] = [];
    const writes: Write[] = [];
    let declared: Param['declared'];
    for (const alt of alternatives) {
      if (alt.kind === 'shape' && alt.shape.params.has(key)) {
        const param = alt.shape.params.get(key)!;
        values.push(...param.values);
        writes.push(...param.writes);
        declared = mergeDeclared(declared, param.declared);
      } else if (alt.kind === 'unknown') {
        values.push(unknownValue(alt.node));
      } else {
        const param = currentOf(key);
        values.push(...param.values);
        writes.push(...param.writes);
        declared = mergeDeclared(declared, param.declared);
        if (alt.kind === 'shape' && alt.shape.open) values.push(unknownValue(alt.shape.node));
      }
    }
    params.set(key, withDeclared({ name: key, values: dedupe(values), writes: uniqueWrites(writes) }, declared));
  }
  if (anyUnknown || anyOpen) {
    // The spread may override every key it does not name explicitly.
    for (const [name, param] of params) {
      if (!keys.has(name)) params.set(name, { ...param, values: dedupe([...param.values, unknownValue(node)]) });
    }
  }
  return { params, open: open || anyUnknown || anyOpen };
}

function buildShape(node: TSESTree.ObjectExpression, state: ResolveState, local: boolean): ObjectShape {
  let params = new Map<string, Param>();
  let open = false;
  for (const property of node.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      const alternatives: Alternative[] = [];
      const argument = skipWrappers(property.argument);
      // `...(cond && { a })`: when `cond` is falsy it spreads a boolean/nullish value, i.e. nothing.
      const spreadValues =
        argument.type === AST_NODE_TYPES.LogicalExpression && argument.operator === '&&'
          ? [ABSENT, ...resolve(argument.right, state, local, true)]
          : resolve(property.argument, state, local, true);
      for (const value of spreadValues) {
        if (value.kind === 'object') alternatives.push({ kind: 'shape', shape: value.shape });
        else if (value.kind === 'absent' || (value.kind === 'primitive' && typeof value.value !== 'string')) alternatives.push({ kind: 'empty' });
        else alternatives.push({ kind: 'unknown', node: property.argument });
      }
      ({ params, open } = mergeAlternatives(params, open, node, alternatives));
      continue;
    }
    const name = getPropertyName(property as never, scopeOf(state.sourceCode, property) as never);
    if (name == null) {
      ({ params, open } = mergeAlternatives(params, open, node, [{ kind: 'unknown', node: property }]));
      continue;
    }
    let values: Value[];
    if (property.kind !== 'init' || property.method) values = [unknownValue(property)];
    else values = resolve(property.value, state, local);
    params.set(name, { name, values, writes: [{ property, object: node, local }] });
  }
  return { node, params, open };
}

/**
 * The parameter is written in the request with a value that is not statically `null`/`undefined`
 * on at least one path (its value may be unknown: the key itself is sent). In type-checked mode a
 * property a type declares counts too: a required one, or an optional one with a literal value.
 */
export function isWritten(param: Param): boolean {
  if (param.writes.length > 0 || param.declared === 'required') return param.values.some((v) => v.kind !== 'absent');
  // Declared optional by a type: sent where its type gives a known value.
  if (param.declared === 'optional') return param.values.some((v) => v.kind !== 'absent' && v.kind !== 'unknown');
  return false;
}
