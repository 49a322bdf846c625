import type { KbEntry } from '../types.js';
import { ADDENDUM_CHECKED, DOC_PARAMETER_COMPATIBILITY } from '../sources.js';

const FORUM_MATRIX =
  'https://community.openai.com/t/request-for-compatibility-matrix-reasoning-effort-sampling-parameters-across-gpt-5-series/1371738';

const entry: KbEntry = {
  id: 'llm/openai-reasoning-effort-unsupported',
  title: 'A reasoning effort the model does not accept (`reasoning_effort` / `reasoning.effort`)',
  signature:
    "Unsupported value: 'reasoning_effort' does not support 'max' with this model. Supported values are: 'none', 'low', 'medium', 'high', and 'xhigh'.",
  signatures: [
    "Unsupported value: 'reasoning_effort' does not support 'max' with this model. Supported values are: 'none', 'low', 'medium', 'high', and 'xhigh'.",
  ],
  regex: String.raw`Unsupported value: '(?:reasoning_effort|reasoning\.effort)' does not support '?[\w-]{1,20}'? with this model`,
  http_status: 400,
  param: 'reasoning_effort',
  code: 'unsupported_value',
  root_cause:
    'Each reasoning model accepts its own set of efforts, and the set changed from one release to the next: `minimal` exists only on ' +
    'the original gpt-5, gpt-5-mini and gpt-5-nano; `none` arrived with gpt-5.1 and is absent from the o-series, the codex models and ' +
    'GPT-6.2 (which rejects `none` and `minimal`); `xhigh` arrived with gpt-5.1-codex-max and gpt-5.2; `max` with gpt-5.6 and GPT-6. ' +
    'Code written for one model and moved to another (or a shared helper that always sends the same effort) sends an effort the new ' +
    'model refuses. Separately, `max` is reported to work only on the Responses API: on Chat Completions the ceiling is `xhigh` ' +
    '(medium confidence: the Vercel AI SDK filters `max` out of Chat requests, and a provider notice says the same). Only the text ' +
    "quoted above is known; the Responses wording (`'reasoning.effort'`) and the exact text of the `max`-on-Chat refusal are not.",
  workarounds: [
    {
      action: 'Send an effort the model lists (the lint message names them), or leave the effort out to get the model default.',
      how: "await client.chat.completions.create({ model: 'o3', reasoning_effort: 'low', messages });",
    },
    {
      action: 'For effort `max`, call the Responses API.',
      how: "await client.responses.create({ model: 'gpt-5.6-sol', reasoning: { effort: 'max' }, input });",
    },
  ],
  dead_ends: [
    {
      action: 'Sending `none` to an o-series or codex model to turn reasoning off.',
      why_fails: 'These models always reason and have no `none`; the lowest effort they accept is `low`.',
    },
  ],
  official_doc_url: DOC_PARAMETER_COMPATIBILITY,
  evidence: [
    {
      url: FORUM_MATRIX,
      note: 'The community compatibility matrix lists the efforts each gpt-5.x and o-series model accepts.',
    },
    {
      url: 'https://www.npmjs.com/package/@ai-sdk/openai/v/4.0.118',
      note: "`src/openai-model-catalog.ts` keeps per-model effort lists, and the chat model drops `max` with the comment `// Only the Responses API supports 'max'.`",
    },
  ],
  confidence: 'medium',
  rules: ['valid-reasoning-effort'],
  last_checked: ADDENDUM_CHECKED,
};

export default entry;
