import { describe, expect, it } from 'vitest';

import { CATALOG_DATE, MODEL_CATALOG, NOT_SERVED, WITHOUT_FACTS } from '../../src/models/catalog.js';
import {
  buildCatalog,
  DEFAULT_CATALOG,
  findModel,
  normalizeModelName,
  stripSnapshotSuffix,
} from '../../src/models/lookup.js';
import { EFFORTS, FACTS, type ModelEntry } from '../../src/models/types.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function entry(id: string): ModelEntry {
  const found = DEFAULT_CATALOG.get(id);
  if (!found) throw new Error(`no catalog entry ${id}`);
  return found;
}

describe('MODEL_CATALOG shape', () => {
  it('has unique ids and no alias collides with an id or another alias', () => {
    const names = MODEL_CATALOG.flatMap((e) => [e.id, ...(e.aliases ?? [])]);
    expect(new Set(names).size).toBe(names.length);
    expect(() => buildCatalog(MODEL_CATALOG)).not.toThrow();
  });

  it('buildCatalog rejects a duplicate name', () => {
    const base = entry('gpt-4o');
    expect(() => buildCatalog([base, { ...base, id: 'other', aliases: ['gpt-4o'] }])).toThrow(/gpt-4o/);
  });

  it('dates every entry with CATALOG_DATE and cites at least one https source', () => {
    expect(isCalendarDate(CATALOG_DATE)).toBe(true);
    for (const e of MODEL_CATALOG) {
      expect(e.checked, e.id).toBe(CATALOG_DATE);
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const url of e.sources) expect(url, e.id).toMatch(/^https:\/\//);
      expect(new Set(e.sources).size, `${e.id} duplicate source`).toBe(e.sources.length);
    }
  });

  it('uses valid YYYY-MM-DD shutdown dates, each with its source', () => {
    for (const e of MODEL_CATALOG) {
      if (e.shutdown === undefined) {
        expect(e.shutdownSource, e.id).toBeUndefined();
        continue;
      }
      expect(isCalendarDate(e.shutdown), `${e.id}: ${e.shutdown}`).toBe(true);
      expect(e.shutdownSource, e.id).toMatch(/\S/);
    }
  });

  it('names a replacement only with a shutdown and the source that names it', () => {
    const named = MODEL_CATALOG.filter((e) => e.replacement !== undefined);
    for (const e of named) {
      expect(e.shutdown, e.id).toBeDefined();
      expect(e.replacementSource, e.id).toMatch(/\S/);
    }
    for (const e of MODEL_CATALOG.filter((m) => m.replacement === undefined)) expect(e.replacementSource, e.id).toBeUndefined();
    expect(Object.fromEntries(named.map((e) => [e.id, e.replacement]))).toEqual({
      'gpt-5': 'gpt-6.1-sol',
      'gpt-5-mini': 'gpt-6.1-terra',
      'gpt-5-nano': 'gpt-6-luna',
      o3: 'gpt-6.1-sol',
      'gpt-audio-mini': 'gpt-audio-1.5',
    });
  });

  it('labels every weak fact with a known fact name, a label below High and its evidence', () => {
    for (const e of MODEL_CATALOG) {
      for (const [fact, weak] of Object.entries(e.weak ?? {})) {
        expect(FACTS, `${e.id}.${fact}`).toContain(fact);
        expect(['medium-high', 'medium', 'low', 'unverified'], `${e.id}.${fact}`).toContain(weak.confidence);
        expect(weak.evidence.length, `${e.id}.${fact}`).toBeGreaterThan(10);
      }
    }
  });

  it('gives every reasoning entry effort fields (value or null) with a consistent default', () => {
    for (const e of MODEL_CATALOG.filter((m) => m.reasoning)) {
      expect(e, e.id).toHaveProperty('defaultEffort');
      expect(e, e.id).toHaveProperty('efforts');
      expect(typeof e.samplingWhenEffortNone, e.id).toBe('boolean');
      if (e.efforts) {
        expect(e.efforts.length, e.id).toBeGreaterThan(0);
        expect(new Set(e.efforts).size, e.id).toBe(e.efforts.length);
        for (const effort of e.efforts) expect(EFFORTS, e.id).toContain(effort);
        // listed in the canonical order, so diffs stay readable
        expect([...e.efforts].sort((a, b) => EFFORTS.indexOf(a) - EFFORTS.indexOf(b)), e.id).toEqual(e.efforts);
      }
      if (e.defaultEffort != null) {
        expect(EFFORTS, e.id).toContain(e.defaultEffort);
        if (e.efforts) expect(e.efforts, e.id).toContain(e.defaultEffort);
      }
    }
  });

  it('gives non-reasoning entries no effort fields', () => {
    for (const e of MODEL_CATALOG.filter((m) => !m.reasoning)) {
      expect(e, e.id).not.toHaveProperty('defaultEffort');
      expect(e, e.id).not.toHaveProperty('efforts');
      expect(e, e.id).not.toHaveProperty('samplingWhenEffortNone');
    }
  });

  it("only marks samplingWhenEffortNone where effort 'none' is possible", () => {
    for (const e of MODEL_CATALOG.filter((m) => m.samplingWhenEffortNone)) {
      // `efforts: null` only for gpt-5.6-* where `none` is attested but the full set is not
      if (e.efforts === null) expect(e.id, e.id).toMatch(/^gpt-5\.6-(sol|terra|luna)$/);
      else expect(e.efforts, e.id).toContain('none');
      expect(e.logprobs, e.id).toBe(true);
      expect(e.id, e.id).not.toMatch(/codex|pro|chat-latest/);
    }
    // and the converse: a known `none` on a general model means sampling at none
    for (const e of MODEL_CATALOG.filter((m) => m.efforts?.includes('none'))) {
      expect(e.samplingWhenEffortNone, e.id).toBe(true);
    }
  });

  it('never marks a reasoning model that cannot turn reasoning off as accepting logprobs', () => {
    for (const e of MODEL_CATALOG.filter((m) => m.reasoning && !m.samplingWhenEffortNone)) {
      expect(e.logprobs, e.id).not.toBe(true);
    }
  });

  it('limits predictedOutputs to gpt-4o, gpt-4o-mini and gpt-4.1(-mini/-nano)', () => {
    const predicted = MODEL_CATALOG.filter((e) => e.predictedOutputs).map((e) => e.id).sort();
    expect(predicted).toEqual(
      ['gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano', 'gpt-4o', 'gpt-4o-2024-05-13', 'gpt-4o-mini'].sort(),
    );
  });

  it('limits searchPreview to the two search-preview models', () => {
    const search = MODEL_CATALOG.filter((e) => e.searchPreview).map((e) => e.id).sort();
    expect(search).toEqual(['gpt-4o-mini-search-preview', 'gpt-4o-search-preview']);
  });

  it('keeps a dated snapshot as its own entry only when its facts differ from its family', () => {
    for (const e of MODEL_CATALOG) {
      const family = stripSnapshotSuffix(e.id);
      if (family === undefined) continue;
      const parent = DEFAULT_CATALOG.get(family);
      expect(parent, `${e.id} has no family entry`).toBeDefined();
      const facts = (m: ModelEntry): Partial<ModelEntry> => {
        const copy: Partial<ModelEntry> = { ...m };
        delete copy.id;
        delete copy.notes;
        delete copy.sources;
        return copy;
      };
      expect(facts(e), `${e.id} duplicates ${family}`).not.toEqual(facts(parent as ModelEntry));
    }
  });
});

