import { describe, expect, it } from 'vitest';
import { certainFacts, weakRequestFacts } from '../../src/models/confidence.js';
import { findModel } from '../../src/models/lookup.js';
import { parseUserModels } from '../../src/models/user-models.js';
import type { ModelEntry } from '../../src/models/types.js';

const entry = (name: string): ModelEntry => {
  const found = findModel(name);
  if (!found) throw new Error(name);
  return found;
};

describe('confidence of request facts', () => {
  it('treats an entry without weak facts as certain', () => {
    expect(certainFacts(entry('o3'), false)).toBe(true);
    expect(certainFacts(entry('gpt-4o'), true)).toBe(true);
  });

  it('counts a weak default effort only when the request does not write the effort', () => {
    // gpt-5.4: default none is Medium; every other request fact is High.
    expect(weakRequestFacts(entry('gpt-5.4'), false).map(([fact]) => fact)).toEqual(['defaultEffort']);
    expect(certainFacts(entry('gpt-5.4'), false)).toBe(false);
    expect(certainFacts(entry('gpt-5.4'), true)).toBe(true);
  });

  it('ignores weak retirement facts (shutdown, replacement) for request verdicts', () => {
    expect(entry('gpt-5').weak?.replacement).toBeDefined();
    expect(certainFacts(entry('gpt-5'), false)).toBe(true);
  });

  it('drops the built-in mark of a fact the user gives in settings, and keeps the others', () => {
    const { catalog } = parseUserModels([{ id: 'gpt-5.6-terra', defaultEffort: 'medium' }]);
    const terra = catalog.get('gpt-5.6-terra');
    expect(terra?.weak?.defaultEffort).toBeUndefined();
    expect(terra?.weak?.sampling?.confidence).toBe('medium');
    const { catalog: all } = parseUserModels([
      { id: 'gpt-5.4', defaultEffort: 'none' },
      { id: 'gpt-5.3-codex', shutdown: '2027-04-01' },
    ]);
    expect(all.get('gpt-5.4')?.weak).toBeUndefined();
    expect(all.get('gpt-5.3-codex')?.weak?.shutdown).toBeUndefined();
    expect(all.get('gpt-5.3-codex')?.shutdownSource).toBe('`settings.openai.models`');
  });

  it('validates weak marks given in settings', () => {
    expect(() => parseUserModels([{ id: 'gpt-4o', weak: { logprobs: { confidence: 'high', evidence: 'x' } } }])).toThrow(
      /settings\.openai\.models\[0\]\.weak must be an object mapping a fact/,
    );
    expect(() => parseUserModels([{ id: 'gpt-4o', weak: { colour: { confidence: 'medium', evidence: 'x' } } }])).toThrow(/\.weak must be/);
    const { catalog } = parseUserModels([{ id: 'gpt-4o', weak: { logprobs: { confidence: 'medium', evidence: 'my own test' } } }]);
    expect(certainFacts(catalog.get('gpt-4o') as ModelEntry, true)).toBe(false);
  });
});
