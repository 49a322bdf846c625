// Client classification by what the file imports: the binding a constructor is imported as
// (renamed, namespace, default, CommonJS `require`, destructured), aliases of clients, local
// classes, stubs, `baseURL` templates, and destructured call paths.
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { analyze } from './harness.js';

/** The client kind of each request in `code` (`kind:sdk` for look-alikes); no entry for calls that are not requests. */
function kinds(code: string, settings?: unknown): string[] {
  return analyze(code, { settings }).map((r) => (r.site.client.sdk ? `${r.site.client.kind}:${r.site.client.sdk}` : r.site.client.kind));
}

/** The `baseURL` the analysis read for each request. */
function baseURLs(code: string): Array<string | undefined> {
  return analyze(code).map((r) => r.site.client.baseURL);
}

function lint(code: string, filename = 'file.ts'): string[] {
  return new Linter()
    .verify(
      code,
      [
        { files: ['**/*.ts', '**/*.js'], languageOptions: { parser: tsParser } },
        { plugins: { openai: { rules } as never }, rules: { 'openai/no-unsupported-max-tokens': 'error', 'openai/valid-response-format': 'error' } },
      ],
      { filename },
    )
    .map((m) => `${m.line}:${m.ruleId}`);
}

const call = "x.chat.completions.create({ model: 'o3', messages: [] });";
/** A request that fails on OpenAI's `o3` (`max_tokens`), and is fine on an Azure deployment named `o3`. */
const maxTokens = "x.chat.completions.create({ model: 'o3', messages: [], max_tokens: 5 });";

describe('constructors by their imported binding (ESM)', () => {
  it.each([
    ["import OpenAI from 'openai';\nconst x = new OpenAI();", 'openai'],
    ["import { OpenAI } from 'openai';\nconst x = new OpenAI();", 'openai'],
    ["import { OpenAI as Client } from 'openai';\nconst x = new Client();", 'openai'],
    ["import Client from 'openai';\nconst x = new Client();", 'openai'],
    ["import { AzureOpenAI } from 'openai';\nconst x = new AzureOpenAI();", 'azure'],
    ["import { AzureOpenAI as Az } from 'openai';\nconst x = new Az();", 'azure'],
    ["import { AzureOpenAI } from 'openai/azure';\nconst x = new AzureOpenAI();", 'azure'],
    ["import { AzureOpenAI as Az } from 'openai/azure';\nconst x = new Az();", 'azure'],
    ["import * as oa from 'openai';\nconst x = new oa.AzureOpenAI();", 'azure'],
    ["import * as oa from 'openai';\nconst x = new oa.OpenAI();", 'openai'],
    ["import * as oa from 'openai';\nconst x = new oa.default();", 'openai'],
    ["import OpenAI, { AzureOpenAI as OpenAIClient } from 'openai';\nconst x = new OpenAIClient();", 'azure'],
    // Deno's npm: specifiers.
    ["import OpenAI from 'npm:openai@4';\nconst x = new OpenAI({ baseURL: 'https://api.groq.com/openai/v1' });", 'compatible'],
    ["import { AzureOpenAI as Az } from 'npm:openai';\nconst x = new Az();", 'azure'],
    // An alias of the constructor.
    ["import { AzureOpenAI } from 'openai';\nconst Ctor = AzureOpenAI;\nconst x = new Ctor();", 'azure'],
    // A dynamic import.
    ["const { AzureOpenAI: Az } = await import('openai');\nconst x = new Az();", 'azure'],
    ["const oa = await import('openai');\nconst x = new oa.default();", 'openai'],
    // Found where the text writes `import (`: a space before the parenthesis; not in a string or a comment.
    ["const { AzureOpenAI: Az } = await import ('openai');\nconst x = new Az();", 'azure'],
    ["const note = 'import(x)'; // import(y)\nconst { AzureOpenAI: Az } = await import('openai');\nconst x = new Az();", 'azure'],
    // The SDK's Bedrock client: Bedrock's own model ids.
    ["import { BedrockOpenAI } from 'openai';\nconst x = new BedrockOpenAI();", 'other'],
  ])('%s → %s', (setup, kind) => {
    expect(kinds(`${setup}\n${call}`)).toEqual([kind]);
  });

  it('a name alone decides nothing: `OpenAI` from another module is not the SDK', () => {
    expect(kinds(`import { OpenAI } from './my-llm';\nconst x = new OpenAI();\n${call}`)).toEqual(['unknown']);
    expect(kinds(`import { AzureOpenAI } from '@langchain/openai';\nconst x = new AzureOpenAI();\n${call}`)).toEqual(['unknown']);
    expect(kinds(`import OpenAI from 'openai';\nimport { Other as AzureOpenAI } from './other';\nconst x = new AzureOpenAI();\n${call}`)).toEqual(['unknown']);
  });

  it('a global `OpenAI` / `AzureOpenAI` (a snippet that declares neither) keeps its name', () => {
    expect(kinds(`const x = new AzureOpenAI();\n${call}`)).toEqual(['azure']);
    expect(kinds(`const x = new OpenAI({ baseURL: 'http://localhost:1234/v1' });\n${call}`)).toEqual(['compatible']);
    expect(kinds(`const x = new OpenAI.AzureOpenAI();\n${call}`)).toEqual(['azure']);
  });
});

