// Clients and providers: settings.openai.providers for baseURL hosts, look-alike SDKs recognised
// from the file's imports, and which rules apply to each (model-keyed ones only to OpenAI-model
// clients; model-independent ones to look-alikes only when the request is shaped like OpenAI's).
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { classifyCall } from '../../src/analysis/call-sites.js';
import { isOpenAIBackend } from '../../src/analysis/clients.js';
import { modelPaths } from '../../src/analysis/model-paths.js';
import { isOpenAIShaped } from '../../src/analysis/request.js';
import { parseSettings } from '../../src/settings.js';
import { analyze, visitCalls } from './harness.js';

function kinds(code: string, settings?: unknown): string[] {
  return analyze(code, { settings }).map((r) => (r.site.client.sdk ? `${r.site.client.kind}:${r.site.client.sdk}` : r.site.client.kind));
}

const call = "x.chat.completions.create({ model: 'o3', messages: [] });";

describe('settings.openai.providers: baseURL hosts', () => {
  const code = (baseURL: string) => `import OpenAI from 'openai';\nconst x = new OpenAI({ baseURL: ${JSON.stringify(baseURL)} });\n${call}`;
  const providers = {
    providers: { openai: ['gateway.example.com', 'proxy.example.com:8443'], azure: ['*.azure-api.net'], other: ['llm.internal', '*.local.test'] },
  };

  it.each([
    ['https://gateway.example.com/v1', 'openai'],
    ['https://GATEWAY.example.com/openai/v1', 'openai'],
    ['https://proxy.example.com:8443/v1', 'openai'],
    // The port is part of that entry: another port is another host.
    ['https://proxy.example.com:9000/v1', 'compatible'],
    ['https://my-apim.azure-api.net/openai', 'azure'],
    ['http://llm.internal/v1', 'other'],
    ['http://llm.internal:8080/v1', 'other'],
    ['http://a.b.local.test/v1', 'other'],
    // Not listed: the built-in classification.
    ['https://api.openai.com/v1', 'openai'],
    ['https://res.openai.azure.com/openai', 'azure'],
    ['https://api.groq.com/openai/v1', 'compatible'],
    // Not an absolute URL: nothing to match, so the built-in classification.
    ['/v1', 'compatible'],
  ])('%s → %s', (baseURL, kind) => {
    expect(kinds(code(baseURL), providers)).toEqual([kind]);
  });

  it('without settings, listed hosts are classified by the built-in rules', () => {
    expect(kinds(code('https://gateway.example.com/v1'))).toEqual(['compatible']);
    expect(kinds(code('http://llm.internal/v1'))).toEqual(['compatible']);
  });

  it('a baseURL that may be either host takes the less OpenAI-like kind', () => {
    const both = `import OpenAI from 'openai';\ndeclare const c: boolean;\nconst x = new OpenAI({ baseURL: c ? 'https://gateway.example.com' : 'http://llm.internal' });\n${call}`;
    expect(kinds(both, providers)).toEqual(['other']);
  });

  it('model-keyed facts: none for `other` (unless aliased); OpenAI and compatible hosts keep the catalog', () => {
    const settings = parseSettings(providers);
    const [other] = analyze(code('http://llm.internal/v1'), { settings: providers });
    expect(modelPaths(other, settings).paths).toEqual([]);
    const [gateway] = analyze(code('https://gateway.example.com/v1'), { settings: providers });
    expect(modelPaths(gateway, settings).paths.map((p) => p.model)).toEqual(['o3']);
    const aliased = { ...providers, modelAliases: { o3: 'o3' } };
    const [otherAliased] = analyze(code('http://llm.internal/v1'), { settings: aliased });
    expect(modelPaths(otherAliased, parseSettings(aliased)).paths.map((p) => p.model)).toEqual(['o3']);
  });

  it('isOpenAIBackend: only OpenAI, Azure and unknown clients', () => {
    const [gw, other, compat] = ['https://gateway.example.com', 'http://llm.internal', 'https://api.groq.com/openai/v1'].map(
      (url) => analyze(code(url), { settings: providers })[0].site.client,
    );
    expect([gw, other, compat].map(isOpenAIBackend)).toEqual([true, false, false]);
  });
});

