/**
 * Framework adapters: a framework call (`new ChatOpenAI({...})`, `new Agent({...})`) translated
 * into the request the framework will send, which the rules then judge like an `openai` SDK call.
 * One file per framework; this one lists them and builds the requests of a file: the call's options
 * are resolved path by path (src/analysis), and each path is translated on its own, so a model and
 * a setting from different branches never meet.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Env } from '../analysis/paths.js';
import { requestFromPaths, type BodyPath, type Request } from '../analysis/request.js';
import type { CallSite } from '../analysis/call-sites.js';
import type { OpenAISettings } from '../settings.js';
import { resolvePaths } from '../analysis/resolve.js';
import { skipWrappers, type ObjectShape } from '../analysis/value-model.js';
import { langchain } from './langchain.js';
import { openaiAgents } from './openai-agents.js';
import { frameworkCalls, importsAdapterModule } from './references.js';
import type { Adapter, FileFacts, Ignored, Translation } from './types.js';
import { vercelAi } from './vercel-ai.js';
import { versionAllows } from './versions.js';

export { frameworkOptionOf } from './body.js';
export type { Adapter, FrameworkId, Ignored, ModelledVersions } from './types.js';

/** The settings a framework request's framework drops (none for an SDK request). */
const ignoredByRequest = new WeakMap<Request, readonly Ignored[]>();

export function ignoredSettings(request: Request): readonly Ignored[] {
  return ignoredByRequest.get(request) ?? [];
}

/** How reports about a framework request name what the user wrote (src/rule-kit/user-words.ts). */
export interface FrameworkWords {
  /** Per OpenAI parameter, the option it is sent from, where every path agrees (`top_p` → `topP`). */
  params: ReadonlyMap<string, string>;
  /** Models the framework sends by default (and the user wrote nowhere in the call), with their note (`LangChain's default`). */
  models: ReadonlyMap<string, string>;
  /**
   * Reports go only to these options and only about these parameters (a call that configures an
   * object another call created: what the object's own options cause is reported at that call).
   */
  scope?: { node: TSESTree.Node; params: ReadonlySet<string> };
}

const wordsByRequest = new WeakMap<Request, FrameworkWords>();

/** The framework's words for a request, or `undefined` for an SDK request. */
export function frameworkWords(request: Request): FrameworkWords | undefined {
  return wordsByRequest.get(request);
}

/** The words of the translations of one request's paths: a parameter named two ways on two paths keeps OpenAI's name. */
function wordsOf(call: TSESTree.Node, translations: readonly Translation[]): FrameworkWords {
  const params = new Map<string, string | null>();
  const defaults = new Map<string, string>();
  const written = new Set<string>();
  for (const translation of translations) {
    for (const [name, words] of translation.words ?? []) {
      const before = params.get(name);
      params.set(name, before === undefined || before === words ? words : null);
    }
    if (translation.defaultModel) defaults.set(translation.defaultModel.id, translation.defaultModel.note);
    for (const value of translation.body.params.get('model')?.values ?? []) {
      if (value.kind === 'primitive' && typeof value.value === 'string' && value.node !== call) written.add(value.value);
    }
  }
  return {
    params: new Map([...params].filter((entry): entry is [string, string] => entry[1] !== null && entry[1] !== entry[0])),
    models: new Map([...defaults].filter(([id]) => !written.has(id))),
  };
}

export const ADAPTERS: readonly Adapter[] = [langchain, openaiAgents, vercelAi];

function siteOf(node: TSESTree.CallExpression | TSESTree.NewExpression, translation: Translation, options: TSESTree.Node | null): CallSite {
  const { api, client } = translation;
  return {
    // A `new` expression stands where the SDK's call would; rules read only its position and range.
    node: node as TSESTree.CallExpression,
    api,
    method: 'create',
    beta: false,
    path: api === 'chat' ? 'chat.completions.create' : 'responses.create',
    receiver: node.callee,
    client,
    body: options,
  };
}

/** The options' shape on each of their paths (one empty path when none are written). */
function optionPaths(sourceCode: TSESLint.SourceCode, node: TSESTree.Node | null): { paths: Array<{ env: Env; shape: ObjectShape }>; capped: boolean } {
  if (!node) return { paths: [{ env: Env.EMPTY, shape: { node: null, params: new Map(), open: false } }], capped: false };
  const options = skipWrappers(node);
  const resolved = resolvePaths(sourceCode, node, true);
  const paths = resolved.alts.map(({ env, value }) => {
    if (value.kind === 'object') return { env, shape: { ...value.shape, node: options } };
    const open = value.kind !== 'absent';
    return { env, shape: { node: options, params: new Map(), open } };
  });
  return { paths, capped: resolved.capped };
}

