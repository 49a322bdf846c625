// Values across functions in the same file: a local function that forwards its parameter into the
// request, called only directly with static values, gives the union of its calls' arguments; each
// value names the call that supplied it. Exported functions, or functions used as values, stay unknown.
import { describe, expect, it } from 'vitest';
import { modelPaths } from '../../src/analysis/model-paths.js';
import { pathsMeeting, viaPhrase } from '../../src/rule-kit/report.js';
import { parseSettings } from '../../src/settings.js';
import { viaOf, type Value } from '../../src/analysis/value-model.js';
import { analyze, show } from './harness.js';

const pre = "import OpenAI from 'openai';\nconst client = new OpenAI();\n";

function one(code: string) {
  const requests = analyze(pre + code);
  expect(requests).toHaveLength(1);
  return requests[0];
}

/** Values with the line of the call that supplied them: `"o3"@5`. */
function withLines(values: readonly Value[]): string[] {
  return values.map((v, i) => {
    const via = viaOf(v);
    return via ? `${show([v])[0]}@${via.loc.start.line}` : show(values)[i];
  });
}

const ask = 'function ask(model) {\n  return client.chat.completions.create({ model, messages: [] });\n}\n';

describe('a parameter forwarded into the request', () => {
  it('takes the union of every call’s argument, each with its call', () => {
    const r = one(`${ask}ask('o3');\nask('gpt-4.1');`);
    expect(withLines(r.param('model').values)).toEqual(['"o3"@6', '"gpt-4.1"@7']);
  });

  it('resolves each argument where its call is (consts, members, conditionals, templates)', () => {
    const r = one(`${ask}const M = 'o3';\nconst cfg = { model: 'o1' } as const;\ndeclare const c: boolean;\nask(M);\nask(cfg.model);\nask(c ? 'gpt-5' : \`gpt-4o\`);`);
    expect(show(r.param('model').values)).toEqual(['"o3"', '"o1"', '"gpt-5"', '"gpt-4o"']);
  });

  it.each([
    ['an arrow bound to a const', "const ask = (model: string) => client.chat.completions.create({ model, messages: [] });\nask('o3');"],
    ['a function expression bound to a const', "const ask = async function (model) { return client.responses.create({ model, input: 'x' }); };\nask('o3');"],
    ['an awaited call', "async function ask(model) { return client.chat.completions.create({ model }); }\nasync function main() { await ask('o3'); }"],
    ['a TS `this` parameter', "function ask(this: unknown, model: string) { return client.chat.completions.create({ model }); }\nask('o3');"],
    ['a type-only reference', "function ask(model: string) { return client.chat.completions.create({ model }); }\ntype R = ReturnType<typeof ask>;\nask('o3');"],
  ])('%s', (_label, code) => {
    expect(show(one(code).param('model').values)).toEqual(['"o3"']);
  });

  it('a missing argument is absent, or the default value', () => {
    expect(show(one(`${ask}ask();\nask(undefined);\nask('o3');`).param('model').values)).toEqual(['absent', '"o3"']);
    const withDefault = "function ask(model = 'gpt-4.1') { return client.chat.completions.create({ model }); }\nask();\nask('o3');";
    expect(withLines(one(withDefault).param('model').values)).toEqual(['"gpt-4.1"@4', '"o3"@5']);
  });

  it('destructured parameters, with defaults', () => {
    const code =
      "function ask({ model, effort = 'low' }: { model: string; effort?: string }) {\n  return client.chat.completions.create({ model, reasoning_effort: effort });\n}\nask({ model: 'o3' });\nask({ model: 'o1', effort: 'high' });";
    const r = one(code);
    expect(show(r.param('model').values)).toEqual(['"o3"', '"o1"']);
    expect(withLines(r.param('reasoning_effort').values)).toEqual(['"low"@6', '"high"@7']);
  });

  it('a whole params object passed in: its writes are not local to the request', () => {
    const r = one("function send(params) { return client.chat.completions.create(params); }\nsend({ model: 'o3', logprobs: true, messages: [] });");
    expect(show(r.param('model').values)).toEqual(['"o3"']);
    expect(r.param('logprobs').writes.map((w) => w.local)).toEqual([false]);
  });

  it('chains through local functions: the value names the call where it is written', () => {
    const code = `${ask}function outer(m) { return ask(m); }\nouter('o3');\nask('gpt-4.1');`;
    expect(withLines(one(code).param('model').values)).toEqual(['"o3"@7', '"gpt-4.1"@8']);
  });
});

