/**
 * Chat Completions request parameters the Responses API does not have, as
 * `no-chat-params-in-responses-api` treats them. `tests/models/sdk-compare.test.ts` checks these
 * lists against the installed SDK's `ChatCompletionCreateParamsBase` and `ResponseCreateParamsBase`.
 */

/** Chat Completions parameters the Responses API has no equivalent for (removed by the rule's fix or suggestion). */
export const DROPPED = ['stop', 'n', 'logit_bias', 'presence_penalty', 'frequency_penalty', 'seed'] as const;

/** Chat Completions output caps; the Responses API calls it `max_output_tokens`. */
export const OUTPUT_CAPS = ['max_tokens', 'max_completion_tokens'] as const;

/** Every Chat-only parameter the rule reports. */
export const REPORTED_CHAT_ONLY: readonly string[] = [
  'response_format',
  ...OUTPUT_CAPS,
  'logprobs',
  'messages',
  'reasoning_effort',
  ...DROPPED,
];

/**
 * Chat-only parameters (per the SDK types) the rule does not report, and why: no captured error
 * text for them on the Responses API, so the message could not quote one.
 */
export const NOT_REPORTED_CHAT_ONLY: Readonly<Record<string, string>> = {
  audio: 'no captured Responses API error; audio output is not a Responses feature',
  function_call: 'deprecated Chat function calling; no captured Responses API error',
  functions: 'deprecated Chat function calling; no captured Responses API error',
  modalities: 'no captured Responses API error',
  prediction: 'no captured Responses API error (valid-predicted-outputs covers its Chat use)',
  verbosity: 'moved to `text.verbosity`; no captured Responses API error',
  web_search_options: 'replaced by the web search tool; no captured Responses API error',
};
