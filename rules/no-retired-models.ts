import type { TSESTree } from '@typescript-eslint/types';
import { NOT_SERVED } from '../src/models/catalog.js';
import { aliasNote, dateSource, modelLifecycles, modelReportNode, otherProvider, replaceModelFix, replacementSource } from '../src/rule-kit/model-reports.js';
import { nearMissModel } from '../src/models/near-miss.js';
import { catalogOf, createRule, kbMessage, onRequest } from '../src/rule-kit/index.js';

const KB = 'llm/openai-model-retired';

type Options = [
  {
    /** Removed: scheduled shutdowns are `no-deprecated-models`. `true` stops ESLint with a message saying so. */
    scheduled?: boolean;
    /** Removed with `scheduled`: an option of `no-deprecated-models` now. */
    withinDays?: number;
  },
];
type MessageId = 'shutDown' | 'listedShutDown' | 'notServed' | 'typo' | 'replaceRetired' | 'replaceTypo';

const NOT_SERVED_BY_ID: ReadonlyMap<string, (typeof NOT_SERVED)[number]> = new Map(NOT_SERVED.map((e) => [e.id, e]));

export default createRule<Options, MessageId>({
  name: 'no-retired-models',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow model names that OpenAI has shut down or never served',
      recommended: true,
      kb: [KB],
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          scheduled: {
            type: 'boolean',
            description:
              'Removed: scheduled shutdowns are reported by `no-deprecated-models`. `true` stops ESLint with an error that says so; `false` is accepted and does nothing.',
          },
          withinDays: {
            type: 'integer',
            minimum: 0,
            description: 'Removed with `scheduled`: use the `withinDays` option of `no-deprecated-models`. Giving it stops ESLint with an error that says so.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{}],
    messages: {
      shutDown: kbMessage('`{{model}}`{{alias}}{{modelNote}} was shut down on {{date}}; requests to it fail.', KB),
      listedShutDown: kbMessage(
        '`{{model}}`{{alias}}{{modelNote}} is listed as shut down (as of {{date}}); requests to it fail.',
        KB,
      ),
      notServed: kbMessage('`{{model}}`{{modelNote}} is not a model the API serves; requests to it fail.', KB),
      typo: kbMessage(
        '`{{model}}`{{modelNote}} is not a known model (a typo of `{{suggestion}}`?); the request fails.',
        KB,
      ),
      replaceRetired: 'Replace `{{model}}` with `{{replacement}}` (the replacement named by {{source}}).',
      replaceTypo: 'Replace `{{model}}` with `{{suggestion}}`.',
    },
  },
  defaultOptions: [{}],
  create(context, [options]) {
    if (options.scheduled === true || options.withinDays !== undefined) {
      throw new Error(
        'eslint-plugin-openai: the `scheduled` and `withinDays` options of openai/no-retired-models were removed. Scheduled shutdowns are reported by openai/no-deprecated-models (a warning in the `strict` and `all` configs): enable it, with its own `withinDays` option, and drop these options from no-retired-models.',
      );
    }
    return onRequest(context, (request, report) => {
      const { sourceCode } = request;
      const { settings } = request;
      const reported = new Set<TSESTree.Node>();

      // Catalog models whose shutdown date has passed, or that are listed as shut down.
      for (const { path, aliased, retirement, node } of modelLifecycles(request)) {
        if (retirement.state === 'scheduled') continue;
        reported.add(path.modelNode);
        const data = { model: path.model, alias: aliasNote(settings, path.model) };
        if (retirement.state === 'listedShutDown') {
          report({ node, messageId: 'listedShutDown', data: { ...data, date: retirement.asOf } });
          continue;
        }
        // Never an autofix: another model answers differently (and may take other parameters).
        const fix = retirement.replacement === undefined || aliased ? null : replaceModelFix(sourceCode, path.modelNode, retirement.replacement);
        report({
          node,
          messageId: 'shutDown',
          data: { ...data, date: retirement.date, source: dateSource(retirement) },
          suggest: fix
            ? [{ messageId: 'replaceRetired', data: { model: path.model, replacement: retirement.replacement, source: replacementSource(retirement) }, fix }]
            : null,
        });
      }

      if (otherProvider(request.client)) return;
      const catalog = catalogOf(settings);
      for (const value of request.param('model').values) {
        if (value.kind !== 'primitive' || typeof value.value !== 'string' || reported.has(value.node)) continue;
        const name = value.value;
        if (Object.hasOwn(settings.modelAliases, name) || catalog.has(name)) continue;
        // Ids the SDK lists but the API does not serve (gpt-5.1-mini), unless settings declare them.
        const notServed = NOT_SERVED_BY_ID.get(name);
        if (notServed) {
          reported.add(value.node);
          report({ node: modelReportNode(request, value.node), messageId: 'notServed', data: { model: name, evidence: notServed.evidence } });
          continue;
        }
        // Unknown names one or two keystrokes from a catalog name.
        const suggestion = nearMissModel(name, catalog);
        if (suggestion === undefined) continue;
        reported.add(value.node);
        const fix = replaceModelFix(sourceCode, value.node, suggestion);
        report({
          node: modelReportNode(request, value.node),
          messageId: 'typo',
          data: { model: name, suggestion },
          suggest: fix ? [{ messageId: 'replaceTypo', data: { model: name, suggestion }, fix }] : null,
        });
      }
    });
  },
});
