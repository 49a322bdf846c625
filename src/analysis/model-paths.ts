/**
 * Model verdicts, path by path: on each path of a request, the model written there, its catalog
 * entry and the reasoning effort that applies on the same path; and the questions rules ask of
 * them ("does this model reject logprobs at this effort?"), answered `true` (rejected), `false`
 * (accepted) or `undefined` (not known).
 */
import type { TSESTree } from '@typescript-eslint/types';
import { certainFacts } from '../models/confidence.js';
import { findModel } from '../models/lookup.js';
import { EFFORTS, type Effort, type ModelEntry } from '../models/types.js';
import { catalogOf, type OpenAISettings } from '../settings.js';
import { sentOnPath, type BodyPath, type Request } from './request.js';
import { getParam, valuesAt, viaOf, type Value } from './value-model.js';

export type { Effort, ModelEntry } from '../models/types.js';

/** The effort that applies on a path: a known effort, or `unknown` (not written and default unknown, or not static). */
export type AppliedEffort = Effort | 'unknown';

export interface ModelPath {
  /** The model name as written. */
  model: string;
  entry: ModelEntry;
  effort: AppliedEffort;
  /** The effort was written in the request (not the model's default). */
  explicitEffort: boolean;
  /** The node that writes the model name. */
  modelNode: TSESTree.Node;
  /**
   * The calls of local functions that supplied this path's model or effort as an argument
   * (`function ask(model) { ... }` called as `ask('o3')`); empty when both are written here.
   */
  via: TSESTree.CallExpression[];
  /** The body path this model and effort are sent on. */
  body: BodyPath;
}

export interface ModelPaths {
  /** Every (known catalog model, effort) of every body path. */
  paths: ModelPath[];
  /** Every possible model on every path is a known catalog model (no unknown or non-catalog path, no path left unfollowed). */
  complete: boolean;
}

/**
 * The catalog entry a model name stands for in this request, honouring the client, aliases and
 * `settings.openai.models`:
 * - a look-alike SDK's client (`groq-sdk`, ...): none, aliases included (its model names and
 *   errors are its own);
 * - a name in `settings.openai.modelAliases`: the aliased model, whatever the other client;
 * - an Azure client (`model` is a deployment name) or a provider declared `other`: none;
 * - otherwise (OpenAI, OpenAI-compatible, unknown): the name's catalog entry.
 */
export function entryFor(request: Request, settings: OpenAISettings, name: string): ModelEntry | undefined {
  const { kind } = request.site.client;
  if (kind === 'lookalike') return undefined;
  const catalog = catalogOf(settings);
  const alias = Object.hasOwn(settings.modelAliases, name) ? settings.modelAliases[name] : undefined;
  if (alias !== undefined) return findModel(alias, catalog);
  if (kind === 'azure' || kind === 'other') return undefined;
  return findModel(name, catalog);
}

type EffortValue = Effort | 'default' | 'unknown';

function effortOf(value: Value): EffortValue {
  if (value.kind === 'absent') return 'default';
  if (value.kind === 'primitive' && typeof value.value === 'string' && (EFFORTS as readonly string[]).includes(value.value)) return value.value as Effort;
  return 'unknown';
}

/** The distinct calls that supplied a path's model and effort (either, both or neither). */
function callsVia(model: TSESTree.CallExpression | undefined, effort: TSESTree.CallExpression | undefined): TSESTree.CallExpression[] {
  if (model === undefined) return effort === undefined ? [] : [effort];
  return effort === undefined || effort === model ? [model] : [model, effort];
}

const cache = new WeakMap<Request, { settings: OpenAISettings; result: ModelPaths }>();

