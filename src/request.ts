/**
 * The request: one resolved picture of a call's body, built once per call site and shared by
 * every rule through a cache keyed by the call's AST node.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { classifyCall, type CallSite } from './call-sites.js';
import { INSTRUCTOR_SDK } from './analysis/clients.js';
import type { OpenAISettings } from './settings.js';
import { typeInfoFor, type TypeInfo } from './type-info.js';
import {
  getParam,
  isWritten,
  mergeDeclared,
  resolveValues,
  uniqueValues,
  unknownValue,
  valuesAt,
  withDeclared,
  writesAt,
  type ObjectShape,
  type Param,
  type Value,
  type Write,
} from './values.js';

export interface Request {
  site: CallSite;
  /** The possible values of the body argument (objects where resolved). */
  bodyValues: Value[];
  /** The body's shape, merged over its alternatives; open when not resolved. */
  body: ObjectShape;
  /** A top-level parameter. */
  param(name: string): Param;
  /** The possible values at a dotted path (`reasoning.effort`, `text.format.type`). */
  values(path: string): Value[];
  /** The writes at a dotted path. */
  writes(path: string): Write[];
}

/**
 * Per call node: the request for the settings object it was first asked with (`undefined`: no
 * settings), and for any other settings object in a map (rare: a script calling without settings).
 */
interface CacheEntry {
  settings: OpenAISettings | undefined;
  request: Request | null;
  others?: Map<OpenAISettings | undefined, Request | null>;
}
const cache = new WeakMap<TSESTree.CallExpression, CacheEntry>();

/**
 * The request a call sends, or `null` when the call is not an OpenAI request. Cached per node
 * (and settings). With `settings`, the client is classified with `settings.openai.providers`, and
 * in type-checked mode (`settings.openai.typeChecked`) type information fills in what the syntax
 * leaves unknown.
 */
export function getRequest(sourceCode: TSESLint.SourceCode, node: TSESTree.CallExpression, settings?: OpenAISettings): Request | null {
  const entry = cache.get(node);
  if (entry) {
    if (entry.settings === settings) return entry.request;
    if (entry.others?.has(settings)) return entry.others.get(settings)!;
  }
  let request: Request | null = null;
  const types = settings?.typeChecked ? typeInfoFor(sourceCode) : null;
  const site = classifyCall(sourceCode, node, { settings, types });
  if (site) request = buildRequest(sourceCode, site, types);
  if (!entry) cache.set(node, { settings, request });
  else (entry.others ??= new Map()).set(settings, request);
  return request;
}

function buildRequest(sourceCode: TSESLint.SourceCode, site: CallSite, types: TypeInfo | null): Request {
  let bodyValues: Value[] = site.body ? resolveValues(sourceCode, site.body, true, { types }) : [unknownValue(site.node)];
  // Type-checked mode: a body built by a call (`create(buildParams())`) has its return type's shape.
  if (types && site.body && bodyValues.every((v) => v.kind === 'call')) bodyValues = types.valuesOf(site.body, true) ?? bodyValues;
  const body = mergeBodies(bodyValues, site);
  const pathCache = new Map<string, Value[]>();
  const request: Request = {
    site,
    bodyValues,
    body,
    param: (name) => getParam(body, name),
    values(path) {
      let cached = pathCache.get(path);
      if (!cached) {
        const [first, ...rest] = path.split('.');
        cached = getParam(body, first).values;
        for (const key of rest) cached = valuesAt(cached, key);
        pathCache.set(path, cached);
      }
      return cached;
    },
    writes(path) {
      const keys = path.split('.');
      const last = keys.pop()!;
      if (keys.length === 0) return getParam(body, last).writes;
      return writesAt(request.values(keys.join('.')), last);
    },
  };
  return request;
}

