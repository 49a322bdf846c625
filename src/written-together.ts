/**
 * Parameters written together. A request's value sets are per parameter, so they cannot tell
 * `...(c && { stream: true, stream_options })` (both keys or neither) from
 * `...(c && { stream: true }), stream_options` (`stream_options` alone when `c` is falsy). Rules
 * that check one parameter against another ask here whether each object literal that writes the
 * first also writes the second with a value that makes it valid.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { getParam, resolveValues, type ObjectShape, type Param, type Value, type Write } from './values.js';

/** A value known to be sent: a primitive, an object or an array (not absent, unknown or a call). */
export function isKnownSent(value: Value): boolean {
  return value.kind === 'primitive' || value.kind === 'object' || value.kind === 'array';
}

/** The resolved shape of the object literal a write belongs to (its own properties and spreads). */
export function literalShape(sourceCode: TSESLint.SourceCode, write: Write): ObjectShape | null {
  const [value] = resolveValues(sourceCode, write.object, write.local);
  return value?.kind === 'object' ? value.shape : null;
}

/**
 * The writes of `param` that send a known value (see `isKnownSent`) from an object literal that does
 * not also write `partner` with values that all satisfy `covers`. A write whose literal covers it
 * is sent together with a valid partner (unless something later overrides the partner, which then
 * shows in the partner's own values at the request level).
 */
export function writesWithoutPartner(
  sourceCode: TSESLint.SourceCode,
  param: Param,
  partner: string,
  covers: (value: Value) => boolean,
): Write[] {
  const out: Write[] = [];
  for (const write of param.writes) {
    const shape = literalShape(sourceCode, write);
    if (!shape) continue;
    if (!getParam(shape, param.name).values.some(isKnownSent)) continue;
    const partnerValues = getParam(shape, partner).values;
    if (partnerValues.length > 0 && partnerValues.every(covers)) continue;
    out.push(write);
  }
  return out;
}
