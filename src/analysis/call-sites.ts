/**
 * Call sites: which calls send an OpenAI request body, through which method, on which receiver.
 * The matching is structural (`<receiver>.chat.completions.create(...)`, through aliases and
 * destructuring), so receivers the file cannot trace to an import (`this.client`, parameters,
 * factory results) still count; ./clients.ts then says what client the receiver is.
 */
import { findVariable } from '@eslint-community/eslint-utils';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import type { OpenAISettings } from '../settings.js';
import type { TypeInfo } from './type-info.js';
import { memberName, propertyNameOf, resolveBinding } from './bindings.js';
import { skipWrappers } from './value-model.js';
import { classifyReceiver, type ClientInfo } from './clients.js';

export type Api = 'chat' | 'responses';

/** What `classifyCall` may consult besides the syntax: settings (providers) and type information. */
export interface ClassifyOptions {
  settings?: OpenAISettings;
  /** Type information (only in type-checked mode). */
  types?: TypeInfo | null;
}

export interface CallSite {
  node: TSESTree.CallExpression;
  api: Api;
  /** `create`, `parse`, `stream`, `runTools` (and `runFunctions`, removed in openai v5). */
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

/** `runFunctions` existed only as `beta.chat.completions.runFunctions` (openai v4); it is matched on both paths so that `no-removed-beta-methods` sees it. */
export const CHAT_METHODS: ReadonlySet<string> = new Set(['create', 'parse', 'stream', 'runTools', 'runFunctions']);
export const BETA_CHAT_METHODS: ReadonlySet<string> = new Set(['parse', 'stream', 'runTools', 'runFunctions']);
export const RESPONSES_METHODS: ReadonlySet<string> = new Set(['create', 'parse', 'stream']);
/** Every method name that can send a request body (a cheap first filter for call expressions). */
export const REQUEST_METHOD_NAMES: ReadonlySet<string> = new Set([...CHAT_METHODS, ...RESPONSES_METHODS]);
const ALL_METHODS = REQUEST_METHOD_NAMES;

/**
 * A member chain that may have no node of its own: `{ node, keys: ['chat'] }` stands for
 * `node.chat`, as left by destructuring (`const { chat: { completions } } = client`).
 */
interface Chain {
  node: TSESTree.Node;
  keys: readonly string[];
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

/**
 * `const { completions } = client.chat` (also `{ completions: c }`, nested patterns): the chain
 * the identifier stands for, as the initialiser and the keys down to it.
 */
function destructured(sourceCode: TSESLint.SourceCode, identifier: TSESTree.Identifier): Chain | null {
  const binding = findVariable(sourceCode.getScope(identifier) as never, identifier.name) as TSESLint.Scope.Variable | null;
  if (!binding || binding.defs.length !== 1) return null;
  const def = binding.defs[0];
  if (def.type !== 'Variable') return null;
  const declarator = def.node as TSESTree.VariableDeclarator;
  const declaration = def.parent as TSESTree.VariableDeclaration | null;
  if (declaration?.kind !== 'const' || !declarator.init || declarator.id.type !== AST_NODE_TYPES.ObjectPattern) return null;
  const keys: string[] = [];
  let node: TSESTree.Node = def.name as TSESTree.Node;
  while (node !== declarator.id) {
    const property = node.parent;
    if (property?.type !== AST_NODE_TYPES.Property || property.value !== node) return null;
    const key = propertyNameOf(sourceCode, property);
    if (key == null) return null;
    keys.unshift(key);
    const pattern = property.parent;
    if (pattern?.type !== AST_NODE_TYPES.ObjectPattern) return null;
    node = pattern;
  }
  return { node: declarator.init, keys };
}

/** `x.name` (through aliases, `x?.name`, `x['name']`, `(x as any).name`, destructuring): the chain for `x`. */
function stepOut(sourceCode: TSESLint.SourceCode, chain: Chain, name: string): Chain | null {
  if (chain.keys.length > 0) {
    return chain.keys[chain.keys.length - 1] === name ? { node: chain.node, keys: chain.keys.slice(0, -1) } : null;
  }
  const current = followAlias(sourceCode, chain.node);
  if (current.type === AST_NODE_TYPES.MemberExpression) {
    return memberName(sourceCode, current) === name ? { node: current.object, keys: [] } : null;
  }
  if (current.type === AST_NODE_TYPES.Identifier) {
    const found = destructured(sourceCode, current);
    return found ? stepOut(sourceCode, found, name) : null;
  }
  return null;
}

/** Classify the call, or `null` when it does not send an OpenAI request body. */
export function classifyCall(sourceCode: TSESLint.SourceCode, node: TSESTree.CallExpression, options: ClassifyOptions = {}): CallSite | null {
  const callee = skipWrappers(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = memberName(sourceCode, callee);
  if (method == null || !ALL_METHODS.has(method)) return null;
  const owner: Chain = { node: callee.object, keys: [] };

  let api: Api;
  let beta = false;
  let receiver: Chain;
  const chat = stepOut(sourceCode, owner, 'completions');
  if (chat) {
    const chatOwner = stepOut(sourceCode, chat, 'chat');
    if (!chatOwner) return null;
    if (!CHAT_METHODS.has(method)) return null;
    const betaOwner = stepOut(sourceCode, chatOwner, 'beta');
    api = 'chat';
    if (betaOwner) {
      if (!BETA_CHAT_METHODS.has(method)) return null;
      beta = true;
      receiver = betaOwner;
    } else receiver = chatOwner;
  } else {
    const responsesOwner = stepOut(sourceCode, owner, 'responses');
    if (!responsesOwner || !RESPONSES_METHODS.has(method)) return null;
    // `client.beta.responses` holds the WebSocket variants, not request bodies.
    if (stepOut(sourceCode, responsesOwner, 'beta')) return null;
    api = 'responses';
    receiver = responsesOwner;
  }
  const path = `${beta ? 'beta.' : ''}${api === 'chat' ? 'chat.completions' : 'responses'}.${method}`;
  const firstArgument = node.arguments[0];
  const body = firstArgument && firstArgument.type !== AST_NODE_TYPES.SpreadElement ? firstArgument : null;
  // A receiver that is part of a destructured object (`const { x: { chat } } = holder`) has no node: not classified.
  let client: ClientInfo | null =
    receiver.keys.length === 0 ? classifyReceiver(sourceCode, receiver.node, path.split('.'), options.settings) : { kind: 'unknown' };
  // The file shows the receiver is no SDK client (a stub, a local class): not a request.
  if (!client) return null;
  if (options.types && (client.kind === 'unknown' || client.from === 'imports')) {
    // Type-checked mode: where the file does not show the client, its type does.
    const typed = options.types.clientOf(callee.object, receiver.node);
    if (typed === 'foreign') return null;
    if (typed) client = { ...typed, from: 'type' };
  }
  return { node, api, method, beta, path, receiver: receiver.node, client, body };
}
