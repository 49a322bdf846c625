import rule from '../../rules/require-stream-for-stream-options.js';
import { jsRuleTester, ruleTester } from '../rule-tester.js';

const header = "import OpenAI from 'openai';\nconst client = new OpenAI();\n";
const create = (body: string) => `${header}client.chat.completions.create(${body});`;

ruleTester.run('require-stream-for-stream-options', rule, {
  valid: [
    create("{ model: 'gpt-4o', messages: [], stream: true, stream_options: { include_usage: true } }"),
    // Not sent.
    create("{ model: 'gpt-4o', messages: [], stream_options: undefined }"),
    create("{ model: 'gpt-4o', messages: [], stream: false, stream_options: null }"),
    // Unknown values are never errors.
    `${header}declare const streaming: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], stream: streaming, stream_options: { include_usage: true } });`,
    `${header}declare const opts: { include_usage: boolean } | undefined;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], stream_options: opts });`,
    `${header}declare const base: any;\nclient.chat.completions.create({ ...base, model: 'gpt-4o', messages: [], stream_options: { include_usage: true } });`,
    // Both keys under the same condition.
    `${header}declare const streaming: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], ...(streaming && { stream: true, stream_options: { include_usage: true } }) });`,
    `${header}declare const streaming: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], ...(streaming ? { stream: true, stream_options: { include_usage: true } } : {}) });`,
    `${header}declare const streaming: boolean;\nclient.chat.completions.create(streaming ? { model: 'gpt-4o', messages: [], stream: true as const, stream_options: { include_usage: true } } : { model: 'gpt-4o', messages: [] });`,
    // The streaming helpers send stream: true themselves.
    `${header}client.chat.completions.stream({ model: 'gpt-4o', messages: [], stream_options: { include_usage: true } });`,
    `${header}client.beta.chat.completions.stream({ model: 'gpt-4o', messages: [], stream_options: { include_usage: true } });`,
    `${header}client.chat.completions.runTools({ model: 'gpt-4o', messages: [], tools: [], stream: true, stream_options: { include_usage: true } });`,
    // Responses: its stream_options has no captured error.
    `${header}client.responses.create({ model: 'gpt-4o', input: 'hi', stream_options: { include_obfuscation: false } });`,
    // An OpenAI-compatible provider.
    "import OpenAI from 'openai';\nconst local = new OpenAI({ baseURL: 'http://localhost:8000/v1' });\nlocal.chat.completions.create({ model: 'm', messages: [], stream_options: { include_usage: true } });",
    "import Groq from 'groq-sdk';\nconst groq = new Groq();\ngroq.chat.completions.create({ model: 'llama-3.3-70b', messages: [{ role: 'user', content: 'hi' }], stream_options: { include_usage: true } });",
    // Not requests.
    `${header}client.chat.completions.create.mockResolvedValue({ stream_options: { include_usage: true } });`,
    // Malformed or unusual code does not crash.
    `${header}client.chat.completions.create();`,
    `${header}declare const args: any[];\nclient.chat.completions.create(...args);`,
    `${header}client.chat.completions.create(42);`,
    `${header}client.chat.completions.create({ model: 'gpt-4o', messages: [], get stream_options() { return {}; } });`,
  ],
  invalid: [
    {
      // stream missing: suggestions only (adding stream changes what the call returns).
      code: create("{ model: 'gpt-4o', messages: [], stream_options: { include_usage: true } }"),
      output: null,
      errors: [
        {
          messageId: 'missingStream',
          line: 3,
          column: 65,
          endLine: 3,
          endColumn: 104,
          suggestions: [
            { messageId: 'addStream', output: create("{ model: 'gpt-4o', messages: [], stream_options: { include_usage: true }, stream: true }") },
            { messageId: 'removeStreamOptions', output: create("{ model: 'gpt-4o', messages: [] }") },
          ],
        },
      ],
    },
    {
      // stream: false.
      code: create("{ model: 'gpt-4o', messages: [], stream: false, stream_options: { include_usage: true } }"),
      output: null,
      errors: [
        {
          messageId: 'streamFalse',
          suggestions: [
            { messageId: 'setStreamTrue', output: create("{ model: 'gpt-4o', messages: [], stream: true, stream_options: { include_usage: true } }") },
            { messageId: 'removeStreamOptions', output: create("{ model: 'gpt-4o', messages: [], stream: false }") },
          ],
        },
      ],
    },
    {
      // Body in a const read once, multi-line.
      code: `${header}const params = {\n  model: 'gpt-4o',\n  messages: [],\n  stream_options: { include_usage: true },\n};\nawait client.chat.completions.create(params);`,
      output: null,
      errors: [
        {
          messageId: 'missingStream',
          line: 6,
          suggestions: [
            {
              messageId: 'addStream',
              output: `${header}const params = {\n  model: 'gpt-4o',\n  messages: [],\n  stream_options: { include_usage: true },\n  stream: true,\n};\nawait client.chat.completions.create(params);`,
            },
            {
              messageId: 'removeStreamOptions',
              output: `${header}const params = {\n  model: 'gpt-4o',\n  messages: [],\n};\nawait client.chat.completions.create(params);`,
            },
          ],
        },
      ],
    },
    {
      // A shared base: reported at each call, no edit.
      code: `${header}const base = { model: 'gpt-4o', stream_options: { include_usage: true } };\nclient.chat.completions.create({ ...base, messages: [] });\nclient.chat.completions.create({ ...base, messages: [], n: 2 });`,
      output: null,
      errors: [
        { messageId: 'missingStream', line: 4, suggestions: null },
        { messageId: 'missingStream', line: 5, suggestions: null },
      ],
    },
    {
      // stream only under a condition, stream_options always.
      code: `${header}declare const streaming: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], ...(streaming && { stream: true }), stream_options: { include_usage: true } });`,
      output: null,
      errors: [
        {
          messageId: 'missingStream',
          suggestions: [
            {
              messageId: 'removeStreamOptions',
              output: `${header}declare const streaming: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], ...(streaming && { stream: true }) });`,
            },
          ],
        },
      ],
    },
    {
      code: `${header}declare const streaming: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], ...(streaming ? { stream: true } : {}), stream_options: { include_usage: true } });`,
      output: null,
      errors: [{ messageId: 'missingStream', suggestions: [{ messageId: 'removeStreamOptions', output: `${header}declare const streaming: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], ...(streaming ? { stream: true } : {}) });` }] }],
    },
    {
      // `c ? true : false`.
      code: `${header}declare const c: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], stream: c ? true : false, stream_options: { include_usage: true } });`,
      output: null,
      errors: [
        {
          messageId: 'streamFalse',
          suggestions: [
            {
              messageId: 'setStreamTrue',
              output: `${header}declare const c: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], stream: c ? true : true, stream_options: { include_usage: true } });`,
            },
            {
              messageId: 'removeStreamOptions',
              output: `${header}declare const c: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], stream: c ? true : false });`,
            },
          ],
        },
      ],
    },
    {
      // Shorthand, `as const`, a const object member for `stream`.
      code: `${header}const stream_options = { include_usage: true } as const;\nconst FLAGS = { stream: false } as const;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], stream: FLAGS.stream, stream_options });`,
      output: null,
      errors: [
        {
          messageId: 'streamFalse',
          suggestions: [
            {
              messageId: 'removeStreamOptions',
              output: `${header}const stream_options = { include_usage: true } as const;\nconst FLAGS = { stream: false } as const;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], stream: FLAGS.stream });`,
            },
          ],
        },
      ],
    },
    {
      // `a ?? b`: stream_options known on one side.
      code: `${header}declare const opts: { include_usage: boolean } | undefined;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], stream_options: opts ?? { include_usage: true } });`,
      output: null,
      errors: [
        {
          messageId: 'missingStream',
          suggestions: [
            {
              messageId: 'addStream',
              output: `${header}declare const opts: { include_usage: boolean } | undefined;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], stream_options: opts ?? { include_usage: true }, stream: true });`,
            },
            {
              messageId: 'removeStreamOptions',
              output: `${header}declare const opts: { include_usage: boolean } | undefined;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // Optional chaining, computed key, satisfies, this.client.
      code: `${header}class S { client = new OpenAI(); run() { return this.client?.chat.completions['create']({ model: 'gpt-4o', messages: [], ['stream_options']: { include_usage: true } } satisfies object); } }`,
      output: null,
      errors: [
        {
          messageId: 'missingStream',
          suggestions: [
            {
              messageId: 'addStream',
              output: `${header}class S { client = new OpenAI(); run() { return this.client?.chat.completions['create']({ model: 'gpt-4o', messages: [], ['stream_options']: { include_usage: true }, stream: true } satisfies object); } }`,
            },
            {
              messageId: 'removeStreamOptions',
              output: `${header}class S { client = new OpenAI(); run() { return this.client?.chat.completions['create']({ model: 'gpt-4o', messages: [] } satisfies object); } }`,
            },
          ],
        },
      ],
    },
    {
      // runTools without stream sends stream: false; same-file alias; Azure reproduces the error too.
      code: "import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\nconst completions = az.chat.completions;\ncompletions.runTools({ model: 'prod', messages: [], tools: [], stream_options: { include_usage: true } });",
      output: null,
      errors: [
        {
          messageId: 'missingStream',
          suggestions: [
            {
              messageId: 'addStream',
              output: "import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\nconst completions = az.chat.completions;\ncompletions.runTools({ model: 'prod', messages: [], tools: [], stream_options: { include_usage: true }, stream: true });",
            },
            {
              messageId: 'removeStreamOptions',
              output: "import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\nconst completions = az.chat.completions;\ncompletions.runTools({ model: 'prod', messages: [], tools: [] });",
            },
          ],
        },
      ],
    },
    {
      // A comment in the property: removal is not offered (the comment would be lost).
      code: create("{ model: 'gpt-4o', messages: [], stream_options: /* usage */ { include_usage: true } }"),
      output: null,
      errors: [
        {
          messageId: 'missingStream',
          suggestions: [
            { messageId: 'addStream', output: create("{ model: 'gpt-4o', messages: [], stream_options: /* usage */ { include_usage: true }, stream: true }") },
          ],
        },
      ],
    },
    {
      // parse() sends the body as written.
      code: create("{ model: 'gpt-4o', messages: [], stream_options: {} }").replace('.create(', '.parse('),
      output: null,
      errors: [
        {
          messageId: 'missingStream',
          suggestions: [
            { messageId: 'addStream', output: create("{ model: 'gpt-4o', messages: [], stream_options: {}, stream: true }").replace('.create(', '.parse(') },
            { messageId: 'removeStreamOptions', output: create("{ model: 'gpt-4o', messages: [] }").replace('.create(', '.parse(') },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('require-stream-for-stream-options (CommonJS)', rule, {
  valid: ["const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o', stream: true, stream_options: { include_usage: true } });"],
  invalid: [
    {
      code: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o', stream_options: { include_usage: true } });",
      output: null,
      errors: [
        {
          messageId: 'missingStream',
          suggestions: [
            {
              messageId: 'addStream',
              output: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o', stream_options: { include_usage: true }, stream: true });",
            },
            { messageId: 'removeStreamOptions', output: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o' });" },
          ],
        },
      ],
    },
  ],
});
