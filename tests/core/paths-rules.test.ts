// Request paths, judged by the rules: model, effort and parameters from the same path (issue 11 §1-3).
// Each pattern in both directions: the path-consistent form is not reported, the failing form is.
import maxTokens from '../../rules/no-unsupported-max-tokens.js';
import logprobs from '../../rules/no-unsupported-logprobs.js';
import sampling from '../../rules/no-unsupported-sampling-params.js';
import jsonMention from '../../rules/require-json-mention-in-json-mode.js';
import streamOptions from '../../rules/require-stream-for-stream-options.js';
import predicted from '../../rules/valid-predicted-outputs.js';
import responseFormat from '../../rules/valid-response-format.js';
import { ruleTester } from '../rule-tester.js';

const header = "import OpenAI from 'openai';\nconst client = new OpenAI();\n";
const o3 = { param: 'max_tokens', model: 'o3', via: '' };
/** The code with its first `max_tokens` renamed (the rename fix or suggestion). */
const renamed = (code: string): string => code.replace('max_tokens', 'max_completion_tokens');
const rename = (code: string) => [{ messageId: 'rename' as const, output: renamed(code) }];

ruleTester.run('paths: whole bodies and the same condition', maxTokens, {
  valid: [
    // Whole bodies stay whole: `max_tokens` goes only with gpt-4.1.
    `${header}declare const flag: boolean;\nclient.chat.completions.create(flag ? { model: 'o3', max_completion_tokens: 500, messages: [] } : { model: 'gpt-4.1', max_tokens: 500, messages: [] });`,
    // The same never-reassigned binding takes the same side in the model and in the spread.
    `${header}declare const fast: boolean;\nclient.chat.completions.create({ model: fast ? 'gpt-4.1' : 'o3', messages: [], ...(fast ? { max_tokens: 5 } : {}) });`,
    `${header}declare const fast: boolean;\nclient.chat.completions.create({ model: fast ? 'gpt-4.1' : 'o3', messages: [], ...(fast && { max_tokens: 5 }) });`,
    `${header}declare const fast: boolean;\nclient.chat.completions.create({ model: !fast ? 'o3' : 'gpt-4.1', messages: [], max_tokens: fast ? 5 : undefined });`,
    // Structurally equal conditions over such bindings.
    `${header}declare const opts: { tier: string };\nclient.chat.completions.create({ model: opts.tier === 'fast' ? 'gpt-4.1' : 'o3', messages: [], ...(opts.tier === 'fast' ? { max_tokens: 5 } : {}) });`,
    // A body built once and shared by two requests keeps its paths.
    `${header}declare const fast: boolean;\nconst body = fast ? { model: 'gpt-4.1', max_tokens: 5, messages: [] } : { model: 'o3', max_completion_tokens: 5, messages: [] };\nclient.chat.completions.create(body);`,
    // A condition over a bigint literal (its key once threw: JSON cannot write a bigint).
    `${header}declare const n: bigint;\nclient.chat.completions.create({ model: n === 1n ? 'o3' : 'gpt-4.1', messages: [], max_tokens: n === 1n ? undefined : 5 });`,
  ],
  invalid: [
    {
      // The other side of a bigint condition.
      code: `${header}declare const n: bigint;\nclient.chat.completions.create({ model: n === 1n ? 'o3' : 'gpt-4.1', messages: [], max_tokens: n === 1n ? 5 : undefined });`,
      errors: [{ messageId: 'maxTokens', data: o3, line: 4, suggestions: rename(`${header}declare const n: bigint;\nclient.chat.completions.create({ model: n === 1n ? 'o3' : 'gpt-4.1', messages: [], max_tokens: n === 1n ? 5 : undefined });`) }],
    },
    {
      code: `${header}declare const flag: boolean;\nclient.chat.completions.create(flag ? { model: 'o3', max_tokens: 500, messages: [] } : { model: 'gpt-4.1', max_tokens: 500, messages: [] });`,
      errors: [{ messageId: 'maxTokens', data: o3, line: 4, suggestions: rename(`${header}declare const flag: boolean;\nclient.chat.completions.create(flag ? { model: 'o3', max_tokens: 500, messages: [] } : { model: 'gpt-4.1', max_tokens: 500, messages: [] });`) }],
    },
    {
      // The other side of the same condition.
      code: `${header}declare const fast: boolean;\nclient.chat.completions.create({ model: fast ? 'gpt-4.1' : 'o3', messages: [], ...(fast ? {} : { max_tokens: 5 }) });`,
      errors: [{ messageId: 'maxTokens', data: o3, line: 4, suggestions: rename(`${header}declare const fast: boolean;\nclient.chat.completions.create({ model: fast ? 'gpt-4.1' : 'o3', messages: [], ...(fast ? {} : { max_tokens: 5 }) });`) }],
    },
    {
      // Two different conditions: every combination is a path.
      code: `${header}declare const fast: boolean;\ndeclare const small: boolean;\nclient.chat.completions.create({ model: fast ? 'gpt-4.1' : 'o3', messages: [], ...(small ? { max_tokens: 5 } : {}) });`,
      errors: [{ messageId: 'maxTokens', data: o3, line: 5, suggestions: rename(`${header}declare const fast: boolean;\ndeclare const small: boolean;\nclient.chat.completions.create({ model: fast ? 'gpt-4.1' : 'o3', messages: [], ...(small ? { max_tokens: 5 } : {}) });`) }],
    },
    {
      // A reassigned binding is not the same condition twice.
      code: `${header}let fast = Math.random() > 0.5;\nfunction later() { fast = !fast; }\nlater();\nclient.chat.completions.create({ model: fast ? 'gpt-4.1' : 'o3', messages: [], ...(fast ? { max_tokens: 5 } : {}) });`,
      errors: [{ messageId: 'maxTokens', data: o3, line: 6, suggestions: rename(`${header}let fast = Math.random() > 0.5;\nfunction later() { fast = !fast; }\nlater();\nclient.chat.completions.create({ model: fast ? 'gpt-4.1' : 'o3', messages: [], ...(fast ? { max_tokens: 5 } : {}) });`) }],
    },
  ],
});

