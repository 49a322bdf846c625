/**
 * The Vercel AI SDK (`ai` with `@ai-sdk/openai`): `generateText({ model: openai(...), ... })` and
 * the other calls, translated into the request the SDK sends. Most mistakes are dropped with a
 * warning (`no-ignored-framework-settings`, a warning in `strict`/`all`); the real errors are `stop`
 * through Chat Completions, `logprobs` through Responses, out-of-range `logprobs` and retired ids.
 */
import { describe, expect, it } from 'vitest';
import { lint, type LintOptions } from './lint.js';

const esm = "import { generateText, streamText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\n";
const gen = (options: string): string => `${esm}await generateText(${options});`;
const IGNORED = 'openai/no-ignored-framework-settings/ignored';

describe('Vercel AI SDK: reports', () => {
  const cases: Array<[string, string, string[], LintOptions?]> = [
    [
      'stopSequences on a reasoning model through Chat is sent as stop',
      gen("{ model: openai.chat('o3'), stopSequences: ['END'], prompt: 'hi' }"),
      ['3:48 openai/no-unsupported-sampling-params/alwaysRejected'],
    ],
    [
      'logprobs on a reasoning model through Responses is sent as top_logprobs',
      gen("{ model: openai('o3'), providerOptions: { openai: { logprobs: true } }, prompt: 'hi' }"),
      ['3:72 openai/no-unsupported-logprobs/responsesTopLogprobs'],
    ],
    [
      'logprobs above 20',
      gen("{ model: openai.chat('gpt-4.1'), providerOptions: { openai: { logprobs: 25 } }, prompt: 'hi' }"),
      ['3:82 openai/valid-top-logprobs/aboveMaximum'],
    ],
    ['a retired id', gen("{ model: openai('gpt-4.5-preview'), prompt: 'hi' }"), ['3:36 openai/no-retired-models/shutDown']],
    [
      'temperature dropped on a reasoning model',
      gen("{ model: openai('o3'), temperature: 0.2, prompt: 'hi' }"),
      [`3:43 ${IGNORED}`],
    ],
    [
      'temperature dropped on gpt-5.1 without an effort (the API would accept it)',
      gen("{ model: openai.chat('gpt-5.1'), temperature: 0.2, topP: 0.9, prompt: 'hi' }"),
      [`3:53 ${IGNORED}`, `3:71 ${IGNORED}`],
    ],
    [
      'logprobs through Chat on a reasoning model: dropped with a warning, not an API error',
      gen("{ model: openai.chat('o3'), providerOptions: { openai: { logprobs: true } }, prompt: 'hi' }"),
      [`3:77 ${IGNORED}`],
    ],
    [
      'penalties through Responses',
      gen("{ model: openai.responses('gpt-4.1'), presencePenalty: 0.5, prompt: 'hi' }"),
      [`3:58 ${IGNORED}`],
    ],
    [
      'a provider from createOpenAI in a const, optional call, streamText',
      "import { streamText } from 'ai';\nimport { createOpenAI } from '@ai-sdk/openai';\nconst p = createOpenAI({ apiKey: 'k' });\nstreamText({ model: p?.chat('o4-mini'), stopSequences: ['x'], prompt: 'hi' });",
      ['4:29 openai/no-retired-models/shutDown', '4:41 openai/no-unsupported-sampling-params/alwaysRejected'],
    ],
    [
      'the model in a variable, options spread',
      `${esm}const model = openai.chat('o3');\nconst settings = { stopSequences: ['x'] };\nawait generateText({ model, ...settings, prompt: 'hi' });`,
      ['4:20 openai/no-unsupported-sampling-params/alwaysRejected'],
    ],
    [
      'ToolLoopAgent',
      "import { ToolLoopAgent } from 'ai';\nimport { openai } from '@ai-sdk/openai';\nnew ToolLoopAgent({ model: openai('gpt-5'), temperature: 0 });",
      [`3:45 ${IGNORED}`],
    ],
    [
      'a retired id in a provider registry, judged once per model object',
      "import { customProvider } from 'ai';\nimport { openai } from '@ai-sdk/openai';\nexport const models = customProvider({ languageModels: { fast: openai('o1-mini'), smart: openai.chat('gpt-5.1') } });",
      ['3:71 openai/no-retired-models/shutDown'],
    ],
    [
      // As for a shared model constant in SDK calls: reported at each call's options, not on its own.
      'a model object used by calls is judged with those calls only',
      `${esm}const fast = openai('gpt-4.5-preview');\nawait generateText({ model: fast, prompt: 'hi' });\nawait streamText({ model: fast, prompt: 'hi' });`,
      ['4:20 openai/no-retired-models/shutDown', '5:18 openai/no-retired-models/shutDown'],
    ],
    [
      'CommonJS',
      "const { generateText } = require('ai');\nconst { openai } = require('@ai-sdk/openai');\ngenerateText({ model: openai.chat('o3'), stopSequences: ['x'], prompt: 'hi' });",
      ['3:42 openai/no-unsupported-sampling-params/alwaysRejected'],
      { filename: 'file.cjs' },
    ],
  ];
  for (const [name, code, expected, options] of cases) {
    it(name, () => {
      expect(lint(code, options)).toEqual(expected);
    });
  }
});

