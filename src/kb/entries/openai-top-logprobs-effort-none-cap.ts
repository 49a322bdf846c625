import type { KbEntry } from '../types.js';
import { LAST_CHECKED, CAPTURE_GPT56_TERRA, DOC_PARAMETER_COMPATIBILITY } from '../sources.js';

const entry: KbEntry = {
  id: 'llm/openai-top-logprobs-effort-none-cap',
  title: '`top_logprobs` above 5 on a gpt-5.x model at reasoning effort `none`',
  signature: "Invalid value for 'top_logprobs': must be less than or equal to 5.",
  signatures: ["Invalid value for 'top_logprobs': must be less than or equal to 5."],
  regex: String.raw`Invalid value for 'top_logprobs': must be less than or equal to \d{1,3}`,
  http_status: 400,
  param: 'top_logprobs',
  code: null,
  root_cause:
    'On gpt-5.1 and later general models (not the codex, pro or chat-latest variants) reasoning effort `none` turns ' +
    'reasoning off, and the request may then ask for logprobs, but only up to 5 alternatives per token instead of the ' +
    '20 that gpt-4o and gpt-4.1 allow. The effort that applies is the one written in the request (`reasoning_effort`, ' +
    'or `reasoning.effort` on Responses) or else the model default: gpt-5.1 and gpt-5.4 default to `none`, so ' +
    '`top_logprobs: 10` fails there without any effort written. Code moved from gpt-4.1 to gpt-5.x, or a shared ' +
    'scoring helper that always asks for 20 alternatives, hits it. The cap comes from one capture (gpt-5.6-terra, ' +
    'Chat Completions); its value on other gpt-5.x models and on the Responses API is an inference (medium confidence).',
  workarounds: [
    {
      action: 'Ask for at most 5 alternatives on gpt-5.x at effort `none`.',
      how: "await client.chat.completions.create({ model: 'gpt-5.1', reasoning_effort: 'none', messages, logprobs: true, top_logprobs: 5 });",
    },
    {
      action: 'Send requests that need more alternatives to a model that allows 20 (gpt-4.1, gpt-4o).',
      how: "await client.chat.completions.create({ model: 'gpt-4.1', messages, logprobs: true, top_logprobs: 20 });",
    },
  ],
  dead_ends: [
    {
      action: 'Raising the reasoning effort to get more alternatives.',
      why_fails: 'With reasoning on, these models refuse logprobs altogether (`llm/openai-reasoning-model-logprobs`).',
    },
  ],
  official_doc_url: DOC_PARAMETER_COMPATIBILITY,
  evidence: [
    {
      url: CAPTURE_GPT56_TERRA,
      note: "A 2026-08-30 capture on gpt-5.6-terra: `{ logprobs: true, reasoning_effort: 'none', top_logprobs: 21 }` gets this message (`code: null`), while `top_logprobs: 5` is accepted.",
    },
  ],
  confidence: 'medium',
  rules: ['valid-top-logprobs'],
  last_checked: LAST_CHECKED,
};

export default entry;
