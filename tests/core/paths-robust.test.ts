// Unusual code through the path analysis: never a crash (issue 11 §1-3 shapes: writes, switches, loops, classes, caps).
import { it, expect } from 'vitest';
import { analyze } from './harness.js';
const pre = "import OpenAI from 'openai';\nconst client = new OpenAI();\n";
it.each([
  "let p: any = { model: 'o3' };\np = p;\nclient.chat.completions.create(p);",
  "let p: any = { model: 'o3' };\np = { ...p, model: p.model };\nclient.chat.completions.create(p);",
  "function f(p: any): any { return f(p); }\nclient.chat.completions.create(f({ model: 'o3' }));",
  "const a: any = {};\na.b.c.d = 1;\nclient.chat.completions.create(a);",
  "const a: any = [];\na[0].x = 1;\na.push(...a);\nclient.chat.completions.create({ model: 'o3', messages: a });",
  "declare const t: string;\nlet m;\nswitch (t) { case 'a': case 'b': m = 'x'; default: m = 'y'; }\nclient.chat.completions.create({ model: m });",
  "declare const t: string;\nlet m;\nswitch (t) { default: m = 'y'; break; case 'a': m = 'x'; }\nclient.chat.completions.create({ model: m });",
  "class A { #m = 'o3'; static s = this; run() { return client.chat.completions.create({ model: this.#m }); } }",
  "const { a: { b = 1 } = {}, ...rest } = {} as any;\nclient.chat.completions.create({ model: rest, b });",
  "for (const [m] of [['o3']]) client.chat.completions.create({ model: m });",
  "for await (const m of ['o3']) client.chat.completions.create({ model: m });",
  "let m = 'a';\nfor (m of ['o3']) {}\nclient.chat.completions.create({ model: m });",
  "const o: any = {};\nObject.assign(o, null, undefined, 1, 'xy', [1]);\nclient.chat.completions.create(o);",
  "function g(p: any) { delete p[Symbol.iterator]; p.x++; }\nconst o = { model: 'o3' };\ng(o);\nclient.chat.completions.create(o);",
  "const re = /(/;\nclient.chat.completions.create({ model: 'o3', x: re.test('a') ? 1 : 2 });",
  "const S = new Set();\nfunction ask(model: string) { return client.chat.completions.create({ model, x: S.has(model) ? 1 : 2 }); }\nask('o3');",
  `client.chat.completions.create({ model: 'o3', ${Array.from({ length: 40 }, (_, i) => `k${i}: Math.random() ? ${i} : ${i + 1}`).join(', ')} });`,
])('%s', (code) => {
  expect(() => analyze(pre + code)).not.toThrow();
});
