// Every error text the project's API reference quotes (the facts sheet the KB is built from, including
// its 2026-12-04 addendum), with the KB entry it belongs to, or `null` where the KB has no entry for
// that error (then `explain` must say so). Placeholders in the reference (`<name>`, `<key>`) are filled
// with sample values. The model-not-found texts, which the reference names only by their code, are
// captured in real-errors.ts with their sources.
import type { ErrorShape } from './forms.js';

export interface ReferenceError extends ErrorShape {
  text: string;
  id: string | null;
}

const STRUCTURED = { status: 400 } as const;

export const REFERENCE_ERRORS: readonly ReferenceError[] = [
  // A2: response_format shapes.
  { ...STRUCTURED, param: 'response_format.type', code: 'invalid_value', id: 'llm/openai-structured-output-enum-violation', text: "Invalid value: 'json'. Supported values are: 'json_object', 'json_schema', and 'text'." },
  { ...STRUCTURED, param: 'response_format.type', code: 'invalid_value', id: 'llm/openai-structured-output-enum-violation', text: "Invalid value: 'object'. Supported values are: 'json_object', 'json_schema', and 'text'." },
  { ...STRUCTURED, param: 'response_format', code: 'invalid_type', id: 'llm/openai-response-format-not-an-object', text: "Invalid type for 'response_format': expected an object, but got a string instead." },
  { ...STRUCTURED, param: 'response_format', id: 'llm/openai-response-format-not-an-object', text: "'json_object' is not of type 'object' - 'response_format'" },
  { ...STRUCTURED, code: 'missing_required_parameter', id: 'llm/openai-response-format-missing-parameter', text: "Missing required parameter: 'response_format.type'." },
  { ...STRUCTURED, code: 'missing_required_parameter', id: 'llm/openai-response-format-missing-parameter', text: "Missing required parameter: 'response_format.json_schema'." },
  { ...STRUCTURED, code: 'missing_required_parameter', id: 'llm/openai-response-format-missing-parameter', text: "Missing required parameter: 'response_format.json_schema.name'." },
  { ...STRUCTURED, code: 'missing_required_parameter', id: 'llm/openai-response-format-missing-parameter', text: "Missing required parameter: 'text.format.name'." },
  { ...STRUCTURED, param: 'messages', id: 'llm/openai-json-mode-missing-json-word', text: "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'." },
  { ...STRUCTURED, param: 'text.format', id: 'llm/openai-json-mode-missing-json-word', text: "Response input messages must contain the word 'json' in some form to use 'text.format' of type 'json_object'." },
  { ...STRUCTURED, code: 'invalid_json_schema', id: 'llm/openai-strict-json-schema-invalid', text: "Invalid schema for response_format 'person': In context=(), 'additionalProperties' is required to be supplied and to be false." },
  { ...STRUCTURED, code: 'invalid_json_schema', id: 'llm/openai-strict-json-schema-invalid', text: "Invalid schema for response_format 'person': In context=(), 'required' is required to be supplied and to be an array including every key in properties. Missing 'age'." },
  { ...STRUCTURED, code: 'invalid_json_schema', id: 'llm/openai-strict-json-schema-invalid', text: "Extra required key 'x' supplied." },
  { ...STRUCTURED, param: 'response_format', id: 'llm/openai-responses-unsupported-chat-parameter', text: "Unsupported parameter: 'response_format'. In the Responses API, this parameter has moved to 'text.format'. Try again with the new parameter." },
  // Historical (pre-1106 models, all shut down): no entry.
  { ...STRUCTURED, id: null, text: "Invalid parameter: 'response_format' of type 'json_object' is not supported with this model." },

  // A3: reasoning models.
  { status: 403, id: 'llm/openai-reasoning-model-logprobs', text: 'You are not allowed to request logprobs from this model' },
  { status: 400, code: 'unsupported_parameter', id: 'llm/openai-reasoning-model-logprobs', text: "Unsupported parameter: 'logprobs' is not supported with this model." },
  { status: 400, param: 'top_logprobs', id: 'llm/openai-top-logprobs-effort-none-cap', text: "Invalid value for 'top_logprobs': must be less than or equal to 5." },
  // Responses API, status not stated.
  { status: null, id: 'llm/openai-reasoning-model-logprobs', text: 'logprobs are not supported with reasoning models' },
  { status: 400, param: 'max_tokens', code: 'unsupported_parameter', id: 'llm/openai-max-tokens-reasoning-model', text: "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead." },
  { status: 400, param: 'temperature', code: 'unsupported_value', id: 'llm/openai-reasoning-model-sampling-parameters', text: "Unsupported value: 'temperature' does not support 0.2 with this model. Only the default (1) value is supported." },
  { status: 400, param: 'temperature', code: 'unsupported_parameter', id: 'llm/openai-reasoning-model-sampling-parameters', text: "Unsupported parameter: 'temperature' is not supported with this model." },
  { status: 400, param: 'frequency_penalty', code: 'unsupported_parameter', id: 'llm/openai-reasoning-model-sampling-parameters', text: "Unsupported parameter: 'frequency_penalty' is not supported with this model." },
  { status: 400, param: 'logit_bias', code: 'unsupported_parameter', id: 'llm/openai-reasoning-model-sampling-parameters', text: "Unsupported parameter: 'logit_bias' is not supported with this model." },
  { status: 400, param: 'stop', code: 'unsupported_parameter', id: 'llm/openai-reasoning-model-sampling-parameters', text: "Unsupported parameter: 'stop' is not supported with this model." },
  { status: 400, param: 'prediction', code: 'unsupported_parameter', id: 'llm/openai-predicted-outputs-limitations', text: "Unsupported parameter: 'prediction' is not supported with this model." },
  { status: 400, id: 'llm/openai-search-preview-sampling-parameters', text: 'Model incompatible request arguments supplied: frequency_penalty, presence_penalty, temperature, top_p' },
  { status: 400, param: 'reasoning_effort', code: 'unsupported_value', id: 'llm/openai-reasoning-effort-unsupported', text: "Unsupported value: 'reasoning_effort' does not support 'max' with this model. Supported values are: 'none', 'low', 'medium', 'high', and 'xhigh'." },
  // Errors the KB has no entry for (no rule checks them).
  { status: 400, param: 'reasoning.effort', code: 'unsupported_parameter', id: null, text: "Unsupported parameter: 'reasoning.effort' is not supported with this model." },
  { status: 400, id: null, text: "Function tools with reasoning_effort are not supported for gpt-5.6-luna in /v1/chat/completions. To use function tools, use /v1/responses or set reasoning_effort to 'none'." },
  { status: 400, param: 'messages[0].role', code: 'unsupported_value', id: null, text: "Unsupported value: 'messages[0].role' does not support 'system' with this model." },
  { status: 400, param: 'stream', code: 'unsupported_value', id: null, text: "Unsupported value: 'stream' does not support true with this model. Only the default (false) value is supported." },

  // A4 and A5: top_logprobs, stream_options, other 400s.
  { status: 400, param: 'top_logprobs', id: 'llm/openai-top-logprobs-without-logprobs', text: "The 'top_logprobs' parameter is only allowed when 'logprobs' is enabled." },
  { status: 400, param: 'top_logprobs', code: 'integer_below_min_value', id: 'llm/openai-top-logprobs-out-of-range', text: "Invalid 'top_logprobs': integer below minimum value. Expected a value >= 0, but got -1 instead." },
  { status: 400, param: 'stream_options', id: 'llm/openai-stream-settings-without-stream', text: "The 'stream_options' parameter is only allowed when 'stream' is enabled." },
  { status: 400, param: 'n', id: null, text: "Invalid 'n': integer below minimum value." },
  { status: 400, id: null, text: "Unknown parameter: 'x'." },
  { status: 400, id: null, text: "Unknown parameter: 'reasoning'." },
  { status: 400, id: null, text: "Invalid value for 'function_call': no function named 'x' was specified in the 'functions' parameter." },
  { status: 400, id: null, text: 'This model is compatible only with 24h extended prompt caching' },

  // A1: logprobs refused by Azure's old api-versions and by Groq (the gateway entry).
  { status: 400, id: 'llm/logprobs-request-fails-on-structured-output', text: 'Unrecognized request argument supplied: logprobs' },
  { status: 400, id: 'llm/logprobs-request-fails-on-structured-output', text: 'Validation error at #/logprobs: Extra inputs are not permitted' },
  { status: 400, id: 'llm/logprobs-request-fails-on-structured-output', text: 'logprobs is not supported with this model' },
];
