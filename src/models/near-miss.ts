/**
 * Near-miss model names: a name the catalog does not know that is a keystroke or two away from one
 * it does (`gpt-4o-mnii` → `gpt-4o-mini`, `gpt5.1` → `gpt-5.1`). Pure functions, no I/O.
 *
 * Built to stay quiet rather than guess: a name is a near miss only when it does not resolve in the
 * catalog (ids, aliases, snapshots, fine-tunes), has no `/` (provider-prefixed names such as
 * OpenRouter's `openai/gpt-4o`), no `:` (fine-tunes) and no whitespace, starts with the same family
 * letters as the candidate (`gpt`, `o`, `chatgpt`, ...; case-sensitive), has the same digits in the
 * same order (a different digit is another version, not a typo: `gpt-4.2`, `gpt-5.7` stay unknown),
 * and has exactly one closest candidate.
 */
import { DEFAULT_CATALOG, findModel, stripSnapshotSuffix } from './lookup.js';
import type { ModelEntry } from './types.js';

/**
 * Optimal string alignment distance (Damerau-Levenshtein where an adjacent transposition counts as
 * one edit and no substring is edited twice). Returns `max + 1` as soon as the distance exceeds `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous2: number[] = [];
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2] + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length];
}

const SEPARATORS = /[-._]/g;
const FAMILY = /^[A-Za-z]*/;

/** The name without `-`, `.` and `_`: `gpt5.1` and `gpt-5.1` both give `gpt51`. */
function squash(name: string): string {
  return name.replace(SEPARATORS, '');
}

/** The leading letters: `gpt` for `gpt-4o`, `o` for `o3-mini`, `chatgpt` for `chatgpt-4o-latest`. */
function familyOf(name: string): string {
  return FAMILY.exec(name)![0];
}

function digitsOf(name: string): string {
  return name.replace(/\D/g, '');
}

/** Edits allowed: one for short names (up to 7 characters), two for longer ones. */
function allowedEdits(name: string): number {
  return name.length >= 8 ? 2 : 1;
}

/**
 * The catalog name that `name` is most likely a typo of (with the same snapshot suffix, if `name`
 * has one), or `undefined` when `name` is known or no single candidate stands out.
 */
export function nearMissModel(name: string, catalog: ReadonlyMap<string, ModelEntry> = DEFAULT_CATALOG): string | undefined {
  let answers = nearMisses.get(catalog);
  if (!answers) nearMisses.set(catalog, (answers = new Map()));
  if (answers.has(name)) return answers.get(name);
  const answer = findNearMiss(name, catalog);
  // A bounded memo: a project names a few dozen models; an editor session that types many clears it.
  if (answers.size >= MAX_REMEMBERED) answers.clear();
  answers.set(name, answer);
  return answer;
}

/**
 * Per catalog (the default one, or one per `settings.openai.models`, never changed once built), the
 * answers given so far: the same unknown name comes back in every request that sends it, and the
 * search compares it with every catalog name. A pure memo of immutable inputs, so no lint result
 * depends on what was linted before.
 */
const nearMisses = new WeakMap<ReadonlyMap<string, ModelEntry>, Map<string, string | undefined>>();
const MAX_REMEMBERED = 1000;

function findNearMiss(name: string, catalog: ReadonlyMap<string, ModelEntry>): string | undefined {
  if (name.length === 0 || name.length > 80) return undefined;
  if (/[/:\s]/.test(name)) return undefined;
  if (findModel(name, catalog)) return undefined;
  const base = stripSnapshotSuffix(name) ?? name;
  const suffix = name.slice(base.length);
  const family = familyOf(base);
  if (family === '') return undefined;

  // Only separators differ (`gpt5.1`, `gpt-4o_mini`, `gpt-35-turbo`).
  const squashed = squash(base);
  const sameLetters = [...catalog.keys()].filter((candidate) => squash(candidate) === squashed);
  if (sameLetters.length === 1) return sameLetters[0] + suffix;
  if (sameLetters.length > 1) return undefined;

  // A keystroke or two away, same family letters and the same digits.
  const digits = digitsOf(base);
  const limit = allowedEdits(base);
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tie = false;
  for (const candidate of catalog.keys()) {
    if (familyOf(candidate) !== family || digitsOf(candidate) !== digits) continue;
    const max = Math.min(limit, allowedEdits(candidate));
    const distance = editDistance(base, candidate, max);
    if (distance > max) continue;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance) tie = true;
  }
  if (best === undefined || tie) return undefined;
  return best + suffix;
}
