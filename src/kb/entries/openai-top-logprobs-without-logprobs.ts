import type { KbEntry } from '../types.js';
import { LAST_CHECKED, CAPTURE_GPT56_TERRA, DOC_CHAT_CREATE, SDK_CHAT_TYPES, SDK_RESPONSES_TYPES } from '../sources.js';

const entry: KbEntry = {
  id: 'llm/openai-top-logprobs-without-logprobs',
  title: '`top_logprobs` sent to Chat Completions without `logprobs: true`',
  signature: "The 'top_logprobs' parameter is only allowed when 'logprobs' is enabled.",
  signatures: ["The 'top_logprobs' parameter is only allowed when 'logprobs' is enabled."],
  regex: String.raw`The 'top_logprobs' parameter is only allowed when 'logprobs' is enabled`,
  http_status: 400,
  param: 'top_logprobs',
  code: null,
  root_cause:
    'On Chat Completions `top_logprobs` only says how many alternatives to return for each token whose ' +
    'log-probability is returned; the log-probabilities themselves are switched on by `logprobs: true`. Sending ' +
    '`top_logprobs` while `logprobs` is missing or `false` is refused before any generation, whatever the value ' +
    '(even 0). The SDK documents the dependency ("`logprobs` must be set to `true` if this parameter is used") but its ' +
    'types accept either key alone. It typically happens when `top_logprobs` is added to a shared options object ' +
    'and `logprobs` is set somewhere else, or set conditionally. The Responses API has no `logprobs` boolean: there ' +
    "`top_logprobs` goes with `include: ['message.output_text.logprobs']`, and no capture of an error for " +
    '`top_logprobs` without that entry is known.',
  workarounds: [
    {
      action: 'Send `logprobs: true` together with `top_logprobs`.',
      how: "await client.chat.completions.create({ model: 'gpt-4.1-mini', messages, logprobs: true, top_logprobs: 5 });",
    },
    {
      action: 'Set both keys from the same condition, so one is never sent without the other.',
      how: '...(wantAlternatives && { logprobs: true, top_logprobs: 5 })',
    },
    {
      action: 'Remove `top_logprobs` when only the sampled tokens are needed, or when logprobs are not wanted at all.',
      how: "await client.chat.completions.create({ model: 'gpt-4.1-mini', messages, logprobs: true });",
    },
  ],
  dead_ends: [
    {
      action: 'Sending `top_logprobs: 0` to get log-probabilities without alternatives.',
      why_fails: 'The check is on the key being present, not on its value; `logprobs: true` alone already returns the sampled tokens.',
    },
    {
      action: 'Setting `logprobs: false` explicitly next to `top_logprobs`.',
      why_fails: "`false` is what the API refuses; only `true` enables `top_logprobs`.",
    },
  ],
  official_doc_url: DOC_CHAT_CREATE,
  evidence: [
    {
      url: CAPTURE_GPT56_TERRA,
      note: "A 2026-08-30 capture on gpt-5.6-terra: `{ reasoning_effort: 'none', top_logprobs: 1 }` without `logprobs` gets this message with `param: 'top_logprobs'` and `code: null`.",
    },
    {
      url: SDK_CHAT_TYPES,
      note: 'The SDK doc of `top_logprobs`: "An integer between 0 and 20 ... `logprobs` must be set to `true` if this parameter is used."',
    },
    {
      url: SDK_RESPONSES_TYPES,
      note: "The Responses request type has `top_logprobs` and the `include` value 'message.output_text.logprobs', but no `logprobs` boolean.",
    },
  ],
  confidence: 'high',
  rules: ['valid-top-logprobs'],
  last_checked: LAST_CHECKED,
};

export default entry;
