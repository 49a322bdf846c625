/** Phrases for messages: lists of names and values the way every rule writes them. */

/** Wrap in backticks (Markdown code in a message). */
export function code(text: string): string {
  return `\`${text}\``;
}

/** `a`, `a and b`, `a, b and c` (`conjunction` `or` gives `a, b or c`). */
export function listPhrase(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** `` `a`, `b` and `c` ``: names as code. */
export function codeList(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return listPhrase(items.map(code), conjunction);
}

/** `a or b or c`: alternatives, each spelled out (`2 or 3`, `` `low` or `high` ``). */
export function alternatives(items: ReadonlyArray<string | number>): string {
  return items.join(' or ');
}

/** The distinct items, in order. */
export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