describe('constructors by their required binding (CommonJS)', () => {
  it.each([
    ["const OpenAI = require('openai');\nconst x = new OpenAI();", 'openai'],
    ["const { OpenAI } = require('openai');\nconst x = new OpenAI();", 'openai'],
    ["const OpenAI = require('openai').default;\nconst x = new OpenAI();", 'openai'],
    ["const { AzureOpenAI } = require('openai');\nconst x = new AzureOpenAI();", 'azure'],
    ["const { AzureOpenAI: Az } = require('openai');\nconst x = new Az();", 'azure'],
    ["const Az = require('openai').AzureOpenAI;\nconst x = new Az();", 'azure'],
    ["const OpenAI = require('openai');\nconst x = new OpenAI.AzureOpenAI();", 'azure'],
    ["const x = new (require('openai').AzureOpenAI)();", 'azure'],
    ["const { AzureOpenAI } = require('openai/azure');\nconst x = new AzureOpenAI();", 'azure'],
    ["import Az = require('openai');\nconst x = new Az.AzureOpenAI();", 'azure'],
  ])('%s → %s', (setup, kind) => {
    expect(kinds(`${setup}\n${call}`)).toEqual([kind]);
  });

  it('`require` of another module is not the SDK, whatever the name', () => {
    expect(kinds(`const { AzureOpenAI } = require('./fake');\nconst x = new AzureOpenAI();\n${call}`)).toEqual(['unknown']);
    expect(kinds(`const OpenAI = require('openai');\nconst { Thing: AzureOpenAI } = require('./fake');\nconst x = new AzureOpenAI();\n${call}`)).toEqual([
      'unknown',
    ]);
  });
});