describe('look-alike SDKs', () => {
  it.each([
    ["import Groq from 'groq-sdk';\nconst x = new Groq();", 'lookalike:groq-sdk'],
    ["import { Groq } from 'groq-sdk';\nconst x = new Groq({ apiKey: 'k' });", 'lookalike:groq-sdk'],
    ["import Together from 'together-ai';\nconst x = new Together();", 'lookalike:together-ai'],
    ["import Portkey from 'portkey-ai';\nconst x = new Portkey({ apiKey: 'k' });", 'lookalike:portkey-ai'],
    ["import { TokenJS } from 'token.js';\nconst x = new TokenJS();", 'lookalike:token.js'],
    ["import Cerebras from '@cerebras/cerebras_cloud_sdk';\nconst x = new Cerebras();", 'lookalike:@cerebras/cerebras_cloud_sdk'],
    // instructor wrapping a client the file does not show stays a look-alike (one that wraps a visible
    // `new OpenAI()` is that client: see 'instructor' below).
    [
      "import Instructor from '@instructor-ai/instructor';\ndeclare const oai: any;\nconst x = Instructor({ client: oai, mode: 'TOOLS' });",
      'lookalike:@instructor-ai/instructor',
    ],
    ["import * as sdk from 'groq-sdk';\nconst x = new sdk.Groq();", 'lookalike:groq-sdk'],
    ["import Groq = require('groq-sdk');\nconst x = new Groq();", 'lookalike:groq-sdk'],
    ["const Groq = require('groq-sdk');\nconst x = new Groq();", 'lookalike:groq-sdk'],
    ["const { TokenJS } = require('token.js');\nconst x = new TokenJS();", 'lookalike:token.js'],
    ["const Together = require('together-ai').default;\nconst x = new Together();", 'lookalike:together-ai'],
    // Renamed, namespace and destructured bindings: the import decides, not the name.
    ["import { Groq as LLM } from 'groq-sdk';\nconst x = new LLM();", 'lookalike:groq-sdk'],
    ["import * as cb from '@cerebras/cerebras_cloud_sdk';\nconst x = new cb.default();", 'lookalike:@cerebras/cerebras_cloud_sdk'],
    ["const { default: Client } = require('together-ai');\nconst x = new Client();", 'lookalike:together-ai'],
    ["import OpenAI from 'openai';\nimport { Groq as OpenAIClient } from 'groq-sdk';\nconst x = new OpenAIClient();", 'lookalike:groq-sdk'],
  ])('%s', (setup, kind) => {
    expect(kinds(`${setup}\n${call}`)).toEqual([kind]);
  });

  it('a local class named like a look-alike is not that SDK, and its calls are not requests', () => {
    expect(kinds(`import type G from 'groq-sdk';\nclass Groq { chat = { completions: { create: async () => ({}) } }; }\nconst x = new Groq();\n${call}`)).toEqual([]);
    expect(kinds(`import { Groq as G } from 'groq-sdk';\nclass Groq extends G {}\nconst x = new Groq();\n${call}`)).toEqual(['lookalike:groq-sdk']);
  });

  it('recognises a look-alike class field (`this.client = new Groq()`)', () => {
    const code = "import Groq from 'groq-sdk';\nclass A { client = new Groq(); run() { return this.client.chat.completions.create({ messages: [] }); } }";
    expect(kinds(code)).toEqual(['lookalike:groq-sdk']);
  });

  it('a receiver the file does not show is a look-alike when the file imports one and not openai', () => {
    expect(kinds(`import type Groq from 'groq-sdk';\nexport function f(x: Groq) { ${call} }`)).toEqual(['lookalike:groq-sdk']);
    expect(kinds(`const { Groq } = require('groq-sdk');\nmodule.exports = (x) => { ${call} };`)).toEqual(['lookalike:groq-sdk']);
  });

  it('... but unknown (treated as OpenAI) when the file also imports openai, or no look-alike', () => {
    expect(kinds(`import OpenAI from 'openai';\nimport Groq from 'groq-sdk';\nexport function f(x: OpenAI | Groq) { ${call} }`)).toEqual(['unknown']);
    expect(kinds(`import OpenAI from 'openai/index.mjs';\nimport Groq from 'groq-sdk';\nexport function f(x: any) { ${call} }`)).toEqual(['unknown']);
    expect(kinds(`export function f(x: any) { ${call} }`)).toEqual(['unknown']);
    expect(kinds(`import Anthropic from '@anthropic-ai/sdk';\nexport function f(x: any) { ${call} }`)).toEqual(['unknown']);
  });

  it('an OpenAI client next to a look-alike stays OpenAI', () => {
    const code = `import OpenAI from 'openai';\nimport Groq from 'groq-sdk';\nconst x = new OpenAI();\nconst g = new Groq();\n${call}\ng.chat.completions.create({ messages: [] });`;
    expect(kinds(code)).toEqual(['openai', 'lookalike:groq-sdk']);
  });

  it('model-keyed facts are empty for a look-alike, even for an aliased or catalog name', () => {
    const settings = { modelAliases: { o3: 'o3' } };
    const [r] = analyze(`import Groq from 'groq-sdk';\nconst x = new Groq();\n${call}`, { settings });
    expect(modelPaths(r, parseSettings(settings))).toEqual({ paths: [], complete: false });
  });
});

