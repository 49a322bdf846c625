/**
 * Framework adapters: a framework call (`new ChatOpenAI({...})`, `new Agent({...})`) translated
 * into the request the framework will send, which the rules then judge like an `openai` SDK call.
 * One file per framework; this one lists them and builds the requests of a file.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { CallSite } from '../call-sites.js';
import type { Request } from '../request.js';
import type { OpenAISettings } from '../settings.js';
import { getParam, valuesAt, writesAt, type Value } from '../values.js';
import { langchain } from './langchain.js';
import { openaiAgents } from './openai-agents.js';
import { vercelAi } from './vercel-ai.js';
import { frameworkCalls, mentionsFramework } from './references.js';
import type { Adapter, FileFacts, Ignored, Translation } from './types.js';
import { versionAllows } from './versions.js';

export { frameworkOptionOf } from './body.js';
export type { Adapter, FrameworkId, Ignored, ModelledVersions } from './types.js';

/** The settings a framework request's framework drops (none for an SDK request). */
const ignoredByRequest = new WeakMap<Request, readonly Ignored[]>();

export function ignoredSettings(request: Request): readonly Ignored[] {
  return ignoredByRequest.get(request) ?? [];
}

export const ADAPTERS: readonly Adapter[] = [langchain, openaiAgents, vercelAi];

/** The file may hold framework calls (a cheap look at its text before any analysis). */
export function mayHoldFrameworkCalls(text: string): boolean {
  return mentionsFramework(text, ADAPTERS);
}

/** A framework request: the translated body judged by the rules, at the framework call. */
function requestOf(node: TSESTree.CallExpression | TSESTree.NewExpression, translation: Translation): Request {
  const { api, client, body, optionsNode } = translation;
  const site: CallSite = {
    // A `new` expression stands where the SDK's call would; rules read only its position and range.
    node: node as TSESTree.CallExpression,
    api,
    method: 'create',
    beta: false,
    path: api === 'chat' ? 'chat.completions.create' : 'responses.create',
    receiver: node.callee,
    client,
    body: optionsNode,
  };
  const bodyValue: Value = { kind: 'object', shape: body, node: optionsNode ?? node };
  const cache = new Map<string, Value[]>();
  const request: Request = {
    site,
    bodyValues: [bodyValue],
    body,
    param: (name) => getParam(body, name),
    values(path) {
      let values = cache.get(path);
      if (!values) {
        const [first, ...rest] = path.split('.');
        values = getParam(body, first).values;
        for (const key of rest) values = valuesAt(values, key);
        cache.set(path, values);
      }
      return values;
    },
    writes(path) {
      const keys = path.split('.');
      const last = keys.pop()!;
      if (keys.length === 0) return getParam(body, last).writes;
      return writesAt(request.values(keys.join('.')), last);
    },
  };
  if (translation.ignored?.length) ignoredByRequest.set(request, translation.ignored);
  return request;
}

/** The requests the file's framework calls send, in source order. */
export function frameworkRequests(sourceCode: TSESLint.SourceCode, settings: OpenAISettings, filename: string): Request[] {
  const calls = frameworkCalls(sourceCode, ADAPTERS);
  if (calls.length === 0) return [];
  const byEntry = new Map<string, Array<TSESTree.CallExpression | TSESTree.NewExpression>>();
  for (const call of calls) {
    const list = byEntry.get(call.entry) ?? [];
    list.push(call.node);
    byEntry.set(call.entry, list);
  }
  const file: FileFacts = { calls: byEntry };
  const requests: Request[] = [];
  for (const call of calls) {
    if (!versionAllows(call.adapter, filename)) continue;
    for (const translation of call.adapter.translate(sourceCode, call, file, settings)) requests.push(requestOf(call.node, translation));
  }
  return requests;
}
