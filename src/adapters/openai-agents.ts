/**
 * The OpenAI Agents SDK for JS, `@openai/agents` (and `@openai/agents-core`, `-openai`), modelled
 * from 0.20.0 (source of 0.20.0 and observed request bodies): `new Agent({...})`,
 * `Agent.create({...})` and `new Runner({...})`, with `model` and `modelSettings`.
 *
 * What it sends (`agents-openai/dist/openaiResponsesModel.js`, `openaiChatCompletionsModel.js`):
 * nothing is filtered for reasoning models.
 * - Responses (the default): `temperature`, `top_p` (`topP`), `max_output_tokens` (`maxTokens`),
 *   `truncation`, `store`, `reasoning` (from `modelSettings.reasoning`), then `providerData` raw;
 *   the penalties are silently not sent.
 * - Chat Completions (after `setOpenAIAPI('chat_completions')`, or a model created with
 *   `new OpenAIChatCompletionsModel(client, id)`): `temperature`, `top_p`, `frequency_penalty`,
 *   `presence_penalty`, `max_tokens` (`maxTokens`), `store`, `providerData` raw, and
 *   `reasoning_effort` from `modelSettings.reasoning.effort`.
 * - No `model`: the SDK's default, `gpt-5.6-luna` (0.20.0; `OPENAI_DEFAULT_MODEL` overrides it).
 *   Without `modelSettings` the SDK adds an implicit effort for it; any written `modelSettings`
 *   turns that off, and the API's default effort applies.
 *
 * The client: the one given to a model object, else the one `setDefaultOpenAIClient(client)` sets,
 * else the SDK's own; classified as for SDK calls on it (a host declared `other` is not OpenAI).
 *
 * Also `agent.clone({...})` on an agent the file creates: its request is the agent's options with the
 * clone's keys over them, and it reports what the clone's own `modelSettings` set.
 *
 * Not read (left silent): a clone that sets only `model`, `run(agent, input, { ... })` options, models from other
 * providers (`aisdk(...)`), an agent whose model a `Runner` in the same file replaces.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { classifyReceiver, type ClientInfo } from '../analysis/clients.js';
import { type Api } from '../analysis/call-sites.js';
import type { OpenAISettings } from '../settings.js';
import { resolveValues } from '../analysis/resolve.js';
import { type ObjectShape, type Param, type Value } from '../analysis/value-model.js';
import { Body, mayBeSet, option, singleShape } from './body.js';
import { methodCalls, methodOptions } from './references.js';
import type { Adapter, FileFacts, FrameworkCall, Translation } from './types.js';

/** The model an agent without `model` uses (`@openai/agents` 0.20.0, `DEFAULT_OPENAI_MODEL`). */
export const AGENTS_DEFAULT_MODEL = 'gpt-5.6-luna';

const RESPONSES_SETTINGS: ReadonlyArray<readonly [string, string]> = [
  ['temperature', 'temperature'],
  ['topP', 'top_p'],
  ['maxTokens', 'max_output_tokens'],
  ['truncation', 'truncation'],
  ['store', 'store'],
  ['reasoning', 'reasoning'],
];

const CHAT_SETTINGS: ReadonlyArray<readonly [string, string]> = [
  ['temperature', 'temperature'],
  ['topP', 'top_p'],
  ['frequencyPenalty', 'frequency_penalty'],
  ['presencePenalty', 'presence_penalty'],
  ['maxTokens', 'max_tokens'],
  ['store', 'store'],
  ['reasoning.effort', 'reasoning_effort'],
];

/** The API the file's `setOpenAIAPI(...)` calls choose: `responses` when there is none, `null` when not known. */
function fileApi(sourceCode: TSESLint.SourceCode, file: FileFacts): Api | null {
  const calls = file.calls.get('setOpenAIAPI') ?? [];
  let api: Api = 'responses';
  for (const call of calls) {
    const [argument] = call.arguments;
    if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return null;
    const values = resolveValues(sourceCode, argument, true);
    const names = new Set(values.map((v) => (v.kind === 'primitive' ? v.value : null)));
    if (names.size !== 1) return null;
    const [name] = names;
    if (name === 'chat_completions') api = 'chat';
    else if (name !== 'responses') return null;
  }
  return api;
}

/** The member path the SDK calls on its client for each API (what `classifyReceiver` follows). */
const CLIENT_PATHS: Readonly<Record<Api, readonly string[]>> = { chat: ['chat', 'completions', 'create'], responses: ['responses', 'create'] };

/** The kind of an `OpenAI` client given to the Agents SDK, as for an SDK call on it; `null` when the file shows it is no SDK client. */
function clientOf(sourceCode: TSESLint.SourceCode, node: TSESTree.CallExpressionArgument | undefined, api: Api, settings: OpenAISettings): ClientInfo | null {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement) return { kind: 'unknown' };
  return classifyReceiver(sourceCode, node, CLIENT_PATHS[api], settings);
}

