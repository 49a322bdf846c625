/**
 * Clients: which SDK client a request goes through, decided by what the file imports, never by a
 * constructor's name.
 *
 * One `ReferenceTracker` pass per file (ESM imports, CommonJS `require`, `import x = require()`,
 * dynamic `import()`) finds every expression that creates a client of the `openai` package
 * (`OpenAI`, `AzureOpenAI`, `BedrockOpenAI`) or of a look-alike SDK, whatever the binding is
 * called: `import { AzureOpenAI as Az } from 'openai'; new Az()` is Azure, a local
 * `class OpenAI {}` is not the SDK. A receiver is then followed back to what the file shows it
 * is: a creation, an alias (`const llm = azureClient`), a class field, a default
 * (`opts.client ?? new AzureOpenAI()`: the creation side), a local factory's result, a local
 * class (an SDK client when it extends one), or an object literal stub (not a client).
 */
import { ReferenceTracker } from '@eslint-community/eslint-utils';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { LOOKALIKE_CLIENT_EXPORTS, LOOKALIKE_SDKS, OPENAI_CLIENT_EXPORTS, OPENAI_PACKAGE, type SdkClientKind } from '../api-surface.js';
import type { OpenAISettings, ProviderHosts } from '../settings.js';
import { declarationOf, isFunctionNode, memberName, propertyNameOf, resolveBinding, variableOf, type FunctionNode } from './bindings.js';
import { forEachChild } from './children.js';
import { classWrites, enclosingClass, thisFieldName, type ClassNode, type FieldWrites } from './class-fields.js';
import { fileImports, globalReferences, specifierOf } from './file-imports.js';
import { localFunction, returnsOf } from './local-calls.js';
import type { ClientInfo, ClientKind } from './client-info.js';
import { resolveValues } from './resolve.js';
import { getParam, skipWrappers, type Value } from './value-model.js';

export type { ClientInfo, ClientKind } from './client-info.js';

/** instructor's wrapper: it removes only `response_model` and `max_retries` and passes the rest to the wrapped client. */
export const INSTRUCTOR_SDK = '@instructor-ai/instructor';

/**
 * The request goes to OpenAI (or Azure OpenAI) as far as the file shows: `false` for an
 * OpenAI-compatible provider, a provider declared `other`, or a look-alike SDK, whose API may
 * accept or reject what OpenAI's does not.
 */
export function isOpenAIBackend(client: ClientInfo): boolean {
  return client.kind === 'openai' || client.kind === 'azure' || client.kind === 'unknown';
}

/**
 * The SDK package a module specifier belongs to: `openai` (also `openai/azure`, Deno's
 * `npm:openai@4`, `jsr:@openai/openai`), a look-alike SDK's package, or `undefined`.
 */
export function sdkPackageOf(specifier: string): string | undefined {
  let spec = specifier;
  if (spec.startsWith('npm:') || spec.startsWith('jsr:')) {
    spec = spec.slice(4).replace(/^(@[^/]+\/[^/@]+|[^/@]+)@[^/]*/, '$1');
    if (spec === '@openai/openai' || spec.startsWith('@openai/openai/')) return OPENAI_PACKAGE;
  }
  const parts = spec.split('/');
  const name = spec.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  if (name === OPENAI_PACKAGE) return OPENAI_PACKAGE;
  return LOOKALIKE_SDKS.includes(name) ? name : undefined;
}

// --- The file's SDK references: one ReferenceTracker pass ----------------------------------

/** What an SDK export creates. */
interface SdkClass {
  kind: SdkClientKind;
  sdk?: string;
}

interface FileClients {
  /** `new X()` / `X()` expressions that create an SDK client, whatever `X` is called in the file. */
  creations: Map<TSESTree.Node, SdkClass>;
  /** Expressions and declarations that read an SDK client class (for `class A extends X`). */
  reads: Map<TSESTree.Node, SdkClass>;
  /** The file imports or requires `openai` (or a subpath). */
  openai: boolean;
  /** The look-alike SDKs the file imports or requires, in source order. */
  lookalikes: string[];
}

