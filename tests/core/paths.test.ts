// The request as a set of paths (issue 11 §1-3): what the analysis sees, path by path.
import { describe, expect, it } from 'vitest';
import { modelPaths } from '../../src/analysis/model-paths.js';
import { MAX_PATHS } from '../../src/analysis/paths.js';
import { MAX_WORK } from '../../src/analysis/resolve.js';
import { getParam, isWritten } from '../../src/analysis/value-model.js';
import type { Request } from '../../src/analysis/request.js';
import { parseSettings } from '../../src/settings.js';
import { analyze, show } from './harness.js';

const pre = "import OpenAI from 'openai';\nconst client = new OpenAI();\n";

function one(code: string): Request {
  const requests = analyze(pre + code);
  expect(requests).toHaveLength(1);
  return requests[0];
}

/** Each path as `key=value` pairs of the given keys. */
function paths(request: Request, ...keys: string[]): string[] {
  return request.paths.map((path) => keys.map((key) => `${key}=${show(getParam(path.shape, key).values).join('|')}`).join(' '));
}

describe('paths', () => {
  it('keeps whole bodies whole', () => {
    const r = one("declare const flag: boolean;\nclient.chat.completions.create(flag ? { model: 'o3', max_completion_tokens: 500 } : { model: 'gpt-4.1', max_tokens: 500 });");
    expect(paths(r, 'model', 'max_tokens', 'max_completion_tokens')).toEqual([
      'model="o3" max_tokens=absent max_completion_tokens=500',
      'model="gpt-4.1" max_tokens=500 max_completion_tokens=absent',
    ]);
    // The merged view still holds every value.
    expect(show(r.param('model').values)).toEqual(['"o3"', '"gpt-4.1"']);
  });

  it('takes the same side of the same condition everywhere', () => {
    const same = one("declare const fast: boolean;\nclient.chat.completions.create({ model: fast ? 'gpt-4.1-mini' : 'o3', ...(fast ? { temperature: 0.3 } : {}) });");
    expect(paths(same, 'model', 'temperature')).toEqual(['model="gpt-4.1-mini" temperature=0.3', 'model="o3" temperature=absent']);
    const structural = one("declare const o: { tier: string };\nclient.chat.completions.create({ model: o.tier === 'x' ? 'a' : 'b', stream: !(o.tier === 'x') });");
    expect(paths(structural, 'model', 'stream')).toEqual(['model="a" stream=false', 'model="b" stream=true']);
  });

  it('treats conditions over reassigned bindings or calls as independent', () => {
    const reassigned = one("let fast = true;\nexport function flip() { fast = !fast; }\nclient.chat.completions.create({ model: fast ? 'a' : 'b', stream: fast ? true : false });");
    expect(paths(reassigned, 'model', 'stream')).toContain('model="a" stream=false');
    const calls = one("declare function pick(): boolean;\nclient.chat.completions.create({ model: pick() ? 'a' : 'b', stream: pick() ? true : false });");
    expect(calls.paths).toHaveLength(4);
  });

  it('decides guards on each path', () => {
    const r = one(
      "const SET = new Set(['o3']);\nfunction ask(model: string) {\n  return client.chat.completions.create({ model, a: SET.has(model), b: model.startsWith('o'), c: /^o\\d/.test(model), d: model === 'o3', e: ['o3'].includes(model), f: !SET.has(model) && model.endsWith('1') });\n}\nask('o3');\nask('gpt-4.1');",
    );
    expect(paths(r, 'model', 'a', 'b', 'c', 'd', 'e', 'f')).toEqual([
      'model="o3" a=true b=true c=true d=true e=true f=false',
      'model="gpt-4.1" a=false b=false c=false d=false e=false f=true',
    ]);
  });

  it('does not decide a guard over a collection that changes', () => {
    const r = one("const SET = new Set(['o3']);\nSET.add('gpt-4.1');\nfunction ask(model: string) {\n  return client.chat.completions.create({ model, a: SET.has(model) });\n}\nask('gpt-4.1');");
    expect(paths(r, 'a')).toEqual(['a=call:SET.has']);
    // However the change is written: through a wrapper, a computed key, a local function.
    for (const change of ["(LIST as string[]).push('o3');", "LIST!.push('o3');", "LIST['push']('o3');", 'Object.assign(LIST, { 1: "o3" });', "function add(list: string[]) { list.push('o3'); }\nadd(LIST);"]) {
      const changed = one(`const LIST = ['gpt-4.1'];\n${change}\nclient.chat.completions.create({ model: 'o3', a: LIST.includes('o3') });`);
      // Not decided (the guard's value stays unknown or a call), on every path.
      expect(paths(changed, 'a').filter((p) => /=(true|false)$/.test(p)), change).toEqual([]);
    }
    // Unchanged, the guard is decided.
    expect(paths(one("const LIST = ['gpt-4.1'];\nclient.chat.completions.create({ model: 'o3', a: LIST.includes('o3') });"), 'a')).toEqual(['a=false']);
  });

  it('makes what an undecidable guard over the model guards unknown, and not sent', () => {
    const r = one("import { isReasoning } from './m';\nconst model = 'o3';\nclient.chat.completions.create({ model, ...(isReasoning(model) ? {} : { temperature: 0.2 }) });");
    const temperature = r.paths.map((p) => getParam(p.shape, 'temperature').values.map((v) => (v.kind === 'unknown' && v.guarded ? 'guarded' : v.kind)));
    expect(temperature).toEqual([['absent'], ['guarded']]);
    expect(isWritten(r.param('temperature'))).toBe(false);
    expect(show(r.param('model').values)).toEqual(['"o3"']);
    const debug = one("import { debug } from './env';\nclient.chat.completions.create({ model: 'o3', ...(debug ? { temperature: 0.2 } : {}) });");
    expect(paths(debug, 'temperature')).toEqual(['temperature=0.2', 'temperature=absent']);
  });

  it('caps the paths of a request and leaves the rest unknown', () => {
    const keys = Array.from({ length: 8 }, (_, i) => `k${i}: c${i} ? 1 : 2`).join(', ');
    const declarations = Array.from({ length: 8 }, (_, i) => `declare const c${i}: boolean;`).join('\n');
    const r = one(`${declarations}\nclient.chat.completions.create({ model: 'o3', ${keys}, temperature: 0.2 });`);
    expect(r.capped).toBe(true);
    expect(r.paths.length).toBeLessThanOrEqual(MAX_PATHS);
    expect(show(r.param('k7').values)).toEqual(['unknown']);
    expect(show(r.param('temperature').values)).toEqual(['0.2']);
    expect(modelPaths(r, parseSettings({})).complete).toBe(false);
  });

  it('stops after MAX_WORK resolution steps: the rest is unknown and the request capped', () => {
    // Each spread of a local object costs a few steps; this body needs more than the budget.
    const count = Math.ceil(MAX_WORK / 2);
    const declarations = Array.from({ length: count }, (_, i) => `const b${i} = { x${i}: ${i} };`).join('\n');
    const spreads = Array.from({ length: count }, (_, i) => `...b${i}`).join(', ');
    const r = one(`${declarations}\nclient.chat.completions.create({ ${spreads}, model: 'o3', logprobs: true });`);
    expect(r.capped).toBe(true);
    expect(show(r.param('model').values)).toEqual(['unknown']);
    expect(modelPaths(r, parseSettings({})).complete).toBe(false);
    // Within the budget, the same shape is resolved whole.
    const small = one("const b0 = { x0: 0 };\nclient.chat.completions.create({ ...b0, model: 'o3', logprobs: true });");
    expect(small.capped).toBe(false);
    expect(show(small.param('model').values)).toEqual(['"o3"']);
  });
});

