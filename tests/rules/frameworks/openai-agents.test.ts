/**
 * The OpenAI Agents SDK (`@openai/agents` 0.20): `new Agent({ model, modelSettings })`,
 * `Agent.create(...)`, `new Runner(...)` translated into the request the SDK sends. Nothing is
 * filtered: sampling settings on reasoning models are real 400s; the penalties are silently not sent
 * through Responses (the default) but sent through Chat Completions, where `maxTokens` is `max_tokens`.
 */
import { describe, expect, it } from 'vitest';
import { lint, type LintOptions } from './lint.js';

const esm = "import { Agent } from '@openai/agents';\n";
const agent = (options: string): string => `${esm}const a = new Agent(${options});`;
const SAMPLING = 'openai/no-unsupported-sampling-params';

describe('OpenAI Agents SDK: reports', () => {
  const cases: Array<[string, string, string[], LintOptions?]> = [
    ['temperature on o3', agent("{ name: 'a', model: 'o3', modelSettings: { temperature: 0.2 } }"), [`2:64 ${SAMPLING}/temperature`]],
    ['topP on gpt-5-mini', agent("{ name: 'a', model: 'gpt-5-mini', modelSettings: { topP: 0.9 } }"), [`2:72 ${SAMPLING}/sampling`]],
    [
      'temperature with an explicit effort that locks sampling',
      agent("{ name: 'a', model: 'gpt-5.1', modelSettings: { reasoning: { effort: 'low' }, temperature: 0.2 } }"),
      [`2:99 ${SAMPLING}/temperature`],
    ],
    [
      // Written modelSettings turn off the SDK's implicit effort none: gpt-5.6-luna answers at its default, medium.
      'the default-model trap: modelSettings without a model',
      agent("{ name: 'a', instructions: 'x', modelSettings: { temperature: 0.2 } }"),
      [`2:70 ${SAMPLING}/temperature`],
    ],
    [
      'the default model with an explicit effort',
      agent("{ name: 'a', modelSettings: { reasoning: { effort: 'high' }, temperature: 0.2 } }"),
      [`2:82 ${SAMPLING}/temperature`],
    ],
    ['Agent.create', `${esm}Agent.create({ name: 'a', model: 'o3', modelSettings: { temperature: 0 } });`, [`2:57 ${SAMPLING}/temperature`]],
    [
      'a Runner model and settings apply to every run (agents with their own model in that file are not judged)',
      "import { Runner } from '@openai/agents';\nconst runner = new Runner({ model: 'o4-mini', modelSettings: { topP: 0.5 } });",
      ['2:36 openai/no-retired-models/shutDown', `2:64 ${SAMPLING}/sampling`],
    ],
    [
      'a Runner without a model keeps the agent model',
      "import { Agent, Runner } from '@openai/agents';\nconst runner = new Runner({ modelSettings: { store: true } });\nnew Agent({ name: 'a', model: 'o3', modelSettings: { temperature: 0.2 } });",
      [`3:54 ${SAMPLING}/temperature`],
    ],
    [
      'Chat Completions mode: penalties and max_tokens',
      "import { Agent, setOpenAIAPI } from '@openai/agents';\nsetOpenAIAPI('chat_completions');\nnew Agent({ name: 'a', model: 'o3', modelSettings: { presencePenalty: 0.5, maxTokens: 100 } });",
      [`3:54 ${SAMPLING}/sampling`, '3:76 openai/no-unsupported-max-tokens/maxTokens'],
    ],
    [
      'a Chat Completions model object',
      "import { Agent, OpenAIChatCompletionsModel } from '@openai/agents';\nimport OpenAI from 'openai';\nnew Agent({ name: 'a', model: new OpenAIChatCompletionsModel(new OpenAI(), 'gpt-5'), modelSettings: { maxTokens: 50 } });",
      ['3:103 openai/no-unsupported-max-tokens/maxTokens'],
    ],
    [
      'a default client set to OpenAI',
      "import { Agent, setDefaultOpenAIClient } from '@openai/agents';\nimport OpenAI from 'openai';\nsetDefaultOpenAIClient(new OpenAI());\nnew Agent({ name: 'a', model: 'o3', modelSettings: { temperature: 0.5 } });",
      [`4:54 ${SAMPLING}/temperature`],
      { openai: { providers: { other: ['api.groq.com'] } } },
    ],
    [
      'providerData is spread raw into the body',
      agent("{ name: 'a', model: 'gpt-4.1', modelSettings: { providerData: { top_logprobs: 30 } } }"),
      ['2:85 openai/valid-top-logprobs/aboveMaximum'],
    ],
    ['a retired model id', agent("{ name: 'a', model: 'gpt-4.5-preview' }"), ['2:41 openai/no-retired-models/shutDown']],
    [
      'renamed import, settings in a variable',
      "import { Agent as A } from '@openai/agents';\nconst modelSettings = { temperature: 0.3 };\nnew A({ name: 'a', model: 'o3', modelSettings });",
      [`2:25 ${SAMPLING}/temperature`],
    ],
    [
      'CommonJS',
      "const { Agent } = require('@openai/agents');\nnew Agent({ name: 'a', model: 'gpt-5', modelSettings: { temperature: 0.5 } });",
      [`2:57 ${SAMPLING}/temperature`],
      { filename: 'file.cjs' },
    ],
    [
      '@openai/agents-core',
      "import { Agent } from '@openai/agents-core';\nnew Agent({ name: 'a', model: 'o3', modelSettings: { temperature: 0.5 } });",
      [`2:54 ${SAMPLING}/temperature`],
    ],
  ];
  for (const [name, code, expected, options] of cases) {
    it(name, () => {
      expect(lint(code, options)).toEqual(expected);
    });
  }
});

