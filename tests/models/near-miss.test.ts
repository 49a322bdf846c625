import { describe, expect, it } from 'vitest';
import { MODEL_CATALOG } from '../../src/models/catalog.js';
import { buildCatalog, DEFAULT_CATALOG } from '../../src/models/lookup.js';
import { editDistance, nearMissModel } from '../../src/models/near-miss.js';

describe('editDistance (optimal string alignment)', () => {
  it.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['abc', '', 3],
    ['mini', 'mnii', 1],
    ['gpt-4o-mini', 'gpt-4o-mnii', 1],
    ['kitten', 'sitting', 3],
    ['ca', 'abc', 3],
    ['gpt-5.1', 'gpt5.1', 1],
  ])('%j ↔ %j = %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it('stops at max + 1', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 1)).toBe(2);
  });
});

describe('nearMissModel', () => {
  it.each([
    ['gpt-4o-mnii', 'gpt-4o-mini'],
    ['gpt5.1', 'gpt-5.1'],
    ['gpt-4o-min', 'gpt-4o-mini'],
    ['gpt-4-trubo', 'gpt-4-turbo'],
    ['o3-mni', 'o3-mini'],
    ['gpt-35-turbo', 'gpt-3.5-turbo'],
    ['gpt-4o_mini', 'gpt-4o-mini'],
    ['gpt-4o-mnii-2024-07-18', 'gpt-4o-mini-2024-07-18'],
    ['gpt-5-nanno', 'gpt-5-nano'],
  ])('%j → %j', (name, suggestion) => {
    expect(nearMissModel(name)).toBe(suggestion);
  });

  it.each([
    // Known names, snapshots and fine-tunes.
    'gpt-4o',
    'gpt-4o-2024-08-06',
    'gpt-5.1-2025-11-13',
    'ft:gpt-4o-mini:org::abc',
    // Exact snapshot patterns of catalog models (unknown date, still not a typo).
    'gpt-4o-2099-01-01',
    // Provider-prefixed, fine-tune-like or spaced names.
    'openai/gpt-4o',
    'openai/gpt-4o-mnii',
    'ft:gpt-4o-mnii:org::abc',
    'gpt-4o ',
    // Other families and other digits: other models or versions, not typos.
    'gtp-4o',
    'GPT-4o',
    'claude-3-5-sonnet',
    'gemini-2.5-pro',
    'llama3.1',
    'gpt-4.2',
    'gpt-5.7',
    'gpt-5.3',
    'o2',
    'o5',
    'gpt-40',
    // Real OpenAI names outside the catalog.
    'gpt-4o-mini-tts',
    'gpt-4o-realtime-preview',
    'gpt-4o-mini-realtime-preview',
    'gpt-image-1',
    'gpt-5.1-codex-mini',
    'gpt-5.1-nano',
    'gpt-5.2-codex',
    'gpt-5.4-pro',
    'gpt-oss-120b',
    'gpt-3.5-turbo-instruct',
    'o4-mini-high',
    'chatgpt-4o',
    'codex-mini',
    'text-embedding-3-small',
    'whisper-1',
    'gpt-4o-mock',
    // Nothing to go on.
    '',
    '1234',
    'my-deployment',
  ])('%j → undefined', (name) => {
    expect(nearMissModel(name)).toBeUndefined();
  });

  it('gives no answer when two candidates are equally close', () => {
    const base = MODEL_CATALOG.find((entry) => entry.id === 'gpt-4o')!;
    const catalog = buildCatalog([
      { ...base, id: 'gpt-9-alpha' },
      { ...base, id: 'gpt-9-alphb' },
    ]);
    expect(nearMissModel('gpt-9-alphc', catalog)).toBeUndefined();
    expect(nearMissModel('gpt-9-alpah', catalog)).toBe('gpt-9-alpha');
  });

  it('answers for one catalog are not given for another (answers are remembered per catalog)', () => {
    const base = MODEL_CATALOG.find((entry) => entry.id === 'gpt-4o')!;
    const first = buildCatalog([{ ...base, id: 'gpt-9-alpha' }]);
    const second = buildCatalog([{ ...base, id: 'gpt-9-omega' }]);
    expect(nearMissModel('gpt-9-alpah', first)).toBe('gpt-9-alpha');
    expect(nearMissModel('gpt-9-alpah', second)).toBeUndefined();
    expect(nearMissModel('gpt-9-omgea', second)).toBe('gpt-9-omega');
    expect(nearMissModel('gpt-9-omgea', first)).toBeUndefined();
    // Asked again: the same answers.
    expect(nearMissModel('gpt-9-alpah', first)).toBe('gpt-9-alpha');
    expect(nearMissModel('gpt-9-alpah', second)).toBeUndefined();
  });

  it('never suggests a name that is itself unknown, and never the name itself', () => {
    for (const name of ['gpt-4o-mnii', 'gpt5.1', 'o3-mni', 'gpt-35-turbo']) {
      const suggestion = nearMissModel(name)!;
      expect(suggestion).not.toBe(name);
      expect(DEFAULT_CATALOG.has(suggestion)).toBe(true);
    }
  });

  it('does not collapse two catalog names onto the same squashed form', () => {
    const squashed = [...DEFAULT_CATALOG.keys()].map((name) => name.replace(/[-._]/g, ''));
    expect(new Set(squashed).size).toBe(squashed.length);
  });
});
