/** Where a report about a parameter goes, and how sure its fix can be. */
import type { TSESTree } from '@typescript-eslint/utils';
import type { Request } from './request.js';
import { hasUnknown, type Param, type Write } from './values.js';

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
  return request.site.body ?? request.site.node;
}

/** The parameter's value is the same on every path and written in exactly one local property. */
export function isCertainWrite(param: Param): Write | null {
  if (param.writes.length !== 1 || !param.writes[0].local) return null;
  if (hasUnknown(param.values)) return null;
  return param.writes[0];
}
