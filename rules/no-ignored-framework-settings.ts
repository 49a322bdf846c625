import { createRule, isWritten, kbMessage, onRequest } from '../src/rule-kit/index.js';

const KB = 'llm/framework-setting-dropped';

export default createRule({
  name: 'no-ignored-framework-settings',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow framework settings that the framework drops before the request, so that they do nothing',
      recommended: false,
      strict: 'warn',
      kb: [KB],
    },
    hasSuggestions: false,
    schema: [],
    messages: {
      ignored: kbMessage('`{{setting}}` does nothing for model {{model}}: {{framework}} does not send it ({{reason}}).{{hint}}', KB),
    },
  },
  defaultOptions: [],
  create(context) {
    return onRequest(context, (request) => {
      const models = request.param('model').values.flatMap((value) => (value.kind === 'primitive' && typeof value.value === 'string' ? [`\`${value.value}\``] : []));
      for (const ignored of request.ignoredSettings()) {
        if (!isWritten(ignored.param)) continue;
        context.report({
          node: request.reportNode(ignored.param),
          messageId: 'ignored',
          data: {
            setting: ignored.words,
            model: models.join(' or ') || 'at hand',
            framework: ignored.framework,
            reason: ignored.reason,
            hint: ignored.hint ? ` To make it count, ${ignored.hint}.` : '',
          },
        });
      }
    });
  },
});