describe('isOpenAIShaped', () => {
  const shaped = (setup: string, body: string, api = 'chat.completions') =>
    isOpenAIShaped(analyze(`${setup}\nx.${api}.create(${body});`)[0]);
  const groq = "import Groq from 'groq-sdk';\nconst x = new Groq();";

  it('is always true for clients of the openai package', () => {
    expect(shaped("import OpenAI from 'openai';\nconst x = new OpenAI();", '{ response_model: {} }')).toBe(true);
    expect(shaped("import OpenAI from 'openai';\nconst x = new OpenAI({ baseURL: 'https://api.groq.com/openai/v1' });", 'params')).toBe(true);
  });

  it.each([
    ["{ model: 'llama-3.3-70b-versatile', messages: [] }", true],
    ['{ messages, temperature: 0 }', true],
    ['{ ...base, messages }', true],
    ["{ model: 'x', messages: [], response_format: { type: 'json' } }", true],
    // No `messages`: not known to be a Chat body.
    ["{ model: 'x' }", false],
    ['params', false],
    ['{ messages: undefined }', false],
    // A key outside OpenAI's Chat API: the SDK's own request.
    ["{ model: 'x', messages: [], reasoning_format: 'parsed' }", false],
    ["{ provider: 'openai', model: 'gpt-4o', messages: [] }", false],
    ['{ messages: [], response_model: { schema, name: "User" } }', false],
    // ... unless it is surely not sent.
    ['{ messages: [], response_model: undefined }', true],
  ])('Chat on a look-alike: %s → %s', (body, expected) => {
    expect(shaped(`${groq}\ndeclare const messages: any[], base: any, params: any, schema: any;`, body)).toBe(expected);
  });

  it.each([
    ["{ model: 'x', input: 'hi' }", true],
    ["{ model: 'x', messages: [] }", false],
    ["{ model: 'x', input: 'hi', response_format: {} }", false],
  ])('Responses on a look-alike: %s → %s', (body, expected) => {
    expect(shaped(groq, body, 'responses')).toBe(expected);
  });
});