describe('explicit non-entries', () => {
  it('keeps gpt-5.1-mini out of the catalog, as an id the API does not serve', () => {
    expect(findModel('gpt-5.1-mini')).toBeUndefined();
    expect(NOT_SERVED.map((e) => e.id)).toEqual(['gpt-5.1-mini']);
    expect(NOT_SERVED[0].evidence).toContain('Not a supported model ID');
  });

  it('lists the SDK ids kept without facts, none of them in the catalog', () => {
    for (const id of Object.keys(WITHOUT_FACTS)) expect(findModel(id), id).toBeUndefined();
  });
});

describe('spot checks', () => {
  it('gpt-5', () => {
    expect(entry('gpt-5')).toMatchObject({
      reasoning: true,
      defaultEffort: 'medium',
      efforts: ['minimal', 'low', 'medium', 'high'],
      samplingWhenEffortNone: false,
      logprobs: false,
      predictedOutputs: false,
      shutdown: '2026-12-11',
    });
  });

  it('gpt-5.1', () => {
    expect(entry('gpt-5.1')).toMatchObject({
      reasoning: true,
      defaultEffort: 'none',
      efforts: ['none', 'low', 'medium', 'high'],
      samplingWhenEffortNone: true,
      logprobs: true,
      shutdown: '2027-04-01',
    });
  });

  it('gpt-5.5', () => {
    expect(entry('gpt-5.5')).toMatchObject({
      reasoning: true,
      defaultEffort: 'medium',
      efforts: ['none', 'low', 'medium', 'high', 'xhigh'],
      samplingWhenEffortNone: true,
    });
  });

  it('gpt-5-pro', () => {
    expect(entry('gpt-5-pro')).toMatchObject({
      reasoning: true,
      defaultEffort: 'high',
      efforts: ['high'],
      samplingWhenEffortNone: false,
      logprobs: false,
      shutdown: '2026-12-11',
    });
  });

  it('gpt-5-chat-latest', () => {
    const e = entry('gpt-5-chat-latest');
    expect(e.reasoning).toBe(false);
    expect(e.logprobs).toBe(false);
    expect(e).not.toHaveProperty('efforts');
  });

  it('gpt-5.x-chat-latest', () => {
    for (const id of ['gpt-5.1-chat-latest', 'gpt-5.2-chat-latest', 'gpt-5.3-chat-latest']) {
      expect(entry(id), id).toMatchObject({ reasoning: true, defaultEffort: 'medium', efforts: ['medium'] });
    }
  });

  it('o3', () => {
    expect(entry('o3')).toMatchObject({
      reasoning: true,
      defaultEffort: 'medium',
      efforts: ['low', 'medium', 'high'],
      logprobs: false,
      shutdown: '2026-12-11',
    });
  });

  it('o1 and its snapshot', () => {
    expect(entry('o1')).toMatchObject({ reasoning: true, shutdown: '2026-10-23' });
    expect(findModel('o1-2024-12-17')?.shutdown).toBe('2026-10-23');
  });

  it('gpt-4o', () => {
    expect(entry('gpt-4o')).toMatchObject({
      reasoning: false,
      logprobs: true,
      predictedOutputs: true,
      shutdown: '2027-01-14',
    });
    expect(findModel('gpt-4o-2024-08-06')?.id).toBe('gpt-4o');
  });

  it('gpt-4o-2024-05-13', () => {
    expect(findModel('gpt-4o-2024-05-13')).toMatchObject({
      id: 'gpt-4o-2024-05-13',
      logprobs: true,
      predictedOutputs: true,
      shutdown: '2026-10-23',
    });
    expect(findModel('ft:gpt-4o-2024-05-13:org::x')?.id).toBe('gpt-4o-2024-05-13');
  });

  it('gpt-4o-search-preview', () => {
    expect(entry('gpt-4o-search-preview')).toMatchObject({
      reasoning: false,
      searchPreview: true,
      logprobs: null,
      predictedOutputs: false,
    });
    expect(findModel('gpt-4o-mini-search-preview-2025-03-11')?.searchPreview).toBe(true);
  });

  it('past and scheduled shutdowns', () => {
    const expected: Record<string, string> = {
      'o1-preview': '2025-07-28',
      'o1-mini': '2025-10-27',
      'o1-pro': '2026-10-23',
      'o3-mini': '2026-10-23',
      'o4-mini': '2026-10-23',
      'gpt-3.5-turbo': '2026-10-23',
      'gpt-3.5-turbo-16k': '2024-09-13',
      'gpt-4': '2026-10-23',
      'gpt-4-turbo': '2026-10-23',
      'gpt-4-1106-preview': '2026-10-23',
      'gpt-4.1-nano': '2026-10-23',
      'gpt-4-vision-preview': '2024-12-06',
      'gpt-4-32k': '2025-06-06',
      'gpt-4.5-preview': '2025-07-14',
      'gpt-5-mini': '2026-12-11',
      'gpt-5-nano': '2026-12-11',
      'o3-pro': '2026-12-11',
      'gpt-4o-mini': '2027-01-14',
      'gpt-4.1': '2027-01-14',
      'gpt-4.1-mini': '2027-01-14',
    };
    for (const [id, date] of Object.entries(expected)) expect(entry(id).shutdown, id).toBe(date);
    expect(findModel('gpt-4-32k-0613')?.shutdown).toBe('2025-06-06');
    expect(findModel('gpt-3.5-turbo-0125')?.shutdown).toBe('2026-10-23');
  });
});

