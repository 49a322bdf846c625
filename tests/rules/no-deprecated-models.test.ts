import rule from '../../rules/no-deprecated-models.js';
import { jsRuleTester, ruleTester } from '../rule-tester.js';

const header = "import OpenAI from 'openai';\nconst client = new OpenAI();\n";
const chat = (body: string): string => `${header}client.chat.completions.create(${body});`;
/** Every case pins the date it compares against, so the suite does not change with the calendar. */
const DATE = '2026-12-04';
const at = (date: string = DATE, extra: Record<string, unknown> = {}) => ({ openai: { date, ...extra } });
const settings = at();
const none = '';
const SDK = "openai@7.60.0 `ChatModel` \"Deprecated values\" block, and OpenAI's deprecations page";
const REDESIGNED = "OpenAI's deprecations page as redesigned around 2026-11-22, medium-high confidence";

ruleTester.run('no-deprecated-models', rule, {
  valid: [
    // No shutdown announced.
    { code: chat("{ model: 'gpt-5.5', messages: [] }"), settings },
    { code: chat("{ model: 'gpt-6.2-sol', messages: [] }"), settings },
    // Already shut down: no-retired-models reports it, not this rule.
    { code: chat("{ model: 'o1', messages: [] }"), settings },
    { code: chat("{ model: 'gpt-5', messages: [] }"), settings: at('2026-12-11') },
    // Further away than withinDays (gpt-5: 7 days; gpt-4o: 41 days).
    { code: chat("{ model: 'gpt-5', messages: [] }"), settings, options: [{ withinDays: 6 }] },
    { code: chat("{ model: 'gpt-4o', messages: [] }"), settings, options: [{ withinDays: 40 }] },
    // Unknown values, unknown names, fine-tunes, other providers.
    { code: `${header}declare const model: string;\nclient.chat.completions.create({ model, messages: [] });`, settings },
    { code: chat("{ model: 'my-custom-model', messages: [] }"), settings },
    { code: chat("{ model: 'ft:gpt-4o-mini:org::abc', messages: [] }"), settings },
    { code: "import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\naz.chat.completions.create({ model: 'gpt-4o', messages: [] });", settings },
    { code: "import OpenAI from 'openai';\nconst c = new OpenAI({ baseURL: 'https://api.groq.com/openai/v1' });\nc.chat.completions.create({ model: 'gpt-4o', messages: [] });", settings },
  ],
  invalid: [
    {
      // A framework call (LangChain): the suggestion replaces the model where the user wrote it.
      code: "import { ChatOpenAI } from '@langchain/openai';\nconst llm = new ChatOpenAI({ model: 'gpt-5' });",
      settings,
      output: null,
      errors: [
        {
          messageId: 'scheduledWithReplacement',
          suggestions: [{ messageId: 'replace', output: "import { ChatOpenAI } from '@langchain/openai';\nconst llm = new ChatOpenAI({ model: 'gpt-6.1-sol' });" }],
        },
      ],
    },
    {
      // The Vercel AI SDK: the model id inside `openai.chat(...)`.
      code: "import { generateText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\nawait generateText({ model: openai.chat('gpt-5'), prompt: 'Hi' });",
      settings,
      output: null,
      errors: [
        {
          messageId: 'scheduledWithReplacement',
          suggestions: [{ messageId: 'replace', output: "import { generateText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\nawait generateText({ model: openai.chat('gpt-6.1-sol'), prompt: 'Hi' });" }],
        },
      ],
    },
    {
      // A scheduled shutdown without a named replacement: no suggestion, never an autofix.
      code: chat("{ model: 'gpt-4.1', messages: [] }"),
      settings,
      output: null,
      errors: [{ messageId: 'scheduled', data: { model: 'gpt-4.1', alias: none, date: '2027-01-14', source: SDK }, suggestions: [] }],
    },
    {
      // The replacement a source names (Medium-High): in the message and as a suggestion, never an autofix.
      code: chat("{ model: 'gpt-5', messages: [] }"),
      settings,
      output: null,
      errors: [
        {
          messageId: 'scheduledWithReplacement',
          data: { model: 'gpt-5', alias: none, date: '2026-12-11', source: SDK, replacement: 'gpt-6.1-sol', replacementSource: REDESIGNED },
          suggestions: [
            {
              messageId: 'replace',
              data: { model: 'gpt-5', replacement: 'gpt-6.1-sol', source: REDESIGNED },
              output: chat("{ model: 'gpt-6.1-sol', messages: [] }"),
            },
          ],
        },
      ],
    },
    {
      // Snapshots share the family's date; a High replacement carries no confidence label.
      code: `${header}client.chat.completions.create({ model: "gpt-audio-mini-2025-12-15", messages: [] });`,
      settings,
      output: null,
      errors: [
        {
          messageId: 'scheduledWithReplacement',
          data: {
            model: 'gpt-audio-mini-2025-12-15',
            alias: none,
            date: '2027-01-20',
            source: SDK,
            replacement: 'gpt-audio-1.5',
            replacementSource: "OpenAI's deprecations page, notice of 2026-07-20 (legacy audio, realtime and transcription models)",
          },
          suggestions: [{ messageId: 'replace', output: `${header}client.chat.completions.create({ model: "gpt-audio-1.5", messages: [] });` }],
        },
      ],
    },
    {
      // gpt-5.1 and gpt-5.4-nano: 2027-04-01 (the SDK's block; no copy of the notice, so no replacement).
      code: `${header}declare const small: boolean;\nclient.responses.create({ model: small ? 'gpt-5.4-nano' : 'gpt-5.1-2025-11-13', input: 'hi' });`,
      settings,
      output: null,
      errors: [
        { messageId: 'scheduled', data: { model: 'gpt-5.4-nano', alias: none, date: '2027-04-01', source: SDK } },
        { messageId: 'scheduled', data: { model: 'gpt-5.1-2025-11-13', alias: none, date: '2027-04-01', source: SDK } },
      ],
    },
    {
      // A Medium date: the message says its evidence.
      code: chat("{ model: 'gpt-5.5-cyber-preview', messages: [] }"),
      settings,
      output: null,
      errors: [
        {
          messageId: 'scheduled',
          data: {
            model: 'gpt-5.5-cyber-preview',
            alias: none,
            date: '2027-02-01',
            source:
              "the w3cschool.cn translation of OpenAI's deprecations page (notice of 2026-11-05); medium confidence: one source: the w3cschool.cn translation of OpenAI's deprecations page (newest entry 2026-11-05)",
          },
        },
      ],
    },
    {
      // Within withinDays.
      code: chat("{ model: 'o3', messages: [] }"),
      settings,
      options: [{ withinDays: 7 }],
      output: null,
      errors: [
        {
          messageId: 'scheduledWithReplacement',
          suggestions: [{ messageId: 'replace', output: chat("{ model: 'gpt-6.1-sol', messages: [] }") }],
        },
      ],
    },
    {
      // An Azure deployment mapped to a catalog model: reported with the alias, no suggestion (the alias is the user's).
      code: "import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\naz.chat.completions.create({ model: 'prod-chat', messages: [] });",
      settings: at(DATE, { modelAliases: { 'prod-chat': 'gpt-5-mini' } }),
      output: null,
      errors: [
        {
          messageId: 'scheduledWithReplacement',
          data: { model: 'prod-chat', alias: ' (alias of `gpt-5-mini`)', date: '2026-12-11', source: SDK, replacement: 'gpt-6.1-terra', replacementSource: REDESIGNED },
          suggestions: [],
        },
      ],
    },
    {
      // A date and replacement from settings: the source says so.
      code: `${header}const MODEL = 'gpt-5.5';\nclient.chat.completions.create({ model: MODEL, messages: [] });`,
      settings: at(DATE, { models: [{ id: 'gpt-5.5', shutdown: '2027-06-01', replacement: 'gpt-6.2-sol' }] }),
      output: null,
      errors: [
        {
          messageId: 'scheduledWithReplacement',
          data: {
            model: 'gpt-5.5',
            alias: none,
            date: '2027-06-01',
            source: '`settings.openai.models`',
            replacement: 'gpt-6.2-sol',
            replacementSource: '`settings.openai.models`',
          },
          suggestions: [{ messageId: 'replace', output: `${header}const MODEL = 'gpt-6.2-sol';\nclient.chat.completions.create({ model: MODEL, messages: [] });` }],
        },
      ],
    },
  ],
});

jsRuleTester.run('no-deprecated-models (CommonJS)', rule, {
  valid: [{ code: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-5.5', messages: [] });", settings }],
  invalid: [
    {
      code: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o-mini', messages: [] });",
      settings,
      output: null,
      errors: [{ messageId: 'scheduled', data: { model: 'gpt-4o-mini', alias: none, date: '2027-01-14', source: SDK } }],
    },
  ],
});
