import {
  createRule,
  fixOrSuggest,
  isCertainWrite,
  isWritten,
  kbMessage,
  modelList,
  onRequest,
  primaryWrite,
  rejectsOnReasoningModel,
  removePropertyFix,
  renamePropertyFix,
  sentValues,
  viaPhrase,
} from '../src/rule-kit/index.js';

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
        '`{{param}}` is rejected by reasoning model `{{model}}`{{modelNote}}{{via}} (HTTP 400); use `max_completion_tokens`.',
        KB,
      ),
      rename: 'Rename `max_tokens` to `max_completion_tokens`.',
      remove: 'Remove `max_tokens` (the request already sets `max_completion_tokens`).',
    },
  },
  defaultOptions: [],
  create(context) {
    return onRequest(context, (request, report) => {
      const { sourceCode } = request;
      if (request.site.api !== 'chat') return;
      const param = request.param('max_tokens');
      if (!isWritten(param)) return;
      const judged = request.judge(rejectsOnReasoningModel);
      // Only paths `max_tokens` is sent on (a value from one call of a local function never meets another call's model).
      const sent = sentValues(param);
      const failing = request.pathsMeeting(judged.failing, sent);
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
      report({
        node: request.reportNode(param),
        messageId: 'maxTokens',
        data: { param: 'max_tokens', model: modelList(failing), via: viaPhrase([...failing, ...request.valuesMeeting(sent, failing)]) },
        ...fixOrSuggest({ certain: allFail && certainWrite !== null && !hasReplacement, suggest: [hasReplacement ? { messageId: 'remove', fix } : { messageId: 'rename', fix }] }),
      });
    });
  },
});
