/**
 * The value model: what an expression can evaluate to, as a set of possibilities, and where each
 * request parameter is written. Pure data and set algebra; nothing here walks the AST beyond
 * looking through expression wrappers.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';

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
  | {
      kind: 'array';
      /** Each element's possible values; `null` when the elements are not exactly known (a spread, a `push`). */
      elements: Value[][] | null;
      node: TSESTree.Node;
      via?: TSESTree.CallExpression;
      /** Elements added by `push`/`unshift`/`splice`/an index write (known ones), when `elements` is `null` for that reason. */
      added?: Value[][];
    }
  | { kind: 'call'; callee: string | null; node: TSESTree.CallExpression | TSESTree.NewExpression }
  | {
      kind: 'unknown';
      node: TSESTree.Node | null;
      /**
       * Behind a guard that reads what a verdict depends on and cannot be decided
       * (`isReasoning(model) ? {} : { temperature }`): not even whether it is sent is known.
       */
      guarded?: true;
    }
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
  /**
   * Set without a property of an object literal: by an assignment statement (`params.model = 'o3'`)
   * or by an SDK helper's known result (`zodResponseFormat(...)`). Never autofixed.
   */
  assigned?: true;
}

/** The resolved shape of an object: its known properties and whether unknown ones may exist. */
export interface ObjectShape {
  node: TSESTree.Node | null;
  params: ReadonlyMap<string, Param>;
  /** Unknown properties may be present (unresolved spread, computed key, mutation). */
  open: boolean;
}

export const ABSENT: Value = { kind: 'absent' };
export const MAX_VALUES = 32;
export const MAX_DEPTH = 12;

export function unknownValue(node: TSESTree.Node | null = null): Value {
  return { kind: 'unknown', node };
}

export function primitive(value: Primitive, node: TSESTree.Node): Value {
  return { kind: 'primitive', value, node };
}

/**
 * The parameter `name` of a shape: known; or, where the shape is open, unknown (and not known to
 * be sent: `guarded`); else absent.
 */
export function getParam(shape: ObjectShape, name: string): Param {
  return shape.params.get(name) ?? { name, values: [missingValue(shape)], writes: [] };
}

/** The value of a key the shape does not have: absent, or (where the shape is open) not even known to be sent. */
export function missingValue(shape: ObjectShape): Value {
  return shape.open ? { kind: 'unknown', node: shape.node, guarded: true } : ABSENT;
}

/** The possible values of `key` inside each of `values` (objects); other values give unknown. */
export function valuesAt(values: readonly Value[], key: string): Value[] {
  const out: Value[] = [];
  for (const value of values) {
    if (value.kind === 'object') out.push(...getParam(value.shape, key).values);
    else if (value.kind === 'absent') out.push(ABSENT);
    else out.push(unknownValue(value.node));
  }
  return dedupe(out);
}

/**
 * The values at a dotted path of a shape (`reasoning.effort`): the parameter's values, then those of
 * each nested key inside them. `end` stops the walk before that index of `path`, so a caller can read
 * a prefix (`path.lastIndexOf('.')`) without cutting a new string. `paramOf` reads the first key in
 * the caller's way (a request keeps the parameters its body lacks), `getParam` otherwise.
 */
export function valuesAtPath(shape: ObjectShape, path: string, end = path.length, paramOf?: (name: string) => Param): Value[] {
  let stop = path.indexOf('.');
  if (stop === -1 || stop > end) stop = end;
  const first = stop === path.length ? path : path.slice(0, stop);
  let values = (paramOf ? paramOf(first) : getParam(shape, first)).values;
  while (stop < end) {
    const start = stop + 1;
    stop = path.indexOf('.', start);
    if (stop === -1 || stop > end) stop = end;
    values = valuesAt(values, path.slice(start, stop));
  }
  return values;
}