/** The requests one framework call sends: one per API and client its paths go to. */
function requestsOf(
  sourceCode: TSESLint.SourceCode,
  call: ReturnType<typeof frameworkCalls>[number],
  file: FileFacts,
  settings: OpenAISettings,
  used: Set<TSESTree.Node>,
): Request[] {
  const optionsNode = call.adapter.options(sourceCode, call);
  if (optionsNode === false) return [];
  const { paths, capped } = optionPaths(sourceCode, optionsNode);
  const groups = new Map<string, { translation: Translation; translations: Translation[]; paths: BodyPath[]; ignored: Ignored[] }>();
  for (const { env, shape } of paths) {
    const translation = call.adapter.translate(sourceCode, call, file, settings, shape);
    // A path the adapter cannot read: the API or the client there is not known, so nothing is judged.
    if (!translation) return [];
    for (const node of translation.uses ?? []) used.add(node);
    const key = `${translation.api}:${translation.client.kind}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { translation, translations: [], paths: [], ignored: [] }));
    group.translations.push(translation);
    const body = translation.body;
    group.paths.push({ env, value: { kind: 'object', shape: body, node: body.node ?? call.node }, shape: body });
    for (const setting of translation.ignored ?? []) {
      const seen = group.ignored.some((other) => other.words === setting.words && other.param.writes[0]?.property === setting.param.writes[0]?.property);
      if (!seen) group.ignored.push(setting);
    }
  }
  const requests: Request[] = [];
  for (const { translation, translations, paths: bodyPaths, ignored } of groups.values()) {
    const request = requestFromPaths(siteOf(call.node, translation, optionsNode === null ? null : skipWrappers(optionsNode)), bodyPaths, capped);
    if (ignored.length > 0) ignoredByRequest.set(request, ignored);
    const words = wordsOf(call.base?.node ?? call.node, translations);
    const scope = call.base && optionsNode ? { node: skipWrappers(optionsNode), params: new Set(translations.flatMap((t) => t.only ?? [])) } : undefined;
    wordsByRequest.set(request, scope ? { ...words, scope } : words);
    requests.push(request);
  }
  return requests;
}

/** The file imports or requires a framework's module: `frameworkRequests` may find some (most files import none). */
export function importsFramework(sourceCode: TSESLint.SourceCode): boolean {
  return importsAdapterModule(sourceCode, ADAPTERS);
}

/** The requests the file's framework calls send, in source order (none, at once, in a file that imports no framework). */
export function frameworkRequests(sourceCode: TSESLint.SourceCode, settings: OpenAISettings, filename: string): Request[] {
  const found = frameworkCalls(sourceCode, ADAPTERS);
  if (found.length === 0) return [];
  // Calls that configure the objects found (`llm.invoke(input, { stop })`), in source order with the rest.
  const calls = [...found];
  for (const adapter of ADAPTERS) {
    if (!adapter.followUps) continue;
    const own = found.filter((call) => call.adapter === adapter);
    if (own.length > 0) calls.push(...adapter.followUps(sourceCode, own).map((call) => ({ ...call, adapter })));
  }
  calls.sort((a, b) => a.node.range[0] - b.node.range[0]);
  const byEntry = new Map<string, Array<TSESTree.CallExpression | TSESTree.NewExpression>>();
  for (const call of calls) {
    const list = byEntry.get(call.entry) ?? [];
    list.push(call.node);
    byEntry.set(call.entry, list);
  }
  const file: FileFacts = { calls: byEntry };
  const requests: Request[] = [];
  const used = new Set<TSESTree.Node>();
  for (const call of calls) {
    if (!versionAllows(call.adapter, filename, settings)) continue;
    requests.push(...requestsOf(sourceCode, call, file, settings, used));
  }
  // Model objects no translated call uses (a registry, a provider map): their model id alone.
  for (const adapter of ADAPTERS) {
    if (!adapter.models || !calls.some((call) => call.adapter === adapter) || !versionAllows(adapter, filename, settings)) continue;
    for (const { node, translation } of adapter.models(sourceCode, file, settings)) {
      if (used.has(node)) continue;
      const body = translation.body;
      requests.push(requestFromPaths(siteOf(node, translation, null), [{ env: Env.EMPTY, value: { kind: 'object', shape: body, node }, shape: body }], false));
    }
  }
  return requests.sort((a, b) => a.site.node.range[0] - b.site.node.range[0]);
}
