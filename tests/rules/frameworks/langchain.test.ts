/**
 * LangChain JS (`@langchain/openai` 1.x): `new ChatOpenAI({...})` translated into the request
 * LangChain sends, judged by the unchanged rules (every rule on, `configs.all`). Chat Completions
 * sends every sampling option as written (real 400s on reasoning models); the Responses path drops
 * penalties, stop, logprobs and logit bias; `maxTokens` is renamed for reasoning models; no `model`
 * sends LangChain's default. Framework options are reported at the user's property, never autofixed.
 */
import { describe, expect, it } from 'vitest';
import { lint, lintMessages, type LintOptions } from './lint.js';

const esm = "import { ChatOpenAI } from '@langchain/openai';\n";
const lc = (options: string): string => `${esm}const llm = new ChatOpenAI(${options});`;

const SAMPLING = 'openai/no-unsupported-sampling-params';

describe('LangChain ChatOpenAI: reports', () => {
  const cases: Array<[string, string, string[], LintOptions?]> = [
    ['temperature on gpt-5 (langchainjs#8642)', lc("{ model: 'gpt-5', temperature: 0 }"), [`2:46 ${SAMPLING}/temperature`]],
    [
      'a template baseURL on api.openai.com',
      `${esm}const version = 'v1';\nnew ChatOpenAI({ model: 'o3', temperature: 0, configuration: { baseURL: \`https://api.openai.com/\${version}\` } });`,
      [`3:31 ${SAMPLING}/temperature`],
      { openai: { providers: { other: ['api.groq.com'] } } },
    ],
    [
      'renamed import, modelName, topP',
      "import { ChatOpenAI as LLM } from '@langchain/openai';\nnew LLM({ modelName: 'o3', topP: 0.5 });",
      [`2:28 ${SAMPLING}/sampling`],
    ],
    [
      'namespace import, positional model, logitBias and stopSequences on Chat',
      "import * as lc from '@langchain/openai';\nnew lc.ChatOpenAI('o3', { logitBias: { 50256: -100 }, stopSequences: ['END'] });",
      [`2:27 ${SAMPLING}/alwaysRejected`, `2:55 ${SAMPLING}/alwaysRejected`],
    ],
    [
      'options in a variable with a spread: reported at the property that sets it',
      `${esm}const base = { temperature: 0.2 };\nconst options = { ...base, model: 'o3' };\nnew ChatOpenAI(options);`,
      [`2:16 ${SAMPLING}/temperature`],
    ],
    ['penalties on Chat', lc("{ model: 'gpt-5-mini', presencePenalty: 0.5 }"), [`2:51 ${SAMPLING}/sampling`]],
    ['an explicit effort that locks sampling', lc("{ model: 'gpt-5.1', reasoning: { effort: 'low' }, temperature: 0.2 }"), [`2:78 ${SAMPLING}/temperature`]],
    ['modelKwargs are sent raw', lc("{ model: 'o3', modelKwargs: { temperature: 0.3 } }"), [`2:58 ${SAMPLING}/temperature`]],
    ['modelKwargs max_tokens on a reasoning model', lc("{ model: 'o3', modelKwargs: { max_tokens: 100 } }"), ['2:58 openai/no-unsupported-max-tokens/maxTokens']],
    [
      'modelKwargs max_tokens next to maxTokens: LangChain sets max_completion_tokens and keeps max_tokens',
      lc("{ model: 'o3', maxTokens: 50, modelKwargs: { max_tokens: 100 } }"),
      ['2:73 openai/no-unsupported-max-tokens/maxTokens'],
    ],
    ['logprobs on a reasoning model through Chat', lc("{ model: 'o3', logprobs: true }"), ['2:43 openai/no-unsupported-logprobs/chat']],
    ['topLogprobs above 20', lc("{ model: 'gpt-4.1', logprobs: true, topLogprobs: 25 }"), ['2:64 openai/valid-top-logprobs/aboveMaximum']],
    ['no model: LangChain sends gpt-3.5-turbo, shut down', lc('{ temperature: 0 }'), ['2:13 openai/no-retired-models/shutDown']],
    ['no options at all', lc(''), ['2:13 openai/no-retired-models/shutDown']],
    [
      'a scheduled shutdown, with the replacement suggested in the user\'s literal',
      lc("{ model: 'gpt-5' }"),
      ['2:37 openai/no-deprecated-models/scheduledWithReplacement [suggest: replace]'],
      { deprecations: true },
    ],
    ['a retired id written by the user', lc("{ model: 'o1-mini' }"), ['2:37 openai/no-retired-models/shutDown']],
    [
      'CommonJS, destructured require',
      "const { ChatOpenAI } = require('@langchain/openai');\nnew ChatOpenAI({ model: 'o3', stop: ['x'] });",
      [`2:31 ${SAMPLING}/alwaysRejected`],
      { filename: 'file.cjs' },
    ],
    [
      'CommonJS, module object',
      "const langchain = require('@langchain/openai');\nconst llm = new langchain.ChatOpenAI({ model: 'o3', temperature: 0.7 });",
      [`2:53 ${SAMPLING}/temperature`],
      { filename: 'file.cjs' },
    ],
    [
      // The file's only import of the framework is a `require` inside a function, after other code.
      'CommonJS, require inside a function',
      "const role = 'ai';\nfunction make() {\n  const { ChatOpenAI } = require('@langchain/openai');\n  return new ChatOpenAI({ model: 'o3', stop: ['x'] });\n}",
      [`4:40 ${SAMPLING}/alwaysRejected`],
      { filename: 'file.cjs' },
    ],
    [
      // `require` undeclared in an ES module: found among the global scope's unresolved references.
      'a require in a TypeScript module',
      "const { ChatOpenAI } = require('@langchain/openai');\nnew ChatOpenAI({ model: 'o3', stop: ['x'] });",
      [`2:31 ${SAMPLING}/alwaysRejected`],
    ],
    [
      // The imports are read from the AST, so a specifier written with an escape is the module it names.
      'a module name written with an escape',
      "import { ChatOpenAI } from '@langchain/\\u006fpenai';\nnew ChatOpenAI({ model: 'o3', stop: ['x'] });",
      [`2:31 ${SAMPLING}/alwaysRejected`],
    ],
    [
      'TypeScript import-equals',
      "import lc = require('@langchain/openai');\nnew lc.ChatOpenAI({ model: 'o3', frequencyPenalty: 1 });",
      [`2:34 ${SAMPLING}/sampling`],
    ],
    [
      // As for `new OpenAI({ baseURL })`: an OpenAI-compatible host is judged with OpenAI's catalog.
      'an OpenAI-compatible baseURL',
      lc("{ model: 'o3', temperature: 0, configuration: { baseURL: 'https://proxy.example.com/v1' } }"),
      [`2:43 ${SAMPLING}/temperature`],
    ],
    [
      'a model and a setting on the same path',
      `${esm}declare const cheap: boolean;\nnew ChatOpenAI({ model: cheap ? 'gpt-4.1' : 'o3', temperature: 0.2 });`,
      [`3:51 ${SAMPLING}/temperature`],
    ],
    [
      'initChatModel with the openai: prefix',
      "import { initChatModel } from 'langchain';\nconst llm = await initChatModel('openai:o3', { temperature: 0 });",
      [`2:48 ${SAMPLING}/temperature`],
    ],
    [
      'initChatModel from langchain/chat_models/universal, provider inferred from the id',
      "import { initChatModel } from 'langchain/chat_models/universal';\nconst llm = await initChatModel('gpt-5', { stop: ['x'] });",
      [`2:44 ${SAMPLING}/alwaysRejected`],
    ],
    [
      'model from a const object',
      `${esm}const MODELS = { fast: 'o3' } as const;\nnew ChatOpenAI({ model: MODELS.fast, temperature: 0.1 });`,
      [`3:38 ${SAMPLING}/temperature`],
    ],
  ];
  for (const [name, code, expected, options] of cases) {
    it(name, () => {
      expect(lint(code, options)).toEqual(expected);
    });
  }
});