describe('rules on providers and look-alikes', () => {
  const lint = (code: string, settings: unknown = {}) =>
    new Linter()
      .verify(
        code,
        [
          { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
          {
            plugins: { openai: { rules } as never },
            rules: {
              'openai/valid-response-format': 'error',
              'openai/no-logprobs-with-response-format': 'error',
              'openai/no-unsupported-logprobs': 'error',
              'openai/no-unsupported-max-tokens': 'error',
            },
            settings: { openai: settings },
          },
        ],
        { filename: 'file.ts' },
      )
      .map((m) => m.ruleId);

  const groq = "import Groq from 'groq-sdk';\nconst groq = new Groq();\n";
  const badFormat = "response_format: { type: 'json' }";

  it('model-independent rules apply to an OpenAI-shaped look-alike request', () => {
    expect(lint(`${groq}groq.chat.completions.create({ model: 'llama-3.1-8b-instant', messages: [], ${badFormat} });`)).toEqual([
      'openai/valid-response-format',
    ]);
    expect(
      lint(`${groq}groq.chat.completions.create({ model: 'x', messages: [], logprobs: true, response_format: { type: 'json_object' } });`),
    ).toEqual(['openai/no-logprobs-with-response-format']);
  });

  it('... and stay silent when it is not shaped like OpenAI (no messages, or an SDK extension)', () => {
    expect(lint(`${groq}groq.chat.completions.create({ model: 'x', ${badFormat} });`)).toEqual([]);
    expect(
      lint(
        `import { TokenJS } from 'token.js';\nconst t = new TokenJS();\nt.chat.completions.create({ provider: 'openai', model: 'gpt-4o', messages: [], ${badFormat} });`,
      ),
    ).toEqual([]);
  });

  describe('instructor', () => {
    const wrapping = (client: string) =>
      `import OpenAI, { AzureOpenAI } from 'openai';\nimport Instructor from '@instructor-ai/instructor';\nconst oai = ${client};\nconst client = Instructor({ client: oai, mode: 'TOOLS' });\n`;
    const body = "{ model: 'o3', messages: [], response_model: { schema: {}, name: 'U' }, max_retries: 2, logprobs: true, max_tokens: 5 }";

    it('a visible `new OpenAI()` wrapped by instructor is that client, wrapper noted', () => {
      const requests = analyze(`${wrapping('new OpenAI()')}client.chat.completions.create(${body});`);
      expect(requests.map((r) => [r.site.client.kind, r.site.client.wrapper])).toEqual([['openai', '@instructor-ai/instructor']]);
    });

    it('every rule applies through it: response_model and max_retries are instructor\'s own keys', () => {
      expect(lint(`${wrapping('new OpenAI()')}client.chat.completions.create(${body});`)).toEqual([
        'openai/no-unsupported-logprobs',
        'openai/no-unsupported-max-tokens',
      ]);
      expect(lint(`${wrapping('new OpenAI()')}await client.chat.completions.create({ model: 'gpt-4o', messages: [], response_model: { schema: {}, name: 'U' }, ${badFormat} });`)).toEqual([
        'openai/valid-response-format',
      ]);
    });

    it('an Azure client wrapped by instructor: deployment names, as unwrapped', () => {
      expect(lint(`${wrapping("new AzureOpenAI({ apiVersion: 'x' })")}client.chat.completions.create(${body});`)).toEqual([]);
    });

    it('a wrapped client the file does not show: model-independent rules only, instructor keys accepted', () => {
      const code = (rest: string) =>
        `import Instructor from '@instructor-ai/instructor';\ndeclare const oai: any;\nconst client = Instructor({ client: oai });\nclient.chat.completions.create({ model: 'o3', messages: [], response_model: { schema: {}, name: 'U' }, max_retries: 1, ${rest} });`;
      expect(lint(code(badFormat))).toEqual(['openai/valid-response-format']);
      expect(lint(code('logprobs: true, max_tokens: 5'))).toEqual([]);
      // Another key outside OpenAI's API still makes it instructor's own request.
      expect(lint(code(`mode: 'x', ${badFormat}`))).toEqual([]);
    });
  });

  it('model-keyed rules stay silent on look-alikes, even for OpenAI model names and aliases', () => {
    const code = `${groq}groq.chat.completions.create({ model: 'o3', messages: [], logprobs: true, max_tokens: 5 });`;
    expect(lint(code)).toEqual([]);
    expect(lint(code, { modelAliases: { o3: 'o3' } })).toEqual([]);
  });

  it('model-keyed rules: silent on `other` hosts unless aliased; active on `openai` hosts', () => {
    const code = (host: string, model = 'o3') =>
      `import OpenAI from 'openai';\nconst c = new OpenAI({ baseURL: 'https://${host}/v1' });\nc.chat.completions.create({ model: '${model}', messages: [], max_tokens: 5 });`;
    const providers = { providers: { openai: ['gw.example.com'], other: ['llm.internal'] } };
    expect(lint(code('gw.example.com'), providers)).toEqual(['openai/no-unsupported-max-tokens']);
    expect(lint(code('llm.internal'), providers)).toEqual([]);
    expect(lint(code('llm.internal', 'prod'), { ...providers, modelAliases: { prod: 'o3' } })).toEqual(['openai/no-unsupported-max-tokens']);
    // Model-independent rules still apply to `other` (the body goes through the openai SDK).
    expect(
      lint(
        `import OpenAI from 'openai';\nconst c = new OpenAI({ baseURL: 'http://llm.internal' });\nc.chat.completions.create({ model: 'm', messages: [], ${badFormat} });`,
        providers,
      ),
    ).toEqual(['openai/valid-response-format']);
  });
});

describe('a receiver classified under each providers setting', () => {
  // Two settings over the same parse each classify the receiver with their own providers,
  // and a second receiver of the same binding gets the same answer as the first.
  function classifyAll(code: string, settingsList: unknown[]): string[][] {
    const out: string[][] = settingsList.map(() => []);
    const parsed = settingsList.map((s) => parseSettings(s));
    visitCalls(code, (sourceCode, node) => {
      parsed.forEach((settings, index) => {
        const site = classifyCall(sourceCode, node, { settings });
        if (site) out[index].push(site.client.kind);
      });
    });
    return out;
  }

  it('the same binding under other providers settings gets its own answer', () => {
    const code = `import OpenAI from 'openai';\nconst x = new OpenAI({ baseURL: 'http://llm.internal/v1' });\n${call}\n${call}\nx.responses.create({ model: 'o3', input: 'hi' });`;
    expect(classifyAll(code, [{}, { providers: { other: ['llm.internal'] } }, { providers: { azure: ['llm.internal'] } }])).toEqual([
      ['compatible', 'compatible', 'compatible'],
      ['other', 'other', 'other'],
      ['azure', 'azure', 'azure'],
    ]);
  });

  it('bindings of the same name in other scopes are other bindings', () => {
    const code = `import OpenAI, { AzureOpenAI } from 'openai';\nfunction a() { const x = new AzureOpenAI(); ${call} }\nfunction b() { const x = new OpenAI(); ${call} }\nfunction c(x: any) { ${call} }`;
    expect(classifyAll(code, [{}])).toEqual([['azure', 'openai', 'unknown']]);
  });
});