describe('local classes', () => {
  it('a local `class OpenAI {}` is not the SDK: its calls are not requests', () => {
    expect(kinds(`class OpenAI { chat = { completions: { create: async (b: unknown) => b } }; }\nconst x = new OpenAI();\n${call}`)).toEqual([]);
    expect(kinds(`import OpenAI from 'openai';\nclass Fake {}\nconst x: OpenAI = new Fake() as any;\n${call}`)).toEqual([]);
  });

  it('a local class that extends an SDK class is that SDK client (renamed, namespace, required, through another local class)', () => {
    expect(kinds(`import { AzureOpenAI as Az } from 'openai';\nclass MyClient extends Az {}\nconst x = new MyClient();\n${call}`)).toEqual(['azure']);
    expect(kinds(`import * as oa from 'openai';\nclass A extends oa.OpenAI {}\nclass B extends A {}\nconst x = new B();\n${call}`)).toEqual(['openai']);
    expect(kinds(`const { AzureOpenAI } = require('openai');\nconst C = class extends AzureOpenAI {};\nconst x = new C();\n${call}`)).toEqual(['azure']);
    expect(kinds(`import Groq from 'groq-sdk';\nclass G extends Groq {}\nconst x = new G();\n${call}`)).toEqual(['lookalike:groq-sdk']);
  });

  it("a subclass of OpenAI: its constructor's `super(...)` options, or the caller's when it has none", () => {
    expect(
      kinds(`import OpenAI from 'openai';\nclass G extends OpenAI { constructor() { super({ baseURL: 'https://api.groq.com/openai/v1' }); } }\nconst x = new G();\n${call}`),
    ).toEqual(['compatible']);
    expect(kinds(`import OpenAI from 'openai';\nclass G extends OpenAI {}\nconst x = new G({ baseURL: 'https://r.openai.azure.com/openai' });\n${call}`)).toEqual([
      'azure',
    ]);
    expect(kinds(`import OpenAI from 'openai';\nclass G extends OpenAI { constructor(o: any) { super(o); } }\nconst x = new G({});\n${call}`)).toEqual(['unknown']);
  });

  it('a local class that extends something the file does not show stays unknown', () => {
    expect(kinds(`import { Base } from './base';\nclass C extends Base {}\nconst x = new C();\n${call}`)).toEqual(['unknown']);
  });
});