describe('LangChain ChatOpenAI: no reports', () => {
  const cases: Array<[string, string, LintOptions?]> = [
    ['non-reasoning model, every sampling option', lc("{ model: 'gpt-4.1', temperature: 0, topP: 0.5, frequencyPenalty: 1, stop: ['END'], logitBias: { 50256: -100 } }")],
    ['default values on a reasoning model', lc("{ model: 'gpt-5', temperature: 1, topP: 1 }")],
    [
      'a model and a setting from different paths never meet',
      `${esm}declare const cheap: boolean;\nnew ChatOpenAI(cheap ? { model: 'gpt-4.1', temperature: 0.2 } : { model: 'o3' });`,
    ],
    ['initChatModel with another provider', "import { initChatModel } from 'langchain';\nawait initChatModel('anthropic:claude-sonnet-4', { temperature: 0 });"],
    ['initChatModel with a configurable model', "import { initChatModel } from 'langchain';\nawait initChatModel('o3', { temperature: 0, configurableFields: ['model'] });"],
    ['initChatModel with an id LangChain cannot place', "import { initChatModel } from 'langchain';\nawait initChatModel('my-o3', { temperature: 0 });"],
    ['gpt-5.1 defaults to effort none', lc("{ model: 'gpt-5.1', temperature: 0.2 }")],
    ['effort none written where it unlocks sampling', lc("{ model: 'gpt-5.5', reasoning: { effort: 'none' }, temperature: 0.2 }")],
    ['maxTokens is renamed for reasoning models', lc("{ model: 'o3', maxTokens: 100 }")],
    ['maxCompletionTokens', lc("{ model: 'gpt-5', maxCompletionTokens: 100 }")],
    ['modelKwargs max_tokens on a non-reasoning model', lc("{ model: 'gpt-4.1', modelKwargs: { max_tokens: 100 } }")],
    ['Responses path drops penalties, stop, logprobs, logit bias', lc("{ model: 'o3', useResponsesApi: true, frequencyPenalty: 1, stop: ['END'], logitBias: { 1: 1 }, logprobs: true }")],
    ['a model LangChain routes to Responses', lc("{ model: 'gpt-5.2-pro', stop: ['END'] }")],
    ['the API cannot be told', `${esm}declare const responses: boolean;\nnew ChatOpenAI({ model: 'o3', useResponsesApi: responses, stop: ['END'] });`],
    ['unknown model', `${esm}new ChatOpenAI({ model: process.env.MODEL, temperature: 0 });`],
    ['an unresolved spread may name the model', `${esm}declare const rest: object;\nnew ChatOpenAI({ ...rest, temperature: 0 });`],
    ['a local class with the same name', "class ChatOpenAI { constructor(o: object) {} }\nnew ChatOpenAI({ model: 'o3', temperature: 0 });"],
    ['imported from another module', "import { ChatOpenAI } from './my-llm';\nnew ChatOpenAI({ model: 'o3', temperature: 0 });"],
    ['Azure: the model names a deployment', "import { AzureChatOpenAI } from '@langchain/openai';\nnew AzureChatOpenAI({ model: 'o3', temperature: 0 });"],
    ['Azure without model', "import { AzureChatOpenAI } from '@langchain/openai';\nnew AzureChatOpenAI({ azureOpenAIApiDeploymentName: 'x', temperature: 0 });"],
    [
      'a host declared as another provider',
      lc("{ model: 'o3', temperature: 0, configuration: { baseURL: 'https://api.groq.com/openai/v1' } }"),
      { openai: { providers: { other: ['api.groq.com'] } } },
    ],
    [
      'a template baseURL on a host declared as another provider',
      `${esm}const version = 'v1';\nnew ChatOpenAI({ model: 'o3', temperature: 0, configuration: { baseURL: \`https://api.groq.com/openai/\${version}\` } });`,
      { openai: { providers: { other: ['api.groq.com'] } } },
    ],
    ['the module named only in a string, not imported', "const pkg = '@langchain/openai';\ndeclare const ChatOpenAI: new (o: object) => object;\nnew ChatOpenAI({ model: 'o3', temperature: 0 });"],
    ['a require of the module that is a local function', "function require(name: string): any { return {}; }\nconst { ChatOpenAI } = require('@langchain/openai');\nnew ChatOpenAI({ model: 'o3', stop: ['x'] });"],
    ['CommonJS require of another package', "const { ChatOpenAI } = require('./llm');\nnew ChatOpenAI({ model: 'o3', stop: ['x'] });", { filename: 'file.cjs' }],
  ];
  for (const [name, code, options] of cases) {
    it(name, () => {
      expect(lint(code, options)).toEqual([]);
    });
  }
});

