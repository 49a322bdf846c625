import { describe, expect, it } from 'vitest';
import { option } from '../../src/adapters/body.js';
import { valuesAtPath } from '../../src/analysis/value-model.js';
import { analyze, show } from './harness.js';

const pre = "import OpenAI from 'openai';\nconst client = new OpenAI();\n";

function one(code: string) {
  const requests = analyze(pre + code);
  expect(requests).toHaveLength(1);
  return requests[0];
}

describe('call sites', () => {
  it.each([
    ['client.chat.completions.create({})', 'chat.completions.create'],
    ['client.chat.completions.parse({})', 'chat.completions.parse'],
    ['client.chat.completions.stream({})', 'chat.completions.stream'],
    ['client.chat.completions.runTools({})', 'chat.completions.runTools'],
    ['client.beta.chat.completions.parse({})', 'beta.chat.completions.parse'],
    ['client.beta.chat.completions.stream({})', 'beta.chat.completions.stream'],
    ['client.beta.chat.completions.runTools({})', 'beta.chat.completions.runTools'],
    ['client.responses.create({})', 'responses.create'],
    ['client.responses.parse({})', 'responses.parse'],
    ['client.responses.stream({})', 'responses.stream'],
    ["client['chat']['completions']['create']({})", 'chat.completions.create'],
    ['client?.chat?.completions?.create({})', 'chat.completions.create'],
    ['(client as any).chat.completions.create({})', 'chat.completions.create'],
    ['client!.chat.completions.create({})', 'chat.completions.create'],
    ['const completions = client.chat.completions;\ncompletions.create({})', 'chat.completions.create'],
    ['const chat = client.chat;\nchat.completions.create({})', 'chat.completions.create'],
    ['declare function getClient(): any;\ngetClient().chat.completions.create({})', 'chat.completions.create'],
    ['declare function getClient(): Promise<any>;\nasync function f() { return (await getClient()).responses.create({}); }', 'responses.create'],
  ])('%s → %s', (code, path) => {
    expect(one(code).site.path).toBe(path);
  });

  it.each([
    'client.chat.completions.create.mockResolvedValue({})',
    'client.chat.completions.list({})',
    'client.beta.chat.completions.create({})',
    'client.beta.responses.create({})',
    'client.completions.create({})',
    'client.responses.retrieve("id")',
    'client.chat.create({})',
    'const create = vi.fn(); client.chat.completions.create = create;',
    'create({})',
  ])('not a request: %s', (code) => {
    expect(analyze(pre + code)).toHaveLength(0);
  });

  it('classifies clients', () => {
    const kinds = analyze(
      [
        "import OpenAI, { AzureOpenAI } from 'openai';",
        'const a = new OpenAI();',
        "const b = new AzureOpenAI({ deployment: 'x' });",
        "const c = new OpenAI({ baseURL: 'https://api.groq.com/openai/v1' });",
        "const d = new OpenAI({ baseURL: 'https://api.openai.com/v1' });",
        'const e = new OpenAI({ baseURL: process.env.BASE_URL });',
        "const f = new OpenAI({ baseURL: 'https://my-res.openai.azure.com/openai' });",
        'declare const g: any;',
        "class H { client = new AzureOpenAI(); run() { return this.client.chat.completions.create({}); } }",
        "class I { openai: OpenAI; constructor() { this.openai = new OpenAI(); } run() { return this.openai.chat.completions.create({}); } }",
        'a.chat.completions.create({}); b.chat.completions.create({}); c.chat.completions.create({});',
        'd.chat.completions.create({}); e.chat.completions.create({}); f.chat.completions.create({}); g.chat.completions.create({});',
      ].join('\n'),
    ).map((r) => r.site.client.kind);
    expect(kinds).toEqual(['azure', 'openai', 'openai', 'azure', 'compatible', 'openai', 'unknown', 'azure', 'unknown']);
  });
});

