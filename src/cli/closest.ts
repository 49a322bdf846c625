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

/**
 * Words that say nothing about which error it is: English function words ("does", "not", "exist"),
 * the wording every API error shares ("unsupported", "parameter", "value", "model", "request"), SDK
 * and log noise, and URL parts. Only the remaining words (parameter names, `json`, `logprobs`,
 * `stream`, `deprecated`, ...) rank the closest entries.
 */
const STOP_WORDS = new Set([
  // English function words.
  'a', 'about', 'after', 'again', 'all', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'been', 'before', 'being',
  'but', 'by', 'can', 'cannot', 'could', 'did', 'do', 'does', 'doesn', 'don', 'either', 'else', 'exist', 'exists',
  'for', 'from', 'got', 'had', 'has', 'have', 'here', 'how', 'if', 'in', 'instead', 'into', 'is', 'it', 'its',
  'may', 'might', 'more', 'must', 'my', 'no', 'not', 'of', 'on', 'one', 'only', 'or', 'other', 'our', 'out',
  'please', 'same', 'see', 'should', 'so', 'some', 'than', 'that', 'the', 'their', 'them', 'then', 'there',
  'these', 'they', 'this', 'those', 'to', 'try', 'was', 'we', 'were', 'what', 'when', 'where', 'which', 'while',
  'who', 'will', 'with', 'would', 'you', 'your',
  // What most API errors say, whatever the cause.
  'access', 'allowed', 'api', 'argument', 'arguments', 'bad', 'error', 'code', 'invalid', 'message', 'model',
  'models', 'null', 'none', 'param', 'parameter', 'parameters', 'request', 'requests', 'supplied', 'support',
  'supported', 'supports', 'type', 'unsupported', 'use', 'using', 'value', 'values', 'invalid_request_error',
  // SDK, log and URL noise.
  'openai', 'llm', 'gpt', 'http', 'https', 'www', 'com', 'learn', 'platform', 'status',
]);

/**
 * Words an entry must share with the text to be offered as close, unless one of them is quoted in the
 * text the way API errors quote a parameter (`'logprobs'`): that one word is a lead on its own.
 */
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
  // URLs (a docs link in the message) name no parameter.
  const lower = text.toLowerCase().replace(/\bhttps?:\/\/\S{0,2000}/g, ' ');
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

/** The words the text quotes as API errors quote a parameter or value: `'logprobs'`, `` `stream` ``. */
function quotedWords(text: string): Set<string> {
  const out = new Set<string>();
  const re = /['"`\u2018\u2019\u201c\u201d]([\w.[\]-]{1,64})['"`\u2018\u2019\u201c\u201d]/g;
  for (let match = re.exec(text); match !== null && out.size < MAX_WORDS; match = re.exec(text)) {
    for (const word of words(match[1])) out.add(word);
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
  const quoted = quotedWords(text);
  const ranked: Closest[] = [];
  entries.forEach((entry, index) => {
    const shared = [...query].filter((word) => vocab[index].has(word));
    // One shared word ("tokens" in a rate-limit error) is a coincidence, not a lead, unless the
    // error quotes it as a parameter.
    if (shared.length < MIN_SHARED && !shared.some((word) => quoted.has(word))) return;
    shared.sort((a, b) => weight(b) - weight(a) || a.localeCompare(b));
    ranked.push({ entry, score: shared.reduce((sum, word) => sum + weight(word), 0), shared });
  });
  // Stable sort: equal scores keep KB order.
  ranked.sort((a, b) => b.score - a.score);
  return ranked.slice(0, limit);
}
