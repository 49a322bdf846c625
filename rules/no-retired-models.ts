import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { DEFAULT_CATALOG, normalizeModelName } from '../src/models/lookup.js';
import { nearMissModel } from '../src/models/near-miss.js';
import { retirementOf } from '../src/models/retirement.js';
import {
  catalogOf,
  contains,
  createRule,
  effectiveDate,
  kbMessage,
  onRequest,
  quoteLike,
  type ClientInfo,
  type FixFunction,
  type ModelEntry,
  type OpenAISettings,
  type RequestFacts,
} from '../src/rule-kit/index.js';

const KB = 'llm/openai-model-retired';

type Options = [
  {
    /** Also report shutdowns that are scheduled but not reached yet. */
    scheduled?: boolean;
    /** With `scheduled`: only shutdowns at most this many days ahead. */
    withinDays?: number;
  },
];
type MessageId = 'shutDown' | 'listedShutDown' | 'scheduled' | 'typo' | 'replaceRetired' | 'replaceTypo';

/**
 * Client kinds that talk to someone other than OpenAI: Azure (`model` is a deployment name), an
 * OpenAI-compatible `baseURL`, a provider declared `other` in settings, a look-alike SDK such as
 * `groq-sdk`. OpenAI's shutdown dates and model names do not apply there unless the user maps the
 * name with `settings.openai.modelAliases`.
 */
const OTHER_PROVIDERS: ReadonlySet<string> = new Set(['azure', 'compatible', 'other', 'lookalike']);

function otherProvider(client: ClientInfo): boolean {
  return OTHER_PROVIDERS.has(client.kind);
}

/**
 * The model value itself when it is written in this call (or in the call of a local function that
 * passes it in); else where reports about `model` go (its property here, or the body).
 */
function reportNode(request: RequestFacts, node: TSESTree.Node, via: readonly TSESTree.Node[] = []): TSESTree.Node {
  if (contains(request.site.node, node) || via.some((call) => contains(call, node))) return node;
  return request.reportNode(request.param('model'));
}

/** Replace a string literal (or a template without expressions) that spells a model name. */
function replaceModelFix(sourceCode: TSESLint.SourceCode, node: TSESTree.Node, name: string): FixFunction | null {
  const isString = node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string';
  const isPlainTemplate = node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0;
  if (!isString && !isPlainTemplate) return null;
  const text = quoteLike(sourceCode, node, name);
  return (fixer) => fixer.replaceText(node, text);
}

/** Where a replacement name comes from: the built-in catalog (with its check date) or the user's settings. */
function replacementSource(entry: ModelEntry): string {
  const builtIn = DEFAULT_CATALOG.get(entry.id);
  if (builtIn?.replacement !== undefined && builtIn.replacement === entry.replacement) {
    return `OpenAI's deprecations page, checked ${builtIn.checked}`;
  }
  return '`settings.openai.models`';
}

function aliasNote(settings: OpenAISettings, name: string): string {
  return Object.hasOwn(settings.modelAliases, name) ? ` (alias of \`${settings.modelAliases[name]}\`)` : '';
}

export default createRule<Options, MessageId>({
  name: 'no-retired-models',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow model names that OpenAI has shut down (and, optionally, those with a scheduled shutdown)',
      recommended: true,
      strict: ['error', { scheduled: true }],
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
              'Also report models whose shutdown is scheduled after the date compared against (today, or `settings.openai.date`), naming the date.',
          },
          withinDays: {
            type: 'integer',
            minimum: 0,
            description:
              'With `scheduled`, report only shutdowns at most this many days after the date compared against. Unset: every scheduled shutdown.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ scheduled: false }],
    messages: {
      shutDown: kbMessage('`{{model}}`{{alias}} was shut down on {{date}}; requests to it fail.', KB),
      listedShutDown: kbMessage(
        '`{{model}}`{{alias}} is listed as shut down (as of {{date}}); requests to it fail.',
        KB,
      ),
      scheduled: kbMessage(
        '`{{model}}`{{alias}} shuts down on {{date}}; from that day, requests to it fail.',
        KB,
      ),
      typo: kbMessage(
        '`{{model}}` is not a known model (a typo of `{{suggestion}}`?); the request fails.',
        KB,
      ),
      replaceRetired: 'Replace `{{model}}` with `{{replacement}}` (the replacement named by {{source}}).',
      replaceTypo: 'Replace `{{model}}` with `{{suggestion}}`.',
    },
  },
  defaultOptions: [{ scheduled: false }],
  create(context, [options]) {
    const { sourceCode } = context;
    const scheduled = options.scheduled ?? false;
    const withinDays = options.withinDays;
    return onRequest(context, (request) => {
      const { settings } = request;
      const elsewhere = otherProvider(request.client);
      const today = effectiveDate(settings);
      const reported = new Set<TSESTree.Node>();

      // Catalog models: shut down, listed as shut down, or scheduled.
      for (const path of request.models().paths) {
        if (reported.has(path.modelNode)) continue;
        const aliased = Object.hasOwn(settings.modelAliases, path.model);
        if (elsewhere && !aliased) continue;
        // Fine-tunes have their own lifecycle; the evidence dates base models only.
        if (normalizeModelName(aliased ? settings.modelAliases[path.model] : path.model).fineTune) continue;
        const retirement = retirementOf(path.entry, today);
        if (!retirement) continue;
        if (retirement.state === 'scheduled' && (!scheduled || (withinDays !== undefined && retirement.daysLeft > withinDays))) continue;
        reported.add(path.modelNode);
        const data = { model: path.model, alias: aliasNote(settings, path.model) };
        const node = reportNode(request, path.modelNode, path.via);
        if (retirement.state === 'listedShutDown') {
          context.report({ node, messageId: 'listedShutDown', data: { ...data, date: retirement.asOf } });
          continue;
        }
        const fix = retirement.replacement === undefined || aliased ? null : replaceModelFix(sourceCode, path.modelNode, retirement.replacement);
        context.report({
          node,
          messageId: retirement.state,
          data: { ...data, date: retirement.date },
          suggest: fix
            ? [{ messageId: 'replaceRetired', data: { model: path.model, replacement: retirement.replacement, source: replacementSource(path.entry) }, fix }]
            : null,
        });
      }

      // Unknown names one or two keystrokes from a catalog name.
      if (elsewhere) return;
      const catalog = catalogOf(settings);
      for (const value of request.param('model').values) {
        if (value.kind !== 'primitive' || typeof value.value !== 'string' || reported.has(value.node)) continue;
        const name = value.value;
        if (Object.hasOwn(settings.modelAliases, name)) continue;
        const suggestion = nearMissModel(name, catalog);
        if (suggestion === undefined) continue;
        reported.add(value.node);
        const fix = replaceModelFix(sourceCode, value.node, suggestion);
        context.report({
          node: reportNode(request, value.node),
          messageId: 'typo',
          data: { model: name, suggestion },
          suggest: fix ? [{ messageId: 'replaceTypo', data: { model: name, suggestion }, fix }] : null,
        });
      }
    });
  },
});
