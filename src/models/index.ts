/**
 * Model facts: for each possible model of a request, its catalog entry and the reasoning effort
 * that applies; and the questions rules ask of them ("does this model reject logprobs at this
 * effort?"), answered `true` (rejected), `false` (accepted) or `undefined` (not known).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { Request } from '../request.js';
import { catalogOf, type OpenAISettings } from '../settings.js';
import { exclusiveCalls, viaOf } from '../values.js';
import { certainFacts } from './confidence.js';
import { findModel } from './lookup.js';
import { EFFORTS, type Effort, type ModelEntry } from './types.js';

export type { Effort, ModelEntry } from './types.js';
export { findModel } from './lookup.js';

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
}

export interface ModelPaths {
  /** Every combination of a known catalog model and a possible effort. */
  paths: ModelPath[];
  /** Every possible model is a known catalog model (no unknown or non-catalog path). */
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

function effortValues(request: Request): Array<{ effort: EffortValue; via?: TSESTree.CallExpression }> {
  const values = request.site.api === 'chat' ? request.values('reasoning_effort') : request.values('reasoning.effort');
  const efforts: Array<{ effort: EffortValue; via?: TSESTree.CallExpression }> = [];
  for (const value of values) {
    let effort: EffortValue;
    if (value.kind === 'absent') effort = 'default';
    else if (value.kind === 'primitive' && typeof value.value === 'string' && (EFFORTS as readonly string[]).includes(value.value)) {
      effort = value.value as Effort;
    } else effort = 'unknown';
    const via = viaOf(value);
    if (!efforts.some((e) => e.effort === effort && e.via === via)) efforts.push(via ? { effort, via } : { effort });
  }
  return efforts;
}

/** The possible (model, effort) paths of a request. */
export function modelPaths(request: Request, settings: OpenAISettings): ModelPaths {
  const paths: ModelPath[] = [];
  let complete = true;
  const efforts = effortValues(request);
  for (const value of request.param('model').values) {
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
    for (const { effort, via } of efforts) {
      // A model from one call of a local function never meets an effort from another call of it.
      if (exclusiveCalls(value.via, via)) continue;
      const applied: AppliedEffort = effort === 'default' ? (entry.reasoning ? (entry.defaultEffort ?? 'unknown') : 'unknown') : effort;
      const calls = [...new Set([value.via, via].filter((call): call is TSESTree.CallExpression => call !== undefined))];
      // The same effort from several calls makes one path per call only where the calls differ.
      const key = `${applied}:${effort === 'default'}:${calls.map((c) => c.range[0]).join(',')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      paths.push({ model: value.value, entry, effort: applied, explicitEffort: effort !== 'default', modelNode: value.node, via: calls });
    }
  }
  return { paths, complete };
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
 * for it is unknown or absent: that request fails for another reason).
 */
export function reasoningOn(entry: ModelEntry, effort: AppliedEffort): boolean | undefined {
  if (!entry.reasoning) return false;
  if (effort === 'unknown') return undefined;
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
