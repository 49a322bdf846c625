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
      ignored: kbMessage('`{{setting}}` does nothing for {{model}}: {{framework}} drops it {{reason}}, with a warning.{{hint}}', KB),
    },
  },
  defaultOptions: [],
  create(context) {
    return onRequest(context, (request, report) => {
      // Only framework requests have settings the framework drops (an SDK request has none).
      const dropped = request.ignoredSettings();
      if (dropped.length === 0) return;
      const models = request.param('model').values.flatMap((value) => (value.kind === 'primitive' && typeof value.value === 'string' ? [`\`${value.value}\``] : []));
      for (const ignored of dropped) {
        if (!isWritten(ignored.param)) continue;
        report({
          node: request.reportNode(ignored.param),
          messageId: 'ignored',
          data: {
            setting: ignored.words,
            model: models.join(' or ') || 'this model',
            framework: ignored.framework,
            reason: ignored.reason,
            hint: ignored.hint ? ` ${ignored.hint.charAt(0).toUpperCase()}${ignored.hint.slice(1)}.` : '',
          },
        });
      }
    });
  },
});
