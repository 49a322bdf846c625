import rule from '../../rules/no-unsupported-max-tokens.js';
import { jsRuleTester, ruleTester } from '../rule-tester.js';

const header = "import OpenAI from 'openai';\nconst client = new OpenAI();\n";

ruleTester.run('no-unsupported-max-tokens', rule, {
  valid: [
    // Non-reasoning models accept max_tokens.
    `${header}client.chat.completions.create({ model: 'gpt-4.1', max_tokens: 100, messages: [] });`,
    // Already the right parameter.
    `${header}client.chat.completions.create({ model: 'o3', max_completion_tokens: 100, messages: [] });`,
    // Unknown model: never an error.
    `${header}declare const model: string;\nclient.chat.completions.create({ model, max_tokens: 100, messages: [] });`,
    `${header}client.chat.completions.create({ model: 'my-custom-model', max_tokens: 100, messages: [] });`,
    // null / undefined are not sent.
    `${header}client.chat.completions.create({ model: 'o3', max_tokens: undefined, messages: [] });`,
    `${header}client.chat.completions.create({ model: 'o3', max_tokens: null, messages: [] });`,
    // Azure: model is a deployment name.
    "import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\naz.chat.completions.create({ model: 'o3', max_tokens: 100, messages: [] });",
    // Responses API is another rule's business.
    `${header}client.responses.create({ model: 'o3', max_tokens: 100, input: 'hi' });`,
    // Not a request: a mock.
    `${header}client.chat.completions.create.mockResolvedValue({ model: 'o3', max_tokens: 1 });`,
    // An unrelated method name.
    `${header}client.chat.completions.list({ model: 'o3', max_tokens: 1 });`,
    // Whole body unknown.
    `${header}declare const body: any;\nclient.chat.completions.create(body);`,
    // No argument at all does not crash.
    `${header}client.chat.completions.create();`,
    // Effort none still... max_tokens is rejected regardless, but model unknown here.
    `${header}client.chat.completions.create({ model: process.env.MODEL ?? undefined, max_tokens: 5, messages: [] });`,
  ],
  invalid: [
    {
      // Inline literal: autofix rename.
      code: `${header}client.chat.completions.create({ model: 'o3', max_tokens: 100, messages: [] });`,
      output: `${header}client.chat.completions.create({ model: 'o3', max_completion_tokens: 100, messages: [] });`,
      errors: [{ messageId: 'maxTokens', data: { param: 'max_tokens', via: '', model: 'o3' }, line: 3, column: 47, endColumn: 62 }],
    },
    {
      // Snapshot and string key.
      code: `${header}client.chat.completions.create({ model: 'gpt-5-2025-08-07', 'max_tokens': 100, messages: [] });`,
      output: `${header}client.chat.completions.create({ model: 'gpt-5-2025-08-07', 'max_completion_tokens': 100, messages: [] });`,
      errors: [{ messageId: 'maxTokens', data: { param: 'max_tokens', via: '', model: 'gpt-5-2025-08-07' } }],
    },
    {
      // Shorthand property.
      code: `${header}const max_tokens = 100;\nclient.chat.completions.create({ model: 'gpt-5', max_tokens, messages: [] });`,
      output: `${header}const max_tokens = 100;\nclient.chat.completions.create({ model: 'gpt-5', max_completion_tokens: max_tokens, messages: [] });`,
      errors: [{ messageId: 'maxTokens' }],
    },
    {
      // Body in a const used only here: still local, autofix.
      code: `${header}const params = { model: 'o3' as const, max_tokens: 100, messages: [] };\nawait client.chat.completions.create(params);`,
      output: `${header}const params = { model: 'o3' as const, max_completion_tokens: 100, messages: [] };\nawait client.chat.completions.create(params);`,
      errors: [{ messageId: 'maxTokens', line: 3 }],
    },
    {
      // Shared base object used twice: reported at each call, no fix.
      code: `${header}const base = { model: 'o3', max_tokens: 100 };\nclient.chat.completions.create({ ...base, messages: [] });\nclient.chat.completions.create({ ...base, messages: [], n: 2 });`,
      output: null,
      errors: [
        { messageId: 'maxTokens', line: 4, suggestions: [] },
        { messageId: 'maxTokens', line: 5, suggestions: [] },
      ],
    },
    {
      // Model known on one path only: report, suggestion only.
      code: `${header}declare const deep: boolean;\nclient.chat.completions.create({ model: deep ? 'o3' : 'gpt-4.1', max_tokens: 100, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'maxTokens',
          data: { param: 'max_tokens', via: '', model: 'o3' },
          suggestions: [
            {
              messageId: 'rename',
              output: `${header}declare const deep: boolean;\nclient.chat.completions.create({ model: deep ? 'o3' : 'gpt-4.1', max_completion_tokens: 100, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // Both present: suggest removing max_tokens.
      code: `${header}client.chat.completions.create({ model: 'o3', max_tokens: 100, max_completion_tokens: 200, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'maxTokens',
          suggestions: [
            {
              messageId: 'remove',
              output: `${header}client.chat.completions.create({ model: 'o3', max_completion_tokens: 200, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // Receivers: this.client, optional chaining, computed keys, casts, awaited factory.
      code: `${header}class S { client = new OpenAI(); run() { return this.client?.chat?.completions?.['create']({ model: 'o4-mini', max_tokens: 1 }); } }`,
      output: `${header}class S { client = new OpenAI(); run() { return this.client?.chat?.completions?.['create']({ model: 'o4-mini', max_completion_tokens: 1 }); } }`,
      errors: [{ messageId: 'maxTokens' }],
    },
    {
      code: `declare function getClient(): Promise<any>;\n(await getClient()).chat.completions.parse({ model: \`o3\`, max_tokens: 1 } satisfies object);`,
      output: `declare function getClient(): Promise<any>;\n(await getClient()).chat.completions.parse({ model: \`o3\`, max_completion_tokens: 1 } satisfies object);`,
      errors: [{ messageId: 'maxTokens' }],
    },
    {
      code: `${header}const completions = client.chat.completions;\ncompletions.stream({ model: 'o3', max_tokens: 1 });`,
      output: `${header}const completions = client.chat.completions;\ncompletions.stream({ model: 'o3', max_completion_tokens: 1 });`,
      errors: [{ messageId: 'maxTokens' }],
    },
    {
      code: `${header}(client as any).beta.chat.completions.runTools({ model: 'gpt-5-mini', tools: [], max_tokens: 1 });`,
      output: `${header}(client as any).beta.chat.completions.runTools({ model: 'gpt-5-mini', tools: [], max_completion_tokens: 1 });`,
      errors: [{ messageId: 'maxTokens' }],
    },
    {
      // Model from an enum, a const object member and a ?? default.
      code: `enum M { Fast = 'gpt-4.1', Deep = 'o3' }\ndeclare const client: any;\nclient.chat.completions.create({ model: M.Deep, max_tokens: 1 });`,
      output: `enum M { Fast = 'gpt-4.1', Deep = 'o3' }\ndeclare const client: any;\nclient.chat.completions.create({ model: M.Deep, max_completion_tokens: 1 });`,
      errors: [{ messageId: 'maxTokens' }],
    },
    {
      code: `const MODELS = { deep: 'o3' } as const;\ndeclare const client: any;\nclient.chat.completions.create({ model: MODELS.deep, max_tokens: 1 });`,
      output: `const MODELS = { deep: 'o3' } as const;\ndeclare const client: any;\nclient.chat.completions.create({ model: MODELS.deep, max_completion_tokens: 1 });`,
      errors: [{ messageId: 'maxTokens' }],
    },
    {
      // A possibly-unknown model (`??` with an unknown left side) only suggests.
      code: `declare const client: any;\nclient.chat.completions.create({ model: process.env.MODEL ?? 'o3', max_tokens: 1 });`,
      output: null,
      errors: [{ messageId: 'maxTokens', suggestions: [{ messageId: 'rename', output: `declare const client: any;\nclient.chat.completions.create({ model: process.env.MODEL ?? 'o3', max_completion_tokens: 1 });` }] }],
    },
    {
      // A comment inside the property: still renamed (only the key changes).
      code: `declare const client: any;\nclient.chat.completions.create({ model: 'o3', max_tokens: /* budget */ 1 });`,
      output: `declare const client: any;\nclient.chat.completions.create({ model: 'o3', max_completion_tokens: /* budget */ 1 });`,
      errors: [{ messageId: 'maxTokens' }],
    },
    {
      // Fine-tune of a reasoning model.
      code: `declare const client: any;\nclient.chat.completions.create({ model: 'ft:o4-mini-2025-04-16:org::abc', max_tokens: 1 });`,
      output: `declare const client: any;\nclient.chat.completions.create({ model: 'ft:o4-mini-2025-04-16:org::abc', max_completion_tokens: 1 });`,
      errors: [{ messageId: 'maxTokens' }],
    },
  ],
});

jsRuleTester.run('no-unsupported-max-tokens (CommonJS)', rule, {
  valid: ["const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o', max_tokens: 1 });"],
  invalid: [
    {
      code: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'o3', max_tokens: 1 });",
      output: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'o3', max_completion_tokens: 1 });",
      errors: [{ messageId: 'maxTokens' }],
    },
  ],
});

