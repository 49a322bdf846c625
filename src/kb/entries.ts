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

/**
 * The knowledge base: one entry per API error the rules prevent.
 *
 * Facts come from `shared/reference/openai-api-facts.md` (compiled 2026-11-21) and the sources it
 * cites; the prose is ours. `signatures` hold real API texts only (the one exception is the seed text
 * of `llm/logprobs-request-fails-on-structured-output`, kept because it is what users search for).
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
];