ruleTester.run('paths: stream_options with the same condition', streamOptions, {
  valid: [
    `${header}declare const s: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], stream: s ? true : false, stream_options: s ? { include_usage: true } : undefined });`,
    `${header}declare const s: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], stream: s, stream_options: s ? { include_usage: true } : undefined });`,
  ],
  invalid: [
    {
      code: `${header}declare const s: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], stream: s ? true : false, stream_options: !s ? { include_usage: true } : undefined });`,
      errors: [
        {
          messageId: 'streamFalse',
          line: 4,
          suggestions: [
            { messageId: 'setStreamTrue', output: `${header}declare const s: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], stream: s ? true : true, stream_options: !s ? { include_usage: true } : undefined });` },
            { messageId: 'removeStreamOptions', output: `${header}declare const s: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], stream: s ? true : false });` },
          ],
        },
      ],
    },
  ],
});

const ask = (guard: string): string =>
  `${header}function ask(model: string) {\n  return client.chat.completions.create({ model, messages: [], ...(${guard} ? {} : { max_tokens: 5 }) });\n}\nask('o3');\nask('gpt-4.1');`;
const askVia = { param: 'max_tokens', model: 'o3', via: ' from the call at line 6' };

ruleTester.run('paths: guards decided per path', maxTokens, {
  valid: [
    `${header}const REASONING = new Set(['o3', 'o1']);\n${ask('REASONING.has(model)').slice(header.length)}`,
    `${header}const REASONING = ['o3', 'o1'];\n${ask('REASONING.includes(model)').slice(header.length)}`,
    ask("['o3', 'o1'].includes(model)"),
    ask("model.startsWith('o')"),
    ask('/^o\\d/.test(model)'),
    ask("model === 'o3'"),
    ask("!(model !== 'o3')"),
    ask("model === 'o1' || model === 'o3'"),
    ask("model.startsWith('o') && model !== 'o1'"),
    // An imported guard over the model cannot be decided: what it guards is unknown, not "maybe sent".
    `${header}import { isReasoning } from './models';\nconst model = 'o3';\nclient.chat.completions.create({ model, messages: [], ...(isReasoning(model) ? {} : { max_tokens: 5 }) });`,
    `${header}import { isReasoning } from './models';\n${ask('isReasoning(model)').slice(header.length)}`,
  ],
  invalid: [
    { code: `${header}const REASONING = new Set(['o1']);\n${ask('REASONING.has(model)').slice(header.length)}`, errors: [{ messageId: 'maxTokens', data: { param: 'max_tokens', model: 'o3', via: ' from the call at line 7' }, suggestions: rename(`${header}const REASONING = new Set(['o1']);\n${ask('REASONING.has(model)').slice(header.length)}`) }] },
    { code: ask("model.startsWith('gpt')"), errors: [{ messageId: 'maxTokens', data: askVia, suggestions: rename(ask("model.startsWith('gpt')")) }] },
    { code: ask('/^gpt/.test(model)'), errors: [{ messageId: 'maxTokens', data: askVia, suggestions: rename(ask('/^gpt/.test(model)')) }] },
    { code: ask("model !== 'o3'"), errors: [{ messageId: 'maxTokens', data: askVia, suggestions: rename(ask("model !== 'o3'")) }] },
    { code: ask("['o1'].includes(model)"), errors: [{ messageId: 'maxTokens', data: askVia, suggestions: rename(ask("['o1'].includes(model)")) }] },
    {
      // A condition that reads nothing the verdict depends on still gives two known paths.
      code: `${header}import { debug } from './env';\nclient.chat.completions.create({ model: 'o3', messages: [], ...(debug ? { max_tokens: 5 } : {}) });`,
      output: renamed(`${header}import { debug } from './env';\nclient.chat.completions.create({ model: 'o3', messages: [], ...(debug ? { max_tokens: 5 } : {}) });`),
      errors: [{ messageId: 'maxTokens', data: o3, line: 4 }],
    },
  ],
});

