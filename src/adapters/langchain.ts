/**
 * LangChain JS, `@langchain/openai` 1.x (modelled from 1.0.0; behaviour read in the source of
 * 1.6.0 and observed request bodies): `new ChatOpenAI({...})`, the positional
 * `new ChatOpenAI('o3', {...})`, and `new AzureChatOpenAI({...})`.
 *
 * What it sends (`dist/chat_models/completions.js` `invocationParams`, `responses.js`):
 * - Chat Completions (the default): `temperature`, `top_p`, `frequency_penalty`,
 *   `presence_penalty`, `logprobs`, `top_logprobs`, `n`, `logit_bias` and `stop` exactly as
 *   written (nothing is stripped for reasoning models), then `...modelKwargs` raw, then
 *   `reasoning_effort` from `reasoning.effort` (only for the models LangChain calls reasoning), and
 *   `maxTokens` as `max_completion_tokens` for those models, else as `max_tokens`.
 * - Responses (`useResponsesApi: true`, `reasoning.summary`, or a model LangChain routes there,
 *   `_modelPrefersResponsesAPI`): `temperature`, `top_p`, `max_output_tokens`, `reasoning`; the
 *   penalties, `logprobs`, `logit_bias` and `stop` are silently not sent.
 * - No `model`: `gpt-3.5-turbo` (`chat_models/base.js`).
 *
 * Also `initChatModel('openai:o3', {...})` (package `langchain` 1.x), which builds a `ChatOpenAI`
 * from the same options.
 *
 * Per call: `stop` in `.invoke/.stream/.batch(input, {...})` and `.bind/.withConfig({...})` on a
 * `const` model (or the constructor call itself), sent over `stopSequences` on the Chat path; such a
 * call reports only its own `stop` (the model's own options are reported at the constructor).
 *
 * Not read (left silent): other per-call options (a `reasoning` effort, `response_format`, tools),
 * built-in tools (which switch to Responses), configurable models (`configurableFields`).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { baseURLValuesKind, type ClientInfo } from '../analysis/clients.js';
import { type Api } from '../analysis/call-sites.js';
import type { OpenAISettings } from '../settings.js';
import { resolveValues } from '../analysis/resolve.js';
import { stringValues, type ObjectShape, type Param, type Value } from '../analysis/value-model.js';
import { Body, firstOf, mayBeSet, option, singleShape } from './body.js';
import { methodCalls, methodOptions } from './references.js';
import type { Adapter, FrameworkCall, Translation } from './types.js';

/** The model `ChatOpenAI` sends when none is given (`@langchain/openai` 1.x). */
export const LANGCHAIN_DEFAULT_MODEL = 'gpt-3.5-turbo';

/** LangChain's `isReasoningModel` (`utils/misc.js`, 1.6.0): renames max tokens and gates `reasoning`. */
export function langchainReasoningModel(model: string): boolean {
  if (/^o\d/.test(model)) return true;
  if (model.startsWith('gpt-5') && !model.startsWith('gpt-5-chat')) return true;
  if (model.startsWith('gpt-6') && !model.startsWith('gpt-6-chat')) return true;
  return false;
}

/** LangChain's `_modelPrefersResponsesAPI` (1.6.0). */
export function langchainPrefersResponses(model: string): boolean {
  return ['gpt-5.2-pro', 'gpt-5.4-pro', 'gpt-5.5-pro', 'gpt-5.6', 'codex'].some((part) => model.includes(part));
}

/** Options sent as written on the Chat path, by LangChain name. */
const CHAT_OPTIONS: ReadonlyArray<readonly [string, string]> = [
  ['temperature', 'temperature'],
  ['topP', 'top_p'],
  ['frequencyPenalty', 'frequency_penalty'],
  ['presencePenalty', 'presence_penalty'],
  ['logprobs', 'logprobs'],
  ['topLogprobs', 'top_logprobs'],
  ['n', 'n'],
  ['logitBias', 'logit_bias'],
];

