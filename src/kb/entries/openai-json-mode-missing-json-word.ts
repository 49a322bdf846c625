import type { KbEntry } from '../types.js';
import { LAST_CHECKED, DOC_STRUCTURED_OUTPUTS, SDK_CHAT_TYPES } from '../sources.js';

const entry: KbEntry = {
  id: 'llm/openai-json-mode-missing-json-word',
  title: "JSON mode (`json_object`) without the word \"json\" in the messages",
  signature: "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.",
  signatures: [
    "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.",
    "Response input messages must contain the word 'json' in some form to use 'text.format' of type 'json_object'.",
  ],
  regex: String.raw`must contain the word 'json' in some form,? to use '(?:response_format|text\.format)' of type 'json_object'`,
  http_status: 400,
  param: 'messages',
  code: null,
  root_cause:
    "JSON mode (`response_format: { type: 'json_object' }` on Chat Completions, `text: { format: { type: " +
    "'json_object' } }` on Responses) only constrains the output to be valid JSON; it does not tell the model what to " +
    'write. A model that was not asked for JSON can emit whitespace until it runs out of tokens, so the API refuses ' +
    'the request unless the conversation mentions JSON: the word "json", in any case, must appear in some message ' +
    "(Chat: `param: 'messages'`; Responses: `param: 'text.format'`). On the Responses API one report says the " +
    '`instructions` alone do not count; the word has to be in the `input` messages (medium confidence). Structured ' +
    'Outputs (`json_schema`) has no such check. It happens when JSON mode is switched on in a shared helper while the ' +
    'prompts vary, or when a prompt is reworded and loses its "Answer in JSON" line.',
  workarounds: [
    {
      action: 'Say in a system, developer or user message that the answer must be JSON, and describe its shape.',
      how:
        "messages: [\n  { role: 'system', content: 'Extract the invoice fields. Respond in JSON: {\"total\": number, \"currency\": string}.' },\n  { role: 'user', content: text },\n]",
    },
    {
      action: 'On the Responses API, put the JSON instruction in the `input`, not only in `instructions`.',
      how:
        "await client.responses.create({ model, instructions, input: [{ role: 'developer', content: 'Respond in JSON.' }, { role: 'user', content: text }], text: { format: { type: 'json_object' } } });",
    },
    {
      action: 'Prefer Structured Outputs (`json_schema` with `strict: true`) where the model supports it.',
      how: "response_format: zodResponseFormat(Invoice, 'invoice')",
    },
  ],
  dead_ends: [
    {
      action: 'Mentioning JSON only in a tool definition or another parameter.',
      why_fails: 'The error names the messages (on Responses, the input messages); other parameters are not messages.',
    },
    {
      action: 'On the Responses API, writing "Respond in JSON" only in `instructions`.',
      why_fails: 'Reportedly not counted: the error names the input messages.',
    },
  ],
  official_doc_url: DOC_STRUCTURED_OUTPUTS,
  evidence: [
    {
      url: 'https://github.com/meta-llama/PurpleLlama/issues/94',
      note: "The Chat message as an `openai.BadRequestError` 400 (`param: 'messages'`, `code: None`) from a benchmark judge prompt without the word.",
    },
    {
      url: 'https://github.com/ultimatejimmy/xray.koplugin/issues/33',
      note: "The same 400 body from the OpenAI API for gpt-4o (`param: 'messages'`, `code: null`), fixed by adding the word to the prompt.",
    },
    {
      url: SDK_CHAT_TYPES,
      note: "The SDK doc of `response_format`: `{ \"type\": \"json_object\" }` enables the older JSON mode; `json_schema` is preferred where supported.",
    },
  ],
  confidence: 'high',
  rules: ['require-json-mention-in-json-mode'],
  last_checked: LAST_CHECKED,
};

export default entry;