describe('aliases and where clients are kept', () => {
  it.each([
    ["import { AzureOpenAI } from 'openai';\nconst azureClient = new AzureOpenAI();\nconst x = azureClient;", 'azure'],
    ["import { AzureOpenAI } from 'openai';\nconst a = new AzureOpenAI();\nconst b = a;\nconst x = b as any;", 'azure'],
    ["import { AzureOpenAI } from 'openai';\ndeclare const injected: any;\nconst x = injected ?? new AzureOpenAI();", 'azure'],
    ["import { AzureOpenAI } from 'openai';\ndeclare const opts: any;\nconst x = opts.client || new AzureOpenAI();", 'azure'],
    ["import OpenAI, { AzureOpenAI } from 'openai';\ndeclare const useAzure: boolean;\nconst x = useAzure ? new AzureOpenAI() : new OpenAI();", 'azure'],
    ["import { AzureOpenAI } from 'openai';\nfunction make() { return new AzureOpenAI(); }\nconst x = make();", 'azure'],
    ["import { AzureOpenAI } from 'openai';\nconst make = () => new AzureOpenAI();\nconst x = make();", 'azure'],
    ["import { AzureOpenAI } from 'openai';\nconst clients = { azure: new AzureOpenAI() };\nconst x = clients.azure;", 'azure'],
    // A factory's returns (the collector the value resolver shares): not those of a nested function or class; a bare `return;` may give nothing.
    ["import OpenAI, { AzureOpenAI } from 'openai';\nfunction make() { const other = () => { return new AzureOpenAI(); }; class K { m() { return new AzureOpenAI(); } }\n  return new OpenAI(); }\nconst x = make();", 'openai'],
    ["import OpenAI, { AzureOpenAI } from 'openai';\ndeclare const azure: boolean;\nfunction make() { if (azure) return new AzureOpenAI();\n  return new OpenAI(); }\nconst x = make();", 'azure'],
    ["import { AzureOpenAI } from 'openai';\ndeclare const none: boolean;\nfunction make() { if (none) return;\n  return new AzureOpenAI(); }\nconst x = make();", 'unknown'],
  ])('%s → %s', (setup, kind) => {
    expect(kinds(`${setup}\n${call}`)).toEqual([kind]);
  });

  it('class fields: an initialiser, a constructor write with an injected default, a renamed import', () => {
    const run = 'run() { return this.client.chat.completions.create({ model: "o3", messages: [] }); }';
    expect(kinds(`import { AzureOpenAI as Az } from 'openai';\nclass S { private readonly client = new Az();\n${run} }`)).toEqual(['azure']);
    expect(kinds(`import { AzureOpenAI } from 'openai';\nclass S { client: any; constructor(opts: any) { this.client = opts.client ?? new AzureOpenAI(); }\n${run} }`)).toEqual([
      'azure',
    ]);
    expect(kinds(`import { AzureOpenAI } from 'openai';\nconst shared = new AzureOpenAI();\nclass S { client = shared;\n${run} }`)).toEqual(['azure']);
    // Only an injected client: not shown.
    expect(kinds(`class S { constructor(private client: any) {}\n${run} }`)).toEqual(['unknown']);
    // A private field (`#client`) is classified like any other field.
    const runPrivate = 'run() { return this.#client.chat.completions.create({ model: "o3", messages: [] }); }';
    expect(kinds(`import { AzureOpenAI } from 'openai';\nclass S { #client = new AzureOpenAI();\n${runPrivate} }`)).toEqual(['azure']);
    expect(kinds(`import OpenAI from 'openai';\nclass S { #client: OpenAI;\nconstructor() { this.#client = new OpenAI(); }\n${runPrivate} }`)).toEqual(['openai']);
    expect(kinds(`import { AzureOpenAI } from 'openai';\nclass S { client = new AzureOpenAI(); #client: any;\nconstructor(c: any) { this.#client = c; }\n${runPrivate} }`)).toEqual(['unknown']);
  });

  it("class fields: only the class's own `this` writes them (the reader the value resolver shares)", () => {
    const run = 'run() { return this.client.chat.completions.create({ model: "o3", messages: [] }); }';
    const imports = "import OpenAI, { AzureOpenAI } from 'openai';\n";
    // A nested class's `this` and a nested function's `this` are other objects: their writes do not count (they did).
    expect(kinds(`${imports}class S { client = new OpenAI();\nmake() { return class { constructor(this: any) { this.client = new AzureOpenAI(); } }; }\n${run} }`)).toEqual(['openai']);
    expect(kinds(`${imports}class S { client = new OpenAI();\nmake() { return function (this: any) { this.client = new AzureOpenAI(); }; }\n${run} }`)).toEqual(['openai']);
    // An arrow function in a field initialiser writes through the instance's `this` (it was not read).
    expect(kinds(`${imports}class S { client = new OpenAI();\nswitch = () => { this.client = new AzureOpenAI(); };\n${run} }`)).toEqual(['azure']);
    // A static method's, a static block's `this` is the class: its `client` is not the instance's.
    expect(kinds(`${imports}class S { client = new OpenAI();\nstatic init() { this.client = new AzureOpenAI(); }\n${run} }`)).toEqual(['openai']);
    expect(kinds(`${imports}class S { client = new OpenAI();\nstatic { this.client = new AzureOpenAI(); }\n${run} }`)).toEqual(['openai']);
    // A write to `this[key]` with a key the file does not show may be to any field (it was passed over).
    expect(kinds(`${imports}class S { client = new AzureOpenAI();\nset(k: string, v: any) { (this as any)[k] = v; }\n${run} }`)).toEqual(['unknown']);
    // A read in a nested function is not of the instance (it read the class's field).
    expect(kinds(`${imports}class S { client = new AzureOpenAI();\nrun() { return function (this: any) { return this.client.chat.completions.create({ model: 'o3', messages: [] }); }; } }`)).toEqual(['unknown']);
    // A field declared with a static computed key, and `??=` joining what the field may hold.
    expect(kinds(`${imports}class S { ['client'] = new AzureOpenAI();\n${run} }`)).toEqual(['azure']);
    expect(kinds(`${imports}class S { client = new OpenAI();\nensure() { this.client ??= new AzureOpenAI(); }\n${run} }`)).toEqual(['azure']);
  });

  it('an alias of an OpenAI client on another provider keeps its baseURL', () => {
    expect(kinds(`import OpenAI from 'openai';\nconst groq = new OpenAI({ baseURL: 'https://api.groq.com/openai/v1' });\nconst x = groq;\n${call}`)).toEqual([
      'compatible',
    ]);
  });
});

