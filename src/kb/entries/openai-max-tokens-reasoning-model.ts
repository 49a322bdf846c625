import type { KbEntry } from '../types.js';
import { LAST_CHECKED, CAPTURE_GPT56_TERRA, DOC_CHAT_CREATE, SDK_CHAT_TYPES } from '../sources.js';

const entry: KbEntry = {
  id: 'llm/openai-max-tokens-reasoning-model',
  title: '`max_tokens` sent to a reasoning model instead of `max_completion_tokens`',
  signature:
    "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
  signatures: [
    "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
  ],
  regex: String.raw`Unsupported parameter: 'max_tokens' is not supported with this model`,
  http_status: 400,
  param: 'max_tokens',
  code: 'unsupported_parameter',
  root_cause:
    '`max_tokens` is the old output cap, which counted only the visible answer. Reasoning models also spend hidden ' +
    'reasoning tokens, so the API wants `max_completion_tokens`, which caps both, and refuses `max_tokens` on every ' +
    'o-series and gpt-5-or-later reasoning model. The SDK marks `max_tokens` as deprecated for all models, and ' +
    '`max_completion_tokens` works on non-reasoning OpenAI models too, so renaming is safe on the OpenAI API (check ' +
    'first when the client points at another provider through `baseURL`). The Responses API uses `max_output_tokens`.',
  workarounds: [
    {
      action: 'Rename the parameter to `max_completion_tokens`.',
      how: "await client.chat.completions.create({ model: 'o3', max_completion_tokens: 4000, messages });",
    },
    {
      action: 'Size the new budget for reasoning as well as the answer, using the reported reasoning token count.',
      how: 'console.log(completion.usage?.completion_tokens_details?.reasoning_tokens, completion.choices[0].finish_reason);',
    },
    {
      action: 'On the Responses API, use `max_output_tokens`.',
      how: 'await client.responses.create({ model, input, max_output_tokens: 4000 });',
    },
  ],
  dead_ends: [
    {
      action: 'Sending `max_tokens` and `max_completion_tokens` together.',
      why_fails: 'The refusal is about `max_tokens` being present, so adding the new key beside it does not help.',
    },
    {
      action: 'Renaming but keeping a small cap such as 256.',
      why_fails: 'Reasoning can use the whole budget, leaving empty content with `finish_reason: "length"`.',
    },
    {
      action: 'Following a lint rule that insists on `max_tokens` (for example Semgrep `openai-missing-max-tokens`).',
      why_fails: 'It pushes the code toward the very parameter reasoning models refuse.',
    },
  ],
  official_doc_url: DOC_CHAT_CREATE,
  evidence: [
    {
      url: 'https://github.com/vercel/ai/blob/main/packages/openai/src/chat/__fixtures__/reasoning-model-legacy-parameter-error.json',
      note: 'A recorded API error fixture with this message for a reasoning model.',
    },
    {
      url: CAPTURE_GPT56_TERRA,
      note: 'A 2026-08-30 capture on gpt-5.6-terra: `max_tokens` gets this message with `code: unsupported_parameter`.',
    },
    {
      url: SDK_CHAT_TYPES,
      note: 'The SDK marks `max_tokens` as deprecated and says it does not work with o-series models.',
    },
    {
      url: 'https://github.com/semgrep/semgrep-rules',
      note: 'The `openai-missing-max-tokens` rule asks for `max_tokens` and does not accept `max_completion_tokens`.',
    },
  ],
  confidence: 'high',
  rules: ['no-unsupported-max-tokens'],
  last_checked: LAST_CHECKED,
};

export default entry;
