/**
 * The Vercel AI SDK, `ai` 5+ with `@ai-sdk/openai` and `@ai-sdk/azure`, modelled from
 * `@ai-sdk/openai` 4.0.105 (a `providerOptions` effort is sent unchanged since then) to 4.0.118
 * (source and observed request bodies): `generateText`, `streamText`, `generateObject`,
 * `streamObject` and `new ToolLoopAgent(...)`, with `model: openai(id) | openai.chat(id) |
 * openai.responses(id) | openai.languageModel(id)`, the same on a provider from `createOpenAI(...)`
 * (stored in a `const`, or called at once; its `baseURL` decides the provider, as for an `OpenAI`
 * client's), and `azure(...)` (a deployment name).
 *
 * What it sends depends on whether the SDK calls the model a reasoning model (its own regexes over
 * the id, `openai-model-catalog.ts`, not OpenAI's catalog): for one it drops `temperature`/`topP`
 * (unless the effort is explicitly `none` on a model that unlocks sampling there), the penalties and
 * `logitBias`, each with a warning; `stopSequences` is sent as `stop` through Chat Completions;
 * `providerOptions.openai.logprobs` is sent as `top_logprobs` (`true`: 20) through Responses; the
 * effort is sent unchanged, except `max` through Chat Completions, which it drops with a warning.
 * Settings it drops are `ignored` (rule `no-ignored-framework-settings`).
 *
 * Not read (left silent): string models (`'openai/gpt-5'`, the AI Gateway), `wrapLanguageModel`
 * and its middleware defaults, `customProvider`/`createProviderRegistry`, providers reached through
 * another object (`ctx.openai`), `openai.completion`, per-call settings of a `ToolLoopAgent`'s
 * `generate`.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { baseURLKind, type ClientInfo } from '../analysis/clients.js';
import { type Api } from '../analysis/call-sites.js';
import type { OpenAISettings } from '../settings.js';
import { resolveValues } from '../analysis/resolve.js';
import { skipWrappers, stringValues, uniqueValues, type ObjectShape, type Param, type Value } from '../analysis/value-model.js';
import { Body, mayBeSet, option } from './body.js';
import type { Adapter, FileFacts, FrameworkCall, Ignored, Translation } from './types.js';

const FRAMEWORK = 'the Vercel AI SDK';

/** How the AI SDK sees a model id (`@ai-sdk/openai` 4.0.118, `createOpenAILanguageModelEntry`). */
export interface AiSdkModel {
  reasoning: boolean;
  /** Sampling settings are sent when the effort is explicitly `none`. */
  samplingAtNone: boolean;
  /** GPT-6 or later: Responses strips logprobs while reasoning. */
  gpt6: boolean;
}

const CONFIGURABLE_NON_REASONING = new Set(['gpt-6-sol', 'gpt-6-luna', 'gpt-6.1-terra']);

export function aiSdkModel(id: string): AiSdkModel {
  const o = /^o(\d+)(?:-|$)/.exec(id);
  const gpt = /^gpt-(\d+)(?:\.(\d+))?(?:-(.+))?$/.exec(id);
  const major = gpt ? Number(gpt[1]) : undefined;
  const minor = gpt?.[2] === undefined ? undefined : Number(gpt[2]);
  const chatVariant = gpt !== null && minor === undefined && (gpt[3]?.startsWith('chat') ?? false);
  const reasoning = o !== null || (major !== undefined && major >= 5 && !chatVariant);
  const gpt6 = major !== undefined && major >= 6;
  const samplingAtNone = CONFIGURABLE_NON_REASONING.has(id) || (!gpt6 && major === 5 && (minor ?? 0) >= 1);
  return { reasoning, samplingAtNone, gpt6 };
}

/** The provider calls of the file that create a language model, and the API each uses. */
interface ModelCall {
  node: TSESTree.CallExpression;
  api: Api;
  client: ClientInfo;
  id: TSESTree.Node | undefined;
}

