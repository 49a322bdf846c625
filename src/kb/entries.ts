import type { KbEntry } from './types.js';
import logprobsRequestFailsOnStructuredOutput from './entries/logprobs-request-fails-on-structured-output.js';
import openaiStructuredOutputEnumViolation from './entries/openai-structured-output-enum-violation.js';
import openaiResponseFormatNotAnObject from './entries/openai-response-format-not-an-object.js';
import openaiResponseFormatMissingParameter from './entries/openai-response-format-missing-parameter.js';
import openaiReasoningModelLogprobs from './entries/openai-reasoning-model-logprobs.js';
import openaiReasoningModelSamplingParameters from './entries/openai-reasoning-model-sampling-parameters.js';
import openaiSearchPreviewSamplingParameters from './entries/openai-search-preview-sampling-parameters.js';
import openaiMaxTokensReasoningModel from './entries/openai-max-tokens-reasoning-model.js';
import openaiPredictedOutputsLimitations from './entries/openai-predicted-outputs-limitations.js';
import openaiModelRetired from './entries/openai-model-retired.js';
import openaiNodeRemovedBetaChatMethods from './entries/openai-node-removed-beta-chat-methods.js';
import openaiStrictJsonSchemaInvalid from './entries/openai-strict-json-schema-invalid.js';
import openaiResponsesUnsupportedChatParameter from './entries/openai-responses-unsupported-chat-parameter.js';
import openaiTopLogprobsWithoutLogprobs from './entries/openai-top-logprobs-without-logprobs.js';
import openaiTopLogprobsOutOfRange from './entries/openai-top-logprobs-out-of-range.js';
import openaiTopLogprobsEffortNoneCap from './entries/openai-top-logprobs-effort-none-cap.js';
import openaiStreamSettingsWithoutStream from './entries/openai-stream-settings-without-stream.js';
import openaiJsonModeMissingJsonWord from './entries/openai-json-mode-missing-json-word.js';
import frameworkSettingDropped from './entries/framework-setting-dropped.js';
import openaiReasoningEffortUnsupported from './entries/openai-reasoning-effort-unsupported.js';

/**
 * The knowledge base: one entry per API error the rules prevent.
 *
 * Facts come from `shared/reference/openai-api-facts.md` (compiled 2026-11-21) and the sources it
 * cites; the prose is ours. `signatures` hold real API texts only (the one exception is the seed text
 * of `llm/logprobs-request-fails-on-structured-output`, kept because it is what users search for; and
 * `llm/openai-model-retired` also lists its error code, and `llm/openai-node-removed-beta-chat-methods` has
 * JavaScript/TypeScript texts, since no request is sent).
 * Every `regex` is matched with the `i` flag and is written to run in linear time: literal anchors,
 * bounded character classes, no nested quantifiers.
 */
export const KB_ENTRIES: readonly KbEntry[] = [
  logprobsRequestFailsOnStructuredOutput,
  openaiStructuredOutputEnumViolation,
  openaiResponseFormatNotAnObject,
  openaiResponseFormatMissingParameter,
  openaiReasoningModelLogprobs,
  openaiReasoningModelSamplingParameters,
  openaiSearchPreviewSamplingParameters,
  openaiMaxTokensReasoningModel,
  openaiPredictedOutputsLimitations,
  openaiModelRetired,
  openaiNodeRemovedBetaChatMethods,
  openaiStrictJsonSchemaInvalid,
  openaiResponsesUnsupportedChatParameter,
  openaiTopLogprobsWithoutLogprobs,
  openaiTopLogprobsOutOfRange,
  openaiTopLogprobsEffortNoneCap,
  openaiStreamSettingsWithoutStream,
  openaiJsonModeMissingJsonWord,
  frameworkSettingDropped,
  openaiReasoningEffortUnsupported,
];
