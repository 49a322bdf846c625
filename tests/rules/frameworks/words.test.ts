/**
 * Reports on a framework call name what the user wrote: the option (`topP`, `modelSettings.topP`,
 * `providerOptions.openai.logprobs`) rather than the OpenAI parameter the framework sends, and a
 * model the framework sends by default as the framework's default. The rules name OpenAI's
 * parameters; the rule kit puts the framework's words into their message data.
 */
import { describe, expect, it } from 'vitest';
import { lint, lintMessages } from './lint.js';

const KB_SAMPLING = '(KB llm/openai-reasoning-model-sampling-parameters)';
const KB_LOGPROBS = '(KB llm/openai-reasoning-model-logprobs)';
const KB_RANGE = '(KB llm/openai-top-logprobs-out-of-range)';
const KB_MAX_TOKENS = '(KB llm/openai-max-tokens-reasoning-model)';
const KB_RETIRED = '(KB llm/openai-model-retired)';

describe('LangChain: the options as written', () => {
  it('names each option of the constructor', () => {
    const code = [
      "import { ChatOpenAI } from '@langchain/openai';",
      "new ChatOpenAI({ model: 'o3', topP: 0.5, frequencyPenalty: 1, logitBias: { a: 1 }, stopSequences: ['x'], logprobs: true, topLogprobs: 3, modelKwargs: { max_tokens: 5 } });",
    ].join('\n');
    expect(lintMessages(code)).toEqual([
      `\`topP\` set to 0.5 is rejected by \`o3\` at the default effort \`medium\` (HTTP 400). ${KB_SAMPLING}`,
      `\`frequencyPenalty\` set to 1 is rejected by \`o3\` at the default effort \`medium\` (HTTP 400). ${KB_SAMPLING}`,
      `\`logitBias\` is rejected by reasoning model \`o3\` at every effort (HTTP 400). ${KB_SAMPLING}`,
      `\`stopSequences\` is rejected by reasoning model \`o3\` at every effort (HTTP 400). ${KB_SAMPLING}`,
      `\`logprobs\` is rejected by \`o3\` at its default reasoning effort \`medium\` (HTTP 400/403). ${KB_LOGPROBS}`,
      `\`topLogprobs\` is rejected by \`o3\` at its default reasoning effort \`medium\` (HTTP 400/403). ${KB_LOGPROBS}`,
      `\`modelKwargs.max_tokens\` is rejected by reasoning model \`o3\` (HTTP 400); use \`max_completion_tokens\`. ${KB_MAX_TOKENS}`,
    ]);
  });

  it('names the option of an options object shared by two calls (reported at each call)', () => {
    const code = "import { ChatOpenAI } from '@langchain/openai';\nconst options = { model: 'o3', topP: 0.5 };\nnew ChatOpenAI(options);\nnew ChatOpenAI(options);";
    const message = `\`topP\` set to 0.5 is rejected by \`o3\` at the default effort \`medium\` (HTTP 400). ${KB_SAMPLING}`;
    expect(lint(code)).toEqual(['3:16 openai/no-unsupported-sampling-params/sampling', '4:16 openai/no-unsupported-sampling-params/sampling']);
    expect(lintMessages(code)).toEqual([message, message]);
  });

  it('keeps the API name where paths send the parameter from two options', () => {
    const code = "import { ChatOpenAI } from '@langchain/openai';\ndeclare const c: boolean;\nnew ChatOpenAI({ model: 'o3', ...(c ? { stop: ['x'] } : { stopSequences: ['y'] }) });";
    expect(lintMessages(code)).toEqual([`\`stop\` is rejected by reasoning model \`o3\` at every effort (HTTP 400). ${KB_SAMPLING}`]);
  });

  it('names the top_logprobs range problem by the option', () => {
    const code = "import { ChatOpenAI } from '@langchain/openai';\nnew ChatOpenAI({ model: 'gpt-4o', logprobs: true, topLogprobs: 30 });";
    expect(lintMessages(code)).toEqual([`\`topLogprobs\` is \`30\`, above the maximum of 20 (HTTP 400). ${KB_RANGE}`]);
  });

  it("says the model is LangChain's default where none is written", () => {
    const code = "import { ChatOpenAI } from '@langchain/openai';\nnew ChatOpenAI({ temperature: 0 });";
    expect(lintMessages(code)).toEqual([`\`gpt-3.5-turbo\` (LangChain's default) was shut down on 2026-10-23; requests to it fail. ${KB_RETIRED}`]);
  });

  it('does not call a model the default where the call also writes it', () => {
    const code = "import { ChatOpenAI } from '@langchain/openai';\ndeclare const c: boolean;\nnew ChatOpenAI({ model: c ? 'gpt-3.5-turbo' : undefined });";
    const message = `\`gpt-3.5-turbo\` was shut down on 2026-10-23; requests to it fail. ${KB_RETIRED}`;
    expect(lintMessages(code)).toEqual([message, message]);
  });
});

