import rule from '../../rules/no-unsupported-sampling-params.js';
import { jsRuleTester, ruleTester } from '../rule-tester.js';

const header = "import OpenAI from 'openai';\nconst client = new OpenAI();\n";
const chat = (body: string): string => `${header}client.chat.completions.create(${body});`;
const responses = (body: string): string => `${header}client.responses.create(${body});`;

const DEFAULT_MEDIUM = 'the default effort `medium`';

ruleTester.run('no-unsupported-sampling-params', rule, {
  valid: [
    // Non-reasoning models accept every sampling parameter.
    chat("{ model: 'gpt-4.1', temperature: 0.2, top_p: 0.9, presence_penalty: 1, frequency_penalty: 1, stop: ['END'], logit_bias: { 50256: -100 }, messages: [] }"),
    chat("{ model: 'gpt-5-chat-latest', temperature: 0.2, stop: 'END', messages: [] }"),
    // Default values are accepted by reasoning models.
    chat("{ model: 'gpt-5', temperature: 1, top_p: 1, presence_penalty: 0, frequency_penalty: 0, messages: [] }"),
    chat("{ model: 'o3', temperature: 1.0, messages: [] }"),
    // An unknown value may be the default: not an error on a reasoning model.
    `${header}declare const opts: { t?: number; p?: number };\nclient.chat.completions.create({ model: 'gpt-5', temperature: opts.t, top_p: opts.p, messages: [] });`,
    // Effort none (the default of gpt-5.1, written for gpt-5.5) unlocks temperature, top_p and penalties.
    chat("{ model: 'gpt-5.1', temperature: 0.2, top_p: 0.5, presence_penalty: 0.5, messages: [] }"),
    chat("{ model: 'gpt-5.5', reasoning_effort: 'none', temperature: 0.2, frequency_penalty: 0.3, messages: [] }"),
    chat("{ model: 'gpt-5.2-2025-12-11', temperature: 0, messages: [] }"),
    // Default effort unknown (gpt-5.4-mini): the outcome is not known.
    chat("{ model: 'gpt-5.4-mini', temperature: 0.2, messages: [] }"),
    // Effort not statically known on a model where none unlocks sampling.
    `${header}declare const effort: 'none' | 'high';\nclient.chat.completions.create({ model: 'gpt-5.5', reasoning_effort: effort, temperature: 0.2, messages: [] });`,
    // Effort none on a model that does not accept none: that request fails for another reason.
    chat("{ model: 'gpt-5', reasoning_effort: 'none', temperature: 0.2, messages: [] }"),
    // null / undefined are not sent.
    chat("{ model: 'o3', stop: null, logit_bias: undefined, temperature: undefined, messages: [] }"),
    chat("{ model: 'gpt-4o-search-preview', temperature: undefined, top_p: null, messages: [] }"),
    // Search-preview model without sampling parameters.
    chat("{ model: 'gpt-4o-mini-search-preview', web_search_options: {}, messages: [] }"),
    // Unknown model: never an error.
    `${header}declare const model: string;\nclient.chat.completions.create({ model, temperature: 0.2, stop: 'END', messages: [] });`,
    chat("{ model: 'my-custom-model', temperature: 0.2, stop: 'END', messages: [] }"),
    // Azure: `model` is a deployment name.
    "import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\naz.chat.completions.create({ model: 'o3', temperature: 0.2, stop: 'END', messages: [] });",
    // Responses: penalties, stop and logit_bias are another rule's business there.
    responses("{ model: 'o3', presence_penalty: 0.5, stop: 'END', logit_bias: {}, input: 'hi' }"),
    responses("{ model: 'gpt-5.1', temperature: 0.2, top_p: 0.5, input: 'hi' }"),
    responses("{ model: 'gpt-5.5', reasoning: { effort: 'none' }, temperature: 0.2, input: 'hi' }"),
    // A non-number value is a type error, not this rule's.
    chat("{ model: 'o3', temperature: '0.2', messages: [] }"),
    // Not a request: a mock.
    `${header}client.chat.completions.create.mockResolvedValue({ model: 'o3', temperature: 0.2, stop: 'x' });`,
    // Malformed or unusual code must not crash.
    `${header}client.chat.completions.create();`,
    `${header}declare const args: any[];\nclient.chat.completions.create(...args);`,
    `${header}client.chat.completions.create('o3');`,
    `${header}declare const body: any;\nclient.chat.completions.create(body);`,
    chat("{ model: 'o3', get temperature() { return 0.2; }, describe() { return 'x'; }, messages: [] }"),
  ],
  invalid: [
    {
      // gpt-5.6-sol defaults to medium (Medium-High evidence): reported, suggestions only.
      code: chat("{ model: 'gpt-5.6-sol', temperature: 0.2, messages: [] }"),
      output: null,
      errors: [
        {
          messageId: 'temperature',
          suggestions: [
            { messageId: 'remove', output: chat("{ model: 'gpt-5.6-sol', messages: [] }") },
            { messageId: 'setEffortNoneChat', output: chat("{ model: 'gpt-5.6-sol', temperature: 0.2, messages: [], reasoning_effort: 'none' }") },
          ],
        },
      ],
    },
    {
      // Inline literal: a suggestion, never an autofix (removing changes sampling elsewhere).
      code: chat("{ model: 'gpt-5', temperature: 0.2, messages: [] }"),
      output: null,
      errors: [
        {
          messageId: 'temperature',
          data: { param: 'temperature', via: '', value: '0.2', errorValue: '0.2', model: 'gpt-5', effort: DEFAULT_MEDIUM },
          line: 3,
          column: 50,
          endLine: 3,
          endColumn: 66,
          suggestions: [
            { messageId: 'remove', data: { param: 'temperature' }, output: chat("{ model: 'gpt-5', messages: [] }") },
          ],
        },
      ],
    },
    {
      // Body in a const used only here.
      code: `${header}const params = { model: 'o3', top_p: 0.9, messages: [] };\nawait client.chat.completions.create(params);`,
      output: null,
      errors: [
        {
          messageId: 'sampling',
          data: { via: '', param: 'top_p', value: '0.9', model: 'o3', effort: DEFAULT_MEDIUM },
          line: 3,
          suggestions: [
            {
              messageId: 'remove',
              output: `${header}const params = { model: 'o3', messages: [] };\nawait client.chat.completions.create(params);`,
            },
          ],
        },
      ],
    },
    {
      // Spread of a base object used once: still local.
      code: `${header}const base = { model: 'o3', presence_penalty: 0.5 };\nclient.chat.completions.create({ ...base, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'sampling',
          data: { via: '', param: 'presence_penalty', value: '0.5', model: 'o3', effort: DEFAULT_MEDIUM },
          suggestions: [
            {
              messageId: 'remove',
              output: `${header}const base = { model: 'o3' };\nclient.chat.completions.create({ ...base, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // Base object shared by two calls: reported at each call's body, no edit.
      code: `${header}const base = { model: 'o3', frequency_penalty: 0.5, stop: ['END'] };\nclient.chat.completions.create({ ...base, messages: [] });\nclient.chat.completions.create({ ...base, n: 1, messages: [] });`,
      output: null,
      errors: [
        { messageId: 'sampling', line: 4, column: 32, suggestions: [] },
        { messageId: 'alwaysRejected', line: 4, column: 32, suggestions: [] },
        { messageId: 'sampling', line: 5, column: 32, suggestions: [] },
        { messageId: 'alwaysRejected', line: 5, column: 32, suggestions: [] },
      ],
    },
    {
      // Conditional spread.
      code: `${header}declare const c: boolean;\nclient.chat.completions.create({ model: 'o3', ...(c ? { temperature: 0.2 } : {}), messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'temperature',
          suggestions: [
            {
              messageId: 'remove',
              output: `${header}declare const c: boolean;\nclient.chat.completions.create({ model: 'o3', ...(c ? { } : {}), messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      code: `${header}declare const c: boolean;\nclient.chat.completions.create({ model: 'o4-mini', ...(c && { frequency_penalty: 0.5 }), messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'sampling',
          data: { via: '', param: 'frequency_penalty', value: '0.5', model: 'o4-mini', effort: DEFAULT_MEDIUM },
          suggestions: [
            {
              messageId: 'remove',
              output: `${header}declare const c: boolean;\nclient.chat.completions.create({ model: 'o4-mini', ...(c && { }), messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // Shorthand property.
      code: `${header}const temperature = 0;\nclient.chat.completions.create({ model: 'gpt-5', temperature, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'temperature',
          data: { param: 'temperature', via: '', value: '0', errorValue: '0', model: 'gpt-5', effort: DEFAULT_MEDIUM },
          suggestions: [
            {
              messageId: 'remove',
              output: `${header}const temperature = 0;\nclient.chat.completions.create({ model: 'gpt-5', messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // Template literal model, `as const`, `satisfies`, `as` and `!`.
      code: chat("{ model: `o3` as const, temperature: 0.3 as number, top_p: (0.5 satisfies number), stop: (['x'] as string[])!, messages: [] }"),
      output: chat("{ model: `o3` as const, temperature: 0.3 as number, top_p: (0.5 satisfies number), messages: [] }"),
      errors: [
        {
          messageId: 'temperature',
          data: { param: 'temperature', via: '', value: '0.3', errorValue: '0.3', model: 'o3', effort: DEFAULT_MEDIUM },
          suggestions: [
            { messageId: 'remove', output: chat("{ model: `o3` as const, top_p: (0.5 satisfies number), stop: (['x'] as string[])!, messages: [] }") },
          ],
        },
        {
          messageId: 'sampling',
          data: { via: '', param: 'top_p', value: '0.5', model: 'o3', effort: DEFAULT_MEDIUM },
          suggestions: [
            { messageId: 'remove', output: chat("{ model: `o3` as const, temperature: 0.3 as number, stop: (['x'] as string[])!, messages: [] }") },
          ],
        },
        { messageId: 'alwaysRejected', data: { via: '', param: 'stop', model: 'o3' } },
      ],
    },
    {
      // TS enum member.
      code: `enum M { Fast = 'gpt-4.1', Deep = 'o3' }\ndeclare const client: any;\nclient.chat.completions.create({ model: M.Deep, temperature: 0.2 });`,
      output: null,
      errors: [
        {
          messageId: 'temperature',
          data: { param: 'temperature', via: '', value: '0.2', errorValue: '0.2', model: 'o3', effort: DEFAULT_MEDIUM },
          suggestions: [
            {
              messageId: 'remove',
              output: `enum M { Fast = 'gpt-4.1', Deep = 'o3' }\ndeclare const client: any;\nclient.chat.completions.create({ model: M.Deep });`,
            },
          ],
        },
      ],
    },
    {
      // Member of a const object.
      code: `const MODELS = { deep: 'gpt-5-mini' } as const;\ndeclare const client: any;\nclient.chat.completions.create({ model: MODELS.deep, stop: 'END' });`,
      output: `const MODELS = { deep: 'gpt-5-mini' } as const;\ndeclare const client: any;\nclient.chat.completions.create({ model: MODELS.deep });`,
      errors: [{ messageId: 'alwaysRejected', data: { via: '', param: 'stop', model: 'gpt-5-mini' } }],
    },
    {
      // `c ? a : b` value: the non-default values are named.
      code: `${header}declare const c: boolean;\nclient.chat.completions.create({ model: 'o3', temperature: c ? 0.2 : 0.7, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'temperature',
          data: { param: 'temperature', via: '', value: '0.2 or 0.7', errorValue: '0.2', model: 'o3', effort: DEFAULT_MEDIUM },
          suggestions: [
            { messageId: 'remove', output: `${header}declare const c: boolean;\nclient.chat.completions.create({ model: 'o3', messages: [] });` },
          ],
        },
      ],
    },
    {
      // A default on one path only still fails on the other.
      code: `${header}declare const c: boolean;\nclient.chat.completions.create({ model: 'o3', top_p: c ? 1 : 0.1, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'sampling',
          data: { via: '', param: 'top_p', value: '0.1', model: 'o3', effort: DEFAULT_MEDIUM },
          suggestions: [
            { messageId: 'remove', output: `${header}declare const c: boolean;\nclient.chat.completions.create({ model: 'o3', messages: [] });` },
          ],
        },
      ],
    },
    {
      // `a ?? b`: the fallback is a known non-default value.
      code: `${header}declare const opts: { t?: number };\nclient.chat.completions.create({ model: 'o3', temperature: opts.t ?? 0.7, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'temperature',
          data: { param: 'temperature', via: '', value: '0.7', errorValue: '0.7', model: 'o3', effort: DEFAULT_MEDIUM },
          suggestions: [
            { messageId: 'remove', output: `${header}declare const opts: { t?: number };\nclient.chat.completions.create({ model: 'o3', messages: [] });` },
          ],
        },
      ],
    },
    {
      // Model on one path only: stop is suggested, not fixed.
      code: `${header}declare const deep: boolean;\nclient.chat.completions.create({ model: deep ? 'o3' : 'gpt-4.1', stop: 'END', messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'alwaysRejected',
          data: { via: '', param: 'stop', model: 'o3' },
          suggestions: [
            {
              messageId: 'remove',
              data: { param: 'stop' },
              output: `${header}declare const deep: boolean;\nclient.chat.completions.create({ model: deep ? 'o3' : 'gpt-4.1', messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // Two reasoning models.
      code: `${header}declare const deep: boolean;\nclient.chat.completions.create({ model: deep ? 'o3' : 'gpt-5', logit_bias: { 50256: -100 }, messages: [] });`,
      output: `${header}declare const deep: boolean;\nclient.chat.completions.create({ model: deep ? 'o3' : 'gpt-5', messages: [] });`,
      errors: [{ messageId: 'alwaysRejected', data: { via: '', param: 'logit_bias', model: 'o3` or `gpt-5' } }],
    },
    {
      // stop with a value not known statically: rejected, but removal is only suggested.
      code: `${header}declare const stops: string[] | undefined;\nclient.chat.completions.create({ model: 'o3', stop: stops, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'alwaysRejected',
          suggestions: [
            { messageId: 'remove', output: `${header}declare const stops: string[] | undefined;\nclient.chat.completions.create({ model: 'o3', messages: [] });` },
          ],
        },
      ],
    },
    {
      // stop and logit_bias are refused even at effort none.
      code: chat("{ model: 'gpt-5.1', stop: ['END'], messages: [] }"),
      output: chat("{ model: 'gpt-5.1', messages: [] }"),
      errors: [{ messageId: 'alwaysRejected', data: { via: '', param: 'stop', model: 'gpt-5.1' } }],
    },
    {
      // A comment that would be lost: report without an edit.
      code: chat("{ model: 'o3', stop: ['END'], // keep the answer short\n  messages: [] }"),
      output: null,
      errors: [{ messageId: 'alwaysRejected', suggestions: [] }],
    },
    {
      // Two fixable problems in one object: ESLint applies the touching removals in two passes.
      code: chat("{ model: 'o3', stop: ['END'], logit_bias: { 1: 2 }, messages: [] }"),
      output: [chat("{ model: 'o3', logit_bias: { 1: 2 }, messages: [] }"), chat("{ model: 'o3', messages: [] }")],
      errors: [{ messageId: 'alwaysRejected' }, { messageId: 'alwaysRejected' }],
    },
    {
      // Sampling suggestion and stop autofix in one request.
      code: chat("{ model: 'o3', temperature: 0, stop: 'x', messages: [] }"),
      output: chat("{ model: 'o3', temperature: 0, messages: [] }"),
      errors: [
        {
          messageId: 'temperature',
          suggestions: [{ messageId: 'remove', output: chat("{ model: 'o3', stop: 'x', messages: [] }") }],
        },
        { messageId: 'alwaysRejected' },
      ],
    },
    {
      // Explicit effort: named as set in the request; no effort-none suggestion.
      code: chat("{ model: 'gpt-5.1', reasoning_effort: 'low', temperature: 0.2, messages: [] }"),
      output: null,
      errors: [
        {
          messageId: 'temperature',
          data: { param: 'temperature', via: '', value: '0.2', errorValue: '0.2', model: 'gpt-5.1', effort: 'the effort `low` set in the request' },
          suggestions: [{ messageId: 'remove', output: chat("{ model: 'gpt-5.1', reasoning_effort: 'low', messages: [] }") }],
        },
      ],
    },
    {
      // Effort none on one path only.
      code: `${header}declare const fast: boolean;\nclient.chat.completions.create({ model: 'gpt-5.1', reasoning_effort: fast ? 'none' : 'high', presence_penalty: 1, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'sampling',
          data: { via: '', param: 'presence_penalty', value: '1', model: 'gpt-5.1', effort: 'the effort `high` set in the request' },
          suggestions: [
            {
              messageId: 'remove',
              output: `${header}declare const fast: boolean;\nclient.chat.completions.create({ model: 'gpt-5.1', reasoning_effort: fast ? 'none' : 'high', messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // gpt-5.5 reasons by default and accepts none: a second suggestion sets it.
      code: chat("{ model: 'gpt-5.5', temperature: 0.2, messages: [] }"),
      output: null,
      errors: [
        {
          messageId: 'temperature',
          data: { param: 'temperature', via: '', value: '0.2', errorValue: '0.2', model: 'gpt-5.5', effort: DEFAULT_MEDIUM },
          suggestions: [
            { messageId: 'remove', output: chat("{ model: 'gpt-5.5', messages: [] }") },
            { messageId: 'setEffortNoneChat', output: chat("{ model: 'gpt-5.5', temperature: 0.2, messages: [], reasoning_effort: 'none' }") },
          ],
        },
      ],
    },
    {
      // Multi-line object with a trailing comma and double quotes: layout and quotes kept.
      code: `${header}client.chat.completions.create({\n  model: "gpt-5.5",\n  top_p: 0.8,\n  messages: [],\n});`,
      output: null,
      errors: [
        {
          messageId: 'sampling',
          line: 5,
          column: 3,
          suggestions: [
            { messageId: 'remove', output: `${header}client.chat.completions.create({\n  model: "gpt-5.5",\n  messages: [],\n});` },
            {
              messageId: 'setEffortNoneChat',
              output: `${header}client.chat.completions.create({\n  model: "gpt-5.5",\n  top_p: 0.8,\n  messages: [],\n  reasoning_effort: "none",\n});`,
            },
          ],
        },
      ],
    },
    {
      // A comment before the closing brace: the effort edit is not offered.
      code: chat("{ model: 'gpt-5.5', temperature: 0.2, messages: [] /* history */ }"),
      output: null,
      errors: [
        {
          messageId: 'temperature',
          suggestions: [{ messageId: 'remove', output: chat("{ model: 'gpt-5.5', messages: [] /* history */ }") }],
        },
      ],
    },
    {
      // An effort key written as undefined: inserting another would duplicate it.
      code: chat("{ model: 'gpt-5.5', reasoning_effort: undefined, temperature: 0.2, messages: [] }"),
      output: null,
      errors: [
        {
          messageId: 'temperature',
          suggestions: [{ messageId: 'remove', output: chat("{ model: 'gpt-5.5', reasoning_effort: undefined, messages: [] }") }],
        },
      ],
    },
    {
      // Another possible model does not accept none: no effort suggestion.
      code: `${header}declare const c: boolean;\nclient.chat.completions.create({ model: c ? 'gpt-5.5' : 'gpt-5', temperature: 0.2, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'temperature',
          data: { param: 'temperature', via: '', value: '0.2', errorValue: '0.2', model: 'gpt-5.5` or `gpt-5', effort: DEFAULT_MEDIUM },
          suggestions: [
            { messageId: 'remove', output: `${header}declare const c: boolean;\nclient.chat.completions.create({ model: c ? 'gpt-5.5' : 'gpt-5', messages: [] });` },
          ],
        },
      ],
    },
    {
      // Responses API: temperature and top_p.
      code: responses("{ model: 'o3', temperature: 0.2, input: 'hi' }"),
      output: null,
      errors: [
        {
          messageId: 'temperature',
          data: { param: 'temperature', via: '', value: '0.2', errorValue: '0.2', model: 'o3', effort: DEFAULT_MEDIUM },
          suggestions: [{ messageId: 'remove', output: responses("{ model: 'o3', input: 'hi' }") }],
        },
      ],
    },
    {
      code: responses("{ model: 'gpt-5.5', top_p: 0.5, input: 'hi' }"),
      output: null,
      errors: [
        {
          messageId: 'sampling',
          suggestions: [
            { messageId: 'remove', output: responses("{ model: 'gpt-5.5', input: 'hi' }") },
            { messageId: 'setEffortNoneResponses', output: responses("{ model: 'gpt-5.5', top_p: 0.5, input: 'hi', reasoning: { effort: 'none' } }") },
          ],
        },
      ],
    },
    {
      // Responses `reasoning` written without an effort: the effort goes into it.
      code: responses("{ model: 'gpt-5.5', reasoning: { summary: 'auto' }, temperature: 0.2, input: 'hi' }"),
      output: null,
      errors: [
        {
          messageId: 'temperature',
          data: { param: 'temperature', via: '', value: '0.2', errorValue: '0.2', model: 'gpt-5.5', effort: DEFAULT_MEDIUM },
          suggestions: [
            { messageId: 'remove', output: responses("{ model: 'gpt-5.5', reasoning: { summary: 'auto' }, input: 'hi' }") },
            {
              messageId: 'setEffortNoneResponses',
              output: responses("{ model: 'gpt-5.5', reasoning: { summary: 'auto', effort: 'none' }, temperature: 0.2, input: 'hi' }"),
            },
          ],
        },
      ],
    },
    {
      // Responses with an explicit effort other than none.
      code: responses("{ model: 'gpt-5.4', reasoning: { effort: 'medium' }, temperature: 0.5, input: 'hi' }"),
      output: null,
      errors: [
        {
          messageId: 'temperature',
          data: { param: 'temperature', via: '', value: '0.5', errorValue: '0.5', model: 'gpt-5.4', effort: 'the effort `medium` set in the request' },
          suggestions: [{ messageId: 'remove', output: responses("{ model: 'gpt-5.4', reasoning: { effort: 'medium' }, input: 'hi' }") }],
        },
      ],
    },
    {
      // Search-preview: any value, the default included.
      code: chat("{ model: 'gpt-4o-search-preview', temperature: 1, messages: [] }"),
      output: null,
      errors: [
        {
          messageId: 'searchPreview',
          data: { via: '', param: 'temperature', model: 'gpt-4o-search-preview' },
          line: 3,
          column: 66,
          suggestions: [{ messageId: 'remove', data: { param: 'temperature' }, output: chat("{ model: 'gpt-4o-search-preview', messages: [] }") }],
        },
      ],
    },
    {
      // Search-preview: an unknown value is still sent and refused; all four parameters reported.
      code: `${header}declare const o: { t?: number; p?: number };\nclient.chat.completions.create({ model: 'gpt-4o-mini-search-preview-2025-03-11', temperature: o.t, top_p: o.p, presence_penalty: 0, frequency_penalty: 0, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'searchPreview',
          data: { via: '', param: 'temperature', model: 'gpt-4o-mini-search-preview-2025-03-11' },
          suggestions: [{ messageId: 'remove', output: `${header}declare const o: { t?: number; p?: number };\nclient.chat.completions.create({ model: 'gpt-4o-mini-search-preview-2025-03-11', top_p: o.p, presence_penalty: 0, frequency_penalty: 0, messages: [] });` }],
        },
        {
          messageId: 'searchPreview',
          data: { via: '', param: 'top_p', model: 'gpt-4o-mini-search-preview-2025-03-11' },
          suggestions: [{ messageId: 'remove', output: `${header}declare const o: { t?: number; p?: number };\nclient.chat.completions.create({ model: 'gpt-4o-mini-search-preview-2025-03-11', temperature: o.t, presence_penalty: 0, frequency_penalty: 0, messages: [] });` }],
        },
        {
          messageId: 'searchPreview',
          data: { via: '', param: 'presence_penalty', model: 'gpt-4o-mini-search-preview-2025-03-11' },
          suggestions: [{ messageId: 'remove', output: `${header}declare const o: { t?: number; p?: number };\nclient.chat.completions.create({ model: 'gpt-4o-mini-search-preview-2025-03-11', temperature: o.t, top_p: o.p, frequency_penalty: 0, messages: [] });` }],
        },
        {
          messageId: 'searchPreview',
          data: { via: '', param: 'frequency_penalty', model: 'gpt-4o-mini-search-preview-2025-03-11' },
          suggestions: [{ messageId: 'remove', output: `${header}declare const o: { t?: number; p?: number };\nclient.chat.completions.create({ model: 'gpt-4o-mini-search-preview-2025-03-11', temperature: o.t, top_p: o.p, presence_penalty: 0, messages: [] });` }],
        },
      ],
    },
    {
      // Reasoning or search-preview: the default value still fails on the search-preview path.
      code: `${header}declare const web: boolean;\nclient.chat.completions.create({ model: web ? 'gpt-4o-search-preview' : 'o3', temperature: 1, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'searchPreview',
          data: { via: '', param: 'temperature', model: 'gpt-4o-search-preview' },
          suggestions: [
            { messageId: 'remove', output: `${header}declare const web: boolean;\nclient.chat.completions.create({ model: web ? 'gpt-4o-search-preview' : 'o3', messages: [] });` },
          ],
        },
      ],
    },
    {
      // Snapshot and fine-tune of reasoning models; computed string key.
      code: chat("{ model: 'gpt-5-2025-08-07', ['top_p']: 0.5, messages: [] }"),
      output: null,
      errors: [
        {
          messageId: 'sampling',
          data: { via: '', param: 'top_p', value: '0.5', model: 'gpt-5-2025-08-07', effort: DEFAULT_MEDIUM },
          suggestions: [{ messageId: 'remove', output: chat("{ model: 'gpt-5-2025-08-07', messages: [] }") }],
        },
      ],
    },
    {
      code: chat("{ model: 'ft:o4-mini-2025-04-16:org::abc', 'stop': 'x' }"),
      output: chat("{ model: 'ft:o4-mini-2025-04-16:org::abc' }"),
      errors: [{ messageId: 'alwaysRejected' }],
    },
    {
      // Optional chaining receiver.
      code: `${header}client?.chat.completions.create({ model: 'o3', temperature: 0.2 });`,
      output: null,
      errors: [{ messageId: 'temperature', suggestions: [{ messageId: 'remove', output: `${header}client?.chat.completions.create({ model: 'o3' });` }] }],
    },
    {
      // this.client.
      code: `${header}class S { client = new OpenAI(); run() { return this.client.chat.completions.create({ model: 'o3', stop: 'x' }); } }`,
      output: `${header}class S { client = new OpenAI(); run() { return this.client.chat.completions.create({ model: 'o3' }); } }`,
      errors: [{ messageId: 'alwaysRejected' }],
    },
    {
      // Same-file alias of chat.completions, streaming helper.
      code: `${header}const completions = client.chat.completions;\ncompletions.stream({ model: 'o3', frequency_penalty: -1 });`,
      output: null,
      errors: [
        {
          messageId: 'sampling',
          data: { via: '', param: 'frequency_penalty', value: '-1', model: 'o3', effort: DEFAULT_MEDIUM },
          suggestions: [{ messageId: 'remove', output: `${header}const completions = client.chat.completions;\ncompletions.stream({ model: 'o3' });` }],
        },
      ],
    },
    {
      // Getters and methods in the body do not stop the other checks.
      code: chat("{ model: 'o3', get top_p() { return 0.5; }, temperature: 0.2 }"),
      output: null,
      errors: [{ messageId: 'temperature', suggestions: [{ messageId: 'remove', output: chat("{ model: 'o3', get top_p() { return 0.5; } }") }] }],
    },
  ],
});

jsRuleTester.run('no-unsupported-sampling-params (CommonJS)', rule, {
  valid: ["const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o', temperature: 0.2, stop: 'x' });"],
  invalid: [
    {
      code: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'o3', temperature: 0.2, stop: 'x' });",
      output: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'o3', temperature: 0.2 });",
      errors: [
        {
          messageId: 'temperature',
          suggestions: [
            {
              messageId: 'remove',
              output: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'o3', stop: 'x' });",
            },
          ],
        },
        { messageId: 'alwaysRejected' },
      ],
    },
  ],
});

// Values across functions: a local function's parameters take the arguments of its calls in the file.
const askWith = (calls: string) =>
  `${header}function ask(model: string, temperature?: number) {\n  return client.chat.completions.create({ model, temperature, stop: 'END', messages: [] });\n}\n${calls}`;

ruleTester.run('no-unsupported-sampling-params (values across functions)', rule, {
  valid: [
    askWith("ask('gpt-4.1', 0.2);\nask('gpt-4o');"),
    // Exported: called from elsewhere.
    `${header}export function ask(model: string) {\n  return client.chat.completions.create({ model, temperature: 0.2, messages: [] });\n}\nask('o3');`,
  ],
  invalid: [
    {
      // The temperature from the call with a reasoning model; `stop` fails there too.
      code: askWith("ask('gpt-4.1', 0.2);\nask('o3', 0.7);\nask('o3', 1);"),
      output: null,
      errors: [
        {
          messageId: 'temperature',
          // The call at line 8 sends o3 with the default temperature: only line 7 fails.
          data: { param: 'temperature', value: '0.7', errorValue: '0.7', model: 'o3', effort: DEFAULT_MEDIUM, via: ' from the call at line 7' },
          line: 4,
          suggestions: [
            {
              messageId: 'remove',
              data: { param: 'temperature' },
              output: `${header}function ask(model: string, temperature?: number) {\n  return client.chat.completions.create({ model, stop: 'END', messages: [] });\n}\nask('gpt-4.1', 0.2);\nask('o3', 0.7);\nask('o3', 1);`,
            },
          ],
        },
        {
          messageId: 'alwaysRejected',
          data: { param: 'stop', model: 'o3', via: ' from the calls at lines 7 and 8' },
          line: 4,
          suggestions: [
            {
              messageId: 'remove',
              data: { param: 'stop' },
              output: `${header}function ask(model: string, temperature?: number) {\n  return client.chat.completions.create({ model, temperature, messages: [] });\n}\nask('gpt-4.1', 0.2);\nask('o3', 0.7);\nask('o3', 1);`,
            },
          ],
        },
      ],
    },
    {
      // Only o3 calls: `stop` fails on every call, so it is removed.
      code: askWith("ask('o3');\nask('o1');"),
      output: `${header}function ask(model: string, temperature?: number) {\n  return client.chat.completions.create({ model, temperature, messages: [] });\n}\nask('o3');\nask('o1');`,
      errors: [{ messageId: 'alwaysRejected', data: { param: 'stop', model: 'o3` or `o1', via: ' from the calls at lines 6 and 7' } }],
    },
  ],
});
