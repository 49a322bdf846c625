/**
 * What a file imports, found once per file (its AST) and shared by the passes that start from it:
 * the SDK clients (./clients.ts) and the framework calls (../adapters/references.ts). Every file
 * linted needs it (is a framework imported?), so it is one walk over the top-level statements and
 * one look at the global `require`'s references.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';

/** A top-level statement that names a module. */
export type ImportStatement =
  | TSESTree.ImportDeclaration
  | TSESTree.ExportAllDeclaration
  | TSESTree.ExportNamedDeclaration
  | TSESTree.TSImportEqualsDeclaration;

export interface FileImports {
  /**
   * `import ... from 'x'`, `export ... from 'x'` and `import x = require('x')`, in source order,
   * each with its module specifier.
   */
  statements: ReadonlyArray<{ node: ImportStatement; specifier: string }>;
  /** `require(...)` calls, with `require` an undeclared or configured global, in scope-analysis order. */
  requires: readonly TSESTree.CallExpression[];
  /** Every specifier above (the `require` calls' string arguments included). */
  specifiers: ReadonlySet<string>;
}

const NONE: FileImports = { statements: [], requires: [], specifiers: new Set() };

const byProgram = new WeakMap<TSESTree.Program, FileImports>();

/** A string literal's value (a module specifier). */
export function specifierOf(node: TSESTree.Node | null | undefined): string | undefined {
  return node?.type === AST_NODE_TYPES.Literal && typeof node.value === 'string' ? node.value : undefined;
}

/**
 * Whether `test(reference, arg)` holds for some reference to the global `name`: undeclared (left
 * unresolved), or configured with no declaration in the file. Stops at the first; allocates nothing
 * (`arg` spares the caller a closure).
 */
function someGlobalReference<A>(globalScope: TSESLint.Scope.Scope, name: string, test: (reference: TSESLint.Scope.Reference, arg: A) => boolean, arg: A): boolean {
  for (const reference of globalScope.through) if (reference.identifier.name === name && test(reference, arg)) return true;
  const configured = globalScope.set.get(name);
  if (configured && configured.defs.length === 0) for (const reference of configured.references) if (test(reference, arg)) return true;
  return false;
}

function collect(reference: TSESLint.Scope.Reference, references: TSESLint.Scope.Reference[]): boolean {
  references.push(reference);
  return false;
}

/** References to the global `name` (see `someGlobalReference`). */
export function globalReferences(globalScope: TSESLint.Scope.Scope, name: string): TSESLint.Scope.Reference[] {
  const references: TSESLint.Scope.Reference[] = [];
  someGlobalReference(globalScope, name, collect, references);
  return references;
}

/** The reference is the callee of `require(<string>)` with the string one of `modules`. */
function requiresAnyOf(reference: TSESLint.Scope.Reference, modules: ReadonlySet<string>): boolean {
  const identifier = reference.identifier as TSESTree.Identifier;
  const call = identifier.parent as TSESTree.Node | undefined;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== identifier) return false;
  const specifier = specifierOf(call.arguments[0]);
  return specifier !== undefined && modules.has(specifier);
}

/**
 * The file names one of `modules` in an import, export or `require()` (what `fileImports` would
 * list), found without building the list: the check every file linted makes, so it allocates
 * nothing (the top-level statements, then the global `require`'s references through
 * `someGlobalReference`). Measured on the corpus, this is cheaper than the scan of the text for
 * quoted module names that came before it (which stopped at every quote). `modules` is a `Set`: a parsed specifier
 * is a string V8 has not interned, and looking it up as an object key interns it first (measured: four
 * times the cost of the whole walk).
 */
export function importsAnyOf(sourceCode: TSESLint.SourceCode, modules: ReadonlySet<string>): boolean {
  for (const statement of sourceCode.ast.body) {
    let source: TSESTree.Node | null | undefined;
    if (
      statement.type === AST_NODE_TYPES.ImportDeclaration ||
      statement.type === AST_NODE_TYPES.ExportAllDeclaration ||
      statement.type === AST_NODE_TYPES.ExportNamedDeclaration
    ) {
      source = statement.source;
    } else if (statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration && statement.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference) {
      source = statement.moduleReference.expression;
    } else {
      continue;
    }
    const specifier = specifierOf(source);
    if (specifier !== undefined && modules.has(specifier)) return true;
  }
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope) return false;
  return someGlobalReference(globalScope, 'require', requiresAnyOf, modules);
}

/** The file's imports (computed once per AST). */
export function fileImports(sourceCode: TSESLint.SourceCode): FileImports {
  const program = sourceCode.ast;
  const cached = byProgram.get(program);
  if (cached) return cached;
  const globalScope = sourceCode.scopeManager?.globalScope;
  let result = NONE;
  if (globalScope) {
    const statements: Array<{ node: ImportStatement; specifier: string }> = [];
    const specifiers = new Set<string>();
    for (const statement of program.body) {
      let specifier: string | undefined;
      if (
        statement.type === AST_NODE_TYPES.ImportDeclaration ||
        statement.type === AST_NODE_TYPES.ExportAllDeclaration ||
        statement.type === AST_NODE_TYPES.ExportNamedDeclaration
      ) {
        specifier = specifierOf(statement.source);
      } else if (statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration && statement.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference) {
        specifier = specifierOf(statement.moduleReference.expression);
      } else {
        continue;
      }
      if (specifier === undefined) continue;
      statements.push({ node: statement, specifier });
      specifiers.add(specifier);
    }
    const requires: TSESTree.CallExpression[] = [];
    for (const reference of globalReferences(globalScope, 'require')) {
      const call = reference.identifier.parent as TSESTree.Node | undefined;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== reference.identifier) continue;
      requires.push(call);
      const specifier = specifierOf(call.arguments[0]);
      if (specifier !== undefined) specifiers.add(specifier);
    }
    result = { statements, requires, specifiers };
  }
  byProgram.set(program, result);
  return result;
}
