import rule from '../../rules/no-chat-params-in-responses-api.js';
import { jsRuleTester, ruleTester } from '../rule-tester.js';

const header = "import OpenAI from 'openai';\nconst client = new OpenAI();\n";
const call = (body: string): string => `${header}client.responses.create(${body});`;

ruleTester.run('no-chat-params-in-responses-api', rule, {
  valid: [
    // The Responses names.
    call("{ model: 'gpt-5', input: 'hi', max_output_tokens: 100, text: { format: { type: 'json_object' } } }"),
    call("{ model: 'gpt-4.1', input: [{ role: 'user', content: 'hi' }], include: ['message.output_text.logprobs'], top_logprobs: 3 }"),
    call("{ model: 'gpt-4.1', input: 'hi', temperature: 0.2, top_p: 0.9 }"),
    // Chat Completions takes them all.
    `${header}client.chat.completions.create({ model: 'gpt-4.1', messages: [], response_format: { type: 'json_object' }, max_tokens: 1, logprobs: true, stop: ['x'], n: 2, seed: 1, logit_bias: {}, presence_penalty: 1, frequency_penalty: 1 });`,
    // null / undefined are not sent.
    call("{ model: 'gpt-5', input: 'hi', max_tokens: undefined, stop: null, seed: void 0 }"),
    // Chat Completions takes reasoning_effort; the Responses API takes reasoning.effort.
    `${header}client.chat.completions.create({ model: 'gpt-5.5', messages: [], reasoning_effort: 'low' });`,
    call("{ model: 'gpt-5.5', input: 'hi', reasoning: { effort: 'low' } }"),
    call("{ model: 'gpt-5.5', input: 'hi', reasoning_effort: undefined }"),
    // A spread that may add anything: nothing is known to be sent.
    `${header}declare const opts: Record<string, unknown>;\nclient.responses.create({ model: 'gpt-5', input: 'hi', ...opts });`,
    // A body that is not known.
    `${header}declare const body: any;\nclient.responses.create(body);`,
    // Another provider's Responses endpoint.
    "import OpenAI from 'openai';\nconst local = new OpenAI({ baseURL: 'http://localhost:8000/v1' });\nlocal.responses.create({ model: 'm', input: 'hi', max_tokens: 5, seed: 1 });",
    // A host declared `other`: its Responses endpoint is not OpenAI's.
    {
      code: "import OpenAI from 'openai';\nconst c = new OpenAI({ baseURL: 'https://llm.internal/v1' });\nc.responses.create({ model: 'm', input: 'hi', max_tokens: 5, reasoning_effort: 'low', seed: 1 });",
      settings: { openai: { providers: { other: ['llm.internal'] } } },
    },
    // Not a request: a mock, another method, the WebSocket namespace.
    `${header}client.responses.create.mockResolvedValue({ max_tokens: 1, seed: 1 });`,
    `${header}client.responses.retrieve({ max_tokens: 1 });`,
    `${header}client.beta.responses.create({ model: 'gpt-5', max_tokens: 1 });`,
    // Malformed or unusual calls do not crash.
    `${header}client.responses.create();`,
    `${header}declare const args: any[];\nclient.responses.create(...args);`,
    `${header}client.responses.create('hi');`,
    // Methods are not serialised into the body.
    `${header}client.responses.create({ model: 'gpt-5', input: 'hi', stop() { return 1; }, seed: () => 1 });`,
  ],
  invalid: [
    {
      // reasoning_effort moved to reasoning.effort (error text: lobehub/lobehub#8163): a certain, local move.
      code: call("{ model: 'gpt-5.5', input: 'hi', reasoning_effort: 'low' }"),
      output: call("{ model: 'gpt-5.5', input: 'hi', reasoning: { effort: 'low' } }"),
      errors: [{ messageId: 'reasoningEffort' }],
    },
    {
      // Shorthand property: the value moves with its name.
      code: `${header}const reasoning_effort = 'low';\nclient.responses.create({ model: 'gpt-5.5', input: 'hi', reasoning_effort });`,
      output: `${header}const reasoning_effort = 'low';\nclient.responses.create({ model: 'gpt-5.5', input: 'hi', reasoning: { effort: reasoning_effort } });`,
      errors: [{ messageId: 'reasoningEffort' }],
    },
    {
      // A declared variable's value is not known without types (it may be undefined): suggestion only.
      code: `${header}declare const reasoning_effort: 'low' | 'high';\nclient.responses.create({ model: 'gpt-5.5', input: 'hi', reasoning_effort });`,
      output: null,
      errors: [
        {
          messageId: 'reasoningEffort',
          suggestions: [
            {
              messageId: 'moveToReasoningEffort',
              output: `${header}declare const reasoning_effort: 'low' | 'high';\nclient.responses.create({ model: 'gpt-5.5', input: 'hi', reasoning: { effort: reasoning_effort } });`,
            },
          ],
        },
      ],
    },
    {
      // `undefined` on one path: the key sent nothing there, and the move would send `reasoning: {}`.
      code: `${header}declare const fast: boolean;\nclient.responses.create({ model: 'gpt-5.5', input: 'hi', reasoning_effort: fast ? 'low' : undefined });`,
      output: null,
      errors: [
        {
          messageId: 'reasoningEffort',
          suggestions: [
            {
              messageId: 'moveToReasoningEffort',
              output: `${header}declare const fast: boolean;\nclient.responses.create({ model: 'gpt-5.5', input: 'hi', reasoning: { effort: fast ? 'low' : undefined } });`,
            },
          ],
        },
      ],
    },
    {
      // A value that is not known (it may be undefined): suggestion only.
      code: `${header}declare function pick(): any;\nclient.responses.create({ model: 'gpt-5.5', input: 'hi', reasoning_effort: pick() });`,
      output: null,
      errors: [
        {
          messageId: 'reasoningEffort',
          suggestions: [
            {
              messageId: 'moveToReasoningEffort',
              output: `${header}declare function pick(): any;\nclient.responses.create({ model: 'gpt-5.5', input: 'hi', reasoning: { effort: pick() } });`,
            },
          ],
        },
      ],
    },
    {
      // A known string on every path: still the autofix.
      code: `${header}declare const fast: boolean;\nclient.responses.create({ model: 'gpt-5.5', input: 'hi', reasoning_effort: fast ? 'low' : 'high' });`,
      output: `${header}declare const fast: boolean;\nclient.responses.create({ model: 'gpt-5.5', input: 'hi', reasoning: { effort: fast ? 'low' : 'high' } });`,
      errors: [{ messageId: 'reasoningEffort', suggestions: [] }],
    },
    {
      // A `reasoning` object already there: merging is the author's call, so no edit at all.
      code: call("{ model: 'gpt-5.5', input: 'hi', reasoning: { summary: 'auto' }, reasoning_effort: 'low' }"),
      output: null,
      errors: [{ messageId: 'reasoningEffort', suggestions: [] }],
    },
    {
      // Written in a binding shared with another call: suggestion only.
      code: `${header}const opts = { reasoning_effort: 'low' } as const;\nclient.responses.create({ model: 'gpt-5.5', input: 'hi', ...opts });\nclient.chat.completions.create({ model: 'gpt-5.5', messages: [], ...opts });`,
      output: null,
      errors: [{ messageId: 'reasoningEffort', suggestions: [] }],
    },
    {
      // Inline literal: the output cap is renamed.
      code: call("{ model: 'gpt-5', input: 'hi', max_tokens: 100 }"),
      output: call("{ model: 'gpt-5', input: 'hi', max_output_tokens: 100 }"),
      errors: [{ messageId: 'outputCap', data: { param: 'max_tokens' }, line: 3, column: 56, endColumn: 71 }],
    },
    {
      code: call("{ model: 'o3', input: 'hi', max_completion_tokens: 100 }"),
      output: call("{ model: 'o3', input: 'hi', max_output_tokens: 100 }"),
      errors: [{ messageId: 'outputCap', data: { param: 'max_completion_tokens' } }],
    },
    {
      // Body in a const read only here: still this call's own literal.
      code: `${header}const params = { model: 'gpt-5', input: 'hi', max_tokens: 100 };\nawait client.responses.create(params);`,
      output: `${header}const params = { model: 'gpt-5', input: 'hi', max_output_tokens: 100 };\nawait client.responses.create(params);`,
      errors: [{ messageId: 'outputCap', line: 3 }],
    },
    {
      // A base spread once: local, fixed.
      code: `${header}const base = { max_tokens: 100 };\nclient.responses.create({ ...base, model: 'gpt-5', input: 'hi' });`,
      output: `${header}const base = { max_output_tokens: 100 };\nclient.responses.create({ ...base, model: 'gpt-5', input: 'hi' });`,
      errors: [{ messageId: 'outputCap', line: 3, column: 16 }],
    },
    {
      // A base shared by two calls: reported at each call, a suggestion each (it edits the shared object).
      code: `${header}const base = { model: 'gpt-5', seed: 7 };\nclient.responses.create({ ...base, input: 'a' });\nclient.responses.create({ ...base, input: 'b' });`,
      output: null,
      errors: [
        { messageId: 'dropped', data: { param: 'seed' }, line: 4, suggestions: [] },
        { messageId: 'dropped', data: { param: 'seed' }, line: 5, suggestions: [] },
      ],
    },
    {
      // Shorthand: `max_tokens` becomes `max_output_tokens: max_tokens`.
      code: `${header}const max_tokens = 64;\nclient.responses.create({ model: 'gpt-5', input: 'hi', max_tokens });`,
      output: `${header}const max_tokens = 64;\nclient.responses.create({ model: 'gpt-5', input: 'hi', max_output_tokens: max_tokens });`,
      errors: [{ messageId: 'outputCap' }],
    },
    {
      // Computed string key keeps its brackets and quotes; an unknown value does not matter for a rename.
      code: `${header}declare const limit: number;\nclient.responses.create({ model: 'gpt-5', input: 'hi', ['max_tokens']: limit ?? 100 });`,
      output: `${header}declare const limit: number;\nclient.responses.create({ model: 'gpt-5', input: 'hi', ['max_output_tokens']: limit ?? 100 });`,
      errors: [{ messageId: 'outputCap' }],
    },
    {
      // `max_output_tokens` already set: suggest removing the Chat key.
      code: call("{ model: 'gpt-5', input: 'hi', max_tokens: 100, max_output_tokens: 200 }"),
      output: null,
      errors: [
        {
          messageId: 'outputCap',
          suggestions: [{ messageId: 'removeOutputCap', data: { param: 'max_tokens' }, output: call("{ model: 'gpt-5', input: 'hi', max_output_tokens: 200 }") }],
        },
      ],
    },
    {
      // Both Chat caps: neither is renamed automatically (they would collide).
      code: call("{ model: 'gpt-5', input: 'hi', max_tokens: 1, max_completion_tokens: 2 }"),
      output: null,
      errors: [
        {
          messageId: 'outputCap',
          data: { param: 'max_tokens' },
          suggestions: [{ messageId: 'renameToMaxOutputTokens', output: call("{ model: 'gpt-5', input: 'hi', max_output_tokens: 1, max_completion_tokens: 2 }") }],
        },
        {
          messageId: 'outputCap',
          data: { param: 'max_completion_tokens' },
          suggestions: [{ messageId: 'renameToMaxOutputTokens', output: call("{ model: 'gpt-5', input: 'hi', max_tokens: 1, max_output_tokens: 2 }") }],
        },
      ],
    },
    {
      // An unknown spread after the key may carry `max_output_tokens`: suggestion only.
      code: `${header}declare const extra: object;\nclient.responses.create({ model: 'gpt-5', input: 'hi', max_tokens: 5, ...extra });`,
      output: null,
      errors: [
        {
          messageId: 'outputCap',
          suggestions: [
            { messageId: 'renameToMaxOutputTokens', output: `${header}declare const extra: object;\nclient.responses.create({ model: 'gpt-5', input: 'hi', max_output_tokens: 5, ...extra });` },
          ],
        },
      ],
    },
    {
      // response_format, json_object, inline: moved to text.format.
      code: call("{ model: 'gpt-5', input: 'Reply in JSON', response_format: { type: 'json_object' } }"),
      output: null,
      errors: [
        {
          messageId: 'responseFormat',
          line: 3,
          column: 67,
          suggestions: [
            { messageId: 'moveToTextFormat', data: { flatten: '' }, output: call("{ model: 'gpt-5', input: 'Reply in JSON', text: { format: { type: 'json_object' } } }") },
          ],
        },
      ],
    },
    {
      // A nested json_schema (the Chat shape) is flattened on the way, keeping the layout.
      code: `${header}await client.responses.create({
  model: 'gpt-5',
  input: 'hi',
  response_format: {
    type: 'json_schema',
    json_schema: {
      name: 'person',
      strict: true,
      schema: {
        type: 'object',
      },
    },
  },
});`,
      output: null,
      errors: [
        {
          messageId: 'responseFormat',
          suggestions: [
            {
              messageId: 'moveToTextFormat',
              data: { flatten: ' and flatten its `json_schema` object' },
              output: `${header}await client.responses.create({
  model: 'gpt-5',
  input: 'hi',
  text: {
    format: {
      type: 'json_schema',
      name: 'person',
      strict: true,
      schema: {
        type: 'object',
      },
    },
  },
});`,
            },
          ],
        },
      ],
    },
    {
      // One line, `as const`: flattened inside the wrapper.
      code: call("{ model: 'gpt-5', input: 'hi', response_format: { type: 'json_schema', json_schema: { name: 'p', schema: {} } } as const }"),
      output: null,
      errors: [
        {
          messageId: 'responseFormat',
          suggestions: [
            {
              messageId: 'moveToTextFormat',
              output: call("{ model: 'gpt-5', input: 'hi', text: { format: { type: 'json_schema', name: 'p', schema: {} } as const } }"),
            },
          ],
        },
      ],
    },
    {
      // Already the flat Responses shape, only under the Chat key: moved as it is.
      code: call("{ model: 'gpt-5', input: 'hi', response_format: { type: 'json_schema', name: 'p', schema: {} } }"),
      output: null,
      errors: [
        {
          messageId: 'responseFormat',
          suggestions: [
            { messageId: 'moveToTextFormat', data: { flatten: '' }, output: call("{ model: 'gpt-5', input: 'hi', text: { format: { type: 'json_schema', name: 'p', schema: {} } } }") },
          ],
        },
      ],
    },
    {
      // An inline `text` without `format` takes it.
      code: call("{ model: 'gpt-5', input: 'json', response_format: { type: 'json_object' }, text: { verbosity: 'low' } }"),
      output: null,
      errors: [
        {
          messageId: 'responseFormat',
          suggestions: [{ messageId: 'moveToTextFormat', output: call("{ model: 'gpt-5', input: 'json', text: { verbosity: 'low', format: { type: 'json_object' } } }") }],
        },
      ],
    },
    {
      // `text.format` already there, a helper call, a json_schema held in a variable, a comment: report only.
      code: call("{ model: 'gpt-5', input: 'json', response_format: { type: 'json_object' }, text: { format: { type: 'text' } } }"),
      output: null,
      errors: [{ messageId: 'responseFormat', suggestions: [] }],
    },
    {
      code: `declare function zodResponseFormat(...a: unknown[]): any;\n${header}client.responses.parse({ model: 'gpt-5', input: 'x', response_format: zodResponseFormat({}, 'p') });`,
      output: null,
      errors: [{ messageId: 'responseFormat', suggestions: [] }],
    },
    {
      code: `${header}const format = { type: 'json_schema', json_schema: { name: 'p', schema: {} } };\nclient.responses.create({ model: 'gpt-5', input: 'x', response_format: format });`,
      output: null,
      errors: [{ messageId: 'responseFormat', suggestions: [] }],
    },
    {
      code: call("{ model: 'gpt-5', input: 'json', response_format: { type: 'json_object' /* JSON mode */ } }"),
      output: null,
      errors: [{ messageId: 'responseFormat', suggestions: [] }],
    },
    {
      // A json_object format in a const and an enum member: moved as written.
      code: `${header}enum Kind { Json = 'json_object' }\nconst format = { type: Kind.Json };\nclient.responses.create({ model: 'gpt-5', input: 'json', response_format: format });`,
      output: null,
      errors: [
        {
          messageId: 'responseFormat',
          suggestions: [
            {
              messageId: 'moveToTextFormat',
              output: `${header}enum Kind { Json = 'json_object' }\nconst format = { type: Kind.Json };\nclient.responses.create({ model: 'gpt-5', input: 'json', text: { format: format } });`,
            },
          ],
        },
      ],
    },
    {
      // logprobs: true → the include entry; merged into an inline include array.
      code: call("{ model: 'gpt-4.1', input: 'hi', logprobs: true, top_logprobs: 2 }"),
      output: null,
      errors: [
        {
          messageId: 'logprobs',
          suggestions: [{ messageId: 'useInclude', output: call("{ model: 'gpt-4.1', input: 'hi', include: ['message.output_text.logprobs'], top_logprobs: 2 }") }],
        },
      ],
    },
    {
      code: call('{ model: "gpt-4.1", input: "hi", logprobs: true, include: ["reasoning.encrypted_content"] }'),
      output: null,
      errors: [
        {
          messageId: 'logprobs',
          suggestions: [{ messageId: 'useInclude', output: call('{ model: "gpt-4.1", input: "hi", include: ["reasoning.encrypted_content", "message.output_text.logprobs"] }') }],
        },
      ],
    },
    {
      // Already included: only the flag goes.
      code: call("{ model: 'gpt-4.1', input: 'hi', include: ['message.output_text.logprobs'], logprobs: true }"),
      output: null,
      errors: [{ messageId: 'logprobs', suggestions: [{ messageId: 'useInclude', output: call("{ model: 'gpt-4.1', input: 'hi', include: ['message.output_text.logprobs'] }") }] }],
    },
    {
      // false: only removal; a value set (`c ? true : false`): both.
      code: call("{ model: 'gpt-4.1', input: 'hi', logprobs: false }"),
      output: null,
      errors: [{ messageId: 'logprobs', suggestions: [{ messageId: 'remove', data: { param: 'logprobs' }, output: call("{ model: 'gpt-4.1', input: 'hi' }") }] }],
    },
    {
      code: `${header}declare const c: boolean;\nclient.responses.create({ model: 'gpt-4.1', input: 'hi', logprobs: c ? true : false });`,
      output: null,
      errors: [
        {
          messageId: 'logprobs',
          suggestions: [
            { messageId: 'useInclude', output: `${header}declare const c: boolean;\nclient.responses.create({ model: 'gpt-4.1', input: 'hi', include: ['message.output_text.logprobs'] });` },
            { messageId: 'remove', output: `${header}declare const c: boolean;\nclient.responses.create({ model: 'gpt-4.1', input: 'hi' });` },
          ],
        },
      ],
    },
    {
      // messages → input, when input is absent; not when it is there.
      code: call("{ model: 'gpt-5', messages: [{ role: 'user', content: `hi` }] }"),
      output: null,
      errors: [{ messageId: 'messages', suggestions: [{ messageId: 'renameToInput', output: call("{ model: 'gpt-5', input: [{ role: 'user', content: `hi` }] }") }] }],
    },
    {
      code: call("{ model: 'gpt-5', input: 'a', messages: [] }"),
      output: null,
      errors: [{ messageId: 'messages', suggestions: [] }],
    },
    {
      // The dropped parameters, with template literal, member of a const object and `satisfies`.
      code: `${header}const CONFIG = { seed: 42 } as const;\nclient.responses.create({ model: 'gpt-5', input: 'x', stop: \`END\`, n: 2, seed: CONFIG.seed } satisfies object);`,
      output: null,
      errors: [
        { messageId: 'dropped', data: { param: 'stop' }, suggestions: [{ messageId: 'remove', output: `${header}const CONFIG = { seed: 42 } as const;\nclient.responses.create({ model: 'gpt-5', input: 'x', n: 2, seed: CONFIG.seed } satisfies object);` }] },
        { messageId: 'dropped', data: { param: 'n' }, suggestions: [{ messageId: 'remove', output: `${header}const CONFIG = { seed: 42 } as const;\nclient.responses.create({ model: 'gpt-5', input: 'x', stop: \`END\`, seed: CONFIG.seed } satisfies object);` }] },
        { messageId: 'dropped', data: { param: 'seed' }, suggestions: [{ messageId: 'remove', output: `${header}const CONFIG = { seed: 42 } as const;\nclient.responses.create({ model: 'gpt-5', input: 'x', stop: \`END\`, n: 2 } satisfies object);` }] },
      ],
    },
    {
      // Conditional spreads: sent on one path.
      code: `${header}declare const c: boolean;\nclient.responses.create({ model: 'gpt-5', input: 'x', ...(c ? { presence_penalty: 1 } : {}), ...(c && { frequency_penalty: 1 }) });`,
      output: null,
      errors: [
        {
          messageId: 'dropped',
          data: { param: 'presence_penalty' },
          suggestions: [{ messageId: 'remove', output: `${header}declare const c: boolean;\nclient.responses.create({ model: 'gpt-5', input: 'x', ...(c ? { } : {}), ...(c && { frequency_penalty: 1 }) });` }],
        },
        {
          messageId: 'dropped',
          data: { param: 'frequency_penalty' },
          suggestions: [{ messageId: 'remove', output: `${header}declare const c: boolean;\nclient.responses.create({ model: 'gpt-5', input: 'x', ...(c ? { presence_penalty: 1 } : {}), ...(c && { }) });` }],
        },
      ],
    },
    {
      // logit_bias written with `as`, `!` on the receiver's chain, optional chaining.
      code: `${header}client?.responses?.stream({ model: 'gpt-5', input: 'x', logit_bias: { 50256: -100 } as Record<number, number> });`,
      output: null,
      errors: [{ messageId: 'dropped', data: { param: 'logit_bias' }, suggestions: [{ messageId: 'remove', output: `${header}client?.responses?.stream({ model: 'gpt-5', input: 'x' });` }] }],
    },
    {
      // Receivers: this.client, a same-file alias, a non-null assertion.
      code: `${header}class S { client = new OpenAI(); run() { return this.client.responses.create({ model: 'gpt-5', input: 'x', max_tokens: 1 }); } }`,
      output: `${header}class S { client = new OpenAI(); run() { return this.client.responses.create({ model: 'gpt-5', input: 'x', max_output_tokens: 1 }); } }`,
      errors: [{ messageId: 'outputCap' }],
    },
    {
      code: `${header}const responses = client.responses;\nresponses.create({ model: 'gpt-5', input: 'x', max_tokens: 1 });`,
      output: `${header}const responses = client.responses;\nresponses.create({ model: 'gpt-5', input: 'x', max_output_tokens: 1 });`,
      errors: [{ messageId: 'outputCap' }],
    },
    {
      code: `declare const maybe: OpenAI | undefined;\nimport OpenAI from 'openai';\nmaybe!.responses.create({ model: 'gpt-5', input: 'x', max_tokens: 1 });`,
      output: `declare const maybe: OpenAI | undefined;\nimport OpenAI from 'openai';\nmaybe!.responses.create({ model: 'gpt-5', input: 'x', max_output_tokens: 1 });`,
      errors: [{ messageId: 'outputCap' }],
    },
    {
      // A getter is serialised: reported, and removable.
      code: call("{ model: 'gpt-5', input: 'hi', get seed() { return 1; } }"),
      output: null,
      errors: [{ messageId: 'dropped', data: { param: 'seed' }, suggestions: [{ messageId: 'remove', output: call("{ model: 'gpt-5', input: 'hi' }") }] }],
    },
    {
      // Azure: the parameter names are not model-specific, so the rule still applies.
      code: "import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\naz.responses.create({ model: 'my-deployment', input: 'x', max_tokens: 1 });",
      output: "import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\naz.responses.create({ model: 'my-deployment', input: 'x', max_output_tokens: 1 });",
      errors: [{ messageId: 'outputCap' }],
    },
    {
      // Several problems in one object: the rename is applied, the rest stay suggestions.
      code: call("{ model: 'gpt-5', messages: [], max_completion_tokens: 9, seed: 1 }"),
      output: call("{ model: 'gpt-5', messages: [], max_output_tokens: 9, seed: 1 }"),
      errors: [
        { messageId: 'messages', suggestions: [{ messageId: 'renameToInput', output: call("{ model: 'gpt-5', input: [], max_completion_tokens: 9, seed: 1 }") }] },
        { messageId: 'outputCap' },
        { messageId: 'dropped', suggestions: [{ messageId: 'remove', output: call("{ model: 'gpt-5', messages: [], max_completion_tokens: 9 }") }] },
      ],
    },
  ],
});

jsRuleTester.run('no-chat-params-in-responses-api (CommonJS)', rule, {
  valid: ["const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o', max_tokens: 1, messages: [] });"],
  invalid: [
    {
      code: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.responses.create({ model: 'gpt-4o', input: 'x', max_tokens: 1 });",
      output: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.responses.create({ model: 'gpt-4o', input: 'x', max_output_tokens: 1 });",
      errors: [{ messageId: 'outputCap' }],
    },
  ],
});
