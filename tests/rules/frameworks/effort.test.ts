/**
 * `valid-reasoning-effort` through the frameworks: each adapter sends the user's effort as
 * `reasoning_effort` (Chat) or `reasoning.effort` (Responses), and the rule judges it unchanged,
 * reporting at the user's own option in the framework's words.
 */
import { describe, expect, it } from 'vitest';
import { lint, lintMessages } from './lint.js';

const RULE = 'openai/valid-reasoning-effort';
const vercel = (options: string): string =>
  `import { generateText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\nawait generateText(${options});`;
const langchain = (options: string): string => `import { ChatOpenAI } from '@langchain/openai';\nnew ChatOpenAI(${options});`;
const agent = (options: string): string => `import { Agent } from '@openai/agents';\nconst a = new Agent(${options});`;

describe('valid-reasoning-effort through frameworks', () => {
  const reports: Array<[string, string, string[]]> = [
    [
      'Vercel AI SDK: providerOptions.openai.reasoningEffort through Chat',
      vercel("{ model: openai.chat('o3'), providerOptions: { openai: { reasoningEffort: 'none' } }, prompt: 'hi' }"),
      [`3:77 ${RULE}/unsupported`],
    ],
    [
      'Vercel AI SDK: the same through Responses',
      vercel("{ model: openai('gpt-5-mini'), providerOptions: { openai: { reasoningEffort: 'none' } }, prompt: 'hi' }"),
      [`3:80 ${RULE}/unsupported`],
    ],
    ['LangChain: reasoning.effort through Chat', langchain("{ model: 'o3', reasoning: { effort: 'minimal' } }"), [`2:44 ${RULE}/unsupported`]],
    [
      'Agents SDK: modelSettings.reasoning.effort through Responses',
      agent("{ name: 'a', model: 'gpt-6.2-sol', modelSettings: { reasoning: { effort: 'none' } } }"),
      [`2:73 ${RULE}/unsupported`],
    ],
  ];
  for (const [name, code, expected] of reports) {
    it(name, () => {
      expect(lint(code).filter((line) => line.includes(RULE))).toEqual(expected);
    });
  }

  const silent: Array<[string, string]> = [
    ['Vercel AI SDK: an effort the model accepts', vercel("{ model: openai.chat('o3'), providerOptions: { openai: { reasoningEffort: 'low' } }, prompt: 'hi' }")],
    // The SDK never sends `max` through Chat Completions: it drops it with a warning instead.
    ['Vercel AI SDK: max through Chat is dropped', vercel("{ model: openai.chat('gpt-5.6-sol'), providerOptions: { openai: { reasoningEffort: 'max' } }, prompt: 'hi' }")],
    ['LangChain: an effort the model accepts', langchain("{ model: 'gpt-5.1', reasoning: { effort: 'none' } }")],
    ['Agents SDK: an effort the model accepts', agent("{ name: 'a', model: 'gpt-6.2-sol', modelSettings: { reasoning: { effort: 'max' } } }")],
  ];
  for (const [name, code] of silent) {
    it(name, () => {
      expect(lint(code).filter((line) => line.includes(RULE))).toEqual([]);
    });
  }

  it('the Vercel AI SDK drops max through Chat with a warning', () => {
    expect(lint(vercel("{ model: openai.chat('gpt-5.6-sol'), providerOptions: { openai: { reasoningEffort: 'max' } }, prompt: 'hi' }"))).toEqual([
      '3:86 openai/no-ignored-framework-settings/ignored',
    ]);
  });

  it('names the option as the user wrote it', () => {
    expect(lintMessages(vercel("{ model: openai.chat('o3'), providerOptions: { openai: { reasoningEffort: 'none' } }, prompt: 'hi' }"))).toEqual([
      'Reasoning effort `none` (`providerOptions.openai.reasoningEffort`) is rejected by `o3` (HTTP 400); it accepts `low`, `medium` and `high`. (KB llm/openai-reasoning-effort-unsupported)',
    ]);
  });

  it('names the option on the Responses path too, with the confidence of a weak effort list', () => {
    expect(lintMessages(agent("{ name: 'a', model: 'gpt-6.2-sol', modelSettings: { reasoning: { effort: 'none' } } }"))).toEqual([
      'Reasoning effort `none` (`modelSettings.reasoning`) is rejected by `gpt-6.2-sol` (HTTP 400, medium-high confidence); it accepts `low`, `medium`, `high`, `xhigh` and `max`. (KB llm/openai-reasoning-effort-unsupported)',
    ]);
  });
});
