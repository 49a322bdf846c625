import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import rule from '../../rules/no-removed-beta-methods.js';
import { jsRuleTester, ruleTester } from '../rule-tester.js';

const header = "import OpenAI from 'openai';\nconst client = new OpenAI();\n";
const body = "{ model: 'gpt-4o', messages: [] }";
const v4 = { openai: { sdkVersion: 4 } };
/** Files in folders with a stand-in `openai` package installed (sdkVersion: 'detect', the default). */
const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const V5_TS = join(fixtures, 'sdk-v5', 'chat.ts');
const V5_JS = join(fixtures, 'sdk-v5', 'chat.js');
const V4_TS = join(fixtures, 'sdk-v4', 'chat.ts');
/** A folder with no `openai` package anywhere above it. */
const NONE_TS = join(mkdtempSync(join(tmpdir(), 'no-openai-')), 'chat.ts');

ruleTester.run('no-removed-beta-methods', rule, {
  valid: [
    // The v5 paths.
    `${header}client.chat.completions.parse(${body});`,
    `${header}client.chat.completions.stream(${body});`,
    `${header}client.chat.completions.runTools({ model: 'gpt-4o', messages: [], tools: [] });`,
    `${header}client.chat.completions.create(${body});`,
    `${header}client.responses.parse({ model: 'gpt-4o', input: 'hi' });`,
    // sdkVersion 'detect' (the default): openai 4.104.0 installed for this file, so the beta paths exist.
    { code: `${header}client.beta.chat.completions.parse(${body});`, filename: V4_TS },
    { code: `${header}client.beta.chat.completions.runFunctions({ model: 'gpt-4o', messages: [], functions: [] });`, filename: V4_TS },
    // An explicit version wins over the installed one.
    { code: `${header}client.beta.chat.completions.parse(${body});`, filename: V5_TS, settings: v4 },
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
      // 'detect' with no openai installed anywhere above the file: the version is unknown, so a suggestion only.
      filename: NONE_TS,
      code: `${header}client.beta.chat.completions.parse(${body});`,
      output: null,
      errors: [{ messageId: 'removedBeta', suggestions: [{ messageId: 'removeBeta', output: `${header}client.chat.completions.parse(${body});` }] }],
    },
    {
      // A file name that is not a path (stdin, an editor buffer): unknown, a suggestion only.
      code: `${header}client.beta.chat.completions.parse(${body});`,
      output: null,
      errors: [{ messageId: 'removedBeta', suggestions: [{ messageId: 'removeBeta', output: `${header}client.chat.completions.parse(${body});` }] }],
    },
    {
      // An explicit version wins over the installed one (v4 installed, 5 declared): autofix.
      filename: V4_TS,
      code: `${header}client.beta.chat.completions.parse(${body});`,
      settings: { openai: { sdkVersion: '5.1.0' } },
      output: `${header}client.chat.completions.parse(${body});`,
      errors: [{ messageId: 'removedBeta' }],
    },
    {
      // The function already branches on the SDK version: the beta call is its v4 path, so no autofix.
      filename: V5_TS,
      code: `${header}declare const major: number;\nfunction parse() {\n  if (major >= 5) return client.chat.completions.parse(${body});\n  return client.beta.chat.completions.parse(${body});\n}`,
      output: null,
      errors: [
        {
          messageId: 'removedBeta',
          suggestions: [
            {
              messageId: 'removeBeta',
              output: `${header}declare const major: number;\nfunction parse() {\n  if (major >= 5) return client.chat.completions.parse(${body});\n  return client.chat.completions.parse(${body});\n}`,
            },
          ],
        },
      ],
    },
    {
      // The same with a conditional on OpenAI.VERSION.
      filename: V5_TS,
      code: `${header}const run = () => (OpenAI.VERSION.startsWith('4.') ? client.beta.chat.completions.parse(${body}) : client.chat.completions.parse(${body}));`,
      output: null,
      errors: [{ messageId: 'removedBeta', suggestions: [{ messageId: 'removeBeta', output: `${header}const run = () => (OpenAI.VERSION.startsWith('4.') ? client.chat.completions.parse(${body}) : client.chat.completions.parse(${body}));` }] }],
    },
    {
      // The version test is in an enclosing function, the beta call in a callback: no autofix either.
      filename: V5_TS,
      code: `${header}declare const major: number;\nfunction parseAll(items: string[]) {\n  if (major >= 5) return items.map(() => client.chat.completions.parse(${body}));\n  return items.map(() => client.beta.chat.completions.parse(${body}));\n}`,
      output: null,
      errors: [
        {
          messageId: 'removedBeta',
          suggestions: [
            {
              messageId: 'removeBeta',
              output: `${header}declare const major: number;\nfunction parseAll(items: string[]) {\n  if (major >= 5) return items.map(() => client.chat.completions.parse(${body}));\n  return items.map(() => client.chat.completions.parse(${body}));\n}`,
            },
          ],
        },
      ],
    },
    {
      // A version branch in another function does not count.
      filename: V5_TS,
      code: `${header}declare const major: number;\nfunction pick() { return major >= 5 ? 'new' : 'old'; }\nfunction parse() { return client.beta.chat.completions.parse(${body}); }`,
      output: `${header}declare const major: number;\nfunction pick() { return major >= 5 ? 'new' : 'old'; }\nfunction parse() { return client.chat.completions.parse(${body}); }`,
      errors: [{ messageId: 'removedBeta' }],
    },
    {
      // Inline call: autofix, reported on `beta`.
      filename: V5_TS,
      code: `${header}await client.beta.chat.completions.parse(${body});`,
      output: `${header}await client.chat.completions.parse(${body});`,
      errors: [{ messageId: 'removedBeta', data: { method: 'parse' }, line: 3, column: 14, endColumn: 18 }],
    },
    {
      filename: V5_TS,
      code: `${header}const stream = client.beta.chat.completions.stream({ model: 'gpt-4o', messages: [], stream: true });`,
      output: `${header}const stream = client.chat.completions.stream({ model: 'gpt-4o', messages: [], stream: true });`,
      errors: [{ messageId: 'removedBeta', data: { method: 'stream' } }],
    },
    {
      // this.client, a body in a variable, a spread argument: the body does not matter.
      filename: V5_TS,
      code: `${header}class Agent { client = new OpenAI(); run(params: any) { return this.client.beta.chat.completions.runTools(params); } }`,
      output: `${header}class Agent { client = new OpenAI(); run(params: any) { return this.client.chat.completions.runTools(params); } }`,
      errors: [{ messageId: 'removedBeta', data: { method: 'runTools' } }],
    },
    {
      filename: V5_TS,
      code: `${header}declare const args: any[];\nclient.beta.chat.completions.parse(...args);\nclient.beta.chat.completions.parse();`,
      output: `${header}declare const args: any[];\nclient.chat.completions.parse(...args);\nclient.chat.completions.parse();`,
      errors: [
        { messageId: 'removedBeta', line: 4 },
        { messageId: 'removedBeta', line: 5 },
      ],
    },
    {
      // Optional chaining is kept on the access that replaces `beta`.
      filename: V5_TS,
      code: `${header}client?.beta?.chat?.completions?.parse(${body});`,
      output: `${header}client?.chat?.completions?.parse(${body});`,
      errors: [{ messageId: 'removedBeta' }],
    },
    {
      filename: V5_TS,
      code: `${header}client.beta?.chat.completions.parse(${body});`,
      output: `${header}client?.chat.completions.parse(${body});`,
      errors: [{ messageId: 'removedBeta' }],
    },
    {
      filename: V5_TS,
      code: `${header}client?.beta.chat.completions.parse(${body});`,
      output: `${header}client?.chat.completions.parse(${body});`,
      errors: [{ messageId: 'removedBeta' }],
    },
    {
      // Computed keys.
      filename: V5_TS,
      code: `${header}client['beta']['chat']['completions']['parse'](${body});`,
      output: `${header}client['chat']['completions']['parse'](${body});`,
      errors: [{ messageId: 'removedBeta' }],
    },
    {
      filename: V5_TS,
      code: `${header}client.beta?.["chat"].completions.stream(${body});`,
      output: `${header}client?.["chat"].completions.stream(${body});`,
      errors: [{ messageId: 'removedBeta' }],
    },
    {
      // Parenthesised or cast receivers.
      filename: V5_TS,
      code: `declare function getClient(): Promise<any>;\n(await getClient()).beta.chat.completions.parse(${body});`,
      output: `declare function getClient(): Promise<any>;\n(await getClient()).chat.completions.parse(${body});`,
      errors: [{ messageId: 'removedBeta' }],
    },
    {
      filename: V5_TS,
      code: `declare const client: unknown;\n(client as any).beta.chat.completions.parse(${body});`,
      output: `declare const client: unknown;\n(client as any).chat.completions.parse(${body});`,
      errors: [{ messageId: 'removedBeta' }],
    },
    {
      // Azure and compatible clients use the same SDK.
      filename: V5_TS,
      code: `import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\naz.beta.chat.completions.parse(${body});`,
      output: `import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\naz.chat.completions.parse(${body});`,
      errors: [{ messageId: 'removedBeta' }],
    },
    {
      // sdkVersion 5 or later (or unset) reports.
      filename: V5_TS,
      code: `${header}client.beta.chat.completions.parse(${body});`,
      settings: { openai: { sdkVersion: 5 } },
      output: `${header}client.chat.completions.parse(${body});`,
      errors: [{ messageId: 'removedBeta' }],
    },
    {
      // A same-file alias: the edit is in the declaration, so a suggestion.
      filename: V5_TS,
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
      filename: V5_TS,
      code: `${header}const beta = client.beta;\nbeta.chat.completions.parse(${body});`,
      output: null,
      errors: [{ messageId: 'removedBeta', suggestions: [] }],
    },
    {
      // A comment, parentheses or a cast between `beta` and `chat`: report only.
      filename: V5_TS,
      code: `${header}client.beta /* v4 */ .chat.completions.parse(${body});`,
      output: null,
      errors: [{ messageId: 'removedBeta', suggestions: [] }],
    },
    {
      filename: V5_TS,
      code: `${header}(client.beta).chat.completions.parse(${body});`,
      output: null,
      errors: [{ messageId: 'removedBeta', suggestions: [] }],
    },
    {
      filename: V5_TS,
      code: `${header}(client.beta as any).chat.completions.parse(${body});`,
      output: null,
      errors: [{ messageId: 'removedBeta', suggestions: [] }],
    },
    {
      // runFunctions: report only (runTools takes `tools`, not `functions`).
      filename: V5_TS,
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
      filename: V5_TS,
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
      filename: V5_JS,
      code: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.beta.chat.completions.parse({ model: 'gpt-4o', messages: [] });",
      output: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.parse({ model: 'gpt-4o', messages: [] });",
      errors: [{ messageId: 'removedBeta' }],
    },
  ],
});