// Values across functions: a local function's parameter takes the arguments of its calls in the file.
const ask = `${header}function ask(model: string) {\n  return client.chat.completions.create({ model, max_tokens: 5, messages: [] });\n}\n`;
const asked = (calls: string) => `${ask}${calls}`;
const renamed = (calls: string) => asked(calls).replace('max_tokens', 'max_completion_tokens');

ruleTester.run('no-unsupported-max-tokens (values across functions)', rule, {
  valid: [
    asked("ask('gpt-4.1');\nask('gpt-4o');"),
    // Exported: called from elsewhere with anything.
    `${header}export function ask(model: string) {\n  return client.chat.completions.create({ model, max_tokens: 5, messages: [] });\n}\nask('o3');`,
    // Passed around as a value.
    `${ask}ask('o3');\n['x'].forEach(ask);`,
    // `max_tokens` only from the call whose model accepts it.
    `${header}function ask(model: string, budget?: number) {\n  return client.chat.completions.create({ model, max_tokens: budget, messages: [] });\n}\nask('o3');\nask('gpt-4.1', 100);`,
  ],
  invalid: [
    {
      // Every call passes a reasoning model: certain, autofixed in the function body.
      code: asked("ask('o3');\nask('o1');"),
      output: renamed("ask('o3');\nask('o1');"),
      errors: [{ messageId: 'maxTokens', data: { param: 'max_tokens', model: 'o3` or `o1', via: ' from the calls at lines 6 and 7' }, line: 4, column: 50 }],
    },
    {
      // One call of two: a suggestion, naming that call.
      code: asked("ask('gpt-4.1');\nask('o3');"),
      output: null,
      errors: [
        {
          messageId: 'maxTokens',
          data: { param: 'max_tokens', model: 'o3', via: ' from the call at line 7' },
          suggestions: [{ messageId: 'rename', output: renamed("ask('gpt-4.1');\nask('o3');") }],
        },
      ],
    },
    {
      // The budget comes through the call that passes the reasoning model.
      code: `${header}const ask = (model: string, budget?: number) =>\n  client.chat.completions.create({ model, max_tokens: budget, messages: [] });\nask('gpt-4.1');\nask('o3', 100);`,
      output: null,
      errors: [
        {
          messageId: 'maxTokens',
          data: { param: 'max_tokens', model: 'o3', via: ' from the call at line 6' },
          suggestions: [
            {
              messageId: 'rename',
              output: `${header}const ask = (model: string, budget?: number) =>\n  client.chat.completions.create({ model, max_completion_tokens: budget, messages: [] });\nask('gpt-4.1');\nask('o3', 100);`,
            },
          ],
        },
      ],
    },
  ],
});

