import type { KbEntry } from '../types.js';
import { LAST_CHECKED, DOC_STRUCTURED_OUTPUTS, SDK_CHAT_TYPES, SDK_RESPONSES_TYPES } from '../sources.js';

const entry: KbEntry = {
  id: 'llm/openai-strict-json-schema-invalid',
  title: 'A `strict: true` JSON schema outside the subset Structured Outputs accepts (`additionalProperties`, `required`, root type, unsupported keywords)',
  signature:
    "Invalid schema for response_format '<name>': In context=(), 'additionalProperties' is required to be supplied and to be false.",
  signatures: [
    "Invalid schema for response_format '<name>': In context=(), 'additionalProperties' is required to be supplied and to be false.",
    "'required' is required to be supplied and to be an array including every key in properties. Missing '<key>'.",
    "Extra required key 'x' supplied.",
  ],
  regex: String.raw`'additionalProperties' is required to be supplied and to be false|'required' is required to be supplied and to be an array including every key in properties|Extra required key '[^'\n]{1,200}' supplied`,
  http_status: 400,
  param: 'response_format',
  code: 'invalid_json_schema',
  root_cause:
    'With `strict: true` the API compiles the schema into a grammar the model cannot leave, and accepts only a subset ' +
    'of JSON Schema for that: every object schema must set `additionalProperties: false` and list every key of ' +
    '`properties` in `required` (an optional field is written as required with a `null` type, e.g. ' +
    "`type: ['string', 'null']`), the root must be `type: 'object'` (not `anyOf`, not an array), and `allOf`, `not`, " +
    '`if`/`then`/`else`, `dependentRequired` and `dependentSchemas` are not supported. The same rules apply to ' +
    '`response_format.json_schema` on Chat Completions, to `text.format` on the Responses API and to function tools ' +
    'with `strict: true`. The schema is checked before any generation, so the request fails with HTTP 400 ' +
    '(`invalid_json_schema`); the message names the schema and the place (`In context=()` is the root). The texts ' +
    'for `additionalProperties`, a missing `required` key and an extra `required` key are the captured ones (shown ' +
    'with placeholders where the capture varies); the texts for the root type, the unsupported keywords and for ' +
    'function tools have not been captured, only the documented rule. The SDK helpers (`zodResponseFormat`, ' +
    '`zodTextFormat`, `zodFunction`) write conforming schemas; the mistakes come from hand-written literals.',
  workarounds: [
    {
      action: 'Set `additionalProperties: false` on every object schema, nested ones included.',
      how: "schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false }",
    },
    {
      action: 'List every property in `required`; express optional fields as nullable instead of leaving them out.',
      how: "properties: { city: { type: 'string' }, zip: { type: ['string', 'null'] } },\nrequired: ['city', 'zip'],",
    },
    {
      action: 'Wrap a union or a list in an object at the root.',
      how: "schema: { type: 'object', properties: { items: { type: 'array', items: { type: 'string' } } }, required: ['items'], additionalProperties: false }",
    },
    {
      action: 'Generate the schema from a Zod schema with the SDK helpers, which emit the strict subset.',
      how: "import { zodResponseFormat } from 'openai/helpers/zod';\nresponse_format: zodResponseFormat(Person, 'person')",
    },
  ],
  dead_ends: [
    {
      action: 'Leaving optional keys out of `required`.',
      why_fails: 'Strict mode wants every key listed; the field must be made nullable instead.',
    },
    {
      action: 'Setting `additionalProperties: false` only at the root.',
      why_fails: 'Every nested object schema (in `properties`, `items`, `anyOf` branches and `$defs`) needs it too.',
    },
    {
      action: 'Using `allOf` to combine a base schema with extensions.',
      why_fails: 'Strict mode does not support `allOf`; merge the properties into one object schema instead.',
    },
    {
      action: 'Dropping `strict: true` to make the error go away.',
      why_fails: 'The request then succeeds, but the output is no longer guaranteed to match the schema.',
    },
  ],
  official_doc_url: DOC_STRUCTURED_OUTPUTS,
  evidence: [
    {
      url: DOC_STRUCTURED_OUTPUTS,
      note: 'The official guide lists the supported subset: `additionalProperties: false` and all fields required on every object, a root object that is not `anyOf`, and the unsupported keywords (`allOf`, `not`, `if`/`then`/`else`, `dependentRequired`, `dependentSchemas`).',
    },
    {
      url: SDK_CHAT_TYPES,
      note: 'The SDK documents `json_schema.strict`: with `strict: true` only a subset of JSON Schema is supported; function definitions carry the same `strict` flag.',
    },
    {
      url: SDK_RESPONSES_TYPES,
      note: 'The Responses `text.format` JSON-schema variant and Responses function tools carry the same `strict` flag and schema.',
    },
  ],
  confidence: 'high',
  rules: ['valid-strict-json-schema'],
  last_checked: LAST_CHECKED,
};

export default entry;
