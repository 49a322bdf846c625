import type { KbEntry } from '../types.js';
import { DOC_PARAMETER_COMPATIBILITY, LAST_CHECKED } from '../sources.js';

const entry: KbEntry = {
  id: 'llm/framework-setting-dropped',
  title: 'A framework drops a setting before the request (the Vercel AI SDK on reasoning models)',
  signature: 'The feature "temperature" is not supported. temperature is not supported for reasoning models',
  signatures: [
    'The feature "temperature" is not supported. temperature is not supported for reasoning models',
    'The feature "topP" is not supported. topP is not supported for reasoning models',
    'The feature "frequencyPenalty" is not supported. frequencyPenalty is not supported for reasoning models',
    'The feature "presencePenalty" is not supported. presencePenalty is not supported for reasoning models',
  ],
  regex: String.raw`The feature "[A-Za-z.]{1,40}" is not supported`,
  http_status: null,
  param: null,
  code: null,
  root_cause:
    'No request fails: the framework removes the setting before it sends the request and logs a warning ' +
    '(`AI SDK Warning (openai.chat / o3): ...`, also in `result.warnings`), so the setting silently does nothing. ' +
    'The Vercel AI SDK (`@ai-sdk/openai` 4.0.118) decides from the model id whether a model reasons, with its own ' +
    'patterns (`o<digits>`, `gpt-5` and later except the `-chat` variants): for those models it drops `temperature` ' +
    'and `topP` unless `providerOptions.openai.reasoningEffort` (or `reasoning`) is `none` on a model that allows ' +
    'sampling there; it drops the penalties and `logitBias` at every effort, and on Chat Completions also `logprobs`. ' +
    'The Responses API has no penalties, stop sequences or seed, so the SDK drops those too. On gpt-5.1, gpt-5.2 and ' +
    'gpt-5.4 the API default effort is `none`, which would accept `temperature`, yet the SDK drops it unless the ' +
    'effort `none` is written.',
  workarounds: [
    {
      action: 'Where the model allows sampling at effort `none` (gpt-5.1 to gpt-5.6), write that effort so the setting is sent.',
      how: "await generateText({ model: openai('gpt-5.1'), temperature: 0.2, providerOptions: { openai: { reasoningEffort: 'none' } }, prompt });",
    },
    { action: 'Otherwise remove the setting: the model does not use it.' },
  ],
  dead_ends: [
    {
      action: 'Passing the API parameter name in `providerOptions` (`top_logprobs`, `max_tokens`).',
      why_fails: 'The options are parsed with a schema that strips unknown keys silently (vercel/ai#7767).',
    },
  ],
  official_doc_url: DOC_PARAMETER_COMPATIBILITY,
  evidence: [
    {
      url: 'https://ai-sdk.dev/providers/ai-sdk-providers/openai',
      note: "The AI SDK's OpenAI provider page: `providerOptions.openai.reasoningEffort` and the settings reasoning models do not support.",
    },
    {
      url: 'https://github.com/vercel/ai/issues/10932',
      note: 'gpt-5.1 at effort `none` had `temperature` stripped; the fix keeps it only when the effort `none` is written.',
    },
    {
      url: 'https://github.com/docmost/docmost/issues/1783',
      note: 'Users of gpt-5.2 see the "temperature is not supported" warning without having set an effort.',
    },
    {
      url: 'https://github.com/vercel/ai/issues/7767',
      note: '`top_logprobs` passed in `providerOptions` is ignored without an error.',
    },
  ],
  confidence: 'high',
  rules: ['no-ignored-framework-settings'],
  last_checked: LAST_CHECKED,
};

export default entry;
