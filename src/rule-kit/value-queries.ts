/**
 * Questions rules ask about a parameter's possible values (`Value`, `Param` from the request
 * analysis). Each answer is about every path, some path, or none, and an unknown value is never
 * taken for a known one.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { Param, Value } from '../analysis/value-model.js';
import { contains } from './nodes.js';

/** `true` written as a literal (or resolved to it). */
export function isTrue(value: Value): boolean {
  return value.kind === 'primitive' && value.value === true;
}

/** `false` written as a literal (or resolved to it). */
export function isFalse(value: Value): boolean {
  return value.kind === 'primitive' && value.value === false;
}

/** The value is this one string. */
export function isString(value: Value, text: string): boolean {
  return value.kind === 'primitive' && value.value === text;
}

/** One of `values` is this string on some path. */
export function hasString(values: readonly Value[], text: string): boolean {
  return values.some((value) => isString(value, text));
}

/** The one string a parameter holds on every path, else `null`. */
export function onlyString(param: Param): string | null {
  const [first] = param.values;
  if (first?.kind !== 'primitive' || typeof first.value !== 'string') return null;
  return param.values.every((v) => v.kind === 'primitive' && v.value === first.value) ? first.value : null;
}

/** Nothing writes the parameter and no unknown part of the object can: it is not sent. */
export function surelyAbsent(param: Param): boolean {
  return param.writes.length === 0 && param.values.every((v) => v.kind === 'absent');
}

/** A key is sent on every path (`yes`), on none (`no`), or it depends (`maybe`). */
export type Presence = 'yes' | 'no' | 'maybe';

export function presence(param: Param): Presence {
  if (param.values.every((v) => v.kind === 'absent')) return 'no';
  if (param.writes.length > 0 && param.values.every((v) => v.kind !== 'absent')) return 'yes';
  return 'maybe';
}

/** The values a parameter may be sent with (every value but `absent`; unknown ones included). */
export function sentValues(param: Param): Value[] {
  return param.values.filter((value) => value.kind !== 'absent');
}

/** The distinct numbers among `values`, in order. */
export function distinctNumbers(values: readonly Value[]): number[] {
  const out: number[] = [];
  for (const value of values) {
    if (value.kind === 'primitive' && typeof value.value === 'number' && !out.includes(value.value)) out.push(value.value);
  }
  return out;
}

/** A literal written in a local property of `param` (`x: 10`, `x: c ? 10 : 3`), which an edit may replace. */
export function literalInLocalWrite(param: Param, value: Value): TSESTree.Node | null {
  if (value.kind !== 'primitive' || value.node.type !== AST_NODE_TYPES.Literal) return null;
  const node = value.node;
  const write = param.writes.find((w) => w.local && !w.property.shorthand && contains(w.property.value, node));
  return write ? node : null;
}
