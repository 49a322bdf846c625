import rule from '../../rules/valid-predicted-outputs.js';
import { jsRuleTester, ruleTester } from '../rule-tester.js';

const header = "import OpenAI from 'openai';\nconst client = new OpenAI();\n";
const chat = (body: string): string => `${header}client.chat.completions.create(${body});`;
const P = "prediction: { type: 'content', content: code }";
const withCode = (body: string): string => `${header}declare const code: string;\nclient.chat.completions.create(${body});`;

/** The two suggestions of a combination report: drop `prediction`, or drop the other parameter. */
function both(code: (body: string) => string, body: string, param: string, paramText: string) {
  return [
    { messageId: 'remove' as const, data: { param: 'prediction' }, output: code(body.replace(`${P}, `, '')) },
    { messageId: 'remove' as const, data: { param }, output: code(body.replace(`${paramText}, `, '')) },
  ];
}

ruleTester.run('valid-predicted-outputs', rule, {
  valid: [
    // Supported models without the listed parameters.
    withCode(`{ model: 'gpt-4o', ${P}, messages: [] }`),
    withCode(`{ model: 'gpt-4.1-mini-2025-04-14', ${P}, stream: true, messages: [] }`),
    // Compatible values of the listed parameters.
    withCode(`{ model: 'gpt-4.1', ${P}, n: 1, logprobs: false, presence_penalty: 0, frequency_penalty: -0.5, tools: [], modalities: ['text'], messages: [] }`),
    // `max_tokens` is not in the documented list.
    withCode(`{ model: 'gpt-4o-mini', ${P}, max_tokens: 100, messages: [] }`),
    // No prediction: nothing to check.
    chat("{ model: 'gpt-4o', n: 2, logprobs: true, max_completion_tokens: 10, tools: [{ type: 'function', function: { name: 'f' } }], messages: [] }"),
    chat("{ model: 'gpt-4o', prediction: undefined, logprobs: true, messages: [] }"),
    chat("{ model: 'o3', prediction: null, messages: [] }"),
    // Values that may be the compatible ones.
    `${header}declare const o: any;\nclient.chat.completions.create({ model: 'gpt-4o', prediction: o.p, n: o.n, logprobs: o.lp, tools: o.tools, presence_penalty: o.pp, modalities: o.m, messages: [] });`,
    `${header}declare const o: any;\nclient.chat.completions.create({ model: 'gpt-4o', prediction: o.p, modalities: ['text', o.m], messages: [] });`,
    // Unknown model: the model check stays silent.
    `${header}declare const model: string;\nclient.chat.completions.create({ model, prediction: { type: 'content', content: 'x' }, messages: [] });`,
    chat("{ model: 'my-fine-model', prediction: { type: 'content', content: 'x' }, messages: [] }"),
    // Azure: `model` is a deployment name.
    "import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\naz.chat.completions.create({ model: 'o3', prediction: { type: 'content', content: 'x' }, messages: [] });",
    // Chat only.
    "import OpenAI from 'openai';\nconst client = new OpenAI();\nclient.responses.create({ model: 'o3', prediction: { type: 'content', content: 'x' }, input: 'hi' } as any);",
    // Not a request: a mock.
    `${header}client.chat.completions.create.mockResolvedValue({ model: 'o3', prediction: {}, n: 2 });`,
    // Malformed or unusual code must not crash.
    `${header}client.chat.completions.create();`,
    `${header}declare const args: any[];\nclient.chat.completions.create(...args);`,
    `${header}client.chat.completions.create(42);`,
    `${header}declare const body: any;\nclient.chat.completions.create(body);`,
    chat("{ model: 'gpt-4o', get prediction() { return { type: 'content', content: 'x' }; }, tools() { return []; }, messages: [] }"),
  ],
  invalid: [
    {
      // Inline literal: two suggestions, no autofix.
      code: withCode(`{ model: 'gpt-4o', ${P}, logprobs: true, messages: [] }`),
      output: null,
      errors: [
        {
          messageId: 'logprobs',
          line: 4,
          column: 99,
          endLine: 4,
          endColumn: 113,
          suggestions: both(withCode, `{ model: 'gpt-4o', ${P}, logprobs: true, messages: [] }`, 'logprobs', 'logprobs: true'),
        },
      ],
    },
    {
      code: withCode(`{ model: 'gpt-4o', ${P}, n: 2, messages: [] }`),
      output: null,
      errors: [
        { messageId: 'n', data: { value: '2' }, suggestions: both(withCode, `{ model: 'gpt-4o', ${P}, n: 2, messages: [] }`, 'n', 'n: 2') },
      ],
    },
    {
      // Both penalties: one report each, on each parameter.
      code: withCode(`{ model: 'gpt-4.1', ${P}, presence_penalty: 0.5, frequency_penalty: 1, messages: [] }`),
      output: null,
      errors: [
        {
          messageId: 'penalty',
          data: { param: 'presence_penalty', value: '0.5' },
          suggestions: both(withCode, `{ model: 'gpt-4.1', ${P}, presence_penalty: 0.5, frequency_penalty: 1, messages: [] }`, 'presence_penalty', 'presence_penalty: 0.5'),
        },
        {
          messageId: 'penalty',
          data: { param: 'frequency_penalty', value: '1' },
          suggestions: both(withCode, `{ model: 'gpt-4.1', ${P}, presence_penalty: 0.5, frequency_penalty: 1, messages: [] }`, 'frequency_penalty', 'frequency_penalty: 1'),
        },
      ],
    },
    {
      // A non-empty tools array.
      code: withCode(`{ model: 'gpt-4o-mini', ${P}, tools: [{ type: 'function', function: { name: 'f' } }], messages: [] }`),
      output: null,
      errors: [
        {
          messageId: 'tools',
          suggestions: both(
            withCode,
            `{ model: 'gpt-4o-mini', ${P}, tools: [{ type: 'function', function: { name: 'f' } }], messages: [] }`,
            'tools',
            "tools: [{ type: 'function', function: { name: 'f' } }]",
          ),
        },
      ],
    },
    {
      // A tools array of unknown length, from a const.
      code: `${header}declare const base: any[];\nconst tools = [...base];\nclient.chat.completions.create({ model: 'gpt-4o', prediction: { type: 'content', content: 'x' }, tools, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'tools',
          line: 5,
          suggestions: [
            {
              messageId: 'remove',
              output: `${header}declare const base: any[];\nconst tools = [...base];\nclient.chat.completions.create({ model: 'gpt-4o', tools, messages: [] });`,
            },
            {
              messageId: 'remove',
              output: `${header}declare const base: any[];\nconst tools = [...base];\nclient.chat.completions.create({ model: 'gpt-4o', prediction: { type: 'content', content: 'x' }, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // max_completion_tokens: any value, an unknown one included.
      code: `${header}declare const code: string;\ndeclare const limit: number;\nclient.chat.completions.create({ model: 'gpt-4.1', ${P}, max_completion_tokens: limit, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'maxCompletionTokens',
          suggestions: [
            {
              messageId: 'remove',
              data: { param: 'prediction' },
              output: `${header}declare const code: string;\ndeclare const limit: number;\nclient.chat.completions.create({ model: 'gpt-4.1', max_completion_tokens: limit, messages: [] });`,
            },
            {
              messageId: 'remove',
              data: { param: 'max_completion_tokens' },
              output: `${header}declare const code: string;\ndeclare const limit: number;\nclient.chat.completions.create({ model: 'gpt-4.1', ${P}, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // Audio output: `audio` and a non-text modality, each reported.
      code: withCode(`{ model: 'gpt-4o', ${P}, modalities: ['text', 'audio'], audio: { voice: 'alloy', format: 'wav' }, messages: [] }`),
      output: null,
      errors: [
        {
          messageId: 'modalities',
          data: { modality: "`'audio'`" },
          suggestions: both(
            withCode,
            `{ model: 'gpt-4o', ${P}, modalities: ['text', 'audio'], audio: { voice: 'alloy', format: 'wav' }, messages: [] }`,
            'modalities',
            "modalities: ['text', 'audio']",
          ),
        },
        {
          messageId: 'audio',
          suggestions: both(
            withCode,
            `{ model: 'gpt-4o', ${P}, modalities: ['text', 'audio'], audio: { voice: 'alloy', format: 'wav' }, messages: [] }`,
            'audio',
            "audio: { voice: 'alloy', format: 'wav' }",
          ),
        },
      ],
    },
    {
      // A model without Predicted Outputs.
      code: withCode(`{ model: 'o3', ${P}, messages: [] }`),
      output: null,
      errors: [
        {
          messageId: 'unsupportedModel',
          data: { model: 'o3' },
          line: 4,
          column: 47,
          suggestions: [{ messageId: 'remove', data: { param: 'prediction' }, output: withCode("{ model: 'o3', messages: [] }") }],
        },
      ],
    },
    {
      // Unsupported model and a combination: one report per offending parameter.
      code: withCode(`{ model: 'gpt-5', ${P}, logprobs: true, messages: [] }`),
      output: null,
      errors: [
        {
          messageId: 'unsupportedModel',
          data: { model: 'gpt-5' },
          suggestions: [{ messageId: 'remove', output: withCode("{ model: 'gpt-5', logprobs: true, messages: [] }") }],
        },
        { messageId: 'logprobs', suggestions: both(withCode, `{ model: 'gpt-5', ${P}, logprobs: true, messages: [] }`, 'logprobs', 'logprobs: true') },
      ],
    },
    {
      // A possibly unsupported model (`c ? a : b`).
      code: `${header}declare const c: boolean;\nclient.chat.completions.create({ model: c ? 'gpt-4o' : 'gpt-4o-search-preview', prediction: { type: 'content', content: 'x' }, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'unsupportedModel',
          data: { model: 'gpt-4o-search-preview' },
          suggestions: [
            { messageId: 'remove', output: `${header}declare const c: boolean;\nclient.chat.completions.create({ model: c ? 'gpt-4o' : 'gpt-4o-search-preview', messages: [] });` },
          ],
        },
      ],
    },
    {
      // Body in a const used only here; shorthand `prediction`.
      code: `${header}declare const code: string;\nconst prediction = { type: 'content' as const, content: code };\nconst params = { model: 'gpt-4o', prediction, n: 3, messages: [] };\nawait client.chat.completions.create(params);`,
      output: null,
      errors: [
        {
          messageId: 'n',
          data: { value: '3' },
          line: 5,
          suggestions: [
            {
              messageId: 'remove',
              output: `${header}declare const code: string;\nconst prediction = { type: 'content' as const, content: code };\nconst params = { model: 'gpt-4o', n: 3, messages: [] };\nawait client.chat.completions.create(params);`,
            },
            {
              messageId: 'remove',
              output: `${header}declare const code: string;\nconst prediction = { type: 'content' as const, content: code };\nconst params = { model: 'gpt-4o', prediction, messages: [] };\nawait client.chat.completions.create(params);`,
            },
          ],
        },
      ],
    },
    {
      // Spread of a base used once: still local.
      code: `${header}const base = { model: 'gpt-4o', logprobs: true };\nclient.chat.completions.create({ ...base, prediction: { type: 'content', content: 'x' }, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'logprobs',
          line: 3,
          suggestions: [
            { messageId: 'remove', output: `${header}const base = { model: 'gpt-4o', logprobs: true };\nclient.chat.completions.create({ ...base, messages: [] });` },
            { messageId: 'remove', output: `${header}const base = { model: 'gpt-4o' };\nclient.chat.completions.create({ ...base, prediction: { type: 'content', content: 'x' }, messages: [] });` },
          ],
        },
      ],
    },
    {
      // A base shared by two calls: reported at each call's body; only the local edit is offered.
      code: `${header}const base = { model: 'gpt-4o', logprobs: true };\nclient.chat.completions.create({ ...base, prediction: { type: 'content', content: 'x' }, messages: [] });\nclient.chat.completions.create({ ...base, prediction: { type: 'content', content: 'y' }, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'logprobs',
          line: 4,
          column: 32,
          suggestions: [
            {
              messageId: 'remove',
              output: `${header}const base = { model: 'gpt-4o', logprobs: true };\nclient.chat.completions.create({ ...base, messages: [] });\nclient.chat.completions.create({ ...base, prediction: { type: 'content', content: 'y' }, messages: [] });`,
            },
          ],
        },
        {
          messageId: 'logprobs',
          line: 5,
          column: 32,
          suggestions: [
            {
              messageId: 'remove',
              output: `${header}const base = { model: 'gpt-4o', logprobs: true };\nclient.chat.completions.create({ ...base, prediction: { type: 'content', content: 'x' }, messages: [] });\nclient.chat.completions.create({ ...base, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // Conditional spreads.
      code: `${header}declare const fast: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', ...(fast ? { prediction: { type: 'content', content: 'x' } } : {}), ...(fast && { n: 2 }), messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'n',
          suggestions: [
            {
              messageId: 'remove',
              output: `${header}declare const fast: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', ...(fast ? { } : {}), ...(fast && { n: 2 }), messages: [] });`,
            },
            {
              messageId: 'remove',
              output: `${header}declare const fast: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', ...(fast ? { prediction: { type: 'content', content: 'x' } } : {}), ...(fast && { }), messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // `c ? a : b` and `a ?? b` values; template literal model; casts; computed key.
      code: `${header}declare const c: boolean;\ndeclare const o: { n?: number };\nclient.chat.completions.create({ model: \`gpt-4o\` as const, prediction: { type: 'content', content: 'x' }!, n: c ? 1 : 4, ['presence_penalty']: (o.n ?? 0.2) satisfies number, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'n',
          data: { value: '4' },
          suggestions: [
            {
              messageId: 'remove',
              output: `${header}declare const c: boolean;\ndeclare const o: { n?: number };\nclient.chat.completions.create({ model: \`gpt-4o\` as const, n: c ? 1 : 4, ['presence_penalty']: (o.n ?? 0.2) satisfies number, messages: [] });`,
            },
            {
              messageId: 'remove',
              output: `${header}declare const c: boolean;\ndeclare const o: { n?: number };\nclient.chat.completions.create({ model: \`gpt-4o\` as const, prediction: { type: 'content', content: 'x' }!, ['presence_penalty']: (o.n ?? 0.2) satisfies number, messages: [] });`,
            },
          ],
        },
        {
          messageId: 'penalty',
          data: { param: 'presence_penalty', value: '0.2' },
          suggestions: [
            {
              messageId: 'remove',
              output: `${header}declare const c: boolean;\ndeclare const o: { n?: number };\nclient.chat.completions.create({ model: \`gpt-4o\` as const, n: c ? 1 : 4, ['presence_penalty']: (o.n ?? 0.2) satisfies number, messages: [] });`,
            },
            {
              messageId: 'remove',
              output: `${header}declare const c: boolean;\ndeclare const o: { n?: number };\nclient.chat.completions.create({ model: \`gpt-4o\` as const, prediction: { type: 'content', content: 'x' }!, n: c ? 1 : 4, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // TS enum member and const object member models.
      code: `enum M { Fast = 'gpt-4.1', Deep = 'o3' }\ndeclare const client: any;\nclient.chat.completions.create({ model: M.Deep, prediction: { type: 'content', content: 'x' } });`,
      output: null,
      errors: [
        {
          messageId: 'unsupportedModel',
          data: { model: 'o3' },
          suggestions: [{ messageId: 'remove', output: `enum M { Fast = 'gpt-4.1', Deep = 'o3' }\ndeclare const client: any;\nclient.chat.completions.create({ model: M.Deep });` }],
        },
      ],
    },
    {
      code: `const MODELS = { deep: 'gpt-5.1' } as const;\ndeclare const client: any;\nclient.chat.completions.create({ model: MODELS.deep, prediction: { type: 'content', content: 'x' } });`,
      output: null,
      errors: [
        {
          messageId: 'unsupportedModel',
          data: { model: 'gpt-5.1' },
          suggestions: [
            { messageId: 'remove', output: `const MODELS = { deep: 'gpt-5.1' } as const;\ndeclare const client: any;\nclient.chat.completions.create({ model: MODELS.deep });` },
          ],
        },
      ],
    },
    {
      // A comment inside `prediction`: that edit is not offered, the other one is.
      code: chat("{ model: 'gpt-4o', prediction: { type: 'content', content: 'x' /* draft */ }, n: 2, messages: [] }"),
      output: null,
      errors: [
        {
          messageId: 'n',
          suggestions: [
            { messageId: 'remove', data: { param: 'n' }, output: chat("{ model: 'gpt-4o', prediction: { type: 'content', content: 'x' /* draft */ }, messages: [] }") },
          ],
        },
      ],
    },
    {
      // Receivers: optional chaining, this.client, an alias, the beta namespace.
      code: `${header}client?.chat?.completions.create({ model: 'o1', prediction: { type: 'content', content: 'x' } });`,
      output: null,
      errors: [{ messageId: 'unsupportedModel', suggestions: [{ messageId: 'remove', output: `${header}client?.chat?.completions.create({ model: 'o1' });` }] }],
    },
    {
      code: `${header}class S { client = new OpenAI(); run() { return this.client.chat.completions.create({ model: 'gpt-4o', prediction: { type: 'content', content: 'x' }, n: 2 }); } }`,
      output: null,
      errors: [
        {
          messageId: 'n',
          suggestions: [
            { messageId: 'remove', output: `${header}class S { client = new OpenAI(); run() { return this.client.chat.completions.create({ model: 'gpt-4o', n: 2 }); } }` },
            {
              messageId: 'remove',
              output: `${header}class S { client = new OpenAI(); run() { return this.client.chat.completions.create({ model: 'gpt-4o', prediction: { type: 'content', content: 'x' } }); } }`,
            },
          ],
        },
      ],
    },
    {
      code: `${header}const completions = client.chat.completions;\ncompletions.stream({ model: 'gpt-4o', prediction: { type: 'content', content: 'x' }, logprobs: true });`,
      output: null,
      errors: [
        {
          messageId: 'logprobs',
          suggestions: [
            { messageId: 'remove', output: `${header}const completions = client.chat.completions;\ncompletions.stream({ model: 'gpt-4o', logprobs: true });` },
            { messageId: 'remove', output: `${header}const completions = client.chat.completions;\ncompletions.stream({ model: 'gpt-4o', prediction: { type: 'content', content: 'x' } });` },
          ],
        },
      ],
    },
    {
      // Azure: the model check is silent, the documented combinations are still reported.
      code: "import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\naz.chat.completions.create({ model: 'o3', prediction: { type: 'content', content: 'x' }, n: 2 });",
      output: null,
      errors: [
        {
          messageId: 'n',
          suggestions: [
            { messageId: 'remove', output: "import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\naz.chat.completions.create({ model: 'o3', n: 2 });" },
            {
              messageId: 'remove',
              output: "import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\naz.chat.completions.create({ model: 'o3', prediction: { type: 'content', content: 'x' } });",
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('valid-predicted-outputs (CommonJS)', rule, {
  valid: ["const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o', prediction: { type: 'content', content: 'x' } });"],
  invalid: [
    {
      code: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o', prediction: { type: 'content', content: 'x' }, n: 2 });",
      output: null,
      errors: [
        {
          messageId: 'n',
          suggestions: [
            { messageId: 'remove', output: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o', n: 2 });" },
            {
              messageId: 'remove',
              output: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o', prediction: { type: 'content', content: 'x' } });",
            },
          ],
        },
      ],
    },
  ],
});