type TraceMap = Record<string | symbol, unknown>;

const { CALL, CONSTRUCT, ESM, READ } = ReferenceTracker;

function leaf(info: SdkClass): TraceMap {
  // A look-alike's factory is called (`Instructor({ client })`); a class is constructed.
  return info.kind === 'lookalike' ? { [CONSTRUCT]: info, [CALL]: info, [READ]: info } : { [CONSTRUCT]: info, [READ]: info };
}

/**
 * The trace map of one SDK package. `esm`: the module namespace (exports by name, `default`);
 * otherwise a CommonJS module object, which is itself the default client class
 * (`const OpenAI = require('openai'); new OpenAI()`), with the others as properties.
 */
function traceMapOf(sdk: string, esm: boolean): TraceMap {
  const map: TraceMap = {};
  let root: SdkClass;
  if (sdk === OPENAI_PACKAGE) {
    for (const [name, kind] of Object.entries(OPENAI_CLIENT_EXPORTS)) map[name] = leaf({ kind });
    root = { kind: OPENAI_CLIENT_EXPORTS.default };
  } else {
    root = { kind: 'lookalike', sdk };
    for (const name of ['default', ...(LOOKALIKE_CLIENT_EXPORTS[sdk] ?? [])]) map[name] = leaf(root);
  }
  if (esm) map[ESM] = true;
  else Object.assign(map, leaf(root));
  return map;
}

/** `import (` at the start of a dynamic import (a comment between the two is not seen). */
const IMPORT_CALL = /\bimport\s*\(/g;

/**
 * The file's `import(...)` expressions, in source order: found where the text writes one, by a
 * descent to the node that starts there (no walk over the whole AST).
 */
function importExpressions(sourceCode: TSESLint.SourceCode): TSESTree.ImportExpression[] {
  const found: TSESTree.ImportExpression[] = [];
  for (const match of sourceCode.text.matchAll(IMPORT_CALL)) {
    const index = match.index;
    let node: TSESTree.Node | undefined = sourceCode.ast;
    while (node) {
      if (node.type === AST_NODE_TYPES.ImportExpression && node.range[0] === index) {
        found.push(node);
        break;
      }
      node = childAt(sourceCode, node, index);
    }
  }
  return found;
}

function holdsIndex(child: TSESTree.Node, index: number): boolean {
  return child.range[0] <= index && index < child.range[1];
}

/** The child of `node` whose range holds `index`. */
function childAt(sourceCode: TSESLint.SourceCode, node: TSESTree.Node, index: number): TSESTree.Node | undefined {
  return forEachChild(node, sourceCode.visitorKeys, holdsIndex, index);
}

const fileCache = new WeakMap<TSESTree.Program, FileClients>();

function fileClients(sourceCode: TSESLint.SourceCode): FileClients {
  const cached = fileCache.get(sourceCode.ast);
  if (cached) return cached;
  const result: FileClients = { creations: new Map(), reads: new Map(), openai: false, lookalikes: [] };
  fileCache.set(sourceCode.ast, result);
  const noted = (specifier: string): string | undefined => {
    const sdk = sdkPackageOf(specifier);
    if (sdk === OPENAI_PACKAGE) result.openai = true;
    else if (sdk && !result.lookalikes.includes(sdk)) result.lookalikes.push(sdk);
    return sdk;
  };
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope) return result;
  const tracker = new ReferenceTracker(globalScope as never);
  const record = (reports: Iterable<{ node: unknown; type: symbol; info: unknown }>): void => {
    for (const { node, type, info } of reports) {
      (type === READ ? result.reads : result.creations).set(node as TSESTree.Node, info as SdkClass);
    }
  };
  const rootOf = (sdk: string): SdkClass => (sdk === OPENAI_PACKAGE ? { kind: OPENAI_CLIENT_EXPORTS.default } : { kind: 'lookalike', sdk });

  // ESM imports (and re-exports), keyed by the specifiers the file actually writes.
  const imports = fileImports(sourceCode);
  const esmMap: TraceMap = {};
  for (const { node: statement, specifier } of imports.statements) {
    if (statement.type !== AST_NODE_TYPES.TSImportEqualsDeclaration) {
      const sdk = noted(specifier);
      if (sdk) esmMap[specifier] = traceMapOf(sdk, true);
    } else {
      // `import OpenAI = require('openai')`: a CommonJS module object.
      const sdk = noted(specifier);
      if (!sdk) continue;
      result.reads.set(statement, rootOf(sdk));
      const variable = sourceCode.getDeclaredVariables(statement)[0] as TSESLint.Scope.Variable | undefined;
      for (const reference of variable?.references ?? []) {
        if (reference.isRead()) record(tracker.iteratePropertyReferences(reference.identifier as never, traceMapOf(sdk, false) as never));
      }
    }
  }
  if (Object.keys(esmMap).length > 0) record(tracker.iterateEsmReferences(esmMap as never));

  // CommonJS `require('openai')`, with `require` an undeclared or configured global.
  for (const call of imports.requires) {
    const specifier = specifierOf(call.arguments[0]);
    const sdk = specifier === undefined ? undefined : noted(specifier);
    if (!sdk) continue;
    result.reads.set(call, rootOf(sdk));
    record(tracker.iteratePropertyReferences(call as never, traceMapOf(sdk, false) as never));
  }

  // `await import('openai')`: the module namespace.
  for (const node of importExpressions(sourceCode)) {
    const specifier = specifierOf(node.source);
    const sdk = specifier === undefined ? undefined : noted(specifier);
    if (sdk && node.parent?.type === AST_NODE_TYPES.AwaitExpression) {
      record(tracker.iteratePropertyReferences(node.parent as never, traceMapOf(sdk, true) as never));
    }
  }

  // A snippet that uses `OpenAI` / `AzureOpenAI` without declaring them (a global): the name is
  // all the file says, and no binding of the file's own contradicts it.
  for (const [name, kind] of Object.entries(OPENAI_CLIENT_EXPORTS)) {
    if (name === 'default') continue;
    const references = globalReferences(globalScope, name);
    const map = name === 'OpenAI' ? traceMapOf(OPENAI_PACKAGE, false) : leaf({ kind });
    for (const reference of references) {
      result.reads.set(reference.identifier as TSESTree.Node, { kind });
      record(tracker.iteratePropertyReferences(reference.identifier as never, map as never));
    }
  }
  return result;
}