describe('request values', () => {
  const model = (code: string) => show(one(code).param('model').values);

  it('resolves literals, templates and wrappers', () => {
    expect(model("client.chat.completions.create({ model: 'o3' })")).toEqual(['"o3"']);
    expect(model('client.chat.completions.create({ model: `o3` })')).toEqual(['"o3"']);
    expect(model("client.chat.completions.create({ model: 'o3' as const })")).toEqual(['"o3"']);
    expect(model("client.chat.completions.create({ model: ('o3' satisfies string)! })")).toEqual(['"o3"']);
    expect(model("client.chat.completions.create({ model: <string>'o3' })")).toEqual(['"o3"']);
    expect(model("client.chat.completions.create({ model: 'gpt-' + '5' })")).toEqual(['"gpt-5"']);
  });

  it('resolves bindings, enums and const members', () => {
    expect(model("const m = 'o3';\nclient.chat.completions.create({ model: m })")).toEqual(['"o3"']);
    expect(model("let m = 'o3';\nclient.chat.completions.create({ model: m })")).toEqual(['"o3"']);
    // An assignment that runs before the call on every path replaces the value.
    expect(model("let m = 'o3'; m = 'gpt-4o';\nclient.chat.completions.create({ model: m })")).toEqual(['"gpt-4o"']);
    expect(model("enum M { A = 'o3' }\nclient.chat.completions.create({ model: M.A })")).toEqual(['"o3"']);
    expect(model("enum M { A = 1 }\nclient.chat.completions.create({ model: M.A })")).toEqual(['unknown']);
    expect(model("const C = { fast: 'gpt-4.1' } as const;\nclient.chat.completions.create({ model: C.fast })")).toEqual(['"gpt-4.1"']);
    expect(model("const C = { fast: 'gpt-4.1' };\nclient.chat.completions.create({ model: C['fast'] })")).toEqual(['"gpt-4.1"']);
    expect(model('function f(m: string) { return client.chat.completions.create({ model: m }); }')).toEqual(['unknown']);
  });

  it('resolves value sets', () => {
    expect(model("declare const c: boolean;\nclient.chat.completions.create({ model: c ? 'o3' : 'gpt-4.1' })")).toEqual(['"o3"', '"gpt-4.1"']);
    expect(model("client.chat.completions.create({ model: process.env.M ?? 'o3' })")).toEqual(['unknown', '"o3"']);
    expect(model("const m = 'x';\nclient.chat.completions.create({ model: m ?? 'o3' })")).toEqual(['"x"']);
    expect(model("client.chat.completions.create({ model: undefined ?? 'o3' })")).toEqual(['"o3"']);
    expect(model("client.chat.completions.create({ model: '' || 'o3' })")).toEqual(['"o3"']);
    expect(model("client.chat.completions.create({ model: process.env.M || 'o3' })")).toEqual(['unknown', '"o3"']);
  });

  it('treats null and undefined as absent', () => {
    expect(show(one('client.chat.completions.create({ logprobs: null })').param('logprobs').values)).toEqual(['absent']);
    expect(show(one('client.chat.completions.create({ logprobs: undefined })').param('logprobs').values)).toEqual(['absent']);
    expect(show(one('client.chat.completions.create({ logprobs: void 0 })').param('logprobs').values)).toEqual(['absent']);
    expect(show(one('client.chat.completions.create({})').param('logprobs').values)).toEqual(['absent']);
  });

  it('merges spreads in order, later wins', () => {
    const r = one("const base = { model: 'o3', temperature: 0.2 };\nclient.chat.completions.create({ ...base, temperature: 1 })");
    expect(show(r.param('model').values)).toEqual(['"o3"']);
    expect(show(r.param('temperature').values)).toEqual(['1']);
    const r2 = one("const base = { model: 'o3' };\nclient.chat.completions.create({ model: 'gpt-4o', ...base })");
    expect(show(r2.param('model').values)).toEqual(['"o3"']);
  });

  it('treats conditional spreads as optional properties', () => {
    const r = one("declare const c: boolean;\nclient.chat.completions.create({ model: 'o3', ...(c ? { logprobs: true } : {}) })");
    expect(show(r.param('logprobs').values)).toEqual(['true', 'absent']);
    const r2 = one("declare const c: boolean;\nclient.chat.completions.create({ model: 'o3', ...(c && { logprobs: true }) })");
    expect(show(r2.param('logprobs').values).sort()).toEqual(['absent', 'true']);
    expect(r2.param('logprobs').writes).toHaveLength(1);
  });

  it('makes everything after an unknown spread possibly overridden', () => {
    const r = one("declare const extra: any;\nclient.chat.completions.create({ model: 'o3', ...extra, temperature: 0 })");
    expect(show(r.param('model').values)).toEqual(['"o3"', 'unknown']);
    expect(show(r.param('temperature').values)).toEqual(['0']);
    expect(show(r.param('logprobs').values)).toEqual(['unknown']);
  });

  it('sees shorthand properties and computed keys', () => {
    const r = one("const model = 'o3';\nconst k = 'temperature';\nclient.chat.completions.create({ model, [k]: 0.5, ['top_p']: 0.3 })");
    expect(show(r.param('model').values)).toEqual(['"o3"']);
    expect(show(r.param('temperature').values)).toEqual(['0.5']);
    expect(show(r.param('top_p').values)).toEqual(['0.3']);
    const r2 = one("declare const k: string;\nclient.chat.completions.create({ model: 'o3', [k]: 1 })");
    expect(show(r2.param('model').values)).toEqual(['"o3"', 'unknown']);
    expect(r2.body.open).toBe(true);
  });

  it('resolves nested paths', () => {
    const r = one("client.responses.create({ model: 'o3', reasoning: { effort: 'none' }, text: { format: { type: 'json_object' } } })");
    expect(show(r.values('reasoning.effort'))).toEqual(['"none"']);
    expect(show(r.values('text.format.type'))).toEqual(['"json_object"']);
    expect(show(r.values('text.verbosity'))).toEqual(['absent']);
    expect(show(r.values('missing.deeper'))).toEqual(['absent']);
    expect(r.writes('text.format.type')).toHaveLength(1);
    expect(r.writes('model')).toHaveLength(1);
    expect(r.writes('text.verbosity')).toHaveLength(0);
  });

  it('valuesAtPath walks a dotted path, or its prefix up to `end`, as the request and the framework adapters read it', () => {
    const r = one("client.responses.create({ model: 'o3', reasoning: { effort: 'low' }, text: { format: { type: 'json_object' } } })");
    expect(show(valuesAtPath(r.body, 'model'))).toEqual(['"o3"']);
    expect(show(valuesAtPath(r.body, 'reasoning.effort'))).toEqual(['"low"']);
    expect(show(valuesAtPath(r.body, 'text.format.type'))).toEqual(['"json_object"']);
    // The prefix `text.format` of `text.format.type`, and `text` of `text.format`.
    expect(valuesAtPath(r.body, 'text.format.type', 'text.format'.length)).toEqual(r.values('text.format'));
    expect(valuesAtPath(r.body, 'text.format', 'text'.length)).toEqual(r.values('text'));
    expect(show(valuesAtPath(r.body, 'text..type'))).toEqual(['absent']);
    expect(show(option(r.body, 'reasoning.effort').values)).toEqual(['"low"']);
    expect(option(r.body, 'reasoning.effort').name).toBe('effort');
    expect(option(r.body, 'text.format.type').writes).toHaveLength(1);
    expect(option(r.body, 'model')).toBe(r.param('model'));
    // The request reads a first key its body lacks as `param` does (made once per request).
    expect(r.values('seed')).toBe(r.param('seed').values);
    expect(r.writes('seed')).toBe(r.param('seed').writes);
  });

  it('applies writes that run before the call on every path', () => {
    const r = one("const p = { model: 'o3', logprobs: true };\np.model = pick();\ndelete p.logprobs;\nclient.chat.completions.create(p)");
    expect(show(r.param('model').values)).toEqual(['call:pick']);
    expect(show(r.param('logprobs').values)).toEqual(['absent']);
    const r2 = one("const p = { model: 'o3' };\nObject.assign(p, other);\nclient.chat.completions.create(p)");
    expect(show(r2.param('model').values)).toEqual(['"o3"', 'unknown']);
    expect(show(r2.param('top_p').values)).toEqual(['unknown']);
    const r3 = one("const p: any = { model: 'o3' };\np['temperature'] = 2;\nclient.chat.completions.create(p)");
    expect(show(r3.param('temperature').values)).toEqual(['2']);
    const r4 = one("const p: any = { model: 'o3' };\np[key()] = 2;\nclient.chat.completions.create(p)");
    expect(show(r4.param('model').values)).toEqual(['"o3"', 'unknown']);
    expect(show(r4.param('temperature').values)).toEqual(['unknown']);
  });

  it('marks writes local only when the object belongs to this call', () => {
    const local = one("const p = { model: 'o3' };\nclient.chat.completions.create(p)");
    expect(local.param('model').writes[0].local).toBe(true);
    const shared = analyze(pre + "const p = { model: 'o3' };\nclient.chat.completions.create(p);\nclient.chat.completions.create(p);");
    expect(shared[0].param('model').writes[0].local).toBe(false);
    const spread = analyze(pre + "const base = { model: 'o3' };\nclient.chat.completions.create({ ...base });\nclient.responses.create({ ...base });");
    expect(spread[0].param('model').writes[0].local).toBe(false);
  });

  it('resolves body alternatives', () => {
    const r = one("declare const c: boolean;\nclient.chat.completions.create(c ? { model: 'o3', stop: ['x'] } : { model: 'gpt-4o' })");
    expect(show(r.param('model').values)).toEqual(['"o3"', '"gpt-4o"']);
    expect(show(r.param('stop').values)).toEqual(['["x"]', 'absent']);
  });

  it('keeps call results and arrays', () => {
    const r = one("client.chat.completions.create({ response_format: zodResponseFormat(S, 'x'), include: ['a', ...more], tools: [t] })");
    expect(show(r.param('response_format').values)).toEqual(['call:zodResponseFormat']);
    expect(show(r.param('include').values)).toEqual(['[…]']);
    expect(show(r.param('tools').values)).toEqual(['[unknown]']);
  });

  it('survives unusual code', () => {
    expect(() => analyze(pre + 'client.chat.completions.create(...args)')).not.toThrow();
    expect(() => analyze(pre + 'client.chat.completions.create("str")')).not.toThrow();
    expect(() => analyze(pre + 'const a: any = {}; a.b = a;\nclient.chat.completions.create({ ...a, get model() { return "o3"; }, m() {} })')).not.toThrow();
    expect(() => analyze(pre + 'const x = { ...x };\nclient.chat.completions.create(x)')).not.toThrow();
    expect(() => analyze(pre + 'let a = { ...b }; let b = { ...a };\nclient.chat.completions.create(a)')).not.toThrow();
    const r = one('client.chat.completions.create("str")');
    expect(show(r.param('model').values)).toEqual(['unknown']);
  });
});
