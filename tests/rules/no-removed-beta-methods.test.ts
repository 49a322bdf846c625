import rule from '../../rules/no-removed-beta-methods.js';
import { jsRuleTester, ruleTester } from '../rule-tester.js';

const header = "import OpenAI from 'openai';\nconst client = new OpenAI();\n";
const body = "{ model: 'gpt-4o', messages: [] }";
const v4 = { openai: { sdkVersion: 4 } };

ruleTester.run('no-removed-beta-methods', rule, {
  valid: [
    // The v5 paths.
    `${header}client.chat.completions.parse(${body});`,
    `${header}client.chat.completions.stream(${body});`,
    `${header}client.chat.completions.runTools({ model: 'gpt-4o', messages: [], tools: [] });`,
    `${header}client.chat.completions.create(${body});`,
    `${header}client.responses.parse({ model: 'gpt-4o', input: 'hi' });`,
    // A project pinned to openai v4: the beta paths and runFunctions exist there.
    { code: `${header}client.beta.chat.completions.parse(${body});`, settings: v4 },
    { code: `${header}client.beta.chat.completions.runFunctions({ model: 'gpt-4o', messages: [], functions: [] });`, settings: v4 },
    { code: `${header}client.beta.chat.completions.stream(${body});`, settings: { openai: { sdkVersion: '^4.77.0' } } },
    // Other beta namespaces are still there; they are not chat requests.
    `${header}client.beta.assistants.create({ model: 'gpt-4o' });`,
    `${header}client.beta.threads.runs.create('thread', { assistant_id: 'a' });`,
    `${header}client.beta.responses.create({});`,
    // Not calls of the method: mocks, references.
    `${header}client.beta.chat.completions.parse.mockResolvedValue({});`,
    `${header}const parse = client.chat.completions.parse;`,
    // Another SDK with the same call paths.
    "import Groq from 'groq-sdk';\nconst groq = new Groq();\ngroq.beta.chat.completions.parse({ model: 'llama', messages: [] });",
  ],
  invalid: [
    {
      // Inline call: autofix, reported on `beta`.
      code: `${header}await client.beta.chat.completions.parse(${body});`,
      output: `${header}await client.chat.completions.parse(${body});`,
      errors: [{ messageId: 'removedBeta', data: { method: 'parse' }, line: 3, column: 14, endColumn: 18 }],
    },
    {
      code: `${header}const stream = client.beta.chat.completions.stream({ model: 'gpt-4o', messages: [], stream: true });`,
      output: `${header}const stream = client.chat.completions.stream({ model: 'gpt-4o', messages: [], stream: true });`,
      errors: [{ messageId: 'removedBeta', data: { method: 'stream' } }],
    },
    {
      // this.client, a body in a variable, a spread argument: the body does not matter.
      code: `${header}class Agent { client = new OpenAI(); run(params: any) { return this.client.beta.chat.completions.runTools(params); } }`,
      output: `${header}class Agent { client = new OpenAI(); run(params: any) { return this.client.chat.completions.runTools(params); } }`,
      errors: [{ messageId: 'removedBeta', data: { method: 'runTools' } }],
    },
    {
      code: `${header}declare const args: any[];\nclient.beta.chat.completions.parse(...args);\nclient.beta.chat.completions.parse();`,
      output: `${header}declare const args: any[];\nclient.chat.completions.parse(...args);\nclient.chat.completions.parse();`,
      errors: [
        { messageId: 'removedBeta', line: 4 },
        { messageId: 'removedBeta', line: 5 },
      ],
    },
    {
      // Optional chaining is kept on the access that replaces `beta`.
      code: `${header}client?.beta?.chat?.completions?.parse(${body});`,
      output: `${header}client?.chat?.completions?.parse(${body});`,
      errors: [{ messageId: 'removedBeta' }],
    },
    {
      code: `${header}client.beta?.chat.completions.parse(${body});`,
      output: `${header}client?.chat.completions.parse(${body});`,
      errors: [{ messageId: 'removedBeta' }],
    },
    {
      code: `${header}client?.beta.chat.completions.parse(${body});`,
      output: `${header}client?.chat.completions.parse(${body});`,
      errors: [{ messageId: 'removedBeta' }],
    },
    {
      // Computed keys.
      code: `${header}client['beta']['chat']['completions']['parse'](${body});`,
      output: `${header}client['chat']['completions']['parse'](${body});`,
      errors: [{ messageId: 'removedBeta' }],
    },
    {
      code: `${header}client.beta?.["chat"].completions.stream(${body});`,
      output: `${header}client?.["chat"].completions.stream(${body});`,
      errors: [{ messageId: 'removedBeta' }],
    },
    {
      // Parenthesised or cast receivers.
      code: `declare function getClient(): Promise<any>;\n(await getClient()).beta.chat.completions.parse(${body});`,
      output: `declare function getClient(): Promise<any>;\n(await getClient()).chat.completions.parse(${body});`,
      errors: [{ messageId: 'removedBeta' }],
    },
    {
      code: `declare const client: unknown;\n(client as any).beta.chat.completions.parse(${body});`,
      output: `declare const client: unknown;\n(client as any).chat.completions.parse(${body});`,
      errors: [{ messageId: 'removedBeta' }],
    },
    {
      // Azure and compatible clients use the same SDK.
      code: `import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\naz.beta.chat.completions.parse(${body});`,
      output: `import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\naz.chat.completions.parse(${body});`,
      errors: [{ messageId: 'removedBeta' }],
    },
    {
      // sdkVersion 5 or later (or unset) reports.
      code: `${header}client.beta.chat.completions.parse(${body});`,
      settings: { openai: { sdkVersion: 5 } },
      output: `${header}client.chat.completions.parse(${body});`,
      errors: [{ messageId: 'removedBeta' }],
    },
    {
      // A same-file alias: the edit is in the declaration, so a suggestion.
      code: `${header}const completions = client.beta.chat.completions;\ncompletions.parse(${body});`,
      output: null,
      errors: [
        {
          messageId: 'removedBeta',
          line: 4,
          column: 1,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'removeBeta',
              data: { method: 'parse' },
              output: `${header}const completions = client.chat.completions;\ncompletions.parse(${body});`,
            },
          ],
        },
      ],
    },
    {
      // `beta` kept in a variable: nothing to edit safely (it may serve `beta.assistants` too).
      code: `${header}const beta = client.beta;\nbeta.chat.completions.parse(${body});`,
      output: null,
      errors: [{ messageId: 'removedBeta', suggestions: [] }],
    },
    {
      // A comment, parentheses or a cast between `beta` and `chat`: report only.
      code: `${header}client.beta /* v4 */ .chat.completions.parse(${body});`,
      output: null,
      errors: [{ messageId: 'removedBeta', suggestions: [] }],
    },
    {
      code: `${header}(client.beta).chat.completions.parse(${body});`,
      output: null,
      errors: [{ messageId: 'removedBeta', suggestions: [] }],
    },
    {
      code: `${header}(client.beta as any).chat.completions.parse(${body});`,
      output: null,
      errors: [{ messageId: 'removedBeta', suggestions: [] }],
    },
    {
      // runFunctions: report only (runTools takes `tools`, not `functions`).
      code: `${header}client.beta.chat.completions.runFunctions({ model: 'gpt-4o', messages: [], functions: [] });`,
      output: null,
      errors: [
        {
          messageId: 'removedRunFunctions',
          data: { path: 'beta.chat.completions.runFunctions' },
          line: 3,
          column: 1,
          endColumn: 42,
          suggestions: [],
        },
      ],
    },
    {
      code: `${header}client.chat.completions.runFunctions({ model: 'gpt-4o', messages: [], functions: [], stream: true });`,
      output: null,
      errors: [{ messageId: 'removedRunFunctions', data: { path: 'chat.completions.runFunctions' }, suggestions: [] }],
    },
  ],
});

jsRuleTester.run('no-removed-beta-methods (CommonJS)', rule, {
  valid: ["const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.parse({ model: 'gpt-4o', messages: [] });"],
  invalid: [
    {
      code: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.beta.chat.completions.parse({ model: 'gpt-4o', messages: [] });",
      output: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.parse({ model: 'gpt-4o', messages: [] });",
      errors: [{ messageId: 'removedBeta' }],
    },
  ],
});
