/**
 * Confidence of the catalog facts a verdict rests on. Only `high` facts may drive an autofix; a
 * report that rests on a weaker fact is offered as a suggestion, and its docs say the evidence.
 */
import type { Fact, ModelEntry, WeakFact } from './types.js';

/** The facts a model-keyed request verdict can rest on (everything but the retirement facts). */
const REQUEST_FACTS: readonly Fact[] = ['reasoning', 'efforts', 'sampling', 'logprobs', 'predictedOutputs'];

/**
 * The weak (below High) request facts of `entry` that a verdict on one path may rest on: every
 * request fact, plus `defaultEffort` when the request does not write the effort.
 */
export function weakRequestFacts(entry: ModelEntry, explicitEffort: boolean): Array<[Fact, WeakFact]> {
  const weak = entry.weak;
  if (!weak) return [];
  const facts = explicitEffort ? REQUEST_FACTS : [...REQUEST_FACTS, 'defaultEffort' as const];
  return facts.flatMap((fact) => {
    const mark = weak[fact];
    return mark ? [[fact, mark] as [Fact, WeakFact]] : [];
  });
}

/** Every request fact this path's verdict may rest on is High: an autofix may rest on it. */
export function certainFacts(entry: ModelEntry, explicitEffort: boolean): boolean {
  return weakRequestFacts(entry, explicitEffort).length === 0;
}
