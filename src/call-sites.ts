/**
 * Call sites: which calls send an OpenAI request body, through which method, from which client.
 */
import { findVariable, getPropertyName } from '@eslint-community/eslint-utils';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import type { OpenAISettings, ProviderHosts } from './settings.js';
import type { TypeInfo } from './type-info.js';
import { getParam, resolveBinding, resolveValues, skipWrappers, stringValues, type Value } from './values.js';

export type Api = 'chat' | 'responses';

export type ClientKind =
  /** `new OpenAI()` talking to api.openai.com. */
  | 'openai'
  /** `new AzureOpenAI()` (or an Azure endpoint): `model` is a deployment name. */
  | 'azure'
  /** `new OpenAI({ baseURL })` pointing somewhere else: an OpenAI-compatible provider. */
  | 'compatible'
  /**
   * `new OpenAI({ baseURL })` on a host listed in `settings.openai.providers.other`: not OpenAI,
   * its model names are its own (model-keyed rules stay silent unless the name is aliased).
   */
  | 'other'
  /**
   * A client of another SDK with the same call path (`groq-sdk`, `together-ai`, `portkey-ai`,
   * token.js, instructor's wrapped client, Cerebras): only model-independent rules apply, and only
   * to requests shaped like OpenAI's (see `isOpenAIShaped` in ./request.ts).
   */
  | 'lookalike'
  /** Not visible in the file: treated as OpenAI. */
  | 'unknown';

export interface ClientInfo {
  kind: ClientKind;
  /** The `baseURL` when it is a known string. */
  baseURL?: string;
  /** The expression that creates the client, where found. */
  node?: TSESTree.Node;
  /** The look-alike SDK's package (`groq-sdk`), for kind `lookalike`. */
  sdk?: string;
  /** How the kind was decided, where not from the client's creation: the file's imports, or its type. */
  from?: 'imports' | 'type';
}

/**
 * Other SDKs whose clients have OpenAI's call paths (`client.chat.completions.create`), by
 * package name. A client created from one of these (`new Groq()`, `Instructor({ client })`) is a
 * look-alike.
 */
export const LOOKALIKE_SDKS: readonly string[] = [
  'groq-sdk',
  'together-ai',
  'portkey-ai',
  'token.js',
  '@instructor-ai/instructor',
  '@cerebras/cerebras_cloud_sdk',
];

/** The look-alike package a module specifier belongs to (`groq-sdk/index.mjs` → `groq-sdk`). */
export function lookalikeSdk(specifier: string): string | undefined {
  return LOOKALIKE_SDKS.find((sdk) => specifier === sdk || specifier.startsWith(`${sdk}/`));
}

function isOpenAIModule(specifier: string): boolean {
  return specifier === 'openai' || specifier.startsWith('openai/');
}

/**
 * The request goes to OpenAI (or Azure OpenAI) as far as the file shows: `false` for an
 * OpenAI-compatible provider, a provider declared `other`, or a look-alike SDK, whose API may
 * accept or reject what OpenAI's does not.
 */
export function isOpenAIBackend(client: ClientInfo): boolean {
  return client.kind === 'openai' || client.kind === 'azure' || client.kind === 'unknown';
}

/** The expression that creates a client: `new X(...)`, or a look-alike SDK's factory call. */
type Creation = TSESTree.NewExpression | TSESTree.CallExpression;

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

