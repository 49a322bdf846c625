import { aliasNote, dateSource, modelLifecycles, replaceModelFix, replacementSource } from '../src/rule-kit/model-reports.js';
import { createRule, kbMessage, onRequest } from '../src/rule-kit/index.js';

const KB = 'llm/openai-model-retired';

type Options = [
  {
    /** Only shutdowns at most this many days after the date compared against. */
    withinDays?: number;
  },
];
type MessageId = 'scheduled' | 'scheduledWithReplacement' | 'replace';

export default createRule<Options, MessageId>({
  name: 'no-deprecated-models',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow model names with a scheduled shutdown, naming the date and the replacement where a source names one',
      recommended: false,
      strict: 'warn',
      kb: [KB],
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          withinDays: {
            type: 'integer',
            minimum: 0,
            description:
              'Report only shutdowns at most this many days after the date compared against (today, or `settings.openai.date`). Unset: every scheduled shutdown.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{}],
    messages: {
      scheduled: kbMessage(
        '`{{model}}`{{alias}}{{modelNote}} shuts down on {{date}}; from that day, requests to it fail.',
        KB,
      ),
      scheduledWithReplacement: kbMessage(
        '`{{model}}`{{alias}}{{modelNote}} shuts down on {{date}}; from that day, requests to it fail. A source names `{{replacement}}` to replace it.',
        KB,
      ),
      replace: 'Replace `{{model}}` with `{{replacement}}` (the replacement named by {{source}}); check the request parameters for the new model.',
    },
  },
  defaultOptions: [{}],
  create(context, [options]) {
    const withinDays = options.withinDays;
    return onRequest(context, (request, report) => {
      const { settings, sourceCode } = request;
      for (const { path, aliased, retirement, node } of modelLifecycles(request)) {
        if (retirement.state !== 'scheduled') continue;
        if (withinDays !== undefined && retirement.daysLeft > withinDays) continue;
        const data = { model: path.model, alias: aliasNote(settings, path.model), date: retirement.date, source: dateSource(retirement) };
        if (retirement.replacement === undefined) {
          report({ node, messageId: 'scheduled', data });
          continue;
        }
        const source = replacementSource(retirement);
        // A suggestion, never an autofix: another model answers differently and may refuse parameters
        // this one accepts. Not offered for an aliased name (the alias is the user's own mapping).
        const fix = aliased ? null : replaceModelFix(sourceCode, path.modelNode, retirement.replacement);
        report({
          node,
          messageId: 'scheduledWithReplacement',
          data: { ...data, replacement: retirement.replacement, replacementSource: source },
          suggest: fix ? [{ messageId: 'replace', data: { model: path.model, replacement: retirement.replacement, source }, fix }] : null,
        });
      }
    });
  },
});
