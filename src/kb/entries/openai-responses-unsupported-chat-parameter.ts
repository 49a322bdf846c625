import type { KbEntry } from '../types.js';
import { ADDENDUM_CHECKED, SDK_RESPONSES_TYPES } from '../sources.js';

const entry: KbEntry = {
  id: 'llm/openai-responses-unsupported-chat-parameter',
  title: 'A Chat Completions parameter (`response_format`, `max_tokens`, `messages`, `logprobs`, `reasoning_effort`, `stop`, `seed`, ...) sent to the Responses API',
  signature:
    "Unsupported parameter: 'response_format'. In the Responses API, this parameter has moved to 'text.format'. Try again with the new parameter.",
  signatures: [
    "Unsupported parameter: 'response_format'. In the Responses API, this parameter has moved to 'text.format'. Try again with the new parameter.",
    "Unsupported parameter: 'reasoning_effort'. In the Responses API, this parameter has moved to 'reasoning.effort'.",
  ],
  regex: String.raw`In the Responses API, this parameter has moved to|(?:Unknown|Unsupported) parameter: '(?:stop|n|seed|logit_bias|presence_penalty|frequency_penalty|logprobs|messages|max_tokens|max_completion_tokens|response_format|reasoning_effort)'\.`,
  http_status: 400,
  param: 'response_format',
  code: 'unsupported_parameter',
  root_cause:
    'The Responses API (`client.responses.create`, `.parse`, `.stream`) is not Chat Completions with a new URL: ' +
    'several Chat parameters were renamed or moved and others were dropped, and the API rejects unknown keys instead ' +
    'of ignoring them. `response_format` moved to `text.format` (and the JSON-schema format is flat there: ' +
    "`{ type: 'json_schema', name, schema, strict }`), `max_tokens` and `max_completion_tokens` became " +
    '`max_output_tokens`, `messages` became `input`, `reasoning_effort` moved to `reasoning.effort`, and the `logprobs` boolean became the `include` entry ' +
    "`'message.output_text.logprobs'` (with `top_logprobs` kept). `stop`, `n`, `logit_bias`, `presence_penalty`, " +
    '`frequency_penalty` and `seed` have no Responses equivalent at all (they are absent from the SDK\'s ' +
    '`ResponseCreateParams`). Code ported from Chat Completions, or a shared options object spread into both APIs, ' +
    'is the usual cause. The `response_format` and `reasoning_effort` messages are captured in our evidence; the other parameters are ' +
    'rejected too (the SDK types do not have them, and the API answers an unknown top-level key with ' +
    "`Unknown parameter: 'x'.` or an `Unsupported parameter` message), but their exact texts are not captured here.",
  workarounds: [
    {
      action: 'Move `response_format` to `text.format`, flattening a JSON-schema format.',
      how: "await client.responses.create({ model, input, text: { format: { type: 'json_schema', name: 'person', strict: true, schema } } });",
    },
    {
      action: 'Move `reasoning_effort` into the `reasoning` object.',
      how: "await client.responses.create({ model, input, reasoning: { effort: 'low' } });",
    },
    {
      action: 'Rename the output cap to `max_output_tokens`.',
      how: 'await client.responses.create({ model, input, max_output_tokens: 1000 });',
    },
    {
      action: "Ask for logprobs with `include: ['message.output_text.logprobs']` (and `top_logprobs` if needed).",
      how: "await client.responses.create({ model, input, include: ['message.output_text.logprobs'], top_logprobs: 3 });",
    },
    {
      action: 'Send the conversation as `input` (role/content messages keep their shape).',
      how: "await client.responses.create({ model, input: [{ role: 'user', content: 'Hello' }] });",
    },
    {
      action: 'Drop `stop`, `n`, `logit_bias`, `presence_penalty`, `frequency_penalty` and `seed`, or keep that call on Chat Completions.',
      how: "await client.chat.completions.create({ model, messages, seed: 42, stop: ['END'] });",
    },
  ],
  dead_ends: [
    {
      action: 'Passing `zodResponseFormat(...)` as `text.format`.',
      why_fails: 'That helper builds the nested Chat shape; the Responses API needs the flat one from `zodTextFormat(...)`.',
    },
    {
      action: 'Sending both `max_tokens` and `max_output_tokens`.',
      why_fails: 'The old key is rejected by itself; adding the new one beside it does not help.',
    },
    {
      action: 'Putting `logprobs: true` inside `text` or `reasoning`.',
      why_fails: 'The Responses API has no `logprobs` flag anywhere; logprobs come only through `include`.',
    },
  ],
  official_doc_url: 'https://platform.openai.com/docs/guides/migrate-to-responses',
  evidence: [
    {
      url: 'https://github.com/lobehub/lobehub/issues/8163',
      note: "A captured HTTP 400: Unsupported parameter: 'reasoning_effort'. In the Responses API, this parameter has moved to 'reasoning.effort'.",
    },
    {
      url: 'https://github.com/mkht/PSOpenAI/issues/44',
      note: "A captured HTTP 400 with the message Unsupported parameter: 'response_format'. In the Responses API, this parameter has moved to 'text.format'.",
    },
    {
      url: SDK_RESPONSES_TYPES,
      note: 'The SDK request type has `text.format`, `max_output_tokens`, `input`, `include` and `top_logprobs`, and no `response_format`, `max_tokens`, `messages`, `logprobs`, `stop`, `n`, `logit_bias`, `seed` or penalties.',
    },
  ],
  confidence: 'high',
  rules: ['no-chat-params-in-responses-api'],
  last_checked: ADDENDUM_CHECKED,
};

export default entry;
