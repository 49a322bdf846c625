import rule from '../../rules/no-unsupported-logprobs.js';
import { jsRuleTester, ruleTester } from '../rule-tester.js';

const header = "import OpenAI from 'openai';\nconst client = new OpenAI();\n";
const atDefault = (effort: string) => ` at its default reasoning effort \`${effort}\``;
const at = (effort: string) => ` at reasoning effort \`${effort}\``;

ruleTester.run('no-unsupported-logprobs', rule, {
  valid: [
    // Non-reasoning models that accept logprobs.
    `${header}client.chat.completions.create({ model: 'gpt-4.1', logprobs: true, top_logprobs: 20, messages: [] });`,
    `${header}client.chat.completions.create({ model: 'gpt-4o-2024-08-06', logprobs: true, messages: [] });`,
    // `logprobs: false` on a reasoning model: whether the API accepts it is unknown.
    `${header}client.chat.completions.create({ model: 'o3', logprobs: false, messages: [] });`,
    // Effort `none` (the default of gpt-5.1, gpt-5.2 and gpt-5.4) unlocks logprobs.
    `${header}client.chat.completions.create({ model: 'gpt-5.1', logprobs: true, top_logprobs: 5, messages: [] });`,
    `${header}client.chat.completions.create({ model: 'gpt-5.4', logprobs: true, messages: [] });`,
    // Written effort `none` on a model that accepts it.
    `${header}client.chat.completions.create({ model: 'gpt-5.5', reasoning_effort: 'none', logprobs: true, top_logprobs: 5, messages: [] });`,
    // Default effort unknown (gpt-5.4-mini): the outcome is unknown.
    `${header}client.chat.completions.create({ model: 'gpt-5.4-mini', logprobs: true, messages: [] });`,
    // Effort not statically known.
    `${header}declare const effort: 'none' | 'high';\nclient.chat.completions.create({ model: 'gpt-5.5', reasoning_effort: effort, logprobs: true, messages: [] });`,
    `${header}declare const effort: 'high' | undefined;\nclient.chat.completions.create({ model: 'gpt-5.5', reasoning_effort: effort ?? 'none', logprobs: true, messages: [] });`,
    // Effort `none` where the model does not accept it: that request fails for another reason.
    `${header}client.chat.completions.create({ model: 'gpt-5', reasoning_effort: 'none', logprobs: true, messages: [] });`,
    // Unknown models and unknown values are never errors.
    `${header}declare const model: string;\nclient.chat.completions.create({ model, logprobs: true, messages: [] });`,
    `${header}client.chat.completions.create({ model: 'my-custom-model', logprobs: true, messages: [] });`,
    `${header}client.chat.completions.create({ model: 'gpt-4o-search-preview', logprobs: true, messages: [] });`,
    `${header}declare const wantLogprobs: boolean;\nclient.chat.completions.create({ model: 'o3', logprobs: wantLogprobs, messages: [] });`,
    `${header}declare const k: number;\nclient.chat.completions.create({ model: 'o3', top_logprobs: k, messages: [] });`,
    // null / undefined are not sent.
    `${header}client.chat.completions.create({ model: 'o3', logprobs: null, top_logprobs: undefined, messages: [] });`,
    // Azure: model is a deployment name.
    "import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\naz.chat.completions.create({ model: 'o3', logprobs: true, messages: [] });",
    // Responses: effort none, a model that accepts logprobs, other include entries.
    `${header}client.responses.create({ model: 'gpt-5.1', reasoning: { effort: 'none' }, include: ['message.output_text.logprobs'], top_logprobs: 5, input: 'hi' });`,
    `${header}client.responses.create({ model: 'gpt-4o', include: ['message.output_text.logprobs'], top_logprobs: 20, input: 'hi' });`,
    `${header}client.responses.create({ model: 'o3', include: ['reasoning.encrypted_content'], input: 'hi' });`,
    `${header}declare const extra: string[];\nclient.responses.create({ model: 'o3', include: [...extra], input: 'hi' });`,
    // Responses has no `logprobs` boolean: not this rule's business.
    `${header}client.responses.create({ model: 'o3', logprobs: true, input: 'hi' } as any);`,
    // Not requests: a mock, an unrelated method.
    `${header}client.chat.completions.create.mockResolvedValue({ model: 'o3', logprobs: true });`,
    `${header}client.chat.completions.list({ model: 'o3', logprobs: true });`,
    // Malformed or unusual code does not crash.
    `${header}client.chat.completions.create();`,
    `${header}declare const args: any[];\nclient.chat.completions.create(...args);`,
    `${header}client.chat.completions.create('o3');`,
    `${header}declare const body: any;\nclient.chat.completions.create(body);`,
    `${header}client.chat.completions.create({ model: 'o3', get logprobs() { return true; }, top_logprobs() { return 1; }, messages: [] });`,
  ],
  invalid: [
    {
      // Inline literal: both parameters reported and removed (two passes: the edits share a comma).
      code: `${header}client.chat.completions.create({ model: 'o3', logprobs: true, top_logprobs: 5, messages: [] });`,
      output: [
        `${header}client.chat.completions.create({ model: 'o3', top_logprobs: 5, messages: [] });`,
        `${header}client.chat.completions.create({ model: 'o3', messages: [] });`,
      ],
      errors: [
        { messageId: 'chat', data: { via: '', param: 'logprobs', model: 'o3', effort: atDefault('medium') }, line: 3, column: 47, endLine: 3, endColumn: 61 },
        { messageId: 'chat', data: { via: '', param: 'top_logprobs', model: 'o3', effort: atDefault('medium') }, line: 3, column: 63, endColumn: 78 },
      ],
    },
    {
      // An explicit effort that turns reasoning on, on a model whose default is none.
      code: `${header}client.chat.completions.create({ model: 'gpt-5.1', reasoning_effort: 'low', logprobs: true, messages: [] });`,
      output: `${header}client.chat.completions.create({ model: 'gpt-5.1', reasoning_effort: 'low', messages: [] });`,
      errors: [{ messageId: 'chat', data: { via: '', param: 'logprobs', model: 'gpt-5.1', effort: at('low') } }],
    },
    {
      // gpt-5.5 defaults to medium.
      code: `${header}client.chat.completions.create({ model: 'gpt-5.5', logprobs: true, messages: [] });`,
      output: `${header}client.chat.completions.create({ model: 'gpt-5.5', messages: [] });`,
      errors: [{ messageId: 'chat', data: { via: '', param: 'logprobs', model: 'gpt-5.5', effort: atDefault('medium') } }],
    },
    {
      // Dated snapshot; top_logprobs alone.
      code: `${header}client.chat.completions.create({ model: 'gpt-5-2025-08-07', top_logprobs: 0, messages: [] });`,
      output: `${header}client.chat.completions.create({ model: 'gpt-5-2025-08-07', messages: [] });`,
      errors: [{ messageId: 'chat', data: { via: '', param: 'top_logprobs', model: 'gpt-5-2025-08-07', effort: atDefault('medium') } }],
    },
    {
      // Not a reasoning model, but it refuses logprobs: no effort in the message. The 403 rests on one
      // community thread (Medium): a suggestion, never an autofix.
      code: `${header}client.chat.completions.create({ model: 'gpt-5-chat-latest', logprobs: true, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'chat',
          data: { via: '', param: 'logprobs', model: 'gpt-5-chat-latest', effort: '' },
          suggestions: [
            { messageId: 'remove', data: { param: 'logprobs' }, output: `${header}client.chat.completions.create({ model: 'gpt-5-chat-latest', messages: [] });` },
          ],
        },
      ],
    },
    {
      // gpt-5.6-terra defaults to medium (Medium-High: the OpenAI reasoning guide as quoted in inspect_ai#5162):
      // reported, but only as a suggestion.
      code: `${header}client.chat.completions.create({ model: 'gpt-5.6-terra', logprobs: true, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'chat',
          data: { via: '', param: 'logprobs', model: 'gpt-5.6-terra', effort: atDefault('medium') },
          suggestions: [
            { messageId: 'remove', data: { param: 'logprobs' }, output: `${header}client.chat.completions.create({ model: 'gpt-5.6-terra', messages: [] });` },
          ],
        },
      ],
    },
    {
      // Two failing models: autofix (every path fails).
      code: `${header}declare const deep: boolean;\nclient.chat.completions.create({ model: deep ? 'o3' : 'gpt-5.5', logprobs: true, messages: [] });`,
      output: `${header}declare const deep: boolean;\nclient.chat.completions.create({ model: deep ? 'o3' : 'gpt-5.5', messages: [] });`,
      errors: [{ messageId: 'chat', data: { via: '', param: 'logprobs', model: 'o3` or `gpt-5.5', effort: ' at their default reasoning effort `medium`' } }],
    },
    {
      // One model accepts logprobs: suggestion only.
      code: `${header}declare const deep: boolean;\nclient.chat.completions.create({ model: deep ? 'o3' : 'gpt-4.1', logprobs: true, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'chat',
          data: { via: '', param: 'logprobs', model: 'o3', effort: atDefault('medium') },
          suggestions: [
            {
              messageId: 'remove',
              data: { param: 'logprobs' },
              output: `${header}declare const deep: boolean;\nclient.chat.completions.create({ model: deep ? 'o3' : 'gpt-4.1', messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // Effort `c ? 'none' : 'low'`: fails only at low, suggestion only.
      code: `${header}declare const fast: boolean;\nclient.chat.completions.create({ model: 'gpt-5.1', reasoning_effort: fast ? 'none' : 'low', logprobs: true, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'chat',
          data: { via: '', param: 'logprobs', model: 'gpt-5.1', effort: at('low') },
          suggestions: [
            {
              messageId: 'remove',
              data: { param: 'logprobs' },
              output: `${header}declare const fast: boolean;\nclient.chat.completions.create({ model: 'gpt-5.1', reasoning_effort: fast ? 'none' : 'low', messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // Written effort on one path, the default on the other: both fail.
      code: `${header}declare const hard: boolean;\nclient.chat.completions.create({ model: 'o3', reasoning_effort: hard ? 'high' : undefined, logprobs: true, messages: [] });`,
      output: `${header}declare const hard: boolean;\nclient.chat.completions.create({ model: 'o3', reasoning_effort: hard ? 'high' : undefined, messages: [] });`,
      errors: [{ messageId: 'chat', data: { via: '', param: 'logprobs', model: 'o3', effort: ' at reasoning effort `high` or its default reasoning effort `medium`' } }],
    },
    {
      // `logprobs: c ? true : false`: false is not known to fail, suggestion only.
      code: `${header}declare const score: boolean;\nclient.chat.completions.create({ model: 'o3', logprobs: score ? true : false, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'chat',
          data: { via: '', param: 'logprobs', model: 'o3', effort: atDefault('medium') },
          suggestions: [{ messageId: 'remove', data: { param: 'logprobs' }, output: `${header}declare const score: boolean;\nclient.chat.completions.create({ model: 'o3', messages: [] });` }],
        },
      ],
    },
    {
      // Body in a const read only here: still local, autofix.
      code: `${header}const params = { model: 'o3', logprobs: true, messages: [] };\nawait client.chat.completions.create(params);`,
      output: `${header}const params = { model: 'o3', messages: [] };\nawait client.chat.completions.create(params);`,
      errors: [{ messageId: 'chat', data: { via: '', param: 'logprobs', model: 'o3', effort: atDefault('medium') }, line: 3, column: 31 }],
    },
    {
      // Spread of a base used once: local, autofix in the base.
      code: `${header}const base = { model: 'o3', logprobs: true };\nclient.chat.completions.create({ ...base, messages: [] });`,
      output: `${header}const base = { model: 'o3' };\nclient.chat.completions.create({ ...base, messages: [] });`,
      errors: [{ messageId: 'chat', data: { via: '', param: 'logprobs', model: 'o3', effort: atDefault('medium') }, line: 3 }],
    },
    {
      // Shared base used by two calls: reported at each call, on the body, no fix.
      code: `${header}const base = { model: 'o3', logprobs: true };\nclient.chat.completions.create({ ...base, messages: [] });\nclient.chat.completions.create({ ...base, messages: [], n: 2 });`,
      output: null,
      errors: [
        { messageId: 'chat', data: { via: '', param: 'logprobs', model: 'o3', effort: atDefault('medium') }, line: 4, column: 32, suggestions: [] },
        { messageId: 'chat', data: { via: '', param: 'logprobs', model: 'o3', effort: atDefault('medium') }, line: 5, column: 32, suggestions: [] },
      ],
    },
    {
      // Conditional spreads: absent on one path, removal is certain.
      code: `${header}declare const c: boolean;\nclient.chat.completions.create({ model: 'o3', messages: [], ...(c ? { logprobs: true } : {}) });`,
      output: `${header}declare const c: boolean;\nclient.chat.completions.create({ model: 'o3', messages: [], ...(c ? { } : {}) });`,
      errors: [{ messageId: 'chat', data: { via: '', param: 'logprobs', model: 'o3', effort: atDefault('medium') } }],
    },
    {
      code: `${header}declare const c: boolean;\nclient.chat.completions.create({ model: 'o3', messages: [], ...(c && { top_logprobs: 3 }) });`,
      output: `${header}declare const c: boolean;\nclient.chat.completions.create({ model: 'o3', messages: [], ...(c && { }) });`,
      errors: [{ messageId: 'chat', data: { via: '', param: 'top_logprobs', model: 'o3', effort: atDefault('medium') } }],
    },
    {
      // Shorthand property.
      code: `${header}const logprobs = true;\nclient.chat.completions.create({ model: 'o4-mini', logprobs, messages: [] });`,
      output: `${header}const logprobs = true;\nclient.chat.completions.create({ model: 'o4-mini', messages: [] });`,
      errors: [{ messageId: 'chat', data: { via: '', param: 'logprobs', model: 'o4-mini', effort: atDefault('medium') } }],
    },
    {
      // Computed string key, template-literal model, `as`, `!` and `satisfies`.
      code: `${header}client.chat.completions.create({ model: \`o3\`, ['logprobs']: true as boolean, 'top_logprobs': 2!, messages: [] } satisfies object);`,
      output: [
        `${header}client.chat.completions.create({ model: \`o3\`, 'top_logprobs': 2!, messages: [] } satisfies object);`,
        `${header}client.chat.completions.create({ model: \`o3\`, messages: [] } satisfies object);`,
      ],
      errors: [
        { messageId: 'chat', data: { via: '', param: 'logprobs', model: 'o3', effort: atDefault('medium') } },
        { messageId: 'chat', data: { via: '', param: 'top_logprobs', model: 'o3', effort: atDefault('medium') } },
      ],
    },
    {
      // Model from an `as const` object member and from an enum member.
      code: `const MODELS = { deep: 'o3' } as const;\ndeclare const client: any;\nclient.chat.completions.create({ model: MODELS.deep, logprobs: true });`,
      output: `const MODELS = { deep: 'o3' } as const;\ndeclare const client: any;\nclient.chat.completions.create({ model: MODELS.deep });`,
      errors: [{ messageId: 'chat', data: { via: '', param: 'logprobs', model: 'o3', effort: atDefault('medium') } }],
    },
    {
      code: `enum M { Fast = 'gpt-4.1', Deep = 'gpt-5-mini' }\ndeclare const client: any;\nclient.chat.completions.create({ model: M.Deep, logprobs: true });`,
      output: `enum M { Fast = 'gpt-4.1', Deep = 'gpt-5-mini' }\ndeclare const client: any;\nclient.chat.completions.create({ model: M.Deep });`,
      errors: [{ messageId: 'chat', data: { via: '', param: 'logprobs', model: 'gpt-5-mini', effort: atDefault('medium') } }],
    },
    {
      // A possibly-unknown model (`??` with an unknown left side): suggestion only.
      code: `declare const client: any;\nclient.chat.completions.create({ model: process.env.MODEL ?? 'o3', logprobs: true });`,
      output: null,
      errors: [
        {
          messageId: 'chat',
          data: { via: '', param: 'logprobs', model: 'o3', effort: atDefault('medium') },
          suggestions: [{ messageId: 'remove', data: { param: 'logprobs' }, output: `declare const client: any;\nclient.chat.completions.create({ model: process.env.MODEL ?? 'o3' });` }],
        },
      ],
    },
    {
      // Receivers: this.client with optional chaining and a computed method name.
      code: `${header}class S { client = new OpenAI(); run() { return this.client?.chat?.completions?.['create']({ model: 'gpt-5-nano', logprobs: true }); } }`,
      output: `${header}class S { client = new OpenAI(); run() { return this.client?.chat?.completions?.['create']({ model: 'gpt-5-nano' }); } }`,
      errors: [{ messageId: 'chat', data: { via: '', param: 'logprobs', model: 'gpt-5-nano', effort: atDefault('medium') } }],
    },
    {
      // Same-file alias of `client.chat.completions`; `stream`.
      code: `${header}const completions = client.chat.completions;\ncompletions.stream({ model: 'o3', logprobs: true });`,
      output: `${header}const completions = client.chat.completions;\ncompletions.stream({ model: 'o3' });`,
      errors: [{ messageId: 'chat', data: { via: '', param: 'logprobs', model: 'o3', effort: atDefault('medium') } }],
    },
    {
      // beta.chat.completions (openai v4) and a fine-tune of a reasoning model.
      code: `${header}client.beta.chat.completions.parse({ model: 'ft:o4-mini-2025-04-16:org::abc', logprobs: true, messages: [] });`,
      output: `${header}client.beta.chat.completions.parse({ model: 'ft:o4-mini-2025-04-16:org::abc', messages: [] });`,
      errors: [{ messageId: 'chat', data: { via: '', param: 'logprobs', model: 'ft:o4-mini-2025-04-16:org::abc', effort: atDefault('medium') } }],
    },
    {
      // A trailing comment would be lost: report without a fix.
      code: `${header}client.chat.completions.create({\n  model: 'o3',\n  logprobs: true, // for scoring\n  messages: [],\n});`,
      output: null,
      errors: [{ messageId: 'chat', data: { via: '', param: 'logprobs', model: 'o3', effort: atDefault('medium') }, line: 5, column: 3, suggestions: [] }],
    },
    {
      // Azure deployment mapped to a catalog model through settings: the rule applies.
      code: "import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\naz.chat.completions.create({ model: 'prod-reasoner', logprobs: true, messages: [] });",
      settings: { openai: { modelAliases: { 'prod-reasoner': 'o3' } } },
      output: "import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\naz.chat.completions.create({ model: 'prod-reasoner', messages: [] });",
      errors: [{ messageId: 'chat', data: { via: '', param: 'logprobs', model: 'prod-reasoner', effort: atDefault('medium') } }],
    },

    // ------------------------------------------------------------------ Responses API
    {
      // The only include entry: the whole `include` goes.
      code: `${header}client.responses.create({ model: 'gpt-5', include: ['message.output_text.logprobs'], input: 'hi' });`,
      output: `${header}client.responses.create({ model: 'gpt-5', input: 'hi' });`,
      errors: [{ messageId: 'responsesInclude', data: { via: '', model: 'gpt-5', effort: atDefault('medium') }, line: 3, column: 43, endColumn: 84 }],
    },
    {
      // One of several entries, plus top_logprobs; explicit effort.
      code: `${header}client.responses.create({ model: 'gpt-5.5', reasoning: { effort: 'high' }, include: ['reasoning.encrypted_content', 'message.output_text.logprobs', 'file_search_call.results'], top_logprobs: 3, input: 'hi' });`,
      output: `${header}client.responses.create({ model: 'gpt-5.5', reasoning: { effort: 'high' }, include: ['reasoning.encrypted_content', 'file_search_call.results'], input: 'hi' });`,
      errors: [
        { messageId: 'responsesInclude', data: { via: '', model: 'gpt-5.5', effort: at('high') } },
        { messageId: 'responsesTopLogprobs', data: { param: 'top_logprobs', via: '', model: 'gpt-5.5', effort: at('high') } },
      ],
    },
    {
      // First entry of a one-line array; `as const`.
      code: `${header}client.responses.create({ model: 'o3', include: ['message.output_text.logprobs', 'reasoning.encrypted_content'] as const, input: 'hi' });`,
      output: `${header}client.responses.create({ model: 'o3', include: ['reasoning.encrypted_content'] as const, input: 'hi' });`,
      errors: [{ messageId: 'responsesInclude', data: { via: '', model: 'o3', effort: atDefault('medium') } }],
    },
    {
      // Multi-line array: last entry with a trailing comma.
      code: `${header}client.responses.stream({\n  model: 'o3',\n  include: [\n    'reasoning.encrypted_content',\n    'message.output_text.logprobs',\n  ],\n  input: 'hi',\n});`,
      output: `${header}client.responses.stream({\n  model: 'o3',\n  include: [\n    'reasoning.encrypted_content',\n  ],\n  input: 'hi',\n});`,
      errors: [{ messageId: 'responsesInclude', data: { via: '', model: 'o3', effort: atDefault('medium') }, line: 5 }],
    },
    {
      // An entry that is the logprobs value on one path only: report without a fix.
      code: `${header}declare const c: boolean;\nclient.responses.create({ model: 'o3', include: [c ? 'message.output_text.logprobs' : 'reasoning.encrypted_content'], input: 'hi' });`,
      output: null,
      errors: [{ messageId: 'responsesInclude', data: { via: '', model: 'o3', effort: atDefault('medium') }, suggestions: [] }],
    },
    {
      // include from a const array: reported, not edited.
      code: `${header}const include = ['message.output_text.logprobs'];\nclient.responses.create({ model: 'o3', include, input: 'hi' });`,
      output: null,
      errors: [{ messageId: 'responsesInclude', data: { via: '', model: 'o3', effort: atDefault('medium') }, suggestions: [] }],
    },
    {
      // One model accepts logprobs: suggestion for both.
      code: `${header}declare const deep: boolean;\nclient.responses.create({ model: deep ? 'o3' : 'gpt-4o', include: ['message.output_text.logprobs'], top_logprobs: 2, input: 'hi' });`,
      output: null,
      errors: [
        {
          messageId: 'responsesInclude',
          data: { via: '', model: 'o3', effort: atDefault('medium') },
          suggestions: [
            {
              messageId: 'removeInclude',
              output: `${header}declare const deep: boolean;\nclient.responses.create({ model: deep ? 'o3' : 'gpt-4o', top_logprobs: 2, input: 'hi' });`,
            },
          ],
        },
        {
          messageId: 'responsesTopLogprobs',
          data: { param: 'top_logprobs', via: '', model: 'o3', effort: atDefault('medium') },
          suggestions: [
            {
              messageId: 'remove',
              data: { param: 'top_logprobs' },
              output: `${header}declare const deep: boolean;\nclient.responses.create({ model: deep ? 'o3' : 'gpt-4o', include: ['message.output_text.logprobs'], input: 'hi' });`,
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('no-unsupported-logprobs (CommonJS)', rule, {
  valid: ["const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o', logprobs: true });"],
  invalid: [
    {
      code: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'o3', logprobs: true, messages: [] });",
      output: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'o3', messages: [] });",
      errors: [{ messageId: 'chat', data: { via: '', param: 'logprobs', model: 'o3', effort: atDefault('medium') } }],
    },
  ],
});

// Values across functions: a local function's parameters take the arguments of its calls in the file.
const askWith = (calls: string) =>
  `${header}function ask(model: string, logprobs?: boolean) {\n  return client.chat.completions.create({ model, logprobs, messages: [] });\n}\n${calls}`;

ruleTester.run('no-unsupported-logprobs (values across functions)', rule, {
  valid: [
    askWith("ask('gpt-4.1', true);\nask('gpt-4o', true);"),
    // logprobs only from the call whose model accepts it.
    askWith("ask('o3', false);\nask('gpt-4.1', true);"),
    askWith("ask('o3');\nask('gpt-4.1', true);"),
    // Exported: called from elsewhere.
    `${header}export function ask(model: string) {\n  return client.chat.completions.create({ model, logprobs: true, messages: [] });\n}\nask('o3');`,
  ],
  invalid: [
    {
      code: askWith("ask('gpt-4.1', true);\nask('o3', true);"),
      output: null,
      errors: [
        {
          messageId: 'chat',
          data: { param: 'logprobs', model: 'o3', effort: atDefault('medium'), via: ' from the call at line 7' },
          line: 4,
          suggestions: [
            {
              messageId: 'remove',
              data: { param: 'logprobs' },
              output: `${header}function ask(model: string, logprobs?: boolean) {\n  return client.chat.completions.create({ model, messages: [] });\n}\nask('gpt-4.1', true);\nask('o3', true);`,
            },
          ],
        },
      ],
    },
    {
      // Every call fails, and `logprobs: true` is written in the function: autofixed there.
      code: `${header}const ask = (model: string) =>\n  client.chat.completions.create({ model, logprobs: true, messages: [] });\nask('o3');\nask('o4-mini');`,
      output: `${header}const ask = (model: string) =>\n  client.chat.completions.create({ model, messages: [] });\nask('o3');\nask('o4-mini');`,
      errors: [
        {
          messageId: 'chat',
          data: { param: 'logprobs', model: 'o3` or `o4-mini', effort: ' at their default reasoning effort `medium`', via: ' from the calls at lines 5 and 6' },
        },
      ],
    },
  ],
});
