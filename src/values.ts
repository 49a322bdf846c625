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
 */
import { findVariable, getPropertyName, getStaticValue } from '@eslint-community/eslint-utils';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

export type Primitive = string | number | boolean | bigint;

/** One possible value of an expression. */
export type Value =
  | { kind: 'primitive'; value: Primitive; node: TSESTree.Node }
  | { kind: 'object'; shape: ObjectShape; node: TSESTree.Node }
  | { kind: 'array'; elements: Value[][] | null; node: TSESTree.Node }
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
  if (a.kind === 'primitive' && b.kind === 'primitive') return a.value === b.value && a.node === b.node;
  if (a.kind === 'unknown' && b.kind === 'unknown') return a.node === b.node;
  if (a.kind === 'object' && b.kind === 'object') return a.shape === b.shape;
  return false;
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
 * The single value-defining node of an identifier: the initializer of a `const`, or of a `let`/`var`
 * that is never written again. `null` when there is none (parameters, imports, reassigned bindings).
 */
export function resolveBinding(
  sourceCode: TSESLint.SourceCode,
  identifier: TSESTree.Identifier,
): { init: TSESTree.Expression; variable: TSESLint.Scope.Variable } | null {
  const variable = findVariable(scopeOf(sourceCode, identifier) as never, identifier) as TSESLint.Scope.Variable | null;
  if (!variable || variable.defs.length !== 1) return null;
  const def = variable.defs[0];
  if (def.type !== 'Variable') return null;
  const declarator = def.node as TSESTree.VariableDeclarator;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return null;
  const declaration = def.parent as TSESTree.VariableDeclaration | null;
  if (declaration?.kind !== 'const') {
    const writes = variable.references.filter((ref) => ref.isWrite());
    if (writes.length !== 1 || writes[0].identifier !== declarator.id) return null;
  }
  return { init: declarator.init, variable };
}

interface Mutations {
  /** Property names written, deleted or otherwise changed through the binding. */
  names: Set<string>;
  /** Changed in a way that may touch any property (computed key, Object.assign target). */
  any: boolean;
}

function mutationsOf(sourceCode: TSESLint.SourceCode, variable: TSESLint.Scope.Variable): Mutations {
  const result: Mutations = { names: new Set(), any: false };
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
        params.set(name, { name, values: dedupe([...param.values, unknownValue(value.node)]), writes: param.writes });
      } else params.set(name, param);
    }
    for (const name of mutations.names) {
      if (!params.has(name)) {
        params.set(name, { name, values: [...getParam(value.shape, name).values, unknownValue(value.node)], writes: [] });
      }
    }
    return { kind: 'object', node: value.node, shape: { node: value.shape.node, params, open: value.shape.open || mutations.any } };
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
export function resolveValues(sourceCode: TSESLint.SourceCode, node: TSESTree.Node, local = true): Value[] {
  return resolve(node, { sourceCode, depth: 0, seen: new Set() }, local);
}

function resolve(input: TSESTree.Node, state: ResolveState, local: boolean): Value[] {
  const node = skipWrappers(input);
  if (state.depth > MAX_DEPTH || state.seen.has(node)) return [unknownValue(node)];
  state.depth++;
  state.seen.add(node);
  try {
    return dedupe(resolveInner(node, state, local));
  } finally {
    state.depth--;
    state.seen.delete(node);
  }
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
        const variable = findVariable(scopeOf(state.sourceCode, node) as never, node) as TSESLint.Scope.Variable | null;
        if (!variable || variable.defs.length === 0) return [ABSENT];
      }
      const binding = resolveBinding(state.sourceCode, node);
      if (!binding) return [unknownValue(node)];
      const reads = binding.variable.references.filter((ref) => ref.isRead());
      const values = resolve(binding.init, state, local && reads.length <= 1);
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
      return [...resolve(node.consequent, state, local), ...resolve(node.alternate, state, local)];
    case AST_NODE_TYPES.LogicalExpression: {
      const left = resolve(node.left, state, local);
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
      if (rightPossible) out.push(...resolve(node.right, state, local));
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
  const variable = findVariable(scopeOf(state.sourceCode, object) as never, object) as TSESLint.Scope.Variable | null;
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
    for (const alt of alternatives) {
      if (alt.kind === 'shape' && alt.shape.params.has(key)) {
        const param = alt.shape.params.get(key)!;
        values.push(...param.values);
        writes.push(...param.writes);
      } else if (alt.kind === 'unknown') {
        values.push(unknownValue(alt.node));
      } else {
        const param = currentOf(key);
        values.push(...param.values);
        writes.push(...param.writes);
        if (alt.kind === 'shape' && alt.shape.open) values.push(unknownValue(alt.shape.node));
      }
    }
    params.set(key, { name: key, values: dedupe(values), writes: uniqueWrites(writes) });
  }
  if (anyUnknown || anyOpen) {
    // The spread may override every key it does not name explicitly.
    for (const [name, param] of params) {
      if (!keys.has(name)) params.set(name, { name, values: dedupe([...param.values, unknownValue(node)]), writes: param.writes });
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
          ? [ABSENT, ...resolve(argument.right, state, local)]
          : resolve(property.argument, state, local);
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
 * on at least one path (its value may be unknown: the key itself is sent).
 */
export function isWritten(param: Param): boolean {
  return param.writes.length > 0 && param.values.some((v) => v.kind !== 'absent');
}