ruleTester.run('paths: flow-sensitive writes', maxTokens, {
  valid: [
    // An assignment before the call on every path replaces the value.
    `${header}const params = { model: 'o3', max_tokens: 5, messages: [] };\nparams.model = 'gpt-4.1';\nclient.chat.completions.create(params);`,
    `${header}const params = { model: 'o3', max_tokens: 5, messages: [] as any[] };\ndelete params.max_tokens;\nclient.chat.completions.create(params);`,
    // A write after the call does not reach it.
    `${header}const params = { model: 'gpt-4.1', max_tokens: 5, messages: [] };\nclient.chat.completions.create(params);\nparams.model = 'o3';`,
    // The same condition guards the write and the parameter.
    `${header}declare const fast: boolean;\nconst params: any = { model: 'gpt-4.1', messages: [], ...(fast ? { max_tokens: 5 } : {}) };\nif (!fast) params.model = 'o3';\nclient.chat.completions.create(params);`,
    // A local function that writes its parameter counts; an imported one is assumed not to write.
    `${header}function tune(p: any) { p.model = 'gpt-4.1'; }\nconst params = { model: 'o3', max_tokens: 5, messages: [] };\ntune(params);\nclient.chat.completions.create(params);`,
    `${header}import { tune } from './tune';\nconst params = { model: 'gpt-4.1', max_tokens: 5, messages: [] };\ntune(params);\nclient.chat.completions.create(params);`,
  ],
  invalid: [
    {
      code: `${header}const params = { model: 'gpt-4.1', max_tokens: 5, messages: [] };\nparams.model = 'o3';\nclient.chat.completions.create(params);`,
      errors: [{ messageId: 'maxTokens', data: o3, line: 5 }],
    },
    {
      // A conditional write adds a path.
      code: `${header}declare const x: boolean;\nconst params = { model: 'gpt-4.1', max_tokens: 5, messages: [] };\nif (x) params.model = 'o3';\nclient.chat.completions.create(params);`,
      errors: [{ messageId: 'maxTokens', data: o3, line: 6 }],
    },
    {
      code: `${header}declare const items: string[];\nconst params = { model: 'gpt-4.1', max_tokens: 5, messages: [] };\nfor (const item of items) params.model = 'o3';\nclient.chat.completions.create(params);`,
      errors: [{ messageId: 'maxTokens', data: o3, line: 6 }],
    },
    {
      code: `${header}function tune(p: any) { p.model = 'o3'; }\nconst params = { model: 'gpt-4.1', max_tokens: 5, messages: [] };\ntune(params);\nclient.chat.completions.create(params);`,
      errors: [{ messageId: 'maxTokens', data: o3, line: 6 }],
    },
    {
      code: `${header}declare const x: boolean;\nfunction tune(p: any) { if (x) p.model = 'o3'; }\nconst params = { model: 'gpt-4.1', max_tokens: 5, messages: [] };\ntune(params);\nclient.chat.completions.create(params);`,
      errors: [{ messageId: 'maxTokens', data: o3, line: 7 }],
    },
  ],
});

