/**
 * Model retirement: where a catalog entry stands on a given day (shut down, scheduled, or listed as
 * shut down without a date). Pure functions, no I/O; the day comes from `effectiveDate(settings)`.
 */
import type { ModelEntry, WeakFact } from './types.js';

/** What every dated state carries: the date, where it comes from, and a named replacement. */
interface Dated {
  date: string;
  /** Where the date comes from (`shutdownSource`), when the entry says. */
  source?: string;
  /** The date rests on less than High evidence: its label and what the evidence is. */
  weak?: WeakFact;
  /** A replacement named by `replacementSource` (never applied as an autofix). */
  replacement?: string;
  replacementSource?: string;
  /** The replacement name rests on less than High evidence. */
  replacementWeak?: WeakFact;
}

export type Retirement =
  /** `shutdown` is on or before the day: the model no longer answers. */
  | ({ state: 'shutDown' } & Dated)
  /** `shutdown` is after the day; `daysLeft` ≥ 1. */
  | ({ state: 'scheduled'; daysLeft: number } & Dated)
  /** No shutdown date, but a source of `asOf` lists the model as already shut down. */
  | { state: 'listedShutDown'; asOf: string };

const DAY_MS = 24 * 60 * 60 * 1000;

function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

function dated(entry: ModelEntry, date: string): Dated {
  const result: Dated = { date };
  if (entry.shutdownSource !== undefined) result.source = entry.shutdownSource;
  if (entry.weak?.shutdown) result.weak = entry.weak.shutdown;
  if (entry.replacement !== undefined) {
    result.replacement = entry.replacement;
    if (entry.replacementSource !== undefined) result.replacementSource = entry.replacementSource;
    if (entry.weak?.replacement) result.replacementWeak = entry.weak.replacement;
  }
  return result;
}

/** Where `entry` stands on `today` (YYYY-MM-DD), or `undefined` when no retirement is known for that day. */
export function retirementOf(entry: ModelEntry, today: string): Retirement | undefined {
  if (entry.shutdown !== undefined) {
    const daysLeft = dayNumber(entry.shutdown) - dayNumber(today);
    if (daysLeft <= 0) return { state: 'shutDown', ...dated(entry, entry.shutdown) };
    return { state: 'scheduled', daysLeft, ...dated(entry, entry.shutdown) };
  }
  if (entry.retiredAsOf !== undefined && entry.retiredAsOf <= today) return { state: 'listedShutDown', asOf: entry.retiredAsOf };
  return undefined;
}
