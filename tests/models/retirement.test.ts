import { describe, expect, it } from 'vitest';
import { MODEL_CATALOG } from '../../src/models/catalog.js';
import { findModel } from '../../src/models/lookup.js';
import { retirementOf } from '../../src/models/retirement.js';
import type { ModelEntry } from '../../src/models/types.js';

const entry = (name: string): ModelEntry => {
  const found = findModel(name);
  if (!found) throw new Error(name);
  return found;
};

describe('retirementOf', () => {
  it('is shut down on and after the shutdown day', () => {
    expect(retirementOf(entry('o1-mini'), '2025-10-27')).toEqual({ state: 'shutDown', date: '2025-10-27' });
    expect(retirementOf(entry('o1-mini'), '2026-11-21')).toEqual({ state: 'shutDown', date: '2025-10-27' });
    expect(retirementOf(entry('o1-2024-12-17'), '2026-10-23')).toEqual({ state: 'shutDown', date: '2026-10-23' });
  });

  it('is scheduled before the shutdown day, with the days left', () => {
    expect(retirementOf(entry('o1-mini'), '2025-10-26')).toEqual({ state: 'scheduled', date: '2025-10-27', daysLeft: 1 });
    expect(retirementOf(entry('gpt-5'), '2026-11-21')).toEqual({ state: 'scheduled', date: '2026-12-11', daysLeft: 20 });
    expect(retirementOf(entry('gpt-4o'), '2026-01-14')).toEqual({ state: 'scheduled', date: '2027-01-14', daysLeft: 365 });
  });

  it('lists undated shutdowns only from the date of their source', () => {
    expect(retirementOf(entry('chatgpt-4o-latest'), '2026-11-21')).toEqual({ state: 'listedShutDown', asOf: '2026-11-21' });
    expect(retirementOf(entry('gpt-4-turbo-preview'), '2027-03-01')).toEqual({ state: 'listedShutDown', asOf: '2026-11-21' });
    expect(retirementOf(entry('chatgpt-4o-latest'), '2026-11-20')).toBeUndefined();
  });

  it('knows nothing for models without a retirement', () => {
    expect(retirementOf(entry('gpt-5.1'), '2026-11-21')).toBeUndefined();
    expect(retirementOf(entry('gpt-4-0125-preview'), '2030-01-01')).toBeUndefined();
  });

  it('carries the replacement where an entry names one', () => {
    const base = entry('gpt-4o');
    const withReplacement: ModelEntry = { ...base, id: 'my-model', shutdown: '2026-01-01', replacement: 'gpt-5.1' };
    expect(retirementOf(withReplacement, '2026-11-21')).toEqual({ state: 'shutDown', date: '2026-01-01', replacement: 'gpt-5.1' });
    expect(retirementOf(withReplacement, '2025-12-31')).toEqual({ state: 'scheduled', date: '2026-01-01', daysLeft: 1, replacement: 'gpt-5.1' });
  });

  it('uses retiredAsOf only without a shutdown date, and only with valid dates', () => {
    const iso = /^\d{4}-\d{2}-\d{2}$/;
    for (const e of MODEL_CATALOG) {
      if (e.retiredAsOf === undefined) continue;
      expect(e.shutdown, e.id).toBeUndefined();
      expect(e.retiredAsOf, e.id).toMatch(iso);
    }
    expect(MODEL_CATALOG.filter((e) => e.retiredAsOf !== undefined).map((e) => e.id)).toEqual([
      'chatgpt-4o-latest',
      'gpt-4-turbo-preview',
    ]);
  });
});