/** A single shape over the body's alternatives: a key missing from one alternative is absent there. */
function mergeBodies(values: Value[], site: CallSite): ObjectShape {
  if (values.length === 1 && values[0].kind === 'object') return values[0].shape;
  const keys = new Set<string>();
  let open = false;
  for (const value of values) {
    if (value.kind === 'object') {
      for (const key of value.shape.params.keys()) keys.add(key);
      if (value.shape.open) open = true;
    } else open = true;
  }
  const params = new Map<string, Param>();
  for (const key of keys) {
    const merged: Value[] = [];
    const writes: Write[] = [];
    let declared: Param['declared'];
    for (const value of values) {
      if (value.kind === 'object') {
        const param = getParam(value.shape, key);
        merged.push(...param.values);
        writes.push(...param.writes);
        declared = mergeDeclared(declared, param.declared);
      } else merged.push(unknownValue(site.body));
    }
    params.set(key, withDeclared({ name: key, values: uniqueValues(merged), writes }, declared));
  }
  return { node: site.body, params, open };
}

/**
 * The request is shaped like an OpenAI request. Always for a client of the `openai` package
 * (whatever its provider). For a look-alike SDK's client (`site.client.kind === 'lookalike'`):
 * a Chat Completions body that writes `messages`, or a Responses body that writes `input`, on
 * some path, and names no parameter outside the OpenAI API of that method (a look-alike's own
 * extension, such as instructor's `response_model` or token.js's `provider`, says the SDK
 * handles the request its own way). `onRequest` hands look-alike requests to rules only when
 * this holds.
 */
export function isOpenAIShaped(request: Request): boolean {
  if (request.site.client.kind !== 'lookalike') return true;
  const api = request.site.api;
  if (!isWritten(request.param(api === 'chat' ? 'messages' : 'input'))) return false;
  const known = api === 'chat' ? CHAT_PARAMS : RESPONSES_PARAMS;
  // instructor removes its own two keys and passes the rest on unchanged.
  const own = request.site.client.sdk === INSTRUCTOR_SDK ? INSTRUCTOR_PARAMS : undefined;
  for (const [name, param] of request.body.params) {
    if (!known.has(name) && !own?.has(name) && param.values.some((v) => v.kind !== 'absent')) return false;
  }
  return true;
}

/** The keys instructor reads and removes before it calls the wrapped client (`@instructor-ai/instructor` 1.7.0). */
const INSTRUCTOR_PARAMS: ReadonlySet<string> = new Set(['response_model', 'max_retries']);

/** The body parameters of `chat.completions.create` (openai@7.57.0, `ChatCompletionCreateParamsBase`). */
const CHAT_PARAMS: ReadonlySet<string> = new Set([
  'audio', 'frequency_penalty', 'function_call', 'functions', 'logit_bias', 'logprobs', 'max_completion_tokens',
  'max_tokens', 'messages', 'metadata', 'modalities', 'model', 'moderation', 'n', 'parallel_tool_calls', 'prediction',
  'presence_penalty', 'prompt_cache_key', 'prompt_cache_options', 'prompt_cache_retention', 'reasoning_effort',
  'response_format', 'safety_identifier', 'seed', 'service_tier', 'stop', 'store', 'stream', 'stream_options',
  'temperature', 'tool_choice', 'tools', 'top_logprobs', 'top_p', 'user', 'verbosity', 'web_search_options',
]);

/** The body parameters of `responses.create` (openai@7.57.0, `ResponseCreateParamsBase`). */
const RESPONSES_PARAMS: ReadonlySet<string> = new Set([
  'access_programs', 'background', 'context_management', 'conversation', 'image', 'include', 'input', 'instructions',
  'max_output_tokens', 'max_tool_calls', 'metadata', 'model', 'moderation', 'parallel_tool_calls',
  'previous_response_id', 'prompt', 'prompt_cache_key', 'prompt_cache_options', 'prompt_cache_retention', 'reasoning',
  'safety_identifier', 'service_tier', 'store', 'stream', 'stream_options', 'temperature', 'text', 'tool_choice',
  'tools', 'top_logprobs', 'top_p', 'truncation', 'user',
]);
