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

const SDK = 'openai@7.60.0 `ChatModel` "Deprecated values" block, and OpenAI\'s deprecations page';

describe('retirementOf', () => {
  it('is shut down on and after the shutdown day', () => {
    expect(retirementOf(entry('o1-mini'), '2025-10-27')).toEqual({ state: 'shutDown', date: '2025-10-27', source: SDK });
    expect(retirementOf(entry('o1-mini'), '2026-11-21')).toMatchObject({ state: 'shutDown', date: '2025-10-27' });
    expect(retirementOf(entry('o1-2024-12-17'), '2026-10-23')).toMatchObject({ state: 'shutDown', date: '2026-10-23' });
  });

  it('is scheduled before the shutdown day, with the days left', () => {
    expect(retirementOf(entry('o1-mini'), '2025-10-26')).toEqual({ state: 'scheduled', date: '2025-10-27', daysLeft: 1, source: SDK });
    expect(retirementOf(entry('gpt-4o'), '2026-01-14')).toEqual({ state: 'scheduled', date: '2027-01-14', daysLeft: 365, source: SDK });
    expect(retirementOf(entry('gpt-5.1-2025-11-13'), '2026-12-04')).toMatchObject({ state: 'scheduled', date: '2027-04-01', daysLeft: 118 });
  });

  it('carries a replacement only with the source that names it, and its confidence', () => {
    const gpt5 = retirementOf(entry('gpt-5'), '2026-11-21');
    expect(gpt5).toMatchObject({ state: 'scheduled', date: '2026-12-11', daysLeft: 20, replacement: 'gpt-6.1-sol' });
    expect(gpt5).toHaveProperty('replacementSource', "OpenAI's deprecations page as redesigned around 2026-11-22");
    expect(gpt5).toHaveProperty('replacementWeak.confidence', 'medium-high');
    expect(retirementOf(entry('gpt-audio-mini'), '2026-12-04')).toMatchObject({
      state: 'scheduled',
      date: '2027-01-20',
      replacement: 'gpt-audio-1.5',
      replacementSource: expect.stringContaining('2026-07-20'),
    });
    expect(retirementOf(entry('gpt-audio-mini'), '2026-12-04')).not.toHaveProperty('replacementWeak');
  });

  it('carries the evidence of a Medium shutdown date', () => {
    expect(retirementOf(entry('gpt-5.3-codex'), '2026-12-04')).toMatchObject({
      state: 'scheduled',
      date: '2027-04-01',
      weak: { confidence: 'medium', evidence: expect.stringContaining('Driftline') },
    });
  });

  it('lists undated shutdowns only from the date of their source', () => {
    const listed: ModelEntry = { ...entry('gpt-4o'), id: 'x', retiredAsOf: '2026-11-21' };
    delete listed.shutdown;
    expect(retirementOf(listed, '2026-11-21')).toEqual({ state: 'listedShutDown', asOf: '2026-11-21' });
    expect(retirementOf(listed, '2026-11-20')).toBeUndefined();
  });

  it('knows nothing for models without a retirement', () => {
    expect(retirementOf(entry('gpt-5.5'), '2026-12-04')).toBeUndefined();
    expect(retirementOf(entry('gpt-6.2-sol'), '2030-01-01')).toBeUndefined();
  });

  it('carries the replacement where an entry names one', () => {
    const base = entry('gpt-4o');
    const withReplacement: ModelEntry = { ...base, id: 'my-model', shutdown: '2026-01-01', replacement: 'gpt-5.1', replacementSource: 'settings' };
    delete withReplacement.shutdownSource;
    expect(retirementOf(withReplacement, '2026-11-21')).toEqual({ state: 'shutDown', date: '2026-01-01', replacement: 'gpt-5.1', replacementSource: 'settings' });
    expect(retirementOf(withReplacement, '2025-12-31')).toEqual({ state: 'scheduled', date: '2026-01-01', daysLeft: 1, replacement: 'gpt-5.1', replacementSource: 'settings' });
  });

  it('has every former undated shutdown dated now (retiredAsOf is unused by the built-in catalog)', () => {
    expect(MODEL_CATALOG.filter((e) => e.retiredAsOf !== undefined).map((e) => e.id)).toEqual([]);
    expect(entry('chatgpt-4o-latest').shutdown).toBe('2026-02-17');
    expect(entry('gpt-4-turbo-preview').shutdown).toBe('2026-03-26');
  });
});