describe('baseURL from a template literal: the host from its static parts', () => {
  const code = (url: string) => `import OpenAI from 'openai';\ndeclare const name: string, path: string, host: string;\nconst x = new OpenAI({ baseURL: ${url} });\n${call}`;

  it.each([
    ['`https://${name}.openai.azure.com/openai`', 'azure'],
    ['`https://${name}.cognitiveservices.azure.com/openai/deployments/${path}`', 'azure'],
    ['`https://api.openai.com/${path}`', 'openai'],
    ['`https://api.groq.com/openai/${path}`', 'compatible'],
    ['`http://localhost:${name}/v1`', 'compatible'],
    // The host itself is not static: nothing known.
    ['`https://${host}/v1`', 'unknown'],
    ['`${host}.openai.azure.com`', 'unknown'],
    ['`https://api.openai.com${path}`', 'unknown'],
    // A concatenation that starts with a string, judged the same way.
    ["'https://' + name + '.openai.azure.com/openai'", 'azure'],
    ["'https://api.groq.com/openai/' + path", 'compatible'],
    ["'https://' + host", 'unknown'],
    ["host + '.openai.azure.com'", 'unknown'],
  ])('%s → %s', (url, kind) => {
    expect(kinds(code(url))).toEqual([kind]);
  });

  it('keeps the static text as the baseURL it read', () => {
    expect(baseURLs(code('`https://${name}.openai.azure.com/openai`'))).toEqual(['https://${…}.openai.azure.com/openai']);
  });
});

describe('receivers the file shows are not SDK clients: not requests', () => {
  it.each([
    "const x = { chat: { completions: { create: async (body: unknown) => body } } };",
    "const x = { chat: { completions: { create(body: unknown) { return body; } } } };",
    "import { vi } from 'vitest';\nconst x = { chat: { completions: { create: vi.fn() } } };",
    "import { vi } from 'vitest';\nconst x = { chat: { completions: { create: vi.fn().mockResolvedValue({ choices: [] }) } } };",
    "const create = async (b: unknown) => b;\nconst x = { chat: { completions: { create } } };",
    "function makeStub() { return { chat: { completions: { create: async () => ({}) } } }; }\nconst x = makeStub();",
    "class Fake { chat = { completions: { create: async () => ({}) } }; }\nconst x = new Fake();",
  ])('%s', (setup) => {
    expect(kinds(`${setup}\n${call}`)).toEqual([]);
  });

  it('... but an object that forwards to a real client, or one the file does not show, still is', () => {
    expect(kinds(`import OpenAI from 'openai';\nconst real = new OpenAI();\nconst x = { chat: real.chat };\n${call}`)).toEqual(['unknown']);
    expect(kinds(`import OpenAI from 'openai';\ndeclare const base: any;\nconst x = { ...base };\n${call}`)).toEqual(['unknown']);
    expect(kinds(`import OpenAI from 'openai';\nimport { send } from './backend';\nconst x = { chat: { completions: { create: send } } };\n${call}`)).toEqual([
      'unknown',
    ]);
    expect(kinds(`export function f(x: any) { ${call} }`)).toEqual(['unknown']);
  });

  it('a file that imports no SDK and builds its own client object: not OpenAI, whatever the object holds', () => {
    expect(kinds(`import { send } from './backend';\nconst x = { chat: { completions: { create: send } } };\n${call}`)).toEqual([]);
    expect(kinds(`declare const base: any;\nconst x = { ...base };\n${call}`)).toEqual([]);
    expect(kinds(`function build(real: any) { return { chat: real.chat }; }\nconst x = build(null);\n${call}`)).toEqual([]);
    // A receiver it does not build stays unknown (treated as OpenAI).
    expect(kinds(`import { client as x } from './client';\n${call}`)).toEqual(['unknown']);
  });

  it('a stub next to a real client: only the real one is a request', () => {
    const code = `import OpenAI from 'openai';\nconst real = new OpenAI();\nconst stub = { chat: { completions: { create: async () => ({}) } } };\nreal.chat.completions.create({ model: 'o3', messages: [] });\nstub.chat.completions.create({ model: 'o3', messages: [] });`;
    expect(analyze(code).map((r) => r.site.node.loc.start.line)).toEqual([4]);
  });
});

