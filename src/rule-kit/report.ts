/** Where a report about a parameter goes, and how sure its fix can be. */
import type { TSESTree } from '@typescript-eslint/utils';
import { frameworkOptionOf } from '../adapters/body.js';
import type { ModelPath } from '../analysis/model-paths.js';
import type { Request } from '../analysis/request.js';
import { singleLocalWrite } from './fix.js';
import { hasUnknown, viaOf, type Param, type Value, type Write } from '../analysis/value-model.js';

export { pathsMeeting, valuesMeeting } from '../analysis/model-paths.js';

/** The write to point at: the local property when there is one, else the first write. */
export function primaryWrite(param: Param): Write | null {
  return param.writes.find((w) => w.local) ?? param.writes[0] ?? null;
}

/**
 * The node a report about `param` goes on: the property at this call site when it is written
 * here, else the request body argument (a shared object's property would be reported once per
 * call that uses it, at a place that does not show which call fails).
 */
export function reportNodeFor(request: Request, param: Param): TSESTree.Node {
  const write = primaryWrite(param);
  if (write?.local) return write.property;
  // A framework's option (`new ChatOpenAI({ temperature })`): reported there, never autofixed.
  const option = param.writes.find((w) => frameworkOptionOf(w) !== undefined);
  if (option) return option.property;
  return request.site.body ?? request.site.node;
}

/** The parameter's value is the same on every path and written in exactly one local property. */
export function isCertainWrite(param: Param): Write | null {
  const write = singleLocalWrite(param.writes);
  return write && !hasUnknown(param.values) ? write : null;
}

/**
 * The calls of local functions that supplied failing values, as a phrase that follows the model
 * (or effort) in a message: ` from the call at line 12`, ` from the calls at lines 12 and 15`, or
 * `''` when every failing value is written in the request itself.
 */
export function viaPhrase(sources: ReadonlyArray<ModelPath | Value | TSESTree.CallExpression | undefined>): string {
  const lines = new Set<number>();
  for (const source of sources) {
    if (!source) continue;
    if ('type' in source) lines.add(source.loc.start.line);
    else if ('entry' in source) for (const call of source.via) lines.add(call.loc.start.line);
    else {
      const via = viaOf(source);
      if (via) lines.add(via.loc.start.line);
    }
  }
  const sorted = [...lines].sort((a, b) => a - b);
  if (sorted.length === 0) return '';
  if (sorted.length === 1) return ` from the call at line ${sorted[0]}`;
  return ` from the calls at lines ${sorted.slice(0, -1).join(', ')} and ${sorted.at(-1)}`;
}
