import type { KbEntry } from '../types.js';
import { LAST_CHECKED, CAPTURE_GPT56_TERRA, DOC_PARAMETER_COMPATIBILITY, DOC_DEPRECATIONS } from '../sources.js';

const entry: KbEntry = {
  id: 'llm/openai-reasoning-model-logprobs',
  title: '`logprobs` or `top_logprobs` sent to a reasoning model',
  signature: 'You are not allowed to request logprobs from this model',
  signatures: [
    'You are not allowed to request logprobs from this model',
    "Unsupported parameter: 'logprobs' is not supported with this model.",
    'logprobs are not supported with reasoning models',
  ],
  regex: String.raw`not allowed to request logprobs|Unsupported parameter: '(?:top_)?logprobs' is not supported with this model|logprobs are not supported with reasoning models`,
  http_status: 403,
  param: null,
  root_cause:
    'Models that reason before answering do not return token log-probabilities, and the API refuses the request ' +
    'instead of ignoring the parameter. How it refuses depends on the family: o3 and o4-mini and the original gpt-5, ' +
    'gpt-5-mini and gpt-5-nano answer HTTP 403 "You are not allowed to request logprobs from this model" ' +
    '(`invalid_request_error`, `param: null`; a community thread reports the same for gpt-5-chat-latest); gpt-5.4 ' +
    "and later answer 400 `Unsupported parameter: 'logprobs' is not supported with this model.` " +
    '(`unsupported_parameter`) while reasoning is on; the Responses API (`top_logprobs` or ' +
    "`include: ['message.output_text.logprobs']`) answers \"logprobs are not supported with reasoning models\". " +
    'What decides is the reasoning effort that applies, the one in the request or else the model default: on ' +
    'gpt-5.1 and later (not the codex, pro or chat-latest variants) effort `none` turns reasoning off and logprobs ' +
    "are accepted, with `top_logprobs` capped at 5 (\"Invalid value for 'top_logprobs': must be less than or equal " +
    'to 5."). gpt-5.1 defaults to `none`, gpt-5.5 to `medium`, so the same body can pass on one and fail on the ' +
    'other. Whether `logprobs: false` is also refused is not known.',
  workarounds: [
    {
      action: 'Remove `logprobs` and `top_logprobs` from requests to reasoning models.',
      how: 'const { logprobs, top_logprobs, ...body } = params;\nawait client.chat.completions.create(body);',
    },
    {
      action: 'On gpt-5.1 or later, turn reasoning off when you need probabilities, and ask for at most 5 alternatives.',
      how: "await client.chat.completions.create({ model: 'gpt-5.1', reasoning_effort: 'none', logprobs: true, top_logprobs: 5, messages });",
    },
    {
      action: 'Send scoring and classification calls that need probabilities to a non-reasoning model.',
      how: "await client.chat.completions.create({ model: 'gpt-4.1-mini', logprobs: true, top_logprobs: 20, messages });",
    },
    {
      action: 'On the Responses API, request output logprobs only when the effort that applies is `none`.',
      how:
        "const include = effort === 'none' ? ['message.output_text.logprobs'] : [];\n" +
        "await client.responses.create({ model, input, reasoning: { effort }, include });",
    },
  ],
  dead_ends: [
    {
      action: "Lowering the effort to 'low' or 'minimal'.",
      why_fails: 'The model still reasons; only `none`, on models that support it, lets logprobs through.',
    },
    {
      action: 'Moving the call from Chat Completions to the Responses API.',
      why_fails: 'The refusal belongs to the model; Responses answers with "logprobs are not supported with reasoning models".',
    },
    {
      action: 'Treating the 403 as a key, project or organization permission problem.',
      why_fails: 'It is a capability refusal for that model; a new key, a retry or a different organization gets the same answer.',
    },
    {
      action: 'Sending `logprobs: false` instead of removing the key.',
      why_fails: 'Whether the API accepts the key at its default value on these models is unknown; removing it is the only safe edit.',
    },
  ],
  official_doc_url: DOC_PARAMETER_COMPATIBILITY,
  evidence: [
    {
      url: 'https://github.com/confident-ai/deepeval/pull/2184',
      note: 'Adds o4-mini to the list of models answering 403 "You are not allowed to request logprobs from this model".',
    },
    {
      url: 'https://community.openai.com/t/you-are-not-allowed-to-request-logprobs-from-this-model-gpt-5-chat-latest/1341462',
      note: 'Community reports of the 403 text on gpt-5, gpt-5-mini, gpt-5-nano and gpt-5-chat-latest.',
    },
    {
      url: 'https://github.com/TOSUKUi/jev-bridge',
      note: "README notes: o4-mini and gpt-5-nano refuse logprobs, the Responses API says 'logprobs are not supported with reasoning models', and effort 'low' still refuses.",
    },
    {
      url: CAPTURE_GPT56_TERRA,
      note: "A 2026-08-30 capture on gpt-5.6-terra: `logprobs: true` while reasoning gives 400 unsupported_parameter; at effort 'none' it is accepted and `top_logprobs` is capped at 5.",
    },
    {
      url: 'https://community.openai.com/t/developer-role-not-accepted-for-o1-o1-mini-o3-mini/1110750/7',
      note: 'A community parameter matrix listing logprobs as unsupported on o1, o1-preview, o1-mini and o3-mini.',
    },
    {
      url: DOC_DEPRECATIONS,
      note: 'OpenAI deprecations page: o1-preview, o1-mini, o1, o3-mini and o4-mini are shut down.',
    },
  ],
  confidence: 'high',
  rules: ['no-unsupported-logprobs'],
  seed_correction:
    'The seed document places this on o1 and o1-mini and quotes a 400 with "\'logprobs\' is not supported for this ' +
    "model. 'logprobs' can only be set to 'true' for 'gpt-4o', 'gpt-4o-mini', 'gpt-4.1', and 'gpt-4.1-mini'.\" " +
    '(param `logprobs`, code `invalid_parameter_value`). No primary capture of that text was found, and the whole ' +
    'o1 family is shut down (o1-preview 2025-07-28, o1-mini 2025-10-27, o1 2026-10-23), so such calls now fail on ' +
    'the model name first. The captured refusals are the 403 "You are not allowed to request logprobs from this ' +
    "model\" (o3, o4-mini, gpt-5 originals), the 400 \"Unsupported parameter: 'logprobs' is not supported with this " +
    'model." (gpt-5.4 and later while reasoning) and the Responses message "logprobs are not supported with reasoning ' +
    "models\". The seed also misses that `reasoning_effort: 'none'` lets logprobs through on gpt-5.1 and later.",
  last_checked: LAST_CHECKED,
};

export default entry;
