import { describe, expect, it } from 'vitest';
import { judge, modelPaths, rejectsLogprobs, rejectsOnReasoningModel, rejectsPrediction, rejectsSampling } from '../../src/analysis/model-paths.js';
import { parseSettings, SettingsError } from '../../src/settings.js';
import { analyze } from './harness.js';

const pre = "import OpenAI, { AzureOpenAI } from 'openai';\nconst client = new OpenAI();\nconst azure = new AzureOpenAI();\n";
const settings = parseSettings(undefined);

function paths(code: string, s = settings) {
  const [request] = analyze(pre + code);
  return modelPaths(request, s);
}

const summary = (code: string) => paths(code).paths.map((p) => `${p.model}@${p.effort}${p.explicitEffort ? '!' : ''}`);

describe('model paths', () => {
  it('applies the default effort when none is written', () => {
    expect(summary("client.chat.completions.create({ model: 'gpt-5' })")).toEqual(['gpt-5@medium']);
    expect(summary("client.chat.completions.create({ model: 'gpt-5.1' })")).toEqual(['gpt-5.1@none']);
    expect(summary("client.chat.completions.create({ model: 'gpt-5.5' })")).toEqual(['gpt-5.5@medium']);
    expect(summary("client.chat.completions.create({ model: 'gpt-4o' })")).toEqual(['gpt-4o@unknown']);
  });

  it('keeps an unknown default unknown', () => {
    expect(summary("client.chat.completions.create({ model: 'gpt-5.4-mini' })")).toEqual(['gpt-5.4-mini@unknown']);
  });

  it('uses the written effort: reasoning_effort on Chat, reasoning.effort on Responses', () => {
    expect(summary("client.chat.completions.create({ model: 'gpt-5.1', reasoning_effort: 'high' })")).toEqual(['gpt-5.1@high!']);
    expect(summary("client.responses.create({ model: 'gpt-5.1', reasoning: { effort: 'low' } })")).toEqual(['gpt-5.1@low!']);
    // Chat's key means nothing to Responses, and the reverse.
    expect(summary("client.responses.create({ model: 'gpt-5.1', reasoning_effort: 'high' })")).toEqual(['gpt-5.1@none']);
    expect(summary("declare const e: any;\nclient.chat.completions.create({ model: 'o3', reasoning_effort: e })")).toEqual(['o3@unknown!']);
  });

  it('pairs model and effort from the same path (the same condition takes the same side)', () => {
    expect(summary("declare const c: boolean;\nclient.chat.completions.create({ model: c ? 'o3' : 'gpt-5.1', reasoning_effort: c ? 'high' : undefined })")).toEqual([
      'o3@high!',
      'gpt-5.1@none',
    ]);
  });

  it('forms every model × effort combination of independent conditions', () => {
    expect(summary("declare const c: boolean;\ndeclare const d: boolean;\nclient.chat.completions.create({ model: c ? 'o3' : 'gpt-5.1', reasoning_effort: d ? 'high' : undefined })")).toEqual([
      'o3@high!',
      'o3@medium',
      'gpt-5.1@high!',
      'gpt-5.1@none',
    ]);
  });

  it('is incomplete when any model is unknown or not in the catalog', () => {
    expect(paths("client.chat.completions.create({ model: 'o3' })").complete).toBe(true);
    expect(paths("client.chat.completions.create({ model: process.env.M ?? 'o3' })").complete).toBe(false);
    expect(paths("client.chat.completions.create({ model: 'llama-3-70b' })")).toEqual({ paths: [], complete: false });
  });

  it('resolves snapshots and fine-tunes', () => {
    expect(summary("client.chat.completions.create({ model: 'gpt-5.1-2025-11-13' })")).toEqual(['gpt-5.1-2025-11-13@none']);
    expect(paths("client.chat.completions.create({ model: 'ft:gpt-4o-mini-2024-07-18:org::abc' })").paths[0].entry.id).toBe('gpt-4o-mini');
  });

  it('stays silent on Azure deployment names unless aliased', () => {
    expect(paths("azure.chat.completions.create({ model: 'o3' })").paths).toEqual([]);
    const aliased = parseSettings({ modelAliases: { 'prod-reasoner': 'o3' } });
    expect(paths("azure.chat.completions.create({ model: 'prod-reasoner' })", aliased).paths.map((p) => p.entry.id)).toEqual(['o3']);
  });
});