describe('destructured call paths', () => {
  it.each([
    ["import OpenAI from 'openai';\nconst client = new OpenAI();\nconst { completions } = client.chat;\ncompletions.create({ model: 'o3', messages: [] });", 'openai'],
    ["import OpenAI from 'openai';\nconst client = new OpenAI();\nconst { chat } = client;\nchat.completions.create({ model: 'o3', messages: [] });", 'openai'],
    ["import { AzureOpenAI } from 'openai';\nconst client = new AzureOpenAI();\nconst { chat: { completions } } = client;\ncompletions.create({ model: 'o3', messages: [] });", 'azure'],
    ["import OpenAI from 'openai';\nconst client = new OpenAI();\nconst { responses } = client;\nresponses.create({ model: 'o3', input: 'hi' });", 'openai'],
    ["import OpenAI from 'openai';\nconst client = new OpenAI();\nconst { completions: c } = client.chat;\nc.create({ model: 'o3', messages: [] });", 'openai'],
  ])('%s → %s', (code, kind) => {
    expect(kinds(code)).toEqual([kind]);
  });

  it('a destructured name of another object is not a call path', () => {
    expect(kinds("declare const api: any;\nconst { completions } = api;\ncompletions.create({ model: 'o3', messages: [] });")).toEqual([]);
    expect(kinds("declare const client: any;\nconst { completions } = client.chat;\ncompletions.create({ model: 'o3', messages: [] });")).toEqual(['unknown']);
  });
});