const FACTORY_METHODS: Readonly<Record<string, Api>> = { chat: 'chat', responses: 'responses', languageModel: 'responses' };

/** `p(id)`, `p.chat(id)`, `p?.responses(id)`, for a provider `p`: the model call, or null. */
function modelCallOf(call: TSESTree.CallExpression, provider: TSESTree.Node, client: ClientInfo): ModelCall | null {
  const callee = skipWrappers(call.callee);
  const [id] = call.arguments;
  const idNode = id && id.type !== AST_NODE_TYPES.SpreadElement ? id : undefined;
  if (callee === provider) return { node: call, api: 'responses', client, id: idNode };
  if (callee.type === AST_NODE_TYPES.MemberExpression && callee.object === provider && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier) {
    const api = FACTORY_METHODS[callee.property.name];
    if (api) return { node: call, api, client, id: idNode };
  }
  return null;
}

/** The model calls made on a provider created by `createOpenAI(...)`: called at once, or through a `const`. */
function providerUses(sourceCode: TSESLint.SourceCode, creation: TSESTree.CallExpression, client: ClientInfo, out: Map<TSESTree.Node, ModelCall>): void {
  let node: TSESTree.Node = creation;
  while (node.parent?.type === AST_NODE_TYPES.TSAsExpression || node.parent?.type === AST_NODE_TYPES.TSNonNullExpression) node = node.parent;
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === node) {
    const use = modelCallOf(parent, node, client);
    if (use) out.set(parent, use);
    return;
  }
  if (parent?.type !== AST_NODE_TYPES.VariableDeclarator || parent.init !== node || parent.id.type !== AST_NODE_TYPES.Identifier) return;
  const declaration = parent.parent;
  if (declaration?.type !== AST_NODE_TYPES.VariableDeclaration || declaration.kind !== 'const') return;
  const variable = sourceCode.getDeclaredVariables(parent)[0] as TSESLint.Scope.Variable | undefined;
  for (const reference of variable?.references ?? []) {
    const id = reference.identifier;
    const up = id.parent;
    const call = up?.type === AST_NODE_TYPES.MemberExpression ? up.parent : up;
    if (call?.type !== AST_NODE_TYPES.CallExpression) continue;
    const use = modelCallOf(call, id, client);
    if (use) out.set(call, use);
  }
}

/** The file's model calls, found once (the adapter's `context` entries). */
const modelCallsByFile = new WeakMap<FileFacts, { providers: OpenAISettings['providers']; calls: Map<TSESTree.Node, ModelCall> }>();

function modelCalls(sourceCode: TSESLint.SourceCode, file: FileFacts, settings: OpenAISettings): Map<TSESTree.Node, ModelCall> {
  const cached = modelCallsByFile.get(file);
  if (cached && cached.providers === settings.providers) return cached.calls;
  const calls = new Map<TSESTree.Node, ModelCall>();
  for (const [entry, client] of [
    ['openai', { kind: 'openai' }],
    ['azure', { kind: 'azure' }],
  ] as const) {
    for (const call of file.calls.get(`${entry}()`) ?? []) {
      if (call.type === AST_NODE_TYPES.CallExpression) calls.set(call, { node: call, api: 'responses', client, id: firstArgument(call) });
    }
    for (const [method, api] of Object.entries(FACTORY_METHODS)) {
      for (const call of file.calls.get(`${entry}.${method}()`) ?? []) {
        if (call.type === AST_NODE_TYPES.CallExpression) calls.set(call, { node: call, api, client, id: firstArgument(call) });
      }
    }
  }
  for (const creation of file.calls.get('createOpenAI()') ?? []) {
    // `createOpenAI({ baseURL })`: the provider's host decides, as for an `OpenAI` client's.
    const [options] = (creation as TSESTree.CallExpression).arguments;
    providerUses(sourceCode, creation as TSESTree.CallExpression, baseURLKind(sourceCode, options, settings.providers), calls);
  }
  for (const creation of file.calls.get('createAzure()') ?? []) providerUses(sourceCode, creation as TSESTree.CallExpression, { kind: 'azure' }, calls);
  modelCallsByFile.set(file, { providers: settings.providers, calls });
  return calls;
}

