/**
 * Model retirement: where a catalog entry stands on a given day (shut down, scheduled, or listed as
 * shut down without a date). Pure functions, no I/O; the day comes from `effectiveDate(settings)`.
 */
import type { ModelEntry } from './types.js';

export type Retirement =
  /** `shutdown` is on or before the day: the model no longer answers. */
  | { state: 'shutDown'; date: string; replacement?: string }
  /** `shutdown` is after the day; `daysLeft` ≥ 1. */
  | { state: 'scheduled'; date: string; daysLeft: number; replacement?: string }
  /** No shutdown date, but a source of `asOf` lists the model as already shut down. */
  | { state: 'listedShutDown'; asOf: string };

const DAY_MS = 24 * 60 * 60 * 1000;

function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** Where `entry` stands on `today` (YYYY-MM-DD), or `undefined` when no retirement is known for that day. */
export function retirementOf(entry: ModelEntry, today: string): Retirement | undefined {
  if (entry.shutdown !== undefined) {
    const daysLeft = dayNumber(entry.shutdown) - dayNumber(today);
    const replacement = entry.replacement === undefined ? {} : { replacement: entry.replacement };
    if (daysLeft <= 0) return { state: 'shutDown', date: entry.shutdown, ...replacement };
    return { state: 'scheduled', date: entry.shutdown, daysLeft, ...replacement };
  }
  if (entry.retiredAsOf !== undefined && entry.retiredAsOf <= today) return { state: 'listedShutDown', asOf: entry.retiredAsOf };
  return undefined;
}
