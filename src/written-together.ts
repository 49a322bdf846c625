/**
 * Parameters sent together. A check of one parameter against another (`stream_options` needs
 * `stream: true`, `top_logprobs` needs `logprobs: true`) asks, path by path, whether the first is
 * sent without the second being valid on the same path: `...(c && { stream: true, stream_options })`
 * sends both or neither, and `stream: s ? true : false` with `stream_options: s ? {...} : undefined`
 * never sends the options alone (the same condition takes the same side).
 */
import type { Request } from './analysis/request.js';
import { getParam, uniqueWrites, type Value, type Write } from './analysis/value-model.js';

/** A value known to be sent: a primitive, an object or an array (not absent, unknown or a call). */
export function isKnownSent(value: Value): boolean {
  return value.kind === 'primitive' || value.kind === 'object' || value.kind === 'array';
}

/**
 * The writes of `name` on the paths where it is sent with a known value (see `isKnownSent`) while
 * `partner`, on the same path, has a value that does not satisfy `covers` (absent included). A path
 * where the partner is unknown is not counted.
 */
export function writesWithoutPartner(request: Request, name: string, partner: string, covers: (value: Value) => boolean): Write[] {
  const out: Write[] = [];
  for (const path of request.paths) {
    const param = getParam(path.shape, name);
    if (!param.values.some(isKnownSent)) continue;
    const partnerValues = getParam(path.shape, partner).values;
    if (partnerValues.every((v) => covers(v) || v.kind === 'unknown' || v.kind === 'call')) continue;
    out.push(...param.writes);
  }
  return uniqueWrites(out);
}
