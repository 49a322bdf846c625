import type { KbEntry } from '../types.js';
import { LAST_CHECKED, DOC_CHAT_CREATE } from '../sources.js';

const entry: KbEntry = {
  id: 'llm/openai-search-preview-sampling-parameters',
  title: 'Sampling parameters sent to a `*-search-preview` model',
  signature: 'Model incompatible request arguments supplied: frequency_penalty, presence_penalty, temperature, top_p',
  signatures: ['Model incompatible request arguments supplied: frequency_penalty, presence_penalty, temperature, top_p'],
  regex: 'Model incompatible request arguments supplied',
  http_status: 400,
  root_cause:
    'gpt-4o-search-preview and gpt-4o-mini-search-preview search the web before answering and do not take ' +
    'caller-supplied sampling controls: a request carrying `temperature`, `top_p`, `presence_penalty` or ' +
    '`frequency_penalty` is refused with a 400 that lists the offending arguments (the list varies with what was ' +
    'sent). Chat front-ends and SDK wrappers that always send default sampling values trigger it most often. Several ' +
    'projects also report that these models take no `response_format` (less well attested).',
  workarounds: [
    {
      action: 'Leave the sampling parameters out when the model is a search-preview model.',
      how:
        'const isSearch = /-search-preview/.test(model);\n' +
        'const body = isSearch ? { model, messages, web_search_options: {} } : { model, messages, temperature };',
    },
    {
      action: 'Make wrapper defaults opt-in so nothing is sent unless the caller asked for it.',
      how: '...(opts.top_p !== undefined && { top_p: opts.top_p })',
    },
    {
      action: 'When you need sampling control and web results, use the web search tool of the Responses API with a regular model.',
      how: "await client.responses.create({ model: 'gpt-4.1', tools: [{ type: 'web_search' }], temperature: 0.2, input });",
    },
  ],
  dead_ends: [
    {
      action: 'Lowering temperature to 0 for more factual search answers.',
      why_fails: 'The refusal is about the parameter being present, whatever its value.',
    },
    {
      action: 'Switching between gpt-4o-search-preview and gpt-4o-mini-search-preview.',
      why_fails: 'Both search-preview models refuse the same arguments.',
    },
  ],
  official_doc_url: DOC_CHAT_CREATE,
  evidence: [
    {
      url: 'https://github.com/ChatGPTNextWeb/NextChat/issues/6569',
      note: 'A user report of this message from a gpt-4o search-preview model.',
    },
    {
      url: 'https://github.com/vercel/ai/pull/5647',
      note: 'The Vercel AI SDK started stripping temperature, top_p and the penalties for search-preview models.',
    },
    {
      url: 'https://github.com/vercel/ai/issues/5609',
      note: 'A temperature of 0 injected by default made every search-preview call fail.',
    },
  ],
  confidence: 'high',
  rules: ['no-unsupported-sampling-params'],
  last_checked: LAST_CHECKED,
};

export default entry;