/** The writes of `key` inside each object in `values`. */
export function writesAt(values: readonly Value[], key: string): Write[] {
  const out: Write[] = [];
  for (const value of values) {
    if (value.kind === 'object') out.push(...getParam(value.shape, key).writes);
  }
  return uniqueWrites(out);
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

/**
 * The same value: the same literal (node, value and supplying call), unknown node or call; objects
 * and arrays written by the same literal with the same contents (one literal resolved on two paths
 * gives two equal values).
 */
export function sameValue(a: Value, b: Value, depth = 0): boolean {
  if (a === b) return true;
  if (a.kind === 'absent' && b.kind === 'absent') return true;
  if (a.kind === 'primitive' && b.kind === 'primitive') return a.value === b.value && a.node === b.node && a.via === b.via;
  if (a.kind === 'unknown' && b.kind === 'unknown') return a.node === b.node;
  if (a.kind === 'call' && b.kind === 'call') return a.node === b.node;
  if (depth > MAX_DEPTH) return false;
  if (a.kind === 'object' && b.kind === 'object') {
    if (a.shape === b.shape) return true;
    if (a.node !== b.node || a.via !== b.via || a.shape.open !== b.shape.open || a.shape.params.size !== b.shape.params.size) return false;
    const params = a.shape.params;
    const others = b.shape.params;
    for (const name of params.keys()) {
      const other = others.get(name);
      if (!other || !sameParam(params.get(name)!, other, depth + 1)) return false;
    }
    return true;
  }
  if (a.kind === 'array' && b.kind === 'array') {
    return a.node === b.node && a.via === b.via && sameSlots(a.elements, b.elements, depth + 1) && sameSlots(a.added ?? null, b.added ?? null, depth + 1);
  }
  return false;
}

function sameSet(a: readonly Value[], b: readonly Value[], depth: number): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (!sameValue(a[index], b[index], depth)) return false;
  return true;
}

function sameSlots(a: readonly Value[][] | null, b: readonly Value[][] | null, depth: number): boolean {
  if (a === null || b === null) return a === b;
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (!sameSet(a[index], b[index], depth)) return false;
  return true;
}

function sameParam(a: Param, b: Param, depth: number): boolean {
  if (a.declared !== b.declared || a.assigned !== b.assigned || a.writes.length !== b.writes.length) return false;
  for (let index = 0; index < a.writes.length; index++) if (a.writes[index].property !== b.writes[index].property) return false;
  return sameSet(a.values, b.values, depth);
}

/** The distinct values (the same literal, object or unknown node once). */
export function uniqueValues(values: Value[]): Value[] {
  return dedupe(values);
}

export function dedupe(values: Value[]): Value[] {
  if (values.length < 2) return [...values];
  if (values.length === 2) return sameValue(values[0], values[1]) ? [values[0]] : [...values];
  const out = distinctBy(values, (v) => v, sameValue);
  if (out.length > MAX_VALUES) return [unknownValue(null)];
  return out;
}

const ABSENT_KEY = {};

/** Up to this many items, `distinctBy` compares pairwise (at most 28 comparisons). */
const SMALL = 8;

/**
 * The first of each group of equal items, in order (`same` must imply `sameValue` of their values
 * and, where `groupOf` is given, the same group). Equal values have the same node (or, for objects,
 * possibly the same shape), so each item is compared only with the kept items that share its node
 * or shape and its group, not with every kept item.
 */
