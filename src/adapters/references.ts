/**
 * The framework calls of a file, found by what the file imports: a look at its imports first (most
 * files import no framework and cost nothing more), then one `ReferenceTracker` pass per file over
 * ESM imports (named, renamed, namespace), CommonJS `require` (destructured or not) and
 * `import x = require()`. A local class or function that only shares a framework export's name is
 * not a framework call.
 */
import { ReferenceTracker } from '@eslint-community/eslint-utils';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { fileImports, importsAnyOf, specifierOf } from '../analysis/file-imports.js';
import type { Adapter, FrameworkCall } from './types.js';

const { CALL, CONSTRUCT, ESM } = ReferenceTracker;

type TraceMap = Record<string | symbol, unknown>;

export interface FoundCall extends FrameworkCall {
  adapter: Adapter;
}

interface Info {
  adapter: Adapter;
  entry: string;
  module: string;
}

interface TraceMaps {
  esm: Record<string, TraceMap>;
  cjs: Record<string, TraceMap>;
  /** The modules' names. */
  modules: ReadonlySet<string>;
}

/** Per list of adapters (one list in the plugin), their trace maps, built once. */
const traceMapsByAdapters = new WeakMap<readonly Adapter[], TraceMaps>();

function traceMap(adapters: readonly Adapter[], esm: boolean): Record<string, TraceMap> {
  const maps: Record<string, TraceMap> = {};
  for (const adapter of adapters) {
    for (const [module, entries] of Object.entries(adapter.modules)) {
      const root: TraceMap = (maps[module] ??= esm ? { [ESM]: true } : {});
      for (const { path, use, entry } of entries) {
        let node = root;
        for (const key of path) node = (node[key] ??= {}) as TraceMap;
        node[use === 'construct' ? CONSTRUCT : CALL] = { adapter, entry, module } satisfies Info;
      }
    }
  }
  return maps;
}

function traceMapsOf(adapters: readonly Adapter[]): TraceMaps {
  let maps = traceMapsByAdapters.get(adapters);
  if (!maps) {
    const cjs = traceMap(adapters, false);
    maps = { esm: traceMap(adapters, true), cjs, modules: new Set(Object.keys(cjs)) };
    traceMapsByAdapters.set(adapters, maps);
  }
  return maps;
}

/**
 * The file imports or requires one of `adapters`' modules: what every way `frameworkCalls` finds a
 * call starts from (a top-level `import`, `import x = require()`, or a `require()` call). Most files
 * import none, and then no framework work is done at all. A look at the top-level statements and the
 * global `require`'s references, which allocates nothing (./analysis/file-imports.ts).
 */
export function importsAdapterModule(sourceCode: TSESLint.SourceCode, adapters: readonly Adapter[]): boolean {
  return importsAnyOf(sourceCode, traceMapsOf(adapters).modules);
}

/** Every framework call of the file, in source order. */
export function frameworkCalls(sourceCode: TSESLint.SourceCode, adapters: readonly Adapter[]): FoundCall[] {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope) return [];
  // The file's imports, listed once per AST (the SDK's passes use the same list): a file that
  // imports none of the modules has no framework call.
  const imports = fileImports(sourceCode);
  const { esm, cjs, modules } = traceMapsOf(adapters);
  let named = false;
  for (const specifier of imports.specifiers) if (modules.has(specifier)) named = true;
  if (!named) return [];
  const tracker = new ReferenceTracker(globalScope as never);
  const found = new Map<TSESTree.Node, FoundCall>();
  const record = (references: Iterable<{ node: unknown; info: unknown }>): void => {
    for (const { node, info } of references) {
      const { adapter, entry, module } = info as Info;
      const call = node as TSESTree.CallExpression | TSESTree.NewExpression;
      if (call.type !== AST_NODE_TYPES.CallExpression && call.type !== AST_NODE_TYPES.NewExpression) continue;
      if (!found.has(call)) found.set(call, { node: call, entry, module, adapter });
    }
  };
  record(tracker.iterateEsmReferences(esm as never));

  // `require('@langchain/openai')`, with `require` an undeclared global (as in most CommonJS files).
  for (const call of imports.requires) {
    const specifier = specifierOf(call.arguments[0]);
    if (specifier === undefined || !Object.hasOwn(cjs, specifier)) continue;
    record(tracker.iteratePropertyReferences(call as never, cjs[specifier] as never));
  }
  // `import lc = require('@langchain/openai')` (TypeScript).
  for (const { node: statement, specifier } of imports.statements) {
    if (statement.type !== AST_NODE_TYPES.TSImportEqualsDeclaration || !Object.hasOwn(cjs, specifier)) continue;
    const variable = sourceCode.getDeclaredVariables(statement)[0];
    for (const ref of variable?.references ?? []) {
      if (ref.isRead()) record(tracker.iteratePropertyReferences(ref.identifier as never, cjs[specifier] as never));
    }
  }
  return [...found.values()].sort((a, b) => a.node.range[0] - b.node.range[0]);
}

/** `object.method(...)` with `member` as its callee and `method` one of `methods`: the call. */
function methodCall(member: TSESTree.Node | undefined, object: TSESTree.Node, methods: Readonly<Record<string, number>>): TSESTree.CallExpression | null {
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== object || member.computed) return null;
  if (member.property.type !== AST_NODE_TYPES.Identifier || !Object.hasOwn(methods, member.property.name)) return null;
  const call = member.parent;
  return call?.type === AST_NODE_TYPES.CallExpression && call.callee === member ? call : null;
}

/**
 * Calls of `methods` on the objects `calls` create, where the file shows which object it is: on the
 * creating expression itself (`new ChatOpenAI({...}).bind({...})`) or through a `const` it
 * initialises (`const llm = new ChatOpenAI({...}); llm.invoke(input, {...})`). Each has `base`.
 */
export function methodCalls(sourceCode: TSESLint.SourceCode, calls: readonly FrameworkCall[], methods: Readonly<Record<string, number>>): FrameworkCall[] {
  const out: FrameworkCall[] = [];
  for (const base of calls) {
    let node: TSESTree.Node = base.node;
    while (node.parent?.type === AST_NODE_TYPES.TSAsExpression || node.parent?.type === AST_NODE_TYPES.TSNonNullExpression) node = node.parent;
    const direct = methodCall(node.parent, node, methods);
    if (direct) out.push({ node: direct, entry: `${base.entry}#call`, module: base.module, base });
    const declarator = node.parent;
    if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== node || declarator.id.type !== AST_NODE_TYPES.Identifier) continue;
    if (declarator.parent?.type !== AST_NODE_TYPES.VariableDeclaration || declarator.parent.kind !== 'const') continue;
    const variable = sourceCode.getDeclaredVariables(declarator)[0] as TSESLint.Scope.Variable | undefined;
    for (const reference of variable?.references ?? []) {
      const call = methodCall(reference.identifier.parent, reference.identifier, methods);
      if (call) out.push({ node: call, entry: `${base.entry}#call`, module: base.module, base });
    }
  }
  return out;
}

/** The options argument of a call found by `methodCalls` (`false`: none, or a spread). */
export function methodOptions(call: FrameworkCall, methods: Readonly<Record<string, number>>): TSESTree.Node | false {
  const node = call.node as TSESTree.CallExpression;
  const callee = node.callee as TSESTree.MemberExpression & { property: TSESTree.Identifier };
  const argument = node.arguments[methods[callee.property.name]];
  return argument && argument.type !== AST_NODE_TYPES.SpreadElement ? argument : false;
}
