// Type-checked mode (settings.openai.typeChecked): receivers by type, values from literal types,
// presence from declared types; nothing typed without the setting; a clear error without a program;
// type queries lazy and cached per file. Runs on a real TypeScript project: tests/fixtures/typed
// (with stand-in `openai` and `groq-sdk` declarations in its node_modules).
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { ModelNoteRuleTester as RuleTester } from '../rule-tester.js';
import { Linter } from 'eslint';
import { afterEach, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import plugin from '../../index.js';
import { isWritten } from '../../src/analysis/value-model.js';
import { analyze, show } from './harness.js';

const dir = fileURLToPath(new URL('../fixtures/typed/', import.meta.url));
const parserOptions = { projectService: { allowDefaultProject: ['*.ts'] }, tsconfigRootDir: dir };
const typed = { typeChecked: true };

function requests(code: string, settings: unknown = typed) {
  return analyze(code, { settings, filename: `${dir}file.ts`, parserOptions });
}

const pre = "import OpenAI, { AzureOpenAI } from 'openai';\nimport type { ChatModel, ChatCompletionCreateParams } from 'openai';\n";

describe('receivers by type', () => {
  it.each([
    ['a parameter typed OpenAI', 'export function f(client: OpenAI) { return client.chat.completions.create({ model: "o3", messages: [] }); }', 'openai'],
    ['a parameter typed AzureOpenAI', 'export function f(client: AzureOpenAI) { return client.chat.completions.create({ model: "o3", messages: [] }); }', 'azure'],
    ['an optional client', 'export function f(client?: OpenAI) { return client?.responses.create({ model: "o3", input: "x" }); }', 'openai'],
    [
      'a class field set from a constructor parameter',
      'export class S { constructor(private readonly llm: OpenAI) {}\n  run() { return this.llm.chat.completions.create({ model: "o3", messages: [] }); } }',
      'openai',
    ],
    ['a factory result', 'declare function makeClient(): OpenAI;\nexport const r = makeClient().chat.completions.create({ model: "o3", messages: [] });', 'openai'],
    ['an awaited factory', 'declare function makeClient(): Promise<OpenAI>;\nexport async function f() { return (await makeClient()).chat.completions.create({ model: "o3", messages: [] }); }', 'openai'],
    ['a subclass', 'class Mine extends OpenAI {}\nexport function f(c: Mine) { return c.chat.completions.create({ model: "o3", messages: [] }); }', 'openai'],
    ['a Pick of the client', "export function f(c: Pick<OpenAI, 'chat'>) { return c.chat.completions.create({ model: 'o3', messages: [] }); }", 'openai'],
    ['a generic constrained to OpenAI', 'export function f<C extends OpenAI>(c: C) { return c.chat.completions.create({ model: "o3", messages: [] }); }', 'openai'],
    ['a completions alias', 'export function f(client: OpenAI) { const completions = client.chat.completions; return completions.create({ model: "o3", messages: [] }); }', 'openai'],
    ["a groq-sdk client", "import Groq from 'groq-sdk';\nexport function f(g: Groq) { return g.chat.completions.create({ model: 'x', messages: [] }); }", 'lookalike:groq-sdk'],
    // `any`: the type says nothing, the syntax decides (not visible: unknown).
    ['any', 'export function f(c: any) { return c.chat.completions.create({ model: "o3", messages: [] }); }', 'unknown'],
  ])('%s', (_label, code, kind) => {
    const found = requests(pre + code).map((r) => (r.site.client.sdk ? `${r.site.client.kind}:${r.site.client.sdk}` : r.site.client.kind));
    expect(found).toEqual([kind]);
  });

  it('a visible creation still decides (a compatible baseURL stays compatible)', () => {
    const code = `${pre}const c = new OpenAI({ baseURL: 'https://api.groq.com/openai/v1' });\nc.chat.completions.create({ model: 'o3', messages: [] });`;
    expect(requests(code).map((r) => r.site.client.kind)).toEqual(['compatible']);
  });

  it.each([
    [
      'an interface of its own',
      'interface LLM { chat: { completions: { create(body: object): Promise<unknown> } } }\nexport function f(c: LLM) { return c.chat.completions.create({ model: "o3", logprobs: true }); }',
      1,
    ],
    ['an object literal', 'const fake = { chat: { completions: { create: (b: object) => b } } };\nfake.chat.completions.create({ model: "o3", logprobs: true });', 0],
    ['a class of its own', 'class Fake { chat = { completions: { create(b: object) { return b; } } } }\nnew Fake().chat.completions.create({ model: "o3" });', 0],
  ])('skips a receiver typed from elsewhere: %s', (_label, code, syntactic) => {
    expect(requests(pre + code)).toEqual([]);
    // Without type-checked mode: a request where the file does not show the receiver (an interface
    // only types it); a stub or a local class the file shows is none.
    expect(requests(pre + code, {})).toHaveLength(syntactic);
  });
});

describe('values from literal types', () => {
  const model = (code: string, settings: unknown = typed) => requests(pre + code, settings).map((r) => show(r.param('model').values));

  it('a union-typed parameter gives its literals', () => {
    expect(model("export function f(client: OpenAI, m: 'o3' | 'gpt-4.1') { return client.chat.completions.create({ model: m, messages: [] }); }")).toEqual([
      ['"o3"', '"gpt-4.1"'],
    ]);
  });

  it('a ChatModel variable narrowed to literals', () => {
    const code =
      "declare const client: OpenAI;\ndeclare const fast: boolean;\nlet m: ChatModel = 'o3';\nif (fast) m = 'gpt-4.1';\nclient.chat.completions.create({ model: m, messages: [] });";
    expect(model(code).map((values) => values.sort())).toEqual([['"gpt-4.1"', '"o3"']]);
  });

  it('an imported constant', () => {
    expect(model("import { REASONER } from './models';\ndeclare const client: OpenAI;\nclient.chat.completions.create({ model: REASONER, messages: [] });")).toEqual([
      ['"o3"'],
    ]);
  });

  it('a literal return type', () => {
    expect(model("declare function pick(): 'o3' | 'o1';\ndeclare const client: OpenAI;\nclient.chat.completions.create({ model: pick(), messages: [] });")).toEqual([
      ['"o3"', '"o1"'],
    ]);
  });

  it('an optional literal parameter: absent where undefined', () => {
    const code = "export function f(client: OpenAI, effort?: 'low' | 'high') { return client.chat.completions.create({ model: 'o3', reasoning_effort: effort, messages: [] }); }";
    expect(requests(pre + code).map((r) => show(r.param('reasoning_effort').values))).toEqual([['absent', '"low"', '"high"']]);
  });

  it.each([
    ['a ChatModel parameter (the SDK union: what the API allows, not what is sent)', 'export function f(client: OpenAI, m: ChatModel) { return client.chat.completions.create({ model: m, messages: [] }); }'],
    ['a string', 'export function f(client: OpenAI, m: string) { return client.chat.completions.create({ model: m, messages: [] }); }'],
    ['any', 'export function f(client: OpenAI, m: any) { return client.chat.completions.create({ model: m, messages: [] }); }'],
  ])('stays unknown: %s', (_label, code) => {
    expect(model(code)).toEqual([['unknown']]);
  });

  it('`boolean` is not a value set; `true` is', () => {
    const code = 'export function f(client: OpenAI, a: boolean, b: true) {\n  client.chat.completions.create({ model: "o3", logprobs: a, messages: [] });\n  client.chat.completions.create({ model: "o3", logprobs: b, messages: [] });\n}';
    expect(requests(pre + code).map((r) => show(r.param('logprobs').values))).toEqual([['unknown'], ['true']]);
  });

  it.each([
    ['false', 'false', ['false']],
    ['true | undefined', 'true | undefined', ['absent', 'true']],
    ['false | null', 'false | null', ['absent', 'false']],
    // Nothing but absence is no literal value set: unknown, as with no type.
    ['void', 'void', ['unknown']],
    ['undefined', 'undefined', ['unknown']],
    ['unknown', 'unknown', ['unknown']],
    ['never', 'never', ['unknown']],
    ['a fresh `true` (the type of a `true` token)', 'typeof FLAG', ['true']],
  ])('intrinsic types by their flags: %s', (_label, type, values) => {
    const code = `declare let FLAG: true;\nexport function f(client: OpenAI, a: ${type}) { return client.chat.completions.create({ model: "o3", logprobs: a, messages: [] }); }`;
    expect(requests(pre + code).map((r) => show(r.param('logprobs').values))).toEqual([values]);
  });

  it('without typeChecked, nothing comes from types', () => {
    expect(model("export function f(client: OpenAI, m: 'o3' | 'gpt-4.1') { return client.chat.completions.create({ model: m, messages: [] }); }", {})).toEqual([
      ['unknown'],
    ]);
  });
});

describe('presence from a declared params type', () => {
  it('the SDK params type: declared keys, optional ones maybe absent, values unknown', () => {
    const [r] = requests(`${pre}export function f(client: OpenAI, params: ChatCompletionCreateParams) { return client.chat.completions.create(params); }`);
    expect(show(r.param('model').values)).toEqual(['unknown']);
    expect(r.param('model').declared).toBe('required');
    expect(show(r.param('max_tokens').values)).toEqual(['absent', 'unknown']);
    expect(isWritten(r.param('max_tokens'))).toBe(false);
    expect(isWritten(r.param('messages'))).toBe(true);
    // Keys the type does not declare stay unknown (structural typing).
    expect(show(r.param('custom').values)).toEqual(['unknown']);
    // Nested: response_format alternatives with their discriminants.
    expect(show(r.values('response_format.type'))).toEqual(['absent', '"text"', '"json_schema"', '"json_object"']);
  });

  it('a project type with literals: values and presence', () => {
    const code =
      `${pre}type Ask = { model: 'o3' | 'o4-mini'; max_tokens: number; logprobs?: true; reasoning_effort?: 'low'; messages: [] };\n` +
      'export function f(client: OpenAI, params: Ask) { return client.chat.completions.create(params); }';
    const [r] = requests(code);
    expect(show(r.param('model').values)).toEqual(['"o3"', '"o4-mini"']);
    expect(isWritten(r.param('max_tokens'))).toBe(true);
    expect(show(r.param('logprobs').values)).toEqual(['absent', 'true']);
    expect(isWritten(r.param('logprobs'))).toBe(true);
    expect(r.param('logprobs').writes).toEqual([]);
  });

  it('a spread of a typed object', () => {
    const code = `${pre}type Base = { model: 'o3'; temperature?: number };\nexport function f(client: OpenAI, base: Base) { return client.chat.completions.create({ ...base, messages: [] }); }`;
    const [r] = requests(code);
    expect(show(r.param('model').values)).toEqual(['"o3"']);
    expect(show(r.param('messages').values)).toEqual(['[]']);
  });

  it('a body built by a call has its return type', () => {
    const code = `${pre}declare function build(): { model: 'o3'; max_tokens: number; messages: [] };\ndeclare const client: OpenAI;\nclient.chat.completions.create(build());`;
    const [r] = requests(code);
    expect(show(r.param('model').values)).toEqual(['"o3"']);
    expect(isWritten(r.param('max_tokens'))).toBe(true);
  });
});

describe('rules in type-checked mode', () => {
  const lint = (code: string, settings: unknown = typed, options = parserOptions) =>
    new Linter().verify(
      code,
      [
        { files: ['**/*.ts'], languageOptions: { parser: tsParser, parserOptions: options } },
        {
          plugins: { openai: { rules } as never },
          rules: { 'openai/no-unsupported-max-tokens': 'error', 'openai/no-unsupported-logprobs': 'error' },
          settings: { openai: settings },
        },
      ],
      { filename: `${dir}file.ts` },
    );

  it('reports through a typed client parameter and a union-typed model', () => {
    const code = `${pre}export function f(client: OpenAI, model: 'o3' | 'gpt-4.1') {\n  return client.chat.completions.create({ model, max_tokens: 5, messages: [] });\n}`;
    const messages = lint(code);
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([['openai/no-unsupported-max-tokens', 4]]);
    expect(messages[0].message).toContain('reasoning model `o3`');
    // A union model that only partly fails: a suggestion, not a fix.
    expect(messages[0].fix).toBeUndefined();
    expect(lint(code, {})).toEqual([]);
  });

  it('reports presence declared by a params type, on the body', () => {
    const code = `${pre}type Ask = { model: 'o3'; max_tokens: number; messages: [] };\nexport function f(client: OpenAI, params: Ask) {\n  return client.chat.completions.create(params);\n}`;
    expect(lint(code).map((m) => [m.ruleId, m.line, m.column])).toEqual([['openai/no-unsupported-max-tokens', 5, 41]]);
  });

  it('takes the values of a local type or interface with literal members, path by path', () => {
    const iface = `${pre}interface Req { model: 'o3'; logprobs: true; messages: [] }\nexport function f(client: OpenAI, params: Req) {\n  return client.chat.completions.create(params);\n}`;
    expect(lint(iface).map((m) => [m.ruleId, m.line])).toEqual([['openai/no-unsupported-logprobs', 5]]);
    const alias = `${pre}type Req = { model: 'o3'; max_tokens: 5; messages: [] };\ndeclare const req: Req;\ndeclare const client: OpenAI;\nclient.chat.completions.create(req);`;
    expect(lint(alias).map((m) => [m.ruleId, m.line])).toEqual([['openai/no-unsupported-max-tokens', 6]]);
    // A union of whole request types keeps each member whole: `max_tokens` only with gpt-4.1.
    const union = `${pre}type Req = { model: 'o3'; max_completion_tokens: 5; messages: [] } | { model: 'gpt-4.1'; max_tokens: 5; messages: [] };\ndeclare const req: Req;\ndeclare const client: OpenAI;\nclient.chat.completions.create(req);`;
    expect(lint(union)).toEqual([]);
    expect(lint(alias, {})).toEqual([]);
  });

  it('stays silent on a receiver typed from elsewhere', () => {
    const code = `${pre}interface LLM { chat: { completions: { create(body: object): unknown } } }\nexport function f(c: LLM) { return c.chat.completions.create({ model: 'o3', max_tokens: 1, logprobs: true }); }`;
    expect(lint(code)).toEqual([]);
    expect(lint(code, {}).map((m) => m.ruleId)).toEqual(['openai/no-unsupported-max-tokens', 'openai/no-unsupported-logprobs']);
  });

  it('throws a clear error when typeChecked is on but there is no type information', () => {
    const code = `${pre}declare const client: OpenAI;\nclient.chat.completions.create({ model: 'o3', messages: [] });`;
    expect(() => lint(code, typed, {} as never)).toThrow(/settings\.openai\.typeChecked is true, but .*file\.ts was parsed without type information.*projectService: true/);
    // Even in a file without requests.
    expect(() => lint('export const x = 1;', typed, {} as never)).toThrow(/projectService/);
  });
});

describe('recommended-type-checked config', () => {
  it('is recommended plus typeChecked and projectService', () => {
    const config = plugin.configs['recommended-type-checked'];
    expect(config.name).toBe('openai/recommended-type-checked');
    expect(config.rules).toEqual(plugin.configs.recommended.rules);
    expect(config.settings).toEqual({ openai: { typeChecked: true } });
    expect(config.languageOptions).toEqual({ parserOptions: { projectService: true } });
  });
});

describe('type queries are lazy and cached per file', () => {
  let restore: (() => void) | null = null;
  afterEach(() => {
    restore?.();
    restore = null;
  });

  /** A parser that counts `checker.getTypeAtLocation` calls. */
  function countingParser() {
    const counter = { calls: 0 };
    const parser = {
      meta: { name: 'counting-ts-parser' },
      parseForESLint(code: string, options: unknown) {
        const result = tsParser.parseForESLint(code, options as never);
        const checker = result.services.program!.getTypeChecker();
        const original = checker.getTypeAtLocation;
        if (!restore) {
          checker.getTypeAtLocation = (node) => {
            counter.calls++;
            return original.call(checker, node);
          };
          restore = () => {
            checker.getTypeAtLocation = original;
          };
        }
        return result;
      },
    };
    return { parser, counter };
  }

  const lintWith = (code: string, parser: object) =>
    new Linter().verify(
      code,
      [
        { files: ['**/*.ts'], languageOptions: { parser: parser as never, parserOptions } },
        {
          plugins: { openai: { rules } as never },
          rules: Object.fromEntries(Object.keys(rules).map((id) => [`openai/${id}`, 'error'])),
          settings: { openai: typed },
        },
      ],
      { filename: `${dir}file.ts` },
    );

  it('asks nothing when the syntax knows everything', () => {
    const { parser, counter } = countingParser();
    lintWith("import OpenAI from 'openai';\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'o3', max_tokens: 5, messages: [] });", parser);
    expect(counter.calls).toBe(0);
  });

  it('asks once per expression, whatever the number of rules', () => {
    const { parser, counter } = countingParser();
    const messages = lintWith(
      `${pre}export function f(client: OpenAI, model: 'o3' | 'gpt-4.1') {\n  return client.chat.completions.create({ model, max_tokens: 5, logprobs: true, temperature: 0.5, messages: [] });\n}`,
      parser,
    );
    expect(messages.length).toBeGreaterThan(1);
    // The receiver's owner, the client (Azure check) and `model`.
    expect(counter.calls).toBe(3);
  });
});

// The same through @typescript-eslint/rule-tester, as rule tests do (fixes and suggestions asserted).
const typedRuleTester = new RuleTester({
  languageOptions: { parserOptions: { projectService: { allowDefaultProject: ['*.ts'] }, tsconfigRootDir: dir } },
  settings: { openai: { typeChecked: true } },
});
const header = "import OpenAI from 'openai';\n";

typedRuleTester.run('no-unsupported-max-tokens (type-checked)', rules['no-unsupported-max-tokens'], {
  valid: [
    // A receiver typed from elsewhere is not a request.
    `${header}interface LLM { chat: { completions: { create(body: object): unknown } } }\nexport function f(c: LLM) { return c.chat.completions.create({ model: 'o3', max_tokens: 1 }); }`,
    // The SDK's own unions are not value sets.
    `${header}import type { ChatModel } from 'openai';\nexport function f(client: OpenAI, model: ChatModel) { return client.chat.completions.create({ model, max_tokens: 1, messages: [] }); }`,
    // Azure by type: deployment names.
    `import { AzureOpenAI } from 'openai';\nexport function f(client: AzureOpenAI) { return client.chat.completions.create({ model: 'o3', max_tokens: 1, messages: [] }); }`,
  ],
  invalid: [
    {
      // A literal-typed model on every path: the rename is certain.
      code: `${header}export function f(client: OpenAI, model: 'o3') {\n  return client.chat.completions.create({ model, max_tokens: 5, messages: [] });\n}`,
      output: `${header}export function f(client: OpenAI, model: 'o3') {\n  return client.chat.completions.create({ model, max_completion_tokens: 5, messages: [] });\n}`,
      errors: [{ messageId: 'maxTokens', data: { param: 'max_tokens', model: 'o3', via: '' }, line: 3 }],
    },
    {
      // A union where one model fails: a suggestion.
      code: `${header}export function f(client: OpenAI, model: 'o3' | 'gpt-4.1') {\n  return client.chat.completions.create({ model, max_tokens: 5, messages: [] });\n}`,
      output: null,
      errors: [
        {
          messageId: 'maxTokens',
          data: { param: 'max_tokens', model: 'o3', via: '' },
          suggestions: [
            {
              messageId: 'rename',
              output: `${header}export function f(client: OpenAI, model: 'o3' | 'gpt-4.1') {\n  return client.chat.completions.create({ model, max_completion_tokens: 5, messages: [] });\n}`,
            },
          ],
        },
      ],
    },
    {
      // Presence from a declared params type: reported on the body, nothing to fix there.
      code: `${header}type Ask = { model: 'o4-mini'; max_tokens: number; messages: [] };\nexport function f(client: OpenAI, params: Ask) {\n  return client.chat.completions.create(params);\n}`,
      output: null,
      errors: [{ messageId: 'maxTokens', data: { param: 'max_tokens', model: 'o4-mini', via: '' }, line: 4, column: 41, suggestions: [] }],
    },
  ],
});
