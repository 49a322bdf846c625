import rule from '../../rules/valid-reasoning-effort.js';
import { ruleTester } from '../rule-tester.js';

const header = "import OpenAI from 'openai';\nconst client = new OpenAI();\n";
const chat = (body: string): string => `${header}await client.chat.completions.create(${body});`;
const responses = (body: string): string => `${header}await client.responses.create(${body});`;
const O_SERIES = '`low`, `medium` and `high`';

ruleTester.run('valid-reasoning-effort', rule, {
  valid: [
    // Efforts the model lists.
    chat("{ model: 'o3', reasoning_effort: 'low', messages: [] }"),
    chat("{ model: 'gpt-5.1', reasoning_effort: 'none', messages: [] }"),
    chat("{ model: 'gpt-5', reasoning_effort: 'minimal', messages: [] }"),
    chat("{ model: 'gpt-5.2', reasoning_effort: 'xhigh', messages: [] }"),
    responses("{ model: 'gpt-6.2-sol', reasoning: { effort: 'max' }, input: 'hi' }"),
    responses("{ model: 'gpt-5.6-sol', reasoning: { effort: 'max' }, input: 'hi' }"),
    // No effort written: the model's default applies.
    chat("{ model: 'o3', messages: [] }"),
    responses("{ model: 'gpt-6.2-sol', reasoning: { summary: 'auto' }, input: 'hi' }"),
    // The effort is not known statically.
    `${header}declare const effort: 'none' | 'low';\nawait client.chat.completions.create({ model: 'o3', reasoning_effort: effort, messages: [] });`,
    // A value that is no effort at all (not judged here) and a null effort (not sent).
    chat("{ model: 'o3', reasoning_effort: 'extreme', messages: [] }"),
    chat("{ model: 'o3', reasoning_effort: null, messages: [] }"),
    // The model is not known, or not in the catalog.
    `${header}declare const model: string;\nawait client.chat.completions.create({ model, reasoning_effort: 'none', messages: [] });`,
    chat("{ model: 'my-reasoner', reasoning_effort: 'none', messages: [] }"),
    // The catalog does not know the model's efforts (gpt-6-astra, gpt-5.5-pro: `efforts: null`).
    chat("{ model: 'gpt-6-astra', reasoning_effort: 'none', messages: [] }"),
    responses("{ model: 'gpt-5.5-pro', reasoning: { effort: 'minimal' }, input: 'hi' }"),
    // A non-reasoning model: outside this rule.
    chat("{ model: 'gpt-4.1', reasoning_effort: 'none', messages: [] }"),
    // Azure: `model` is a deployment name; an OpenAI-compatible `baseURL`: another provider's efforts.
    "import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\naz.chat.completions.create({ model: 'o3', reasoning_effort: 'none', messages: [] });",
    "import OpenAI from 'openai';\nconst other = new OpenAI({ baseURL: 'https://example.com/v1' });\nother.chat.completions.create({ model: 'o3', reasoning_effort: 'none', messages: [] });",
    // Chat's parameter on Responses and the other way round is another rule's business.
    responses("{ model: 'o3', reasoning_effort: 'none', input: 'hi' }"),
    // Malformed bodies do not crash.
    `${header}client.chat.completions.create();`,
    chat("{ model: 'o3', reasoning: 'none', messages: [] }"),
    responses("{ model: 'o3', reasoning: 'none', input: 'hi' }"),
  ],
  invalid: [
    {
      // o-series models have no `none`.
      code: chat("{ model: 'o3', reasoning_effort: 'none', messages: [] }"),
      output: null,
      errors: [
        {
          messageId: 'unsupported',
          data: { effort: 'none', param: 'reasoning_effort', model: 'o3', via: '', confidence: '', efforts: O_SERIES },
          line: 3,
          column: 53,
          endColumn: 77,
        },
      ],
    },
    {
      // The gpt-5 originals have `minimal` but no `none`; Responses names the `reasoning` object.
      code: responses("{ model: 'gpt-5-mini', reasoning: { effort: 'none' }, input: 'hi' }"),
      output: null,
      errors: [
        {
          messageId: 'unsupported',
          data: { effort: 'none', param: 'reasoning', model: 'gpt-5-mini', via: '', confidence: '', efforts: '`minimal`, `low`, `medium` and `high`' },
          line: 3,
          column: 54,
        },
      ],
    },
    {
      // `minimal` only exists on the gpt-5 originals.
      code: chat("{ model: 'gpt-5.1', reasoning_effort: 'minimal', messages: [] }"),
      output: null,
      errors: [
        {
          messageId: 'unsupported',
          data: { effort: 'minimal', param: 'reasoning_effort', model: 'gpt-5.1', via: '', confidence: '', efforts: '`none`, `low`, `medium` and `high`' },
        },
      ],
    },
    {
      // GPT-6.2 rejects `none` (a medium-high fact: the message says so).
      code: responses("{ model: 'gpt-6.2-sol', reasoning: { effort: 'none' }, input: 'hi' }"),
      output: null,
      errors: [
        {
          messageId: 'unsupported',
          data: {
            effort: 'none',
            param: 'reasoning',
            model: 'gpt-6.2-sol',
            via: '',
            confidence: ', medium-high confidence',
            efforts: '`low`, `medium`, `high`, `xhigh` and `max`',
          },
        },
      ],
    },
    {
      // `xhigh` is not on gpt-5.1, `max` not before gpt-5.6.
      code: chat("{ model: 'gpt-5.5', reasoning_effort: 'max', messages: [] }"),
      output: null,
      errors: [
        {
          messageId: 'unsupported',
          data: { effort: 'max', param: 'reasoning_effort', model: 'gpt-5.5', via: '', confidence: '', efforts: '`none`, `low`, `medium`, `high` and `xhigh`' },
        },
      ],
    },
    {
      // A dated snapshot resolves to its base model.
      code: chat("{ model: 'o4-mini-2025-04-16', reasoning_effort: 'xhigh', messages: [] }"),
      output: null,
      errors: [{ messageId: 'unsupported', data: { effort: 'xhigh', param: 'reasoning_effort', model: 'o4-mini-2025-04-16', via: '', confidence: '', efforts: O_SERIES } }],
    },
    {
      // `max` on a model that has it, but through Chat Completions.
      code: chat("{ model: 'gpt-5.6-sol', reasoning_effort: 'max', messages: [] }"),
      output: null,
      errors: [{ messageId: 'maxOnChat', data: { param: 'reasoning_effort', model: 'gpt-5.6-sol', via: '' }, line: 3 }],
    },
    {
      // Model and effort from the same path: only the o3 side fails.
      code: `${header}declare const flag: boolean;\nawait client.chat.completions.create(flag ? { model: 'o3', reasoning_effort: 'none', messages: [] } : { model: 'gpt-5.1', reasoning_effort: 'none', messages: [] });`,
      output: null,
      errors: [{ messageId: 'unsupported', data: { effort: 'none', param: 'reasoning_effort', model: 'o3', via: '', confidence: '', efforts: O_SERIES }, line: 4 }],
    },
    {
      // The effort in a conditional: only `none` is reported.
      code: `${header}declare const fast: boolean;\nawait client.chat.completions.create({ model: 'o3', reasoning_effort: fast ? 'none' : 'high', messages: [] });`,
      output: null,
      errors: [{ messageId: 'unsupported', data: { effort: 'none', param: 'reasoning_effort', model: 'o3', via: '', confidence: '', efforts: O_SERIES }, line: 4 }],
    },
    {
      // Two models, each with its own wrong effort: one report each.
      code: `${header}declare const flag: boolean;\nawait client.chat.completions.create(flag ? { model: 'o3', reasoning_effort: 'none', messages: [] } : { model: 'gpt-5.1', reasoning_effort: 'minimal', messages: [] });`,
      output: null,
      errors: [
        { messageId: 'unsupported', data: { effort: 'none', param: 'reasoning_effort', model: 'o3', via: '', confidence: '', efforts: O_SERIES }, line: 4 },
        { messageId: 'unsupported', data: { effort: 'minimal', param: 'reasoning_effort', model: 'gpt-5.1', via: '', confidence: '', efforts: '`none`, `low`, `medium` and `high`' }, line: 4 },
      ],
    },
    {
      // The model and effort from a local function's call.
      code: `${header}async function ask(model: string, effort: 'none' | 'low') {\n  return client.chat.completions.create({ model, reasoning_effort: effort, messages: [] });\n}\nawait ask('o3', 'none');`,
      output: null,
      errors: [{ messageId: 'unsupported', data: { effort: 'none', param: 'reasoning_effort', model: 'o3', via: ' from the call at line 6', confidence: '', efforts: O_SERIES }, line: 4 }],
    },
    {
      // A weak efforts fact (gpt-5.4-mini: Medium) says its confidence.
      code: chat("{ model: 'gpt-5.4-mini', reasoning_effort: 'minimal', messages: [] }"),
      output: null,
      errors: [
        {
          messageId: 'unsupported',
          data: { effort: 'minimal', param: 'reasoning_effort', model: 'gpt-5.4-mini', via: '', confidence: ', medium confidence', efforts: '`none`, `low`, `medium`, `high` and `xhigh`' },
        },
      ],
    },
    {
      // Azure with the deployment name aliased to an OpenAI model.
      code: "import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\naz.chat.completions.create({ model: 'my-o3', reasoning_effort: 'none', messages: [] });",
      output: null,
      settings: { openai: { modelAliases: { 'my-o3': 'o3' } } },
      errors: [{ messageId: 'unsupported', data: { effort: 'none', param: 'reasoning_effort', model: 'my-o3', via: '', confidence: '', efforts: O_SERIES } }],
    },
  ],
});
