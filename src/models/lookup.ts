/**
 * Model-name lookup over the catalog. Pure functions, no I/O.
 *
 * A name resolves, in order, by: exact id or alias; the base of a fine-tune (`ft:<base>:...`);
 * the name (or fine-tune base) with a dated snapshot suffix (`-YYYY-MM-DD` or `-MMDD`) removed.
 * Nothing else: no prefix guessing (`gpt-5-foo` is unknown) and no case folding.
 */
import { MODEL_CATALOG } from './catalog.js';
import type { ModelEntry } from './types.js';

const FINE_TUNE_PREFIX = 'ft:';
const SNAPSHOT_DATE_SUFFIX = /-\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const SNAPSHOT_MMDD_SUFFIX = /-(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;

/**
 * Splits a fine-tune wrapper off a model name: `ft:gpt-4o-mini-2024-07-18:org::abc123` has the
 * base `gpt-4o-mini-2024-07-18`. Other names are returned as they are.
 */
export function normalizeModelName(name: string): { base: string; fineTune: boolean } {
  if (!name.startsWith(FINE_TUNE_PREFIX)) return { base: name, fineTune: false };
  const rest = name.slice(FINE_TUNE_PREFIX.length);
  const end = rest.indexOf(':');
  return { base: end === -1 ? rest : rest.slice(0, end), fineTune: true };
}

/**
 * The name without its dated snapshot suffix (`gpt-5.1-2025-11-13` → `gpt-5.1`,
 * `gpt-4-0613` → `gpt-4`), or `undefined` when it has none.
 */
export function stripSnapshotSuffix(name: string): string | undefined {
  for (const suffix of [SNAPSHOT_DATE_SUFFIX, SNAPSHOT_MMDD_SUFFIX]) {
    const match = suffix.exec(name);
    if (match && match.index > 0) return name.slice(0, match.index);
  }
  return undefined;
}

/** Indexes entries by id and alias. Throws when two entries claim the same name. */
export function buildCatalog(entries: readonly ModelEntry[]): Map<string, ModelEntry> {
  const map = new Map<string, ModelEntry>();
  for (const entry of entries) {
    for (const name of [entry.id, ...(entry.aliases ?? [])]) {
      const existing = map.get(name);
      if (existing) {
        throw new Error(`Model catalog: "${name}" is claimed by both "${existing.id}" and "${entry.id}"`);
      }
      map.set(name, entry);
    }
  }
  return map;
}

export const DEFAULT_CATALOG: ReadonlyMap<string, ModelEntry> = buildCatalog(MODEL_CATALOG);

/** The catalog entry for a model name, or `undefined` when the model is unknown. */
export function findModel(
  name: string,
  catalog: ReadonlyMap<string, ModelEntry> = DEFAULT_CATALOG,
): ModelEntry | undefined {
  const exact = catalog.get(name);
  if (exact) return exact;

  const { base, fineTune } = normalizeModelName(name);
  if (fineTune) {
    const fromBase = catalog.get(base);
    if (fromBase) return fromBase;
  }

  const family = stripSnapshotSuffix(base);
  return family === undefined ? undefined : catalog.get(family);
}
