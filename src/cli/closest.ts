/**
 * "Closest entries" for an error no KB regex matches: rank the entries by the words they share with
 * the text, each word weighted by how rare it is across the KB (a shared `logprobs` says more than a
 * shared `supported`). No dependency, linear in the input.
 */
import type { KbEntry } from '../kb/index.js';

export interface Closest {
  entry: KbEntry;
  /** Sum of the weights of the shared words. */
  score: number;
  /** The shared words, rarest first. */
  shared: string[];
}

/** Words that carry no meaning in an API error. */
const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'from', 'got', 'has', 'have', 'in', 'instead',
  'is', 'it', 'its', 'of', 'on', 'only', 'or', 'the', 'this', 'to', 'use', 'using', 'was', 'when', 'with', 'you',
  'your', 'error', 'code', 'type', 'message', 'param', 'null', 'none', 'invalid_request_error', 'openai', 'llm',
]);

/** Words an entry must share with the text to be offered as close. */
const MIN_SHARED = 2;

/** Inputs are capped at 1 MB, but only this many distinct words are looked at. */
const MAX_WORDS = 5000;

/** Without leading and trailing `.` and `_` (a loop: a regex anchored at the end would be quadratic on long runs). */
function trimSeparators(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && (word[start] === '.' || word[start] === '_')) start++;
  while (end > start && (word[end - 1] === '.' || word[end - 1] === '_')) end--;
  return word.slice(start, end);
}

/**
 * The distinct words of a text, lowercased: identifiers keep their underscores and dots
 * (`max_tokens`, `response_format.type`) and also contribute their parts (`max`, `tokens`).
 */
export function words(text: string, limit = MAX_WORDS): Set<string> {
  const out = new Set<string>();
  const re = /[a-z0-9_.]+/g;
  const lower = text.toLowerCase();
  for (let match = re.exec(lower); match !== null && out.size < limit; match = re.exec(lower)) {
    const word = trimSeparators(match[0]);
    const add = (w: string): void => {
      if (w.length >= 2 && !STOP_WORDS.has(w) && !/^\d+$/.test(w)) out.add(w);
    };
    add(word);
    if (/[._]/.test(word)) for (const part of word.split(/[._]+/)) add(part);
  }
  return out;
}

/** The words that describe an entry: its error texts, title, parameter, code, id and rules. */
function entryWords(entry: KbEntry): Set<string> {
  const slug = entry.id.replace(/^llm\//, '').replace(/-/g, ' ');
  return words(
    [...entry.signatures, entry.title, entry.param ?? '', entry.code ?? '', slug, ...entry.rules.map((r) => r.replace(/-/g, ' '))].join(' '),
  );
}

/** The entries ranked by shared words, best first; entries sharing fewer than two words are left out. */
export function closestEntries(text: string, entries: readonly KbEntry[], limit = 3): Closest[] {
  const vocab = entries.map(entryWords);
  const frequency = new Map<string, number>();
  for (const set of vocab) for (const word of set) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const weight = (word: string): number => Math.log(1 + entries.length / (frequency.get(word) ?? 1));
  const query = words(text);
  const ranked: Closest[] = [];
  entries.forEach((entry, index) => {
    const shared = [...query].filter((word) => vocab[index].has(word));
    // One shared word ("tokens" in a rate-limit error) is a coincidence, not a lead.
    if (shared.length < MIN_SHARED) return;
    shared.sort((a, b) => weight(b) - weight(a) || a.localeCompare(b));
    ranked.push({ entry, score: shared.reduce((sum, word) => sum + weight(word), 0), shared });
  });
  // Stable sort: equal scores keep KB order.
  ranked.sort((a, b) => b.score - a.score);
  return ranked.slice(0, limit);
}
