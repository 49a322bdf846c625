/**
 * The knowledge base as a standalone module (`eslint-plugin-openai/kb`): data and pure lookups only.
 * It imports nothing outside `src/kb` and does no I/O, so it can be used without ESLint.
 */
import { KB_ENTRIES } from './entries.js';
import type { KbEntry } from './types.js';

export type * from './types.js';
export { KB_ENTRIES };

/** Every entry id, in KB order. */
export const KB_IDS: readonly string[] = KB_ENTRIES.map((entry) => entry.id);

const BY_ID: ReadonlyMap<string, KbEntry> = new Map(KB_ENTRIES.map((entry) => [entry.id, entry]));

/** Each entry with its regex compiled once (flag `i`, no `g`, so `exec` keeps no state between calls). */
const COMPILED: readonly { entry: KbEntry; re: RegExp }[] = KB_ENTRIES.map((entry) => ({
  entry,
  re: new RegExp(entry.regex, 'i'),
}));

/** The entry with this id, or `undefined`. */
export function getKbEntry(id: string): KbEntry | undefined {
  return BY_ID.get(id);
}

/**
 * The entries whose regex matches somewhere in `text` (an API error message, possibly wrapped by an SDK),
 * best match first: the longer the text the regex matched, the better. Ties keep KB order.
 */
export function matchKbEntries(text: string): KbEntry[] {
  const hits: { entry: KbEntry; length: number; order: number }[] = [];
  COMPILED.forEach(({ entry, re }, order) => {
    const match = re.exec(text);
    if (match) hits.push({ entry, length: match[0].length, order });
  });
  hits.sort((a, b) => b.length - a.length || a.order - b.order);
  return hits.map((hit) => hit.entry);
}