// --- Receivers: what the file shows a client expression to be -------------------------------

/** What a receiver expression can be, as far as the file shows. */
type Origin =
  /** An SDK client (its kind may still be `unknown`: a `baseURL` the file does not show). */
  | { type: 'client'; info: ClientInfo }
  /** Shown, and not an SDK client: an object literal stub, an instance of a local class. */
  | { type: 'none' }
  /** Not shown: a parameter, an import, a call of something the file does not define. */
  | { type: 'unknown' };

const UNKNOWN: Origin = { type: 'unknown' };
const NONE: Origin = { type: 'none' };
/** How many steps (aliases, fields, factories, classes) a receiver is followed. */
const MAX_DEPTH = 8;

interface Walk {
  sourceCode: TSESLint.SourceCode;
  file: FileClients;
  providers: ProviderHosts | undefined;
  /** The member path from the receiver to the method (`chat`, `completions`, `create`), to tell a stub. */
  path: readonly string[];
  seen: Set<TSESTree.Node>;
}

function unwrapReceiver(node: TSESTree.Node): TSESTree.Node {
  let current = skipWrappers(node);
  while (current.type === AST_NODE_TYPES.AwaitExpression) current = skipWrappers(current.argument);
  return current;
}

function localClass(sourceCode: TSESLint.SourceCode, node: TSESTree.Node): ClassNode | null {
  const current = skipWrappers(node);
  if (current.type === AST_NODE_TYPES.ClassExpression) return current;
  const declaration = declarationOf(sourceCode, current);
  return declaration?.type === AST_NODE_TYPES.ClassDeclaration || declaration?.type === AST_NODE_TYPES.ClassExpression ? declaration : null;
}