describe('LangChain ChatOpenAI: words and edits', () => {
  it('names the model and the option as the user wrote it', () => {
    expect(lintMessages("import { ChatOpenAI } from '@langchain/openai';\nnew ChatOpenAI({ model: 'o3', topP: 0.5 });")).toEqual([
      '`topP` set to 0.5 is rejected by `o3` at the default effort `medium` (HTTP 400). (KB llm/openai-reasoning-model-sampling-parameters)',
    ]);
  });
});

describe('LangChain per-call options (`stop` on invoke, stream, batch, bind, withConfig)', () => {
  const STOP = `${SAMPLING}/alwaysRejected`;
  const cases: Array<[string, string, string[]]> = [
    [
      'each method on a const model, reported at the call (the constructor reports its own options once)',
      `${esm}const llm = new ChatOpenAI({ model: 'o3', temperature: 0.2 });\nllm.invoke('hi', { stop: ['x'] });\nllm.stream('hi', { stop: ['x'] });\nllm.batch(['hi'], { stop: ['x'] });\nllm.bind({ stop: ['y'] });\nllm.withConfig({ stop: ['z'] });\nllm.invoke('hi', { tags: ['t'] });`,
      [`2:43 ${SAMPLING}/temperature`, `3:20 ${STOP}`, `4:20 ${STOP}`, `5:21 ${STOP}`, `6:12 ${STOP}`, `7:18 ${STOP}`],
    ],
    ['bound on the constructor call', `${esm}new ChatOpenAI({ model: 'o3' }).bind({ stop: ['x'] });`, [`2:40 ${STOP}`]],
    ['options in a shared object: at each call', `${esm}const llm = new ChatOpenAI({ model: 'o3' });\nconst opts = { stop: ['x'] };\nllm.invoke('hi', opts);\nllm.invoke('hi', opts);`, [`4:18 ${STOP}`, `5:18 ${STOP}`]],
    ["a call's stop over the constructor's", `${esm}const llm = new ChatOpenAI({ model: 'o3', stop: ['a'] });\nllm.invoke('hi', { stop: ['x'] });\nllm.invoke('hi', {});`, [`2:43 ${STOP}`, `3:20 ${STOP}`]],
    ['the default model reported once, at the constructor', `${esm}const llm = new ChatOpenAI({ temperature: 0 });\nllm.invoke('hi', { stop: ['x'] });`, ['2:13 openai/no-retired-models/shutDown']],
    ['a model that takes stop', `${esm}const llm = new ChatOpenAI({ model: 'gpt-4o' });\nllm.invoke('hi', { stop: ['x'] });`, []],
    ['the Responses path (stop not sent)', `${esm}const llm = new ChatOpenAI({ model: 'o3', useResponsesApi: true });\nllm.invoke('hi', { stop: ['x'] });`, []],
    ['a model that is not known on one path', `${esm}declare const c: boolean;\nconst llm = new ChatOpenAI({ model: c ? 'o3' : 'gpt-4o' });\nllm.invoke('hi', { stop: ['x'] });`, []],
    ['a let binding (may be reassigned)', `${esm}let llm = new ChatOpenAI({ model: 'o3' });\nllm.invoke('hi', { stop: ['x'] });`, []],
    ['another object with an invoke method', `${esm}declare const chain: { invoke(i: string, o: object): void };\nchain.invoke('hi', { stop: ['x'] });`, []],
  ];
  for (const [name, code, expected] of cases) {
    it(name, () => {
      expect(lint(code)).toEqual(expected);
    });
  }

  it('names the option as written', () => {
    expect(lintMessages(`${esm}const llm = new ChatOpenAI({ model: 'o3' });\nllm.invoke('hi', { stop: ['x'] });`)).toEqual([
      '`stop` is rejected by reasoning model `o3` at every effort (HTTP 400). (KB llm/openai-reasoning-model-sampling-parameters)',
    ]);
  });
});
