import type { KbEntry } from './types.js';

/**
 * The knowledge base: one entry per API error the rules prevent.
 *
 * Facts come from `shared/reference/openai-api-facts.md` (compiled 2026-11-21) and the sources it
 * cites; the prose is ours. `signatures` hold real API texts only (the one exception is the seed text
 * of `llm/logprobs-request-fails-on-structured-output`, kept because it is what users search for).
 * Every `regex` is matched with the `i` flag and is written to run in linear time: literal anchors,
 * bounded character classes, no nested quantifiers.
 */

const LAST_CHECKED = '2026-11-21';

/** A 2026-08-30 capture of direct API answers (gpt-5.6-terra), pinned to the commit we read. */
const CAPTURE_GPT56_TERRA =
  'https://github.com/kangminlee-maker/local-OAuth-CLI-API-adapter/blob/4bbd033089736dc80f67e9088cfd0560da1c5c91/test/openai-chat-validation-parity.test.mjs';

const DOC_STRUCTURED_OUTPUTS = 'https://developers.openai.com/api/docs/guides/structured-outputs';
const DOC_PARAMETER_COMPATIBILITY =
  'https://developers.openai.com/api/docs/guides/latest-model#gpt-54-parameter-compatibility';
const DOC_CHAT_CREATE =
  'https://developers.openai.com/api/reference/resources/chat/subresources/completions/methods/create';
const DOC_PREDICTED_OUTPUTS = 'https://developers.openai.com/api/docs/guides/predicted-outputs';
const DOC_DEPRECATIONS = 'https://developers.openai.com/api/docs/deprecations';

const SDK_CHAT_TYPES =
  'https://github.com/openai/openai-node/blob/master/src/resources/chat/completions/completions.ts';
const SDK_RESPONSES_TYPES =
  'https://github.com/openai/openai-node/blob/master/src/resources/responses/responses.ts';