describe('stays unknown', () => {
  it.each([
    ['an exported function', "export function ask(model) { return client.chat.completions.create({ model }); }\nask('o3');"],
    ['an exported const', "export const ask = (model) => client.chat.completions.create({ model });\nask('o3');"],
    ['a default export', "export default function ask(model) { return client.chat.completions.create({ model }); }\nask('o3');"],
    ['`export { ask }`', "function ask(model) { return client.chat.completions.create({ model }); }\nask('o3');\nexport { ask };"],
    ['`module.exports`', "function ask(model) { return client.chat.completions.create({ model }); }\nask('o3');\nmodule.exports = { ask };"],
    ['passed as a value', "function ask(model) { return client.chat.completions.create({ model }); }\nask('o3');\n['x'].map(ask);"],
    ['stored', "function ask(model) { return client.chat.completions.create({ model }); }\nask('o3');\nconst f = ask;"],
    ['called through .call', "function ask(model) { return client.chat.completions.create({ model }); }\nask.call(null, 'o3');"],
    ['never called', "function ask(model) { return client.chat.completions.create({ model }); }"],
    ['an unknown argument', "function ask(model) { return client.chat.completions.create({ model }); }\ndeclare const m: string;\nask(m);"],
    ['a spread argument', "function ask(model) { return client.chat.completions.create({ model }); }\ndeclare const args: [string];\nask(...args);"],
    ['a reassigned parameter', "function ask(model) { model = model.trim(); return client.chat.completions.create({ model }); }\nask('o3');"],
    ['a `let` binding', "let ask = (model) => client.chat.completions.create({ model });\nask('o3');"],
    ['a method', "const api = { ask(model) { return client.chat.completions.create({ model }); } };\napi.ask('o3');"],
    ['recursion', "function ask(model) { if (!model) return ask(model); return client.chat.completions.create({ model }); }"],
    ['a rest parameter', "function ask(...models) { return client.chat.completions.create({ model: models[0] }); }\nask('o3');"],
  ])('%s', (_label, code) => {
    expect(show(one(code).param('model').values)).toEqual(['unknown']);
  });

  it('mixed: a known call and an unknown one give both', () => {
    const r = one("function ask(model) { return client.chat.completions.create({ model }); }\ndeclare const m: string;\nask('o3');\nask(m);");
    expect(show(r.param('model').values)).toEqual(['"o3"', 'unknown']);
  });
});

describe('calls are exclusive', () => {
  const settings = parseSettings({});
  const code =
    "function ask(model, effort, logprobs) {\n  return client.chat.completions.create({ model, reasoning_effort: effort, logprobs, messages: [] });\n}\nask('gpt-5.1', 'none', true);\nask('gpt-5.1', 'high', false);";

  it('model × effort paths only combine values from the same call', () => {
    const paths = modelPaths(one(code), settings).paths;
    expect(paths.map((p) => `${p.model}/${p.effort}@${p.via.map((c) => c.loc.start.line).join(',')}`)).toEqual([
      'gpt-5.1/none@6',
      'gpt-5.1/high@7',
    ]);
  });

  it('pathsMeeting keeps the paths a value can meet', () => {
    const r = one(code);
    const paths = modelPaths(r, settings).paths;
    const sendsTrue = r.param('logprobs').values.filter((v) => v.kind === 'primitive' && v.value === true);
    expect(pathsMeeting(paths, sendsTrue).map((p) => p.effort)).toEqual(['none']);
  });

  it('viaPhrase names the calls', () => {
    const paths = modelPaths(one(code), settings).paths;
    expect(viaPhrase(paths)).toBe(' from the calls at lines 6 and 7');
    expect(viaPhrase(paths.slice(1))).toBe(' from the call at line 7');
    expect(viaPhrase(modelPaths(one("client.chat.completions.create({ model: 'o3' })"), settings).paths)).toBe('');
  });
});