/** The (model, effort) pairs of a request, each from one body path. */
export function modelPaths(request: Request, settings: OpenAISettings): ModelPaths {
  const cached = cache.get(request);
  if (cached?.settings === settings) return cached.result;
  const paths: ModelPath[] = [];
  let complete = !request.capped;
  for (const body of request.paths) {
    const models = getParam(body.shape, 'model').values;
    const efforts = request.site.api === 'chat' ? getParam(body.shape, 'reasoning_effort').values : valuesAt(getParam(body.shape, 'reasoning').values, 'effort');
    for (const value of models) {
      if (value.kind !== 'primitive' || typeof value.value !== 'string') {
        complete = false;
        continue;
      }
      const entry = entryFor(request, settings, value.value);
      if (!entry) {
        complete = false;
        continue;
      }
      const seen = new Set<string>();
      for (const effortValue of efforts) {
        const effort = effortOf(effortValue);
        const applied: AppliedEffort = effort === 'default' ? (entry.reasoning ? (entry.defaultEffort ?? 'unknown') : 'unknown') : effort;
        const key = `${applied}:${effort === 'default'}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const via = callsVia(value.via, viaOf(effortValue));
        paths.push({ model: value.value, entry, effort: applied, explicitEffort: effort !== 'default', modelNode: value.node, via, body });
      }
    }
  }
  const result = { paths, complete };
  cache.set(request, { settings, result });
  return result;
}

export interface Judgement {
  /** Paths on which the request is rejected. */
  failing: ModelPath[];
  /**
   * Every possible path is known and rejected, on High-confidence catalog facts only: an autofix is
   * certain as far as the model goes.
   */
  allFail: boolean;
}

/** Apply a verdict to every path. */
export function judge(model: ModelPaths, verdict: (path: ModelPath) => boolean | undefined): Judgement {
  const failing: ModelPath[] = [];
  let allFail = model.complete && model.paths.length > 0;
  for (const path of model.paths) {
    const result = verdict(path);
    if (result === true) failing.push(path);
    else allFail = false;
    // A verdict on a fact below High confidence is never grounds for an autofix.
    if (!certainFacts(path.entry, path.explicitEffort)) allFail = false;
  }
  return { failing, allFail };
}

/**
 * Reasoning is on for this path: `true`, `false` (a non-reasoning model, or effort `none` on a
 * model that accepts it), or `undefined` (effort not known, or `none` where the model's support
 * for it is unknown or absent: that request fails for another reason). Where the effort is not
 * known but every effort the model supports turns reasoning on (o3 has no `none`), it is on.
 */
export function reasoningOn(entry: ModelEntry, effort: AppliedEffort): boolean | undefined {
  if (!entry.reasoning) return false;
  if (effort === 'unknown') return entry.efforts && entry.efforts.length > 0 && !entry.efforts.includes('none') ? true : undefined;
  if (effort === 'none') return entry.efforts?.includes('none') ? false : undefined;
  return true;
}

/** `logprobs: true` / `top_logprobs` rejected on this path. */
export function rejectsLogprobs(path: ModelPath): boolean | undefined {
  const on = reasoningOn(path.entry, path.effort);
  if (on === undefined) return undefined;
  if (on) return true;
  if (path.entry.reasoning) return path.entry.samplingWhenEffortNone ? false : undefined;
  return path.entry.logprobs === false ? true : path.entry.logprobs === true ? false : undefined;
}

export type SamplingParam = 'temperature' | 'top_p' | 'presence_penalty' | 'frequency_penalty';

/** A non-default `temperature` / `top_p` / penalty rejected on this path. */
export function rejectsSampling(path: ModelPath): boolean | undefined {
  if (path.entry.searchPreview) return true;
  const on = reasoningOn(path.entry, path.effort);
  if (on === undefined) return undefined;
  if (on) return true;
  if (path.entry.reasoning) return path.entry.samplingWhenEffortNone ? false : undefined;
  return false;
}

/** `stop`, `logit_bias` and `max_tokens`: rejected by every reasoning model, whatever the effort. */
export function rejectsOnReasoningModel(path: ModelPath): boolean {
  return path.entry.reasoning;
}

/** Predicted Outputs (`prediction`) unsupported by this model. */
export function rejectsPrediction(path: ModelPath): boolean {
  return !path.entry.predictedOutputs;
}

/** A readable list of the distinct failing model names: `o3`, `o3` and `gpt-5`. */
export function modelList(paths: readonly ModelPath[]): string {
  const names = [...new Set(paths.map((p) => p.model))];
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join('`, `')}\` or \`${names.at(-1)}`;
}

/** The model paths on whose body path one of `values` is sent: model and value from the same path. */
export function pathsMeeting(paths: readonly ModelPath[], values: readonly Value[]): ModelPath[] {
  return paths.filter((path) => values.some((value) => sentOnPath(path.body, value)));
}

/** The values sent on the body path of one of `paths` (see `pathsMeeting`). */
export function valuesMeeting(values: readonly Value[], paths: readonly ModelPath[]): Value[] {
  return values.filter((value) => paths.some((path) => sentOnPath(path.body, value)));
}