describe('a value resolved once for every path it does not depend on', () => {
  // Six independent conditions before `messages`: 64 paths. `messages` (about 35 resolution steps)
  // reads none of their choices, so it is resolved once, not 64 times (which would exceed MAX_WORK).
  const conditions = Array.from({ length: 6 }, (_, i) => `...(c${i} ? { k${i}: ${i} } : {})`).join(', ');
  const declared = Array.from({ length: 6 }, (_, i) => `declare const c${i}: boolean;`).join('\n');
  const messages = `[${Array.from({ length: 16 }, (_, i) => `{ role: 'user', content: 'm${i}' }`).join(', ')}]`;

  it('gives every path the value, within the budget', () => {
    const r = one(`${declared}\nclient.chat.completions.create({ ${conditions}, messages: ${messages}, model: 'o3' });`);
    expect(r.paths).toHaveLength(64);
    expect(r.capped).toBe(false);
    const sent = `[${Array.from({ length: 16 }, () => '{role,content}').join(',')}]`;
    for (const path of r.paths) expect(show(getParam(path.shape, 'messages').values)).toEqual([sent]);
    expect(show(r.param('model').values)).toEqual(['"o3"']);
  });

  it('keeps a later choice of its own on each path, paired with that path', () => {
    const r = one("declare const a: boolean;\ndeclare const b: boolean;\nclient.chat.completions.create({ ...(a ? { temperature: 0.2 } : {}), model: b ? 'o3' : 'gpt-4.1' });");
    expect(paths(r, 'temperature', 'model').sort()).toEqual([
      'temperature=0.2 model="gpt-4.1"',
      'temperature=0.2 model="o3"',
      'temperature=absent model="gpt-4.1"',
      'temperature=absent model="o3"',
    ]);
  });

  it('resolves again on each path a value that reads a choice made before it', () => {
    const r = one("declare const fast: boolean;\nclient.chat.completions.create({ ...(fast ? { temperature: 0.2 } : {}), model: fast ? 'gpt-4.1' : 'o3' });");
    expect(paths(r, 'temperature', 'model')).toEqual(['temperature=0.2 model="gpt-4.1"', 'temperature=absent model="o3"']);
  });
});

