// Real error texts for the `explain` tests, beyond each KB entry's own `signatures` (real API messages by
// the KB's contract): errors as they were captured in the sources the reference cites, verbatim, with
// their SDK prefix, JSON body, log noise or truncation. Nothing here is written by us.

export interface CapturedError {
  /** KB id the text must resolve to. */
  id: string;
  /** Where it was captured. */
  source: string;
  text: string;
}

/** Signatures that are not real API texts (kept in the KB because people search for them). */
export const NOT_REAL_SIGNATURES = new Set([
  // The seed's claim, from an AI-generated page with no sources (see the entry's seed_correction).
  'logprobs is not supported when using response_format parameter',
]);

/**
 * Entries whose sources give fewer than three distinct real texts, and why (the test checks that
 * each still has fewer, so an entry leaves this list as soon as it gains texts).
 */
export const FEWER_THAN_THREE: Readonly<Record<string, string>> = {
  'llm/openai-response-format-not-an-object':
    'the reference has two wordings (2023 and current); the capture sent one string value and got the current one',
  'llm/openai-search-preview-sampling-parameters':
    'the reference has one text (NextChat#6569); the argument list varies with the request, but no other list was captured there',
  'llm/openai-max-tokens-reasoning-model':
    'the message has no variable part: the vercel/ai fixture and the gpt-5.6-terra capture return the same text',
  'llm/openai-predicted-outputs-limitations':
    'one captured text (gpt-5.6-terra); the reference notes that the texts for the parameter combinations were never captured',
  'llm/openai-top-logprobs-without-logprobs':
    'the message has no variable part; the gpt-5.6-terra capture is the one source with the text',
  'llm/openai-top-logprobs-out-of-range':
    'the gpt-5.6-terra capture has two texts (-1 below the minimum, an object of the wrong type); no text above 20 was captured on a model that allows 20',
  'llm/openai-top-logprobs-effort-none-cap': 'one captured text (gpt-5.6-terra at reasoning effort none)',
  'llm/openai-stream-settings-without-stream':
    'the message has no variable part: every capture (litellm#5803, lobehub#6735) has the same text',
  'llm/openai-reasoning-effort-unsupported':
    'the reference quotes one text (`max` refused by a model with none to xhigh); the Responses wording and the `max`-on-Chat refusal were not captured',
  'llm/openai-json-mode-missing-json-word': 'one text per API (Chat and Responses), neither with a variable part',
  'llm/openai-responses-unsupported-chat-parameter':
    "the reference captures only the `response_format` text (PSOpenAI#44); the other parameters' Responses texts are not in the evidence",
};