describe('OpenAI Agents SDK: modelSettings as written', () => {
  it("names modelSettings options and the SDK's default model", () => {
    const code = "import { Agent } from '@openai/agents';\nnew Agent({ name: 'a', modelSettings: { temperature: 0.2, topP: 0.3 } });";
    expect(lintMessages(code)).toEqual([
      `\`modelSettings.temperature\` set to 0.2 is rejected by \`gpt-5.6-luna\` (the Agents SDK's default) at the default effort \`medium\` (HTTP 400). ${KB_SAMPLING}`,
      `\`modelSettings.topP\` set to 0.3 is rejected by \`gpt-5.6-luna\` (the Agents SDK's default) at the default effort \`medium\` (HTTP 400). ${KB_SAMPLING}`,
    ]);
  });

  it('names Chat Completions options and raw providerData keys', () => {
    const code = [
      "import { Agent, setOpenAIAPI } from '@openai/agents';",
      "setOpenAIAPI('chat_completions');",
      "new Agent({ name: 'a', model: 'o3', modelSettings: { maxTokens: 5, frequencyPenalty: 1, providerData: { stop: ['x'] } } });",
    ].join('\n');
    expect(lintMessages(code)).toEqual([
      `\`modelSettings.maxTokens\` is rejected by reasoning model \`o3\` (HTTP 400); use \`max_completion_tokens\`. ${KB_MAX_TOKENS}`,
      `\`modelSettings.frequencyPenalty\` set to 1 is rejected by \`o3\` at the default effort \`medium\` (HTTP 400). ${KB_SAMPLING}`,
      `\`modelSettings.providerData.stop\` is rejected by reasoning model \`o3\` at every effort (HTTP 400). ${KB_SAMPLING}`,
    ]);
  });
});

describe('Vercel AI SDK: settings and provider options as written', () => {
  const pre = "import { generateText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\n";

  it('names providerOptions.openai.logprobs (sent as top_logprobs through Responses)', () => {
    expect(lintMessages(`${pre}generateText({ model: openai('o3'), providerOptions: { openai: { logprobs: 3 } }, prompt: 'p' });`)).toEqual([
      `\`providerOptions.openai.logprobs\` is rejected by \`o3\` at its default reasoning effort \`medium\`; the request fails. ${KB_LOGPROBS}`,
    ]);
    expect(lintMessages(`${pre}generateText({ model: openai('gpt-4o'), providerOptions: { openai: { logprobs: 30 } }, prompt: 'p' });`)).toEqual([
      `\`providerOptions.openai.logprobs\` is \`30\`, above the maximum of 20 (HTTP 400). ${KB_RANGE}`,
    ]);
  });

  it('names stopSequences (sent as stop through Chat)', () => {
    expect(lintMessages(`${pre}generateText({ model: openai.chat('o3'), stopSequences: ['x'], prompt: 'p' });`)).toEqual([
      `\`stopSequences\` is rejected by reasoning model \`o3\` at every effort (HTTP 400). ${KB_SAMPLING}`,
    ]);
  });
});

describe('openai SDK requests keep the API names', () => {
  it('in a file that also holds a framework call', () => {
    const code = [
      "import OpenAI from 'openai';",
      "import { ChatOpenAI } from '@langchain/openai';",
      'const client = new OpenAI();',
      "new ChatOpenAI({ model: 'o3', topP: 0.5 });",
      "client.chat.completions.create({ model: 'o3', top_p: 0.5, messages: [] });",
    ].join('\n');
    expect(lintMessages(code)).toEqual([
      `\`topP\` set to 0.5 is rejected by \`o3\` at the default effort \`medium\` (HTTP 400). ${KB_SAMPLING}`,
      `\`top_p\` set to 0.5 is rejected by \`o3\` at the default effort \`medium\` (HTTP 400). ${KB_SAMPLING}`,
    ]);
  });
});
