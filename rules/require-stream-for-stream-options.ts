import type { TSESLint } from '@typescript-eslint/utils';
import {
  createRule,
  insertPropertyFix,
  isKnownSent,
  kbMessage,
  onRequest,
  partnerNotTrue,
  removePropertyFix,
  replaceNodeFix,
  singleLocalWrite,
} from '../src/rule-kit/index.js';

const KB = 'llm/openai-stream-settings-without-stream';

type MessageId = 'missingStream' | 'streamFalse' | 'addStream' | 'setStreamTrue' | 'removeStreamOptions';

export default createRule<[], MessageId>({
  name: 'require-stream-for-stream-options',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require `stream: true` on Chat Completions requests that send `stream_options`',
      recommended: true,
      kb: [KB],
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      missingStream: kbMessage(
        '`stream_options` without `stream: true` is rejected (HTTP 400).',
        KB,
      ),
      streamFalse: kbMessage(
        '`stream_options` with `stream: false` is rejected (HTTP 400).',
        KB,
      ),
      addStream: 'Add `stream: true` (the call then returns a stream of chunks).',
      setStreamTrue: 'Change `stream` to `true` (the call then returns a stream of chunks).',
      removeStreamOptions: 'Remove `stream_options`.',
    },
  },
  defaultOptions: [],
  create(context) {
    return onRequest(context, (request, report) => {
      const { sourceCode } = request;
      const { site } = request;
      // Responses has its own `stream_options`, but no capture of an error for it without `stream`.
      if (site.api !== 'chat') return;
      // `chat.completions.stream()` sends `stream: true` itself.
      if (site.method === 'stream') return;
      // Other providers (an OpenAI-compatible `baseURL`, a look-alike SDK) may accept or ignore it.
      if (!request.openAIBackend) return;

      const options = request.param('stream_options');
      if (!options.values.some(isKnownSent)) return;
      // Not where every write sits next to `stream: true` (`...(streaming && { stream: true, stream_options })`).
      const missing = partnerNotTrue(request, options, 'stream');
      if (!missing) return;

      const suggest: TSESLint.SuggestionReportDescriptor<MessageId>[] = [];
      if (missing.maybeFalse) {
        // `stream: false` written here as a literal: offer `true`.
        const fix = missing.falseLiteral ? replaceNodeFix(sourceCode, missing.falseLiteral, 'true') : null;
        if (fix) suggest.push({ messageId: 'setStreamTrue', fix });
      } else if (missing.insertInto) {
        // `stream` written nowhere: offer to add it next to `stream_options`.
        suggest.push({ messageId: 'addStream', fix: insertPropertyFix(sourceCode, missing.insertInto, 'stream: true') });
      }
      const write = singleLocalWrite(options.writes);
      const remove = write ? removePropertyFix(sourceCode, write.property) : null;
      if (remove) suggest.push({ messageId: 'removeStreamOptions', fix: remove });

      report({
        node: request.reportNode(options),
        messageId: missing.maybeFalse ? 'streamFalse' : 'missingStream',
        suggest: suggest.length > 0 ? suggest : null,
      });
    });
  },
});