function firstArgument(call: TSESTree.CallExpression | TSESTree.NewExpression): TSESTree.Node | undefined {
  const [first] = call.arguments;
  return first && first.type !== AST_NODE_TYPES.SpreadElement ? first : undefined;
}

type Decision = boolean | 'unknown';

/** The same answer for every model id (and effort), or `unknown`. */
function decide(ids: readonly string[], test: (model: AiSdkModel) => boolean): Decision {
  if (ids.length === 0) return 'unknown';
  const answers = new Set(ids.map((id) => test(aiSdkModel(id))));
  return answers.size === 1 ? [...answers][0] : 'unknown';
}

/** A value set as a parameter of its own (the synthetic object `reasoning: { effort }`, written where the option is). */
function objectWith(node: TSESTree.Node, key: string, param: Param): Param {
  const value: Value = { kind: 'object', node, shape: { node, params: new Map([[key, param]]), open: false } };
  // Its writes are the option's, so reports about `reasoning` point at the option the user wrote.
  return { name: 'reasoning', values: [value], writes: param.writes };
}

function translate(sourceCode: TSESLint.SourceCode, call: FrameworkCall, file: FileFacts, settings: OpenAISettings, shape: ObjectShape): Translation | null {
  const argument = shape.node;
  if (!argument) return null;
  const modelOption = option(shape, 'model');
  // The model must be a provider call the file shows, all through one API and one provider.
  const known = modelCalls(sourceCode, file, settings);
  const uses: ModelCall[] = [];
  for (const value of modelOption.values) {
    const node = value.kind === 'call' ? value.node : value.kind === 'unknown' ? value.node : null;
    const use = node ? known.get(skipWrappers(node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node)) : undefined;
    if (!use) return null;
    uses.push(use);
  }
  if (uses.length === 0 || new Set(uses.map((u) => u.api)).size > 1 || new Set(uses.map((u) => u.client.kind)).size > 1) return null;
  const { api, client } = uses[0];
  const modelValues = uniqueValues(uses.flatMap((use) => (use.id ? resolveValues(sourceCode, use.id, true) : [{ kind: 'unknown', node: call.node } as Value])));
  const ids = modelValues.every((v) => v.kind === 'primitive' && typeof v.value === 'string') ? stringValues(modelValues) : [];

  const body = new Body(argument, shape.open);
  const ignored: Ignored[] = [];
  body.send('model', { name: 'model', values: modelValues, writes: [] }, 'model');

  // The effort: `providerOptions.openai.reasoningEffort` (sent unchanged), else the top-level `reasoning` (v7).
  const providerKey = client.kind === 'azure' ? 'azure' : 'openai';
  const po = (key: string): Param => option(shape, `providerOptions.${providerKey}.${key}`);
  const poWords = (key: string): string => `providerOptions.${providerKey}.${key}`;
  let effort = po('reasoningEffort');
  let effortWords = poWords('reasoningEffort');
  if (!mayBeSet(effort)) {
    const topLevel = option(shape, 'reasoning');
    const values = topLevel.values.map((v): Value => (v.kind === 'primitive' && v.value === 'provider-default' ? { kind: 'absent' } : v));
    effort = { ...topLevel, values };
    effortWords = 'reasoning';
  }
  const efforts = effort.values.map((v) => (v.kind === 'absent' ? 'default' : v.kind === 'primitive' ? String(v.value) : 'unknown'));
  const effortKnown = !efforts.includes('unknown');
  const explicitNone = effortKnown && efforts.every((e) => e === 'none') ? true : effortKnown && efforts.every((e) => e !== 'none') ? false : 'unknown';

  const reasoning = decide(ids, (m) => m.reasoning);
  // Sampling settings pass where the SDK does not call the model reasoning, or at an explicit effort none it unlocks.
  let samplingSent: Decision = 'unknown';
  if (reasoning === false) samplingSent = true;
  else if (reasoning === true && explicitNone !== 'unknown') {
    samplingSent = explicitNone ? decide(ids, (m) => m.samplingAtNone) : false;
  }
  if (reasoning === true) {
    const chatEffort = api === 'chat';
    if (chatEffort) {
      // The SDK never sends `max` through Chat Completions (only the Responses API accepts it): dropped with a warning.
      const isMax = (v: Value): boolean => v.kind === 'primitive' && v.value === 'max';
      if (effort.values.length > 0 && effort.values.every(isMax)) {
        ignored.push({ words: effortWords, param: effort, framework: FRAMEWORK, reason: 'on Chat Completions (only the Responses API accepts `max`)' });
      }
      body.send('reasoning_effort', { ...effort, values: effort.values.map((v): Value => (isMax(v) ? { kind: 'absent' } : v)) }, effortWords);
    }
    else if (mayBeSet(effort)) body.send('reasoning', objectWith(argument, 'effort', effort), effortWords);
  }

  /** A setting sent under `name` where `sent` holds, dropped with a warning where it does not. */
  const gated = (words: string, from: Param, name: string, sent: Decision, reason: string, hint?: string): void => {
    if (!mayBeSet(from)) return;
    if (sent === true) body.send(name, from, words);
    else if (sent === false) ignored.push({ words, param: from, framework: FRAMEWORK, reason, ...(hint && { hint }) });
  };
  const unlockHint = decide(ids, (m) => m.samplingAtNone) === true && !mayBeSet(effort)
    ? `set \`providerOptions.${providerKey}.reasoningEffort: 'none'\` to send it`
    : undefined;
  const samplingReason = 'for models it counts as reasoning';
  gated('temperature', option(shape, 'temperature'), 'temperature', samplingSent, samplingReason, unlockHint);
  gated('topP', option(shape, 'topP'), 'top_p', samplingSent, samplingReason, unlockHint);

  const nonReasoning: Decision = reasoning === 'unknown' ? 'unknown' : !reasoning;
  const maxOutputTokens = option(shape, 'maxOutputTokens');
  if (api === 'chat') {
    const penaltyReason = 'for models it counts as reasoning';
    gated('presencePenalty', option(shape, 'presencePenalty'), 'presence_penalty', nonReasoning, penaltyReason);
    gated('frequencyPenalty', option(shape, 'frequencyPenalty'), 'frequency_penalty', nonReasoning, penaltyReason);
    gated(poWords('logitBias'), po('logitBias'), 'logit_bias', nonReasoning, 'for models it counts as reasoning');
    body.send('stop', option(shape, 'stopSequences'), 'stopSequences');
    body.send('seed', option(shape, 'seed'), 'seed');
    if (reasoning === true) body.send('max_completion_tokens', maxOutputTokens, 'maxOutputTokens');
    else if (reasoning === false) body.send('max_tokens', maxOutputTokens, 'maxOutputTokens');
    body.send('max_completion_tokens', po('maxCompletionTokens'), poWords('maxCompletionTokens'));
    // logprobs: dropped for reasoning models unless the effort is explicitly none.
    const logprobs = po('logprobs');
    const logprobsSent: Decision = reasoning === false ? true : reasoning === true && explicitNone !== 'unknown' ? explicitNone : 'unknown';
    if (mayBeSet(logprobs)) {
      if (logprobsSent === true) {
        body.send('logprobs', { ...logprobs, values: logprobs.values.map((v) => (v.kind === 'primitive' && typeof v.value === 'number' ? { ...v, value: true } : v)) }, poWords('logprobs'));
        if (reasoning === false) body.send('top_logprobs', { ...logprobs, values: logprobs.values.filter((v) => v.kind !== 'primitive' || typeof v.value === 'number') }, poWords('logprobs'));
      } else if (logprobsSent === false) {
        ignored.push({ words: poWords('logprobs'), param: logprobs, framework: FRAMEWORK, reason: 'for models it counts as reasoning, unless the effort is `none`' });
      }
    }
  } else {
    const responsesReason = (what: string): string => `on the Responses API, which has no ${what}`;
    gated('presencePenalty', option(shape, 'presencePenalty'), 'presence_penalty', false, responsesReason('penalties'));
    gated('frequencyPenalty', option(shape, 'frequencyPenalty'), 'frequency_penalty', false, responsesReason('penalties'));
    gated('stopSequences', option(shape, 'stopSequences'), 'stop', false, responsesReason('stop sequences'));
    gated('seed', option(shape, 'seed'), 'seed', false, responsesReason('seed'));
    body.send('max_output_tokens', maxOutputTokens, 'maxOutputTokens');
    // logprobs: sent as `top_logprobs` (`true`: 20); stripped only for GPT-6 ids while reasoning.
    const logprobs = po('logprobs');
    const stripped: Decision = reasoning === false ? false : reasoning === true && explicitNone !== 'unknown' ? (explicitNone ? false : decide(ids, (m) => m.gpt6)) : 'unknown';
    if (mayBeSet(logprobs) && stripped === false) {
      const values = logprobs.values
        .filter((v) => !(v.kind === 'primitive' && v.value === false))
        .map((v): Value => (v.kind === 'primitive' && v.value === true ? { ...v, value: 20 } : v));
      body.send('top_logprobs', { ...logprobs, values }, poWords('logprobs'));
    } else if (mayBeSet(logprobs) && stripped === true) {
      ignored.push({ words: poWords('logprobs'), param: logprobs, framework: FRAMEWORK, reason: 'for GPT-6 models while they reason' });
    }
  }
  return { api, client, body: body.shape(), optionsNode: argument, ignored, uses: uses.map((use) => use.node), words: body.words() };
}

