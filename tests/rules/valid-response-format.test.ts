import rule from '../../rules/valid-response-format.js';
import { jsRuleTester, ruleTester } from '../rule-tester.js';

const header = "import OpenAI from 'openai';\nconst client = new OpenAI();\n";
const chat = (format: string): string => `${header}client.chat.completions.create({ model: 'gpt-4o', response_format: ${format}, messages: [] });`;
const responses = (format: string): string => `${header}client.responses.create({ model: 'gpt-4o', input: 'hi', text: { format: ${format} } });`;

ruleTester.run('valid-response-format', rule, {
  valid: [
    // The three Chat types.
    chat("{ type: 'json_object' }"),
    chat("{ type: 'text' }"),
    chat("{ type: 'json_schema', json_schema: { name: 'person', strict: true, schema: { type: 'object' } } }"),
    chat("{ type: `json_schema`, json_schema: { 'name': 'person' } } as const"),
    // SDK helpers and any other call: unknown, never reported.
    `import { zodResponseFormat } from 'openai/helpers/zod';\n${chat("zodResponseFormat(Person, 'person')")}`,
    chat('JSON.parse(process.env.FORMAT!)'),
    // Unknown values are not errors.
    `declare const fmt: any;\n${chat('fmt')}`,
    `declare const fmt: any;\n${chat('{ type: fmt }')}`,
    `declare const base: any;\n${chat('{ ...base }')}`,
    `declare const base: any;\n${chat("{ type: 'json_schema', ...base }")}`,
    `declare const schema: any;\n${chat("{ type: 'json_schema', json_schema: schema }")}`,
    chat("{ type: 'json_schema', json_schema: buildSchema() }"),
    `declare const extra: any;\n${chat("{ type: 'json_schema', json_schema: { schema: {}, ...extra } }")}`,
    // A getter or a method: the value is not static.
    chat("{ get type() { return 'json'; } }"),
    // Not sent, or sent as null: not this rule's message.
    chat('null'),
    chat('undefined'),
    chat('{ type: null }'),
    // Alternatives of one spread are kept apart: each branch is complete.
    `declare const c: boolean;\ndeclare const s: any;\n${chat("{ ...(c ? { type: 'json_schema', json_schema: s } : { type: 'text' }) }")}`,
    `declare const c: boolean;\n${chat("c ? { type: 'json_object' } : { type: 'json_schema', json_schema: { name: 'a' } }")}`,
    // Responses: the flat shape and the helpers.
    responses("{ type: 'json_schema', name: 'person', schema: { type: 'object' }, strict: true }"),
    responses("{ type: 'json_object' }"),
    responses("{ type: 'text' }"),
    `import { zodTextFormat } from 'openai/helpers/zod';\n${responses("zodTextFormat(Person, 'person')")}`,
    `declare const base: any;\n${responses("{ type: 'json_schema', ...base }")}`,
    // `response_format` sent to the Responses API is another rule's business.
    `${header}client.responses.create({ model: 'gpt-4o', input: 'hi', response_format: { type: 'json' } });`,
    `${header}client.responses.create({ model: 'gpt-4o', input: 'hi', response_format: 'json_object' });`,
    // Other endpoints whose `response_format` is a string by design.
    `${header}client.audio.transcriptions.create({ model: 'whisper-1', file, response_format: 'json' });`,
    `${header}client.images.generate({ model: 'dall-e-3', prompt: 'x', response_format: 'b64_json' });`,
    `${header}client.completions.create({ model: 'gpt-3.5-turbo-instruct', prompt: 'x', response_format: 'json' });`,
    // Not requests: a mock and an unrelated method.
    `${header}client.chat.completions.create.mockResolvedValue({ response_format: 'json' });`,
    `${header}client.chat.completions.list({ response_format: { type: 'json' } });`,
    // Malformed or unusual calls do not crash.
    `${header}client.chat.completions.create();`,
    `${header}declare const args: any[];\nclient.chat.completions.create(...args);`,
    `${header}client.chat.completions.create('json_object');`,
    `${header}client.chat.completions.create({ get response_format() { return 'json'; }, model: 'gpt-4o' });`,
    `${header}client.chat.completions.create({ response_format() { return 'json'; }, model: 'gpt-4o' });`,
    `${header}client.chat.completions.create({ [Symbol.iterator]: 1, response_format: { type: 'text' } });`,
    `${header}client.responses.create({ model: 'gpt-4o', input: 'hi', text: 'json' });`,
    `${header}client.responses.create({ model: 'gpt-4o', input: 'hi', text: { format: 'json' } });`,
  ],
  invalid: [
    // --- Chat: `type` not a format type -------------------------------------------------------
    {
      code: chat("{ type: 'json' }"),
      output: chat("{ type: 'json_object' }"),
      errors: [
        {
          messageId: 'invalidType',
          data: { param: 'response_format.type', value: "'json'" },
          line: 3,
          column: 70,
          endLine: 3,
          endColumn: 82,
        },
      ],
    },
    {
      // With a `json_schema` object, 'json' means json_schema; the quotes are kept.
      code: chat('{ type: "JSON", json_schema: { name: "person", schema: {} } }'),
      output: chat('{ type: "json_schema", json_schema: { name: "person", schema: {} } }'),
      errors: [{ messageId: 'invalidType', data: { param: 'response_format.type', value: "'JSON'" } }],
    },
    ...['Json', 'json-object', 'json_obj', 'jsonObject', 'json object', 'JSON_OBJECT'].map((spelling) => ({
      code: chat(`{ type: '${spelling}' }`),
      output: chat("{ type: 'json_object' }"),
      errors: [{ messageId: 'invalidType' as const, data: { param: 'response_format.type', value: `'${spelling}'` } }],
    })),
    ...['jsonSchema', 'json-schema', 'JSON_SCHEMA'].map((spelling) => ({
      code: chat(`{ type: '${spelling}', json_schema: { name: 'a' } }`),
      output: chat("{ type: 'json_schema', json_schema: { name: 'a' } }"),
      errors: [{ messageId: 'invalidType' as const, data: { param: 'response_format.type', value: `'${spelling}'` } }],
    })),
    {
      code: chat("{ type: 'TEXT' }"),
      output: chat("{ type: 'text' }"),
      errors: [{ messageId: 'invalidType', data: { param: 'response_format.type', value: "'TEXT'" } }],
    },
    {
      // 'object' (seen in a real capture) does not say JSON: suggestion only.
      code: chat("{ type: 'object' }"),
      output: null,
      errors: [
        {
          messageId: 'invalidType',
          data: { param: 'response_format.type', value: "'object'" },
          suggestions: [{ messageId: 'replaceType', data: { replacement: "'json_object'" }, output: chat("{ type: 'json_object' }") }],
        },
      ],
    },
    {
      // An unknown type: no guess.
      code: chat("{ type: 'xml' }"),
      output: null,
      errors: [{ messageId: 'invalidType', data: { param: 'response_format.type', value: "'xml'" }, suggestions: [] }],
    },
    {
      // Custom-tool grammar types are not response formats.
      code: chat("{ type: 'grammar', grammar: 'x' }"),
      output: null,
      errors: [{ messageId: 'invalidType', data: { param: 'response_format.type', value: "'grammar'" }, suggestions: [] }],
    },
    {
      // A value set: reported (one path fails), suggestion only.
      code: `declare const strict: boolean;\n${chat("{ type: strict ? 'json' : 'json_object' }")}`,
      output: null,
      errors: [
        {
          messageId: 'invalidType',
          data: { param: 'response_format.type', value: "'json'" },
          suggestions: [
            { messageId: 'replaceType', output: `declare const strict: boolean;\n${chat("{ type: strict ? 'json_object' : 'json_object' }")}` },
          ],
        },
      ],
    },
    {
      // Two bad values of one property: one report.
      code: `declare const c: boolean;\n${chat("{ type: c ? 'json' : 'JSON' }")}`,
      output: null,
      errors: [
        {
          messageId: 'invalidType',
          data: { param: 'response_format.type', value: "'json' or 'JSON'" },
          suggestions: [{ messageId: 'replaceType', output: `declare const c: boolean;\n${chat("{ type: c ? 'json_object' : 'json_object' }")}` }],
        },
      ],
    },
    {
      // `a ?? b`: the default is a known path.
      code: `declare const configured: string | undefined;\n${chat("{ type: configured ?? 'Json' }")}`,
      output: null,
      errors: [
        {
          messageId: 'invalidType',
          suggestions: [{ messageId: 'replaceType', output: `declare const configured: string | undefined;\n${chat("{ type: configured ?? 'json_object' }")}` }],
        },
      ],
    },
    {
      // An unknown spread may add `json_schema`: 'json' is only a suggestion then.
      code: `declare const extra: any;\n${chat("{ type: 'json', ...extra }")}`,
      output: null,
      errors: [
        {
          messageId: 'invalidType',
          suggestions: [{ messageId: 'replaceType', output: `declare const extra: any;\n${chat("{ type: 'json_object', ...extra }")}` }],
        },
      ],
    },
    {
      // Template literal, `as const`, `satisfies` and `!`: the literal itself is replaced.
      code: chat('{ type: `json` as const } satisfies object'),
      output: chat('{ type: `json_object` as const } satisfies object'),
      errors: [{ messageId: 'invalidType' }],
    },
    {
      code: chat("({ type: 'json' } as any)!"),
      output: chat("({ type: 'json_object' } as any)!"),
      errors: [{ messageId: 'invalidType' }],
    },
    {
      // Computed string keys.
      code: `${header}client.chat.completions.create({ model: 'gpt-4o', ['response_format']: { ['type']: 'json' }, messages: [] });`,
      output: `${header}client.chat.completions.create({ model: 'gpt-4o', ['response_format']: { ['type']: 'json_object' }, messages: [] });`,
      errors: [{ messageId: 'invalidType' }],
    },
    {
      // A comment next to the value is kept.
      code: chat("{ type: 'json' /* free-form */ }"),
      output: chat("{ type: 'json_object' /* free-form */ }"),
      errors: [{ messageId: 'invalidType' }],
    },
    {
      // The value comes from a const: replace the property value, as a suggestion (the const may be used elsewhere).
      code: `const FORMAT = 'json';\n${chat('{ type: FORMAT }')}`,
      output: null,
      errors: [{ messageId: 'invalidType', suggestions: [{ messageId: 'replaceType', output: `const FORMAT = 'json';\n${chat("{ type: 'json_object' }")}` }] }],
    },
    {
      // Shorthand property.
      code: `const type = 'json';\n${chat('{ type }')}`,
      output: null,
      errors: [{ messageId: 'invalidType', suggestions: [{ messageId: 'replaceType', output: `const type = 'json';\n${chat("{ type: 'json_object' }")}` }] }],
    },
    {
      // TS enum member: suggestion only.
      code: `enum Format { Json = 'json' }\n${chat('{ type: Format.Json }')}`,
      output: null,
      errors: [
        {
          messageId: 'invalidType',
          data: { param: 'response_format.type', value: "'json'" },
          suggestions: [{ messageId: 'replaceType', output: `enum Format { Json = 'json' }\n${chat("{ type: 'json_object' }")}` }],
        },
      ],
    },
    {
      // Member of a const object.
      code: `const FORMATS = { structured: 'json' } as const;\n${chat('{ type: FORMATS.structured }')}`,
      output: null,
      errors: [
        {
          messageId: 'invalidType',
          suggestions: [{ messageId: 'replaceType', output: `const FORMATS = { structured: 'json' } as const;\n${chat("{ type: 'json_object' }")}` }],
        },
      ],
    },
    {
      // The format object in a const used only here: fixed there.
      code: `const format = { type: 'json' };\n${chat('format')}`,
      output: `const format = { type: 'json_object' };\n${chat('format')}`,
      errors: [{ messageId: 'invalidType', line: 1 }],
    },
    {
      // The format object shared by two calls: reported at each call's `response_format`, no fix.
      code: `const format = { type: 'json' };\n${chat('format')}\nclient.chat.completions.create({ model: 'gpt-4o-mini', response_format: format, messages: [] });`,
      output: null,
      errors: [
        { messageId: 'invalidType', line: 4, column: 51, endColumn: 74, suggestions: [] },
        { messageId: 'invalidType', line: 5, column: 56, endColumn: 79, suggestions: [] },
      ],
    },
    {
      // A shared base object spread into two calls: reported on each call's body, no fix.
      code: `${header}const base = { model: 'gpt-4o', response_format: { type: 'json' } };\nclient.chat.completions.create({ ...base, messages: [] });\nclient.chat.completions.create({ ...base, messages: [], n: 2 });`,
      output: null,
      errors: [
        { messageId: 'invalidType', line: 4, column: 32, suggestions: [] },
        { messageId: 'invalidType', line: 5, column: 32, suggestions: [] },
      ],
    },
    {
      // A base object used once is local: fixed in place.
      code: `${header}const base = { model: 'gpt-4o', response_format: { type: 'json' } };\nclient.chat.completions.create({ ...base, messages: [] });`,
      output: `${header}const base = { model: 'gpt-4o', response_format: { type: 'json_object' } };\nclient.chat.completions.create({ ...base, messages: [] });`,
      errors: [{ messageId: 'invalidType', line: 3 }],
    },
    {
      // Conditional spread `...(c ? {a} : {})`: the object it adds is fixed.
      code: `${header}declare const structured: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', ...(structured ? { response_format: { type: 'json' } } : {}), messages: [] });`,
      output: `${header}declare const structured: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', ...(structured ? { response_format: { type: 'json_object' } } : {}), messages: [] });`,
      errors: [{ messageId: 'invalidType' }],
    },
    {
      // Conditional spread `...(c && {a})`: the object it adds is fixed.
      code: `${header}declare const structured: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', ...(structured && { response_format: { type: 'json' } }), messages: [] });`,
      output: `${header}declare const structured: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', ...(structured && { response_format: { type: 'json_object' } }), messages: [] });`,
      errors: [{ messageId: 'invalidType' }],
    },
    {
      // Two fixable problems in one call (two bodies) combine into one pass.
      code: `${header}declare const c: boolean;\nclient.chat.completions.create(c ? { model: 'a', response_format: { type: 'json' } } : { model: 'b', response_format: { type: 'JSON', json_schema: { name: 'x' } } });`,
      output: `${header}declare const c: boolean;\nclient.chat.completions.create(c ? { model: 'a', response_format: { type: 'json_object' } } : { model: 'b', response_format: { type: 'json_schema', json_schema: { name: 'x' } } });`,
      errors: [{ messageId: 'invalidType' }, { messageId: 'invalidType' }],
    },
    {
      // A fix that reveals the next problem: the type is fixed, then the missing name is reported (no fix).
      code: chat("{ type: 'JSON_SCHEMA', json_schema: { schema: {} } }"),
      output: chat("{ type: 'json_schema', json_schema: { schema: {} } }"),
      errors: [{ messageId: 'invalidType' }],
    },
    {
      // The flat Responses shape with a bad type: the schema says json_schema (the nesting is reported next).
      code: chat("{ type: 'json', name: 'person', schema: {} }"),
      output: chat("{ type: 'json_schema', name: 'person', schema: {} }"),
      errors: [{ messageId: 'invalidType', data: { param: 'response_format.type', value: "'json'" } }],
    },
    // --- Receivers ---------------------------------------------------------------------------
    {
      code: `${header}class Service {\n  client = new OpenAI();\n  run() {\n    return this.client?.chat?.completions?.['create']({ model: 'gpt-4o', response_format: { type: 'json' } });\n  }\n}`,
      output: `${header}class Service {\n  client = new OpenAI();\n  run() {\n    return this.client?.chat?.completions?.['create']({ model: 'gpt-4o', response_format: { type: 'json_object' } });\n  }\n}`,
      errors: [{ messageId: 'invalidType', line: 6 }],
    },
    {
      code: `${header}const completions = client.chat.completions;\ncompletions.parse({ model: 'gpt-4o', response_format: 'json_object', messages: [] });`,
      output: `${header}const completions = client.chat.completions;\ncompletions.parse({ model: 'gpt-4o', response_format: { type: 'json_object' }, messages: [] });`,
      errors: [{ messageId: 'notAnObject' }],
    },
    {
      code: `${header}(client as any).beta.chat.completions.stream({ model: 'gpt-4o', response_format: { type: 'json' }, messages: [] });`,
      output: `${header}(client as any).beta.chat.completions.stream({ model: 'gpt-4o', response_format: { type: 'json_object' }, messages: [] });`,
      errors: [{ messageId: 'invalidType' }],
    },
    {
      // Model-independent: Azure deployments are checked too.
      code: "import { AzureOpenAI } from 'openai';\nconst azure = new AzureOpenAI();\nazure.chat.completions.create({ model: 'my-deployment', response_format: { type: 'json' }, messages: [] });",
      output: "import { AzureOpenAI } from 'openai';\nconst azure = new AzureOpenAI();\nazure.chat.completions.create({ model: 'my-deployment', response_format: { type: 'json_object' }, messages: [] });",
      errors: [{ messageId: 'invalidType' }],
    },
    {
      // Another backend (Ollama's OpenAI-compatible endpoint) may read another type: reported, suggestion only.
      code: "import OpenAI from 'openai';\nconst ollama = new OpenAI({ baseURL: 'http://localhost:11434/v1' });\nollama.chat.completions.create({ model: 'llama3', response_format: { type: 'json' }, messages: [] });",
      output: null,
      errors: [
        {
          messageId: 'invalidType',
          suggestions: [
            {
              messageId: 'replaceType',
              output: "import OpenAI from 'openai';\nconst ollama = new OpenAI({ baseURL: 'http://localhost:11434/v1' });\nollama.chat.completions.create({ model: 'llama3', response_format: { type: 'json_object' }, messages: [] });",
            },
          ],
        },
      ],
    },
    {
      // A host declared `other` in the settings: suggestion only.
      code: "import OpenAI from 'openai';\nconst c = new OpenAI({ baseURL: 'https://llm.internal/v1' });\nc.chat.completions.create({ model: 'm', response_format: { type: 'json' }, messages: [] });",
      settings: { openai: { providers: { other: ['llm.internal'] } } },
      output: null,
      errors: [
        {
          messageId: 'invalidType',
          suggestions: [
            {
              messageId: 'replaceType',
              output: "import OpenAI from 'openai';\nconst c = new OpenAI({ baseURL: 'https://llm.internal/v1' });\nc.chat.completions.create({ model: 'm', response_format: { type: 'json_object' }, messages: [] });",
            },
          ],
        },
      ],
    },
    // --- Chat: a string instead of an object ---------------------------------------------------
    {
      code: chat("'json_object'"),
      output: chat("{ type: 'json_object' }"),
      errors: [
        {
          messageId: 'notAnObject',
          data: { value: "'json_object'" },
          line: 3,
          column: 51,
          endColumn: 81,
        },
      ],
    },
    {
      code: chat('"json"'),
      output: chat('{ type: "json_object" }'),
      errors: [{ messageId: 'notAnObject', data: { value: "'json'" } }],
    },
    {
      code: chat("'text'"),
      output: chat("{ type: 'text' }"),
      errors: [{ messageId: 'notAnObject', data: { value: "'text'" } }],
    },
    {
      code: chat("'JSON' as const"),
      output: chat("{ type: 'json_object' } as const"),
      errors: [{ messageId: 'notAnObject' }],
    },
    {
      // A schema is needed: no fix.
      code: chat("'json_schema'"),
      output: null,
      errors: [{ messageId: 'notAnObject', data: { value: "'json_schema'" }, suggestions: [] }],
    },
    {
      code: chat("'xml'"),
      output: null,
      errors: [{ messageId: 'notAnObject', suggestions: [] }],
    },
    {
      // Shorthand: suggestion (the const may be used elsewhere).
      code: `${header}const response_format = 'json_object';\nclient.chat.completions.create({ model: 'gpt-4o', response_format, messages: [] });`,
      output: null,
      errors: [
        {
          messageId: 'notAnObject',
          suggestions: [
            {
              messageId: 'wrapInObject',
              data: { replacement: "{ type: 'json_object' }" },
              output: `${header}const response_format = 'json_object';\nclient.chat.completions.create({ model: 'gpt-4o', response_format: { type: 'json_object' }, messages: [] });`,
            },
          ],
        },
      ],
    },
    {
      // A string on one path, a bad type on another: two problems.
      code: `declare const c: boolean;\n${chat("c ? 'json' : { type: 'xml' }")}`,
      output: null,
      errors: [
        { messageId: 'notAnObject', suggestions: [{ messageId: 'wrapInObject', output: `declare const c: boolean;\n${chat("c ? { type: 'json_object' } : { type: 'xml' }")}` }] },
        { messageId: 'invalidType', data: { param: 'response_format.type', value: "'xml'" }, suggestions: [] },
      ],
    },
    {
      // An environment default: the fallback string is a known path.
      code: chat("process.env.FORMAT || 'json_object'"),
      output: null,
      errors: [{ messageId: 'notAnObject', suggestions: [{ messageId: 'wrapInObject', output: chat("process.env.FORMAT || { type: 'json_object' }") }] }],
    },
    // --- Chat: missing members -----------------------------------------------------------------
    {
      code: chat('{}'),
      output: null,
      errors: [{ messageId: 'missingType', line: 3, column: 51, endColumn: 70, suggestions: [] }],
    },
    {
      code: chat('{ type: undefined }'),
      output: null,
      errors: [{ messageId: 'missingType', suggestions: [] }],
    },
    {
      // With a json_schema object, adding the type is suggested.
      code: chat("{ json_schema: { name: 'a', schema: {} } }"),
      output: null,
      errors: [
        {
          messageId: 'missingType',
          suggestions: [{ messageId: 'addType', output: chat("{ json_schema: { name: 'a', schema: {} }, type: 'json_schema' }") }],
        },
      ],
    },
    {
      code: `${header}client.chat.completions.create({\n  model: 'gpt-4o',\n  response_format: {\n    json_schema: { name: "a", schema: {} },\n  },\n  messages: [],\n});`,
      output: null,
      errors: [
        {
          messageId: 'missingType',
          line: 5,
          suggestions: [
            {
              messageId: 'addType',
              output: `${header}client.chat.completions.create({\n  model: 'gpt-4o',\n  response_format: {\n    json_schema: { name: "a", schema: {} },\n    type: "json_schema",\n  },\n  messages: [],\n});`,
            },
          ],
        },
      ],
    },
    {
      code: chat("{ type: 'json_schema' }"),
      output: null,
      errors: [{ messageId: 'missingJsonSchema', line: 3, column: 51, suggestions: [] }],
    },
    {
      // Only one path is json_schema: still a known failing path.
      code: `declare const c: boolean;\n${chat("{ type: c ? 'json_schema' : 'json_object' }")}`,
      output: null,
      errors: [{ messageId: 'missingJsonSchema' }],
    },
    {
      // The flat Responses shape sent to Chat: nesting is suggested.
      code: chat("{ type: 'json_schema', name: 'person', schema: {}, strict: true }"),
      output: null,
      errors: [
        {
          messageId: 'flatJsonSchema',
          data: { keys: '`name`, `schema` and `strict`' },
          suggestions: [
            {
              messageId: 'nestSchema',
              data: { keys: '`name`, `schema` and `strict`' },
              output: chat("{ type: 'json_schema', json_schema: { name: 'person', schema: {}, strict: true } }"),
            },
          ],
        },
      ],
    },
    {
      code: `${header}await client.chat.completions.create({\n  model: 'gpt-4o',\n  response_format: {\n    type: 'json_schema',\n    name: 'person',\n    schema: {\n      type: 'object',\n      properties: { name: { type: 'string' } },\n    },\n    strict: true,\n  },\n  messages: [],\n});`,
      output: null,
      errors: [
        {
          messageId: 'flatJsonSchema',
          line: 5,
          suggestions: [
            {
              messageId: 'nestSchema',
              output: `${header}await client.chat.completions.create({\n  model: 'gpt-4o',\n  response_format: {\n    type: 'json_schema',\n    json_schema: {\n      name: 'person',\n      schema: {\n        type: 'object',\n        properties: { name: { type: 'string' } },\n      },\n      strict: true,\n    },\n  },\n  messages: [],\n});`,
            },
          ],
        },
      ],
    },
    {
      // Only `name` flat; no trailing comma in a multi-line object.
      code: `${header}client.chat.completions.create({ model: 'gpt-4o', response_format: {\n  name: 'a',\n  type: 'json_schema'\n} });`,
      output: null,
      errors: [
        {
          messageId: 'flatJsonSchema',
          data: { keys: '`name`' },
          suggestions: [
            {
              messageId: 'nestSchema',
              output: `${header}client.chat.completions.create({ model: 'gpt-4o', response_format: {\n  json_schema: {\n    name: 'a'\n  },\n  type: 'json_schema'\n} });`,
            },
          ],
        },
      ],
    },
    {
      // A comment in the object: no suggestion (it could be lost or moved).
      code: chat("{ type: 'json_schema', /* person */ name: 'person', schema: {} }"),
      output: null,
      errors: [{ messageId: 'flatJsonSchema', suggestions: [] }],
    },
    {
      // A multi-line template literal in a moved member: re-indenting would change it.
      code: `${header}client.chat.completions.create({\n  response_format: {\n    type: 'json_schema',\n    description: \`a\nb\`,\n  },\n});`,
      output: null,
      errors: [{ messageId: 'flatJsonSchema', data: { keys: '`description`' }, suggestions: [] }],
    },
    {
      // The flat members come from a spread: no suggestion.
      code: `const flat = { name: 'a', schema: {} };\n${chat("{ type: 'json_schema', ...flat }")}`,
      output: null,
      errors: [{ messageId: 'flatJsonSchema', data: { keys: '`name` and `schema`' }, suggestions: [] }],
    },
    {
      // `json_schema: undefined` is not sent; nesting would duplicate the key, so no suggestion.
      code: chat("{ type: 'json_schema', json_schema: undefined, name: 'a' }"),
      output: null,
      errors: [{ messageId: 'flatJsonSchema', data: { keys: '`name`' }, suggestions: [] }],
    },
    {
      // json_schema without a name: reported on `json_schema`.
      code: chat("{ type: 'json_schema', json_schema: { schema: {}, strict: true } }"),
      output: null,
      errors: [{ messageId: 'missingSchemaName', line: 3, column: 91, endColumn: 132, suggestions: [] }],
    },
    {
      code: `const schemaFormat = { schema: {} };\n${chat("{ type: 'json_schema', json_schema: schemaFormat }")}`,
      output: null,
      errors: [{ messageId: 'missingSchemaName', column: 91 }],
    },
    {
      // The format object shared by two calls: reported on each call's `response_format`.
      code: `const format = { type: 'json_schema', json_schema: { schema: {} } };\n${chat('format')}\n${chat('format').split('\n').at(-1)}`,
      output: null,
      errors: [
        { messageId: 'missingSchemaName', line: 4, column: 51, endColumn: 74 },
        { messageId: 'missingSchemaName', line: 5, column: 51, endColumn: 74 },
      ],
    },
    // --- Responses: text.format ----------------------------------------------------------------
    {
      code: responses("{ type: 'json' }"),
      output: responses("{ type: 'json_object' }"),
      errors: [{ messageId: 'invalidType', data: { param: 'text.format.type', value: "'json'" }, line: 3, column: 75, endColumn: 87 }],
    },
    {
      // The flat schema members say json_schema.
      code: responses("{ type: 'json', name: 'person', schema: {} }"),
      output: responses("{ type: 'json_schema', name: 'person', schema: {} }"),
      errors: [{ messageId: 'invalidType', data: { param: 'text.format.type', value: "'json'" } }],
    },
    {
      code: responses("{ type: 'xml' }"),
      output: null,
      errors: [{ messageId: 'invalidType', data: { param: 'text.format.type', value: "'xml'" }, suggestions: [] }],
    },
    {
      code: responses("{ type: 'json_schema', schema: { type: 'object' } }"),
      output: null,
      errors: [{ messageId: 'missingFormatName', line: 3, column: 65, suggestions: [] }],
    },
    {
      // The Chat nested shape in text.format: flattening is suggested.
      code: responses("{ type: 'json_schema', json_schema: { name: 'person', schema: {}, strict: true } }"),
      output: null,
      errors: [
        {
          messageId: 'nestedFormat',
          suggestions: [{ messageId: 'flattenSchema', output: responses("{ type: 'json_schema', name: 'person', schema: {}, strict: true }") }],
        },
      ],
    },
    {
      code: `${header}await client.responses.create({\n  model: 'gpt-4o',\n  input: 'hi',\n  text: {\n    format: {\n      type: 'json_schema',\n      json_schema: {\n        name: 'person',\n        schema: {\n          type: 'object',\n        },\n        strict: true,\n      },\n    },\n  },\n});`,
      output: null,
      errors: [
        {
          messageId: 'nestedFormat',
          line: 7,
          suggestions: [
            {
              messageId: 'flattenSchema',
              output: `${header}await client.responses.create({\n  model: 'gpt-4o',\n  input: 'hi',\n  text: {\n    format: {\n      type: 'json_schema',\n      name: 'person',\n      schema: {\n        type: 'object',\n      },\n      strict: true,\n    },\n  },\n});`,
            },
          ],
        },
      ],
    },
    {
      // A key both inside and outside: flattening would collide, no suggestion.
      code: responses("{ type: 'json_schema', 'strict': true, json_schema: { name: 'person', strict: true } }"),
      output: null,
      errors: [{ messageId: 'nestedFormat', suggestions: [] }],
    },
    {
      // A comment inside: no suggestion.
      code: responses("{ type: 'json_schema', json_schema: { name: 'person' /* v2 */ } }"),
      output: null,
      errors: [{ messageId: 'nestedFormat', suggestions: [] }],
    },
    {
      // The nested object comes from a const: no suggestion.
      code: `const def = { name: 'person', schema: {} };\n${responses("{ type: 'json_schema', json_schema: def }")}`,
      output: null,
      errors: [{ messageId: 'nestedFormat', suggestions: [] }],
    },
    {
      // text.format from a shared const: reported on each call's body.
      code: `${header}const text = { format: { type: 'json_schema', schema: {} } };\nclient.responses.create({ model: 'gpt-4o', input: 'a', text });\nclient.responses.stream({ model: 'gpt-4o', input: 'b', text });`,
      output: null,
      errors: [
        { messageId: 'missingFormatName', line: 4, column: 25 },
        { messageId: 'missingFormatName', line: 5, column: 25 },
      ],
    },
    {
      code: `${header}const format = { type: 'JSON' };\nclient.responses.parse({ model: 'gpt-4o', input: 'a', text: { format } });`,
      output: `${header}const format = { type: 'json_object' };\nclient.responses.parse({ model: 'gpt-4o', input: 'a', text: { format } });`,
      errors: [{ messageId: 'invalidType', data: { param: 'text.format.type', value: "'JSON'" }, line: 3 }],
    },
  ],
});

jsRuleTester.run('valid-response-format (CommonJS)', rule, {
  valid: [
    "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o', response_format: { type: 'json_object' } });",
    "const { zodResponseFormat } = require('openai/helpers/zod');\nclient.chat.completions.parse({ response_format: zodResponseFormat(Person, 'person') });",
  ],
  invalid: [
    {
      code: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o', response_format: { type: 'json' } });",
      output: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o', response_format: { type: 'json_object' } });",
      errors: [{ messageId: 'invalidType' }],
    },
    {
      code: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o', response_format: 'json_object' });",
      output: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o', response_format: { type: 'json_object' } });",
      errors: [{ messageId: 'notAnObject' }],
    },
    {
      code: "const client = new (require('openai'))();\nclient.responses.create({ model: 'gpt-4o', input: 'x', text: { format: { type: 'json_schema', json_schema: { name: 'a' } } } });",
      output: null,
      errors: [
        {
          messageId: 'nestedFormat',
          suggestions: [
            {
              messageId: 'flattenSchema',
              output: "const client = new (require('openai'))();\nclient.responses.create({ model: 'gpt-4o', input: 'x', text: { format: { type: 'json_schema', name: 'a' } } });",
            },
          ],
        },
      ],
    },
  ],
});
