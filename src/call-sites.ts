/**
 * Call sites: which calls send an OpenAI request body, through which method, from which client.
 */
import { getPropertyName } from '@eslint-community/eslint-utils';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getParam, resolveBinding, resolveValues, skipWrappers, stringValues, type Value } from './values.js';

export type Api = 'chat' | 'responses';

export type ClientKind =
  /** `new OpenAI()` talking to api.openai.com. */
  | 'openai'
  /** `new AzureOpenAI()` (or an Azure endpoint): `model` is a deployment name. */
  | 'azure'
  /** `new OpenAI({ baseURL })` pointing somewhere else: an OpenAI-compatible provider. */
  | 'compatible'
  /** Not visible in the file: treated as OpenAI. */
  | 'unknown';

export interface ClientInfo {
  kind: ClientKind;
  /** The `baseURL` when it is a known string. */
  baseURL?: string;
  /** The expression that creates the client, where found. */
  node?: TSESTree.Node;
}

export interface CallSite {
  node: TSESTree.CallExpression;
  api: Api;
  /** `create`, `parse`, `stream`, `runTools`. */
  method: string;
  /** Called through `beta.chat.completions` (removed in openai v5). */
  beta: boolean;
  /** `chat.completions.create`, `beta.chat.completions.parse`, `responses.stream`, ... */
  path: string;
  /** The client expression (`client`, `this.openai`, `getClient()`). */
  receiver: TSESTree.Node;
  client: ClientInfo;
  /** The request body argument, if any. */
  body: TSESTree.Node | null;
}

export const CHAT_METHODS: ReadonlySet<string> = new Set(['create', 'parse', 'stream', 'runTools']);
export const BETA_CHAT_METHODS: ReadonlySet<string> = new Set(['parse', 'stream', 'runTools']);
export const RESPONSES_METHODS: ReadonlySet<string> = new Set(['create', 'parse', 'stream']);
const ALL_METHODS = new Set([...CHAT_METHODS, ...RESPONSES_METHODS]);

function memberName(sourceCode: TSESLint.SourceCode, node: TSESTree.MemberExpression): string | null {
  return getPropertyName(node as never, sourceCode.getScope(node) as never) ?? null;
}

/** `x.name` (also `x?.name`, `x['name']`, `(x as any).name`), returning `x`. */
function objectOfMember(sourceCode: TSESLint.SourceCode, node: TSESTree.Node, name: string): TSESTree.Node | null {
  const current = skipWrappers(node);
  if (current.type !== AST_NODE_TYPES.MemberExpression) return null;
  if (memberName(sourceCode, current) !== name) return null;
  return current.object;
}

/**
 * Follow a same-file alias: `const completions = client.chat.completions` makes `completions`
 * stand for that member chain.
 */
function followAlias(sourceCode: TSESLint.SourceCode, node: TSESTree.Node): TSESTree.Node {
  let current = skipWrappers(node);
  for (let i = 0; i < 4 && current.type === AST_NODE_TYPES.Identifier; i++) {
    const binding = resolveBinding(sourceCode, current);
    if (!binding) break;
    const init = skipWrappers(binding.init);
    if (init.type !== AST_NODE_TYPES.MemberExpression) break;
    current = init;
  }
  return current;
}

function unwrapReceiver(node: TSESTree.Node): TSESTree.Node {
  let current = skipWrappers(node);
  while (current.type === AST_NODE_TYPES.AwaitExpression) current = skipWrappers(current.argument);
  return current;
}

