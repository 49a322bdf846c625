import rule from '../../rules/valid-strict-json-schema.js';
import { jsRuleTester, ruleTester } from '../rule-tester.js';

const header = "import OpenAI from 'openai';\nconst client = new OpenAI();\n";
/** A Chat request with a strict `response_format` schema named `person`. */
const chat = (schema: string, strict = 'true'): string =>
  `${header}client.chat.completions.create({ model: 'gpt-4o', messages: [], response_format: { type: 'json_schema', json_schema: { name: 'person', strict: ${strict}, schema: ${schema} } } });`;
const responses = (schema: string): string =>
  `${header}client.responses.create({ model: 'gpt-5', input: 'x', text: { format: { type: 'json_schema', name: 'person', strict: true, schema: ${schema} } } });`;
const subject = '`response_format` schema `person`';

const GOOD =
  "{ type: 'object', properties: { name: { type: 'string' }, age: { type: ['integer', 'null'] } }, required: ['name', 'age'], additionalProperties: false }";

ruleTester.run('valid-strict-json-schema', rule, {
  valid: [
    chat(GOOD),
    responses(GOOD),
    // Nested objects, arrays, anyOf branches and $defs that follow the rules.
    chat(
      "{ type: 'object', properties: { pets: { type: 'array', items: { anyOf: [{ type: 'object', properties: { n: { type: 'string' } }, required: ['n'], additionalProperties: false }, { type: 'null' }] } }, home: { $ref: '#/$defs/home' } }, required: ['pets', 'home'], additionalProperties: false, $defs: { home: { type: 'object', properties: {}, required: [], additionalProperties: false } } }",
    ),
    // Not strict: the API accepts any schema.
    chat("{ type: 'object', properties: { a: { type: 'string' } } }", 'false'),
    `${header}client.chat.completions.create({ model: 'gpt-4o', messages: [], response_format: { type: 'json_schema', json_schema: { name: 'p', schema: { type: 'object' } } } });`,
    // strict not statically known.
    `${header}declare const strict: boolean;\n${chat("{ type: 'object' }", 'strict').slice(header.length)}`,
    // Not a JSON-schema format.
    `${header}client.chat.completions.create({ model: 'gpt-4o', messages: [], response_format: { type: 'json_object', json_schema: { name: 'p', strict: true, schema: { type: 'object' } } } });`,
    // Schemas the rule cannot see: a helper call, an unknown import, an unknown spread, computed lists.
    `declare function zodResponseFormat(...a: unknown[]): any;\n${header}client.chat.completions.parse({ model: 'gpt-4o', messages: [], response_format: zodResponseFormat({}, 'p') });`,
    `import { schema } from './schema';\n${chat('schema')}`,
    `${header}declare const base: object;\n${chat("{ ...base, type: 'object', properties: { a: { type: 'string' } } }").slice(header.length)}`,
    `${header}const props = { a: { type: 'string' } };\n${chat("{ type: 'object', properties: props, required: Object.keys(props), additionalProperties: false }").slice(header.length)}`,
    `${header}declare const keys: string[];\n${chat("{ type: 'object', properties: { a: { type: 'string' } }, required: [...keys], additionalProperties: false }").slice(header.length)}`,
    `${header}declare const ap: boolean;\n${chat("{ type: 'object', properties: {}, additionalProperties: ap }").slice(header.length)}`,
    // `required` values set on different paths are not compared.
    `${header}declare const c: boolean;\n${chat("{ type: 'object', properties: c ? { a: {} } : { b: {} }, required: c ? ['a'] : ['b'], additionalProperties: false }").slice(header.length)}`,
    // Function tools: not strict, or without parameters.
    `${header}client.chat.completions.create({ model: 'gpt-4o', messages: [], tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object', properties: { a: {} } } } }] });`,
    `${header}client.chat.completions.create({ model: 'gpt-4o', messages: [], tools: [{ type: 'function', function: { name: 'f', strict: true } }] });`,
    `${header}client.responses.create({ model: 'gpt-5', input: 'x', tools: [{ type: 'function', name: 'f', strict: true, parameters: ${GOOD} }] });`,
    `${header}declare const tools: any[];\nclient.responses.create({ model: 'gpt-5', input: 'x', tools: [...tools, { type: 'web_search' }] });`,
    // Another provider validates schemas its own way.
    `import OpenAI from 'openai';\nconst local = new OpenAI({ baseURL: 'http://localhost:11434/v1' });\nlocal.chat.completions.create({ model: 'llama3', messages: [], response_format: { type: 'json_schema', json_schema: { name: 'p', strict: true, schema: { type: 'object', properties: { a: {} } } } } });`,
    // Not requests, or malformed.
    `${header}client.chat.completions.create.mockResolvedValue({ response_format: { type: 'json_schema', json_schema: { name: 'p', strict: true, schema: { type: 'array' } } } });`,
    `${header}client.chat.completions.create();`,
    `${header}declare const args: any[];\nclient.chat.completions.create(...args);`,
    `${header}client.responses.create('x');`,
    `${header}client.responses.create({ model: 'gpt-5', input: 'x', get text() { return {}; }, tools() { return []; } });`,
  ],
  invalid: [
    {
      // Inline, root object without additionalProperties.
      code: chat("{ type: 'object', properties: { name: { type: 'string' } }, required: ['name'] }"),
      output: null,
      errors: [
        {
          messageId: 'additionalProperties',
          data: { subject, path: '#' },
          line: 3,
          column: 150,
          endColumn: 238,
          suggestions: [
            {
              messageId: 'addAdditionalProperties',
              output: chat("{ type: 'object', properties: { name: { type: 'string' } }, required: ['name'], additionalProperties: false }"),
            },
          ],
        },
      ],
    },
    {
      // `additionalProperties: true` and a schema value: set to false.
      code: chat("{ type: 'object', properties: {}, additionalProperties: true }"),
      output: null,
      errors: [
        {
          messageId: 'additionalProperties',
          suggestions: [{ messageId: 'setAdditionalProperties', output: chat("{ type: 'object', properties: {}, additionalProperties: false }") }],
        },
      ],
    },
    {
      code: chat("{ type: 'object', properties: {}, ['additionalProperties']: { type: 'string' } }"),
      output: null,
      errors: [
        {
          messageId: 'additionalProperties',
          suggestions: [{ messageId: 'setAdditionalProperties', output: chat("{ type: 'object', properties: {}, ['additionalProperties']: false }") }],
        },
      ],
    },
    {
      // A missing key in `required`, appended; an extra key, removed.
      code: chat("{ type: 'object', properties: { name: {}, age: {} }, required: ['name', 'nickname'], additionalProperties: false }"),
      output: null,
      errors: [
        {
          messageId: 'missingRequired',
          data: { subject, path: '#', keys: '`age`', key: 'age' },
          suggestions: [
            {
              messageId: 'addRequired',
              data: { keys: '`age`' },
              output: chat("{ type: 'object', properties: { name: {}, age: {} }, required: ['name', 'nickname', 'age'], additionalProperties: false }"),
            },
          ],
        },
        {
          messageId: 'extraRequired',
          data: { subject, path: '#', key: 'nickname' },
          suggestions: [
            {
              messageId: 'removeRequired',
              data: { key: 'nickname' },
              output: chat("{ type: 'object', properties: { name: {}, age: {} }, required: ['name'], additionalProperties: false }"),
            },
          ],
        },
      ],
    },
    {
      // No `required` at all: inserted with every key.
      code: chat('{ type: "object", properties: { a: {}, b: {} }, additionalProperties: false }'),
      output: null,
      errors: [
        {
          messageId: 'missingRequired',
          data: { subject, path: '#', keys: '`a` and `b`', key: 'a' },
          suggestions: [{ messageId: 'addRequired', output: chat('{ type: "object", properties: { a: {}, b: {} }, additionalProperties: false, required: ["a", "b"] }') }],
        },
      ],
    },
    {
      // Nested object schemas are named by their JSON path; a multi-line schema is marked by its key.
      code: `${header}await client.chat.completions.create({
  model: 'gpt-4o',
  messages: [],
  response_format: {
    type: 'json_schema',
    json_schema: {
      name: 'person',
      strict: true,
      schema: {
        type: 'object',
        properties: {
          address: {
            type: 'object',
            properties: { street: { type: 'string' } },
            required: ['street'],
          },
        },
        required: ['address'],
        additionalProperties: false,
      },
    },
  },
});`,
      output: null,
      errors: [
        {
          messageId: 'additionalProperties',
          data: { subject, path: '#/properties/address' },
          line: 14,
          column: 11,
          endLine: 14,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'addAdditionalProperties',
              output: `${header}await client.chat.completions.create({
  model: 'gpt-4o',
  messages: [],
  response_format: {
    type: 'json_schema',
    json_schema: {
      name: 'person',
      strict: true,
      schema: {
        type: 'object',
        properties: {
          address: {
            type: 'object',
            properties: { street: { type: 'string' } },
            required: ['street'],
            additionalProperties: false,
          },
        },
        required: ['address'],
        additionalProperties: false,
      },
    },
  },
});`,
            },
          ],
        },
      ],
    },
    {
      // items, anyOf branches and $defs are checked too.
      code: chat(
        "{ type: 'object', properties: { list: { type: 'array', items: { type: 'object', properties: {} } }, pet: { anyOf: [{ type: 'object', properties: { n: {} }, additionalProperties: false }, { type: 'null' }] } }, required: ['list', 'pet'], additionalProperties: false, $defs: { a: { properties: { x: {} }, required: ['x'], additionalProperties: false, not: { type: 'null' } } } }",
      ),
      output: null,
      errors: [
        {
          messageId: 'additionalProperties',
          data: { subject, path: '#/properties/list/items' },
          suggestions: [
            {
              messageId: 'addAdditionalProperties',
              output: chat(
                "{ type: 'object', properties: { list: { type: 'array', items: { type: 'object', properties: {}, additionalProperties: false } }, pet: { anyOf: [{ type: 'object', properties: { n: {} }, additionalProperties: false }, { type: 'null' }] } }, required: ['list', 'pet'], additionalProperties: false, $defs: { a: { properties: { x: {} }, required: ['x'], additionalProperties: false, not: { type: 'null' } } } }",
              ),
            },
          ],
        },
        {
          messageId: 'missingRequired',
          data: { subject, path: '#/properties/pet/anyOf/0', keys: '`n`', key: 'n' },
          suggestions: [
            {
              messageId: 'addRequired',
              output: chat(
                "{ type: 'object', properties: { list: { type: 'array', items: { type: 'object', properties: {} } }, pet: { anyOf: [{ type: 'object', properties: { n: {} }, additionalProperties: false, required: ['n'] }, { type: 'null' }] } }, required: ['list', 'pet'], additionalProperties: false, $defs: { a: { properties: { x: {} }, required: ['x'], additionalProperties: false, not: { type: 'null' } } } }",
              ),
            },
          ],
        },
        { messageId: 'unsupportedKeyword', data: { subject, path: '#/$defs/a', keyword: 'not' }, suggestions: [] },
      ],
    },
    {
      // Unsupported keywords: reported, no suggestion.
      code: chat(
        "{ type: 'object', properties: { a: { allOf: [{ type: 'string' }] }, b: { if: { type: 'string' }, then: {}, else: {} } }, required: ['a', 'b'], additionalProperties: false, dependentRequired: {} }",
      ),
      output: null,
      errors: [
        { messageId: 'unsupportedKeyword', data: { subject, path: '#/properties/a', keyword: 'allOf' }, suggestions: [] },
        { messageId: 'unsupportedKeyword', data: { subject, path: '#/properties/b', keyword: 'if' } },
        { messageId: 'unsupportedKeyword', data: { subject, path: '#/properties/b', keyword: 'then' } },
        { messageId: 'unsupportedKeyword', data: { subject, path: '#/properties/b', keyword: 'else' } },
        { messageId: 'unsupportedKeyword', data: { subject, path: '#', keyword: 'dependentRequired' } },
      ],
    },
    {
      // The root must be an object: an array root, an `anyOf` root.
      code: responses("{ type: 'array', items: { type: 'string' } }"),
      output: null,
      errors: [{ messageId: 'rootNotObject', data: { subject: '`text.format` schema `person`', what: "`type: 'array'`" } }],
    },
    {
      code: chat("{ anyOf: [{ type: 'object', properties: {}, additionalProperties: false }, { type: 'string' }] }"),
      output: null,
      errors: [{ messageId: 'rootNotObject', data: { subject, what: 'an `anyOf`' } }],
    },
    {
      // Chat function tools (no captured API text: the function messages).
      code: `${header}client.chat.completions.create({ model: 'gpt-4o', messages: [], tools: [{ type: 'function', function: { name: 'get_weather', strict: true, parameters: { type: 'object', properties: { city: { type: 'string' } } } } }] });`,
      output: null,
      errors: [
        {
          messageId: 'functionAdditionalProperties',
          data: { subject: 'function `get_weather`', path: '#' },
          suggestions: [
            {
              messageId: 'addAdditionalProperties',
              output: `${header}client.chat.completions.create({ model: 'gpt-4o', messages: [], tools: [{ type: 'function', function: { name: 'get_weather', strict: true, parameters: { type: 'object', properties: { city: { type: 'string' } }, additionalProperties: false } } }] });`,
            },
          ],
        },
        {
          messageId: 'functionMissingRequired',
          data: { subject: 'function `get_weather`', path: '#', keys: '`city`', key: 'city' },
          suggestions: [
            {
              messageId: 'addRequired',
              output: `${header}client.chat.completions.create({ model: 'gpt-4o', messages: [], tools: [{ type: 'function', function: { name: 'get_weather', strict: true, parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } } }] });`,
            },
          ],
        },
      ],
    },
    {
      // Responses function tools: flat, with an extra required key.
      code: `${header}client.responses.create({ model: 'gpt-5', input: 'x', tools: [{ type: 'function', name: 'f', strict: true, parameters: { type: 'object', properties: {}, required: ['q'], additionalProperties: false } }] });`,
      output: null,
      errors: [
        {
          messageId: 'functionExtraRequired',
          data: { subject: 'function `f`', path: '#', key: 'q' },
          suggestions: [
            {
              messageId: 'removeRequired',
              output: `${header}client.responses.create({ model: 'gpt-5', input: 'x', tools: [{ type: 'function', name: 'f', strict: true, parameters: { type: 'object', properties: {}, required: [], additionalProperties: false } }] });`,
            },
          ],
        },
      ],
    },
    {
      // A schema in a const used by this call only: reported where it is written, with suggestions.
      code: `${header}const schema = { type: 'object' as const, properties: { a: { type: 'string' } }, required: ['a'] };\n${chat('schema').slice(header.length)}`,
      output: null,
      errors: [
        {
          messageId: 'additionalProperties',
          line: 3,
          column: 16,
          suggestions: [
            {
              messageId: 'addAdditionalProperties',
              output: `${header}const schema = { type: 'object' as const, properties: { a: { type: 'string' } }, required: ['a'], additionalProperties: false };\n${chat('schema').slice(header.length)}`,
            },
          ],
        },
      ],
    },
    {
      // A schema shared by two calls: reported once, without suggestions (the edit changes both).
      code: `${header}const schema = { type: 'object', properties: { a: {} }, additionalProperties: false };\n${chat('schema').slice(header.length)}\n${responses('schema').slice(header.length)}`,
      output: null,
      errors: [{ messageId: 'missingRequired', line: 3, suggestions: [] }],
    },
    {
      // Shorthand `schema`, a spread base used once, a conditional spread, a template literal type.
      code: `${header}const base = { type: \`object\`, properties: { a: {} } };\nconst schema = { ...base, ...(Math.random() > 0.5 ? { required: ['a'] } : {}) };\nclient.responses.create({ model: 'gpt-5', input: 'x', text: { format: { type: 'json_schema', name: 'p', strict: true, schema } } });`,
      output: null,
      errors: [{ messageId: 'additionalProperties', data: { subject: '`text.format` schema `p`', path: '#' }, line: 4 }],
    },
    {
      // The strict flag and the type through `c ? a : b`, an enum member and a const object member.
      code: `enum T { Obj = 'object' }\nconst FLAGS = { strict: true } as const;\ndeclare const c: boolean;\ndeclare const client: any;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], response_format: { type: 'json_schema', json_schema: { name: c ? 'a' : 'b', strict: FLAGS.strict, schema: { type: T.Obj, properties: { x: {} }, required: ['x'] } satisfies object } } });`,
      output: null,
      errors: [
        {
          messageId: 'additionalProperties',
          data: { subject: '`response_format` schema', path: '#' },
          suggestions: [
            {
              messageId: 'addAdditionalProperties',
              output: `enum T { Obj = 'object' }\nconst FLAGS = { strict: true } as const;\ndeclare const c: boolean;\ndeclare const client: any;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], response_format: { type: 'json_schema', json_schema: { name: c ? 'a' : 'b', strict: FLAGS.strict, schema: { type: T.Obj, properties: { x: {} }, required: ['x'], additionalProperties: false } satisfies object } } });`,
            },
          ],
        },
      ],
    },
    {
      // `strict: flag ?? true`, a schema behind `as any` and `!`, a `&&` spread in it.
      code: `${header}declare const flag: boolean | undefined;\nconst s = { type: 'object', properties: { a: {} }, required: ['a'], ...(flag && { description: 'x' }) } as any;\n${chat('s!', 'flag ?? true').slice(header.length)}`,
      output: null,
      errors: [
        {
          messageId: 'additionalProperties',
          line: 4,
          suggestions: [
            {
              messageId: 'addAdditionalProperties',
              output: `${header}declare const flag: boolean | undefined;\nconst s = { type: 'object', properties: { a: {} }, required: ['a'], ...(flag && { description: 'x' }), additionalProperties: false } as any;\n${chat('s!', 'flag ?? true').slice(header.length)}`,
            },
          ],
        },
      ],
    },
    {
      // `strict: c ? true : false`: wrong on the strict path.
      code: `${header}declare const c: boolean;\n${chat("{ type: 'object', properties: {}, required: [] }", 'c ? true : false').slice(header.length)}`,
      output: null,
      errors: [
        {
          messageId: 'additionalProperties',
          suggestions: [
            {
              messageId: 'addAdditionalProperties',
              output: `${header}declare const c: boolean;\n${chat("{ type: 'object', properties: {}, required: [], additionalProperties: false }", 'c ? true : false').slice(header.length)}`,
            },
          ],
        },
      ],
    },
    {
      // A comment where the property would go: report without a suggestion.
      code: chat("{ type: 'object', properties: {}, required: [] /* more later */ }"),
      output: null,
      errors: [{ messageId: 'additionalProperties', suggestions: [] }],
    },
    {
      // Receivers: this.client with optional chaining, a same-file alias; an Azure client (not model-keyed).
      code: `${header}class S { client = new OpenAI(); run() { return this.client?.responses.parse({ model: 'gpt-5', input: 'x', text: { format: { type: 'json_schema', name: 'p', strict: true, schema: { type: 'string' } } } }); } }`,
      output: null,
      errors: [{ messageId: 'rootNotObject', data: { subject: '`text.format` schema `p`', what: "`type: 'string'`" } }],
    },
    {
      code: `${header}const completions = client.chat.completions;\ncompletions.create({ model: 'gpt-4o', messages: [], tools: [{ type: 'function', function: { name: 'f', strict: true, parameters: { type: 'object', properties: {}, additionalProperties: false, not: {} } } }] });`,
      output: null,
      errors: [{ messageId: 'unsupportedKeyword', data: { subject: 'function `f`', keyword: 'not', path: '#' } }],
    },
    {
      code: "import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\naz.chat.completions.create({ model: 'my-deployment', messages: [], response_format: { type: 'json_schema', json_schema: { name: 'p', strict: true, schema: { type: 'object', properties: {}, required: [], additionalProperties: true } } } });",
      output: null,
      errors: [
        {
          messageId: 'additionalProperties',
          suggestions: [
            {
              messageId: 'setAdditionalProperties',
              output:
                "import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\naz.chat.completions.create({ model: 'my-deployment', messages: [], response_format: { type: 'json_schema', json_schema: { name: 'p', strict: true, schema: { type: 'object', properties: {}, required: [], additionalProperties: false } } } });",
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('valid-strict-json-schema (CommonJS)', rule, {
  valid: [
    "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], response_format: { type: 'json_schema', json_schema: { name: 'p', strict: true, schema: { type: 'object', properties: {}, required: [], additionalProperties: false } } } });",
  ],
  invalid: [
    {
      code: "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], response_format: { type: 'json_schema', json_schema: { name: 'p', strict: true, schema: { type: 'object', properties: {}, required: [] } } } });",
      output: null,
      errors: [
        {
          messageId: 'additionalProperties',
          suggestions: [
            {
              messageId: 'addAdditionalProperties',
              output:
                "const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o', messages: [], response_format: { type: 'json_schema', json_schema: { name: 'p', strict: true, schema: { type: 'object', properties: {}, required: [], additionalProperties: false } } } });",
            },
          ],
        },
      ],
    },
  ],
});
