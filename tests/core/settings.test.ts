// settings.openai.models, providers and typeChecked: validation (errors name the path), the
// effective catalog (built once per settings object), and how model-keyed facts use it.
import { describe, expect, it } from 'vitest';
import { findModel } from '../../src/models/lookup.js';
import { entryFor, judge, modelPaths, rejectsLogprobs, rejectsOnReasoningModel } from '../../src/analysis/model-paths.js';
import { catalogOf, parseSettings, SettingsError } from '../../src/settings.js';
import { analyze } from './harness.js';

const pre = "import OpenAI from 'openai';\nconst client = new OpenAI();\n";

function request(code: string, settings?: unknown) {
  const requests = analyze(pre + code, { settings });
  expect(requests).toHaveLength(1);
  return requests[0];
}

const NEW_MODEL = { id: 'acme-reasoner', reasoning: true, defaultEffort: 'medium', efforts: ['low', 'medium', 'high'], logprobs: false, predictedOutputs: false };

describe('settings.openai.models: valid entries', () => {
  it('adds a new model, found by exact name, snapshot suffix and fine-tune', () => {
    const settings = parseSettings({ models: [NEW_MODEL] });
    const catalog = catalogOf(settings);
    expect(findModel('acme-reasoner', catalog)?.reasoning).toBe(true);
    expect(findModel('acme-reasoner-2026-01-15', catalog)?.id).toBe('acme-reasoner');
    expect(findModel('ft:acme-reasoner:org::x1', catalog)?.id).toBe('acme-reasoner');
    // The built-in catalog is untouched.
    expect(findModel('acme-reasoner')).toBeUndefined();
    expect(findModel('o3', catalog)).toBe(findModel('o3'));
  });

  it('user entries need no checked/sources; they default to empty', () => {
    const [entry] = parseSettings({ models: [NEW_MODEL] }).models;
    expect(entry).toMatchObject({ id: 'acme-reasoner', checked: '', sources: [] });
  });

  it('merges an entry with a catalog id over the built-in entry (only the given fields change)', () => {
    const settings = parseSettings({ models: [{ id: 'gpt-4o', shutdown: '2027-01-01', replacement: 'gpt-4.1' }] });
    const entry = findModel('gpt-4o', catalogOf(settings))!;
    expect(entry.shutdown).toBe('2027-01-01');
    expect(entry.replacement).toBe('gpt-4.1');
    expect(entry.reasoning).toBe(false);
    expect(entry.predictedOutputs).toBe(findModel('gpt-4o')!.predictedOutputs);
    expect(entry.sources).toEqual(findModel('gpt-4o')!.sources);
  });

  it('can turn a reasoning model into a non-reasoning one (its effort facts go)', () => {
    const entry = findModel('o3', catalogOf(parseSettings({ models: [{ id: 'o3', reasoning: false }] })))!;
    expect(entry.reasoning).toBe(false);
    expect(entry.defaultEffort).toBeUndefined();
  });

  it('gives a new model aliases, and modelAliases may point at a user model', () => {
    const settings = parseSettings({ models: [{ ...NEW_MODEL, aliases: ['acme-r'] }], modelAliases: { prod: 'acme-r' } });
    expect(findModel('acme-r', catalogOf(settings))?.id).toBe('acme-reasoner');
  });

  it('builds the effective catalog once per settings object', () => {
    const raw = { models: [NEW_MODEL] };
    const settings = parseSettings(raw);
    expect(parseSettings(raw)).toBe(settings);
    expect(catalogOf(settings)).toBe(catalogOf(settings));
    expect(catalogOf(parseSettings({}))).toBe(catalogOf(parseSettings(undefined)));
  });

  it('is plain data: the parsed settings survive a JSON round trip unchanged', () => {
    const raw = { models: [NEW_MODEL], providers: { openai: ['gw.example.com'] }, typeChecked: false, modelAliases: { a: 'o3' } };
    expect(parseSettings(JSON.parse(JSON.stringify(raw)))).toEqual(parseSettings(raw));
  });
});

describe('settings.openai.models: model-keyed rules use the effective catalog', () => {
  it('judges a user model', () => {
    const settings = parseSettings({ models: [NEW_MODEL] });
    const r = request("client.chat.completions.create({ model: 'acme-reasoner', logprobs: true, max_tokens: 5 })", { models: [NEW_MODEL] });
    const paths = modelPaths(r, settings);
    expect(paths.complete).toBe(true);
    expect(paths.paths.map((p) => p.effort)).toEqual(['medium']);
    expect(judge(paths, rejectsLogprobs).allFail).toBe(true);
    expect(judge(paths, rejectsOnReasoningModel).allFail).toBe(true);
  });

  it('an override changes the verdict (gpt-4.1 declared a reasoning model)', () => {
    const raw = { models: [{ id: 'gpt-4.1', reasoning: true, defaultEffort: 'medium', efforts: ['medium'] }] };
    const settings = parseSettings(raw);
    const r = request("client.chat.completions.create({ model: 'gpt-4.1', max_tokens: 5 })", raw);
    expect(judge(modelPaths(r, settings), rejectsOnReasoningModel).allFail).toBe(true);
    // Without the override, gpt-4.1 is not a reasoning model.
    const plain = request("client.chat.completions.create({ model: 'gpt-4.1', max_tokens: 5 })");
    expect(judge(modelPaths(plain, parseSettings({})), rejectsOnReasoningModel).failing).toEqual([]);
  });

  it('entryFor stays silent for an unknown name with or without user models', () => {
    const r = request("client.chat.completions.create({ model: 'nope' })");
    expect(entryFor(r, parseSettings({ models: [NEW_MODEL] }), 'nope')).toBeUndefined();
  });
});