/** Options sent on the Responses path (the rest are silently not sent there). */
const RESPONSES_OPTIONS: ReadonlyArray<readonly [string, string]> = [
  ['temperature', 'temperature'],
  ['topP', 'top_p'],
];

type Flag = boolean | 'unknown';

/** A boolean option: `true`, `false` (absent or false), or not known. */
function flag(param: Param): Flag {
  let result: Flag | undefined;
  for (const value of param.values) {
    const here: Flag = value.kind === 'absent' ? false : value.kind === 'primitive' ? Boolean(value.value) : 'unknown';
    if (result === undefined) result = here;
    else if (result !== here) return 'unknown';
  }
  return result ?? false;
}

/** All models agree on a property, or not (`unknown`, also when a model is not known). */
function agree(models: readonly string[], complete: boolean, test: (model: string) => boolean): Flag {
  if (!complete || models.length === 0) return 'unknown';
  const first = test(models[0]);
  return models.every((model) => test(model) === first) ? first : 'unknown';
}

function client(sourceCode: TSESLint.SourceCode, shape: ObjectShape, azure: boolean, settings: OpenAISettings): ClientInfo | null {
  if (azure) return { kind: 'azure' };
  const baseURL = option(shape, 'configuration.baseURL');
  if (!mayBeSet(baseURL)) return { kind: 'openai' };
  const info = baseURLValuesKind(sourceCode, baseURL.values, settings.providers);
  // A `baseURL` the file does not show: which provider is not known.
  return info.kind === 'unknown' ? null : info;
}

/** `new ChatOpenAI('o3', {...})` (1.x): the positional model's values; `null` for `new ChatOpenAI({...})`. */
function positionalModel(sourceCode: TSESLint.SourceCode, node: TSESTree.NewExpression): Value[] | null {
  const [first, second] = node.arguments;
  if (!first || first.type === 'SpreadElement') return null;
  const values = resolveValues(sourceCode, first, true);
  const strings = values.length > 0 && values.every((v) => v.kind === 'primitive' && typeof v.value === 'string');
  return second !== undefined || strings ? values : null;
}

/** Methods whose options configure a chat model's request, and the index of that argument. */
const CALL_OPTIONS: Readonly<Record<string, number>> = { invoke: 1, stream: 1, batch: 1, bind: 0, withConfig: 0 };

/**
 * Per-call options on a `ChatOpenAI` the file creates: `new ChatOpenAI({...}).bind({...})`, and
 * `llm.invoke(input, {...})`, `.stream`, `.batch`, `.bind`, `.withConfig` on a `const llm = new
 * ChatOpenAI({...})`.
 */
function followUps(sourceCode: TSESLint.SourceCode, calls: readonly FrameworkCall[]): FrameworkCall[] {
  return methodCalls(sourceCode, calls.filter((call) => call.entry === 'ChatOpenAI' || call.entry === 'AzureChatOpenAI'), CALL_OPTIONS);
}

/**
 * The request of a per-call options object: the model's own request with the call's `stop` over its
 * `stopSequences` (`options.stop ?? this.stopSequences`). Only `stop` is read per call yet, on the
 * Chat path (the Responses path does not send it); the request reports only at these options.
 */
function translateCall(sourceCode: TSESLint.SourceCode, call: FrameworkCall & { base: FrameworkCall }, file: unknown, settings: OpenAISettings, shape: ObjectShape): Translation | null {
  const baseOptions = optionsOf(sourceCode, call.base);
  if (baseOptions === false) return null;
  const baseShape = singleShape(sourceCode, baseOptions);
  if (!baseShape) return null;
  const base = translate(sourceCode, call.base, file, settings, baseShape);
  if (!base || base.api !== 'chat') return null;
  const stop = option(shape, 'stop');
  if (!mayBeSet(stop)) return null;
  const body = new Body(shape.node, base.body.open || shape.open);
  for (const [name, param] of base.body.params) body.keep(name, param, base.words?.get(name));
  body.sendOver('stop', stop, 'stop', base.body.params.get('stop'));
  return { ...base, body: body.shape(), optionsNode: shape.node, words: body.words(), only: ['stop'] };
}

