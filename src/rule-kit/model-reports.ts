/**
 * What `no-retired-models` and `no-deprecated-models` share: which clients OpenAI's model
 * lifecycle applies to, where a report about the model goes, the replace-the-name edit (offered as
 * a suggestion only: a new model changes what the request gets), and how a date's or a
 * replacement's source is named in a message.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import type { ClientInfo } from '../analysis/clients.js';
import { normalizeModelName } from '../models/lookup.js';
import { retirementOf, type Retirement } from '../models/retirement.js';
import type { WeakFact } from '../models/types.js';
import { effectiveDate, type OpenAISettings } from '../settings.js';
import { quoteLike, type FixFunction } from './fix.js';
import { contains } from './nodes.js';
import type { ModelPath } from '../analysis/model-paths.js';
import type { RequestFacts } from './request-facts.js';

/**
 * Client kinds that talk to someone other than OpenAI: Azure (`model` is a deployment name), an
 * OpenAI-compatible `baseURL`, a provider declared `other` in settings, a look-alike SDK such as
 * `groq-sdk`. OpenAI's shutdown dates and model names do not apply there unless the user maps the
 * name with `settings.openai.modelAliases`.
 */
const OTHER_PROVIDERS: ReadonlySet<string> = new Set(['azure', 'compatible', 'other', 'lookalike']);

export function otherProvider(client: ClientInfo): boolean {
  return OTHER_PROVIDERS.has(client.kind);
}

/**
 * The model value itself when it is written in this call (or in the call of a local function that
 * passes it in); else where reports about `model` go (its property here, or the body).
 */
export function modelReportNode(request: RequestFacts, node: TSESTree.Node, via: readonly TSESTree.Node[] = []): TSESTree.Node {
  if (contains(request.site.node, node) || via.some((call) => contains(call, node))) return node;
  return request.reportNode(request.param('model'));
}

/** Replace a string literal (or a template without expressions) that spells a model name. */
export function replaceModelFix(sourceCode: TSESLint.SourceCode, node: TSESTree.Node, name: string): FixFunction | null {
  const isString = node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string';
  const isPlainTemplate = node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0;
  if (!isString && !isPlainTemplate) return null;
  const text = quoteLike(sourceCode, node, name);
  return (fixer) => fixer.replaceText(node, text);
}

export function aliasNote(settings: OpenAISettings, name: string): string {
  return Object.hasOwn(settings.modelAliases, name) ? ` (alias of \`${settings.modelAliases[name]}\`)` : '';
}

function confidenceNote(weak: WeakFact | undefined): string {
  return weak ? `; ${weak.confidence} confidence: ${weak.evidence}` : '';
}

type Dated = Exclude<Retirement, { state: 'listedShutDown' }>;

/** Where a shutdown date comes from, with its confidence where it is below High. */
export function dateSource(retirement: Dated): string {
  return `${retirement.source ?? "OpenAI's deprecations page"}${confidenceNote(retirement.weak)}`;
}

/** Which source names the replacement, with its confidence label where it is below High (the evidence is in the catalog and the rule docs). */
export function replacementSource(retirement: Dated): string {
  const label = retirement.replacementWeak ? `, ${retirement.replacementWeak.confidence} confidence` : '';
  return `${retirement.replacementSource ?? '`settings.openai.models`'}${label}`;
}

/** A model the request names, with the lifecycle facts that apply to it on the day of the lint. */
export interface ModelLifecycle {
  path: ModelPath;
  /** The name is one of `settings.openai.modelAliases`. */
  aliased: boolean;
  retirement: Retirement;
  /** Where a report about this model goes. */
  node: TSESTree.Node;
}

/**
 * Each distinct model node of the request with a shutdown (past, listed or scheduled), on clients
 * OpenAI's lifecycle applies to (another provider's names count only when aliased); fine-tunes are
 * left out (they have their own lifecycle, and the evidence dates base models only).
 */
export function* modelLifecycles(request: RequestFacts): Generator<ModelLifecycle> {
  const { settings } = request;
  const elsewhere = otherProvider(request.client);
  const today = effectiveDate(settings);
  const seen = new Set<TSESTree.Node>();
  for (const path of request.models().paths) {
    if (seen.has(path.modelNode)) continue;
    seen.add(path.modelNode);
    const aliased = Object.hasOwn(settings.modelAliases, path.model);
    if (elsewhere && !aliased) continue;
    if (normalizeModelName(aliased ? settings.modelAliases[path.model]! : path.model).fineTune) continue;
    const retirement = retirementOf(path.entry, today);
    if (!retirement) continue;
    yield { path, aliased, retirement, node: modelReportNode(request, path.modelNode, path.via) };
  }
}
