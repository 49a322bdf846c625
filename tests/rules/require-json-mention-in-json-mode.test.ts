import rule from '../../rules/require-json-mention-in-json-mode.js';
import { jsRuleTester, ruleTester } from '../rule-tester.js';

const header = "import OpenAI from 'openai';\nconst client = new OpenAI();\n";
const chat = (body: string) => `${header}client.chat.completions.create(${body});`;
const responses = (body: string) => `${header}client.responses.create(${body});`;
const jsonMode = "response_format: { type: 'json_object' }";

ruleTester.run('require-json-mention-in-json-mode', rule, {
  valid: [
    // The word is there, in any case and any message.
    chat(`{ model: 'gpt-4o', ${jsonMode}, messages: [{ role: 'system', content: 'Reply in JSON.' }, { role: 'user', content: 'hi' }] }`),
    chat(`{ model: 'gpt-4o', ${jsonMode}, messages: [{ role: 'user', content: 'give me json' }] }`),
    chat(`{ model: 'gpt-4o', ${jsonMode}, messages: [{ role: 'user', content: [{ type: 'text', text: 'hi' }, { type: 'text', text: 'as Json' }] }] }`),
    `${header}declare const c: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', ${jsonMode}, messages: [{ role: 'user', content: c ? 'Reply in JSON' : 'Respond with json' }] });`,
    // Not JSON mode.
    chat("{ model: 'gpt-4o', response_format: { type: 'text' }, messages: [{ role: 'user', content: 'hi' }] }"),
    chat("{ model: 'gpt-4o', response_format: { type: 'json_schema', json_schema: { name: 'x', schema: {} } }, messages: [{ role: 'user', content: 'hi' }] }"),
    chat("{ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] }"),
    `${header}declare const format: any;\nclient.chat.completions.create({ model: 'gpt-4o', response_format: format, messages: [{ role: 'user', content: 'hi' }] });`,
    // Dynamic content, messages or parts: never an error.
    `${header}declare const question: string;\nclient.chat.completions.create({ model: 'gpt-4o', ${jsonMode}, messages: [{ role: 'user', content: question }] });`,
    `${header}declare const topic: string;\nclient.chat.completions.create({ model: 'gpt-4o', ${jsonMode}, messages: [{ role: 'user', content: \`Tell me about \${topic}\` }] });`,
    `${header}declare const history: any[];\nclient.chat.completions.create({ model: 'gpt-4o', ${jsonMode}, messages: [...history, { role: 'user', content: 'hi' }] });`,
    `${header}declare const messages: any[];\nclient.chat.completions.create({ model: 'gpt-4o', ${jsonMode}, messages });`,
    `${header}declare function user(text: string): any;\nclient.chat.completions.create({ model: 'gpt-4o', ${jsonMode}, messages: [user('hi')] });`,
    `${header}declare const extra: any;\nclient.chat.completions.create({ model: 'gpt-4o', ${jsonMode}, messages: [{ role: 'user', content: 'hi', ...extra }] });`,
    // Non-text parts are not read.
    chat(`{ model: 'gpt-4o', ${jsonMode}, messages: [{ role: 'user', content: [{ type: 'text', text: 'What is this?' }, { type: 'image_url', image_url: { url: 'https://x/y.png' } }] }] }`),
    // Responses: the word in the input; dynamic input; earlier context or a stored prompt.
    responses("{ model: 'gpt-4o', input: 'List three colours as JSON.', text: { format: { type: 'json_object' } } }"),
    responses("{ model: 'gpt-4o', input: [{ role: 'user', content: [{ type: 'input_text', text: 'as json please' }] }], text: { format: { type: 'json_object' } } }"),
    `${header}declare const input: string;\nclient.responses.create({ model: 'gpt-4o', input, text: { format: { type: 'json_object' } } });`,
    responses("{ model: 'gpt-4o', previous_response_id: 'resp_1', input: 'And now?', text: { format: { type: 'json_object' } } }"),
    responses("{ model: 'gpt-4o', prompt: { id: 'pmpt_1' }, input: 'hi', text: { format: { type: 'json_object' } } }"),
    responses("{ model: 'gpt-4o', input: [{ type: 'function_call_output', call_id: 'c', output: '{}' }], text: { format: { type: 'json_object' } } }"),
    // An OpenAI-compatible provider may not check.
    `import OpenAI from 'openai';\nconst local = new OpenAI({ baseURL: 'http://localhost:8000/v1' });\nlocal.chat.completions.create({ model: 'm', ${jsonMode}, messages: [{ role: 'user', content: 'hi' }] });`,
    `import Groq from 'groq-sdk';\nconst groq = new Groq();\ngroq.chat.completions.create({ model: 'llama-3.3-70b', ${jsonMode}, messages: [{ role: 'user', content: 'hi' }] });`,
    // Not requests; malformed code.
    `${header}client.chat.completions.create.mockResolvedValue({ ${jsonMode}, messages: [] });`,
    `${header}client.chat.completions.create();`,
    `${header}declare const args: any[];\nclient.chat.completions.create(...args);`,
    `${header}client.chat.completions.create('x');`,
    chat(`{ model: 'gpt-4o', ${jsonMode}, get messages() { return []; } }`),
    chat(`{ model: 'gpt-4o', ${jsonMode}, messages: [, { role: 'user', content: 'hi' }] }`),
  ],
  invalid: [
    {
      // A message with a line break (written `\n`): the new literal keeps it escaped, so it parses.
      code: chat(`{ model: 'gpt-4o', ${jsonMode}, messages: [{ role: 'system', content: 'Be brief.\\nAnswer in fields.' }] }`),
      output: null,
      errors: [
        {
          messageId: 'chat',
          suggestions: [
            {
              messageId: 'addJsonSentence',
              data: { role: 'system' },
              output: chat(`{ model: 'gpt-4o', ${jsonMode}, messages: [{ role: 'system', content: 'Be brief.\\nAnswer in fields. Respond in JSON.' }] }`),
            },
          ],
        },
      ],
    },
    {
      // Inline: suggestion appends to the last system message.
      code: chat(`{ model: 'gpt-4o', ${jsonMode}, messages: [{ role: 'system', content: 'You extract invoice fields.' }, { role: 'user', content: 'Invoice 42' }] }`),
      output: null,
      errors: [
        {
          messageId: 'chat',
          line: 3,
          column: 51,
          endLine: 3,
          endColumn: 91,
          suggestions: [
            {
              messageId: 'addJsonSentence',
              data: { role: 'system' },
              output: chat(
                `{ model: 'gpt-4o', ${jsonMode}, messages: [{ role: 'system', content: 'You extract invoice fields. Respond in JSON.' }, { role: 'user', content: 'Invoice 42' }] }`,
              ),
            },
          ],
        },
      ],
    },
    {
      // No system or developer message: no suggestion.
      code: chat(`{ model: 'gpt-4o', ${jsonMode}, messages: [{ role: 'user', content: 'List three colours' }] }`),
      output: null,
      errors: [{ messageId: 'chat', suggestions: [] }],
    },
    {
      // Body and messages in consts read once; developer role with `as const`; double quotes; no final period.
      code: `${header}const messages = [{ role: 'developer' as const, content: "Summarise the text" }, { role: 'user' as const, content: 'Long text' }];\nconst body = { model: 'gpt-5.1', ${jsonMode}, messages };\nawait client.chat.completions.create(body);`,
      output: null,
      errors: [
        {
          messageId: 'chat',
          line: 4,
          suggestions: [
            {
              messageId: 'addJsonSentence',
              data: { role: 'developer' },
              output: `${header}const messages = [{ role: 'developer' as const, content: "Summarise the text. Respond in JSON." }, { role: 'user' as const, content: 'Long text' }];\nconst body = { model: 'gpt-5.1', ${jsonMode}, messages };\nawait client.chat.completions.create(body);`,
            },
          ],
        },
      ],
    },
    {
      // Messages shared by two calls: reported at each, not edited.
      code: `${header}const messages = [{ role: 'system' as const, content: 'Be brief.' }];\nclient.chat.completions.create({ model: 'gpt-4o', ${jsonMode}, messages });\nclient.chat.completions.create({ model: 'gpt-4o-mini', ${jsonMode}, messages });`,
      output: null,
      errors: [
        { messageId: 'chat', line: 4, suggestions: [] },
        { messageId: 'chat', line: 5, suggestions: [] },
      ],
    },
    {
      // Spread base (read once, so the report goes on its property); the word missing on one path.
      code: `${header}declare const c: boolean;\nconst base = { model: 'gpt-4o', ${jsonMode} };\nclient.chat.completions.create({ ...base, messages: [{ role: 'user', content: c ? 'Use JSON' : 'Plain words' }] });`,
      output: null,
      errors: [{ messageId: 'chat', line: 4, suggestions: [] }],
    },
    {
      // Conditional spread of the format; text parts; template literal without expressions.
      code: `${header}declare const strict: boolean;\nclient.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: [{ type: 'text', text: \`Describe it\` }] }], ...(strict && { ${jsonMode} }) });`,
      output: null,
      errors: [{ messageId: 'chat', suggestions: [] }],
    },
    {
      // The type from an enum, on one path only; computed key; optional chaining; this.client.
      code: `${header}enum F { Json = 'json_object', Text = 'text' }\ndeclare const c: boolean;\nclass S { client = new OpenAI(); run() { return this.client?.chat.completions.create({ model: 'gpt-4o', ['response_format']: { type: c ? F.Json : F.Text }, messages: [{ role: 'user', content: 'hi' }] }); } }`,
      output: null,
      errors: [{ messageId: 'chat', line: 5, suggestions: [] }],
    },
    {
      // An assistant message with tool calls and no content counts as no text.
      code: chat(
        `{ model: 'gpt-4o', ${jsonMode}, messages: [{ role: 'system', content: 'Use the tools.' }, { role: 'assistant', tool_calls: [] }, { role: 'tool', tool_call_id: 'c', content: '42' }] }`,
      ),
      output: null,
      errors: [
        {
          messageId: 'chat',
          suggestions: [
            {
              messageId: 'addJsonSentence',
              data: { role: 'system' },
              output: chat(
                `{ model: 'gpt-4o', ${jsonMode}, messages: [{ role: 'system', content: 'Use the tools. Respond in JSON.' }, { role: 'assistant', tool_calls: [] }, { role: 'tool', tool_call_id: 'c', content: '42' }] }`,
              ),
            },
          ],
        },
      ],
    },
    {
      // The last system message is a template literal: no edit (not a plain string literal).
      code: chat(`{ model: 'gpt-4o', ${jsonMode}, messages: [{ role: 'system', content: 'First.' }, { role: 'system', content: \`Second\` }] }`),
      output: null,
      errors: [{ messageId: 'chat', suggestions: [] }],
    },
    {
      // Same-file alias, Azure (not model-keyed, still reported).
      code: `import { AzureOpenAI } from 'openai';\nconst az = new AzureOpenAI();\nconst completions = az.chat.completions;\ncompletions.create({ model: 'prod', ${jsonMode}, messages: [{ role: 'user', content: 'hi' }] });`,
      output: null,
      errors: [{ messageId: 'chat', line: 4, suggestions: [] }],
    },
    // Responses API.
    {
      code: responses("{ model: 'gpt-4o', input: 'List three colours.', text: { format: { type: 'json_object' } } }"),
      output: null,
      errors: [{ messageId: 'responses', line: 3, column: 74, suggestions: [] }],
    },
    {
      // instructions alone reportedly do not count.
      code: responses(
        "{ model: 'gpt-4o', instructions: 'Answer in JSON.', input: [{ role: 'developer', content: 'Be brief.' }, { role: 'user', content: [{ type: 'input_text', text: 'Colours?' }] }], text: { format: { type: 'json_object' } } }",
      ),
      output: null,
      errors: [
        {
          messageId: 'responses',
          suggestions: [
            {
              messageId: 'addJsonSentence',
              data: { role: 'developer' },
              output: responses(
                "{ model: 'gpt-4o', instructions: 'Answer in JSON.', input: [{ role: 'developer', content: 'Be brief. Respond in JSON.' }, { role: 'user', content: [{ type: 'input_text', text: 'Colours?' }] }], text: { format: { type: 'json_object' } } }",
              ),
            },
          ],
        },
      ],
    },
    {
      // The format from a member of a const object; items typed `message`; parse().
      code: `${header}const FORMATS = { json: { type: 'json_object' } } as const;\nclient.responses.parse({ model: 'gpt-4o', input: [{ type: 'message', role: 'user', content: 'Colours?' }], text: { format: FORMATS.json } });`,
      output: null,
      errors: [{ messageId: 'responses', suggestions: [] }],
    },
  ],
});

jsRuleTester.run('require-json-mention-in-json-mode (CommonJS)', rule, {
  valid: [
    `const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o', ${jsonMode}, messages: [{ role: 'user', content: 'JSON please' }] });`,
  ],
  invalid: [
    {
      code: `const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o', ${jsonMode}, messages: [{ role: 'system', content: 'Be brief!' }] });`,
      output: null,
      errors: [
        {
          messageId: 'chat',
          suggestions: [
            {
              messageId: 'addJsonSentence',
              output: `const OpenAI = require('openai');\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-4o', ${jsonMode}, messages: [{ role: 'system', content: 'Be brief! Respond in JSON.' }] });`,
            },
          ],
        },
      ],
    },
  ],
});