/**
 * Every change of the 2026-12-04 addendum (openai-api-facts.md), by model name as sent, with the
 * date it must resolve to. Snapshots whose date differs from their family resolve to their own.
 */
describe('addendum 2026-12-04', () => {
  const SHUTDOWNS: Record<string, string> = {
    // 1a
    'chatgpt-4o-latest': '2026-02-17',
    'codex-mini-latest': '2026-02-12',
    'computer-use-preview': '2026-07-23',
    'computer-use-preview-2025-03-11': '2026-07-23',
    'gpt-4o-search-preview': '2026-07-23',
    'gpt-4o-mini-search-preview-2025-03-11': '2026-07-23',
    'gpt-5-chat-latest': '2026-07-23',
    'gpt-5-codex': '2026-07-23',
    'gpt-5.1-chat-latest': '2026-07-23',
    'gpt-5.1-codex': '2026-07-23',
    'gpt-5.1-codex-max': '2026-07-23',
    'gpt-5.1-codex-mini': '2026-07-23',
    'gpt-5.2-codex': '2026-07-23',
    'o3-deep-research': '2026-07-23',
    'o3-deep-research-2025-06-26': '2026-07-23',
    'o4-mini-deep-research-2025-06-26': '2026-07-23',
    'gpt-audio-mini-2025-10-06': '2026-07-23',
    'gpt-5.2-chat-latest': '2026-08-10',
    'gpt-5.3-chat-latest': '2026-08-10',
    // 1c
    'gpt-5.1': '2027-04-01',
    'gpt-5.1-2025-11-13': '2027-04-01',
    'gpt-5.4-nano': '2027-04-01',
    'gpt-5.4-nano-2026-03-17': '2027-04-01',
    'gpt-audio-mini': '2027-01-20',
    'gpt-audio-mini-2025-12-15': '2027-01-20',
    'gpt-4o-audio-preview': '2026-05-07',
    'gpt-4o-audio-preview-2024-12-17': '2026-05-07',
    'gpt-4o-audio-preview-2025-06-03': '2026-05-07',
    'gpt-4o-mini-audio-preview': '2026-05-07',
    'gpt-4o-mini-audio-preview-2024-12-17': '2026-05-07',
    'gpt-4o-audio-preview-2024-10-01': '2025-10-10',
    'gpt-4-0125-preview': '2026-03-26',
    'gpt-4-turbo-preview': '2026-03-26',
    'gpt-4-0314': '2026-03-26',
    'gpt-4-0613': '2026-10-23',
    'gpt-3.5-turbo-1106': '2026-09-28',
    'gpt-3.5-turbo-16k': '2024-09-13',
    'gpt-3.5-turbo-0301': '2024-09-13',
    'gpt-3.5-turbo-0613': '2024-09-13',
    'gpt-3.5-turbo-16k-0613': '2024-09-13',
    'gpt-4-32k-0314': '2025-06-06',
    'gpt-3.5-turbo-instruct': '2026-09-28',
    'text-davinci-003': '2024-01-04',
    // Medium
    'gpt-5.3-codex': '2027-04-01',
    'gpt-5.5-cyber-preview': '2027-02-01',
  };

  it.each(Object.entries(SHUTDOWNS))('%s shuts down %s', (name, date) => {
    expect(findModel(name)?.shutdown).toBe(date);
  });

  it('marks the Medium shutdowns weak, with their evidence', () => {
    expect(entry('gpt-5.3-codex').weak?.shutdown?.confidence).toBe('medium');
    expect(entry('gpt-5.5-cyber-preview').weak?.shutdown?.confidence).toBe('medium');
    expect(entry('gpt-5.1').weak?.shutdown).toBeUndefined();
  });

  it('adds gpt-6.2-sol and gpt-6.2-astra (default medium, no none or minimal)', () => {
    for (const id of ['gpt-6.2-sol', 'gpt-6.2-astra']) {
      expect(entry(id), id).toMatchObject({
        reasoning: true,
        defaultEffort: 'medium',
        efforts: ['low', 'medium', 'high', 'xhigh', 'max'],
        samplingWhenEffortNone: false,
        logprobs: false,
      });
      expect(entry(id).weak?.defaultEffort?.confidence, id).toBe('medium');
    }
    expect(entry('gpt-6.2-astra-law')).toMatchObject({ reasoning: true, defaultEffort: null, efforts: null });
  });

  it('gives the GPT-6 families their efforts and defaults', () => {
    for (const id of ['gpt-6-sol', 'gpt-6-luna', 'gpt-6.1-terra']) {
      expect(entry(id), id).toMatchObject({
        defaultEffort: 'medium',
        efforts: ['none', 'low', 'medium', 'high', 'xhigh', 'max'],
        samplingWhenEffortNone: true,
        effortNoneTopLogprobsCap: null,
      });
    }
    expect(entry('gpt-6.1-sol')).toMatchObject({ defaultEffort: 'medium', efforts: ['low', 'medium', 'high', 'xhigh', 'max'], logprobs: false });
    expect(entry('gpt-6-astra')).toMatchObject({ defaultEffort: 'medium', efforts: null, logprobs: false });
  });

  it('gives gpt-5.6 default medium, efforts none to max, and the bare gpt-5.6 id', () => {
    for (const id of ['gpt-5.6-sol', 'gpt-5.6-terra', 'gpt-5.6-luna', 'gpt-5.6']) {
      expect(findModel(id), id).toMatchObject({ defaultEffort: 'medium', efforts: ['none', 'low', 'medium', 'high', 'xhigh', 'max'] });
    }
    expect(entry('gpt-5.6').weak?.reasoning?.confidence).toBe('medium');
    expect(entry('gpt-5.6-sol').weak?.reasoning).toBeUndefined();
  });

  it('lets gpt-5.4-mini and gpt-5.4-nano take effort none (default unknown)', () => {
    for (const id of ['gpt-5.4-mini', 'gpt-5.4-nano']) {
      expect(entry(id), id).toMatchObject({ defaultEffort: null, efforts: ['none', 'low', 'medium', 'high', 'xhigh'], samplingWhenEffortNone: true });
      expect(entry(id).weak?.efforts?.confidence, id).toBe('medium');
    }
  });
});