describe('verdicts', () => {
  const verdicts = (code: string) => {
    const p = paths(code);
    return {
      logprobs: judge(p, rejectsLogprobs),
      sampling: judge(p, rejectsSampling),
      reasoning: judge(p, rejectsOnReasoningModel),
      prediction: judge(p, rejectsPrediction),
    };
  };

  it('rejects logprobs and sampling on reasoning models at their default effort', () => {
    const v = verdicts("client.chat.completions.create({ model: 'gpt-5' })");
    expect(v.logprobs.allFail).toBe(true);
    expect(v.sampling.allFail).toBe(true);
    expect(v.reasoning.allFail).toBe(true);
  });

  it('accepts them at effort none on gpt-5.1+, but still rejects stop/logit_bias/max_tokens', () => {
    const v = verdicts("client.chat.completions.create({ model: 'gpt-5.1' })");
    expect(v.logprobs.failing).toEqual([]);
    expect(v.sampling.failing).toEqual([]);
    expect(v.reasoning.allFail).toBe(true);
    const explicit = verdicts("client.chat.completions.create({ model: 'gpt-5.5', reasoning_effort: 'none' })");
    expect(explicit.logprobs.failing).toEqual([]);
  });

  it('does not judge an unknown default or an unknown effort', () => {
    const v = verdicts("client.chat.completions.create({ model: 'gpt-5.4-mini' })");
    expect(v.logprobs.failing).toEqual([]);
    expect(v.sampling.failing).toEqual([]);
    // gpt-5.4-mini's efforts are Medium: no autofix rests on any request fact of that entry
    expect(v.reasoning.allFail).toBe(false);
  });

  it('reports on the failing path only, without certainty', () => {
    const v = verdicts("declare const c: boolean;\nclient.chat.completions.create({ model: c ? 'o3' : 'gpt-4.1' })");
    expect(v.logprobs.failing.map((p) => p.model)).toEqual(['o3']);
    expect(v.logprobs.allFail).toBe(false);
  });

  it('knows non-reasoning models: logprobs accepted, prediction per model, search-preview sampling', () => {
    expect(verdicts("client.chat.completions.create({ model: 'gpt-4o' })").logprobs.failing).toEqual([]);
    expect(verdicts("client.chat.completions.create({ model: 'gpt-4o' })").prediction.failing).toEqual([]);
    expect(verdicts("client.chat.completions.create({ model: 'gpt-5' })").prediction.allFail).toBe(true);
    expect(verdicts("client.chat.completions.create({ model: 'gpt-4o-search-preview' })").sampling.allFail).toBe(true);
    expect(verdicts("client.chat.completions.create({ model: 'gpt-4o-search-preview' })").logprobs.failing).toEqual([]);
  });
});

describe('settings', () => {
  it('accepts nothing and valid aliases', () => {
    expect(parseSettings(undefined).modelAliases).toEqual({});
    expect(parseSettings({ modelAliases: { x: 'gpt-4.1' } }).modelAliases).toEqual({ x: 'gpt-4.1' });
  });

  it.each([
    [3, /settings\.openai must be an object, got number 3/],
    [{ nope: 1 }, /unknown key settings\.openai\.nope\. Known keys: modelAliases/],
    [{ modelAliases: [] }, /settings\.openai\.modelAliases must be an object mapping .*; got an array/],
    [{ modelAliases: { x: 5 } }, /settings\.openai\.modelAliases\["x"\] must be a non-empty string/],
    [{ modelAliases: { x: 'not-a-model' } }, /settings\.openai\.modelAliases\["x"\] is "not-a-model", which is not a model in the catalog/],
  ])('rejects %j', (raw, message) => {
    expect(() => parseSettings(raw)).toThrow(SettingsError);
    expect(() => parseSettings(raw)).toThrow(message);
  });

  it('parses each settings object once', () => {
    const raw = { modelAliases: { x: 'o3' } };
    expect(parseSettings(raw)).toBe(parseSettings(raw));
  });
});

describe('settings: date and sdkVersion', () => {
  it('parses valid values', () => {
    expect(parseSettings({ date: '2026-12-31' }).date).toBe('2026-12-31');
    expect(parseSettings({ sdkVersion: 4 }).sdkVersion).toBe(4);
    expect(parseSettings({ sdkVersion: '^4.77.0' }).sdkVersion).toBe(4);
    expect(parseSettings({ sdkVersion: '5' }).sdkVersion).toBe(5);
    expect(parseSettings({ sdkVersion: '4.x' }).sdkVersion).toBe(4);
    expect(parseSettings({ sdkVersion: 'detect' }).sdkVersion).toBe('detect');
    expect(parseSettings({}).sdkVersion).toBe('detect');
  });

  it.each([
    [{ date: '2026-13-01' }, /settings\.openai\.date must be a date string "YYYY-MM-DD".*; got string "2026-13-01"/],
    [{ date: '2026-02-30' }, /settings\.openai\.date must be/],
    [{ date: 20261122 }, /settings\.openai\.date must be .*; got number 20261122/],
    [{ sdkVersion: 'latest' }, /settings\.openai\.sdkVersion must be "detect" \(the default: the version installed for each file\), or the major version of the openai package/],
    [{ sdkVersion: 0 }, /settings\.openai\.sdkVersion must be/],
    [{ sdkVersion: 4.5 }, /settings\.openai\.sdkVersion must be/],
  ])('rejects %j', (raw, message) => {
    expect(() => parseSettings(raw)).toThrow(message);
  });
});
