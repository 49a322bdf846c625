import type { KbEntry } from '../types.js';
import { LAST_CHECKED, DOC_STRUCTURED_OUTPUTS } from '../sources.js';

const entry: KbEntry = {
  id: 'llm/logprobs-request-fails-on-structured-output',
  title: '`logprobs` together with `response_format`: the reported rejection is not reproduced on the OpenAI API',
  signature: 'logprobs is not supported when using response_format parameter',
  signatures: [
    'logprobs is not supported when using response_format parameter',
    'Unrecognized request argument supplied: logprobs',
    'Validation error at #/logprobs: Extra inputs are not permitted',
    // Groq, an OpenAI-compatible provider (reference, Caveats): rejects `logprobs` whatever the format.
    'logprobs is not supported with this model',
  ],
  regex: String.raw`logprobs is not supported when using ['"]?response_format|Unrecognized request argument supplied: logprobs|Validation error at #/logprobs: Extra inputs are not permitted|logprobs is not supported with this model`,
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
    'supplied: logprobs" or "Validation error at #/logprobs: Extra inputs are not permitted", and Groq answers ' +
    '"logprobs is not supported with this model", whatever the format); ' +
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
};

export default entry;
