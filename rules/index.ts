/** Every rule, sorted by id (a test checks the order and that each has a doc and a test file). */
import noChatParamsInResponsesApi from './no-chat-params-in-responses-api.js';
import noDeprecatedModels from './no-deprecated-models.js';
import noIgnoredFrameworkSettings from './no-ignored-framework-settings.js';
import noLogprobsWithResponseFormat from './no-logprobs-with-response-format.js';
import noRemovedBetaMethods from './no-removed-beta-methods.js';
import noRetiredModels from './no-retired-models.js';
import noUnsupportedLogprobs from './no-unsupported-logprobs.js';
import noUnsupportedMaxTokens from './no-unsupported-max-tokens.js';
import noUnsupportedSamplingParams from './no-unsupported-sampling-params.js';
import requireJsonMentionInJsonMode from './require-json-mention-in-json-mode.js';
import requireStreamForStreamOptions from './require-stream-for-stream-options.js';
import validPredictedOutputs from './valid-predicted-outputs.js';
import validReasoningEffort from './valid-reasoning-effort.js';
import validResponseFormat from './valid-response-format.js';
import validStrictJsonSchema from './valid-strict-json-schema.js';
import validTopLogprobs from './valid-top-logprobs.js';

export const rules = {
  'no-chat-params-in-responses-api': noChatParamsInResponsesApi,
  'no-deprecated-models': noDeprecatedModels,
  'no-ignored-framework-settings': noIgnoredFrameworkSettings,
  'no-logprobs-with-response-format': noLogprobsWithResponseFormat,
  'no-removed-beta-methods': noRemovedBetaMethods,
  'no-retired-models': noRetiredModels,
  'no-unsupported-logprobs': noUnsupportedLogprobs,
  'no-unsupported-max-tokens': noUnsupportedMaxTokens,
  'no-unsupported-sampling-params': noUnsupportedSamplingParams,
  'require-json-mention-in-json-mode': requireJsonMentionInJsonMode,
  'require-stream-for-stream-options': requireStreamForStreamOptions,
  'valid-predicted-outputs': validPredictedOutputs,
  'valid-reasoning-effort': validReasoningEffort,
  'valid-response-format': validResponseFormat,
  'valid-strict-json-schema': validStrictJsonSchema,
  'valid-top-logprobs': validTopLogprobs,
};

export type RuleId = keyof typeof rules;