export const KB_ENTRIES: readonly KbEntry[] = [
  {
    id: 'llm/logprobs-request-fails-on-structured-output',
    title: '`logprobs` together with `response_format`: the reported rejection is not reproduced on the OpenAI API',
    signature: 'logprobs is not supported when using response_format parameter',
    signatures: [
      'logprobs is not supported when using response_format parameter',
      'Unrecognized request argument supplied: logprobs',
      'Validation error at #/logprobs: Extra inputs are not permitted',
    ],
    regex: String.raw`logprobs is not supported when using ['"]?response_format|Unrecognized request argument supplied: logprobs|Validation error at #/logprobs: Extra inputs are not permitted`,
    http_status: 400,
    root_cause:
      'No primary source shows the OpenAI API turning down `logprobs` because `response_format` is set. ' +
      "OpenAI's own SDK test suites (openai-node and openai-python) send `logprobs: true` with a strict `json_schema` " +
      'format to gpt-4o-2024-08-06 and keep the live responses, which carry token logprobs; the response schema even has ' +
      'a `logprobs.refusal` list that only makes sense for Structured Outputs. The message text itself is known only from ' +
      'a page that labels itself AI-generated and cites nothing. When a request with both parameters does fail, look ' +
      'elsewhere: (1) the model is a reasoning model, which refuses logprobs whatever the format (see ' +
      '`llm/openai-reasoning-model-logprobs`); (2) the request goes through a gateway, an OpenAI-compatible provider, or ' +
      'an old Azure OpenAI api-version that did not know `logprobs` at all (those answer "Unrecognized request argument ' +
      'supplied: logprobs" or "Validation error at #/logprobs: Extra inputs are not permitted", whatever the format); ' +
      '(3) there is no error but the logprobs come back empty because the answer was a tool or function call, and ' +
      'tool-call arguments carry no token logprobs.',
    workarounds: [
      {
        action: 'Keep both parameters when the model is a non-reasoning model that supports logprobs (gpt-4o, gpt-4o-mini, gpt-4.1 family).',
        how:
          "await client.chat.completions.create({ model: 'gpt-4o-mini', messages, logprobs: true, top_logprobs: 3,\n" +
          "  response_format: { type: 'json_schema', json_schema: { name: 'answer', strict: true, schema } } });",
      },
      {
        action: 'Read the real error fields before changing the request: status, param, code, and which host answered.',
        how:
          'try { await client.chat.completions.create(body); }\n' +
          'catch (err) { if (err instanceof OpenAI.APIError) console.error(err.status, err.param, err.code, err.message, client.baseURL); throw err; }',
      },
      {
        action: 'On Azure OpenAI, move the client to a current api-version; the old ones rejected `logprobs` in every request.',
        how: 'new AzureOpenAI({ endpoint, deployment, apiVersion: process.env.AZURE_OPENAI_API_VERSION /* a current version, not a 2023 one */ });',
      },
      {
        action: 'When you need confidence scores for extracted fields, ask for the JSON through `response_format` instead of a forced tool call.',
        how:
          "// instead of tool_choice: { type: 'function', function: { name: 'extract' } }\n" +
          "response_format: { type: 'json_schema', json_schema: { name: 'extract', strict: true, schema } }\n" +
          '// then read completion.choices[0].logprobs?.content',
      },
    ],
    dead_ends: [
      {
        action: 'Removing `logprobs` from every request that sets `response_format`.',
        why_fails: 'The OpenAI API accepts the combination, so this throws away the probabilities and fixes nothing; a real failure has another cause.',
      },
      {
        action: 'Making two calls, one structured and one free-text just to get logprobs.',
        why_fails: 'It doubles the cost, and the probabilities then describe a different generation from the parsed answer.',
      },
      {
        action: 'Switching between `json_object` and `json_schema` to make an error go away.',
        why_fails: 'The format type is not what a gateway, an old Azure api-version or a reasoning model objects to; those reject `logprobs` itself.',
      },
      {
        action: 'Sending `logprobs: false` instead of removing the key on a backend that rejects it.',
        why_fails: 'Backends that do not know the parameter reject its presence, not its value; the key has to go (or the backend has to change).',
      },
    ],
    official_doc_url: DOC_STRUCTURED_OUTPUTS,
    evidence: [
      {
        url: 'https://github.com/openai/openai-node/blob/master/tests/lib/ChatCompletionStream.test.ts',
        note: 'The "emits content logprobs events" and "emits refusal logprobs events" tests stream gpt-4o-2024-08-06 with `logprobs: true` and a zod `response_format`, and their snapshots hold token logprobs.',
      },
      {
        url: 'https://github.com/openai/openai-node/blob/master/tests/utils/mock-snapshots.ts',
        note: 'The snapshot helper calls the real API when UPDATE_API_SNAPSHOTS=1, so the snapshots above are recorded live responses.',
      },
      {
        url: 'https://github.com/openai/openai-python/blob/main/tests/lib/chat/test_completions_streaming.py',
        note: '`test_refusal_logprobs_events` sends `logprobs=True` with a Pydantic `response_format` to gpt-4o-2024-08-06 and the recorded response carries refusal token logprobs.',
      },
      {
        url: 'https://github.com/arena-ai/structured-logprobs',
        note: 'A library built on per-field logprobs for structured outputs; it ships a recorded gpt-4o-2024-08-06 response (2024-12-26) with both `logprobs.content` and a parsed message.',
      },
      {
        url: 'https://errorcanon.top/errors/llm/logprobs-request-fails-on-structured-output',
        note: 'The origin of the claim: marked `Verification: ai_generated`, with no sources.',
      },
      {
        url: 'https://github.com/567-labs/instructor/issues/1223',
        note: 'Tool and function call outputs come back without logprobs, which is silent, not an error.',
      },
      {
        url: 'https://github.com/openai/openai-python/issues/1468',
        note: 'One of two Azure OpenAI reports (with #1080) where an old api-version rejected `logprobs` whatever the `response_format`.',
      },
      {
        url: 'https://github.com/openai/openai-python/issues/1080',
        note: 'The other Azure OpenAI report: the parameter itself was unknown to that api-version, so the request failed before any format mattered.',
      },
      {
        url: 'https://github.com/BerriAI/litellm/issues/11090',
        note: 'Reports that Azure OpenAI now supports `logprobs`, so the Azure failure depends on the api-version.',
      },
    ],
    confidence: 'low',
    rules: ['no-logprobs-with-response-format'],
    seed_correction:
      'The seed says the API refuses `logprobs` whenever `response_format` is set (even `logprobs: false`), because ' +
      'constrained decoding cannot yield token probabilities, and advises dropping `logprobs`. The evidence says the ' +
      'opposite: OpenAI SDK tests record live gpt-4o responses with both parameters and token logprobs, and the ' +
      'message is found only on an AI-generated page with no sources. The entry is kept under its seed id so people ' +
      'searching for that text land here, with low confidence; the cases where a failure really happens are a ' +
      'reasoning model, a gateway or provider, an old Azure api-version, or (silently) a tool call.',
    last_checked: LAST_CHECKED,
  },
  {
    id: 'llm/openai-structured-output-enum-violation',
    title: "`response_format.type` is not one of 'text', 'json_object' or 'json_schema'",
    signature: "Invalid value: 'json'. Supported values are: 'json_object', 'json_schema', and 'text'.",
    signatures: [
      "Invalid value: 'json'. Supported values are: 'json_object', 'json_schema', and 'text'.",
      "Invalid value: 'object'. Supported values are: 'json_object', 'json_schema', and 'text'.",
    ],
    regex: String.raw`Invalid value: '[^'\r\n]{0,100}'\. Supported values are: 'json_object', 'json_schema',? and 'text'`,
    http_status: 400,
    param: 'response_format.type',
    code: 'invalid_value',
    root_cause:
      "Chat Completions knows exactly three format types: 'text', 'json_object' and 'json_schema'. Anything else " +
      "('json', 'object', 'json_obj', 'JSON', or a type borrowed from another provider or from custom-tool grammars) " +
      'fails request validation before the model runs, with `param: response_format.type` and `code: invalid_value`. ' +
      'TypeScript only catches it in object literals that are contextually typed; values read from configuration, ' +
      'spread objects, `as any` casts and plain JavaScript reach the API unchecked.',
    workarounds: [
      {
        action: "Use 'json_object' for free-form JSON, and mention JSON in a message as that mode requires.",
        how: "response_format: { type: 'json_object' }, messages: [{ role: 'system', content: 'Reply in JSON.' }, ...messages]",
      },
      {
        action: "Use 'json_schema' with a named schema when the shape matters.",
        how:
          "response_format: { type: 'json_schema', json_schema: { name: 'person', strict: true, schema: {\n" +
          "  type: 'object', properties: { name: { type: 'string' } }, required: ['name'], additionalProperties: false } } }",
      },
      {
        action: 'Let the SDK helper build the format object so the type and nesting are always right.',
        how: "import { zodResponseFormat } from 'openai/helpers/zod';\nresponse_format: zodResponseFormat(Person, 'person')",
      },
      {
        action: 'Type format values that live outside the call so the compiler checks them.',
        how:
          "import type { ChatCompletionCreateParams } from 'openai/resources/chat/completions';\n" +
          "const format = { type: 'json_object' } satisfies ChatCompletionCreateParams['response_format'];",
      },
    ],
    dead_ends: [
      {
        action: "Trying spellings such as 'json', 'JSON' or 'object'.",
        why_fails: 'Only the three exact lowercase values pass; every other string gets the same invalid_value error.',
      },
      {
        action: "Switching to `{ type: 'json_schema' }` without the nested `json_schema` object.",
        why_fails: "The type is now valid but the next check fails: Missing required parameter: 'response_format.json_schema'.",
      },
      {
        action: 'Upgrading or downgrading the SDK.',
        why_fails: 'The SDK sends the value as written; the check happens on the server.',
      },
    ],
    official_doc_url: DOC_STRUCTURED_OUTPUTS,
    evidence: [
      {
        url: 'https://github.com/epuerta9/deep-research-py/issues/19',
        note: "A user report where `type: 'object'` was answered with the invalid_value message listing the three supported types.",
      },
      {
        url: CAPTURE_GPT56_TERRA,
        note: 'A 2026-08-30 capture against gpt-5.6-terra: an unknown `response_format.type` gets this message with `param: response_format.type` and `code: invalid_value`.',
      },
      {
        url: SDK_CHAT_TYPES,
        note: "The SDK's `response_format` union for Chat Completions has exactly the text, json_schema and json_object variants.",
      },
      {
        url: 'https://errorcanon.top/errors/llm/openai-structured-output-enum-violation',
        note: 'The seed\'s source for the "must be one of" wording; the page is marked AI-generated and that wording is found nowhere else.',
      },
    ],
    confidence: 'high',
    rules: ['valid-response-format'],
    seed_correction:
      "The seed quotes `Invalid 'response_format': 'type' must be one of ['text', 'json_object', 'json_schema'].`; the " +
      "API does not return that text. The real message is `Invalid value: '<value>'. Supported values are: " +
      "'json_object', 'json_schema', and 'text'.` (param `response_format.type`, code `invalid_value`). The seed's claim " +
      "that an empty object gets a 'must be a valid object with a type field' message is also unsupported: the API " +
      "answers `Missing required parameter: 'response_format.type'.` (see `llm/openai-response-format-missing-parameter`).",
    last_checked: LAST_CHECKED,
  },
  {
    id: 'llm/openai-response-format-not-an-object',
    title: '`response_format` is a string instead of an object',
    signature: "Invalid type for 'response_format': expected an object, but got a string instead.",
    signatures: [
      "Invalid type for 'response_format': expected an object, but got a string instead.",
      "'json_object' is not of type 'object' - 'response_format'",
    ],
    regex: String.raw`Invalid type for 'response_format': expected an object|is not of type 'object' - 'response_format'`,
    http_status: 400,
    param: 'response_format',
    code: 'invalid_type',
    root_cause:
      "`response_format` has to be an object with a `type` member. Writing the type alone (`response_format: 'json_object'`), " +
      'passing a JSON-encoded string of the object, or forwarding a raw string from an environment variable or config file ' +
      'fails type validation before anything else is looked at. The same mistake produced a differently worded message ' +
      "in 2023 (`'json_object' is not of type 'object' - 'response_format'`). Code ported from libraries or providers " +
      'where the format is a plain string option is a common source.',
    workarounds: [
      {
        action: 'Wrap the type name in an object.',
        how: "response_format: { type: 'json_object' }",
      },
      {
        action: 'Map configuration strings to format objects explicitly.',
        how: "const response_format = cfg.json ? { type: 'json_object' } : { type: 'text' };",
      },
      {
        action: 'Parse JSON-encoded formats before they reach the request.',
        how: "response_format: typeof fmt === 'string' ? JSON.parse(fmt) : fmt",
      },
    ],
    dead_ends: [
      {
        action: 'Sending `JSON.stringify({ type: "json_object" })`.',
        why_fails: 'That is still a string; the API wants a JSON object in the body, not a string that contains one.',
      },
      {
        action: 'Silencing the TypeScript error with `as any`.',
        why_fails: 'The compiler was right: the API rejects the same value at run time.',
      },
    ],
    official_doc_url: DOC_STRUCTURED_OUTPUTS,
    evidence: [
      {
        url: CAPTURE_GPT56_TERRA,
        note: "A 2026-08-30 capture: a string `response_format` gets the invalid_type message with `param: response_format`.",
      },
      {
        url: 'https://github.com/openai-php/client/issues/265',
        note: "The 2023 wording of the same mistake, `'json_object' is not of type 'object' - 'response_format'`.",
      },
      {
        url: SDK_CHAT_TYPES,
        note: 'Every `response_format` variant in the SDK types is an object with a `type` member.',
      },
    ],
    confidence: 'high',
    rules: ['valid-response-format'],
    last_checked: LAST_CHECKED,
  },
  {
    id: 'llm/openai-response-format-missing-parameter',
    title: '`response_format` (or Responses `text.format`) lacks `type`, `json_schema` or `name`',
    signature: "Missing required parameter: 'response_format.type'.",
    signatures: [
      "Missing required parameter: 'response_format.type'.",
      "Missing required parameter: 'response_format.json_schema'.",
      "Missing required parameter: 'response_format.json_schema.name'.",
      "Missing required parameter: 'text.format.name'.",
    ],
    regex: String.raw`Missing required parameter: '(?:response_format|text\.format)\.[\w.]{1,80}'`,
    http_status: 400,
    param: 'response_format.type',
    code: 'missing_required_parameter',
    root_cause:
      'The format object has the right type but is incomplete. Chat Completions reports `response_format.type` for `{}`, ' +
      "`response_format.json_schema` for `{ type: 'json_schema' }` without the nested schema object (including the flat " +
      'Responses-style `{ type, name, schema }`, which Chat does not read), and `response_format.json_schema.name` for a ' +
      'schema object without a name. The Responses API is the mirror image: `text.format` is flat ' +
      "(`{ type: 'json_schema', name, schema, strict }`), so the Chat-style nested shape placed under `text.format` " +
      "is answered with `Missing required parameter: 'text.format.name'.` Moving code between the two APIs, or feeding " +
      "`zodResponseFormat` (a Chat helper) to the Responses API, is the usual cause.",
    workarounds: [
      {
        action: 'On Chat Completions, nest `name` and `schema` under `json_schema`.',
        how: "response_format: { type: 'json_schema', json_schema: { name: 'invoice', strict: true, schema } }",
      },
      {
        action: 'On the Responses API, put `name` and `schema` directly in `text.format`.',
        how: "await client.responses.create({ model, input, text: { format: { type: 'json_schema', name: 'invoice', strict: true, schema } } });",
      },
      {
        action: 'Use the helper that matches the API: `zodResponseFormat` for Chat, `zodTextFormat` for Responses.',
        how:
          "import { zodResponseFormat, zodTextFormat } from 'openai/helpers/zod';\n" +
          "chat: response_format: zodResponseFormat(Invoice, 'invoice')\n" +
          "responses: text: { format: zodTextFormat(Invoice, 'invoice') }",
      },
      {
        action: 'Always write the `type` member, even for plain JSON mode.',
        how: "response_format: { type: 'json_object' } // not {}",
      },
    ],
    dead_ends: [
      {
        action: 'Adding `name` at the top level of `response_format` on Chat Completions.',
        why_fails: 'Chat only reads the name from `response_format.json_schema`, so it still reports that object as missing.',
      },
      {
        action: 'Passing `zodResponseFormat(...)` as the Responses `text.format`.',
        why_fails: "That helper produces the nested Chat shape, which the Responses API answers with Missing required parameter: 'text.format.name'.",
      },
      {
        action: 'Sending `response_format` to `client.responses.create`.',
        why_fails: "The Responses API rejects the key itself (it moved to `text.format`); the value has to move and be flattened.",
      },
    ],
    official_doc_url: DOC_STRUCTURED_OUTPUTS,
    evidence: [
      {
        url: CAPTURE_GPT56_TERRA,
        note: "A 2026-08-30 capture with the three Chat messages: `{}` gives 'response_format.type', `{ type: 'json_schema' }` gives 'response_format.json_schema', and `json_schema: {}` gives 'response_format.json_schema.name'.",
      },
      {
        url: SDK_RESPONSES_TYPES,
        note: "The SDK's Responses `text.format` JSON-schema variant is flat (`type`, `name`, `schema`, `strict`), unlike the nested Chat variant.",
      },
      {
        url: SDK_CHAT_TYPES,
        note: 'The Chat `response_format` JSON-schema variant nests `name`, `schema` and `strict` under `json_schema`.',
      },
      {
        url: 'https://github.com/mkht/PSOpenAI/issues/44',
        note: 'Shows the Responses API moving the format to `text.format`, which is where Chat-shaped formats get misplaced.',
      },
    ],
    confidence: 'high',
    rules: ['valid-response-format'],
    last_checked: LAST_CHECKED,
  },
  {
    id: 'llm/openai-reasoning-model-logprobs',
    title: '`logprobs` or `top_logprobs` sent to a reasoning model',
    signature: 'You are not allowed to request logprobs from this model',
    signatures: [
      'You are not allowed to request logprobs from this model',
      "Unsupported parameter: 'logprobs' is not supported with this model.",
      'logprobs are not supported with reasoning models',
    ],
    regex: String.raw`not allowed to request logprobs|Unsupported parameter: '(?:top_)?logprobs' is not supported with this model|logprobs are not supported with reasoning models`,
    http_status: 403,
    param: null,
    root_cause:
      'Models that reason before answering do not return token log-probabilities, and the API refuses the request ' +
      'instead of ignoring the parameter. How it refuses depends on the family: o3 and o4-mini and the original gpt-5, ' +
      'gpt-5-mini and gpt-5-nano answer HTTP 403 "You are not allowed to request logprobs from this model" ' +
      '(`invalid_request_error`, `param: null`; a community thread reports the same for gpt-5-chat-latest); gpt-5.4 ' +
      "and later answer 400 `Unsupported parameter: 'logprobs' is not supported with this model.` " +
      '(`unsupported_parameter`) while reasoning is on; the Responses API (`top_logprobs` or ' +
      "`include: ['message.output_text.logprobs']`) answers \"logprobs are not supported with reasoning models\". " +
      'What decides is the reasoning effort that applies, the one in the request or else the model default: on ' +
      'gpt-5.1 and later (not the codex, pro or chat-latest variants) effort `none` turns reasoning off and logprobs ' +
      "are accepted, with `top_logprobs` capped at 5 (\"Invalid value for 'top_logprobs': must be less than or equal " +
      'to 5."). gpt-5.1 defaults to `none`, gpt-5.5 to `medium`, so the same body can pass on one and fail on the ' +
      'other. Whether `logprobs: false` is also refused is not known.',
    workarounds: [
      {
        action: 'Remove `logprobs` and `top_logprobs` from requests to reasoning models.',
        how: 'const { logprobs, top_logprobs, ...body } = params;\nawait client.chat.completions.create(body);',
      },
      {
        action: 'On gpt-5.1 or later, turn reasoning off when you need probabilities, and ask for at most 5 alternatives.',
        how: "await client.chat.completions.create({ model: 'gpt-5.1', reasoning_effort: 'none', logprobs: true, top_logprobs: 5, messages });",
      },
      {
        action: 'Send scoring and classification calls that need probabilities to a non-reasoning model.',
        how: "await client.chat.completions.create({ model: 'gpt-4.1-mini', logprobs: true, top_logprobs: 20, messages });",
      },
      {
        action: 'On the Responses API, request output logprobs only when the effort that applies is `none`.',
        how:
          "const include = effort === 'none' ? ['message.output_text.logprobs'] : [];\n" +
          "await client.responses.create({ model, input, reasoning: { effort }, include });",
      },
    ],
    dead_ends: [
      {
        action: "Lowering the effort to 'low' or 'minimal'.",
        why_fails: 'The model still reasons; only `none`, on models that support it, lets logprobs through.',
      },
      {
        action: 'Moving the call from Chat Completions to the Responses API.',
        why_fails: 'The refusal belongs to the model; Responses answers with "logprobs are not supported with reasoning models".',
      },
      {
        action: 'Treating the 403 as a key, project or organization permission problem.',
        why_fails: 'It is a capability refusal for that model; a new key, a retry or a different organization gets the same answer.',
      },
      {
        action: 'Sending `logprobs: false` instead of removing the key.',
        why_fails: 'Whether the API accepts the key at its default value on these models is unknown; removing it is the only safe edit.',
      },
    ],
    official_doc_url: DOC_PARAMETER_COMPATIBILITY,
    evidence: [
      {
        url: 'https://github.com/confident-ai/deepeval/pull/2184',
        note: 'Adds o4-mini to the list of models answering 403 "You are not allowed to request logprobs from this model".',
      },
      {
        url: 'https://community.openai.com/t/you-are-not-allowed-to-request-logprobs-from-this-model-gpt-5-chat-latest/1341462',
        note: 'Community reports of the 403 text on gpt-5, gpt-5-mini, gpt-5-nano and gpt-5-chat-latest.',
      },
      {
        url: 'https://github.com/TOSUKUi/jev-bridge',
        note: "README notes: o4-mini and gpt-5-nano refuse logprobs, the Responses API says 'logprobs are not supported with reasoning models', and effort 'low' still refuses.",
      },
      {
        url: CAPTURE_GPT56_TERRA,
        note: "A 2026-08-30 capture on gpt-5.6-terra: `logprobs: true` while reasoning gives 400 unsupported_parameter; at effort 'none' it is accepted and `top_logprobs` is capped at 5.",
      },
      {
        url: 'https://community.openai.com/t/developer-role-not-accepted-for-o1-o1-mini-o3-mini/1110750/7',
        note: 'A community parameter matrix listing logprobs as unsupported on o1, o1-preview, o1-mini and o3-mini.',
      },
      {
        url: DOC_DEPRECATIONS,
        note: 'OpenAI deprecations page: o1-preview, o1-mini, o1, o3-mini and o4-mini are shut down.',
      },
    ],
    confidence: 'high',
    rules: ['no-unsupported-logprobs'],
    seed_correction:
      'The seed document places this on o1 and o1-mini and quotes a 400 with "\'logprobs\' is not supported for this ' +
      "model. 'logprobs' can only be set to 'true' for 'gpt-4o', 'gpt-4o-mini', 'gpt-4.1', and 'gpt-4.1-mini'.\" " +
      '(param `logprobs`, code `invalid_parameter_value`). No primary capture of that text was found, and the whole ' +
      'o1 family is shut down (o1-preview 2025-07-28, o1-mini 2025-10-27, o1 2026-10-23), so such calls now fail on ' +
      'the model name first. The captured refusals are the 403 "You are not allowed to request logprobs from this ' +
      "model\" (o3, o4-mini, gpt-5 originals), the 400 \"Unsupported parameter: 'logprobs' is not supported with this " +
      'model." (gpt-5.4 and later while reasoning) and the Responses message "logprobs are not supported with reasoning ' +
      "models\". The seed also misses that `reasoning_effort: 'none'` lets logprobs through on gpt-5.1 and later.",
    last_checked: LAST_CHECKED,
  },
  {
    id: 'llm/openai-reasoning-model-sampling-parameters',
    title: 'Sampling parameters (`temperature`, `top_p`, penalties, `stop`, `logit_bias`) sent to a reasoning model',
    signature:
      "Unsupported value: 'temperature' does not support 0.2 with this model. Only the default (1) value is supported.",
    signatures: [
      "Unsupported value: 'temperature' does not support 0.2 with this model. Only the default (1) value is supported.",
      "Unsupported parameter: 'temperature' is not supported with this model.",
      "Unsupported parameter: 'top_p' is not supported with this model.",
      "Unsupported parameter: 'frequency_penalty' is not supported with this model.",
      "Unsupported parameter: 'presence_penalty' is not supported with this model.",
      "Unsupported parameter: 'logit_bias' is not supported with this model.",
      "Unsupported parameter: 'stop' is not supported with this model.",
    ],
    regex: String.raw`Unsupported parameter: '(?:temperature|top_p|presence_penalty|frequency_penalty|logit_bias|stop)' is not supported with this model|Unsupported value: '(?:temperature|top_p|presence_penalty|frequency_penalty)' does not support [^\s']{1,40} with this model`,
    http_status: 400,
    param: 'temperature',
    code: 'unsupported_value',
    root_cause:
      'Reasoning models decode with fixed sampling settings while they reason, so the API refuses requests that try ' +
      'to change them: `temperature` other than 1 (o1 and gpt-5 word it as an unsupported value, o3-mini as an ' +
      'unsupported parameter), `top_p`, non-zero `presence_penalty` and `frequency_penalty`, and `logit_bias` and `stop` ' +
      'outright. Default values are accepted (`temperature: 1` is confirmed; `top_p: 1` and zero penalties are reported ' +
      'to pass). On gpt-5.1 and later (not codex, pro or chat-latest) the effort that applies decides: at `none`, ' +
      'written in the request or as the model default, temperature, top_p and the penalties are accepted, but `stop` ' +
      'and `logit_bias` are still refused. The error often comes from wrappers that send a default such as ' +
      '`temperature: 0` on every call.',
    workarounds: [
      {
        action: 'Leave sampling parameters out for reasoning models and steer with `reasoning_effort` (and `verbosity`) instead.',
        how:
          'const body = isReasoning(model)\n' +
          "  ? { model, messages, reasoning_effort: 'low' }\n" +
          '  : { model, messages, temperature: 0.2 };',
      },
      {
        action: "On gpt-5.1 or later, set `reasoning_effort: 'none'` when you really need temperature, top_p or penalties.",
        how: "await client.chat.completions.create({ model: 'gpt-5.1', reasoning_effort: 'none', temperature: 0.2, messages });",
      },
      {
        action: 'Replace `stop` sequences with post-processing or a structured output.',
        how: "const text = completion.choices[0].message.content ?? '';\nconst answer = text.split('END')[0];",
      },
      {
        action: 'Make wrappers send only the values the caller set.',
        how: '...(opts.temperature !== undefined && { temperature: opts.temperature })',
      },
    ],
    dead_ends: [
      {
        action: 'Sending `temperature: 0` for deterministic output.',
        why_fails: 'Only the default value 1 is accepted while the model reasons.',
      },
      {
        action: "Setting `reasoning_effort: 'none'` to keep `stop` or `logit_bias`.",
        why_fails: 'Those two stay refused at effort none; only temperature, top_p and the penalties are unlocked.',
      },
      {
        action: "Lowering the effort to 'low' or 'minimal' to unlock temperature.",
        why_fails: 'Any effort above none still reasons, so the parameters are still refused.',
      },
      {
        action: 'Moving to the Responses API to keep `stop`, `logit_bias` or the penalties.',
        why_fails: 'The Responses request has no such parameters at all; they are rejected as unknown there.',
      },
    ],
    official_doc_url: DOC_PARAMETER_COMPATIBILITY,
    evidence: [
      {
        url: 'https://github.com/cline/cline/issues/341',
        note: "A reasoning-model request with a non-default temperature answered with the unsupported_value message 'Only the default (1) value is supported'.",
      },
      {
        url: 'https://github.com/appatalks/eva-agent/issues/83',
        note: "o3-mini refuses temperature with the other wording, 'Unsupported parameter: 'temperature' is not supported with this model.'",
      },
      {
        url: CAPTURE_GPT56_TERRA,
        note: 'A 2026-08-30 capture on gpt-5.6-terra: temperature 0.5, both penalties, stop and logit_bias are refused; penalties pass at effort none while stop and logit_bias do not.',
      },
      {
        url: 'https://github.com/vercel/ai/issues/10932',
        note: "gpt-5.1 with reasoning_effort 'none' accepts sampling parameters that the Vercel AI SDK wrongly stripped.",
      },
      {
        url: 'https://community.openai.com/t/request-for-compatibility-matrix-reasoning-effort-sampling-parameters-across-gpt-5-series/1371738',
        note: 'A community matrix of supported efforts, default efforts and sampling parameters across the gpt-5 series.',
      },
      {
        url: DOC_PARAMETER_COMPATIBILITY,
        note: 'OpenAI documents per-model parameter compatibility, including what effort none unlocks.',
      },
    ],
    confidence: 'high',
    rules: ['no-unsupported-sampling-params'],
    last_checked: LAST_CHECKED,
  },
  {
    id: 'llm/openai-search-preview-sampling-parameters',
    title: 'Sampling parameters sent to a `*-search-preview` model',
    signature: 'Model incompatible request arguments supplied: frequency_penalty, presence_penalty, temperature, top_p',
    signatures: ['Model incompatible request arguments supplied: frequency_penalty, presence_penalty, temperature, top_p'],
    regex: 'Model incompatible request arguments supplied',
    http_status: 400,
    root_cause:
      'gpt-4o-search-preview and gpt-4o-mini-search-preview search the web before answering and do not take ' +
      'caller-supplied sampling controls: a request carrying `temperature`, `top_p`, `presence_penalty` or ' +
      '`frequency_penalty` is refused with a 400 that lists the offending arguments (the list varies with what was ' +
      'sent). Chat front-ends and SDK wrappers that always send default sampling values trigger it most often. Several ' +
      'projects also report that these models take no `response_format` (less well attested).',
    workarounds: [
      {
        action: 'Leave the sampling parameters out when the model is a search-preview model.',
        how:
          'const isSearch = /-search-preview/.test(model);\n' +
          'const body = isSearch ? { model, messages, web_search_options: {} } : { model, messages, temperature };',
      },
      {
        action: 'Make wrapper defaults opt-in so nothing is sent unless the caller asked for it.',
        how: '...(opts.top_p !== undefined && { top_p: opts.top_p })',
      },
      {
        action: 'When you need sampling control and web results, use the web search tool of the Responses API with a regular model.',
        how: "await client.responses.create({ model: 'gpt-4.1', tools: [{ type: 'web_search' }], temperature: 0.2, input });",
      },
    ],
    dead_ends: [
      {
        action: 'Lowering temperature to 0 for more factual search answers.',
        why_fails: 'The refusal is about the parameter being present, whatever its value.',
      },
      {
        action: 'Switching between gpt-4o-search-preview and gpt-4o-mini-search-preview.',
        why_fails: 'Both search-preview models refuse the same arguments.',
      },
    ],
    official_doc_url: DOC_CHAT_CREATE,
    evidence: [
      {
        url: 'https://github.com/ChatGPTNextWeb/NextChat/issues/6569',
        note: 'A user report of this message from a gpt-4o search-preview model.',
      },
      {
        url: 'https://github.com/vercel/ai/pull/5647',
        note: 'The Vercel AI SDK started stripping temperature, top_p and the penalties for search-preview models.',
      },
      {
        url: 'https://github.com/vercel/ai/issues/5609',
        note: 'A temperature of 0 injected by default made every search-preview call fail.',
      },
    ],
    confidence: 'high',
    rules: ['no-unsupported-sampling-params'],
    last_checked: LAST_CHECKED,
  },
  {
    id: 'llm/openai-max-tokens-reasoning-model',
    title: '`max_tokens` sent to a reasoning model instead of `max_completion_tokens`',
    signature:
      "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
    signatures: [
      "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
    ],
    regex: String.raw`Unsupported parameter: 'max_tokens' is not supported with this model`,
    http_status: 400,
    param: 'max_tokens',
    code: 'unsupported_parameter',
    root_cause:
      '`max_tokens` is the old output cap, which counted only the visible answer. Reasoning models also spend hidden ' +
      'reasoning tokens, so the API wants `max_completion_tokens`, which caps both, and refuses `max_tokens` on every ' +
      'o-series and gpt-5-or-later reasoning model. The SDK marks `max_tokens` as deprecated for all models, and ' +
      '`max_completion_tokens` works on non-reasoning OpenAI models too, so renaming is safe on the OpenAI API (check ' +
      'first when the client points at another provider through `baseURL`). The Responses API uses `max_output_tokens`.',
    workarounds: [
      {
        action: 'Rename the parameter to `max_completion_tokens`.',
        how: "await client.chat.completions.create({ model: 'o3', max_completion_tokens: 4000, messages });",
      },
      {
        action: 'Size the new budget for reasoning as well as the answer, using the reported reasoning token count.',
        how: 'console.log(completion.usage?.completion_tokens_details?.reasoning_tokens, completion.choices[0].finish_reason);',
      },
      {
        action: 'On the Responses API, use `max_output_tokens`.',
        how: 'await client.responses.create({ model, input, max_output_tokens: 4000 });',
      },
    ],
    dead_ends: [
      {
        action: 'Sending `max_tokens` and `max_completion_tokens` together.',
        why_fails: 'The refusal is about `max_tokens` being present, so adding the new key beside it does not help.',
      },
      {
        action: 'Renaming but keeping a small cap such as 256.',
        why_fails: 'Reasoning can use the whole budget, leaving empty content with `finish_reason: "length"`.',
      },
      {
        action: 'Following a lint rule that insists on `max_tokens` (for example Semgrep `openai-missing-max-tokens`).',
        why_fails: 'It pushes the code toward the very parameter reasoning models refuse.',
      },
    ],
    official_doc_url: DOC_CHAT_CREATE,
    evidence: [
      {
        url: 'https://github.com/vercel/ai/blob/main/packages/openai/src/chat/__fixtures__/reasoning-model-legacy-parameter-error.json',
        note: 'A recorded API error fixture with this message for a reasoning model.',
      },
      {
        url: CAPTURE_GPT56_TERRA,
        note: 'A 2026-08-30 capture on gpt-5.6-terra: `max_tokens` gets this message with `code: unsupported_parameter`.',
      },
      {
        url: SDK_CHAT_TYPES,
        note: 'The SDK marks `max_tokens` as deprecated and says it does not work with o-series models.',
      },
      {
        url: 'https://github.com/semgrep/semgrep-rules',
        note: 'The `openai-missing-max-tokens` rule asks for `max_tokens` and does not accept `max_completion_tokens`.',
      },
    ],
    confidence: 'high',
    rules: ['no-unsupported-max-tokens'],
    last_checked: LAST_CHECKED,
  },
  {
    id: 'llm/openai-predicted-outputs-limitations',
    title: 'Predicted Outputs (`prediction`) on an unsupported model or with parameters it cannot be combined with',
    signature: "Unsupported parameter: 'prediction' is not supported with this model.",
    signatures: ["Unsupported parameter: 'prediction' is not supported with this model."],
    regex: String.raw`Unsupported parameter: 'prediction' is not supported with this model`,
    http_status: 400,
    param: 'prediction',
    code: 'unsupported_parameter',
    root_cause:
      'Predicted Outputs (`prediction: { type: \'content\', content }`) speed up regenerating text that is mostly known ' +
      'in advance. OpenAI documents that it cannot be combined with `n` greater than 1, `logprobs`, `presence_penalty` ' +
      'or `frequency_penalty` above 0, audio output or any modality other than text, `max_completion_tokens`, or ' +
      '`tools`; and that only gpt-4o, gpt-4o-mini, gpt-4.1, gpt-4.1-mini and gpt-4.1-nano support it (gpt-4.1-nano is ' +
      'already shut down, the other four are scheduled for 2027-01-14). Other models, reasoning models included, ' +
      "answer `Unsupported parameter: 'prediction' is not supported with this model.`, which is the only captured " +
      'text. The messages for the parameter combinations have not been captured, so this entry cannot recognise ' +
      'them by text; the documented limitations themselves are well established.',
    workarounds: [
      {
        action: 'Send `prediction` only to a supported model and without the listed parameters.',
        how: "await client.chat.completions.create({ model: 'gpt-4.1-mini', messages, prediction: { type: 'content', content: originalCode } });",
      },
      {
        action: 'Drop `prediction` for calls that need logprobs, several choices, tools or penalties; it only saves latency.',
        how:
          'const body = needsLogprobs\n' +
          '  ? { model, messages, logprobs: true }\n' +
          "  : { model, messages, prediction: { type: 'content', content: draft } };",
      },
      {
        action: 'Remove `prediction` when moving a call to a reasoning or newer model.',
        how: 'const { prediction, ...rest } = body;\nawait client.chat.completions.create({ ...rest, model: newModel });',
      },
    ],
    dead_ends: [
      {
        action: 'Keeping small positive penalties such as 0.1.',
        why_fails: 'Any value above 0 is listed as unsupported; only 0 (or leaving them out) is compatible.',
      },
      {
        action: 'Asking for `n: 2` to choose the better of two predicted edits.',
        why_fails: 'More than one choice is not supported with Predicted Outputs.',
      },
      {
        action: 'Adding `prediction` to an o-series or gpt-5 call to speed up code edits.',
        why_fails: 'Those models refuse the parameter outright.',
      },
    ],
    official_doc_url: DOC_PREDICTED_OUTPUTS,
    evidence: [
      {
        url: DOC_PREDICTED_OUTPUTS,
        note: 'The official guide lists the limitations (n > 1, logprobs, penalties > 0, audio and non-text modalities, max_completion_tokens, tools) and the supported models.',
      },
      {
        url: CAPTURE_GPT56_TERRA,
        note: "A 2026-08-30 capture on gpt-5.6-terra: `prediction` gets 'Unsupported parameter: 'prediction' is not supported with this model.' with `code: unsupported_parameter`.",
      },
      {
        url: DOC_DEPRECATIONS,
        note: 'Shutdown dates for the supported models: gpt-4.1-nano on 2026-10-23, gpt-4o, gpt-4o-mini, gpt-4.1 and gpt-4.1-mini on 2027-01-14.',
      },
    ],
    confidence: 'medium',
    rules: ['valid-predicted-outputs'],
    last_checked: LAST_CHECKED,
  },
];