/**
 * The client a model named by its id goes through: the one the file's `setDefaultOpenAIClient(client)`
 * calls set (they must agree), else the SDK's own `OpenAI` client.
 */
function defaultClient(sourceCode: TSESLint.SourceCode, file: FileFacts, api: Api, settings: OpenAISettings): ClientInfo | null {
  let found: ClientInfo = { kind: 'openai' };
  for (const [index, call] of (file.calls.get('setDefaultOpenAIClient') ?? []).entries()) {
    const client = clientOf(sourceCode, call.arguments[0], api, settings);
    if (!client || (index > 0 && client.kind !== found.kind)) return null;
    found = client;
  }
  return found;
}

/** The model option: an id, a `new OpenAIChatCompletionsModel(client, id)` / `OpenAIResponsesModel`, or not known. */
function modelOf(sourceCode: TSESLint.SourceCode, param: Param, file: FileFacts): { values: Value[]; api?: Api; clients: Array<TSESTree.CallExpressionArgument | undefined>; byId: boolean } | null {
  const values: Value[] = [];
  const clients: Array<TSESTree.CallExpressionArgument | undefined> = [];
  let byId = false;
  let api: Api | undefined;
  for (const value of param.values) {
    if (value.kind !== 'call' || value.node.type !== AST_NODE_TYPES.NewExpression) {
      values.push(value);
      byId = true;
      continue;
    }
    const created = value.node;
    const chat = file.calls.get('OpenAIChatCompletionsModel')?.includes(created);
    const responses = file.calls.get('OpenAIResponsesModel')?.includes(created);
    if (!chat && !responses) return null;
    const here: Api = chat ? 'chat' : 'responses';
    if (api !== undefined && api !== here) return null;
    api = here;
    const [client, id] = created.arguments;
    clients.push(client);
    if (!id || id.type === AST_NODE_TYPES.SpreadElement) values.push({ kind: 'unknown', node: created });
    else values.push(...resolveValues(sourceCode, id, true));
  }
  return { values, clients, byId, ...(api && { api }) };
}

/** The one client every model of the option goes through (`null`: more than one kind, or not an SDK client). */
function modelClient(sourceCode: TSESLint.SourceCode, model: NonNullable<ReturnType<typeof modelOf>>, file: FileFacts, api: Api, settings: OpenAISettings): ClientInfo | null {
  const found: ClientInfo[] = [];
  if (model.byId) {
    const client = defaultClient(sourceCode, file, api, settings);
    if (!client) return null;
    found.push(client);
  }
  for (const node of model.clients) {
    const client = clientOf(sourceCode, node, api, settings);
    if (!client) return null;
    found.push(client);
  }
  if (found.length === 0 || new Set(found.map((client) => client.kind)).size > 1) return null;
  return found[0];
}

/** Some `new Runner({...})` of the file may set `model`. */
function runnerMayReplaceModel(sourceCode: TSESLint.SourceCode, file: FileFacts): boolean {
  return (file.calls.get('Runner') ?? []).some((call) => {
    const [argument] = call.arguments;
    if (!argument) return false;
    if (argument.type === AST_NODE_TYPES.SpreadElement) return true;
    return resolveValues(sourceCode, argument, true, { focus: 'model' }).some((value) => value.kind !== 'absent' && (value.kind !== 'object' || mayBeSet(option(value.shape, 'model'))));
  });
}

function translate(sourceCode: TSESLint.SourceCode, call: FrameworkCall, file: FileFacts, settings: OpenAISettings, shape: ObjectShape): Translation | null {
  const argument = shape.node;
  if (!argument) return null;
  const modelSettings = option(shape, 'modelSettings');
  const runner = call.entry === 'Runner';
  // A `Runner` with a model replaces every agent's model for its runs: which model an agent meets is not known.
  if (!runner && runnerMayReplaceModel(sourceCode, file)) return null;
  const model = modelOf(sourceCode, option(shape, 'model'), file);
  if (!model) return null;
  const api = model.api ?? fileApi(sourceCode, file);
  if (!api) return null;
  const client = modelClient(sourceCode, model, file, api, settings);
  if (!client) return null;
  const body = new Body(argument, shape.open);
  let defaultModel: Translation['defaultModel'];

  if (model.values.some((v) => v.kind === 'absent')) {
    // A runner without `model` keeps each agent's.
    if (runner || shape.open) return null;
    const values = model.values.map((v): Value => (v.kind === 'absent' ? { kind: 'primitive', value: AGENTS_DEFAULT_MODEL, node: call.node } : v));
    body.send('model', { name: 'model', values, writes: option(shape, 'model').writes }, 'model');
    defaultModel = { id: AGENTS_DEFAULT_MODEL, note: "the Agents SDK's default" };
  } else body.send('model', { name: 'model', values: model.values, writes: option(shape, 'model').writes }, 'model');

  if (mayBeSet(modelSettings)) {
    for (const [words, name] of api === 'chat' ? CHAT_SETTINGS : RESPONSES_SETTINGS) {
      body.send(name, option(shape, `modelSettings.${words}`), `modelSettings.${words}`);
    }
    if (modelSettings.values.some((v) => v.kind !== 'object' && v.kind !== 'absent')) body.markOpen();
    // `providerData` is spread into the body raw.
    for (const value of option(shape, 'modelSettings.providerData').values) {
      if (value.kind === 'object') {
        for (const [key, param] of value.shape.params) body.send(key, param, `modelSettings.providerData.${key}`);
        if (value.shape.open) body.markOpen();
      } else if (value.kind !== 'absent') body.markOpen();
    }
  }
  return { api, client, body: body.shape(), optionsNode: argument, words: body.words(), ...(defaultModel && { defaultModel }) };
}