/** Every model object of the file, as a request that names only its model. */
function models(sourceCode: TSESLint.SourceCode, file: FileFacts, settings: OpenAISettings): Array<{ node: TSESTree.CallExpression; translation: Translation }> {
  const out: Array<{ node: TSESTree.CallExpression; translation: Translation }> = [];
  for (const use of modelCalls(sourceCode, file, settings).values()) {
    if (!use.id) continue;
    const body = new Body(null, false);
    body.send('model', { name: 'model', values: resolveValues(sourceCode, use.id, true), writes: [] }, 'model');
    out.push({ node: use.node, translation: { api: use.api, client: use.client, body: body.shape(), optionsNode: null } });
  }
  return out;
}

const CALLS = ['generateText', 'streamText', 'generateObject', 'streamObject'] as const;

export const vercelAi: Adapter = {
  id: 'vercel-ai',
  name: 'Vercel AI SDK',
  versions: [
    { package: 'ai', from: '5.0.0', below: '8.0.0' },
    { package: '@ai-sdk/openai', from: '4.0.105', below: '5.0.0' },
  ],
  modules: {
    ai: [...CALLS.map((name) => ({ path: [name], use: 'call' as const, entry: name })), { path: ['ToolLoopAgent'], use: 'construct', entry: 'ToolLoopAgent' }],
    '@ai-sdk/openai': [
      { path: ['openai'], use: 'call', entry: 'openai()' },
      ...Object.keys(FACTORY_METHODS).map((method) => ({ path: ['openai', method], use: 'call' as const, entry: `openai.${method}()` })),
      { path: ['createOpenAI'], use: 'call', entry: 'createOpenAI()' },
    ],
    '@ai-sdk/azure': [
      { path: ['azure'], use: 'call', entry: 'azure()' },
      ...Object.keys(FACTORY_METHODS).map((method) => ({ path: ['azure', method], use: 'call' as const, entry: `azure.${method}()` })),
      { path: ['createAzure'], use: 'call', entry: 'createAzure()' },
    ],
  },
  options(_sourceCode, call) {
    if (call.entry.endsWith('()')) return false;
    return firstArgument(call.node) ?? false;
  },
  translate(sourceCode, call, file, settings, options) {
    return translate(sourceCode, call, file, settings, options);
  },
  models,
};