function optionsOf(sourceCode: TSESLint.SourceCode, call: FrameworkCall): TSESTree.Node | null | false {
  if (call.base) return methodOptions(call, CALL_OPTIONS);
  const node = call.node as TSESTree.NewExpression;
  const [first, second] = node.arguments;
  if (first?.type === 'SpreadElement' || second?.type === 'SpreadElement') return false;
  if (call.entry === 'initChatModel') return first ? (second ?? null) : false;
  const options = positionalModel(sourceCode, node) ? second : first;
  return options ?? null;
}

/**
 * `initChatModel('openai:o3', {...})` (package `langchain`): the OpenAI model ids it builds a
 * `ChatOpenAI` for, or `null` when another provider, a configurable model or an unknown id may be
 * used. The provider is the `openai:` prefix, `modelProvider: 'openai'`, or LangChain's inference
 * from the id (`gpt-3`/`gpt-4`/`gpt-5`/`o1`/`o3`/`o4`, `_inferModelProvider` in langchain 1.5).
 */
function initChatModelIds(sourceCode: TSESLint.SourceCode, node: TSESTree.CallExpression, shape: ObjectShape): Value[] | null {
  const [first] = node.arguments;
  if (!first || first.type === 'SpreadElement' || shape.open) return null;
  if (mayBeSet(option(shape, 'configurableFields'))) return null;
  const provider = option(shape, 'modelProvider');
  const providers = provider.values.map((v) => (v.kind === 'absent' ? undefined : v.kind === 'primitive' ? v.value : null));
  if (providers.some((p) => p === null || (p !== undefined && p !== 'openai'))) return null;
  const explicit = providers.every((p) => p === 'openai');
  const ids: Value[] = [];
  for (const value of resolveValues(sourceCode, first, true)) {
    if (value.kind !== 'primitive' || typeof value.value !== 'string') return null;
    let id = value.value;
    if (id.startsWith('openai:')) id = id.slice('openai:'.length);
    else if (id.includes(':')) return null;
    else if (!explicit && !/^(?:gpt-[345]|o[134])/.test(id)) return null;
    ids.push(id === value.value ? value : { ...value, value: id });
  }
  return ids;
}

