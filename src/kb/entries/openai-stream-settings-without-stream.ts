import type { KbEntry } from '../types.js';
import { LAST_CHECKED, DOC_CHAT_CREATE, SDK_CHAT_TYPES, SDK_RESPONSES_TYPES } from '../sources.js';

const entry: KbEntry = {
  id: 'llm/openai-stream-settings-without-stream',
  title: '`stream_options` sent to Chat Completions without `stream: true`',
  signature: "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
  signatures: ["The 'stream_options' parameter is only allowed when 'stream' is enabled."],
  regex: String.raw`The 'stream_options' parameter is only allowed when 'stream' is enabled`,
  http_status: 400,
  param: 'stream_options',
  code: null,
  root_cause:
    '`stream_options` (for example `{ include_usage: true }`, which adds a final usage chunk) configures the ' +
    'server-sent event stream, so Chat Completions refuses it on a request that does not stream: `stream` missing ' +
    '(the default is `false`) or `false`. It usually comes from a shared options object or a wrapper that adds ' +
    '`include_usage` to every call, streaming or not, or from a request that used to stream. The SDK methods that ' +
    'always stream (`chat.completions.stream()`, and `runTools()` with `stream: true`) set `stream: true` themselves; ' +
    '`runTools()` without it sends `stream: false`. The Responses API also has a `stream_options` parameter ' +
    '(`include_obfuscation`), documented as "Only set this when you set `stream: true`", but no capture of its error ' +
    'is known.',
  workarounds: [
    {
      action: 'Send `stream_options` only together with `stream: true`.',
      how:
        "const stream = await client.chat.completions.create({ model, messages, stream: true, stream_options: { include_usage: true } });\n" +
        'for await (const chunk of stream) if (chunk.usage) console.log(chunk.usage);',
    },
    {
      action: 'Remove `stream_options` from requests that do not stream; the completion already carries `usage`.',
      how: 'const completion = await client.chat.completions.create({ model, messages });\nconsole.log(completion.usage);',
    },
    {
      action: 'In wrappers, add `stream_options` under the same condition as `stream`.',
      how: '...(streaming && { stream: true, stream_options: { include_usage: true } })',
    },
  ],
  dead_ends: [
    {
      action: 'Sending `stream: false` explicitly next to `stream_options`.',
      why_fails: 'Only an enabled stream allows `stream_options`; `false` is refused like a missing `stream`.',
    },
    {
      action: 'Sending `stream_options: {}` or `{ include_usage: false }` to non-streaming calls.',
      why_fails: 'The check is on the key being present, not on what it holds; leave the key out (or send `null`).',
    },
  ],
  official_doc_url: DOC_CHAT_CREATE,
  evidence: [
    {
      url: 'https://github.com/BerriAI/litellm/issues/5803',
      note: "A 400 with this message (`param: 'stream_options'`, `code: None`) from a proxy's fake streaming for o1-mini, which sends the request without streaming but kept `stream_options`.",
    },
    {
      url: 'https://github.com/lobehub/lobehub/issues/6735',
      note: "The same error body (`invalid_request_error`, `param: 'stream_options'`, `code: null`) from api.openai.com, reported by a chat client's users for o1.",
    },
    {
      url: SDK_CHAT_TYPES,
      note: 'The SDK doc of Chat `stream_options`: "Options for streaming response. Only set this when you set `stream: true`."',
    },
    {
      url: SDK_RESPONSES_TYPES,
      note: 'The Responses request type has its own `stream_options` (`include_obfuscation`) with the same "Only set this when you set `stream: true`" note.',
    },
  ],
  confidence: 'high',
  rules: ['require-stream-for-stream-options'],
  last_checked: LAST_CHECKED,
};

export default entry;
