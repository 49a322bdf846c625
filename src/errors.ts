/**
 * A bad `settings.openai` (or a setting the environment cannot honour): the message names the key and
 * the expected shape.
 *
 * ESLint has no hook to validate plugin settings, so the first rule that reads them throws. ESLint then
 * prefixes the message with "Error while loading rule '<that rule>'", appends "Occurred while linting
 * <file>", and its command line prints `error.stack` under "Oops! Something went wrong!". The stack
 * frames say nothing about a configuration mistake, and the rule is only the first one that looked, so
 * `stack` here is the message alone: our text first, then the file, and the rule named as not the cause.
 */
export class SettingsError extends Error {
  override name = 'SettingsError';

  constructor(message: string) {
    super(message);
    let replaced: string | undefined;
    Object.defineProperty(this, 'stack', {
      configurable: true,
      enumerable: false,
      get: () => replaced ?? settingsErrorText(message, this.message),
      set: (value: string) => {
        replaced = value;
      },
    });
  }
}

const ESLINT_RULE_PREFIX = /^Error while loading rule '([^']+)': /;
const ESLINT_FILE_SUFFIX = /\nOccurred while linting ([^\n]+)$/;

/** The text ESLint prints for a settings error: what we said, then where ESLint met it. */
export function settingsErrorText(original: string, current: string): string {
  const rule = ESLINT_RULE_PREFIX.exec(current)?.[1];
  const file = ESLINT_FILE_SUFFIX.exec(current)?.[1];
  const lines = [original];
  if (file !== undefined) lines.push(`Occurred while linting ${file}.`);
  if (rule !== undefined) lines.push(`This is a settings problem, not one of rule '${rule}' (the first rule that read the settings).`);
  return lines.join('\n');
}

/** Edit distance (insertions, deletions, substitutions, adjacent swaps), case-insensitive. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const rows: number[][] = Array.from({ length: x.length + 1 }, (_, i) => [i, ...Array<number>(y.length).fill(0)]);
  for (let j = 1; j <= y.length; j++) rows[0][j] = j;
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[x.length][y.length];
}

/**
 * The known key an unknown one most likely meant (`modelAlias` → `modelAliases`, `typechecked` →
 * `typeChecked`, `sdk` → `sdkVersion`), or `undefined` when none is close.
 */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  if (key.length > 64) return undefined;
  let best: { name: string; score: number } | undefined;
  for (const name of known) {
    const lower = key.toLowerCase();
    const prefix = lower.length >= 3 && (name.toLowerCase().startsWith(lower) || lower.startsWith(name.toLowerCase()));
    const limit = Math.max(1, Math.floor(Math.max(key.length, name.length) / 4));
    // A prefix (`sdk`) qualifies, but ranks after a close edit (`model` → `models`, not `modelAliases`).
    const edits = distance(key, name);
    const score = prefix ? Math.min(edits, limit) : edits;
    if (score <= limit && (best === undefined || score < best.score)) best = { name, score };
  }
  return best?.name;
}

/** "unknown key settings.openai.<path>. Did you mean ...? Known keys: ..." */
export function unknownKeyMessage(parent: string, key: string, known: readonly string[]): string {
  const guess = nearestKey(key, known);
  const hint = guess === undefined ? '' : ` Did you mean ${parent}.${guess}?`;
  return `eslint-plugin-openai: unknown key ${parent}.${key}.${hint} Known keys: ${known.join(', ')}.`;
}
