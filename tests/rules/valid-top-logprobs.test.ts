import rule from '../../rules/valid-top-logprobs.js';
import { jsRuleTester, ruleTester } from '../rule-tester.js';

const header = "import OpenAI from 'openai';\nconst client = new OpenAI();\n";
const create = (body: string) => `${header}client.chat.completions.create(${body});`;
const byDefault = 'its default reasoning effort `none`';
const written = 'reasoning effort `none`';

ruleTester.run('valid-top-logprobs', rule, {
  valid: [
    // In range, with logprobs: true.
    create("{ model: 'gpt-4.1', logprobs: true, top_logprobs: 20, messages: [] }"),
    create("{ model: 'gpt-4o', logprobs: true, top_logprobs: 0, messages: [] }"),
    // Not sent.
    create("{ model: 'gpt-4.1', top_logprobs: undefined, messages: [] }"),
    create("{ model: 'gpt-4.1', logprobs: false, top_logprobs: null, messages: [] }"),
    // Unknown values are never errors.
    `${header}declare const k: number;\nclient.chat.completions.create({ model: 'gpt-4.1', top_logprobs: k, messages: [] });`,
    `${header}declare const lp: boolean;\nclient.chat.completions.create({ model: 'gpt-4.1', logprobs: lp, top_logprobs: 5, messages: [] });`,
    `${header}declare function pick(): number;\nclient.chat.completions.create({ model: 'gpt-4.1', top_logprobs: pick(), messages: [] });`,
    `${header}declare const base: any;\nclient.chat.completions.create({ ...base, model: 'gpt-4.1', top_logprobs: 5 });`,
    // Both keys under the same condition: sent together or not at all.
    `${header}declare const want: boolean;\nclient.chat.completions.create({ model: 'gpt-4.1', messages: [], ...(want && { logprobs: true, top_logprobs: 5 }) });`,
    `${header}declare const want: boolean;\nclient.chat.completions.create({ model: 'gpt-4.1', messages: [], ...(want ? { logprobs: true, top_logprobs: 5 } : {}) });`,
    `${header}declare const want: boolean;\nclient.chat.completions.create(want ? { model: 'gpt-4.1', messages: [], logprobs: true, top_logprobs: 3 } : { model: 'gpt-4.1', messages: [] });`,
    // Every known model refuses logprobs: no-unsupported-logprobs reports it.
    create("{ model: 'o3', top_logprobs: 5, messages: [] }"),
    // gpt-5.x at effort none: up to 5.
    create("{ model: 'gpt-5.1', logprobs: true, top_logprobs: 5, messages: [] }"),
    create("{ model: 'gpt-5.5', reasoning_effort: 'none', logprobs: true, top_logprobs: 5, messages: [] }"),
    // Reasoning on (gpt-5.5 defaults to medium): no-unsupported-logprobs' business, not the cap.
    create("{ model: 'gpt-5.5', logprobs: true, top_logprobs: 10, messages: [] }"),
    `${header}declare const effort: 'none' | 'high';\nclient.chat.completions.create({ model: 'gpt-5.5', reasoning_effort: effort, logprobs: true, top_logprobs: 10, messages: [] });`,
    // Effort none on a model whose support for it is unknown (gpt-6 family).
    create("{ model: 'gpt-6-sol', reasoning_effort: 'none', logprobs: true, top_logprobs: 10, messages: [] }"),
    // Responses: no logprobs boolean, so no dependency check; in range.
    `${header}client.responses.create({ model: 'gpt-4o', top_logprobs: 5, input: 'hi' });`,
    `${header}client.responses.create({ model: 'gpt-4o', include: ['message.output_text.logprobs'], top_logprobs: 20, input: 'hi' });`,
    // The cap of 5 was captured on Chat Completions only: not applied to Responses.
    `${header}client.responses.create({ model: 'gpt-5.5', reasoning: { effort: 'none' }, include: ['message.output_text.logprobs'], top_logprobs: 10, input: 'hi' });`,
    // The streaming helper, in range.
    `${header}client.chat.completions.stream({ model: 'gpt-4.1', logprobs: true, top_logprobs: 3, messages: [] });`,
    // An OpenAI-compatible provider has its own limits.
    "import OpenAI from 'openai';\nconst local = new OpenAI({ baseURL: 'http://localhost:11434/v1' });\nlocal.chat.completions.create({ model: 'llama3', top_logprobs: 50, messages: [] });",
    // A look-alike SDK talks to another provider.
    "import Groq from 'groq-sdk';\nconst groq = new Groq();\ngroq.chat.completions.create({ model: 'llama-3.3-70b', top_logprobs: 50, messages: [{ role: 'user', content: 'hi' }] });",
    // Azure: model is a deployment name, so no per-model cap.
    "import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\naz.chat.completions.create({ model: 'gpt-5.1', logprobs: true, top_logprobs: 10, messages: [] });",
    // A numeric enum member is not resolved: unknown.
    `${header}enum K { Many = 30 }\nclient.chat.completions.create({ model: 'gpt-4.1', logprobs: true, top_logprobs: K.Many, messages: [] });`,
    // Not requests.
    `${header}client.chat.completions.create.mockResolvedValue({ top_logprobs: 50 });`,
    `${header}client.chat.completions.list({ top_logprobs: 50 });`,
    // Malformed or unusual code does not crash.
    `${header}client.chat.completions.create();`,
    `${header}declare const args: any[];\nclient.chat.completions.create(...args);`,
    `${header}client.chat.completions.create('gpt-4.1');`,
    `${header}client.chat.completions.create({ model: 'gpt-4.1', logprobs: true, get top_logprobs() { return 50; }, messages: [] });`,
    `${header}client.chat.completions.create({ model: 'gpt-4.1', top_logprobs() { return 50; }, messages: [] });`,
  ],
  invalid: [
    {
      // Inline literal: logprobs added automatically; removing top_logprobs stays a suggestion.
      code: create("{ model: 'gpt-4.1', top_logprobs: 5, messages: [] }"),
      output: null,
      errors: [
        {
          messageId: 'missingLogprobs',
          line: 3,
          column: 52,
          endLine: 3,
          endColumn: 67,
          suggestions: [{ messageId: 'addLogprobs', output: create("{ model: 'gpt-4.1', top_logprobs: 5, messages: [], logprobs: true }") }, { messageId: 'removeTopLogprobs', output: create("{ model: 'gpt-4.1', messages: [] }") }],
        },
      ],
    },
    {
      // The dependency does not depend on the model: an unknown model still gets the fix.
      code: `${header}declare const model: string;\nclient.chat.completions.create({ model, messages: [], top_logprobs: 2 });`,
      output: null,
      errors: [
        {
          messageId: 'missingLogprobs',
          line: 4,
          suggestions: [{ messageId: 'addLogprobs', output: `${header}declare const model: string;\nclient.chat.completions.create({ model, messages: [], top_logprobs: 2, logprobs: true });` }, { messageId: 'removeTopLogprobs', output: `${header}declare const model: string;\nclient.chat.completions.create({ model, messages: [] });` }],
        },
      ],
    },
    {
      // Multi-line body in a const read once: still local.
      code: `${header}const params = {\n  model: 'gpt-4o',\n  top_logprobs: 3,\n  messages: [],\n};\nawait client.chat.completions.create(params);`,
      output: null,
      errors: [
        {
          messageId: 'missingLogprobs',
          line: 5,
          suggestions: [{ messageId: 'addLogprobs', output: `${header}const params = {\n  model: 'gpt-4o',\n  top_logprobs: 3,\n  messages: [],\n  logprobs: true,\n};\nawait client.chat.completions.create(params);` }, 
            { messageId: 'removeTopLogprobs', output: `${header}const params = {\n  model: 'gpt-4o',\n  messages: [],\n};\nawait client.chat.completions.create(params);` },
          ],
        },
      ],
    },
    {
      // A base shared by two calls: reported at each call, no edit of the shared object.
      code: `${header}const base = { model: 'gpt-4o', top_logprobs: 3 };\nclient.chat.completions.create({ ...base, messages: [] });\nclient.chat.completions.create({ ...base, messages: [], n: 2 });`,
      output: null,
      errors: [
        { messageId: 'missingLogprobs', line: 4, suggestions: [] },
        { messageId: 'missingLogprobs', line: 5, suggestions: [] },
      ],
    },
    {
      // logprobs only under a condition: fails when it is falsy.
      code: `${header}declare const want: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], ...(want && { logprobs: true }), top_logprobs: 5 });`,
      output: null,
      errors: [
        {
          messageId: 'missingLogprobs',
          suggestions: [
            {
              messageId: 'removeTopLogprobs',
              output: `${header}declare const want: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], ...(want && { logprobs: true }) });`,
            },
          ],
        },
      ],
    },
    {
      code: `${header}declare const want: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], ...(want ? { logprobs: true } : {}), top_logprobs: 5 });`,
      output: null,
      errors: [
        {
          messageId: 'missingLogprobs',
          suggestions: [
            {
              messageId: 'removeTopLogprobs',
              output: `${header}declare const want: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], ...(want ? { logprobs: true } : {}) });`,
            },
          ],
        },
      ],
    },
    {
      // top_logprobs under a condition, logprobs nowhere: fails when the condition holds.
      code: `${header}declare const want: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], ...(want && { top_logprobs: 5 }) });`,
      output: null,
      errors: [
        {
          messageId: 'missingLogprobs',
          suggestions: [
            {
              messageId: 'addLogprobs',
              output: `${header}declare const want: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], ...(want && { top_logprobs: 5, logprobs: true }) });`,
            },
            {
              messageId: 'removeTopLogprobs',
              output: `${header}declare const want: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], ...(want && { }) });`,
            },
          ],
        },
      ],
    },
    {
      // logprobs: false: suggestions only.
      code: create("{ model: 'gpt-4o', logprobs: false, top_logprobs: 2, messages: [] }"),
      output: null,
      errors: [
        {
          messageId: 'logprobsFalse',
          suggestions: [
            { messageId: 'setLogprobsTrue', output: create("{ model: 'gpt-4o', logprobs: true, top_logprobs: 2, messages: [] }") },
            { messageId: 'removeTopLogprobs', output: create("{ model: 'gpt-4o', logprobs: false, messages: [] }") },
          ],
        },
      ],
    },
    {
      // false on one path.
      code: `${header}declare const c: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', logprobs: c ? true : false, top_logprobs: 2, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'logprobsFalse',
          suggestions: [
            {
              messageId: 'setLogprobsTrue',
              output: `${header}declare const c: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', logprobs: c ? true : true, top_logprobs: 2, messages: [] });`,
            },
            {
              messageId: 'removeTopLogprobs',
              output: `${header}declare const c: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', logprobs: c ? true : false, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // Shorthand property.
      code: `${header}const top_logprobs = 3;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], top_logprobs });`,
      output: null,
      errors: [
        {
          messageId: 'missingLogprobs',
          suggestions: [{ messageId: 'addLogprobs', output: `${header}const top_logprobs = 3;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], top_logprobs, logprobs: true });` }, { messageId: 'removeTopLogprobs', output: `${header}const top_logprobs = 3;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [] });` }],
        },
      ],
    },
    {
      // Optional chaining, computed string key, template-literal model, casts.
      code: `${header}client?.chat?.completions?.['create']({ model: \`gpt-4o\`, ['top_logprobs']: 4 as const, messages: [] } satisfies object);`,
      output: null,
      errors: [
        {
          messageId: 'missingLogprobs',
          suggestions: [{ messageId: 'addLogprobs', output: `${header}client?.chat?.completions?.['create']({ model: \`gpt-4o\`, ['top_logprobs']: 4 as const, messages: [], logprobs: true } satisfies object);` }, 
            { messageId: 'removeTopLogprobs', output: `${header}client?.chat?.completions?.['create']({ model: \`gpt-4o\`, messages: [] } satisfies object);` },
          ],
        },
      ],
    },
    {
      // this.client and a trailing comma.
      code: `${header}class S { client = new OpenAI(); run() { return this.client.chat.completions.create({ model: 'gpt-4o', top_logprobs: 1, }); } }`,
      output: null,
      errors: [
        {
          messageId: 'missingLogprobs',
          suggestions: [{ messageId: 'addLogprobs', output: `${header}class S { client = new OpenAI(); run() { return this.client.chat.completions.create({ model: 'gpt-4o', top_logprobs: 1, logprobs: true, }); } }` }, 
            { messageId: 'removeTopLogprobs', output: `${header}class S { client = new OpenAI(); run() { return this.client.chat.completions.create({ model: 'gpt-4o', }); } }` },
          ],
        },
      ],
    },
    {
      // Same-file alias of the completions resource; runTools may not stream but still sends the body.
      code: `${header}const completions = client.chat.completions;\ncompletions.runTools({ model: 'gpt-4o', tools: [], top_logprobs: 1 });`,
      output: null,
      errors: [
        {
          messageId: 'missingLogprobs',
          suggestions: [{ messageId: 'addLogprobs', output: `${header}const completions = client.chat.completions;\ncompletions.runTools({ model: 'gpt-4o', tools: [], top_logprobs: 1, logprobs: true });` }, { messageId: 'removeTopLogprobs', output: `${header}const completions = client.chat.completions;\ncompletions.runTools({ model: 'gpt-4o', tools: [] });` }],
        },
      ],
    },
    {
      // Azure: not model-keyed, still reported.
      code: "import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\naz.chat.completions.create({ model: 'prod-gpt', top_logprobs: 2, messages: [] });",
      output: null,
      errors: [
        {
          messageId: 'missingLogprobs',
          suggestions: [{ messageId: 'addLogprobs', output: "import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\naz.chat.completions.create({ model: 'prod-gpt', top_logprobs: 2, messages: [], logprobs: true });" }, 
            { messageId: 'removeTopLogprobs', output: "import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\naz.chat.completions.create({ model: 'prod-gpt', messages: [] });" },
          ],
        },
      ],
    },
    {
      // A comment after the last property would move: suggestion only.
      code: create("{ model: 'gpt-4o', top_logprobs: 5 /* alternatives */ }"),
      output: null,
      errors: [
        {
          messageId: 'missingLogprobs',
          suggestions: [
            { messageId: 'addLogprobs', output: create("{ model: 'gpt-4o', top_logprobs: 5, logprobs: true /* alternatives */ }") },
          ],
        },
      ],
    },
    {
      // One possible model refuses logprobs altogether: suggestion, not a fix.
      code: `${header}declare const deep: boolean;\nclient.chat.completions.create({ model: deep ? 'o3' : 'gpt-4o', top_logprobs: 5, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'missingLogprobs',
          suggestions: [
            {
              messageId: 'addLogprobs',
              output: `${header}declare const deep: boolean;\nclient.chat.completions.create({ model: deep ? 'o3' : 'gpt-4o', top_logprobs: 5, messages: [], logprobs: true });`,
            },
            {
              messageId: 'removeTopLogprobs',
              output: `${header}declare const deep: boolean;\nclient.chat.completions.create({ model: deep ? 'o3' : 'gpt-4o', messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // top_logprobs possibly absent (`c ? 5 : undefined`): suggestion.
      code: `${header}declare const c: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', top_logprobs: c ? 5 : undefined, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'missingLogprobs',
          suggestions: [
            {
              messageId: 'addLogprobs',
              output: `${header}declare const c: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', top_logprobs: c ? 5 : undefined, messages: [], logprobs: true });`,
            },
            {
              messageId: 'removeTopLogprobs',
              output: `${header}declare const c: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [] });`,
            },
          ],
        },
      ],
    },
    // Range: both APIs, no fix.
    {
      code: create("{ model: 'gpt-4o', logprobs: true, top_logprobs: 2.5, messages: [] }"),
      output: null,
      errors: [{ messageId: 'notInteger', data: { param: 'top_logprobs', value: '2.5' }, suggestions: [] }],
    },
    {
      code: create("{ model: 'gpt-4o', logprobs: true, top_logprobs: -1, messages: [] }"),
      output: null,
      errors: [{ messageId: 'belowMinimum', data: { param: 'top_logprobs', value: '-1' } }],
    },
    {
      code: create("{ model: 'gpt-4o', logprobs: true, top_logprobs: 25 as const, messages: [] }"),
      output: null,
      errors: [{ messageId: 'aboveMaximum', data: { param: 'top_logprobs', value: '25' } }],
    },
    {
      // `a ?? b`: the known side is out of range.
      code: `${header}declare const k: number | undefined;\nclient.chat.completions.create({ model: 'gpt-4o', logprobs: true, top_logprobs: k ?? 30, messages: [] });`,
      output: null,
      errors: [{ messageId: 'aboveMaximum', data: { param: 'top_logprobs', value: '30' } }],
    },
    {
      code: `${header}client.responses.create({ model: 'gpt-4o', include: ['message.output_text.logprobs'], top_logprobs: -2, input: 'hi' });`,
      output: null,
      errors: [{ messageId: 'belowMinimum', data: { param: 'top_logprobs', value: '-2' } }],
    },
    {
      // Missing logprobs and out of range: two reports, one fix.
      code: create("{ model: 'gpt-4o', top_logprobs: 50, messages: [] }"),
      output: null,
      errors: [
        { messageId: 'missingLogprobs', suggestions: [{ messageId: 'addLogprobs', output: create("{ model: 'gpt-4o', top_logprobs: 50, messages: [], logprobs: true }") }, { messageId: 'removeTopLogprobs', output: create("{ model: 'gpt-4o', messages: [] }") }] },
        { messageId: 'aboveMaximum', data: { param: 'top_logprobs', value: '50' } },
      ],
    },
    // Above 5 at effort none on gpt-5.x.
    {
      code: create("{ model: 'gpt-5.1', logprobs: true, top_logprobs: 10, messages: [] }"),
      output: null,
      errors: [
        {
          messageId: 'aboveEffortNoneCap',
          data: { param: 'top_logprobs', value: '10', model: 'gpt-5.1', effort: byDefault },
          suggestions: [{ messageId: 'setToCap', output: create("{ model: 'gpt-5.1', logprobs: true, top_logprobs: 5, messages: [] }") }],
        },
      ],
    },
    {
      code: create("{ model: 'gpt-5.5', reasoning_effort: 'none', logprobs: true, top_logprobs: 8, messages: [] }"),
      output: null,
      errors: [
        {
          messageId: 'aboveEffortNoneCap',
          data: { param: 'top_logprobs', value: '8', model: 'gpt-5.5', effort: written },
          suggestions: [
            { messageId: 'setToCap', output: create("{ model: 'gpt-5.5', reasoning_effort: 'none', logprobs: true, top_logprobs: 5, messages: [] }") },
          ],
        },
      ],
    },
    {
      // gpt-5.6-terra, the captured model; a model from an enum; the value from a const object (no edit there).
      code: `${header}enum M { Terra = 'gpt-5.6-terra' }\nconst LIMITS = { top: 6 } as const;\nclient.chat.completions.create({ model: M.Terra, reasoning_effort: 'none', logprobs: true, top_logprobs: LIMITS.top, messages: [] });`,
      output: null,
      errors: [{ messageId: 'aboveEffortNoneCap', data: { param: 'top_logprobs', value: '6', model: 'gpt-5.6-terra', effort: written }, suggestions: [] }],
    },
    {
      // `c ? 10 : 3`: only the 10 is replaced.
      code: `${header}declare const c: boolean;\nclient.chat.completions.create({ model: 'gpt-5.4', logprobs: true, top_logprobs: c ? 10 : 3, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'aboveEffortNoneCap',
          data: { param: 'top_logprobs', value: '10', model: 'gpt-5.4', effort: byDefault },
          suggestions: [
            {
              messageId: 'setToCap',
              output: `${header}declare const c: boolean;\nclient.chat.completions.create({ model: 'gpt-5.4', logprobs: true, top_logprobs: c ? 5 : 3, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // Two problems in one object: the missing logprobs is fixed, the cap stays a suggestion.
      code: create("{ model: 'gpt-5.1', top_logprobs: 10, messages: [] }"),
      output: null,
      errors: [
        { messageId: 'missingLogprobs', suggestions: [{ messageId: 'addLogprobs', output: create("{ model: 'gpt-5.1', top_logprobs: 10, messages: [], logprobs: true }") }, { messageId: 'removeTopLogprobs', output: create("{ model: 'gpt-5.1', messages: [] }") }] },
        {
          messageId: 'aboveEffortNoneCap',
          suggestions: [{ messageId: 'setToCap', output: create("{ model: 'gpt-5.1', top_logprobs: 5, messages: [] }") }],
        },
      ],
    },
  ],
});

jsRuleTester.run('valid-top-logprobs (CommonJS)', rule, {
  valid: ["const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o', logprobs: true, top_logprobs: 3 });"],
  invalid: [
    {
      code: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o', top_logprobs: 3 });",
      output: null,
      errors: [
        {
          messageId: 'missingLogprobs',
          suggestions: [{ messageId: 'addLogprobs', output: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o', top_logprobs: 3, logprobs: true });" }, { messageId: 'removeTopLogprobs', output: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o' });" }],
        },
      ],
    },
  ],
});