function memberName(sourceCode: TSESLint.SourceCode, node: TSESTree.MemberExpression): string | null {
  // The common case needs no scope: `x.name`. Scope lookup (for `x[KEY]` with a const KEY) is the
  // expensive path, taken only for computed keys.
  if (!node.computed) return node.property.type === AST_NODE_TYPES.Identifier ? node.property.name : null;
  if (node.property.type === AST_NODE_TYPES.Literal) return typeof node.property.value === 'string' ? node.property.value : null;
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
export function classifyCall(sourceCode: TSESLint.SourceCode, node: TSESTree.CallExpression, options: ClassifyOptions = {}): CallSite | null {
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
  let client = classifyClient(sourceCode, receiver, options.settings);
  if (options.types && (client.kind === 'unknown' || client.from === 'imports')) {
    // Type-checked mode: where the file does not show the client, its type does.
    const typed = options.types.clientOf(callee.object, receiver);
    if (typed === 'foreign') return null;
    if (typed) client = { ...typed, from: 'type' };
  }
  return { node, api, method, beta, path, receiver, client, body };
}

const AZURE_HOST = /\.(?:openai\.azure\.com|cognitiveservices\.azure\.com|services\.ai\.azure\.com)(?:[:/]|$)/i;
const OPENAI_HOST = /^https?:\/\/api\.openai\.com(?:[:/]|$)/i;

/**
 * Classify the client a receiver expression refers to, where the file shows it. A receiver the
 * file does not show is `unknown`, except in a file that imports a look-alike SDK and not
 * `openai`: there it is that look-alike (`from: 'imports'`).
 */
export function classifyClient(sourceCode: TSESLint.SourceCode, receiver: TSESTree.Node, settings?: OpenAISettings): ClientInfo {
  const creation = findClientCreation(sourceCode, unwrapReceiver(receiver));
  const info = creation ? classifyCreationOnce(sourceCode, creation, settings?.providers) : { kind: 'unknown' as const };
  if (info.kind !== 'unknown') return info;
  const imports = fileImports(sourceCode);
  if (!imports.openai && imports.lookalikes.length > 0) return { ...info, kind: 'lookalike', sdk: imports.lookalikes[0], from: 'imports' };
  return info;
}

/** Per creation node (AST nodes are per file, so this holds no cross-file state). */
const creationCache = new WeakMap<Creation, { providers: ProviderHosts | undefined; info: ClientInfo }>();

/** A client is classified once, however many calls use it. */
function classifyCreationOnce(sourceCode: TSESLint.SourceCode, creation: Creation, providers: ProviderHosts | undefined): ClientInfo {
  const cached = creationCache.get(creation);
  if (cached && cached.providers === providers) return cached.info;
  const info = classifyCreation(sourceCode, creation, providers);
  creationCache.set(creation, { providers, info });
  return info;
}

function classifyCreation(
  sourceCode: TSESLint.SourceCode,
  creation: Creation,
  providers: ProviderHosts | undefined,
): ClientInfo {
  const callee = skipWrappers(creation.callee);
  const sdk = creatorSdk(sourceCode, callee);
  if (sdk) return { kind: 'lookalike', sdk, node: creation };
  if (creation.type !== AST_NODE_TYPES.NewExpression) return { kind: 'unknown', node: creation };
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
  const kinds = urls.map((url) => hostKind(url, providers));
  const pick = (kind: (typeof kinds)[number]): string | undefined => urls[kinds.indexOf(kind)];
  if (kinds.includes('azure')) return { kind: 'azure', baseURL: pick('azure'), node: creation };
  if (kinds.includes('other')) return { kind: 'other', baseURL: pick('other'), node: creation };
  if (kinds.every((kind) => kind === 'openai')) return { kind: 'openai', baseURL: urls[0], node: creation };
  return { kind: 'compatible', baseURL: pick('compatible'), node: creation };
}

function hostMatches(pattern: string, url: URL): boolean {
  const hostname = url.hostname.toLowerCase();
  if (pattern.includes(':')) return url.host.toLowerCase() === pattern;
  if (pattern.startsWith('*.')) return hostname.endsWith(pattern.slice(1));
  return hostname === pattern;
}

/** The provider a `baseURL` belongs to: `settings.openai.providers` first, then the known hosts. */
export function hostKind(baseURL: string, providers: ProviderHosts | undefined): 'openai' | 'azure' | 'other' | 'compatible' {
  if (providers) {
    let url: URL | null = null;
    try {
      url = new URL(baseURL);
    } catch {
      // Not an absolute URL: no host to match.
    }
    if (url) {
      for (const kind of ['openai', 'azure', 'other'] as const) {
        if (providers[kind].some((pattern) => hostMatches(pattern, url))) return kind;
      }
    }
  }
  if (AZURE_HOST.test(baseURL)) return 'azure';
  if (OPENAI_HOST.test(baseURL)) return 'openai';
  return 'compatible';
}

/** The look-alike SDK a client constructor or factory is imported from (`import Groq from 'groq-sdk'`). */
function creatorSdk(sourceCode: TSESLint.SourceCode, callee: TSESTree.Node): string | undefined {
  let root = callee;
  // `new Groq.Groq()`, `new sdk.default()`.
  while (root.type === AST_NODE_TYPES.MemberExpression) root = skipWrappers(root.object);
  if (root.type !== AST_NODE_TYPES.Identifier) return undefined;
  const source = importSource(sourceCode, root);
  return source === undefined ? undefined : lookalikeSdk(source);
}

/** `require('x')`, `require('x').default`, `require('x').Name`: the module specifier. */
function requiredModule(node: TSESTree.Node): string | undefined {
  let current = skipWrappers(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) current = skipWrappers(current.object);
  if (
    current.type === AST_NODE_TYPES.CallExpression &&
    current.callee.type === AST_NODE_TYPES.Identifier &&
    current.callee.name === 'require' &&
    current.arguments[0]?.type === AST_NODE_TYPES.Literal &&
    typeof current.arguments[0].value === 'string'
  ) {
    return current.arguments[0].value;
  }
  return undefined;
}

/** The module an identifier is imported or required from, in this file. */
function importSource(sourceCode: TSESLint.SourceCode, identifier: TSESTree.Identifier): string | undefined {
  // By name from the identifier's own scope (given the node, `findVariable` scans sibling scopes first).
  const variable = findVariable(sourceCode.getScope(identifier) as never, identifier.name) as TSESLint.Scope.Variable | null;
  if (!variable || variable.defs.length !== 1) return undefined;
  const def = variable.defs[0];
  if (def.type === 'ImportBinding') {
    const declaration = def.parent as TSESTree.Node | null;
    if (declaration?.type === AST_NODE_TYPES.ImportDeclaration) return declaration.source.value;
    const node = def.node as TSESTree.Node;
    if (node.type === AST_NODE_TYPES.TSImportEqualsDeclaration && node.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference) {
      const expression = node.moduleReference.expression;
      return expression.type === AST_NODE_TYPES.Literal && typeof expression.value === 'string' ? expression.value : undefined;
    }
    return undefined;
  }
  if (def.type === 'Variable') {
    const declarator = def.node as TSESTree.VariableDeclarator;
    return declarator.init ? requiredModule(declarator.init) : undefined;
  }
  return undefined;
}

interface FileImports {
  /** The look-alike SDKs the file imports or requires, in source order. */
  lookalikes: string[];
  /** The file imports or requires `openai` (or a subpath). */
  openai: boolean;
}

const importsCache = new WeakMap<TSESTree.Program, FileImports>();

/** The modules a file imports (static imports, `import x = require()`, re-exports) or requires. */
function fileImports(sourceCode: TSESLint.SourceCode): FileImports {
  const cached = importsCache.get(sourceCode.ast);
  if (cached) return cached;
  const specifiers: string[] = [];
  for (const statement of sourceCode.ast.body) {
    if (
      (statement.type === AST_NODE_TYPES.ImportDeclaration ||
        statement.type === AST_NODE_TYPES.ExportAllDeclaration ||
        statement.type === AST_NODE_TYPES.ExportNamedDeclaration) &&
      statement.source
    ) {
      specifiers.push(statement.source.value);
    } else if (
      statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration &&
      statement.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference &&
      statement.moduleReference.expression.type === AST_NODE_TYPES.Literal
    ) {
      specifiers.push(String(statement.moduleReference.expression.value));
    }
  }
  const globalScope = sourceCode.scopeManager?.globalScope;
  for (const reference of globalScope?.through ?? []) {
    const id = reference.identifier as TSESTree.Node;
    if (id.type !== AST_NODE_TYPES.Identifier || id.name !== 'require') continue;
    const call = id.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== id) continue;
    const module = requiredModule(call);
    if (module !== undefined) specifiers.push(module);
  }
  const lookalikes: string[] = [];
  for (const specifier of specifiers) {
    const sdk = lookalikeSdk(specifier);
    if (sdk && !lookalikes.includes(sdk)) lookalikes.push(sdk);
  }
  const result = { lookalikes, openai: specifiers.some(isOpenAIModule) };
  importsCache.set(sourceCode.ast, result);
  return result;
}