/** `agent.clone({...})`: a new agent with these options over the agent's (`new Agent({ ...this, ...config })`). */
const CLONE: Readonly<Record<string, number>> = { clone: 0 };

/**
 * The request of `agent.clone({...})` on an agent the file creates: the agent's options with the
 * clone's top-level keys over them. It reports only what the clone's own `modelSettings` set (the
 * agent's own options are reported at the agent; a model set only by the clone is not judged
 * against the agent's settings yet).
 */
function translateClone(sourceCode: TSESLint.SourceCode, call: FrameworkCall & { base: FrameworkCall }, file: FileFacts, settings: OpenAISettings, shape: ObjectShape): Translation | null {
  const [baseArgument] = call.base.node.arguments;
  if (baseArgument?.type === AST_NODE_TYPES.SpreadElement) return null;
  const baseShape = singleShape(sourceCode, baseArgument ?? null);
  if (!baseShape || !shape.node) return null;
  const params = new Map(baseShape.params);
  for (const [key, param] of shape.params) if (param.writes.length > 0 || mayBeSet(param)) params.set(key, param);
  const translation = translate(sourceCode, call.base, file, settings, { node: shape.node, params, open: baseShape.open || shape.open });
  if (!translation || !mayBeSet(option(shape, 'modelSettings'))) return null;
  const only = [...(translation.words ?? [])].filter(([, words]) => words.startsWith('modelSettings.')).map(([name]) => name);
  return { ...translation, only };
}

const AGENT_ENTRIES = [
  { path: ['Agent'], use: 'construct', entry: 'Agent' },
  { path: ['Agent', 'create'], use: 'call', entry: 'Agent.create' },
  { path: ['Runner'], use: 'construct', entry: 'Runner' },
] as const;

const OPENAI_ENTRIES = [
  { path: ['setOpenAIAPI'], use: 'call', entry: 'setOpenAIAPI' },
  { path: ['setDefaultOpenAIClient'], use: 'call', entry: 'setDefaultOpenAIClient' },
  { path: ['OpenAIChatCompletionsModel'], use: 'construct', entry: 'OpenAIChatCompletionsModel' },
  { path: ['OpenAIResponsesModel'], use: 'construct', entry: 'OpenAIResponsesModel' },
] as const;

/** Entries that only inform the translation of the others (they send nothing themselves). */
export const AGENTS_CONTEXT_ENTRIES: ReadonlySet<string> = new Set(OPENAI_ENTRIES.map((entry) => entry.entry));

export const openaiAgents: Adapter = {
  id: 'openai-agents',
  name: 'OpenAI Agents SDK',
  versions: [{ package: '@openai/agents', from: '0.20.0', below: '0.21.0' }],
  modules: {
    '@openai/agents': [...AGENT_ENTRIES, ...OPENAI_ENTRIES],
    '@openai/agents-core': AGENT_ENTRIES,
    '@openai/agents-openai': OPENAI_ENTRIES,
  },
  options(_sourceCode, call) {
    if (call.base) return methodOptions(call, CLONE);
    if (AGENTS_CONTEXT_ENTRIES.has(call.entry)) return false;
    const [argument] = call.node.arguments;
    return argument && argument.type !== AST_NODE_TYPES.SpreadElement ? argument : false;
  },
  translate(sourceCode, call, file, settings, options) {
    if (call.base) return translateClone(sourceCode, call as FrameworkCall & { base: FrameworkCall }, file, settings, options);
    return translate(sourceCode, call, file, settings, options);
  },
  followUps(sourceCode, calls) {
    return methodCalls(sourceCode, calls.filter((call) => call.entry === 'Agent' || call.entry === 'Agent.create'), CLONE);
  },
};