/** The expressions a function returns, or `null` when it may return nothing (a bare `return;`, or no `return` with a value). */
function returnedExpressions(sourceCode: TSESLint.SourceCode, fn: FunctionNode): ReadonlyArray<TSESTree.Expression> | null {
  const returns = returnsOf(sourceCode, fn);
  return returns.length === 0 || returns.includes(null) ? null : (returns as ReadonlyArray<TSESTree.Expression>);
}

/** The SDK client class a class's `extends` clause reads, if it is one. */
function sdkSuperclass(walk: Walk, superClass: TSESTree.Node): SdkClass | undefined {
  const current = skipWrappers(superClass);
  const direct = walk.file.reads.get(current);
  if (direct) return direct;
  if (current.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = variableOf(walk.sourceCode, current);
  if (!variable || variable.defs.length !== 1) return undefined;
  const def = variable.defs[0];
  // The import specifier, the destructuring property, the `require(...)` (member) initialiser.
  for (const candidate of [def.node, def.name.parent, def.type === 'Variable' && def.node.init ? skipWrappers(def.node.init) : null]) {
    const found = candidate ? walk.file.reads.get(candidate as TSESTree.Node) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** `super(...)` as a statement of a constructor's body. */
function superArguments(ctor: TSESTree.MethodDefinition): TSESTree.CallExpressionArgument[] | null {
  for (const statement of ctor.value.body?.body ?? []) {
    if (
      statement.type === AST_NODE_TYPES.ExpressionStatement &&
      statement.expression.type === AST_NODE_TYPES.CallExpression &&
      statement.expression.callee.type === AST_NODE_TYPES.Super
    ) {
      return statement.expression.arguments;
    }
  }
  return null;
}

/**
 * An instance of a local class: the SDK client it extends (its options are those its constructor
 * passes to `super`, or the caller's when it declares no constructor), or not a client when the
 * class extends nothing.
 */
function classOrigin(walk: Walk, cls: ClassNode, args: TSESTree.CallExpressionArgument[] | null, creation: TSESTree.Node, depth: number): Origin {
  if (depth > MAX_DEPTH || walk.seen.has(cls)) return UNKNOWN;
  walk.seen.add(cls);
  if (!cls.superClass) return NONE;
  const ctor = cls.body.body.find(
    (member): member is TSESTree.MethodDefinition => member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor',
  );
  const options = ctor ? superArguments(ctor) : args;
  const sdk = sdkSuperclass(walk, cls.superClass);
  if (sdk) return { type: 'client', info: sdkClient(walk, sdk, options, creation) };
  const parent = localClass(walk.sourceCode, cls.superClass);
  return parent ? classOrigin(walk, parent, options, creation, depth + 1) : UNKNOWN;
}

/** Per creation node (AST nodes are per file, so this holds no cross-file state): a client is classified once, however many calls use it. */
const creationCache = new WeakMap<TSESTree.Node, { providers: ProviderHosts | undefined; info: ClientInfo }>();

function sdkClient(walk: Walk, sdk: SdkClass, args: TSESTree.CallExpressionArgument[] | null, creation: TSESTree.Node): ClientInfo {
  if (sdk.kind === 'lookalike') return { kind: 'lookalike', sdk: sdk.sdk, node: creation };
  if (sdk.kind !== 'openai') return { kind: sdk.kind, node: creation };
  // Options the file does not show (a subclass constructor that passes something else to `super`).
  if (args === null) return { kind: 'unknown', node: creation };
  const cached = creationCache.get(creation);
  if (cached && cached.providers === walk.providers) return cached.info;
  const info = { ...baseURLKind(walk.sourceCode, args[0], walk.providers), node: creation };
  creationCache.set(creation, { providers: walk.providers, info });
  return info;
}

/** The value of `key` in an object literal: `undefined` when a spread or an accessor may supply it. */
function propertyValue(sourceCode: TSESLint.SourceCode, object: TSESTree.ObjectExpression, key: string): TSESTree.Node | undefined {
  let found: TSESTree.Node | undefined;
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) return undefined;
    const name = propertyNameOf(sourceCode, property);
    if (name === null && property.computed) return undefined;
    if (name !== key) continue;
    if (property.kind !== 'init') return undefined;
    found = property.value;
  }
  return found;
}

function objectLiteral(sourceCode: TSESLint.SourceCode, node: TSESTree.Node): TSESTree.ObjectExpression | null {
  const current = skipWrappers(node);
  if (current.type === AST_NODE_TYPES.ObjectExpression) return current;
  const declaration = declarationOf(sourceCode, current);
  return declaration?.type === AST_NODE_TYPES.ObjectExpression ? declaration : null;
}

const MOCK_LIBRARIES: ReadonlySet<string> = new Set(['vi', 'jest', 'sinon']);

/** A function the file writes, or a mock library's (`vi.fn()`, `jest.fn().mockResolvedValue(...)`). */
function isStubFunction(sourceCode: TSESLint.SourceCode, node: TSESTree.Node): boolean {
  const current = skipWrappers(node);
  if (isFunctionNode(current)) return true;
  if (current.type === AST_NODE_TYPES.Identifier) return localFunction(sourceCode, current) !== null;
  if (current.type !== AST_NODE_TYPES.CallExpression) return false;
  let root: TSESTree.Node = current;
  while (root.type === AST_NODE_TYPES.CallExpression || root.type === AST_NODE_TYPES.MemberExpression) {
    root = skipWrappers(root.type === AST_NODE_TYPES.CallExpression ? root.callee : root.object);
  }
  return root.type === AST_NODE_TYPES.Identifier && MOCK_LIBRARIES.has(root.name);
}

/**
 * An object literal as the client: a stub when the call path leads, through object literals, to a
 * function the file writes or a mock; otherwise (it holds a real client's `chat`, a spread) not known.
 * In a file that imports no SDK, an object literal is never an SDK client: the file builds its own.
 */
function objectOrigin(walk: Walk, object: TSESTree.ObjectExpression): Origin {
  if (!walk.file.openai && walk.file.lookalikes.length === 0) return NONE;
  let current: TSESTree.Node = object;
  for (const key of walk.path) {
    const literal = objectLiteral(walk.sourceCode, current);
    const value = literal ? propertyValue(walk.sourceCode, literal, key) : undefined;
    if (!value) return UNKNOWN;
    current = value;
  }
  return isStubFunction(walk.sourceCode, current) ? NONE : UNKNOWN;
}

/** Per field (so per class, per file): the expressions it may hold, `null` when one is not shown. */
const fieldValuesCache = new WeakMap<FieldWrites, TSESTree.Node[] | null>();

/**
 * The values `this.<name>` may hold, read where `node` is (`null`: one the file does not show): its
 * initialiser and every value assigned to it (`??=`, `||=` included). A constructor parameter
 * property (the caller's value) or another compound assignment hides it; `++` and `delete` leave
 * no client, so they add nothing.
 */
function fieldValues(sourceCode: TSESLint.SourceCode, node: TSESTree.MemberExpression, name: string): TSESTree.Node[] | null {
  const cls = enclosingClass(node);
  if (!cls) return null;
  const writes = classWrites(sourceCode, cls);
  const field = writes.anyField ? undefined : writes.fields.get(name);
  if (!field) return null;
  const cached = fieldValuesCache.get(field);
  if (cached !== undefined) return cached;
  let values: TSESTree.Node[] | null = field.parameter ? null : [];
  if (values && field.declared?.value) values.push(field.declared.value);
  for (const assignment of field.assignments) {
    if (!values) break;
    if (assignment.operator === '=' || assignment.operator === '??=' || assignment.operator === '||=') values.push(assignment.right);
    else values = null;
  }
  const result = values && values.length > 0 ? values : null;
  fieldValuesCache.set(field, result);
  return result;
}

function originsOf(walk: Walk, node: TSESTree.Node, depth: number): Origin[] {
  const current = unwrapReceiver(node);
  if (depth > MAX_DEPTH || walk.seen.has(current)) return [UNKNOWN];
  walk.seen.add(current);
  switch (current.type) {
    case AST_NODE_TYPES.NewExpression: {
      const tracked = walk.file.creations.get(current);
      if (tracked) return [{ type: 'client', info: sdkClient(walk, tracked, current.arguments, current) }];
      const cls = localClass(walk.sourceCode, current.callee);
      return [cls ? classOrigin(walk, cls, current.arguments, current, depth + 1) : UNKNOWN];
    }
    case AST_NODE_TYPES.CallExpression: {
      const tracked = walk.file.creations.get(current);
      if (tracked?.kind === 'lookalike' && tracked.sdk === INSTRUCTOR_SDK) {
        const wrapped = instructorClient(walk, current, depth);
        if (wrapped) return wrapped;
      }
      if (tracked) return [{ type: 'client', info: sdkClient(walk, tracked, current.arguments, current) }];
      // A local factory: what every `return` gives.
      const fn = localFunction(walk.sourceCode, current.callee);
      const returned = fn ? returnedExpressions(walk.sourceCode, fn) : null;
      return returned ? returned.flatMap((expression) => originsOf(walk, expression, depth + 1)) : [UNKNOWN];
    }
    case AST_NODE_TYPES.Identifier: {
      const binding = resolveBinding(walk.sourceCode, current);
      return binding ? originsOf(walk, binding.init, depth + 1) : [UNKNOWN];
    }
    case AST_NODE_TYPES.ConditionalExpression:
      return [...originsOf(walk, current.consequent, depth + 1), ...originsOf(walk, current.alternate, depth + 1)];
    case AST_NODE_TYPES.LogicalExpression:
      // `a && b` gives `b` or a falsy `a`, which is no client; `a ?? b`, `a || b` either.
      if (current.operator === '&&') return originsOf(walk, current.right, depth + 1);
      return [...originsOf(walk, current.left, depth + 1), ...originsOf(walk, current.right, depth + 1)];
    case AST_NODE_TYPES.MemberExpression: {
      const object = skipWrappers(current.object);
      if (object.type === AST_NODE_TYPES.ThisExpression) {
        // A field of the class, private ones (`this.#client`) included (class-fields.ts names them).
        const field = thisFieldName(walk.sourceCode, current);
        const values = field == null ? null : fieldValues(walk.sourceCode, current, field);
        return values ? values.flatMap((value) => originsOf(walk, value, depth + 1)) : [UNKNOWN];
      }
      const name = memberName(walk.sourceCode, current);
      if (name == null) return [UNKNOWN];
      // `clients.azure` of a `const clients = { azure: new AzureOpenAI() }`.
      const literal = objectLiteral(walk.sourceCode, object);
      const value = literal ? propertyValue(walk.sourceCode, literal, name) : undefined;
      return value ? originsOf(walk, value, depth + 1) : [UNKNOWN];
    }
    case AST_NODE_TYPES.ObjectExpression:
      return [objectOrigin(walk, current)];
    default:
      return [UNKNOWN];
  }
}

/**
 * `Instructor({ client: new OpenAI(), ... })`: the wrapped client, where the file shows an `openai`
 * SDK client (of any provider); `null` otherwise (the request stays a look-alike's).
 */
function instructorClient(walk: Walk, call: TSESTree.CallExpression, depth: number): Origin[] | null {
  const [options] = call.arguments;
  const literal = options && options.type !== AST_NODE_TYPES.SpreadElement ? objectLiteral(walk.sourceCode, options) : null;
  const value = literal ? propertyValue(walk.sourceCode, literal, 'client') : undefined;
  if (!value) return null;
  const origins = originsOf(walk, value, depth + 1);
  const wrapped: Origin[] = [];
  for (const origin of origins) {
    // A visible `new OpenAI(...)` whose `baseURL` the file does not show is `unknown`, as it is unwrapped.
    if (origin.type !== 'client' || origin.info.kind === 'lookalike' || (origin.info.kind === 'unknown' && !origin.info.node)) return null;
    wrapped.push({ type: 'client', info: { ...origin.info, wrapper: INSTRUCTOR_SDK } });
  }
  return wrapped.length > 0 ? wrapped : null;
}

/** When a receiver may be one of several clients, the least OpenAI-like kind decides (as for `baseURL`s). */
const KIND_ORDER: readonly ClientKind[] = ['lookalike', 'azure', 'other', 'compatible', 'unknown', 'openai'];

/**
 * The client a receiver expression refers to, where the file shows it; `null` when the file shows
 * it is not an SDK client (a stub, an instance of a local class that extends no SDK class). A
 * receiver the file does not show is `unknown`, except in a file that imports a look-alike SDK
 * and not `openai`: there it is that look-alike (`from: 'imports'`).
 *
 * `path` is the member path from the receiver to the method (`['chat', 'completions', 'create']`).
 */
export function classifyReceiver(
  sourceCode: TSESLint.SourceCode,
  receiver: TSESTree.Node,
  path: readonly string[],
  settings?: OpenAISettings,
): ClientInfo | null {
  const file = fileClients(sourceCode);
  const walk: Walk = { sourceCode, file, providers: settings?.providers, path, seen: new Set() };
  const origins = originsOf(walk, receiver, 0);
  const clients = origins.flatMap((origin) => (origin.type === 'client' ? [origin.info] : []));
  if (clients.length > 0) {
    for (const kind of KIND_ORDER) {
      const found = clients.find((client) => client.kind === kind);
      if (found) return found;
    }
  }
  if (origins.every((origin) => origin.type === 'none')) return null;
  if (!file.openai && file.lookalikes.length > 0) return { kind: 'lookalike', sdk: file.lookalikes[0], from: 'imports' };
  return { kind: 'unknown' };
}

// --- Hosts -------------------------------------------------------------------------------------

const AZURE_HOST = /\.(?:openai\.azure\.com|cognitiveservices\.azure\.com|services\.ai\.azure\.com)(?:[:/]|$)/i;
const AZURE_HOST_SUFFIX = /\.(?:openai\.azure\.com|cognitiveservices\.azure\.com|services\.ai\.azure\.com)$/i;
const OPENAI_HOST = /^https?:\/\/api\.openai\.com(?:[:/]|$)/i;

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

/** Stands for an interpolation in the static text of a template `baseURL`. */
const HOLE = '${…}';

/**
 * The provider of a template `baseURL` from its static parts, or `null` when they do not decide
 * it: the scheme must be written, and the host either written out (a port may be interpolated,
 * unless a provider entry names a port) or end in a written suffix that names the provider
 * (`` `https://${name}.openai.azure.com/openai` ``).
 */
function templateHostKind(text: string, providers: ProviderHosts | undefined): 'openai' | 'azure' | 'other' | 'compatible' | null {
  const match = /^(https?:\/\/)([^/?#]*)/i.exec(text);
  if (!match || match[2].length === 0) return null;
  const authority = match[2];
  const colon = authority.lastIndexOf(':');
  const hostname = (colon > authority.lastIndexOf(']') && colon !== -1 ? authority.slice(0, colon) : authority).toLowerCase();
  const port = colon === -1 ? '' : authority.slice(colon + 1);
  if (!hostname.includes(HOLE)) {
    if (!port.includes(HOLE)) return hostKind(`${match[1]}${hostname}${port ? `:${port}` : ''}/`, providers);
    if (providers && Object.values(providers).some((patterns: readonly string[]) => patterns.some((p) => p.includes(':') && p.startsWith(`${hostname}:`)))) {
      return null;
    }
    return hostKind(`${match[1]}${hostname}/`, providers);
  }
  const suffix = hostname.slice(hostname.lastIndexOf(HOLE) + HOLE.length);
  if (!suffix.startsWith('.')) return null;
  if (providers) {
    for (const kind of ['openai', 'azure', 'other'] as const) {
      if (providers[kind].some((pattern) => pattern.startsWith('*.') && suffix.endsWith(pattern.slice(1)))) return kind;
    }
  }
  return AZURE_HOST_SUFFIX.test(suffix) ? 'azure' : null;
}

/**
 * The static text of a template literal or a `+` concatenation that starts with a string, `${…}`
 * for each part not written out (through a `const` binding).
 */
function templateText(sourceCode: TSESLint.SourceCode, node: TSESTree.Node | null): string | null {
  if (!node) return null;
  let current = skipWrappers(node);
  if (current.type === AST_NODE_TYPES.Identifier) {
    const binding = resolveBinding(sourceCode, current);
    if (!binding) return null;
    current = skipWrappers(binding.init);
  }
  const parts: TSESTree.Node[] = [];
  const flatten = (part: TSESTree.Node): void => {
    const inner = skipWrappers(part);
    if (inner.type === AST_NODE_TYPES.BinaryExpression && inner.operator === '+') {
      flatten(inner.left);
      flatten(inner.right);
    } else parts.push(inner);
  };
  flatten(current);
  const first = parts[0];
  const isString = (part: TSESTree.Node | undefined): boolean =>
    part?.type === AST_NODE_TYPES.TemplateLiteral || (part?.type === AST_NODE_TYPES.Literal && typeof part.value === 'string');
  // A concatenation is a string from its first part on only when that part is one.
  if (parts.length > 1 ? !isString(first) : first.type !== AST_NODE_TYPES.TemplateLiteral) return null;
  let text = '';
  for (const part of parts) {
    if (part.type === AST_NODE_TYPES.Literal && typeof part.value === 'string') text += part.value;
    else if (part.type === AST_NODE_TYPES.TemplateLiteral) {
      for (const [index, quasi] of part.quasis.entries()) {
        if (quasi.value.cooked == null) return null;
        text += quasi.value.cooked;
        if (index < part.expressions.length) text += HOLE;
      }
    } else text += HOLE;
  }
  return text;
}

/**
 * The kind of an `OpenAI` client from its options' `baseURL` (also what the frameworks' OpenAI
 * providers take: the AI SDK's `createOpenAI({ baseURL })`).
 */
export function baseURLKind(
  sourceCode: TSESLint.SourceCode,
  options: TSESTree.CallExpressionArgument | undefined,
  providers: ProviderHosts | undefined,
): { kind: ClientKind; baseURL?: string } {
  if (!options || options.type === AST_NODE_TYPES.SpreadElement) return { kind: 'openai' };
  const baseURLs: Value[] = [];
  for (const value of resolveValues(sourceCode, options, false, { focus: 'baseURL' })) {
    if (value.kind === 'object') baseURLs.push(...getParam(value.shape, 'baseURL').values);
    else baseURLs.push({ kind: 'unknown', node: options });
  }
  return baseURLValuesKind(sourceCode, baseURLs, providers);
}

/** The kind of a client whose `baseURL` may be these values (`absent`: the SDK's default, OpenAI). */
export function baseURLValuesKind(sourceCode: TSESLint.SourceCode, baseURLs: readonly Value[], providers: ProviderHosts | undefined): { kind: ClientKind; baseURL?: string } {
  if (baseURLs.every((v) => v.kind === 'absent')) return { kind: 'openai' };
  const urls: string[] = [];
  const kinds: Array<'openai' | 'azure' | 'other' | 'compatible'> = [];
  for (const value of baseURLs) {
    if (value.kind === 'absent') continue;
    if (value.kind === 'primitive' && typeof value.value === 'string') {
      urls.push(value.value);
      kinds.push(hostKind(value.value, providers));
      continue;
    }
    const text = value.kind === 'unknown' ? templateText(sourceCode, value.node) : null;
    const kind = text === null ? null : templateHostKind(text, providers);
    // Some baseURL is not statically known (an environment variable, say): we cannot tell.
    if (text === null || kind === null) return { kind: 'unknown' };
    urls.push(text);
    kinds.push(kind);
  }
  const pick = (kind: (typeof kinds)[number]): string | undefined => urls[kinds.indexOf(kind)];
  if (kinds.includes('azure')) return { kind: 'azure', baseURL: pick('azure') };
  if (kinds.includes('other')) return { kind: 'other', baseURL: pick('other') };
  if (kinds.every((kind) => kind === 'openai')) return { kind: 'openai', baseURL: urls[0] };
  return { kind: 'compatible', baseURL: pick('compatible') };
}
