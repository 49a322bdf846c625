import { createRule, kbMessage } from '../src/create-rule.js';
import { removePropertyFix, renamePropertyFix, reportFixOrSuggest } from '../src/fix.js';
import { judge, modelList, modelPaths, rejectsOnReasoningModel } from '../src/models/index.js';
import { isCertainWrite, pathsMeeting, primaryWrite, reportNodeFor, valuesMeeting, viaPhrase } from '../src/report.js';
import { isWritten } from '../src/values.js';
import { onRequest } from '../src/visitor.js';

const KB = 'llm/openai-max-tokens-reasoning-model';

export default createRule({
  name: 'no-unsupported-max-tokens',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow `max_tokens` on reasoning models, which require `max_completion_tokens`',
      recommended: true,
      kb: [KB],
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      maxTokens: kbMessage(
        '`max_tokens` is rejected by reasoning model `{{model}}`{{via}} (HTTP 400); use `max_completion_tokens`.',
        KB,
      ),
      rename: 'Rename `max_tokens` to `max_completion_tokens`.',
      remove: 'Remove `max_tokens` (the request already sets `max_completion_tokens`).',
    },
  },
  defaultOptions: [],
  create(context) {
    const { sourceCode } = context;
    return onRequest(context, (request, settings) => {
      if (request.site.api !== 'chat') return;
      const param = request.param('max_tokens');
      if (!isWritten(param)) return;
      const judged = judge(modelPaths(request, settings), rejectsOnReasoningModel);
      // Only paths `max_tokens` is sent on (a value from one call of a local function never meets another call's model).
      const sent = param.values.filter((v) => v.kind !== 'absent');
      const failing = pathsMeeting(judged.failing, sent);
      if (failing.length === 0) return;
      const { allFail } = judged;
      const write = primaryWrite(param);
      const certainWrite = isCertainWrite(param);
      const replacement = request.param('max_completion_tokens');
      const hasReplacement = isWritten(replacement) || replacement.values.some((v) => v.kind === 'unknown');
      const fix = write?.local
        ? hasReplacement
          ? removePropertyFix(sourceCode, write.property)
          : renamePropertyFix(sourceCode, write.property, 'max_completion_tokens')
        : null;
      reportFixOrSuggest(context, {
        node: reportNodeFor(request, param),
        messageId: 'maxTokens',
        data: { model: modelList(failing), via: viaPhrase([...failing, ...valuesMeeting(sent, failing)]) },
        fix,
        certain: allFail && certainWrite !== null && !hasReplacement,
        suggestMessageId: hasReplacement ? 'remove' : 'rename',
      });
    });
  },
});
