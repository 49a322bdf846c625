/** Every rule, sorted by id (a test checks the order and that each has a doc and a test file). */
import noLogprobsWithResponseFormat from './no-logprobs-with-response-format.js';
import noUnsupportedLogprobs from './no-unsupported-logprobs.js';
import noUnsupportedMaxTokens from './no-unsupported-max-tokens.js';
import noUnsupportedSamplingParams from './no-unsupported-sampling-params.js';
import validPredictedOutputs from './valid-predicted-outputs.js';
import validResponseFormat from './valid-response-format.js';

export const rules = {
  'no-logprobs-with-response-format': noLogprobsWithResponseFormat,
  'no-unsupported-logprobs': noUnsupportedLogprobs,
  'no-unsupported-max-tokens': noUnsupportedMaxTokens,
  'no-unsupported-sampling-params': noUnsupportedSamplingParams,
  'valid-predicted-outputs': validPredictedOutputs,
  'valid-response-format': validResponseFormat,
};

export type RuleId = keyof typeof rules;