describe('lookup', () => {
  it.each([
    ['gpt-5.1-2025-11-13', 'gpt-5.1'],
    ['o3-2025-04-16', 'o3'],
    ['gpt-4-0613', 'gpt-4'],
    ['gpt-3.5-turbo-16k-0613', 'gpt-3.5-turbo-16k'],
    ['gpt-5-pro-2025-10-06', 'gpt-5-pro'],
    ['ft:gpt-4o-mini-2024-07-18:org::abc', 'gpt-4o-mini'],
    ['ft:gpt-4.1:my-org:custom:id', 'gpt-4.1'],
    ['ft:gpt-4o-mini:my-org:custom:id', 'gpt-4o-mini'],
    ['ft:gpt-3.5-turbo-0125:org::x', 'gpt-3.5-turbo'],
  ])('%s → %s', (name, id) => {
    expect(findModel(name)?.id).toBe(id);
  });

  it.each([
    'gpt-5-foo',
    'GPT-4O',
    '',
    'my-azure-deployment',
    'ft:',
    'ft:my-azure-deployment:org::x',
    'gpt-4o-2024-13-01',
    'gpt-4-9999',
    'gpt-5.1 ',
    '-0613',
  ])('%j → undefined', (name) => {
    expect(findModel(name)).toBeUndefined();
  });

  it('normalizes fine-tune names', () => {
    expect(normalizeModelName('ft:gpt-4o-mini-2024-07-18:org::abc123')).toEqual({
      base: 'gpt-4o-mini-2024-07-18',
      fineTune: true,
    });
    expect(normalizeModelName('ft:gpt-4o-mini:my-org:custom:id')).toEqual({ base: 'gpt-4o-mini', fineTune: true });
    expect(normalizeModelName('ft:gpt-4o')).toEqual({ base: 'gpt-4o', fineTune: true });
    expect(normalizeModelName('gpt-4o')).toEqual({ base: 'gpt-4o', fineTune: false });
  });

  it('uses the catalog it is given', () => {
    const custom = buildCatalog([{ ...entry('gpt-4o'), id: 'my-model', aliases: ['my-alias'] }]);
    expect(findModel('my-alias', custom)?.id).toBe('my-model');
    expect(findModel('my-model-2025-01-01', custom)?.id).toBe('my-model');
    expect(findModel('gpt-4o', custom)).toBeUndefined();
  });
});
