/**
 * The parameters through which a request asks for token log-probabilities, as written:
 * Chat Completions `logprobs: true` and `top_logprobs`; Responses `top_logprobs` and the
 * `include` entry `'message.output_text.logprobs'` (Responses has no `logprobs` boolean).
 * Each comes with the edit that stops asking for it (remove the property, or the `include`
 * entry) and whether that edit is certain as far as the request goes.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { removeArrayElementFix, removePropertyFix, singleLocalWrite, type FixFunction } from './rule-kit/fix.js';
import type { Request } from './analysis/request.js';
import { isCertainWrite, reportNodeFor } from './rule-kit/report.js';
import { isString, isTrue } from './rule-kit/value-queries.js';
import { skipWrappers, type Param, type Value } from './analysis/value-model.js';

/** The `include` value that asks the Responses API for output-text logprobs. */
export const INCLUDE_LOGPROBS = 'message.output_text.logprobs';

export type LogprobsKind = 'logprobs' | 'top_logprobs' | 'include';

export interface LogprobsParam {
  /** `logprobs` (Chat), `top_logprobs` (both APIs) or the `include` entry (Responses). */
  kind: LogprobsKind;
  /** The top-level parameter that carries it. */
  param: Param;
  /** Where a report about it goes. */
  node: TSESTree.Node;
  /** The edit that stops asking for logprobs here; `null` when no safe edit exists. */
  fix: FixFunction | null;
  /**
   * The edit is local to this call and the value is known on every path (sent with a
   * logprobs-enabling value, or absent): certain as far as the request goes.
   */
  certain: boolean;
}

/** A known value other than `absent`. */
function isKnownPresent(value: Value): boolean {
  return value.kind !== 'absent' && value.kind !== 'unknown';
}

/**
 * The value asks for logprobs through a parameter of this kind: `logprobs: true`, any known
 * `top_logprobs`, an `include` array with the logprobs entry.
 */
export function asksForLogprobs(kind: LogprobsKind, value: Value): boolean {
  if (kind === 'logprobs') return isTrue(value);
  if (kind === 'top_logprobs') return isKnownPresent(value);
  return value.kind === 'array' && value.elements !== null && value.elements.some((e) => e.some(isIncludeLogprobs));
}

/** `logprobs: true` on some path (other values, `false` included, are not known to ask for logprobs). */
function chatLogprobs(sourceCode: TSESLint.SourceCode, request: Request): LogprobsParam | null {
  const param = request.param('logprobs');
  if (!param.values.some(isTrue)) return null;
  const property = singleLocalWrite(param.writes)?.property;
  return {
    kind: 'logprobs',
    param,
    node: reportNodeFor(request, param),
    fix: property ? removePropertyFix(sourceCode, property) : null,
    certain: isCertainWrite(param) !== null && param.values.every((v) => isTrue(v) || v.kind === 'absent'),
  };
}

/** `top_logprobs` with any known value on some path. */
function topLogprobs(sourceCode: TSESLint.SourceCode, request: Request): LogprobsParam | null {
  const param = request.param('top_logprobs');
  if (!param.values.some(isKnownPresent)) return null;
  const property = singleLocalWrite(param.writes)?.property;
  return {
    kind: 'top_logprobs',
    param,
    node: reportNodeFor(request, param),
    fix: property ? removePropertyFix(sourceCode, property) : null,
    certain: isCertainWrite(param) !== null,
  };
}

function isIncludeLogprobs(value: Value): boolean {
  return isString(value, INCLUDE_LOGPROBS);
}

/** `include` holding `'message.output_text.logprobs'` on some path (Responses). */
function includeLogprobs(sourceCode: TSESLint.SourceCode, request: Request): LogprobsParam | null {
  const param = request.param('include');
  const arrays = param.values.filter((v): v is Extract<Value, { kind: 'array' }> => asksForLogprobs('include', v));
  if (arrays.length === 0) return null;
  let fix: FixFunction | null = null;
  let certain = false;
  // Edit only an array literal written inline at this call.
  const property = singleLocalWrite(param.writes)?.property;
  const array = arrays[0];
  if (property && arrays.length === 1 && skipWrappers(property.value) === array.node && array.node.type === AST_NODE_TYPES.ArrayExpression) {
    // An entry whose only possible value is the logprobs string (not `c ? 'a' : 'b'`).
    const index = array.elements!.findIndex((e) => e.length === 1 && isIncludeLogprobs(e[0]));
    const element = index === -1 ? null : array.node.elements[index];
    if (element) {
      const onlyEntry = array.node.elements.length === 1;
      fix = onlyEntry ? removePropertyFix(sourceCode, property) : removeArrayElementFix(sourceCode, element);
      certain = isCertainWrite(param) !== null && param.values.every((v) => v === array || v.kind === 'absent');
    }
  }
  return { kind: 'include', param, node: reportNodeFor(request, param), fix, certain: fix !== null && certain };
}

/**
 * The logprobs parameters a request writes, in source order of kind: Chat `logprobs` and
 * `top_logprobs`; Responses `include` entry and `top_logprobs`.
 */
export function logprobsParams(sourceCode: TSESLint.SourceCode, request: Request): LogprobsParam[] {
  const found =
    request.site.api === 'chat'
      ? [chatLogprobs(sourceCode, request), topLogprobs(sourceCode, request)]
      : [includeLogprobs(sourceCode, request), topLogprobs(sourceCode, request)];
  return found.filter((p): p is LogprobsParam => p !== null);
}