describe('rules: reported / not reported by what the client is', () => {
  it('renamed and namespace Azure imports: no model-keyed report (ESM and CommonJS)', () => {
    expect(lint(`import { AzureOpenAI as Az } from 'openai';\nconst x = new Az();\n${maxTokens}`)).toEqual([]);
    expect(lint(`import * as oa from 'openai';\nconst x = new oa.AzureOpenAI();\n${maxTokens}`)).toEqual([]);
    expect(lint(`const { AzureOpenAI: Az } = require('openai');\nconst x = new Az();\n${maxTokens}`, 'file.js')).toEqual([]);
    expect(lint(`const Az = require('openai').AzureOpenAI;\nconst x = new Az();\n${maxTokens}`, 'file.js')).toEqual([]);
  });

  it('renamed and namespace OpenAI imports: reported (ESM and CommonJS)', () => {
    expect(lint(`import { OpenAI as Client } from 'openai';\nconst x = new Client();\n${maxTokens}`)).toEqual(['3:openai/no-unsupported-max-tokens']);
    expect(lint(`import * as oa from 'openai';\nconst x = new oa.OpenAI();\n${maxTokens}`)).toEqual(['3:openai/no-unsupported-max-tokens']);
    expect(lint(`const { OpenAI: Client } = require('openai');\nconst x = new Client();\n${maxTokens}`, 'file.js')).toEqual([
      '3:openai/no-unsupported-max-tokens',
    ]);
  });

  it('aliases and class fields of Azure clients: silent; of OpenAI clients: reported', () => {
    expect(lint(`import { AzureOpenAI } from 'openai';\nconst azureClient = new AzureOpenAI();\nconst x = azureClient;\n${maxTokens}`)).toEqual([]);
    const field = (creation: string) =>
      `import OpenAI, { AzureOpenAI } from 'openai';\nclass S { client: any; constructor(o: any) { this.client = o.client ?? ${creation}; }\nrun() { return this.client.chat.completions.create({ model: 'o3', messages: [], max_tokens: 5 }); } }`;
    expect(lint(field('new AzureOpenAI()'))).toEqual([]);
    expect(lint(field('new OpenAI()'))).toEqual(['3:openai/no-unsupported-max-tokens']);
  });

  it('an Azure baseURL template: silent; an OpenAI one: reported', () => {
    const code = (url: string) => `import OpenAI from 'openai';\ndeclare const name: string;\nconst x = new OpenAI({ baseURL: ${url} });\n${maxTokens}`;
    expect(lint(code('`https://${name}.openai.azure.com/openai`'))).toEqual([]);
    expect(lint(code('`https://api.openai.com/${name}`'))).toEqual(['4:openai/no-unsupported-max-tokens']);
  });

  it('stubs and local classes: silent, also for model-independent rules; the real client next to them: reported', () => {
    const bad = "x.chat.completions.create({ model: 'o3', messages: [], max_tokens: 5, response_format: { type: 'json' } });";
    expect(lint(`class OpenAI { chat = { completions: { create: async (b: unknown) => b } }; }\nconst x = new OpenAI();\n${bad}`)).toEqual([]);
    expect(lint(`import { vi } from 'vitest';\nconst x = { chat: { completions: { create: vi.fn() } } };\n${bad}`)).toEqual([]);
    expect(lint(`import OpenAI from 'openai';\nconst x = new OpenAI();\n${bad}`)).toEqual(['3:openai/no-unsupported-max-tokens', '3:openai/valid-response-format']);
  });

  it('a destructured call path is checked like the full one', () => {
    expect(lint("import OpenAI from 'openai';\nconst client = new OpenAI();\nconst { completions } = client.chat;\ncompletions.create({ model: 'o3', messages: [], max_tokens: 5 });")).toEqual([
      '4:openai/no-unsupported-max-tokens',
    ]);
    expect(lint("import { AzureOpenAI } from 'openai';\nconst client = new AzureOpenAI();\nconst { chat } = client;\nchat.completions.create({ model: 'o3', messages: [], max_tokens: 5 });")).toEqual([]);
  });
});

describe('type-checked mode keeps recognising receivers by their declaring package', () => {
  const dir = fileURLToPath(new URL('../fixtures/typed/', import.meta.url));
  const typedKinds = (code: string) =>
    analyze(code, {
      settings: { typeChecked: true },
      filename: `${dir}file.ts`,
      parserOptions: { projectService: { allowDefaultProject: ['*.ts'] }, tsconfigRootDir: dir },
    }).map((r) => `${r.site.client.kind}${r.site.client.from ? `/${r.site.client.from}` : ''}`);

  it('a destructured call path of a typed parameter, a renamed import shown in the file, a stub', () => {
    expect(
      typedKinds("import { AzureOpenAI } from 'openai';\nexport function f(client: AzureOpenAI) { const { completions } = client.chat; return completions.create({ model: 'o3', messages: [] }); }"),
    ).toEqual(['azure/type']);
    // The file shows the creation: the binding decides, the type is not asked.
    expect(typedKinds("import { AzureOpenAI as Az } from 'openai';\nconst x = new Az();\nx.chat.completions.create({ model: 'o3', messages: [] });")).toEqual(['azure']);
    expect(typedKinds("import OpenAI from 'openai';\nconst x = { chat: { completions: { create: async (b: object) => b } } };\nx.chat.completions.create({ model: 'o3' });")).toEqual([]);
  });
});