// The client by its imported binding, not its name: one case per import variant.
const body = "x.chat.completions.create({ model: 'o3', max_tokens: 5, messages: [] });";
const fixedBody = "x.chat.completions.create({ model: 'o3', max_completion_tokens: 5, messages: [] });";
const invalidWith = (setup: string, line: number) => ({
  code: `${setup}\n${body}`,
  output: `${setup}\n${fixedBody}`,
  errors: [{ messageId: 'maxTokens' as const, data: { param: 'max_tokens', via: '', model: 'o3' }, line, column: 42, endColumn: 55 }],
});

ruleTester.run('no-unsupported-max-tokens (client bindings)', rule, {
  valid: [
    // Azure, however it is imported: `model` is a deployment name.
    `import { AzureOpenAI as Az } from 'openai';\nconst x = new Az();\n${body}`,
    `import * as oa from 'openai';\nconst x = new oa.AzureOpenAI();\n${body}`,
    `import { AzureOpenAI } from 'openai/azure';\nconst x = new AzureOpenAI();\n${body}`,
    `import { AzureOpenAI } from 'openai';\nconst azureClient = new AzureOpenAI();\nconst x = azureClient;\n${body}`,
    `import { AzureOpenAI } from 'openai';\nclass MyAzure extends AzureOpenAI {}\nconst x = new MyAzure();\n${body}`,
    `import OpenAI from 'openai';\ndeclare const name: string;\nconst x = new OpenAI({ baseURL: \`https://\${name}.openai.azure.com/openai\` });\n${body}`,
    // Not an SDK client: a local class named OpenAI, a stub.
    `class OpenAI { chat = { completions: { create: async (b: unknown) => b } }; }\nconst x = new OpenAI();\n${body}`,
    `const x = { chat: { completions: { create: async (b: unknown) => b } } };\n${body}`,
    // The file imports no SDK and builds its own client object.
    `import { send } from './backend';\nconst x = { chat: { completions: { create: send } } };\n${body}`,
  ],
  invalid: [
    invalidWith("import { OpenAI as Client } from 'openai';\nconst x = new Client();", 3),
    invalidWith("import * as oa from 'openai';\nconst x = new oa.default();", 3),
    invalidWith("import { AzureOpenAI, OpenAI as Client } from 'openai';\nconst x = new Client();", 3),
    invalidWith("import OpenAI from 'openai';\nclass Mine extends OpenAI {}\nconst x = new Mine();", 4),
    invalidWith("import OpenAI from 'openai';\ndeclare const p: string;\nconst x = new OpenAI({ baseURL: `https://api.openai.com/${p}` });", 4),
    // An object the file does not fully show, in a file that imports the SDK: still a request.
    invalidWith("import OpenAI from 'openai';\nimport { send } from './backend';\nconst x = { chat: { completions: { create: send } } };", 4),
    {
      code: "import OpenAI from 'openai';\nconst client = new OpenAI();\nconst { completions } = client.chat;\ncompletions.create({ model: 'o3', max_tokens: 5, messages: [] });",
      output: "import OpenAI from 'openai';\nconst client = new OpenAI();\nconst { completions } = client.chat;\ncompletions.create({ model: 'o3', max_completion_tokens: 5, messages: [] });",
      errors: [{ messageId: 'maxTokens', data: { param: 'max_tokens', via: '', model: 'o3' }, line: 4, column: 35, endColumn: 48 }],
    },
  ],
});

jsRuleTester.run('no-unsupported-max-tokens (client bindings, CommonJS)', rule, {
  valid: [
    `const { AzureOpenAI: Az } = require('openai');\nconst x = new Az();\n${body}`,
    `const Az = require('openai').AzureOpenAI;\nconst x = new Az();\n${body}`,
    `const OpenAI = require('openai');\nconst x = new OpenAI.AzureOpenAI();\n${body}`,
  ],
  invalid: [
    invalidWith("const { OpenAI: Client } = require('openai');\nconst x = new Client();", 3),
    invalidWith("const Client = require('openai').default;\nconst x = new Client();", 3),
  ],
});