/** Classify the call, or `null` when it does not send an OpenAI request body. */
export function classifyCall(sourceCode: TSESLint.SourceCode, node: TSESTree.CallExpression): CallSite | null {
  const callee = skipWrappers(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = memberName(sourceCode, callee);
  if (method == null || !ALL_METHODS.has(method)) return null;
  const owner = followAlias(sourceCode, callee.object);

  let api: Api;
  let beta = false;
  let receiver: TSESTree.Node;
  const chat = objectOfMember(sourceCode, owner, 'completions');
  if (chat) {
    const chatOwner = objectOfMember(sourceCode, followAlias(sourceCode, chat), 'chat');
    if (!chatOwner) return null;
    if (!CHAT_METHODS.has(method)) return null;
    const betaOwner = objectOfMember(sourceCode, followAlias(sourceCode, chatOwner), 'beta');
    api = 'chat';
    if (betaOwner) {
      if (!BETA_CHAT_METHODS.has(method)) return null;
      beta = true;
      receiver = betaOwner;
    } else receiver = chatOwner;
  } else {
    const responsesOwner = objectOfMember(sourceCode, owner, 'responses');
    if (!responsesOwner || !RESPONSES_METHODS.has(method)) return null;
    // `client.beta.responses` holds the WebSocket variants, not request bodies.
    if (objectOfMember(sourceCode, followAlias(sourceCode, responsesOwner), 'beta')) return null;
    api = 'responses';
    receiver = responsesOwner;
  }
  const path = `${beta ? 'beta.' : ''}${api === 'chat' ? 'chat.completions' : 'responses'}.${method}`;
  const firstArgument = node.arguments[0];
  const body = firstArgument && firstArgument.type !== AST_NODE_TYPES.SpreadElement ? firstArgument : null;
  return { node, api, method, beta, path, receiver, client: classifyClient(sourceCode, receiver), body };
}

const AZURE_HOST = /\.(?:openai\.azure\.com|cognitiveservices\.azure\.com|services\.ai\.azure\.com)(?:[:/]|$)/i;
const OPENAI_HOST = /^https?:\/\/api\.openai\.com(?:[:/]|$)/i;

/** Classify the client a receiver expression refers to, where the file shows it. */
export function classifyClient(sourceCode: TSESLint.SourceCode, receiver: TSESTree.Node): ClientInfo {
  const creation = findClientCreation(sourceCode, unwrapReceiver(receiver));
  if (!creation) return { kind: 'unknown' };
  return classifyCreation(sourceCode, creation);
}

function classifyCreation(sourceCode: TSESLint.SourceCode, creation: TSESTree.NewExpression): ClientInfo {
  const callee = skipWrappers(creation.callee);
  let name: string | null = null;
  if (callee.type === AST_NODE_TYPES.Identifier) name = callee.name;
  else if (callee.type === AST_NODE_TYPES.MemberExpression) name = memberName(sourceCode, callee);
  if (name === 'AzureOpenAI') return { kind: 'azure', node: creation };
  if (name !== 'OpenAI') return { kind: 'unknown', node: creation };
  const options = creation.arguments[0];
  if (!options || options.type === AST_NODE_TYPES.SpreadElement) return { kind: 'openai', node: creation };
  const optionValues = resolveValues(sourceCode, options, false);
  const baseURLs: Value[] = [];
  for (const value of optionValues) {
    if (value.kind === 'object') baseURLs.push(...getParam(value.shape, 'baseURL').values);
    else baseURLs.push({ kind: 'unknown', node: options });
  }
  if (baseURLs.every((v) => v.kind === 'absent')) return { kind: 'openai', node: creation };
  const urls = stringValues(baseURLs);
  if (urls.length !== baseURLs.filter((v) => v.kind !== 'absent').length) {
    // Some baseURL is not statically known (an environment variable, say): we cannot tell.
    return { kind: 'unknown', node: creation };
  }
  if (urls.some((url) => AZURE_HOST.test(url))) return { kind: 'azure', baseURL: urls[0], node: creation };
  if (urls.every((url) => OPENAI_HOST.test(url))) return { kind: 'openai', baseURL: urls[0], node: creation };
  return { kind: 'compatible', baseURL: urls.find((url) => !OPENAI_HOST.test(url)), node: creation };
}

/** The `new X(...)` that created the client `node` refers to, if the file shows it. */
function findClientCreation(sourceCode: TSESLint.SourceCode, node: TSESTree.Node): TSESTree.NewExpression | null {
  const current = unwrapReceiver(node);
  if (current.type === AST_NODE_TYPES.NewExpression) return current;
  if (current.type === AST_NODE_TYPES.Identifier) {
    const binding = resolveBinding(sourceCode, current);
    if (!binding) return null;
    const init = unwrapReceiver(binding.init);
    return init.type === AST_NODE_TYPES.NewExpression ? init : null;
  }
  if (
    current.type === AST_NODE_TYPES.MemberExpression &&
    skipWrappers(current.object).type === AST_NODE_TYPES.ThisExpression
  ) {
    const name = memberName(sourceCode, current);
    if (name == null) return null;
    return findClassFieldCreation(sourceCode, current, name);
  }
  return null;
}

/** Per class body and field name (AST nodes are per file, so this holds no cross-file state). */
const classFieldCache = new WeakMap<TSESTree.ClassBody, Map<string, TSESTree.NewExpression | null>>();

/** `this.<name>` inside a class: the `new X()` assigned to that field, if there is exactly one. */
function findClassFieldCreation(sourceCode: TSESLint.SourceCode, node: TSESTree.Node, name: string): TSESTree.NewExpression | null {
  let classNode: TSESTree.Node | undefined = node.parent;
  while (classNode && classNode.type !== AST_NODE_TYPES.ClassBody) classNode = classNode.parent;
  if (!classNode || classNode.type !== AST_NODE_TYPES.ClassBody) return null;
  let byName = classFieldCache.get(classNode);
  if (!byName) classFieldCache.set(classNode, (byName = new Map()));
  if (byName.has(name)) return byName.get(name)!;
  const found = scanClassField(sourceCode, classNode, name);
  byName.set(name, found);
  return found;
}

function scanClassField(sourceCode: TSESLint.SourceCode, classNode: TSESTree.ClassBody, name: string): TSESTree.NewExpression | null {
  const creations: TSESTree.Node[] = [];
  for (const member of classNode.body) {
    if (member.type === AST_NODE_TYPES.PropertyDefinition && !member.static && member.value) {
      if (getPropertyName(member as never, sourceCode.getScope(member) as never) === name) creations.push(member.value);
    }
  }
  // `this.<name> = ...` assignments anywhere in the class body.
  const visit = (n: TSESTree.Node): void => {
    if (n.type === AST_NODE_TYPES.AssignmentExpression && n.left.type === AST_NODE_TYPES.MemberExpression) {
      const left = n.left;
      if (skipWrappers(left.object).type === AST_NODE_TYPES.ThisExpression && memberName(sourceCode, left) === name) {
        creations.push(n.right);
      }
    }
    for (const key of sourceCode.visitorKeys[n.type] ?? []) {
      const child = (n as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const c of child) if (c && typeof (c as TSESTree.Node).type === 'string') visit(c as TSESTree.Node);
      } else if (child && typeof (child as TSESTree.Node).type === 'string') visit(child as TSESTree.Node);
    }
  };
  for (const member of classNode.body) {
    if (member.type === AST_NODE_TYPES.MethodDefinition && member.value.body) visit(member.value.body);
  }
  if (creations.length !== 1) return null;
  const value = unwrapReceiver(creations[0]);
  return value.type === AST_NODE_TYPES.NewExpression ? value : null;
}
