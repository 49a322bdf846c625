/**
 * The rule kit: everything a rule file imports from the plugin (besides model data lookups).
 * Requests come as `RequestFacts` through `onRequest`; reports take their fix part from
 * `fixOrSuggest`; value queries, edits and message phrases are shared here rather than copied.
 */
export { createRule, kbMessage } from '../create-rule.js';
export { onRequest, type RequestCheck } from './define-request-rule.js';
export type { Report } from './user-words.js';
export type { RequestFacts, Verdict } from './request-facts.js';
export {
  appendArrayElementsFix,
  combineFixes,
  fixOrSuggest,
  hasCommentBeforeClosingBrace,
  hasCommentsIn,
  insertPropertyFix,
  insertPropertySafely,
  lineIndent,
  quoteIn,
  quoteLike,
  removeArrayElementFix,
  removePropertyFix,
  removeWritesFix,
  renamePropertyFix,
  replaceNodeFix,
  singleLocalWrite,
  startsLine,
  suggestions,
  type FixFunction,
  type FixOrSuggest,
  type Offer,
} from './fix.js';
export { isCertainWrite, primaryWrite, viaPhrase } from './report.js';
export {
  distinctNumbers,
  hasString,
  isFalse,
  isString,
  isTrue,
  literalInLocalWrite,
  onlyString,
  partnerNotTrue,
  presence,
  sentValues,
  surelyAbsent,
  type PartnerNotTrue,
  type Presence,
} from './value-queries.js';
export { alternatives, code, codeList, listPhrase, unique } from './text.js';
export { contains } from './nodes.js';
export { forEachChild } from '../analysis/children.js';
export { flattenedObjectText, flattenMemberFix, movedText, nestMembersFix } from './object-layout.js';
export { getParam, hasUnknown, isWritten, skipWrappers, type ObjectShape, type Param, type Value, type Write } from '../analysis/value-model.js';
export { isKnownSent } from '../written-together.js';
export { asksForLogprobs, INCLUDE_LOGPROBS, type LogprobsParam } from '../logprobs.js';
export {
  modelList,
  rejectsLogprobs,
  rejectsOnReasoningModel,
  rejectsPrediction,
  rejectsSampling,
  type ModelEntry,
  type ModelPath,
  type ModelPaths,
} from '../analysis/model-paths.js';
export type { ClientInfo } from '../analysis/clients.js';
export { catalogOf, effectiveDate, type OpenAISettings } from '../settings.js';