/**
 * The expression that created the client `node` refers to, if the file shows it: a `new X(...)`,
 * or a call of a look-alike SDK's factory (`Instructor({ client })`).
 */
function findClientCreation(sourceCode: TSESLint.SourceCode, node: TSESTree.Node): Creation | null {
  const current = unwrapReceiver(node);
  if (current.type === AST_NODE_TYPES.NewExpression) return current;
  if (current.type === AST_NODE_TYPES.CallExpression) return creatorSdk(sourceCode, skipWrappers(current.callee)) ? current : null;
  if (current.type === AST_NODE_TYPES.Identifier) {
    const binding = resolveBinding(sourceCode, current);
    if (!binding) return null;
    const init = unwrapReceiver(binding.init);
    if (init.type === AST_NODE_TYPES.NewExpression) return init;
    if (init.type === AST_NODE_TYPES.CallExpression && creatorSdk(sourceCode, skipWrappers(init.callee))) return init;
    return null;
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
const classFieldCache = new WeakMap<TSESTree.ClassBody, Map<string, Creation | null>>();

/** `this.<name>` inside a class: the `new X()` assigned to that field, if there is exactly one. */
function findClassFieldCreation(sourceCode: TSESLint.SourceCode, node: TSESTree.Node, name: string): Creation | null {
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

function scanClassField(sourceCode: TSESLint.SourceCode, classNode: TSESTree.ClassBody, name: string): Creation | null {
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
  if (value.type === AST_NODE_TYPES.NewExpression) return value;
  return value.type === AST_NODE_TYPES.CallExpression && creatorSdk(sourceCode, skipWrappers(value.callee)) ? value : null;
}