export function distinctBy<T>(items: readonly T[], valueOf: (item: T) => Value, same: (a: T, b: T) => boolean, groupOf: (item: T) => number = () => 0): T[] {
  const out: T[] = [];
  // A few items (most calls): compare each with the kept ones, which gives the same result (equal
  // items share a node or a shape and a group) without building the buckets.
  if (items.length <= SMALL) {
    for (const item of items) if (!out.some((kept) => same(kept, item))) out.push(item);
    return out;
  }
  const byNode = new Map<unknown, Map<number, T[]>>();
  const byShape = new Map<ObjectShape, Map<number, T[]>>();
  const bucket = <K>(map: Map<K, Map<number, T[]>>, key: K, group: number): T[] => {
    let groups = map.get(key);
    if (!groups) map.set(key, (groups = new Map()));
    let list = groups.get(group);
    if (!list) groups.set(group, (list = []));
    return list;
  };
  for (const item of items) {
    const value = valueOf(item);
    const group = groupOf(item);
    const sameNode = bucket(byNode, value.kind === 'absent' ? ABSENT_KEY : value.node, group);
    const sameShape = value.kind === 'object' ? bucket(byShape, value.shape, group) : null;
    if (sameNode.some((o) => same(o, item)) || sameShape?.some((o) => same(o, item))) continue;
    out.push(item);
    sameNode.push(item);
    sameShape?.push(item);
  }
  return out;
}

export function uniqueWrites(writes: Write[]): Write[] {
  const out: Write[] = [];
  for (const w of writes) if (!out.some((o) => o.property === w.property)) out.push(w);
  return out;
}

/** The call of a local function that supplied a value, if any. */
export function viaOf(value: Value): TSESTree.CallExpression | undefined {
  return value.kind === 'primitive' || value.kind === 'object' || value.kind === 'array' ? value.via : undefined;
}

/** Over alternatives, a key declared `required` by one of them is sent on that path. */
export function mergeDeclared(a: Param['declared'], b: Param['declared']): Param['declared'] {
  if (a === 'required' || b === 'required') return 'required';
  return a ?? b;
}

