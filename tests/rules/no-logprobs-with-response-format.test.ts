import rule from '../../rules/no-logprobs-with-response-format.js';
import { jsRuleTester, ruleTester } from '../rule-tester.js';

const header = "import OpenAI from 'openai';\nconst client = new OpenAI();\n";
const zod = "import { zodResponseFormat, zodTextFormat } from 'openai/helpers/zod';\ndeclare const Answer: any;\n";

ruleTester.run('no-logprobs-with-response-format', rule, {
  valid: [
    // No JSON format: logprobs alone, or a text format.
    `${header}client.chat.completions.create({ model: 'gpt-4o', logprobs: true, top_logprobs: 3, messages: [] });`,
    `${header}client.chat.completions.create({ model: 'gpt-4o', logprobs: true, response_format: { type: 'text' }, messages: [] });`,
    // A JSON format without logprobs, or with `logprobs: false`.
    `${header}client.chat.completions.create({ model: 'gpt-4o', response_format: { type: 'json_object' }, messages: [] });`,
    `${header}client.chat.completions.create({ model: 'gpt-4o', logprobs: false, response_format: { type: 'json_object' }, messages: [] });`,
    // Unknown values are never errors: logprobs flag, the format, a call to an unknown function.
    `${header}declare const score: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', logprobs: score, response_format: { type: 'json_object' }, messages: [] });`,
    `${header}declare const format: any;\nclient.chat.completions.create({ model: 'gpt-4o', logprobs: true, response_format: format, messages: [] });`,
    `${header}declare function makeFormat(): any;\nclient.chat.completions.create({ model: 'gpt-4o', logprobs: true, response_format: makeFormat(), messages: [] });`,
    `${header}declare const kind: string;\nclient.chat.completions.create({ model: 'gpt-4o', logprobs: true, response_format: { type: kind }, messages: [] } as any);`,
    // The Responses helper on Chat (a wrong shape, another rule's business) is not recognised here.
    `${header}${zod}client.chat.completions.create({ model: 'gpt-4o', logprobs: true, response_format: zodTextFormat(Answer, 'a') as any, messages: [] });`,
    // Responses: no JSON format, or a text format.
    `${header}client.responses.create({ model: 'gpt-4o', include: ['message.output_text.logprobs'], top_logprobs: 3, input: 'hi' });`,
    `${header}client.responses.create({ model: 'gpt-4o', include: ['message.output_text.logprobs'], text: { format: { type: 'text' } }, input: 'hi' });`,
    `${header}client.responses.create({ model: 'gpt-4o', include: ['reasoning.encrypted_content'], text: { format: { type: 'json_object' } }, input: 'json please' });`,
    // `response_format` on Responses is not the Responses format (another rule reports it).
    `${header}client.responses.create({ model: 'gpt-4o', top_logprobs: 3, response_format: { type: 'json_object' }, input: 'hi' } as any);`,
    // A JSON format and logprobs on different paths of the body: no path sends both.
    `${header}declare const structured: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], ...(structured ? { response_format: { type: 'json_object' } } : { logprobs: true }) });`,
    `${header}declare const structured: boolean;\nclient.chat.completions.create(structured ? { model: 'gpt-4o', messages: [], response_format: { type: 'json_object' } } : { model: 'gpt-4o', messages: [], logprobs: true, top_logprobs: 2 });`,
    `${header}declare const structured: boolean;\nclient.responses.create({ model: 'gpt-4o', input: 'hi', ...(structured ? { text: { format: { type: 'json_object' } } } : { include: ['message.output_text.logprobs'] }) });`,
    // Not requests, and malformed code.
    `${header}client.chat.completions.create.mockResolvedValue({ logprobs: true, response_format: { type: 'json_object' } });`,
    `${header}client.chat.completions.create();`,
    `${header}declare const args: any[];\nclient.chat.completions.create(...args);`,
    `${header}client.chat.completions.create(42);`,
    `${header}client.chat.completions.create({ get logprobs() { return true; }, response_format() { return {}; }, messages: [] });`,
  ],
  invalid: [
    {
      // Paths of the body: the one with the JSON format also asks for logprobs (the other does not matter).
      code: `${header}declare const structured: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], logprobs: true, ...(structured ? { response_format: { type: 'json_object' } } : {}) });`,
      output: null,
      errors: [
        {
          messageId: 'chat',
          data: { param: 'logprobs' },
          suggestions: [
            {
              messageId: 'remove',
              output: `${header}declare const structured: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], ...(structured ? { response_format: { type: 'json_object' } } : {}) });`,
            },
          ],
        },
      ],
    },
    {
      // Inline json_object; the model does not matter. OpenAI accepts the combination: a suggestion, never an autofix.
      code: `${header}client.chat.completions.create({ model: 'gpt-4o', logprobs: true, response_format: { type: 'json_object' }, messages: [] });`,
      output: null,
      errors: [{ messageId: 'chat', data: { param: 'logprobs' }, line: 3, column: 51, endLine: 3, endColumn: 65, suggestions: [{ messageId: 'remove', output: `${header}client.chat.completions.create({ model: 'gpt-4o', response_format: { type: 'json_object' }, messages: [] });` }] }],
    },
    {
      // json_schema literal, both parameters: one suggestion each.
      code: `${header}client.chat.completions.create({ model: 'gpt-4.1-mini', logprobs: true, top_logprobs: 5, response_format: { type: 'json_schema', json_schema: { name: 'a', strict: true, schema: {} } }, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'chat',
          data: { param: 'logprobs' },
          suggestions: [
            {
              messageId: 'remove',
              output: `${header}client.chat.completions.create({ model: 'gpt-4.1-mini', top_logprobs: 5, response_format: { type: 'json_schema', json_schema: { name: 'a', strict: true, schema: {} } }, messages: [] });`,
            },
          ],
        },
        {
          messageId: 'chat',
          data: { param: 'top_logprobs' },
          suggestions: [
            {
              messageId: 'remove',
              output: `${header}client.chat.completions.create({ model: 'gpt-4.1-mini', logprobs: true, response_format: { type: 'json_schema', json_schema: { name: 'a', strict: true, schema: {} } }, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // The SDK helper, as in openai-node's own streaming test.
      code: `${header}${zod}client.chat.completions.stream({ model: 'gpt-4o-2024-08-06', logprobs: true, response_format: zodResponseFormat(Answer, 'answer'), messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'chat',
          data: { param: 'logprobs' },
          suggestions: [{ messageId: 'remove', output: `${header}${zod}client.chat.completions.stream({ model: 'gpt-4o-2024-08-06', response_format: zodResponseFormat(Answer, 'answer'), messages: [] });` }],
        },
      ],
    },
    {
      // A namespaced helper and the Standard Schema helper.
      code: `${header}import * as helpers from 'openai/helpers/zod';\ndeclare const Answer: any;\nclient.chat.completions.parse({ model: 'gpt-4o', logprobs: true, response_format: helpers.zodResponseFormat(Answer, 'a'), messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'chat',
          data: { param: 'logprobs' },
          suggestions: [{ messageId: 'remove', output: `${header}import * as helpers from 'openai/helpers/zod';\ndeclare const Answer: any;\nclient.chat.completions.parse({ model: 'gpt-4o', response_format: helpers.zodResponseFormat(Answer, 'a'), messages: [] });` }],
        },
      ],
    },
    {
      code: `${header}declare function standardResponseFormat(schema: unknown, name: string): any;\ndeclare const Answer: any;\nclient.chat.completions.create({ model: 'gpt-4o', top_logprobs: 2, response_format: standardResponseFormat(Answer, 'a'), messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'chat',
          data: { param: 'top_logprobs' },
          suggestions: [{ messageId: 'remove', output: `${header}declare function standardResponseFormat(schema: unknown, name: string): any;\ndeclare const Answer: any;\nclient.chat.completions.create({ model: 'gpt-4o', response_format: standardResponseFormat(Answer, 'a'), messages: [] });` }],
        },
      ],
    },
    {
      // JSON on one path only: suggestion.
      code: `${header}declare const structured: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', logprobs: true, response_format: structured ? { type: 'json_object' } : undefined, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'chat',
          data: { param: 'logprobs' },
          suggestions: [
            {
              messageId: 'remove',
              data: { param: 'logprobs' },
              output: `${header}declare const structured: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', response_format: structured ? { type: 'json_object' } : undefined, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // The format type is JSON on one path only: suggestion.
      code: `${header}declare const structured: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', logprobs: true, response_format: { type: structured ? 'json_object' : 'text' }, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'chat',
          data: { param: 'logprobs' },
          suggestions: [
            {
              messageId: 'remove',
              data: { param: 'logprobs' },
              output: `${header}declare const structured: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', response_format: { type: structured ? 'json_object' : 'text' }, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // Found by the fuzzer: `top_logprobs` cannot be removed (a comment in it), so removing `logprobs`
      // alone would send `top_logprobs` without `logprobs: true`: a suggestion, not an autofix.
      code: `${header}client.chat.completions.create({ model: 'gpt-4o', logprobs: true, top_logprobs /* keep */: 5, response_format: { type: 'json_object' }, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'chat',
          data: { param: 'logprobs' },
          suggestions: [
            {
              messageId: 'remove',
              data: { param: 'logprobs' },
              output: `${header}client.chat.completions.create({ model: 'gpt-4o', top_logprobs /* keep */: 5, response_format: { type: 'json_object' }, messages: [] });`,
            },
          ],
        },
        { messageId: 'chat', data: { param: 'top_logprobs' }, suggestions: [] },
      ],
    },
    {
      // `top_logprobs` with an unknown value stays: removing `logprobs` is only suggested.
      code: `${header}declare const n: number;\nclient.chat.completions.create({ model: 'gpt-4o', logprobs: true, top_logprobs: n, response_format: { type: 'json_object' }, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'chat',
          data: { param: 'logprobs' },
          suggestions: [
            {
              messageId: 'remove',
              data: { param: 'logprobs' },
              output: `${header}declare const n: number;\nclient.chat.completions.create({ model: 'gpt-4o', top_logprobs: n, response_format: { type: 'json_object' }, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // Format from a const, body in a const read once, `as const`: a suggestion.
      code: `${header}const format = { type: 'json_object' } as const;\nconst body = { model: 'gpt-4o', logprobs: true, response_format: format, messages: [] };\nclient.chat.completions.create(body);`,
      output: null,
      errors: [{ messageId: 'chat', data: { param: 'logprobs' }, line: 4, suggestions: [{ messageId: 'remove', output: `${header}const format = { type: 'json_object' } as const;\nconst body = { model: 'gpt-4o', response_format: format, messages: [] };\nclient.chat.completions.create(body);` }] }],
    },
    {
      // Shared base used by two calls: reported at each call, on the body, no fix.
      code: `${header}const base = { model: 'gpt-4o', logprobs: true };\nclient.chat.completions.create({ ...base, response_format: { type: 'json_object' }, messages: [] });\nclient.chat.completions.create({ ...base, response_format: { type: 'json_object' }, messages: [], n: 2 });`,
      output: null,
      errors: [
        { messageId: 'chat', data: { param: 'logprobs' }, line: 4, column: 32, suggestions: [] },
        { messageId: 'chat', data: { param: 'logprobs' }, line: 5, column: 32, suggestions: [] },
      ],
    },
    {
      // Conditional spread, shorthand, computed key.
      code: `${header}declare const c: boolean;\nconst logprobs = true;\nclient.chat.completions.create({ model: 'gpt-4o', response_format: { ['type']: 'json_object' }, messages: [], ...(c ? { logprobs } : {}) });`,
      output: null,
      errors: [
        {
          messageId: 'chat',
          data: { param: 'logprobs' },
          suggestions: [{ messageId: 'remove', output: `${header}declare const c: boolean;\nconst logprobs = true;\nclient.chat.completions.create({ model: 'gpt-4o', response_format: { ['type']: 'json_object' }, messages: [], ...(c ? { } : {}) });` }],
        },
      ],
    },
    {
      // Azure: old api-versions are the case this rule is for, so Azure clients are not skipped.
      code: "import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\naz.chat.completions.create({ model: 'my-deployment', logprobs: true, response_format: { type: 'json_object' }, messages: [] });",
      output: null,
      errors: [{ messageId: 'chat', data: { param: 'logprobs' }, suggestions: [{ messageId: 'remove', output: "import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\naz.chat.completions.create({ model: 'my-deployment', response_format: { type: 'json_object' }, messages: [] });" }] }],
    },
    {
      // A gateway client and a reasoning model: model and client do not matter to this rule.
      code: "import OpenAI from 'openai';\nconst gateway = new OpenAI({ baseURL: 'https://gateway.example.com/v1' });\ngateway.chat.completions.create({ model: 'o3', top_logprobs: 1, response_format: { type: 'json_object' }, messages: [] });",
      output: null,
      errors: [{ messageId: 'chat', data: { param: 'top_logprobs' }, suggestions: [{ messageId: 'remove', output: "import OpenAI from 'openai';\nconst gateway = new OpenAI({ baseURL: 'https://gateway.example.com/v1' });\ngateway.chat.completions.create({ model: 'o3', response_format: { type: 'json_object' }, messages: [] });" }] }],
    },
    {
      // Receivers: this.client with optional chaining; a same-file alias.
      code: `${header}class S { client = new OpenAI(); run() { return this.client?.chat.completions.create({ logprobs: true, response_format: { type: 'json_object' }, messages: [] }); } }`,
      output: null,
      errors: [
        {
          messageId: 'chat',
          data: { param: 'logprobs' },
          suggestions: [{ messageId: 'remove', output: `${header}class S { client = new OpenAI(); run() { return this.client?.chat.completions.create({ response_format: { type: 'json_object' }, messages: [] }); } }` }],
        },
      ],
    },
    {
      code: `${header}const completions = client.chat.completions;\ncompletions.create({ logprobs: true, response_format: { type: \`json_schema\`, json_schema: { name: 'a' } }, messages: [] });`,
      output: null,
      errors: [{ messageId: 'chat', data: { param: 'logprobs' }, suggestions: [{ messageId: 'remove', output: `${header}const completions = client.chat.completions;\ncompletions.create({ response_format: { type: \`json_schema\`, json_schema: { name: 'a' } }, messages: [] });` }] }],
    },
    {
      // A comment inside the property: report without a fix.
      code: `${header}client.chat.completions.create({ logprobs: /* for confidence */ true, response_format: { type: 'json_object' }, messages: [] });`,
      output: null,
      errors: [{ messageId: 'chat', data: { param: 'logprobs' }, suggestions: [] }],
    },

    // ------------------------------------------------------------------ Responses API
    {
      // zodTextFormat and the only include entry: the whole `include` goes.
      code: `${header}${zod}client.responses.parse({ model: 'gpt-4o', include: ['message.output_text.logprobs'], text: { format: zodTextFormat(Answer, 'a') }, input: 'hi' });`,
      output: null,
      errors: [{ messageId: 'responsesInclude', line: 5, column: 43, endColumn: 84, suggestions: [{ messageId: 'removeInclude', output: `${header}${zod}client.responses.parse({ model: 'gpt-4o', text: { format: zodTextFormat(Answer, 'a') }, input: 'hi' });` }] }],
    },
    {
      // A json_schema text format with top_logprobs and one of several include entries (multi-line).
      code: `${header}client.responses.create({\n  model: 'gpt-4.1',\n  top_logprobs: 2,\n  include: [\n    'message.output_text.logprobs',\n    'reasoning.encrypted_content',\n  ],\n  text: { format: { type: 'json_schema', name: 'a', schema: {}, strict: true } },\n  input: 'hi',\n});`,
      output: null,
      errors: [
        {
          messageId: 'responsesTopLogprobs',
          line: 5,
          suggestions: [
            {
              messageId: 'remove',
              output: `${header}client.responses.create({\n  model: 'gpt-4.1',\n  include: [\n    'message.output_text.logprobs',\n    'reasoning.encrypted_content',\n  ],\n  text: { format: { type: 'json_schema', name: 'a', schema: {}, strict: true } },\n  input: 'hi',\n});`,
            },
          ],
        },
        {
          messageId: 'responsesInclude',
          line: 6,
          suggestions: [
            {
              messageId: 'removeInclude',
              output: `${header}client.responses.create({\n  model: 'gpt-4.1',\n  top_logprobs: 2,\n  include: [\n    'reasoning.encrypted_content',\n  ],\n  text: { format: { type: 'json_schema', name: 'a', schema: {}, strict: true } },\n  input: 'hi',\n});`,
            },
          ],
        },
      ],
    },
    {
      // Standard Schema helper; a text format on one path only: suggestions.
      code: `${header}declare function standardTextFormat(schema: unknown, name: string): any;\ndeclare const Answer: any;\ndeclare const c: boolean;\nclient.responses.create({ model: 'gpt-4o', include: ['reasoning.encrypted_content', 'message.output_text.logprobs'], text: c ? { format: standardTextFormat(Answer, 'a') } : undefined, input: 'hi' });`,
      output: null,
      errors: [
        {
          messageId: 'responsesInclude',
          suggestions: [
            {
              messageId: 'removeInclude',
              output: `${header}declare function standardTextFormat(schema: unknown, name: string): any;\ndeclare const Answer: any;\ndeclare const c: boolean;\nclient.responses.create({ model: 'gpt-4o', include: ['reasoning.encrypted_content'], text: c ? { format: standardTextFormat(Answer, 'a') } : undefined, input: 'hi' });`,
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('no-logprobs-with-response-format (CommonJS)', rule, {
  valid: ["const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o', logprobs: true, messages: [] });"],
  invalid: [
    {
      code: "const OpenAI = require('openai');\nconst { zodResponseFormat } = require('openai/helpers/zod');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o', logprobs: true, response_format: zodResponseFormat(Answer, 'a'), messages: [] });",
      output: null,
      errors: [{ messageId: 'chat', data: { param: 'logprobs' }, suggestions: [{ messageId: 'remove', output: "const OpenAI = require('openai');\nconst { zodResponseFormat } = require('openai/helpers/zod');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o', response_format: zodResponseFormat(Answer, 'a'), messages: [] });" }] }],
    },
  ],
});