describe("a binding's initialiser resolved once for every read of the binding", () => {
  // `model` and `effort` read one initialiser: the second read reuses the first's resolution, and the
  // choice it read (`opts.config ?? {}`'s side) stays read, so each path pairs values of one side.
  const destructuring = (body: string) =>
    `declare const opts: { config?: { model?: string; effort?: string; max?: number } };\nconst { model = 'gpt-5.2', effort = 'minimal', max = 16 } = opts.config ?? {};\n${body}`;

  it('pairs the values of every read on each path', () => {
    const r = one(destructuring('client.chat.completions.create({ model, max_tokens: max, reasoning_effort: effort, messages: [] });'));
    expect(paths(r, 'model', 'reasoning_effort', 'max_tokens').sort()).toEqual([
      'model="gpt-5.2" reasoning_effort="minimal" max_tokens=16',
      'model=unknown reasoning_effort=unknown max_tokens=unknown',
    ]);
  });

  it('reads through an object built from the binding, and in nested objects', () => {
    const r = one(
      destructuring(
        'const params = { model, extra: { effort }, max };\nclient.chat.completions.create({ model: params.model, reasoning_effort: params.extra.effort, max_tokens: params.max, messages: [] });',
      ),
    );
    expect(paths(r, 'model', 'reasoning_effort', 'max_tokens').sort()).toEqual([
      'model="gpt-5.2" reasoning_effort="minimal" max_tokens=16',
      'model=unknown reasoning_effort=unknown max_tokens=unknown',
    ]);
  });

  it('a plain binding read many times keeps each path whole', () => {
    const r = one(
      "declare const fast: boolean;\nconst cfg = fast ? { model: 'gpt-4.1', t: 0.2 } : { model: 'o3', t: undefined };\nclient.chat.completions.create({ model: cfg.model, temperature: cfg.t, top_p: cfg.t, messages: [] });",
    );
    expect(paths(r, 'model', 'temperature', 'top_p').sort()).toEqual(['model="gpt-4.1" temperature=0.2 top_p=0.2', 'model="o3" temperature=absent top_p=absent']);
  });

  it('reads after the same writes share one resolution and keep the writes paired', () => {
    const r = one(
      "declare const x: boolean;\nconst p: any = { model: 'o3', messages: [] };\nif (x) {\n  p.model = 'gpt-4.1';\n  p.max_tokens = 5;\n}\nclient.chat.completions.create({ model: p.model, max_tokens: p.max_tokens, messages: p.messages });",
    );
    expect(paths(r, 'model', 'max_tokens').sort()).toEqual(['model="gpt-4.1" max_tokens=5', 'model="o3" max_tokens=absent']);
  });

  it("a parameter read several times takes one call's argument on each path", () => {
    const r = one(
      "function ask(model: string, effort: string) {\n  return client.chat.completions.create({ model, reasoning_effort: effort, max_tokens: model.startsWith('o') ? undefined : 5, messages: [] });\n}\nask('o3', 'low');\nask('gpt-4.1', 'minimal');",
    );
    expect(paths(r, 'model', 'reasoning_effort', 'max_tokens').sort()).toEqual([
      'model="gpt-4.1" reasoning_effort="minimal" max_tokens=5',
      'model="o3" reasoning_effort="low" max_tokens=absent',
    ]);
  });

  it("a class field read several times takes one side of its value's condition on each path", () => {
    const r = one(
      "declare const fast: boolean;\nclass Bot {\n  model = fast ? 'gpt-4.1' : 'o3';\n  run() {\n    return client.chat.completions.create({ model: this.model, max_tokens: this.model === 'o3' ? undefined : 5, messages: [] });\n  }\n}",
    );
    expect(paths(r, 'model', 'max_tokens').sort()).toEqual(['model="gpt-4.1" max_tokens=5', 'model="o3" max_tokens=absent']);
  });
});

