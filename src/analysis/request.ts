/**
 * The request: a call's body as a set of paths, built once per call site and shared by every rule
 * (see `getRequest`).
 *
 * A path is one consistent choice at every branch that shapes the body; on it every parameter has
 * one value (or unknown, or "this value unless an unknown spread overrides it") and the property
 * that writes it. `param`, `values` and `writes` give the union over the paths, for checks that do
 * not depend on what else is sent; checks that do (a model with a parameter) judge path by path
 * (`paths`, `modelPaths`).
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { classifyCall, type CallSite } from './call-sites.js';
import { INSTRUCTOR_SDK } from './clients.js';
import type { OpenAISettings } from '../settings.js';
import { typeInfoFor, type TypeInfo } from './type-info.js';
import { resolveBinding, variableOf } from './bindings.js';
import { Env } from './paths.js';
import { resolvePaths } from './resolve.js';
import {
  collectValues,
  getParam,
  isWritten,
  mergeShapes,
  sameSource,
  skipWrappers,
  uniqueValues,
  unknownValue,
  valuesAtPath,
  writesAt,
  type ObjectShape,
  type Param,
  type Value,
  type Write,
} from './value-model.js';

/** One path through the body: the choices made, and the body sent on it. */
export interface BodyPath {
  env: Env;
  /** The body's value on this path (an object where resolved). */
  value: Value;
  /** The body's shape on this path (open when not resolved). */
  shape: ObjectShape;
}

export interface Request {
  site: CallSite;
  /** The possible values of the body argument (objects where resolved). */
  bodyValues: Value[];
  /** The body's shape, merged over its paths; open when not resolved. */
  body: ObjectShape;
  /** The body, path by path. */
  paths: BodyPath[];
  /** There were more paths than followed (`MAX_PATHS`): some values are unknown for that reason. */
  capped: boolean;
  /** A top-level parameter, over every path. */
  param(name: string): Param;
  /** The possible values at a dotted path (`reasoning.effort`, `text.format.type`), over every path. */
  values(path: string): Value[];
  /** The writes at a dotted path, over every path. */
  writes(path: string): Write[];
}

/**
 * The request a call sends, or `null` when the call is not an OpenAI request. With `settings`, the
 * client is classified with `settings.openai.providers`, and in type-checked mode
 * (`settings.openai.typeChecked`) type information fills in what the syntax leaves unknown.
 *
 * Not cached: the one listener (src/rule-kit/define-request-rule.ts) asks once per call, and a
 * request kept per call node would hold every request's values in memory until the file is done
 * (on a file with 10,000 requests, most of the heap, and garbage collection that grows with it).
 */
export function getRequest(sourceCode: TSESLint.SourceCode, node: TSESTree.CallExpression, settings?: OpenAISettings): Request | null {
  const types = settings?.typeChecked ? typeInfoFor(sourceCode) : null;
  const site = classifyCall(sourceCode, node, { settings, types });
  return site ? buildRequest(sourceCode, site, types) : null;
}

const VERDICT_KEYS = new Set(['model', 'reasoning_effort', 'reasoning']);

/**
 * The variables the body's model and effort are read from, written as the body literal shows them
 * (`model: m`, `{ model }`, `reasoning: { effort }`), one binding deep. A guard over one of them that
 * cannot be decided makes what it guards unknown.
 */
function verdictVariables(sourceCode: TSESLint.SourceCode, body: TSESTree.Node | null): Set<TSESLint.Scope.Variable> {
  const out = new Set<TSESLint.Scope.Variable>();
  if (!body) return out;
  let object = skipWrappers(body);
  if (object.type === AST_NODE_TYPES.Identifier) {
    const binding = resolveBinding(sourceCode, object);
    if (binding) object = skipWrappers(binding.init);
  }
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return out;
  const collect = (node: TSESTree.Node, depth: number): void => {
    const n = skipWrappers(node);
    if (depth > 3) return;
    if (n.type === AST_NODE_TYPES.Identifier) {
      const variable = variableOf(sourceCode, n);
      if (variable && !out.has(variable)) {
        out.add(variable);
        const binding = resolveBinding(sourceCode, n);
        if (binding) collect(binding.init, depth + 1);
      }
    } else if (n.type === AST_NODE_TYPES.MemberExpression) collect(n.object, depth + 1);
    else if (n.type === AST_NODE_TYPES.ConditionalExpression) {
      collect(n.consequent, depth + 1);
      collect(n.alternate, depth + 1);
    } else if (n.type === AST_NODE_TYPES.LogicalExpression) {
      collect(n.left, depth + 1);
      collect(n.right, depth + 1);
    } else if (n.type === AST_NODE_TYPES.ObjectExpression) {
      for (const property of n.properties) if (property.type === AST_NODE_TYPES.Property) collect(property.value, depth + 1);
    }
  };
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    const key = property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : String((property.key as TSESTree.Literal).value);
    if (VERDICT_KEYS.has(key)) collect(property.value, 0);
  }
  return out;
}

