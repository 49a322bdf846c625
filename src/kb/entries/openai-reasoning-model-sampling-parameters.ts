import type { KbEntry } from '../types.js';
import { LAST_CHECKED, CAPTURE_GPT56_TERRA, DOC_PARAMETER_COMPATIBILITY } from '../sources.js';

const entry: KbEntry = {
  id: 'llm/openai-reasoning-model-sampling-parameters',
  title: 'Sampling parameters (`temperature`, `top_p`, penalties, `stop`, `logit_bias`) sent to a reasoning model',
  signature:
    "Unsupported value: 'temperature' does not support 0.2 with this model. Only the default (1) value is supported.",
  signatures: [
    "Unsupported value: 'temperature' does not support 0.2 with this model. Only the default (1) value is supported.",
    "Unsupported parameter: 'temperature' is not supported with this model.",
    "Unsupported parameter: 'top_p' is not supported with this model.",
    "Unsupported parameter: 'frequency_penalty' is not supported with this model.",
    "Unsupported parameter: 'presence_penalty' is not supported with this model.",
    "Unsupported parameter: 'logit_bias' is not supported with this model.",
    "Unsupported parameter: 'stop' is not supported with this model.",
  ],
  regex: String.raw`Unsupported parameter: '(?:temperature|top_p|presence_penalty|frequency_penalty|logit_bias|stop)' is not supported with this model|Unsupported value: '(?:temperature|top_p|presence_penalty|frequency_penalty)' does not support [^\s']{1,40} with this model`,
  http_status: 400,
  param: 'temperature',
  code: 'unsupported_value',
  root_cause:
    'Reasoning models decode with fixed sampling settings while they reason, so the API refuses requests that try ' +
    'to change them: `temperature` other than 1 (o1 and gpt-5 word it as an unsupported value, o3-mini as an ' +
    'unsupported parameter), `top_p`, non-zero `presence_penalty` and `frequency_penalty`, and `logit_bias` and `stop` ' +
    'outright. Default values are accepted (`temperature: 1` is confirmed; `top_p: 1` and zero penalties are reported ' +
    'to pass). On gpt-5.1 and later (not codex, pro or chat-latest) the effort that applies decides: at `none`, ' +
    'written in the request or as the model default, temperature, top_p and the penalties are accepted, but `stop` ' +
    'and `logit_bias` are still refused. The error often comes from wrappers that send a default such as ' +
    '`temperature: 0` on every call.',
  workarounds: [
    {
      action: 'Leave sampling parameters out for reasoning models and steer with `reasoning_effort` (and `verbosity`) instead.',
      how:
        'const body = isReasoning(model)\n' +
        "  ? { model, messages, reasoning_effort: 'low' }\n" +
        '  : { model, messages, temperature: 0.2 };',
    },
    {
      action: "On gpt-5.1 or later, set `reasoning_effort: 'none'` when you really need temperature, top_p or penalties.",
      how: "await client.chat.completions.create({ model: 'gpt-5.1', reasoning_effort: 'none', temperature: 0.2, messages });",
    },
    {
      action: 'Replace `stop` sequences with post-processing or a structured output.',
      how: "const text = completion.choices[0].message.content ?? '';\nconst answer = text.split('END')[0];",
    },
    {
      action: 'Make wrappers send only the values the caller set.',
      how: '...(opts.temperature !== undefined && { temperature: opts.temperature })',
    },
  ],
  dead_ends: [
    {
      action: 'Sending `temperature: 0` for deterministic output.',
      why_fails: 'Only the default value 1 is accepted while the model reasons.',
    },
    {
      action: "Setting `reasoning_effort: 'none'` to keep `stop` or `logit_bias`.",
      why_fails: 'Those two stay refused at effort none; only temperature, top_p and the penalties are unlocked.',
    },
    {
      action: "Lowering the effort to 'low' or 'minimal' to unlock temperature.",
      why_fails: 'Any effort above none still reasons, so the parameters are still refused.',
    },
    {
      action: 'Moving to the Responses API to keep `stop`, `logit_bias` or the penalties.',
      why_fails: 'The Responses request has no such parameters at all; they are rejected as unknown there.',
    },
  ],
  official_doc_url: DOC_PARAMETER_COMPATIBILITY,
  evidence: [
    {
      url: 'https://github.com/cline/cline/issues/341',
      note: "A reasoning-model request with a non-default temperature answered with the unsupported_value message 'Only the default (1) value is supported'.",
    },
    {
      url: 'https://github.com/appatalks/eva-agent/issues/83',
      note: "o3-mini refuses temperature with the other wording, 'Unsupported parameter: 'temperature' is not supported with this model.'",
    },
    {
      url: CAPTURE_GPT56_TERRA,
      note: 'A 2026-08-30 capture on gpt-5.6-terra: temperature 0.5, both penalties, stop and logit_bias are refused; penalties pass at effort none while stop and logit_bias do not.',
    },
    {
      url: 'https://github.com/vercel/ai/issues/10932',
      note: "gpt-5.1 with reasoning_effort 'none' accepts sampling parameters that the Vercel AI SDK wrongly stripped.",
    },
    {
      url: 'https://community.openai.com/t/request-for-compatibility-matrix-reasoning-effort-sampling-parameters-across-gpt-5-series/1371738',
      note: 'A community matrix of supported efforts, default efforts and sampling parameters across the gpt-5 series.',
    },
    {
      url: DOC_PARAMETER_COMPATIBILITY,
      note: 'OpenAI documents per-model parameter compatibility, including what effort none unlocks.',
    },
  ],
  confidence: 'high',
  rules: ['no-unsupported-sampling-params'],
  last_checked: LAST_CHECKED,
};

export default entry;
