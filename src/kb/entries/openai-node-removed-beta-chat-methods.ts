import type { KbEntry } from '../types.js';
import { DOC_STRUCTURED_OUTPUTS, LAST_CHECKED } from '../sources.js';

const MIGRATION = 'https://github.com/openai/openai-node/blob/master/MIGRATION.md';

const entry: KbEntry = {
  id: 'llm/openai-node-removed-beta-chat-methods',
  title: '`beta.chat.completions.*` or `runFunctions` called with openai v5 or later, where they no longer exist',
  signature: "Cannot read properties of undefined (reading 'completions')",
  signatures: [
    "Cannot read properties of undefined (reading 'completions')",
    'client.chat.completions.runFunctions is not a function',
    "Property 'chat' does not exist on type 'Beta'.",
  ],
  regex: String.raw`Cannot read properties of undefined \(reading 'completions'\)|\.runFunctions is not a function|Property 'chat' does not exist on type 'Beta'`,
  http_status: null,
  root_cause:
    'openai v5 (2025-05-29) moved the chat helpers out of beta: `client.beta.chat` no longer exists, and `parse`, ' +
    '`stream` and `runTools` are called on `client.chat.completions` with the same arguments (the SDK migration ' +
    'guide, "Beta chat namespace removed"). `runFunctions`, deprecated in v4 (where it existed only as ' +
    '`beta.chat.completions.runFunctions`), was removed with its types. Its successor `runTools` is not a drop-in ' +
    'rename: it takes `tools` (each `{ type: \'function\', function: { function, parse, parameters } }`) where ' +
    '`runFunctions` took `functions`, and its runner events were renamed (`functionCall` became ' +
    '`functionToolCall`, and so on). Code written for v4 therefore fails at the call, before any request is sent. ' +
    'In JavaScript, reading `completions` from the missing `beta.chat` throws a TypeError, and calling ' +
    '`runFunctions` throws "is not a function"; these two texts are the Node.js wording of what the removal ' +
    'implies, not captured reports. TypeScript reports the missing property at compile time (the third text, ' +
    'reported against openai 5.3.0). Under optional chaining (`client.beta?.chat?.completions?.parse(...)`) ' +
    'nothing throws: the call is skipped and gives `undefined`.',
  workarounds: [
    {
      action: 'Call the same method on `client.chat.completions`.',
      how: 'const completion = await client.chat.completions.parse({ model, messages, response_format });',
    },
    {
      action: 'Replace `runFunctions` with `runTools`, wrapping each function definition as a tool.',
      how: "client.chat.completions.runTools({\n  model,\n  messages,\n  tools: [{ type: 'function', function: { function: getWeather, parse: JSON.parse, parameters } }],\n});",
    },
    {
      action: 'Rename the runner event listeners that moved to tool names.',
      how: "runner.on('functionToolCall', (call) => console.log(call)).on('finalFunctionToolCallResult', (result) => console.log(result));",
    },
    {
      action: 'If the project stays on openai v4, the rule is silent where v4 is installed (it reads the installed version); where the lint cannot see the package, say so in the lint settings.',
      how: 'export default [openai.configs.recommended, { settings: { openai: { sdkVersion: 4 } } }];',
    },
  ],
  dead_ends: [
    {
      action: 'Keeping `beta.` because older docs and examples still show it.',
      why_fails: 'The namespace is gone from openai v5 on; the call fails whatever the request body.',
    },
    {
      action: 'Renaming `runFunctions` to `runTools` and keeping `functions`.',
      why_fails: '`runTools` reads `tools`, so the functions must be wrapped as tools; the runner events changed names too.',
    },
  ],
  official_doc_url: DOC_STRUCTURED_OUTPUTS,
  evidence: [
    {
      url: MIGRATION,
      note: 'The v5 migration guide: "Beta chat namespace removed" (`beta.chat.completions.parse/stream/runTools` → `chat.completions.*`) and "Removed deprecated `.runFunctions` methods" (use `runTools`), plus the renamed runner events.',
    },
    {
      url: 'https://github.com/openai/openai-node/issues/1546',
      note: "A user on openai 5.3.0 gets `Property 'chat' does not exist on type 'Beta'.` for `openai.beta.chat.completions.parse()`, which older docs still showed.",
    },
  ],
  confidence: 'high',
  rules: ['no-removed-beta-methods'],
  last_checked: LAST_CHECKED,
};

export default entry;