ruleTester.run('paths: arrays changed after their literal', jsonMention, {
  valid: [
    `${header}declare const extra: any;\nconst messages = [{ role: 'user' as const, content: 'hi' }];\nmessages.push(extra);\nclient.chat.completions.create({ model: 'gpt-4o', response_format: { type: 'json_object' }, messages });`,
    `${header}declare const extra: any;\nconst messages: any[] = [{ role: 'user', content: 'hi' }];\nmessages[1] = extra;\nclient.chat.completions.create({ model: 'gpt-4o', response_format: { type: 'json_object' }, messages });`,
  ],
  invalid: [
    {
      code: `${header}const messages = [{ role: 'user' as const, content: 'hi' }];\nclient.chat.completions.create({ model: 'gpt-4o', response_format: { type: 'json_object' }, messages });`,
      errors: [{ messageId: 'chat', line: 4 }],
    },
  ],
});

ruleTester.run('paths: a pushed tool', predicted, {
  valid: [
    `${header}const tools: any[] = [];\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], prediction: { type: 'content', content: 'x' }, tools });`,
  ],
  invalid: [
    {
      code: `${header}declare const tool: any;\nconst tools: any[] = [];\ntools.push(tool);\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], prediction: { type: 'content', content: 'x' }, tools });`,
      errors: [
        {
          messageId: 'tools',
          line: 6,
          suggestions: [
            { messageId: 'remove', data: { param: 'prediction' }, output: `${header}declare const tool: any;\nconst tools: any[] = [];\ntools.push(tool);\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], tools });` },
            { messageId: 'remove', data: { param: 'tools' }, output: `${header}declare const tool: any;\nconst tools: any[] = [];\ntools.push(tool);\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], prediction: { type: 'content', content: 'x' } });` },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('paths: more values', maxTokens, {
  valid: [
    `${header}let model = 'o3';\nmodel = 'gpt-4.1';\nclient.chat.completions.create({ model, max_tokens: 5, messages: [] });`,
    `${header}declare const a: boolean;\nlet model: string;\nif (a) model = 'o3';\nelse model = 'gpt-4.1';\nclient.chat.completions.create({ model, max_tokens: a ? undefined : 5, messages: [] });`,
    `${header}for (const m of ['gpt-4.1', 'gpt-4o']) client.chat.completions.create({ model: m, max_tokens: 5, messages: [] });`,
    // A switch case takes the side of `discriminant === test` everywhere.
    `${header}declare const tier: string;\nlet model;\nswitch (tier) {\n  case 'deep': model = 'o3'; break;\n  default: model = 'gpt-4.1';\n}\nclient.chat.completions.create({ model, max_tokens: tier === 'deep' ? undefined : 5, messages: [] });`,
    `${header}const BASE = { model: 'gpt-4.1', messages: [] };\nclient.chat.completions.create(Object.assign({}, BASE, { max_tokens: 5 }));`,
    `${header}function build() { return { model: 'gpt-4.1', max_tokens: 5, messages: [] }; }\nclient.chat.completions.create(build());`,
    `${header}const CONFIG = { model: 'gpt-4.1' };\nconst { model = 'o3' } = CONFIG;\nclient.chat.completions.create({ model, max_tokens: 5, messages: [] });`,
    `${header}class Bot {\n  model = 'o3';\n  setModel(m: string) { this.model = m; }\n  run() { return client.chat.completions.create({ model: this.model, max_tokens: 5, messages: [] }); }\n}`,
    // Private fields: one written again is unknown; an Azure client held in one is Azure (`model` names a deployment).
    `${header}class Bot {\n  #model = 'o3';\n  setModel(m: string) { this.#model = m; }\n  run() { return client.chat.completions.create({ model: this.#model, max_tokens: 5, messages: [] }); }\n}`,
    `import { AzureOpenAI } from 'openai';\nclass Bot {\n  #client = new AzureOpenAI();\n  run() { return this.#client.chat.completions.create({ model: 'o3', max_tokens: 5, messages: [] }); }\n}`,
  ],
  invalid: [
    {
      code: `${header}declare const x: boolean;\nlet model = 'gpt-4.1';\nif (x) model = 'o3';\nclient.chat.completions.create({ model, max_tokens: 5, messages: [] });`,
      errors: [{ messageId: 'maxTokens', data: o3, line: 6, suggestions: rename(`${header}declare const x: boolean;\nlet model = 'gpt-4.1';\nif (x) model = 'o3';\nclient.chat.completions.create({ model, max_tokens: 5, messages: [] });`) }],
    },
    {
      code: `${header}declare const tier: string;\nlet model;\nswitch (tier) {\n  case 'deep': model = 'o3'; break;\n  default: model = 'gpt-4.1';\n}\nclient.chat.completions.create({ model, max_tokens: 5, messages: [] });`,
      errors: [{ messageId: 'maxTokens', data: o3, line: 9, suggestions: rename(`${header}declare const tier: string;\nlet model;\nswitch (tier) {\n  case 'deep': model = 'o3'; break;\n  default: model = 'gpt-4.1';\n}\nclient.chat.completions.create({ model, max_tokens: 5, messages: [] });`) }],
    },
    {
      code: `${header}declare const tier: string;\nlet model;\nswitch (tier) {\n  case 'deep': model = 'o3'; break;\n  default: model = 'gpt-4.1';\n}\nclient.chat.completions.create({ model, max_tokens: tier === 'deep' ? 5 : undefined, messages: [] });`,
      errors: [{ messageId: 'maxTokens', data: o3, line: 9, suggestions: rename(`${header}declare const tier: string;\nlet model;\nswitch (tier) {\n  case 'deep': model = 'o3'; break;\n  default: model = 'gpt-4.1';\n}\nclient.chat.completions.create({ model, max_tokens: tier === 'deep' ? 5 : undefined, messages: [] });`) }],
    },
    {
      code: `${header}declare const a: boolean;\nlet model: string;\nif (a) model = 'o3';\nelse model = 'gpt-4.1';\nclient.chat.completions.create({ model, max_tokens: a ? 5 : undefined, messages: [] });`,
      errors: [{ messageId: 'maxTokens', data: o3, line: 7, suggestions: rename(`${header}declare const a: boolean;\nlet model: string;\nif (a) model = 'o3';\nelse model = 'gpt-4.1';\nclient.chat.completions.create({ model, max_tokens: a ? 5 : undefined, messages: [] });`) }],
    },
    {
      code: `${header}for (const m of ['o3', 'gpt-4.1']) client.chat.completions.create({ model: m, max_tokens: 5, messages: [] });`,
      errors: [{ messageId: 'maxTokens', data: o3, line: 3, suggestions: rename(`${header}for (const m of ['o3', 'gpt-4.1']) client.chat.completions.create({ model: m, max_tokens: 5, messages: [] });`) }],
    },
    {
      code: `${header}const BASE = { model: 'o3', messages: [] };\nclient.chat.completions.create(Object.assign({}, BASE, { max_tokens: 5 }));`,
      errors: [{ messageId: 'maxTokens', data: o3, line: 4 }],
    },
    {
      code: `${header}function build() { return { model: 'o3', messages: [] }; }\nclient.chat.completions.create({ ...build(), max_tokens: 5 });`,
      output: renamed(`${header}function build() { return { model: 'o3', messages: [] }; }\nclient.chat.completions.create({ ...build(), max_tokens: 5 });`),
      errors: [{ messageId: 'maxTokens', data: o3, line: 4 }],
    },
    {
      code: `${header}const CONFIG = { temperature: 1 };\nconst { model = 'o3' } = CONFIG;\nclient.chat.completions.create({ model, max_tokens: 5, messages: [] });`,
      output: renamed(`${header}const CONFIG = { temperature: 1 };\nconst { model = 'o3' } = CONFIG;\nclient.chat.completions.create({ model, max_tokens: 5, messages: [] });`),
      errors: [{ messageId: 'maxTokens', data: o3, line: 5 }],
    },
    {
      code: `${header}class Bot {\n  private readonly model = 'o3';\n  run() { return client.chat.completions.create({ model: this.model, max_tokens: 5, messages: [] }); }\n}`,
      output: renamed(`${header}class Bot {\n  private readonly model = 'o3';\n  run() { return client.chat.completions.create({ model: this.model, max_tokens: 5, messages: [] }); }\n}`),
      errors: [{ messageId: 'maxTokens', data: o3, line: 5 }],
    },
    {
      code: `${header}class Bot {\n  model: string;\n  constructor() { this.model = 'o3'; }\n  run() { return client.chat.completions.create({ model: this.model, max_tokens: 5, messages: [] }); }\n}`,
      output: renamed(`${header}class Bot {\n  model: string;\n  constructor() { this.model = 'o3'; }\n  run() { return client.chat.completions.create({ model: this.model, max_tokens: 5, messages: [] }); }\n}`),
      errors: [{ messageId: 'maxTokens', data: o3, line: 6 }],
    },
    {
      code: `${header}class Bot {\n  #model = 'o3';\n  run() { return client.chat.completions.create({ model: this.#model, max_tokens: 5, messages: [] }); }\n}`,
      output: renamed(`${header}class Bot {\n  #model = 'o3';\n  run() { return client.chat.completions.create({ model: this.#model, max_tokens: 5, messages: [] }); }\n}`),
      errors: [{ messageId: 'maxTokens', data: o3, line: 5 }],
    },
  ],
});

// A member read resolves only the key it reads: eight branches in keys the request never reads used
// to make 256 combinations, beyond the path cap, so the request was capped and never autofixed.
const unreadKeys = Array.from({ length: 8 }, (_, i) => `k${i}: c${i} ? ${i} : ${i + 1}`).join(', ');
const unreadDeclared = Array.from({ length: 8 }, (_, i) => `declare const c${i}: boolean;`).join('\n');
const focusCode = `${header}${unreadDeclared}\nconst cfg = { model: 'o3', ${unreadKeys} };\nclient.chat.completions.create({ model: cfg.model, max_tokens: 5, messages: [] });`;
const focusValid = `${header}${unreadDeclared}\nconst cfg = { model: 'gpt-4.1', ${unreadKeys} };\nclient.chat.completions.create({ model: cfg.model, max_tokens: 5, messages: [] });`;

ruleTester.run('paths: a member read resolves only its key', maxTokens, {
  valid: [focusValid],
  invalid: [{ code: focusCode, output: renamed(focusCode), errors: [{ messageId: 'maxTokens', data: o3, line: 12 }] }],
});

ruleTester.run('paths: effort unknown where every supported effort rejects', logprobs, {
  valid: [
    // A nested write before the call replaces the effort: gpt-5.1 at `none` accepts logprobs.
    `${header}const p = { model: 'gpt-5.1', reasoning: { effort: 'high' }, top_logprobs: 2, input: 'x' };\np.reasoning.effort = 'none';\nclient.responses.create(p);`,
    // gpt-5.1 accepts logprobs at effort `none`: an unknown effort is not known to fail.
    `${header}declare const effort: any;\nclient.chat.completions.create({ model: 'gpt-5.1', reasoning_effort: effort, logprobs: true, messages: [] });`,
  ],
  invalid: [
    {
      code: `${header}const p = { model: 'gpt-5.1', reasoning: { effort: 'none' }, top_logprobs: 2, input: 'x' };\np.reasoning.effort = 'high';\nclient.responses.create(p);`,
      errors: [{ messageId: 'responsesTopLogprobs', data: { param: 'top_logprobs', model: 'gpt-5.1', effort: ' at reasoning effort `high`', via: '' }, line: 5 }],
    },
    {
      // o3 has no `none`: every effort it supports turns reasoning on.
      code: `${header}declare const effort: any;\nclient.chat.completions.create({ model: 'o3', reasoning_effort: effort, logprobs: true, messages: [] });`,
      output: `${header}declare const effort: any;\nclient.chat.completions.create({ model: 'o3', reasoning_effort: effort, messages: [] });`,
      errors: [{ messageId: 'chat', data: { param: 'logprobs', model: 'o3', effort: '', via: '' }, line: 4 }],
    },
  ],
});

ruleTester.run('paths: sampling with a model-reading guard', sampling, {
  valid: [
    `${header}declare const effort: any;\nclient.chat.completions.create({ model: 'gpt-5.1', reasoning_effort: effort, temperature: 0.2, messages: [] });`,
    `${header}declare const fast: boolean;\nclient.chat.completions.create({ model: fast ? 'gpt-4.1-mini' : 'o3', messages: [], ...(fast ? { temperature: 0.3 } : {}) });`,
    `${header}const REASONING = new Set(['o3']);\nfunction ask(model: string, temperature: number) {\n  return client.chat.completions.create({ model, messages: [], ...(REASONING.has(model) ? {} : { temperature }) });\n}\nask('o3', 0.2);\nask('gpt-4.1', 0.2);`,
  ],
  invalid: [
    {
      // An effort not known, on a model with no `none`: rejected at every effort it supports.
      code: `${header}declare const effort: any;\nclient.chat.completions.create({ model: 'o3', reasoning_effort: effort, temperature: 0.2, messages: [] });`,
      errors: [
        {
          messageId: 'temperature',
          data: { param: 'temperature', value: '0.2', errorValue: '0.2', model: 'o3', effort: 'every reasoning effort it supports', via: '' },
          line: 4,
          suggestions: [{ messageId: 'remove', data: { param: 'temperature' }, output: `${header}declare const effort: any;\nclient.chat.completions.create({ model: 'o3', reasoning_effort: effort, messages: [] });` }],
        },
      ],
    },
  ],
});

const zod = "import { zodResponseFormat, zodTextFormat } from 'openai/helpers/zod';\ndeclare const Answer: any;\n";

ruleTester.run('paths: the SDK zod helpers have known shapes', responseFormat, {
  valid: [
    `${header}${zod}client.chat.completions.create({ model: 'gpt-4o', messages: [], response_format: zodResponseFormat(Answer, 'a') });`,
    `${header}${zod}client.responses.create({ model: 'gpt-4o', input: 'x', text: { format: zodTextFormat(Answer, 'a') } });`,
    // Not the SDK's helper: unknown.
    `${header}import { zodTextFormat } from './mine';\ndeclare const Answer: any;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], response_format: zodTextFormat(Answer, 'a') });`,
  ],
  invalid: [
    {
      // The Responses helper on Chat: `json_schema` fields at the top of `response_format`.
      code: `${header}${zod}client.chat.completions.create({ model: 'gpt-4o', messages: [], response_format: zodTextFormat(Answer, 'a') });`,
      errors: [{ messageId: 'flatJsonSchema', line: 5 }],
    },
    {
      // The Chat helper on Responses: `text.format` has no `name`.
      code: `${header}${zod}client.responses.create({ model: 'gpt-4o', input: 'x', text: { format: zodResponseFormat(Answer, 'a') } });`,
      errors: [{ messageId: 'missingFormatName', line: 5 }],
    },
  ],
});