describe('a member read resolves only the key it reads', () => {
  // Eight conditions in keys the request never reads: 256 combinations if the whole object were resolved.
  const declared = Array.from({ length: 8 }, (_, i) => `declare const c${i}: boolean;`).join('\n');
  const unread = Array.from({ length: 8 }, (_, i) => `k${i}: c${i} ? ${i} : ${i + 1}`).join(', ');

  it('a branch in another key adds no path and caps nothing', () => {
    const r = one(`${declared}\nconst cfg = { model: 'o3', ${unread} };\nclient.chat.completions.create({ model: cfg.model, max_tokens: 5, messages: [] });`);
    expect(r.capped).toBe(false);
    expect(paths(r, 'model', 'max_tokens')).toEqual(['model="o3" max_tokens=5']);
  });

  it('a key read through a destructured binding or a destructured parameter', () => {
    const destructured = one(`${declared}\nconst { model } = { model: 'o3', ${unread} };\nclient.chat.completions.create({ model, messages: [] });`);
    expect(destructured.capped).toBe(false);
    expect(paths(destructured, 'model')).toEqual(['model="o3"']);
    const parameter = one(
      `${declared}\nfunction ask({ model }: { model: string }) {\n  return client.chat.completions.create({ model, messages: [] });\n}\nask({ model: 'o3', ${unread} });\nask({ model: 'gpt-4.1', ${unread} });`,
    );
    expect(parameter.capped).toBe(false);
    expect(paths(parameter, 'model').sort()).toEqual(['model="gpt-4.1"', 'model="o3"']);
  });

  it('spreads, Object.assign and local functions give the key read, with its own choices', () => {
    const r = one(
      `${declared}\ndeclare const late: boolean;\nconst base = { model: 'gpt-4.1', ${unread} };\nfunction make() {\n  return Object.assign({}, base, late ? { model: 'o3' } : {});\n}\nconst cfg = { ...make(), ${unread} };\nclient.chat.completions.create({ model: cfg.model, max_tokens: late ? undefined : 5, messages: [] });`,
    );
    expect(r.capped).toBe(false);
    expect(paths(r, 'model', 'max_tokens').sort()).toEqual(['model="gpt-4.1" max_tokens=5', 'model="o3" max_tokens=absent']);
    // An unknown spread after the key may override it.
    const open = one("declare const opts: object;\nconst cfg = { model: 'o3', ...opts };\nclient.chat.completions.create({ model: cfg.model, messages: [] });");
    expect(show(open.param('model').values)).toEqual(['"o3"', 'unknown']);
  });

  it('writes to other keys add no path; writes to the key read still count', () => {
    const r = one(
      "declare const x: boolean;\ndeclare const y: boolean;\nconst p: any = { model: 'o3' };\nif (x) p.temperature = 0.2;\nif (y) p.model = 'gpt-4.1';\nclient.chat.completions.create({ model: p.model, messages: [] });",
    );
    expect(paths(r, 'model').sort()).toEqual(['model="gpt-4.1"', 'model="o3"']);
    const both = one(
      "declare const x: boolean;\nconst p: any = { model: 'o3' };\nif (x) p.temperature = 0.2;\nclient.chat.completions.create({ model: p.model, temperature: p.temperature, messages: [] });",
    );
    expect(paths(both, 'model', 'temperature').sort()).toEqual(['model="o3" temperature=0.2', 'model="o3" temperature=absent']);
  });
});

describe('a condition a path has already taken', () => {
  it('takes the same side again without resolving it again', () => {
    // `provider`'s value reads a choice of its own (`m || undefined`), so a shared resolution of it
    // does not fit every path; each guard of the 30 writes used to resolve it again on every path.
    const writes = Array.from({ length: 30 }, (_, i) => `if (provider === 'a') params.k${i} = ${i};`).join('\n');
    const r = one(
      `declare const opts: { name?: string; flag: boolean };\nfunction infer(m?: string) { return m || undefined; }\nconst provider = infer(opts.name);\nconst params: any = { model: 'o3', messages: [] };\nif (opts.flag) params.model = 'gpt-4.1';\n${writes}\nclient.chat.completions.create(params);`,
    );
    expect(r.capped).toBe(false);
    // Per model: `provider` is 'a' (every write), is another string (none), or is undefined (none).
    expect(paths(r, 'model', 'k0', 'k29').sort()).toEqual([
      'model="gpt-4.1" k0=0 k29=29',
      'model="gpt-4.1" k0=absent k29=absent',
      'model="gpt-4.1" k0=absent k29=absent',
      'model="o3" k0=0 k29=29',
      'model="o3" k0=absent k29=absent',
      'model="o3" k0=absent k29=absent',
    ]);
  });
});

