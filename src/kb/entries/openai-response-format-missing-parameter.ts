import type { KbEntry } from '../types.js';
import { LAST_CHECKED, CAPTURE_GPT56_TERRA, DOC_STRUCTURED_OUTPUTS, SDK_CHAT_TYPES, SDK_RESPONSES_TYPES } from '../sources.js';

const entry: KbEntry = {
  id: 'llm/openai-response-format-missing-parameter',
  title: '`response_format` (or Responses `text.format`) lacks `type`, `json_schema` or `name`',
  signature: "Missing required parameter: 'response_format.type'.",
  signatures: [
    "Missing required parameter: 'response_format.type'.",
    "Missing required parameter: 'response_format.json_schema'.",
    "Missing required parameter: 'response_format.json_schema.name'.",
    "Missing required parameter: 'text.format.name'.",
  ],
  regex: String.raw`Missing required parameter: '(?:response_format|text\.format)\.[\w.]{1,80}'`,
  http_status: 400,
  param: 'response_format.type',
  code: 'missing_required_parameter',
  root_cause:
    'The format object has the right type but is incomplete. Chat Completions reports `response_format.type` for `{}`, ' +
    "`response_format.json_schema` for `{ type: 'json_schema' }` without the nested schema object (including the flat " +
    'Responses-style `{ type, name, schema }`, which Chat does not read), and `response_format.json_schema.name` for a ' +
    'schema object without a name. The Responses API is the mirror image: `text.format` is flat ' +
    "(`{ type: 'json_schema', name, schema, strict }`), so the Chat-style nested shape placed under `text.format` " +
    "is answered with `Missing required parameter: 'text.format.name'.` Moving code between the two APIs, or feeding " +
    "`zodResponseFormat` (a Chat helper) to the Responses API, is the usual cause.",
  workarounds: [
    {
      action: 'On Chat Completions, nest `name` and `schema` under `json_schema`.',
      how: "response_format: { type: 'json_schema', json_schema: { name: 'invoice', strict: true, schema } }",
    },
    {
      action: 'On the Responses API, put `name` and `schema` directly in `text.format`.',
      how: "await client.responses.create({ model, input, text: { format: { type: 'json_schema', name: 'invoice', strict: true, schema } } });",
    },
    {
      action: 'Use the helper that matches the API: `zodResponseFormat` for Chat, `zodTextFormat` for Responses.',
      how:
        "import { zodResponseFormat, zodTextFormat } from 'openai/helpers/zod';\n" +
        "chat: response_format: zodResponseFormat(Invoice, 'invoice')\n" +
        "responses: text: { format: zodTextFormat(Invoice, 'invoice') }",
    },
    {
      action: 'Always write the `type` member, even for plain JSON mode.',
      how: "response_format: { type: 'json_object' } // not {}",
    },
  ],
  dead_ends: [
    {
      action: 'Adding `name` at the top level of `response_format` on Chat Completions.',
      why_fails: 'Chat only reads the name from `response_format.json_schema`, so it still reports that object as missing.',
    },
    {
      action: 'Passing `zodResponseFormat(...)` as the Responses `text.format`.',
      why_fails: "That helper produces the nested Chat shape, which the Responses API answers with Missing required parameter: 'text.format.name'.",
    },
    {
      action: 'Sending `response_format` to `client.responses.create`.',
      why_fails: "The Responses API rejects the key itself (it moved to `text.format`); the value has to move and be flattened.",
    },
  ],
  official_doc_url: DOC_STRUCTURED_OUTPUTS,
  evidence: [
    {
      url: CAPTURE_GPT56_TERRA,
      note: "A 2026-08-30 capture with the three Chat messages: `{}` gives 'response_format.type', `{ type: 'json_schema' }` gives 'response_format.json_schema', and `json_schema: {}` gives 'response_format.json_schema.name'.",
    },
    {
      url: SDK_RESPONSES_TYPES,
      note: "The SDK's Responses `text.format` JSON-schema variant is flat (`type`, `name`, `schema`, `strict`), unlike the nested Chat variant.",
    },
    {
      url: SDK_CHAT_TYPES,
      note: 'The Chat `response_format` JSON-schema variant nests `name`, `schema` and `strict` under `json_schema`.',
    },
    {
      url: 'https://github.com/mkht/PSOpenAI/issues/44',
      note: 'Shows the Responses API moving the format to `text.format`, which is where Chat-shaped formats get misplaced.',
    },
  ],
  confidence: 'high',
  rules: ['valid-response-format'],
  last_checked: LAST_CHECKED,
};

export default entry;