export const CAPTURED: readonly CapturedError[] = [
  {
    id: 'llm/openai-max-tokens-reasoning-model',
    source: 'https://github.com/vercel/ai/blob/main/packages/openai/src/chat/__fixtures__/reasoning-model-legacy-parameter-error.json',
    text: `{
  "error": {
    "message": "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
    "type": "invalid_request_error",
    "param": "max_tokens",
    "code": "unsupported_parameter"
  }
}
`,
  },
  {
    id: 'llm/openai-search-preview-sampling-parameters',
    source: 'https://github.com/ChatGPTNextWeb/NextChat/issues/6569',
    text: `{
  "error": {
    "message": "Model incompatible request arguments supplied: frequency_penalty, presence_penalty, temperature, top_p",
    "type": "invalid_request_error",
    "param": null,
    "code": null
  }
}`,
  },
  {
    id: 'llm/openai-structured-output-enum-violation',
    // The issue title, cut off by GitHub where it was captured.
    source: 'https://github.com/epuerta9/deep-research-py/issues/19',
    text: `Error code: 400 - {'error': {'message': "Invalid value: 'object'. Supported values are: 'json_object', 'json_schema', and 'text'.", 'type': 'invalid_request_error', 'param': 'response_format.type', 'c`,
  },
  {
    id: 'llm/openai-response-format-not-an-object',
    source: 'https://github.com/openai-php/client/issues/265',
    text: String.raw`Uncaught OpenAI\Exceptions\ErrorException: 'json_object' is not of type 'object' - 'response_format' in c:\xampp\htdocs\OpenAI\vendor\openai-php\client\src\Transporters\HttpTransporter.php:131`,
  },
  {
    id: 'llm/logprobs-request-fails-on-structured-output',
    source: 'https://github.com/openai/openai-python/issues/1080',
    text: `BadRequestError: Error code: 400 - {'error': {'message': 'Unrecognized request argument supplied: logprobs', 'type': 'invalid_request_error', 'param': None, 'code': None}}`,
  },
  {
    id: 'llm/logprobs-request-fails-on-structured-output',
    source: 'https://github.com/openai/openai-python/issues/1468',
    text: `Error code: 400 - {'error': {'requestid': '5b8df334-1238-4b66-8cb8-564ffbe02cff', 'code': 400, 'message': 'Validation error at #/logprobs: Extra inputs are not permitted'}}`,
  },
  {
    id: 'llm/openai-stream-settings-without-stream',
    source: 'https://github.com/BerriAI/litellm/issues/5803',
    text: `litellm.BadRequestError: OpenAIException - Error code: 400 - {'error': {'message': "The 'stream_options' parameter is only allowed when 'stream' is enabled.", 'type': 'invalid_request_error', 'param': 'stream_options', 'code': None}}`,
  },
  {
    id: 'llm/openai-stream-settings-without-stream',
    source: 'https://github.com/lobehub/lobehub/issues/6735',
    text: `{
  "error": {
    "code": null,
    "type": "invalid_request_error",
    "param": "stream_options",
    "message": "The 'stream_options' parameter is only allowed when 'stream' is enabled."
  },
  "endpoint": "https://api.openai.com/v1",
  "provider": "openai"
}`,
  },
  {
    id: 'llm/openai-json-mode-missing-json-word',
    source: 'https://github.com/meta-llama/PurpleLlama/issues/94',
    text: `LLM Query failed with error <class 'openai.BadRequestError'>: Error code: 400 - {'error': {'message': "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.", 'type': 'invalid_request_error', 'param': 'messages', 'code': None}}. Sleeping for 0.5 seconds...`,
  },
  {
    id: 'llm/openai-json-mode-missing-json-word',
    source: 'https://github.com/ultimatejimmy/xray.koplugin/issues/33',
    text: `2026-05-09 18:12:09 AIHelper: Model failed: 'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.`,
  },
  // Model errors in the wording of each client that captured them (404, code `model_not_found`).
  {
    id: 'llm/openai-model-retired',
    source: 'https://github.com/simonw/llm-gpt4all/issues/11',
    text: 'Error: The model `gpt-4-32k` does not exist or you do not have access to it.',
  },
  {
    id: 'llm/openai-model-retired',
    source: 'https://github.com/openai/openai-quickstart-node/issues/127',
    text: `404 {
  error: {
    message: 'The model \`text-davinci-003\` has been deprecated, learn more here: https://platform.openai.com/docs/deprecations',
    type: 'invalid_request_error',
    param: null,
    code: 'model_not_found'
  }
}`,
  },
  {
    id: 'llm/openai-model-retired',
    source: 'https://github.com/chatboxai/chatbox/issues/96',
    text: `Error from OpenAI: 404  {
    "error": {
        "message": "The model: \`gpt-4-32k-0314\` does not exist",
        "type": "invalid_request_error",
        "param": null,
        "code": "model_not_found"
    }
}`,
  },
  {
    id: 'llm/openai-model-retired',
    source: 'https://github.com/alexrudall/ruby-openai/issues/282',
    text: `{"error"=>{"message"=>"The model 'gpt-4-32k' does not exist", "type"=>"invalid_request_error", "param"=>"model", "code"=>"model_not_found"}}`,
  },
  {
    id: 'llm/openai-model-retired',
    source: 'https://github.com/Chanzhaoyu/chatgpt-web/issues/1778',
    text: `ChatGPT error 404: {
"error": {
"message": "The model: gpt-4-32k-0314 does not exist",
"type": "invalid_request_error",
"param": null,
"code": "model_not_found"
}
}`,
  },
  {
    id: 'llm/openai-model-retired',
    source: 'https://github.com/PullRequestInc/go-gpt3/pull/43',
    text: '[404:invalid_request_error] The model `davinci` has been deprecated, learn more here: https://platform.openai.com/docs/deprecations',
  },
  {
    id: 'llm/openai-model-retired',
    source: 'https://github.com/MacPaw/OpenAI/issues/144',
    text: 'APIErrorResponse(error: OpenAI.APIError(message: "The model `text-davinci-003` has been deprecated, learn more here: https://platform.openai.com/docs/deprecations", type: "invalid_request_error", param: nil, code: Optional("model_not_found")))',
  },
];