describe('flow-sensitive writes', () => {
  it('replaces on every path, adds a path when conditional, ignores what runs after', () => {
    expect(show(one("const p = { model: 'o3' };\np.model = 'gpt-4.1';\nclient.chat.completions.create(p);").param('model').values)).toEqual(['"gpt-4.1"']);
    expect(show(one("declare const x: boolean;\nconst p = { model: 'o3' };\nif (x) p.model = 'gpt-4.1';\nclient.chat.completions.create(p);").param('model').values)).toEqual([
      '"gpt-4.1"',
      '"o3"',
    ]);
    expect(show(one("const p = { model: 'o3' };\nclient.chat.completions.create(p);\np.model = 'gpt-4.1';").param('model').values)).toEqual(['"o3"']);
    // In a loop around both, a later write reaches the next round's call.
    expect(
      show(one("declare const xs: string[];\nconst p = { model: 'o3' };\nfor (const x of xs) {\n  client.chat.completions.create(p);\n  p.model = 'gpt-4.1';\n}").param('model').values),
    ).toEqual(['"gpt-4.1"', '"o3"']);
    // A callback may run at any time.
    expect(show(one("declare function later(f: () => void): void;\nconst p = { model: 'o3' };\nlater(() => { p.model = 'gpt-4.1'; });\nclient.chat.completions.create(p);").param('model').values)).toEqual([
      '"gpt-4.1"',
      '"o3"',
    ]);
  });

  it('an object written in very many places: each written key may hold anything', () => {
    const writes = Array.from({ length: 40 }, (_, i) => `p.k${i % 5} = ${i};`).join('\n');
    const r = one(`const p: any = { model: 'o3', k0: 'x' };\n${writes}\nclient.chat.completions.create(p);`);
    expect(show(r.param('model').values)).toEqual(['"o3"']);
    expect(show(r.param('k0').values)).toEqual(['"x"', 'unknown']);
    expect(show(r.param('k1').values)).toEqual(['absent', 'unknown']);
  });

  it('counts nested writes and deletes', () => {
    const r = one("const p = { model: 'gpt-5.1', reasoning: { effort: 'high' }, logprobs: true };\np.reasoning.effort = 'none';\ndelete p.logprobs;\nclient.responses.create(p);");
    expect(show(r.values('reasoning.effort'))).toEqual(['"none"']);
    expect(show(r.param('logprobs').values)).toEqual(['absent']);
    // A write has no property to fix: never a local write.
    expect(r.writes('reasoning.effort')).toEqual([]);
  });

  it('counts the writes of a local function the object is passed to', () => {
    const r = one("function tune(q: any) { q.model = 'o3'; delete q.top_p; }\nconst p = { model: 'gpt-4.1', top_p: 1 };\ntune(p);\nclient.chat.completions.create(p);");
    expect(show(r.param('model').values)).toEqual(['"o3"']);
    expect(show(r.param('top_p').values)).toEqual(['absent']);
    const imported = one("import { tune } from './t';\nconst p = { model: 'gpt-4.1' };\ntune(p);\nclient.chat.completions.create(p);");
    expect(show(imported.param('model').values)).toEqual(['"gpt-4.1"']);
  });

  it('makes an array that is pushed to not exactly its literal, with the pushed elements', () => {
    const r = one("const messages = [{ role: 'user', content: 'a' }];\nmessages.push({ role: 'user', content: 'b' });\nclient.chat.completions.create({ model: 'o3', messages });");
    const [value] = r.param('messages').values;
    expect(value.kind === 'array' && value.elements).toBe(null);
    expect(value.kind === 'array' && value.added?.length).toBe(2);
    expect(show(one("const messages = [{ role: 'user', content: 'a' }];\nclient.chat.completions.create({ model: 'o3', messages });").param('messages').values)).toEqual(['[{role,content}]']);
  });
});

