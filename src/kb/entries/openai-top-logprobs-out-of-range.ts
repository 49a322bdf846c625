import type { KbEntry } from '../types.js';
import { LAST_CHECKED, CAPTURE_GPT56_TERRA, DOC_CHAT_CREATE, SDK_CHAT_TYPES, SDK_RESPONSES_TYPES } from '../sources.js';

const entry: KbEntry = {
  id: 'llm/openai-top-logprobs-out-of-range',
  title: '`top_logprobs` that is not an integer from 0 to 20',
  signature: "Invalid 'top_logprobs': integer below minimum value. Expected a value >= 0, but got -1 instead.",
  signatures: [
    "Invalid 'top_logprobs': integer below minimum value. Expected a value >= 0, but got -1 instead.",
    "Invalid type for 'top_logprobs': expected an integer, but got an object instead.",
  ],
  regex: String.raw`Invalid (?:type for )?'top_logprobs'`,
  http_status: 400,
  param: 'top_logprobs',
  code: 'integer_below_min_value',
  root_cause:
    '`top_logprobs` is the number of alternatives returned per token, an integer from 0 to 20 (SDK doc, both Chat ' +
    'Completions and Responses). A negative value is refused with `code: integer_below_min_value`, and a ' +
    'value of the wrong type with "Invalid type for \'top_logprobs\': expected an integer". The SDK types say ' +
    '`number`, so TypeScript accepts `-1`, `2.5` or `50`. No capture of the exact text for a value above 20 on a ' +
    'model that allows 20 is known; on gpt-5.x at reasoning effort `none`, where the cap is 5, 21 is answered with ' +
    "\"Invalid value for 'top_logprobs': must be less than or equal to 5.\" (see " +
    '`llm/openai-top-logprobs-effort-none-cap`). Values computed at run time (a config value, a user setting) are the ' +
    'usual source.',
  workarounds: [
    {
      action: 'Send an integer from 0 to 20.',
      how: "await client.chat.completions.create({ model: 'gpt-4.1', messages, logprobs: true, top_logprobs: 20 });",
    },
    {
      action: 'Clamp values that come from configuration before sending them.',
      how: 'const top_logprobs = Math.min(20, Math.max(0, Math.trunc(config.alternatives)));',
    },
  ],
  dead_ends: [
    {
      action: 'Sending `-1` to mean "all alternatives" or "the default".',
      why_fails: 'The minimum is 0; to get the default, leave the key out.',
    },
    {
      action: 'Sending a larger value to get more than 20 alternatives.',
      why_fails: 'The API caps the number of alternatives at 20 (5 on gpt-5.x at effort `none`); larger values are refused, not clamped.',
    },
  ],
  official_doc_url: DOC_CHAT_CREATE,
  evidence: [
    {
      url: CAPTURE_GPT56_TERRA,
      note: "A 2026-08-30 capture on gpt-5.6-terra: `top_logprobs: -1` gets the below-minimum message (`code: integer_below_min_value`), an object gets \"Invalid type for 'top_logprobs': expected an integer, but got an object instead.\", and 0 is accepted.",
    },
    {
      url: SDK_CHAT_TYPES,
      note: 'The SDK doc of Chat `top_logprobs`: "An integer between 0 and 20".',
    },
    {
      url: SDK_RESPONSES_TYPES,
      note: 'The SDK doc of Responses `top_logprobs`: "An integer between 0 and 20".',
    },
  ],
  confidence: 'high',
  rules: ['valid-top-logprobs'],
  last_checked: LAST_CHECKED,
};

export default entry;