function translate(sourceCode: TSESLint.SourceCode, call: FrameworkCall, file: unknown, settings: OpenAISettings, shape: ObjectShape): Translation | null {
  if (call.base) return translateCall(sourceCode, call as FrameworkCall & { base: FrameworkCall }, file, settings, shape);
  const node = call.node as TSESTree.NewExpression;
  let positional: Value[] | null;
  if (call.entry === 'initChatModel') {
    positional = initChatModelIds(sourceCode, call.node as TSESTree.CallExpression, shape);
    if (!positional) return null;
  } else positional = positionalModel(sourceCode, node);
  const optionsNode = shape.node;
  const clientInfo = client(sourceCode, shape, call.entry === 'AzureChatOpenAI', settings);
  if (!clientInfo) return null;
  const body = new Body(optionsNode ?? null, shape.open);

  // The model: positional (which wins over the options' `model`), `model`, `modelName`, or LangChain's default.
  const model: Param = positional ? { name: 'model', values: positional, writes: [] } : firstOf(shape, 'model', 'modelName').param;
  let defaultModel: Translation['defaultModel'];
  if (model.values.some((v) => v.kind === 'absent') && !shape.open) {
    // Azure without `model` names the deployment elsewhere; the body's default model is not judged.
    if (clientInfo.kind === 'azure') return null;
    const values: Value[] = model.values.map((v) => (v.kind === 'absent' ? { kind: 'primitive', value: LANGCHAIN_DEFAULT_MODEL, node } : v));
    body.send('model', { ...model, values }, 'model');
    defaultModel = { id: LANGCHAIN_DEFAULT_MODEL, note: "LangChain's default" };
  } else body.send('model', model, 'model');

  const sentModel = body.shape().params.get('model');
  const knownModels = stringValues(sentModel?.values ?? []);
  const complete = sentModel !== undefined && sentModel.values.every((v) => v.kind === 'primitive' && typeof v.value === 'string');

  // Which API: `useResponsesApi`, a reasoning summary, or the model.
  const explicit = flag(option(shape, 'useResponsesApi'));
  const summary = flag({ ...option(shape, 'reasoning.summary'), name: 'summary' });
  const byModel = agree(knownModels, complete, langchainPrefersResponses);
  let api: Api;
  if (explicit === true || summary === true || byModel === true) api = 'responses';
  else if (explicit === false && summary === false && byModel === false) api = 'chat';
  else return null;

  const reasoning = agree(knownModels, complete, langchainReasoningModel);
  if (api === 'chat') {
    for (const [words, name] of CHAT_OPTIONS) body.send(name, option(shape, words), words);
    const stop = firstOf(shape, 'stopSequences', 'stop');
    body.send('stop', stop.param, stop.path);
    // `modelKwargs` is spread in raw, over the named options.
    const kwargs = option(shape, 'modelKwargs');
    for (const value of kwargs.values) {
      if (value.kind === 'object') {
        for (const [key, param] of value.shape.params) body.send(key, param, `modelKwargs.${key}`);
        if (value.shape.open) body.markOpen();
      } else if (value.kind !== 'absent') body.markOpen();
    }
    // Then, over `modelKwargs`: `reasoning.effort` where written (only for the models LangChain calls
    // reasoning), and the token limit, always assigned (`undefined` when not written, which removes a
    // `modelKwargs` key of the same name): `max_completion_tokens` for reasoning models, else `max_tokens`.
    if (reasoning === true) body.send('reasoning_effort', option(shape, 'reasoning.effort'), 'reasoning.effort');
    const maxTokens = firstOf(shape, 'maxCompletionTokens', 'maxTokens');
    const limits = reasoning === true ? ['max_completion_tokens'] : reasoning === false ? ['max_tokens'] : ['max_completion_tokens', 'max_tokens'];
    for (const name of limits) {
      if (reasoning !== 'unknown' && mayBeSet(maxTokens.param)) body.send(name, maxTokens.param, maxTokens.path);
      else body.drop(name);
    }
  } else {
    for (const [words, name] of RESPONSES_OPTIONS) body.send(name, option(shape, words), words);
    if (reasoning === true) body.send('reasoning', option(shape, 'reasoning'), 'reasoning');
    const maxTokens = firstOf(shape, 'maxCompletionTokens', 'maxTokens');
    body.send('max_output_tokens', maxTokens.param, maxTokens.path);
  }
  return { api, client: clientInfo, body: body.shape(), optionsNode, words: body.words(), ...(defaultModel && { defaultModel }) };
}

export const langchain: Adapter = {
  id: 'langchain',
  name: 'LangChain',
  versions: [{ package: '@langchain/openai', from: '1.0.0', below: '2.0.0' }],
  modules: {
    '@langchain/openai': [
      { path: ['ChatOpenAI'], use: 'construct', entry: 'ChatOpenAI' },
      { path: ['AzureChatOpenAI'], use: 'construct', entry: 'AzureChatOpenAI' },
    ],
    langchain: [{ path: ['initChatModel'], use: 'call', entry: 'initChatModel' }],
    'langchain/chat_models/universal': [{ path: ['initChatModel'], use: 'call', entry: 'initChatModel' }],
  },
  options: optionsOf,
  translate,
  followUps,
};