describe('OpenAI Agents SDK: no reports', () => {
  const cases: Array<[string, string, LintOptions?]> = [
    ['no modelSettings', agent("{ name: 'a', model: 'o3', instructions: 'hi' }")],
    ['a non-reasoning model', agent("{ name: 'a', model: 'gpt-4.1', modelSettings: { temperature: 0.2, frequencyPenalty: 1 } }")],
    ['gpt-5.4 without effort (API default none)', agent("{ name: 'a', model: 'gpt-5.4', modelSettings: { temperature: 0.2 } }")],
    ['penalties are not sent through Responses', agent("{ name: 'a', model: 'o3', modelSettings: { frequencyPenalty: 1, presencePenalty: 1 } }")],
    ['maxTokens is max_output_tokens through Responses', agent("{ name: 'a', model: 'o3', modelSettings: { maxTokens: 100 } }")],
    ['an unknown model', agent("{ name: 'a', model: process.env.MODEL, modelSettings: { temperature: 0.2 } }")],
    ['a model object of another provider', `${esm}declare const model: any;\nnew Agent({ name: 'a', model, modelSettings: { temperature: 0.2 } });`],
    [
      'the API cannot be told',
      "import { Agent, setOpenAIAPI } from '@openai/agents';\ndeclare const api: any;\nsetOpenAIAPI(api);\nnew Agent({ name: 'a', model: 'o3', modelSettings: { presencePenalty: 1 } });",
    ],
    [
      'an agent without model in a file whose Runner replaces it',
      "import { Agent, Runner } from '@openai/agents';\nconst runner = new Runner({ model: 'gpt-4.1' });\nnew Agent({ name: 'a', modelSettings: { reasoning: { effort: 'high' }, temperature: 0.2 } });",
    ],
    [
      'an agent with a model in a file whose Runner sets a model',
      "import { Agent, Runner } from '@openai/agents';\nconst runner = new Runner({ model: 'gpt-4.1' });\nnew Agent({ name: 'a', model: 'o3', modelSettings: { temperature: 0.2 } });",
    ],
    ['a Runner without model keeps each agent model', "import { Runner } from '@openai/agents';\nnew Runner({ modelSettings: { temperature: 0.2 } });"],
    ['a local class named Agent', "class Agent { constructor(o: object) {} }\nnew Agent({ model: 'o3', modelSettings: { temperature: 0.2 } });"],
    ['effort none written on gpt-5.5', agent("{ name: 'a', model: 'gpt-5.5', modelSettings: { reasoning: { effort: 'none' }, temperature: 0.2 } }")],
    [
      'a model object on a client of a host declared as another provider',
      "import { Agent, OpenAIChatCompletionsModel } from '@openai/agents';\nimport OpenAI from 'openai';\nconst client = new OpenAI({ baseURL: 'https://api.groq.com/openai/v1' });\nnew Agent({ name: 'a', model: new OpenAIChatCompletionsModel(client, 'o3'), modelSettings: { temperature: 0.5 } });",
      { openai: { providers: { other: ['api.groq.com'] } } },
    ],
    [
      'a model id through a default client of a host declared as another provider',
      "import { Agent, setDefaultOpenAIClient } from '@openai/agents';\nimport OpenAI from 'openai';\nsetDefaultOpenAIClient(new OpenAI({ baseURL: 'https://api.groq.com/openai/v1' }));\nnew Agent({ name: 'a', model: 'o3', modelSettings: { temperature: 0.5 } });",
      { openai: { providers: { other: ['api.groq.com'] } } },
    ],
  ];
  for (const [name, code, options] of cases) {
    it(name, () => {
      expect(lint(code, options)).toEqual([]);
    });
  }
});

describe('Agents SDK agent.clone({...})', () => {
  const cases: Array<[string, string, string[]]> = [
    [
      "the clone's own modelSettings on the agent's model (the agent's reported once, at the agent)",
      `${esm}const agent = new Agent({ name: 'a', model: 'o3', modelSettings: { temperature: 0.3 } });\nagent.clone({ modelSettings: { temperature: 0.2, topP: 0.5 } });\nagent.clone({ name: 'b' });`,
      [`2:68 ${SAMPLING}/temperature`, `3:32 ${SAMPLING}/temperature`, `3:50 ${SAMPLING}/sampling`],
    ],
    ['on Agent.create', `${esm}const agent = Agent.create({ name: 'a', model: 'o3' });\nagent.clone({ modelSettings: { topP: 0.2 } });`, [`3:32 ${SAMPLING}/sampling`]],
    ['on the constructor call itself', `${esm}new Agent({ name: 'a', model: 'o3' }).clone({ modelSettings: { topP: 0.2 } });`, [`2:64 ${SAMPLING}/sampling`]],
    ["the SDK's default model: written modelSettings drop its implicit effort", `${esm}const agent = new Agent({ name: 'a' });\nagent.clone({ modelSettings: { temperature: 0.2 } });`, [`3:32 ${SAMPLING}/temperature`]],
    ['a model that takes temperature', `${esm}const agent = new Agent({ name: 'a', model: 'gpt-4.1' });\nagent.clone({ modelSettings: { temperature: 0.2 } });`, []],
    ["the clone's model over the agent's", `${esm}const agent = new Agent({ name: 'a', model: 'o3' });\nagent.clone({ model: 'gpt-4.1', modelSettings: { temperature: 0.2 } });`, []],
    ["a model set only by the clone (not judged against the agent's settings yet)", `${esm}const agent = new Agent({ name: 'a', model: 'gpt-4.1', modelSettings: { temperature: 0.2 } });\nagent.clone({ model: 'o3' });`, []],
  ];
  for (const [name, code, expected] of cases) {
    it(name, () => {
      expect(lint(code)).toEqual(expected);
    });
  }
});