export function withDeclared(param: Param, declared: Param['declared']): Param {
  return declared === undefined ? param : { ...param, declared };
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
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/**
 * The parameter is written in the request with a value that is not statically `null`/`undefined`
 * on at least one path (its value may be unknown: the key itself is sent). In type-checked mode a
 * property a type declares counts too: a required one, or an optional one with a literal value.
 */
export function isWritten(param: Param): boolean {
  if (param.values.every((v) => v.kind === 'absent' || (v.kind === 'unknown' && v.guarded))) return false;
  if (param.writes.length > 0 || param.assigned || param.declared === 'required') return param.values.some((v) => v.kind !== 'absent');
  // Declared optional by a type: sent where its type gives a known value.
  if (param.declared === 'optional') return param.values.some((v) => v.kind !== 'absent' && v.kind !== 'unknown');
  return false;
}

/** Truthiness of a known value: `undefined` when not known. */
export function truthiness(value: Value): boolean | undefined {
  if (value.kind === 'absent') return false;
  if (value.kind === 'object' || value.kind === 'array') return true;
  if (value.kind === 'primitive') return Boolean(value.value);
  return undefined;
}

/** Every value (recursively through objects and arrays) that a value holds, itself included. */
export function collectValues(values: readonly Value[], out: Value[] = [], depth = 0): Value[] {
  for (const value of values) {
    out.push(value);
    if (depth > MAX_DEPTH) continue;
    if (value.kind === 'object') for (const param of value.shape.params.values()) collectValues(param.values, out, depth + 1);
    else if (value.kind === 'array') {
      for (const element of value.elements ?? []) collectValues(element, out, depth + 1);
      for (const element of value.added ?? []) collectValues(element, out, depth + 1);
    }
  }
  return out;
}

/** The same value for "is this value sent on that path": the same kind and node (and primitive value). */
export function sameSource(a: Value, b: Value): boolean {
  if (a.kind !== b.kind || a.kind === 'absent' || b.kind === 'absent') return false;
  if (a.kind === 'primitive' && b.kind === 'primitive') return a.node === b.node && a.value === b.value && a.via === b.via;
  return a.node === b.node;
}

/**
 * The union of values as one picture per literal: objects (and arrays) written by the same literal
 * on several paths become one value whose keys hold the union of their values there. This is the
 * merged view (`Request.param`, `Request.values`) for checks that look at one literal at a time;
 * checks that pair values judge path by path instead.
 */
export function mergeValues(values: readonly Value[], depth = 0): Value[] {
  // Nothing to merge (no two objects or arrays, or too deep to look): the distinct values.
  if (depth > MAX_DEPTH || !hasTwoComposites(values)) return dedupe(values as Value[]);
  const out: Value[] = [];
  const groups = new Map<string, Value[]>();
  const keyOf = (v: Value): string | null => {
    if ((v.kind !== 'object' && v.kind !== 'array') || depth > MAX_DEPTH) return null;
    return `${v.kind}:${v.node.range[0]}:${v.node.range[1]}:${v.via ? v.via.range[0] : ''}`;
  };
  for (const value of values) {
    const key = keyOf(value);
    if (key === null) {
      out.push(value);
      continue;
    }
    let group = groups.get(key);
    if (!group) {
      groups.set(key, (group = []));
      out.push(value);
    }
    group.push(value);
  }
  return dedupe(
    out.map((value) => {
      const key = keyOf(value);
      const group = key === null ? undefined : groups.get(key);
      if (!group || group.length === 1) return value;
      return value.kind === 'object' ? mergeObjects(group as Array<Extract<Value, { kind: 'object' }>>, depth) : mergeArrays(group as Array<Extract<Value, { kind: 'array' }>>, depth);
    }),
  );
}

function hasTwoComposites(values: readonly Value[]): boolean {
  let seen = 0;
  for (const value of values) if ((value.kind === 'object' || value.kind === 'array') && ++seen === 2) return true;
  return false;
}

function mergeObjects(group: Array<Extract<Value, { kind: 'object' }>>, depth: number): Value {
  const first = group[0];
  return { ...first, shape: mergeShapes(group.map((value) => value.shape), first.shape.node, depth + 1) };
}

/**
 * One shape over several: each key's values, writes and declarations merged (values at `depth`); a key
 * missing from one shape counts as absent there.
 */
export function mergeShapes(shapes: readonly ObjectShape[], node: ObjectShape['node'], depth = 0): ObjectShape {
  const keys = new Set<string>();
  let open = false;
  for (const shape of shapes) {
    for (const key of shape.params.keys()) keys.add(key);
    if (shape.open) open = true;
  }
  const params = new Map<string, Param>();
  for (const key of keys) {
    // Paths that split after this key was written share its param (./resolve.ts copies maps, not
    // params): one value in every shape is that param itself.
    const first = shapes[0].params.get(key);
    if (first && first.values.length === 1 && shapes.every((shape) => shape.params.get(key) === first)) {
      params.set(key, first);
      continue;
    }
    const values: Value[] = [];
    const writes: Write[] = [];
    let declared: Param['declared'];
    let assigned = false;
    for (const shape of shapes) {
      const param = shape.params.get(key);
      if (!param) {
        values.push(missingValue(shape));
        continue;
      }
      for (const value of param.values) values.push(value);
      for (const write of param.writes) writes.push(write);
      if (param.assigned) assigned = true;
      declared = mergeDeclared(declared, param.declared);
    }
    const merged: Param = { name: key, values: mergeValues(values, depth), writes: uniqueWrites(writes) };
    if (assigned) merged.assigned = true;
    params.set(key, withDeclared(merged, declared));
  }
  return { node, params, open };
}

function mergeArrays(group: Array<Extract<Value, { kind: 'array' }>>, depth: number): Value {
  const first = group[0];
  const added = group.flatMap((value) => value.added ?? []);
  if (group.some((value) => value.elements === null || value.elements.length !== first.elements!.length)) {
    return { ...first, elements: null, ...(added.length > 0 ? { added } : {}) };
  }
  const elements = first.elements!.map((_, index) => mergeValues(group.flatMap((value) => value.elements![index]), depth + 1));
  return { ...first, elements, ...(added.length > 0 ? { added } : {}) };
}
