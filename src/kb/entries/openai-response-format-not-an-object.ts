import type { KbEntry } from '../types.js';
import { LAST_CHECKED, CAPTURE_GPT56_TERRA, DOC_STRUCTURED_OUTPUTS, SDK_CHAT_TYPES } from '../sources.js';

const entry: KbEntry = {
  id: 'llm/openai-response-format-not-an-object',
  title: '`response_format` is a string instead of an object',
  signature: "Invalid type for 'response_format': expected an object, but got a string instead.",
  signatures: [
    "Invalid type for 'response_format': expected an object, but got a string instead.",
    "'json_object' is not of type 'object' - 'response_format'",
  ],
  regex: String.raw`Invalid type for 'response_format': expected an object|is not of type 'object' - 'response_format'`,
  http_status: 400,
  param: 'response_format',
  code: 'invalid_type',
  root_cause:
    "`response_format` has to be an object with a `type` member. Writing the type alone (`response_format: 'json_object'`), " +
    'passing a JSON-encoded string of the object, or forwarding a raw string from an environment variable or config file ' +
    'fails type validation before anything else is looked at. The same mistake produced a differently worded message ' +
    "in 2023 (`'json_object' is not of type 'object' - 'response_format'`). Code ported from libraries or providers " +
    'where the format is a plain string option is a common source.',
  workarounds: [
    {
      action: 'Wrap the type name in an object.',
      how: "response_format: { type: 'json_object' }",
    },
    {
      action: 'Map configuration strings to format objects explicitly.',
      how: "const response_format = cfg.json ? { type: 'json_object' } : { type: 'text' };",
    },
    {
      action: 'Parse JSON-encoded formats before they reach the request.',
      how: "response_format: typeof fmt === 'string' ? JSON.parse(fmt) : fmt",
    },
  ],
  dead_ends: [
    {
      action: 'Sending `JSON.stringify({ type: "json_object" })`.',
      why_fails: 'That is still a string; the API wants a JSON object in the body, not a string that contains one.',
    },
    {
      action: 'Silencing the TypeScript error with `as any`.',
      why_fails: 'The compiler was right: the API rejects the same value at run time.',
    },
  ],
  official_doc_url: DOC_STRUCTURED_OUTPUTS,
  evidence: [
    {
      url: CAPTURE_GPT56_TERRA,
      note: "A 2026-08-30 capture: a string `response_format` gets the invalid_type message with `param: response_format`.",
    },
    {
      url: 'https://github.com/openai-php/client/issues/265',
      note: "The 2023 wording of the same mistake, `'json_object' is not of type 'object' - 'response_format'`.",
    },
    {
      url: SDK_CHAT_TYPES,
      note: 'Every `response_format` variant in the SDK types is an object with a `type` member.',
    },
  ],
  confidence: 'high',
  rules: ['valid-response-format'],
  last_checked: LAST_CHECKED,
};

export default entry;