describe('settings.openai.models: errors name the path', () => {
  it.each([
    [{ models: {} }, /settings\.openai\.models must be an array of model entries/],
    [{ models: [3] }, /settings\.openai\.models\[0\] must be an object \(a model entry\); got number 3/],
    [{ models: [{ reasoning: true }] }, /settings\.openai\.models\[0\]\.id is missing/],
    [{ models: [{ id: '' }] }, /settings\.openai\.models\[0\]\.id must be a non-empty string/],
    [{ models: [{ id: 'gpt-4o', colour: 'red' }] }, /unknown key settings\.openai\.models\[0\]\.colour\. Known keys: id, aliases, reasoning/],
    [{ models: [{ id: 'gpt-4o' }, { id: 'o3', defaultEffort: 'hgih' }] }, /settings\.openai\.models\[1\]\.defaultEffort must be one of "none", "minimal", .* or null \(unknown\); got string "hgih"/],
    [{ models: [{ id: 'o3', efforts: ['low', 'extreme'] }] }, /settings\.openai\.models\[0\]\.efforts must be an array of efforts/],
    [{ models: [{ id: 'gpt-4o', logprobs: 'yes' }] }, /settings\.openai\.models\[0\]\.logprobs must be true, false or null/],
    [{ models: [{ id: 'gpt-4o', shutdown: '2027-02-30' }] }, /settings\.openai\.models\[0\]\.shutdown must be a date string "YYYY-MM-DD"; got string "2027-02-30"/],
    [{ models: [{ id: 'gpt-4o', sources: 'https://x' }] }, /settings\.openai\.models\[0\]\.sources must be an array of URL strings/],
    [{ models: [{ id: 'acme', reasoning: true, logprobs: false }] }, /settings\.openai\.models\[0\]\.predictedOutputs is missing: "acme" is not in the catalog, so the entry needs reasoning, logprobs, predictedOutputs/],
    [{ models: [{ id: 'acme', reasoning: false, logprobs: true, predictedOutputs: false, defaultEffort: 'low' }] }, /settings\.openai\.models\[0\]\.defaultEffort is only for reasoning models/],
    [{ models: [{ id: 'o3', defaultEffort: 'none' }] }, /settings\.openai\.models\[0\]\.defaultEffort "none" is not in its efforts/],
    [{ models: [{ id: 'o3' }, { id: 'o3' }] }, /settings\.openai\.models\[1\]\.id "o3" is already given by settings\.openai\.models\[0\]/],
    [{ models: [{ ...NEW_MODEL, aliases: ['o3'] }] }, /settings\.openai\.models\[0\] gives the name "o3", which is already a name of model "o3"/],
    [{ models: [{ id: 'gpt-4o', shutdown: '2027-01-01', retiredAsOf: '2026-01-01' }] }, /settings\.openai\.models\[0\]\.retiredAsOf is only for a model without a shutdown date/],
    [{ models: [NEW_MODEL], modelAliases: { x: 'acme-nope' } }, /settings\.openai\.modelAliases\["x"\] is "acme-nope", which is not a model in the catalog/],
  ])('rejects %j', (raw, message) => {
    expect(() => parseSettings(raw)).toThrow(SettingsError);
    expect(() => parseSettings(raw)).toThrow(message);
  });
});

describe('settings.openai.providers', () => {
  it('parses host lists, lower-cased', () => {
    expect(parseSettings({ providers: { openai: ['GW.example.com'], other: ['llm.internal:8080'], azure: ['*.azure-api.net'] } }).providers).toEqual({
      openai: ['gw.example.com'],
      azure: ['*.azure-api.net'],
      other: ['llm.internal:8080'],
    });
    expect(parseSettings({}).providers).toEqual({ openai: [], azure: [], other: [] });
  });

  it.each([
    [{ providers: [] }, /settings\.openai\.providers must be an object with host lists/],
    [{ providers: { compatible: [] } }, /unknown key settings\.openai\.providers\.compatible\. Known keys: openai, azure, other/],
    [{ providers: { openai: 'gw.example.com' } }, /settings\.openai\.providers\.openai must be an array of host names/],
    [{ providers: { openai: ['https://gw.example.com/v1'] } }, /settings\.openai\.providers\.openai\[0\] must be a host name or host:port .*; got string "https:\/\/gw\.example\.com\/v1"/],
    [{ providers: { other: ['ok.example', 3] } }, /settings\.openai\.providers\.other\[1\] must be a host name/],
    [{ providers: { openai: ['a.example'], other: ['A.example'] } }, /settings\.openai\.providers\.other\[0\] "A\.example" is already listed as settings\.openai\.providers\.openai\[0\]/],
  ])('rejects %j', (raw, message) => {
    expect(() => parseSettings(raw)).toThrow(message);
  });
});

describe('settings.openai.typeChecked', () => {
  it('is a boolean, off by default', () => {
    expect(parseSettings({}).typeChecked).toBe(false);
    expect(parseSettings({ typeChecked: true }).typeChecked).toBe(true);
    expect(() => parseSettings({ typeChecked: 'yes' })).toThrow(/settings\.openai\.typeChecked must be a boolean/);
  });

  it('lists every key in the unknown-key error', () => {
    expect(() => parseSettings({ nope: 1 })).toThrow(/Known keys: modelAliases, date, sdkVersion, frameworkVersions, models, providers, typeChecked\./);
  });
});