describe('more values', () => {
  it('a computed key named by a const string is that key; by a parameter, any key', () => {
    const named = one("const KEY = 'model';\nconst TEMP = 'temperature' as const;\nclient.chat.completions.create({ [KEY]: 'o3', [TEMP]: 0.2 });");
    expect(show(named.param('model').values)).toEqual(['"o3"']);
    expect(show(named.param('temperature').values)).toEqual(['0.2']);
    const param = one("function send(key: string) {\n  return client.chat.completions.create({ model: 'o3', [key]: 0.2 });\n}");
    expect(show(param.param('temperature').values)).toEqual(['unknown']);
    const reassigned = one("let KEY = 'model';\nKEY = 'other';\nclient.chat.completions.create({ [KEY]: 'o3' });");
    expect(show(reassigned.param('model').values)).toEqual(['unknown']);
  });

  it('a let assigned several times: every visible assignment, flow-sensitively', () => {
    expect(show(one("declare const x: boolean;\nlet m = 'a';\nif (x) m = 'b';\nclient.chat.completions.create({ model: m });").param('model').values)).toEqual(['"b"', '"a"']);
    expect(show(one("declare function pick(): string;\nlet m = 'a';\nm = pick();\nclient.chat.completions.create({ model: m });").param('model').values)).toEqual(['call:pick']);
    expect(show(one("let m = 'a';\nm += 'b';\nclient.chat.completions.create({ model: m });").param('model').values)).toEqual(['unknown']);
    const chain = one("declare const a: boolean;\ndeclare const b: boolean;\nlet m;\nif (a) m = 'x';\nelse if (b) m = 'y';\nelse m = 'z';\nclient.chat.completions.create({ model: m });");
    expect(show(chain.param('model').values)).toEqual(['"x"', '"y"', '"z"']);
  });

  it('switch assignments: each case on the side of `discriminant === test`, with fallthrough as a plain possibility', () => {
    const r = one("declare const t: string;\nlet m;\nswitch (t) {\n  case 'a': m = 'o3'; break;\n  case 'b': m = 'o1'; break;\n  default: m = 'gpt-4.1';\n}\nclient.chat.completions.create({ model: m, a: t === 'a' });");
    expect(paths(r, 'model', 'a')).toEqual(['model="o3" a=true', 'model="o1" a=false', 'model="gpt-4.1" a=false']);
    const fallthrough = one("declare const t: string;\nlet m = 'x';\nswitch (t) {\n  case 'a': m = 'o3';\n  case 'b': m = 'o1'; break;\n}\nclient.chat.completions.create({ model: m });");
    expect(show(fallthrough.param('model').values)).toEqual(['"o1"', '"o3"', '"x"']);
  });

  it('bigint literals in conditions: the same condition takes the same side, and switch cases exclude each other', () => {
    // `JSON.stringify` cannot write a bigint: the condition's key threw before.
    const same = one("declare const n: bigint;\nclient.chat.completions.create({ model: n === 1n ? 'o3' : 'gpt-4.1', logprobs: n === 1n ? undefined : true });");
    expect(paths(same, 'model', 'logprobs')).toEqual(['model="o3" logprobs=absent', 'model="gpt-4.1" logprobs=true']);
    const cases = one("declare const n: bigint;\nlet m;\nswitch (n) {\n  case 1n: m = 'o3'; break;\n  case 2n: m = 'o1'; break;\n  default: m = 'gpt-4.1';\n}\nclient.chat.completions.create({ model: m, a: n === 2n });");
    expect(paths(cases, 'model', 'a')).toEqual(['model="o3" a=false', 'model="o1" a=true', 'model="gpt-4.1" a=false']);
    // A bigint is not the number with the same digits.
    const distinct = one("declare const n: bigint | number;\nclient.chat.completions.create({ model: n === 1n ? 'o3' : 'gpt-4.1', a: n === 1 });");
    expect(paths(distinct, 'model', 'a')).toEqual(['model="o3" a=false', 'model="gpt-4.1" a=unknown']);
    const member = one("declare const o: any;\nclient.chat.completions.create({ model: o[1n] === 'x' ? 'o3' : 'gpt-4.1', a: o[1n] === 'x' });");
    expect(paths(member, 'model', 'a')).toEqual(['model="o3" a=true', 'model="gpt-4.1" a=false']);
  });

  it('for-of over a const array: each element a path; over anything else unknown', () => {
    expect(show(one("const MODELS = ['o3', 'gpt-5.5'] as const;\nfor (const m of MODELS) client.chat.completions.create({ model: m, store: m === 'o3' });").param('model').values)).toEqual(['"o3"', '"gpt-5.5"']);
    const r = one("for (const m of ['o3', 'gpt-5.5']) client.chat.completions.create({ model: m, store: m === 'o3' });");
    expect(paths(r, 'model', 'store')).toEqual(['model="o3" store=true', 'model="gpt-5.5" store=false']);
    expect(show(one("declare const list: string[];\nfor (const m of list) client.chat.completions.create({ model: m });").param('model').values)).toEqual(['unknown']);
  });

  it('Object.assign onto a fresh object, and local function returns', () => {
    const assign = one("const BASE = { model: 'o3', temperature: 1 };\nclient.chat.completions.create(Object.assign({}, BASE, { temperature: 0.2 }));");
    expect(show(assign.param('model').values)).toEqual(['"o3"']);
    expect(show(assign.param('temperature').values)).toEqual(['0.2']);
    // Not a fresh first argument: that object is changed, the call is not a literal.
    expect(show(one("declare const target: any;\nclient.chat.completions.create(Object.assign(target, { model: 'o3' }));").bodyValues)).toEqual(['call:Object.assign']);
    const returns = one("declare const x: boolean;\nfunction build() {\n  if (x) return { model: 'o3' };\n  return { model: 'gpt-4.1' };\n}\nclient.chat.completions.create(build());");
    expect(show(returns.param('model').values)).toEqual(['"o3"', '"gpt-4.1"']);
    // The collector the client pass shares: a nested function's or class's returns are not the function's; an arrow's expression body is.
    const own = one("function build() {\n  const inner = () => { return { model: 'o1' }; };\n  class K { m() { return { model: 'o1' }; } }\n  return { model: 'o3' };\n}\nclient.chat.completions.create(build());");
    expect(show(own.param('model').values)).toEqual(['"o3"']);
    expect(show(one("const build = () => ({ model: 'o3' });\nclient.chat.completions.create(build());").param('model').values)).toEqual(['"o3"']);
  });

  // The local function a call names is the one a fixed binding holds, for returns and for writes
  // (the rule the client pass uses for a factory); before, only a bare `const` initialiser counted.
  it.each([
    ['a `let` never written again', "let build = () => ({ model: 'o3' });\nclient.chat.completions.create(build());", ['"o3"']],
    ['a `var` never written again', "var build = function () { return { model: 'o3' }; };\nclient.chat.completions.create(build());", ['"o3"']],
    ['a `const` initialiser under `as`', "const build = (() => ({ model: 'o3' })) as () => { model: string };\nclient.chat.completions.create(build());", ['"o3"']],
    ['the writes of a `let`-bound function', "let tune = (q: any) => { q.model = 'o3'; };\nconst p = { model: 'gpt-4.1' };\ntune(p);\nclient.chat.completions.create(p);", ['"o3"']],
    ['not a reassigned `let`', "let build = () => ({ model: 'o3' });\nbuild = () => ({ model: 'o1' });\nclient.chat.completions.create(build());", ['unknown']],
    ['not a name destructured out of a function', "const { call: build } = () => ({ model: 'o3' });\nclient.chat.completions.create(build());", ['unknown']],
    ['not the writes of a name destructured out of a function', "const { call: tune } = (q: any) => { q.model = 'o3'; };\nconst p = { model: 'gpt-4.1' };\ntune(p);\nclient.chat.completions.create(p);", ['"gpt-4.1"']],
  ])('local function: %s', (_label, code, expected) => {
    expect(show(one(code).param('model').values)).toEqual(expected);
  });

  it('a return under an if, or after `if (t) return`, takes the side of its test', () => {
    const r = one("declare const fast: boolean;\nfunction build() {\n  if (fast) return { model: 'gpt-4.1-mini' };\n  return { model: 'o3' };\n}\nclient.chat.completions.create({ ...build(), ...(fast ? { temperature: 0.3 } : {}) });");
    expect(paths(r, 'model', 'temperature')).toEqual(['model="gpt-4.1-mini" temperature=0.3', 'model="o3" temperature=absent']);
    const nested = one("declare const a: boolean;\nfunction build() {\n  if (a) { return { model: 'o3' }; } else { return { model: 'o1' }; }\n}\nclient.chat.completions.create({ ...build(), store: a });");
    expect(paths(nested, 'model', 'store')).toEqual(['model="o3" store=unknown', 'model="o1" store=unknown']);
  });

  it('a local function called at two sites gives each site its own arguments', () => {
    const requests = analyze(`${pre}function build(m: string) { return { model: m }; }\nclient.chat.completions.create(build('o3'));\nclient.chat.completions.create(build('gpt-4.1'));`);
    expect(requests.map((r) => show(r.param('model').values))).toEqual([['"o3"'], ['"gpt-4.1"']]);
  });

  it('destructuring with defaults', () => {
    expect(show(one("const CONFIG = {};\nconst { model = 'o3' } = CONFIG;\nclient.chat.completions.create({ model });").param('model').values)).toEqual(['"o3"']);
    expect(show(one("const CONFIG = { model: 'gpt-4.1' };\nconst { model = 'o3' } = CONFIG;\nclient.chat.completions.create({ model });").param('model').values)).toEqual(['"gpt-4.1"']);
    expect(show(one("const CONFIG = { llm: { name: 'gpt-4.1' } };\nconst { llm: { name: model } } = CONFIG;\nclient.chat.completions.create({ model });").param('model').values)).toEqual(['"gpt-4.1"']);
    expect(show(one("const [model] = ['o3'];\nclient.chat.completions.create({ model });").param('model').values)).toEqual(['"o3"']);
    expect(show(one("declare const CONFIG: any;\nconst { model = 'o3' } = CONFIG;\nclient.chat.completions.create({ model });").param('model').values)).toEqual(['unknown']);
  });

  it('the SDK zod helpers give their API shapes', () => {
    const z = "import { zodResponseFormat, zodTextFormat } from 'openai/helpers/zod';\ndeclare const A: any;\n";
    const chat = one(`${z}client.chat.completions.create({ model: 'o3', response_format: zodResponseFormat(A, 'answer') });`);
    expect(show(chat.values('response_format.type'))).toEqual(['"json_schema"']);
    expect(show(chat.values('response_format.json_schema.name'))).toEqual(['"answer"']);
    expect(show(chat.values('response_format.json_schema.strict'))).toEqual(['true']);
    const responses = one(`${z}client.responses.create({ model: 'o3', input: 'x', text: { format: zodTextFormat(A, 'answer') } });`);
    expect(show(responses.values('text.format.name'))).toEqual(['"answer"']);
    expect(show(responses.values('text.format.schema'))).toEqual(['unknown']);
  });

  it('class fields set once', () => {
    const field = (body: string) => show(one(`class Bot {\n${body}\n  run() { return client.chat.completions.create({ model: this.model }); }\n}`).param('model').values);
    expect(field("  private readonly model = 'o3';")).toEqual(['"o3"']);
    expect(field("  model: string;\n  constructor() { this.model = 'o3'; }")).toEqual(['"o3"']);
    expect(field("  model = 'o3';\n  set(m: string) { this.model = m; }")).toEqual(['unknown']);
    expect(field("  model: string;\n  constructor(x: boolean) { if (x) this.model = 'o3'; }")).toEqual(['unknown']);
    expect(field("  model = 'o3';\n  bump() { this.model += '-mini'; }")).toEqual(['unknown']);
    // A private field (`#model`) is read like any other field of the class.
    const privateField = (body: string) => show(one(`class Bot {\n${body}\n  run() { return client.chat.completions.create({ model: this.#model }); }\n}`).param('model').values);
    expect(privateField("  #model = 'o3';")).toEqual(['"o3"']);
    expect(privateField("  #model: string;\n  constructor() { this.#model = 'o3'; }")).toEqual(['"o3"']);
    expect(privateField("  #model = 'o3';\n  set(m: string) { this.#model = m; }")).toEqual(['unknown']);
    // A public field of the same name is another field.
    expect(privateField("  #model = 'o3';\n  model = 'gpt-4o';")).toEqual(['"o3"']);
    // Another instance's private field is not followed.
    expect(show(one("class Bot {\n  #model = 'o3';\n  run(other: Bot) { return client.chat.completions.create({ model: other.#model }); }\n}").param('model').values)).toEqual(['unknown']);
    // A field declared with a static computed key is declared (it was not seen, so a constructor write was taken as its one value).
    expect(field("  ['model'] = 'o3';")).toEqual(['"o3"']);
    expect(field("  ['model'] = 'gpt-4o';\n  constructor() { this.model = 'o3'; }")).toEqual(['unknown']);
    // A field with a computed key the file does not show may be `model`.
    expect(field("  [key()] = 'gpt-4o';\n  model = 'o3';")).toEqual(['unknown']);
    // The reader the client pass shares: a nested class's or function's `this` writes another object; `this[key]` may write any field; `??=` is a second write.
    expect(field("  model = 'o3';\n  make() { return class { model: string; constructor() { this.model = 'gpt-4o'; } }; }")).toEqual(['"o3"']);
    expect(field("  model = 'o3';\n  make() { return function (this: any) { this.model = 'gpt-4o'; }; }")).toEqual(['"o3"']);
    expect(field("  model = 'o3';\n  set(k: string, v: any) { (this as any)[k] = v; }")).toEqual(['unknown']);
    expect(field("  model = 'o3';\n  reset = () => { this.model = 'gpt-4o'; };")).toEqual(['unknown']);
    expect(field("  model: string;\n  constructor() { this.model ??= 'o3'; }")).toEqual(['unknown']);
    // A parameter property is assigned before the constructor's body runs: a write there decides the field.
    expect(field("  constructor(private model: string) { this.model = 'o3'; }")).toEqual(['"o3"']);
    // `this` in a static method is the class.
    expect(show(one("class Bot {\n  model = 'o3';\n  static run() { return client.chat.completions.create({ model: this.model }); }\n}").param('model').values)).toEqual(['unknown']);
    // So a write through `this` in a static method, a static block or a static field's initialiser writes the class, not the field.
    expect(field("  model = 'o3';\n  static reset() { this.model = 'gpt-4o'; }")).toEqual(['"o3"']);
    expect(field("  model = 'o3';\n  static { this.model = 'gpt-4o'; }")).toEqual(['"o3"']);
    expect(field("  model = 'o3';\n  static other = (this.model = 'gpt-4o');")).toEqual(['"o3"']);
    // An instance method's write beside it still counts.
    expect(field("  model = 'o3';\n  static reset() { this.model = 'gpt-4o'; }\n  retry() { this.model = 'gpt-4o'; }")).toEqual(['unknown']);
  });
});