function buildRequest(sourceCode: TSESLint.SourceCode, site: CallSite, types: TypeInfo | null): Request {
  let paths: BodyPath[];
  let capped = false;
  if (site.body) {
    const resolved = resolvePaths(sourceCode, site.body, true, { types, verdict: verdictVariables(sourceCode, site.body) });
    capped = resolved.capped;
    let alts = resolved.alts;
    // Type-checked mode: a body built by a call (`create(buildParams())`) has its return type's shape.
    if (types && alts.every((a) => a.value.kind === 'call')) {
      const typed = types.valuesOf(site.body, true);
      if (typed) alts = typed.map((value) => ({ env: Env.EMPTY, value }));
    }
    paths = alts.map((alt) => ({ env: alt.env, value: alt.value, shape: shapeOf(alt.value, site) }));
  } else {
    const value = unknownValue(site.node);
    paths = [{ env: Env.EMPTY, value, shape: { node: null, params: new Map(), open: true } }];
  }
  return requestFromPaths(site, paths, capped);
}

/**
 * The request of a call site from its body paths (also for a framework call, whose paths an adapter
 * translated into the body the framework sends: src/adapters).
 */
export function requestFromPaths(site: CallSite, paths: BodyPath[], capped: boolean): Request {
  const bodyValues = uniqueValues(paths.map((p) => p.value));
  const body = mergeBodies(paths, site);
  let index: WeakMap<Value, string> | undefined;
  const keysOf = (): WeakMap<Value, string> => (index ??= keyIndex(body));
  for (const path of paths) keyIndexes.set(path, keysOf);
  const pathCache = new Map<string, Value[]>();
  // A parameter the body does not have is made on each ask (`getParam`): the checks ask for many.
  const missing = new Map<string, Param>();
  const request: Request = {
    site,
    bodyValues,
    body,
    paths,
    capped,
    param(name) {
      const param = body.params.get(name);
      if (param) return param;
      let made = missing.get(name);
      if (!made) missing.set(name, (made = getParam(body, name)));
      return made;
    },
    values(path) {
      let cached = pathCache.get(path);
      if (!cached) pathCache.set(path, (cached = valuesAtPath(body, path, path.length, request.param)));
      return cached;
    },
    writes(path) {
      const dot = path.lastIndexOf('.');
      if (dot === -1) return request.param(path).writes;
      return writesAt(request.values(path.slice(0, dot)), path.slice(dot + 1));
    },
  };
  return request;
}

function shapeOf(value: Value, site: CallSite): ObjectShape {
  return value.kind === 'object' ? value.shape : { node: site.body, params: new Map(), open: true };
}

/** A single shape over the body's paths: a key missing from one path is absent there. */
function mergeBodies(paths: readonly BodyPath[], site: CallSite): ObjectShape {
  if (paths.length === 1 && paths[0].value.kind === 'object') return paths[0].shape;
  return mergeShapes(
    paths.map((path) => path.shape),
    site.body,
  );
}

/** Every value a body path holds (at any depth), for "is this value sent on that path". */
const pathValues = new WeakMap<BodyPath, Value[]>();

export function valuesOnPath(path: BodyPath): Value[] {
  let values = pathValues.get(path);
  if (!values) pathValues.set(path, (values = collectValues([path.value])));
  return values;
}

/** Per body path: the dotted key of each value of the request's merged view (`max_tokens`, `reasoning.effort`). */
const keyIndexes = new WeakMap<BodyPath, () => WeakMap<Value, string>>();

function keyIndex(body: ObjectShape): WeakMap<Value, string> {
  const index = new WeakMap<Value, string>();
  const visit = (shape: ObjectShape, prefix: string, depth: number): void => {
    for (const [name, param] of shape.params) {
      const key = prefix ? `${prefix}.${name}` : name;
      for (const value of param.values) {
        if (!index.has(value)) index.set(value, key);
        if (value.kind === 'object' && depth < 6) visit(value.shape, key, depth + 1);
      }
    }
  };
  visit(body, '', 0);
  return index;
}

/**
 * The value (one of the request's values) is sent on this body path: at the same key there, when
 * the value comes from the request's merged view; anywhere on the path otherwise.
 */
export function sentOnPath(path: BodyPath, value: Value): boolean {
  // Not known to be sent at all (an open shape's missing key, what an undecidable guard guards).
  if (value.kind === 'unknown' && value.guarded) return false;
  const key = keyIndexes.get(path)?.().get(value);
  const candidates = key === undefined ? valuesOnPath(path) : valuesAtPath(path.shape, key);
  return candidates.some((v) => v === value || sameSource(v, value));
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