describe('Vercel AI SDK: no reports', () => {
  const cases: Array<[string, string, LintOptions?]> = [
    ['a non-reasoning model', gen("{ model: openai.chat('gpt-4.1'), temperature: 0.2, stopSequences: ['x'], providerOptions: { openai: { logprobs: 5 } }, prompt: 'hi' }")],
    ['effort none written on gpt-5.1', gen("{ model: openai('gpt-5.1'), temperature: 0.2, providerOptions: { openai: { reasoningEffort: 'none' } }, prompt: 'hi' }")],
    ['stopSequences through Responses is dropped (warned by the SDK, not sent)', gen("{ model: openai('gpt-4.1'), prompt: 'hi' }")],
    ['maxOutputTokens is renamed for reasoning models', gen("{ model: openai.chat('o3'), maxOutputTokens: 100, prompt: 'hi' }")],
    ['logprobs: true through Chat on a non-reasoning model', gen("{ model: openai.chat('gpt-4.1-mini'), providerOptions: { openai: { logprobs: true } }, prompt: 'hi' }")],
    ['an unknown model id', gen("{ model: openai.chat(process.env.MODEL), stopSequences: ['x'], temperature: 0.2, prompt: 'hi' }")],
    ['a model the file does not show', `${esm}declare const model: any;\nawait generateText({ model, stopSequences: ['x'], prompt: 'hi' });`],
    ['a string model (the AI Gateway)', gen("{ model: 'openai/o3', stopSequences: ['x'], prompt: 'hi' }")],
    ['a local function named openai', "import { generateText } from 'ai';\nconst openai = (id: string) => id;\nawait generateText({ model: openai('o3') as any, temperature: 0.2, prompt: 'hi' });"],
    ['Azure: a deployment name', "import { generateText } from 'ai';\nimport { azure } from '@ai-sdk/azure';\nawait generateText({ model: azure.chat('my-o3'), stopSequences: ['x'], prompt: 'hi' });"],
    ['a provider reached through another object', "import { generateText } from 'ai';\ndeclare const ctx: any;\nawait generateText({ model: ctx.openai('o1'), temperature: 0.2, prompt: 'hi' });"],
    [
      'createOpenAI on a host declared as another provider',
      "import { generateText } from 'ai';\nimport { createOpenAI } from '@ai-sdk/openai';\nconst groq = createOpenAI({ baseURL: 'https://api.groq.com/openai/v1' });\nawait generateText({ model: groq.chat('o4-mini'), stopSequences: ['x'], prompt: 'hi' });",
      { openai: { providers: { other: ['api.groq.com'] } } },
    ],
    ['a file that does not import the SDK', "import { generateText } from './ai';\nconst openai = { chat: (id: string) => id };\ngenerateText({ model: openai.chat('o3'), stopSequences: ['x'] });"],
  ];
  for (const [name, code, options] of cases) {
    it(name, () => {
      expect(lint(code, options)).toEqual([]);
    });
  }
});
