/**
 * Questions rules ask about a parameter's possible values (`Value`, `Param` from the request
 * analysis). Each answer is about every path, some path, or none, and an unknown value is never
 * taken for a known one.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { Param, Value, Write } from '../analysis/value-model.js';
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

/** `param` may be sent without `partner: true` (`top_logprobs` without `logprobs`, `stream_options` without `stream`). */
export interface PartnerNotTrue {
  /** `partner` is `false` on some path (otherwise it is absent on some path). */
  maybeFalse: boolean;
  /** The writes of `param` not made next to `partner: true` in the same literal. */
  alone: Write[];
  /** A literal `false` written for `partner` in a local property, which may be set to `true`. */
  falseLiteral: TSESTree.Node | null;
  /** The object of the one local write of `param`, when nothing writes `partner` at all: where `partner: true` may go. */
  insertInto: TSESTree.ObjectExpression | null;
}

/** What `partnerNotTrue` asks of a request (`RequestFacts` has both). */
interface PartnerQueries {
  param(name: string): Param;
  writesWithoutPartner(param: Param, partner: string, covers: (value: Value) => boolean): Write[];
}

/**
 * Where `param` may go out without `partner: true`, or `null` when it never does: `partner` is `true`
 * on every path, or every write of `param` sits next to `partner: true`
 * (`...(c && { logprobs: true, top_logprobs: 5 })` sends both or neither).
 */
export function partnerNotTrue(request: PartnerQueries, param: Param, partner: string): PartnerNotTrue | null {
  const other = request.param(partner);
  const maybeFalse = other.values.some(isFalse);
  if (!maybeFalse && !other.values.some((v) => v.kind === 'absent')) return null;
  const alone = request.writesWithoutPartner(param, partner, isTrue);
  if (alone.length === 0) return null;
  const falseLiteral = maybeFalse ? (other.values.filter(isFalse).map((v) => literalInLocalWrite(other, v)).find((node) => node !== null) ?? null) : null;
  const insertInto = surelyAbsent(other) && alone.length === 1 && alone[0].local ? alone[0].object : null;
  return { maybeFalse, alone, falseLiteral, insertInto };
}
