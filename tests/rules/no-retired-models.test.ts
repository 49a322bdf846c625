import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/no-retired-models.js';
import plugin from '../../index.js';
import { jsRuleTester, ruleTester } from '../rule-tester.js';

const header = "import OpenAI from 'openai';\nconst client = new OpenAI();\n";
const chat = (body: string): string => `${header}client.chat.completions.create(${body});`;
/** Every case pins the date it compares against, so the suite does not change with the calendar. */
const DATE = '2026-11-21';
const at = (date: string = DATE, extra: Record<string, unknown> = {}) => ({ openai: { date, ...extra } });
const settings = at();
const none = '';
/** Where the dates come from (`shutdownSource` of the catalog entries). */
const SDK = "openai@7.60.0 `ChatModel` \"Deprecated values\" block, and OpenAI's deprecations page";
const DEP = "OpenAI's deprecations page (copies of 2025-11 to 2026-11)";
const SETTINGS = '`settings.openai.models`';

ruleTester.run('no-retired-models', rule, {
  valid: [
    // Current models, and scheduled shutdowns (no-deprecated-models reports those).
    { code: chat("{ model: 'gpt-5.1', messages: [] }"), settings },
    { code: chat("{ model: 'gpt-5', messages: [] }"), settings },
    { code: chat("{ model: 'gpt-4o-2024-08-06', messages: [] }"), settings },
    { code: `${header}client.responses.create({ model: 'o3', input: 'hi' });`, settings },
    // Declared a model in settings: not reported as not served.
    { code: chat("{ model: 'gpt-5.1-mini', messages: [] }"), settings: at(DATE, { models: [{ id: 'gpt-5.1-mini', reasoning: true, logprobs: null, predictedOutputs: false }] }) },
    // The family's date does not apply to a snapshot with its own (gpt-4-0613 is gpt-4's: 2026-10-23).
    { code: chat("{ model: 'gpt-4-0613', messages: [] }"), settings: at('2026-04-01') },
    // `scheduled: false` is accepted (and does nothing).
    { code: chat("{ model: 'gpt-5', messages: [] }"), settings, options: [{ scheduled: false }] },
    // Before the shutdown day, with the date pinned earlier.
    { code: chat("{ model: 'o1', messages: [] }"), settings: at('2026-10-22') },
    { code: chat("{ model: 'chatgpt-4o-latest', messages: [] }"), settings: at('2026-02-16') },
    // Unknown values and unknown names are never reported.
    { code: `${header}declare const model: string;\nclient.chat.completions.create({ model, messages: [] });`, settings },
    { code: chat("{ model: process.env.MODEL, messages: [] }"), settings },
    { code: chat("{ model: 'my-custom-model', messages: [] }"), settings },
    { code: chat("{ model: 'gpt-4-0125-preview', messages: [] }"), settings: at('2026-03-25') },
    // Not typos: other versions, other families, provider prefixes, exact snapshot patterns.
    { code: chat("{ model: 'gpt-5.7', messages: [] }"), settings },
    { code: chat("{ model: 'gpt-4.2', messages: [] }"), settings },
    { code: chat("{ model: 'claude-3-5-sonnet', messages: [] }"), settings },
    { code: chat("{ model: 'openai/gpt-4o-mnii', messages: [] }"), settings },
    { code: chat("{ model: 'openai/gpt-4', messages: [] }"), settings },
    { code: chat("{ model: 'gpt-4o-2099-01-01', messages: [] }"), settings },
    { code: chat("{ model: 'gpt-4o-mini-tts', messages: [] }"), settings },
    // Fine-tunes have their own lifecycle.
    { code: chat("{ model: 'ft:gpt-3.5-turbo-0125:org::abc', messages: [] }"), settings },
    // Azure: `model` is a deployment name; compatible providers and look-alike SDKs have their own names.
    {
      code: "import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\naz.chat.completions.create({ model: 'o1', messages: [] });\naz.chat.completions.create({ model: 'gpt-4o-mnii', messages: [] });",
      settings,
    },
    {
      code: "import OpenAI from 'openai';\nconst groq = new OpenAI({ baseURL: 'https://api.groq.com/openai/v1' });\ngroq.chat.completions.create({ model: 'gpt-4', messages: [] });\ngroq.chat.completions.create({ model: 'gpt-4o-mnii', messages: [] });",
      settings,
    },
    {
      code: "import Groq from 'groq-sdk';\nconst groq = new Groq();\ngroq.chat.completions.create({ model: 'gpt-3.5-turbo', messages: [] });",
      settings,
    },
    // Not requests: mocks, other endpoints, other methods.
    { code: `${header}client.chat.completions.create.mockResolvedValue({ model: 'o1' });`, settings },
    { code: `${header}client.completions.create({ model: 'text-davinci-003', prompt: 'x' });`, settings },
    { code: `${header}client.embeddings.create({ model: 'text-embedding-ada-002', input: 'x' });`, settings },
    { code: `${header}client.models.retrieve('o1-mini');`, settings },
    // Malformed or unusual code does not crash.
    { code: `${header}client.chat.completions.create();`, settings },
    { code: `${header}declare const args: any[];\nclient.chat.completions.create(...args);`, settings },
    { code: `${header}client.chat.completions.create('o1');`, settings },
    { code: `${header}declare const body: any;\nclient.chat.completions.create({ ...body, messages: [] });`, settings },
    { code: chat("{ get model() { return 'o1'; }, messages: [] }"), settings },
    { code: chat("{ model() { return 'o1'; }, messages: [] }"), settings },
    { code: chat('{ model: 42, messages: [] }'), settings },
    // No settings at all: today's date, still silent for a current model.
    chat("{ model: 'gpt-5.1', messages: [] }"),
  ],
  invalid: [
    {
      // Inline literal, reported on the literal.
      code: chat("{ model: 'o1', messages: [] }"),
      settings,
      output: null,
      errors: [
        { messageId: 'shutDown', data: { model: 'o1', alias: none, date: '2026-10-23', source: SDK }, line: 3, column: 41, endColumn: 45, suggestions: [] },
      ],
    },
    {
      // Dated snapshot, Responses API, double quotes.
      code: `${header}client.responses.create({ model: "o1-2024-12-17", input: 'hi' });`,
      settings,
      output: null,
      errors: [{ messageId: 'shutDown', data: { model: 'o1-2024-12-17', alias: none, date: '2026-10-23', source: SDK } }],
    },
    {
      // The shutdown day itself counts as shut down.
      code: chat("{ model: 'gpt-5-mini', messages: [] }"),
      settings: at('2026-12-11'),
      output: null,
      errors: [
        {
          messageId: 'shutDown',
          data: { model: 'gpt-5-mini', alias: none, date: '2026-12-11', source: SDK },
          suggestions: [
            {
              messageId: 'replaceRetired',
              data: { model: 'gpt-5-mini', replacement: 'gpt-6.1-terra', source: "OpenAI's deprecations page as redesigned around 2026-11-22, medium-high confidence" },
              output: chat("{ model: 'gpt-6.1-terra', messages: [] }"),
            },
          ],
        },
      ],
    },
    {
      // Body in a const variable: reported on its `model` property.
      code: `${header}const params = { model: 'gpt-4', messages: [] };\nawait client.chat.completions.create(params);`,
      settings,
      output: null,
      errors: [{ messageId: 'shutDown', data: { model: 'gpt-4', alias: none, date: '2026-10-23', source: SDK }, line: 3, column: 18, endColumn: 32 }],
    },
    {
      // A base object shared by two calls: reported on each call's body.
      code: `${header}const base = { model: 'o1-mini' };\nclient.chat.completions.create({ ...base, messages: [] });\nclient.chat.completions.create({ ...base, n: 2, messages: [] });`,
      settings,
      output: null,
      errors: [
        { messageId: 'shutDown', data: { model: 'o1-mini', alias: none, date: '2025-10-27', source: SDK }, line: 4 },
        { messageId: 'shutDown', data: { model: 'o1-mini', alias: none, date: '2025-10-27', source: SDK }, line: 5 },
      ],
    },
    {
      // A base object used once.
      code: `${header}const base = { model: 'o1-mini' };\nclient.chat.completions.create({ ...base, messages: [] });`,
      settings,
      output: null,
      errors: [{ messageId: 'shutDown', line: 3 }],
    },
    {
      // Conditional spreads.
      code: `${header}declare const legacy: boolean;\nclient.chat.completions.create({ model: 'gpt-5.1', ...(legacy ? { model: 'o1' } : {}), messages: [] });`,
      settings,
      output: null,
      errors: [{ messageId: 'shutDown', data: { model: 'o1', alias: none, date: '2026-10-23', source: SDK }, line: 4 }],
    },
    {
      code: `${header}declare const legacy: boolean;\nclient.chat.completions.create({ model: 'gpt-5.1', ...(legacy && { model: 'o3-mini' }), messages: [] });`,
      settings,
      output: null,
      errors: [{ messageId: 'shutDown', data: { model: 'o3-mini', alias: none, date: '2026-10-23', source: SDK } }],
    },
    {
      // Shorthand property from a const.
      code: `${header}const model = 'gpt-4-32k';\nclient.chat.completions.create({ model, messages: [] });`,
      settings,
      output: null,
      errors: [{ messageId: 'shutDown', data: { model: 'gpt-4-32k', alias: none, date: '2025-06-06', source: SDK }, line: 4, column: 34, endColumn: 39 }],
    },
    {
      // Template literal, `as const`, `satisfies`, `as`, `!`.
      code: chat('{ model: `gpt-4-vision-preview`, messages: [] }'),
      settings,
      output: null,
      errors: [{ messageId: 'shutDown', data: { model: 'gpt-4-vision-preview', alias: none, date: '2024-12-06', source: SDK } }],
    },
    {
      code: chat("{ model: 'o4-mini' as const, messages: [] } satisfies object"),
      settings,
      output: null,
      errors: [{ messageId: 'shutDown', data: { model: 'o4-mini', alias: none, date: '2026-10-23', source: SDK } }],
    },
    {
      code: `${header}declare const name: string | undefined;\nclient.chat.completions.create({ model: ('gpt-4.5-preview' as string)!, messages: [] });`,
      settings,
      output: null,
      errors: [{ messageId: 'shutDown', data: { model: 'gpt-4.5-preview', alias: none, date: '2025-07-14', source: DEP } }],
    },
    {
      // TS enum member and a member of a const object: reported on the value written in the call.
      code: `enum Models { Old = 'gpt-4-turbo', New = 'gpt-5.1' }\ndeclare const client: any;\nclient.chat.completions.create({ model: Models.Old, messages: [] });`,
      settings,
      output: null,
      errors: [{ messageId: 'shutDown', data: { model: 'gpt-4-turbo', alias: none, date: '2026-10-23', source: SDK }, line: 3, column: 41, endColumn: 51 }],
    },
    {
      code: `const MODELS = { old: 'gpt-3.5-turbo-0125' } as const;\ndeclare const client: any;\nclient.chat.completions.create({ model: MODELS.old, messages: [] });`,
      settings,
      output: null,
      errors: [{ messageId: 'shutDown', data: { model: 'gpt-3.5-turbo-0125', alias: none, date: '2026-10-23', source: SDK } }],
    },
    {
      // `c ? a : b` and `a ?? b`: only the retired path is reported.
      code: `${header}declare const old: boolean;\nclient.chat.completions.create({ model: old ? 'o1' : 'gpt-5.1', messages: [] });`,
      settings,
      output: null,
      errors: [{ messageId: 'shutDown', data: { model: 'o1', alias: none, date: '2026-10-23', source: SDK }, line: 4, column: 47, endColumn: 51 }],
    },
    {
      code: chat("{ model: process.env.MODEL ?? 'o1-mini', messages: [] }"),
      settings,
      output: null,
      errors: [{ messageId: 'shutDown', data: { model: 'o1-mini', alias: none, date: '2025-10-27', source: SDK } }],
    },
    {
      // Receivers: optional chaining, computed keys, this.client, a same-file alias of completions, beta.
      code: `${header}client?.chat?.completions?.['create']({ ['model']: 'gpt-4-1106-preview', messages: [] });`,
      settings,
      output: null,
      errors: [{ messageId: 'shutDown', data: { model: 'gpt-4-1106-preview', alias: none, date: '2026-10-23', source: SDK } }],
    },
    {
      code: `${header}class Service { client = new OpenAI(); run() { return this.client.chat.completions.create({ model: 'o1-pro', messages: [] }); } }`,
      settings,
      output: null,
      errors: [{ messageId: 'shutDown', data: { model: 'o1-pro', alias: none, date: '2026-10-23', source: DEP } }],
    },
    {
      code: `${header}const completions = client.chat.completions;\ncompletions.stream({ model: 'gpt-4o-2024-05-13', messages: [] });`,
      settings,
      output: null,
      errors: [{ messageId: 'shutDown', data: { model: 'gpt-4o-2024-05-13', alias: none, date: '2026-10-23', source: SDK } }],
    },
    {
      code: `${header}client.beta.chat.completions.parse({ model: 'o1-preview', messages: [] });`,
      settings,
      output: null,
      errors: [{ messageId: 'shutDown', data: { model: 'o1-preview', alias: none, date: '2025-07-28', source: SDK } }],
    },
    {
      // Dated since the 2026-12-04 addendum (the SDK's "Deprecated values" block).
      code: chat("{ model: 'chatgpt-4o-latest', messages: [] }"),
      settings,
      output: null,
      errors: [{ messageId: 'shutDown', data: { model: 'chatgpt-4o-latest', alias: none, date: '2026-02-17', source: SDK } }],
    },
    {
      // An Azure deployment mapped to a catalog model: the rule applies, and names the alias.
      code: "import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\naz.chat.completions.create({ model: 'prod-chat', messages: [] });",
      settings: at(DATE, { modelAliases: { 'prod-chat': 'gpt-3.5-turbo' } }),
      output: null,
      errors: [
        {
          messageId: 'shutDown',
          data: { model: 'prod-chat', alias: ' (alias of `gpt-3.5-turbo`)', date: '2026-10-23', source: SDK },
          suggestions: [],
        },
      ],
    },
    {
      // A shutdown date and a replacement given in settings.openai.models: a suggestion, never an autofix.
      code: chat("{ model: 'gpt-4o', messages: [] }"),
      settings: at(DATE, { models: [{ id: 'gpt-4o', shutdown: '2026-11-01', replacement: 'gpt-5.1' }] }),
      output: null,
      errors: [
        {
          messageId: 'shutDown',
          data: { model: 'gpt-4o', alias: none, date: '2026-11-01', source: SETTINGS },
          suggestions: [
            {
              messageId: 'replaceRetired',
              data: { model: 'gpt-4o', replacement: 'gpt-5.1', source: '`settings.openai.models`' },
              output: chat("{ model: 'gpt-5.1', messages: [] }"),
            },
          ],
        },
      ],
    },
    {
      // A new model from settings, without a check date.
      code: chat("{ model: 'my-old-model', messages: [] }"),
      settings: at(DATE, { models: [{ id: 'my-old-model', reasoning: false, logprobs: null, predictedOutputs: false, shutdown: '2026-01-31', replacement: 'my-new-model' }] }),
      output: null,
      errors: [
        {
          messageId: 'shutDown',
          data: { model: 'my-old-model', alias: none, date: '2026-01-31', source: SETTINGS },
          suggestions: [
            {
              messageId: 'replaceRetired',
              data: { model: 'my-old-model', replacement: 'my-new-model', source: '`settings.openai.models`' },
              output: chat("{ model: 'my-new-model', messages: [] }"),
            },
          ],
        },
      ],
    },
    {
      // A model passed into a local function that sends the request: reported where it is written.
      code: `${header}async function ask(model: string) {\n  return client.chat.completions.create({ model, messages: [] });\n}\nask('o1-mini');`,
      settings,
      output: null,
      errors: [{ messageId: 'shutDown', data: { model: 'o1-mini', alias: none, date: '2025-10-27', source: SDK }, line: 6, column: 5 }],
    },
    {
      // Typos: a suggestion, never an autofix; the quote style is kept.
      code: chat("{ model: 'gpt-4o-mnii', messages: [] }"),
      settings,
      output: null,
      errors: [
        {
          messageId: 'typo',
          data: { model: 'gpt-4o-mnii', suggestion: 'gpt-4o-mini' },
          line: 3,
          column: 41,
          suggestions: [
            {
              messageId: 'replaceTypo',
              data: { model: 'gpt-4o-mnii', suggestion: 'gpt-4o-mini' },
              output: chat("{ model: 'gpt-4o-mini', messages: [] }"),
            },
          ],
        },
      ],
    },
    {
      code: chat('{ model: "gpt5.1", messages: [] }'),
      settings,
      output: null,
      errors: [
        {
          messageId: 'typo',
          data: { model: 'gpt5.1', suggestion: 'gpt-5.1' },
          suggestions: [{ messageId: 'replaceTypo', output: chat('{ model: "gpt-5.1", messages: [] }') }],
        },
      ],
    },
    {
      code: chat('{ model: `o3-mni`, messages: [] }'),
      settings,
      output: null,
      errors: [
        {
          messageId: 'typo',
          data: { model: 'o3-mni', suggestion: 'o3-mini' },
          suggestions: [{ messageId: 'replaceTypo', output: chat('{ model: `o3-mini`, messages: [] }') }],
        },
      ],
    },
    {
      // A typo'd snapshot keeps its date.
      code: chat("{ model: 'gpt-4o-mnii-2024-07-18', messages: [] }"),
      settings,
      output: null,
      errors: [
        {
          messageId: 'typo',
          data: { model: 'gpt-4o-mnii-2024-07-18', suggestion: 'gpt-4o-mini-2024-07-18' },
          suggestions: [{ messageId: 'replaceTypo', output: chat("{ model: 'gpt-4o-mini-2024-07-18', messages: [] }") }],
        },
      ],
    },
    {
      // A typo in a const outside the call: reported on the property, the suggestion edits the const.
      code: `${header}const MODEL = 'gpt-4.1-mnii';\nclient.chat.completions.create({ model: MODEL, messages: [] });`,
      settings,
      output: null,
      errors: [
        {
          messageId: 'typo',
          data: { model: 'gpt-4.1-mnii', suggestion: 'gpt-4.1-mini' },
          line: 4,
          column: 34,
          suggestions: [
            {
              messageId: 'replaceTypo',
              output: `${header}const MODEL = 'gpt-4.1-mini';\nclient.chat.completions.create({ model: MODEL, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // Two problems in one call: a retired model and a typo.
      code: `${header}declare const old: boolean;\nclient.chat.completions.create({ model: old ? 'o1' : 'gpt-4o-mnii', messages: [] });`,
      settings,
      output: null,
      errors: [
        { messageId: 'shutDown', data: { model: 'o1', alias: none, date: '2026-10-23', source: SDK }, column: 47 },
        {
          messageId: 'typo',
          column: 54,
          suggestions: [
            {
              messageId: 'replaceTypo',
              output: `${header}declare const old: boolean;\nclient.chat.completions.create({ model: old ? 'o1' : 'gpt-4o-mini', messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // Listed in the SDK but not served: the SDK's own words are the evidence.
      code: chat("{ model: 'gpt-5.1-mini', messages: [] }"),
      settings,
      output: null,
      errors: [
        {
          messageId: 'notServed',
          data: {
            model: 'gpt-5.1-mini',
            evidence: 'openai@7.60.0 `ChatModel` "Deprecated values": "Not a supported model ID. Retained for SDK compatibility."',
          },
        },
      ],
    },
    {
      // A shutdown date of Medium confidence: the message says the evidence.
      code: chat("{ model: 'gpt-5.3-codex', messages: [] }"),
      settings: at('2027-04-02'),
      output: null,
      errors: [
        {
          messageId: 'shutDown',
          data: {
            model: 'gpt-5.3-codex',
            alias: none,
            date: '2027-04-01',
            source:
              'the title of a dev.to post by Driftline ("OpenAI retires gpt-5.3-codex, gpt-5.1 and gpt-5.4-nano on 1 April 2027"); medium confidence: one secondary source, the title of a Driftline dev.to post; not in the SDK unions',
          },
        },
      ],
    },
    {
      // A snapshot with its own, earlier date than its family.
      code: chat("{ model: 'gpt-4-0314', messages: [] }"),
      settings: at('2026-04-01'),
      output: null,
      errors: [{ messageId: 'shutDown', data: { model: 'gpt-4-0314', alias: none, date: '2026-03-26', source: SDK } }],
    },
  ],
});

jsRuleTester.run('no-retired-models (CommonJS)', rule, {
  valid: [
    {
      code: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-5.1', messages: [] });",
      settings,
    },
  ],
  invalid: [
    {
      code: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-3.5-turbo', messages: [] });",
      settings,
      output: null,
      errors: [{ messageId: 'shutDown', data: { model: 'gpt-3.5-turbo', alias: none, date: '2026-10-23', source: SDK } }],
    },
  ],
});

describe('no-retired-models: the removed `scheduled` option', () => {
  const lint = (options: Record<string, unknown>) =>
    new Linter({ configType: 'flat' }).verify(chat("{ model: 'gpt-5', messages: [] }"), [
      { plugins: { openai: plugin }, rules: { 'openai/no-retired-models': ['error', options] }, settings },
    ]);

  it('stops ESLint with a message that names no-deprecated-models', () => {
    expect(() => lint({ scheduled: true })).toThrow(/`scheduled` and `withinDays` options of openai\/no-retired-models were removed.*openai\/no-deprecated-models/);
    expect(() => lint({ withinDays: 30 })).toThrow(/no-deprecated-models/);
  });

  it('accepts scheduled: false', () => {
    expect(lint({ scheduled: false })).toEqual([]);
  });
});
