import { describe, expect, it } from 'vitest';

import { CATALOG_DATE, MODEL_CATALOG } from '../../src/models/catalog.js';
import {
  buildCatalog,
  DEFAULT_CATALOG,
  findModel,
  normalizeModelName,
  stripSnapshotSuffix,
} from '../../src/models/lookup.js';
import { EFFORTS, type ModelEntry } from '../../src/models/types.js';

/** `ChatModel` from openai@7.57.0 `resources/shared.ts`, as listed in the project reference (section B). */
const SDK_CHAT_MODELS = [
  'gpt-6-astra', 'gpt-6.1-sol', 'gpt-6.1-terra', 'gpt-6-sol', 'gpt-6-luna',
  'gpt-5.6-sol', 'gpt-5.6-terra', 'gpt-5.6-luna',
  'gpt-5.5', 'gpt-5.5-2026-04-23',
  'gpt-5.4', 'gpt-5.4-mini', 'gpt-5.4-nano', 'gpt-5.4-mini-2026-03-17', 'gpt-5.4-nano-2026-03-17',
  'gpt-5.3-chat-latest',
  'gpt-5.2', 'gpt-5.2-2025-12-11', 'gpt-5.2-chat-latest', 'gpt-5.2-pro', 'gpt-5.2-pro-2025-12-11',
  'gpt-5.1', 'gpt-5.1-2025-11-13', 'gpt-5.1-codex', 'gpt-5.1-mini', 'gpt-5.1-chat-latest',
  'gpt-5', 'gpt-5-mini', 'gpt-5-nano', 'gpt-5-2025-08-07', 'gpt-5-mini-2025-08-07', 'gpt-5-nano-2025-08-07',
  'gpt-5-chat-latest',
  'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano', 'gpt-4.1-2025-04-14', 'gpt-4.1-mini-2025-04-14', 'gpt-4.1-nano-2025-04-14',
  'o4-mini', 'o4-mini-2025-04-16', 'o3', 'o3-2025-04-16', 'o3-mini', 'o3-mini-2025-01-31',
  'o1', 'o1-2024-12-17', 'o1-preview', 'o1-preview-2024-09-12', 'o1-mini', 'o1-mini-2024-09-12',
  'gpt-4o', 'gpt-4o-2024-11-20', 'gpt-4o-2024-08-06', 'gpt-4o-2024-05-13',
  'gpt-audio-mini', 'gpt-audio-mini-2025-12-15',
  'gpt-4o-audio-preview', 'gpt-4o-audio-preview-2024-10-01', 'gpt-4o-audio-preview-2024-12-17',
  'gpt-4o-audio-preview-2025-06-03', 'gpt-4o-mini-audio-preview', 'gpt-4o-mini-audio-preview-2024-12-17',
  'gpt-4o-search-preview', 'gpt-4o-mini-search-preview', 'gpt-4o-search-preview-2025-03-11',
  'gpt-4o-mini-search-preview-2025-03-11',
  'chatgpt-4o-latest', 'codex-mini-latest',
  'gpt-4o-mini', 'gpt-4o-mini-2024-07-18',
  'gpt-4-turbo', 'gpt-4-turbo-2024-04-09', 'gpt-4-0125-preview', 'gpt-4-turbo-preview', 'gpt-4-1106-preview',
  'gpt-4-vision-preview',
  'gpt-4', 'gpt-4-0314', 'gpt-4-0613', 'gpt-4-32k', 'gpt-4-32k-0314', 'gpt-4-32k-0613',
  'gpt-3.5-turbo', 'gpt-3.5-turbo-16k', 'gpt-3.5-turbo-0301', 'gpt-3.5-turbo-0613', 'gpt-3.5-turbo-1106',
  'gpt-3.5-turbo-0125', 'gpt-3.5-turbo-16k-0613',
];

/** What `ResponsesModel` adds, minus the three ids left out on purpose (see catalog.ts). */
const SDK_RESPONSES_ONLY_MODELS = [
  'o1-pro', 'o1-pro-2025-03-19', 'o3-pro', 'o3-pro-2025-06-10',
  'o3-deep-research', 'o3-deep-research-2025-06-26', 'o4-mini-deep-research', 'o4-mini-deep-research-2025-06-26',
  'computer-use-preview', 'computer-use-preview-2025-03-11', 'gpt-5.5-pro', 'gpt-5.5-pro-2026-04-23',
  'gpt-5-codex', 'gpt-5-pro', 'gpt-5-pro-2025-10-06', 'gpt-5.1-codex-max', 'gpt-5.6-cyber', 'gpt-6-cyber',
  'gpt-6-rosalind',
];
const LEFT_OUT = ['gpt-daybreak-blue-latest', 'gpt-daybreak-red-latest', 'gpt-rosalind-research'];

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

  it('uses valid YYYY-MM-DD shutdown dates and no replacement names', () => {
    for (const e of MODEL_CATALOG) {
      if (e.shutdown !== undefined) expect(isCalendarDate(e.shutdown), `${e.id}: ${e.shutdown}`).toBe(true);
      expect(e.replacement, e.id).toBeUndefined();
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

describe('SDK coverage', () => {
  it('lists 90 ChatModel ids in the fixture', () => {
    expect(SDK_CHAT_MODELS).toHaveLength(90);
    expect(new Set(SDK_CHAT_MODELS).size).toBe(90);
  });

  it.each(SDK_CHAT_MODELS)('resolves ChatModel %s', (id) => {
    expect(findModel(id)).toBeDefined();
  });

  it.each(SDK_RESPONSES_ONLY_MODELS)('resolves ResponsesModel %s', (id) => {
    expect(findModel(id)).toBeDefined();
  });

  it.each(LEFT_OUT)('leaves %s unknown (no evidence)', (id) => {
    expect(findModel(id)).toBeUndefined();
  });

  it('has no entry that is unreachable from the SDK lists, except gpt-4.5-preview', () => {
    const reached = new Set(
      [...SDK_CHAT_MODELS, ...SDK_RESPONSES_ONLY_MODELS].map((id) => findModel(id)?.id),
    );
    const unreached = MODEL_CATALOG.map((e) => e.id).filter((id) => !reached.has(id));
    expect(unreached).toEqual(['gpt-4.5-preview']);
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
    });
    expect(entry('gpt-5.1').shutdown).toBeUndefined();
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
      'gpt-3.5-turbo-16k': '2026-10-23',
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
    expect(findModel('gpt-3.5-turbo-0301')?.shutdown).toBe('2026-10-23');
    expect(entry('chatgpt-4o-latest').shutdown).toBeUndefined();
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
