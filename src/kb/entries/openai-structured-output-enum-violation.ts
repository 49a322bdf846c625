import type { KbEntry } from '../types.js';
import { LAST_CHECKED, CAPTURE_GPT56_TERRA, DOC_STRUCTURED_OUTPUTS, SDK_CHAT_TYPES } from '../sources.js';

const entry: KbEntry = {
  id: 'llm/openai-structured-output-enum-violation',
  title: "`response_format.type` is not one of 'text', 'json_object' or 'json_schema'",
  signature: "Invalid value: 'json'. Supported values are: 'json_object', 'json_schema', and 'text'.",
  signatures: [
    "Invalid value: 'json'. Supported values are: 'json_object', 'json_schema', and 'text'.",
    "Invalid value: 'object'. Supported values are: 'json_object', 'json_schema', and 'text'.",
    // The 2026-08-30 gpt-5.6-terra capture (CAPTURE_GPT56_TERRA) sent `{ type: 'bogus' }`.
    "Invalid value: 'bogus'. Supported values are: 'json_object', 'json_schema', and 'text'.",
  ],
  regex: String.raw`Invalid value: '[^'\r\n]{0,100}'\. Supported values are: 'json_object', 'json_schema',? and 'text'`,
  http_status: 400,
  param: 'response_format.type',
  code: 'invalid_value',
  root_cause:
    "Chat Completions knows exactly three format types: 'text', 'json_object' and 'json_schema'. Anything else " +
    "('json', 'object', 'json_obj', 'JSON', or a type borrowed from another provider or from custom-tool grammars) " +
    'fails request validation before the model runs, with `param: response_format.type` and `code: invalid_value`. ' +
    'TypeScript only catches it in object literals that are contextually typed; values read from configuration, ' +
    'spread objects, `as any` casts and plain JavaScript reach the API unchecked.',
  workarounds: [
    {
      action: "Use 'json_object' for free-form JSON, and mention JSON in a message as that mode requires.",
      how: "response_format: { type: 'json_object' }, messages: [{ role: 'system', content: 'Reply in JSON.' }, ...messages]",
    },
    {
      action: "Use 'json_schema' with a named schema when the shape matters.",
      how:
        "response_format: { type: 'json_schema', json_schema: { name: 'person', strict: true, schema: {\n" +
        "  type: 'object', properties: { name: { type: 'string' } }, required: ['name'], additionalProperties: false } } }",
    },
    {
      action: 'Let the SDK helper build the format object so the type and nesting are always right.',
      how: "import { zodResponseFormat } from 'openai/helpers/zod';\nresponse_format: zodResponseFormat(Person, 'person')",
    },
    {
      action: 'Type format values that live outside the call so the compiler checks them.',
      how:
        "import type { ChatCompletionCreateParams } from 'openai/resources/chat/completions';\n" +
        "const format = { type: 'json_object' } satisfies ChatCompletionCreateParams['response_format'];",
    },
  ],
  dead_ends: [
    {
      action: "Trying spellings such as 'json', 'JSON' or 'object'.",
      why_fails: 'Only the three exact lowercase values pass; every other string gets the same invalid_value error.',
    },
    {
      action: "Switching to `{ type: 'json_schema' }` without the nested `json_schema` object.",
      why_fails: "The type is now valid but the next check fails: Missing required parameter: 'response_format.json_schema'.",
    },
    {
      action: 'Upgrading or downgrading the SDK.',
      why_fails: 'The SDK sends the value as written; the check happens on the server.',
    },
  ],
  official_doc_url: DOC_STRUCTURED_OUTPUTS,
  evidence: [
    {
      url: 'https://github.com/epuerta9/deep-research-py/issues/19',
      note: "A user report where `type: 'object'` was answered with the invalid_value message listing the three supported types.",
    },
    {
      url: CAPTURE_GPT56_TERRA,
      note: 'A 2026-08-30 capture against gpt-5.6-terra: an unknown `response_format.type` gets this message with `param: response_format.type` and `code: invalid_value`.',
    },
    {
      url: SDK_CHAT_TYPES,
      note: "The SDK's `response_format` union for Chat Completions has exactly the text, json_schema and json_object variants.",
    },
    {
      url: 'https://errorcanon.top/errors/llm/openai-structured-output-enum-violation',
      note: 'The seed\'s source for the "must be one of" wording; the page is marked AI-generated and that wording is found nowhere else.',
    },
  ],
  confidence: 'high',
  rules: ['valid-response-format'],
  seed_correction:
    "The seed quotes `Invalid 'response_format': 'type' must be one of ['text', 'json_object', 'json_schema'].`; the " +
    "API does not return that text. The real message is `Invalid value: '<value>'. Supported values are: " +
    "'json_object', 'json_schema', and 'text'.` (param `response_format.type`, code `invalid_value`). The seed's claim " +
    "that an empty object gets a 'must be a valid object with a type field' message is also unsupported: the API " +
    "answers `Missing required parameter: 'response_format.type'.` (see `llm/openai-response-format-missing-parameter`).",
  last_checked: LAST_CHECKED,
};

export default entry;
