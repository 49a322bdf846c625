import type { KbEntry } from '../types.js';
import { LAST_CHECKED, CAPTURE_GPT56_TERRA, DOC_PREDICTED_OUTPUTS, DOC_DEPRECATIONS } from '../sources.js';

const entry: KbEntry = {
  id: 'llm/openai-predicted-outputs-limitations',
  title: 'Predicted Outputs (`prediction`) on an unsupported model or with parameters it cannot be combined with',
  signature: "Unsupported parameter: 'prediction' is not supported with this model.",
  signatures: ["Unsupported parameter: 'prediction' is not supported with this model."],
  regex: String.raw`Unsupported parameter: 'prediction' is not supported with this model`,
  http_status: 400,
  param: 'prediction',
  code: 'unsupported_parameter',
  root_cause:
    'Predicted Outputs (`prediction: { type: \'content\', content }`) speed up regenerating text that is mostly known ' +
    'in advance. OpenAI documents that it cannot be combined with `n` greater than 1, `logprobs`, `presence_penalty` ' +
    'or `frequency_penalty` above 0, audio output or any modality other than text, `max_completion_tokens`, or ' +
    '`tools`; and that only gpt-4o, gpt-4o-mini, gpt-4.1, gpt-4.1-mini and gpt-4.1-nano support it (gpt-4.1-nano is ' +
    'already shut down, the other four are scheduled for 2027-01-14). Other models, reasoning models included, ' +
    "answer `Unsupported parameter: 'prediction' is not supported with this model.`, which is the only captured " +
    'text. The messages for the parameter combinations have not been captured, so this entry cannot recognise ' +
    'them by text; the documented limitations themselves are well established.',
  workarounds: [
    {
      action: 'Send `prediction` only to a supported model and without the listed parameters.',
      how: "await client.chat.completions.create({ model: 'gpt-4.1-mini', messages, prediction: { type: 'content', content: originalCode } });",
    },
    {
      action: 'Drop `prediction` for calls that need logprobs, several choices, tools or penalties; it only saves latency.',
      how:
        'const body = needsLogprobs\n' +
        '  ? { model, messages, logprobs: true }\n' +
        "  : { model, messages, prediction: { type: 'content', content: draft } };",
    },
    {
      action: 'Remove `prediction` when moving a call to a reasoning or newer model.',
      how: 'const { prediction, ...rest } = body;\nawait client.chat.completions.create({ ...rest, model: newModel });',
    },
  ],
  dead_ends: [
    {
      action: 'Keeping small positive penalties such as 0.1.',
      why_fails: 'Any value above 0 is listed as unsupported; only 0 (or leaving them out) is compatible.',
    },
    {
      action: 'Asking for `n: 2` to choose the better of two predicted edits.',
      why_fails: 'More than one choice is not supported with Predicted Outputs.',
    },
    {
      action: 'Adding `prediction` to an o-series or gpt-5 call to speed up code edits.',
      why_fails: 'Those models refuse the parameter outright.',
    },
  ],
  official_doc_url: DOC_PREDICTED_OUTPUTS,
  evidence: [
    {
      url: DOC_PREDICTED_OUTPUTS,
      note: 'The official guide lists the limitations (n > 1, logprobs, penalties > 0, audio and non-text modalities, max_completion_tokens, tools) and the supported models.',
    },
    {
      url: CAPTURE_GPT56_TERRA,
      note: "A 2026-08-30 capture on gpt-5.6-terra: `prediction` gets 'Unsupported parameter: 'prediction' is not supported with this model.' with `code: unsupported_parameter`.",
    },
    {
      url: DOC_DEPRECATIONS,
      note: 'Shutdown dates for the supported models: gpt-4.1-nano on 2026-10-23, gpt-4o, gpt-4o-mini, gpt-4.1 and gpt-4.1-mini on 2027-01-14.',
    },
  ],
  confidence: 'medium',
  rules: ['valid-predicted-outputs'],
  last_checked: LAST_CHECKED,
};

export default entry;
