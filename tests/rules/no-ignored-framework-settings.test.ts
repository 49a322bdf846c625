import rule from '../../rules/no-ignored-framework-settings.js';
import { jsRuleTester, ruleTester } from '../rule-tester.js';

const esm = "import { generateText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\n";
const gen = (options: string): string => `${esm}await generateText(${options});`;
const SAMPLING = 'for models it counts as reasoning';

ruleTester.run('no-ignored-framework-settings', rule, {
  valid: [
    // Sent: a model the SDK does not call reasoning, or the effort `none` written where it unlocks sampling.
    gen("{ model: openai('gpt-4.1'), temperature: 0.2, prompt: 'hi' }"),
    gen("{ model: openai('gpt-5.1'), temperature: 0.2, providerOptions: { openai: { reasoningEffort: 'none' } }, prompt: 'hi' }"),
    // v7's top-level `reasoning`.
    gen("{ model: openai('gpt-5.2'), temperature: 0.2, reasoning: 'none', prompt: 'hi' }"),
    // Not known: the effort, the model, the provider.
    `${esm}declare const effort: 'none' | 'low';\nawait generateText({ model: openai('gpt-5.1'), temperature: 0.2, providerOptions: { openai: { reasoningEffort: effort } }, prompt: 'hi' });`,
    `${esm}declare const id: string;\nawait generateText({ model: openai(id), temperature: 0.2, prompt: 'hi' });`,
    `${esm}declare const model: any;\nawait generateText({ model, temperature: 0.2, prompt: 'hi' });`,
    // Models the SDK treats differently: mixed verdicts stay silent.
    `${esm}declare const fast: boolean;\nawait generateText({ model: openai(fast ? 'gpt-4.1' : 'o3'), temperature: 0.2, prompt: 'hi' });`,
    // `undefined` is not a setting.
    gen("{ model: openai('o3'), temperature: undefined, prompt: 'hi' }"),
    // The SDK's own request: nothing is dropped there.
    "import OpenAI from 'openai';\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'o3', temperature: 1, messages: [] });",
    // LangChain and the Agents SDK send what they are given (other rules judge it).
    "import { ChatOpenAI } from '@langchain/openai';\nnew ChatOpenAI({ model: 'o3', temperature: 0.2 });",
  ],
  invalid: [
    {
      code: gen("{ model: openai('o3'), temperature: 0.2, prompt: 'hi' }"),
      errors: [
        {
          messageId: 'ignored',
          line: 3,
          column: 43,
          data: { setting: 'temperature', model: '`o3`', framework: 'the Vercel AI SDK', reason: SAMPLING, hint: '' },
        },
      ],
    },
    {
      // The API default effort of gpt-5.1 is `none`, but the SDK drops the setting unless `none` is written.
      code: gen("{ model: openai.chat('gpt-5.1'), topP: 0.9, prompt: 'hi' }"),
      errors: [
        {
          messageId: 'ignored',
          column: 53,
          data: {
            setting: 'topP',
            model: '`gpt-5.1`',
            framework: 'the Vercel AI SDK',
            reason: SAMPLING,
            hint: " Set `providerOptions.openai.reasoningEffort: 'none'` to send it.",
          },
        },
      ],
    },
    {
      // An effort other than none, written: no hint.
      code: gen("{ model: openai('gpt-5.1'), temperature: 0.2, providerOptions: { openai: { reasoningEffort: 'low' } }, prompt: 'hi' }"),
      errors: [{ messageId: 'ignored', column: 48, data: { setting: 'temperature', model: '`gpt-5.1`', framework: 'the Vercel AI SDK', reason: SAMPLING, hint: '' } }],
    },
    {
      code: gen("{ model: openai('gpt-4.1'), seed: 7, stopSequences: ['x'], prompt: 'hi' }"),
      errors: [
        {
          messageId: 'ignored',
          column: 48,
          data: { setting: 'seed', model: '`gpt-4.1`', framework: 'the Vercel AI SDK', reason: 'on the Responses API, which has no seed', hint: '' },
        },
        {
          messageId: 'ignored',
          column: 57,
          data: { setting: 'stopSequences', model: '`gpt-4.1`', framework: 'the Vercel AI SDK', reason: 'on the Responses API, which has no stop sequences', hint: '' },
        },
      ],
    },
    {
      code: gen("{ model: openai.chat('o3'), providerOptions: { openai: { logitBias: { 1: 1 } } }, prompt: 'hi' }"),
      errors: [
        {
          messageId: 'ignored',
          column: 77,
          data: {
            setting: 'providerOptions.openai.logitBias',
            model: '`o3`',
            framework: 'the Vercel AI SDK',
            reason: SAMPLING,
            hint: '',
          },
        },
      ],
    },
  ],
});

jsRuleTester.run('no-ignored-framework-settings (CommonJS)', rule, {
  valid: ["const { generateText } = require('ai');\nconst { openai } = require('@ai-sdk/openai');\ngenerateText({ model: openai('gpt-4o'), temperature: 0 });"],
  invalid: [
    {
      code: "const { generateText } = require('ai');\nconst { openai } = require('@ai-sdk/openai');\ngenerateText({ model: openai('gpt-5'), temperature: 0 });",
      errors: [
        {
          messageId: 'ignored',
          data: { setting: 'temperature', model: '`gpt-5`', framework: 'the Vercel AI SDK', reason: SAMPLING, hint: '' },
          line: 3,
          column: 40,
        },
      ],
    },
  ],
});
