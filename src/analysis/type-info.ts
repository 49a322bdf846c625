/**
 * Type-checked mode (`settings.openai.typeChecked: true`): what TypeScript's checker adds to the
 * syntactic analysis, where the syntax alone does not tell.
 *
 * - Receivers: the type of `client.chat.completions` (or `client.responses`) says whether the
 *   call belongs to the `openai` package (a client passed as a parameter, a class field, a
 *   factory result), a look-alike SDK, or something else (then it is not a request).
 * - Values: a literal type (`'o3'`, `'o3' | 'gpt-4.1'`, a `ChatModel` variable narrowed to a
 *   literal, an imported constant) gives the value set of an expression the syntax cannot resolve.
 * - Presence: the declared type of a params object built elsewhere gives its keys (optional ones
 *   may be absent) and their literal values.
 *
 * Everything is lazy (asked only where the syntactic answer is unknown) and cached per file (per
 * AST node). `typescript` is never imported at runtime: only the checker's own methods are used,
 * so whatever TypeScript version typescript-eslint loaded is the one asked.
 */
import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';
import { LOOKALIKE_SDKS } from '../api-surface.js';
import { SettingsError } from '../errors.js';
import type { ClientInfo } from './client-info.js';
import type { ObjectShape, Param, Value } from './value-model.js';

export interface TypeInfo {
  /**
   * The client a request call belongs to, from the type of its method's owner (`owner`, e.g.
   * `client.chat.completions`) and of the client (`receiver`): an OpenAI/Azure client, a
   * look-alike SDK's, `'foreign'` (typed, but from neither: not a request), or `null` (not known:
   * `any`, an unresolved import).
   */
  clientOf(owner: TSESTree.Node, receiver: TSESTree.Node): ClientInfo | 'foreign' | null;
  /**
   * The values an expression's type gives: literal types as primitives (`undefined`/`null` as
   * absent); with `objects`, object types as shapes (their declared properties). `null` when the
   * type gives nothing (not a literal type, `any`, `string`, ...).
   */
  valuesOf(node: TSESTree.Node, objects: boolean): Value[] | null;
}

/** The largest union of literal types taken as a value set. */
const MAX_LITERALS = 16;
/** Object types nested this deep inside a declared params type are expanded into shapes. */
const MAX_OBJECT_DEPTH = 3;

const NODE_MODULES = '/node_modules/';

/** The package a declaration file belongs to (`openai`, `@scope/name`), or `null` for project code. */
function packageOf(fileName: string): string | null {
  const normalized = fileName.replaceAll('\\', '/');
  const index = normalized.lastIndexOf(NODE_MODULES);
  if (index === -1) return null;
  const rest = normalized.slice(index + NODE_MODULES.length).split('/');
  return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
}

/** `packageOf` by declaration file (a file's name never changes; a shape reads it for every property). */
const packages = new WeakMap<ts.SourceFile, string | null>();

function packageOfFile(file: ts.SourceFile): string | null {
  let name = packages.get(file);
  if (name === undefined) packages.set(file, (name = packageOf(file.fileName)));
  return name;
}

function declarationPackages(symbol: ts.Symbol | undefined): Array<string | null> {
  return (symbol?.getDeclarations() ?? []).map((declaration) => packageOfFile(declaration.getSourceFile()));
}

const LIB_FILE = /\/typescript\/lib\/lib\.[^/]*\.d\.ts$/;
const libFiles = new WeakMap<ts.SourceFile, boolean>();

/** Whether a declaration file is one of TypeScript's own `lib.*.d.ts` (by file, like `packageOfFile`). */
function isLibFile(file: ts.SourceFile): boolean {
  let lib = libFiles.get(file);
  if (lib === undefined) libFiles.set(file, (lib = LIB_FILE.test(file.fileName.replaceAll('\\', '/'))));
  return lib;
}

const cache = new WeakMap<TSESTree.Program, TypeInfo>();

/**
 * The type information of a file in type-checked mode, or `null` when `settings.openai.typeChecked`
 * is off. Throws when it is on but the parser gave no type information.
 */
export function typeInfoFor(sourceCode: TSESLint.SourceCode, filename?: string): TypeInfo {
  const cached = cache.get(sourceCode.ast);
  if (cached) return cached;
  const services = sourceCode.parserServices as Partial<ParserServicesWithTypeInformation> | undefined;
  if (!services?.program || !services.esTreeNodeToTSNodeMap) throw missingTypesError(filename);
  const info = createTypeInfo(services as ParserServicesWithTypeInformation);
  cache.set(sourceCode.ast, info);
  return info;
}

function missingTypesError(filename: string | undefined): SettingsError {
  return new SettingsError(
    `eslint-plugin-openai: settings.openai.typeChecked is true, but ${filename ? `${filename} was` : 'this file was'} parsed without type information. ` +
      'Parse it with typescript-eslint\'s parser and `languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } }` ' +
      "(openai.configs['recommended-type-checked'] sets projectService), or set typeChecked to false for files outside your TypeScript project (such as plain JavaScript files).",
  );
}

/**
 * Check, when a rule starts on a file, that type-checked mode can work there (the parser
 * services on `sourceCode`, which is what typescript-eslint's `getParserServices` reads), so a missing `projectService` fails
 * loudly even in a file without requests.
 */
export function assertTypeInformation(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): void {
  // Read from `sourceCode` (no import of typescript-eslint's utils, whose peer is `typescript`).
  const services = context.sourceCode.parserServices as Partial<ParserServicesWithTypeInformation> | undefined;
  if (!services?.program || !services.esTreeNodeToTSNodeMap) throw missingTypesError(context.filename);
}

function createTypeInfo(services: ParserServicesWithTypeInformation): TypeInfo {
  const checker = services.program.getTypeChecker();
  const typeCache = new WeakMap<TSESTree.Node, ts.Type | null>();
  const valueCache = new WeakMap<TSESTree.Node, { literals?: Value[] | null; objects?: Value[] | null }>();

  function typeAt(node: TSESTree.Node): ts.Type | null {
    if (typeCache.has(node)) return typeCache.get(node)!;
    let type: ts.Type | null = null;
    const tsNode = services.esTreeNodeToTSNodeMap.get(node as never) as ts.Node | undefined;
    if (tsNode) type = checker.getTypeAtLocation(tsNode);
    typeCache.set(node, type);
    return type;
  }

  const flags = intrinsicFlags(checker);

  /** `any`, `unknown`, `never` or an error type: nothing known. */
  function isOpaque(type: ts.Type): boolean {
    if (type.isUnion() || type.isLiteral() || type.getSymbol()) return false;
    if (flags) return (type.flags & flags.opaque) !== 0;
    const text = checker.typeToString(type);
    return text === 'any' || text === 'unknown' || text === 'never' || text === 'error';
  }

  /** `undefined`, `null`, `void`, `true`, `false`, or `null` for any other type (by flags and identity; `typeToString` only as a fallback). */
  function intrinsic(type: ts.Type): 'undefined' | 'null' | 'void' | 'true' | 'false' | null {
    if (type.isLiteral() || type.isUnion() || type.isIntersection() || type.getSymbol()) return null;
    if (flags) {
      if (type.flags & flags.undefined) return 'undefined';
      if (type.flags & flags.null) return 'null';
      if (type.flags & flags.void) return 'void';
      if (!(type.flags & flags.booleanLiteral)) return null;
      const regular = (type as { regularType?: ts.Type }).regularType ?? type;
      if (type === flags.trueType || regular === flags.trueType) return 'true';
      if (type === flags.falseType || regular === flags.falseType) return 'false';
    }
    const text = checker.typeToString(type);
    return text === 'undefined' || text === 'null' || text === 'void' || text === 'true' || text === 'false' ? text : null;
  }

  function parts(type: ts.Type): readonly ts.Type[] {
    return type.isUnion() ? type.types : [type];
  }

  /** The symbols a type is declared by, following type parameters to their constraint. */
  function constituents(type: ts.Type): ts.Type[] {
    const out: ts.Type[] = [];
    for (const part of parts(type)) {
      if (part.isTypeParameter()) {
        const constraint = checker.getBaseConstraintOfType(part);
        if (constraint && constraint !== part) out.push(...parts(constraint));
        else out.push(part);
      } else out.push(part);
    }
    return out.filter((part) => {
      const name = intrinsic(part);
      return name !== 'undefined' && name !== 'null' && name !== 'void';
    });
  }

  /**
   * Where a type comes from: a package name, `null` (project code), or `undefined` (nothing
   * declares it: anonymous or intrinsic). Classes and interfaces also count their base types
   * (`class MyClient extends OpenAI`).
   */
  function originsOf(type: ts.Type, depth = 0): Array<string | null> {
    const symbol = type.getSymbol() ?? type.aliasSymbol;
    const origins = declarationPackages(symbol);
    if (depth < 4 && type.isClassOrInterface()) {
      for (const base of checker.getBaseTypes(type as ts.InterfaceType)) origins.push(...originsOf(base, depth + 1));
    }
    return origins;
  }

  function isAzure(type: ts.Type, depth = 0): boolean {
    const symbol = type.getSymbol();
    if (symbol?.getName() === 'AzureOpenAI' && declarationPackages(symbol).includes('openai')) return true;
    if (depth < 4 && type.isClassOrInterface()) return checker.getBaseTypes(type as ts.InterfaceType).some((base) => isAzure(base, depth + 1));
    return false;
  }

  function clientOf(owner: TSESTree.Node, receiver: TSESTree.Node): ClientInfo | 'foreign' | null {
    const ownerType = typeAt(owner);
    if (!ownerType || isOpaque(ownerType)) return null;
    const parts = constituents(ownerType);
    if (parts.length === 0 || parts.some(isOpaque)) return null;
    let openai = 0;
    let sdk: string | undefined;
    for (const part of parts) {
      const origins = originsOf(part);
      if (origins.includes('openai')) openai++;
      else {
        const lookalike = origins.find((origin): origin is string => origin !== null && isLookalikePackage(origin));
        if (lookalike) sdk ??= lookalike;
        // Declared in the project or another package (an interface of one's own, a mock): not a request.
        else if (origins.length > 0) return 'foreign';
        else return null;
      }
    }
    if (openai === parts.length) {
      const receiverType = typeAt(receiver);
      const azure = receiverType !== null && constituents(receiverType).some((part) => isAzure(part));
      return { kind: azure ? 'azure' : 'openai' };
    }
    if (sdk && openai === 0) return { kind: 'lookalike', sdk };
    return null;
  }

  function isOptional(symbol: ts.Symbol, type: ts.Type): boolean {
    const declarations = symbol.getDeclarations() ?? [];
    if (declarations.some((declaration) => Boolean((declaration as { questionToken?: unknown }).questionToken))) return true;
    return parts(type).some((part) => intrinsic(part) === 'undefined');
  }

  /**
   * Values of a type. `literals` mode: only literal types (`null` if any part is something else).
   * Shape mode (`objectDepth` > 0): object types become shapes, anything else unknown.
   * `declaredInPackage`: the type is an installed package's declaration (the SDK's
   * `reasoning_effort?: ReasoningEffort`), whose unions list what the API allows, not what this
   * code sends: only a single literal (a discriminant such as `type: 'json_schema'`) counts there.
   */
  function typeValues(type: ts.Type, node: TSESTree.Node, objectDepth: number, declaredInPackage: boolean): Value[] | null {
    const all = parts(type);
    if (all.length > MAX_LITERALS + 2) return null;
    const out: Value[] = [];
    let sawTrue = false;
    let sawFalse = false;
    let literalCount = 0;
    let other = false;
    for (const part of all) {
      if (part.isStringLiteral() || part.isNumberLiteral()) {
        out.push({ kind: 'primitive', value: part.value, node });
        literalCount++;
        continue;
      }
      const name = intrinsic(part);
      if (name === 'undefined' || name === 'null' || name === 'void') {
        if (!out.some((value) => value.kind === 'absent')) out.push({ kind: 'absent' });
        continue;
      }
      if (name === 'true' || name === 'false') {
        if (name === 'true') sawTrue = true;
        else sawFalse = true;
        out.push({ kind: 'primitive', value: name === 'true', node });
        literalCount++;
        continue;
      }
      if (objectDepth > 0 && !isOpaque(part)) {
        if (checker.isArrayType(part) || checker.isTupleType(part)) {
          out.push({ kind: 'array', elements: null, node });
          continue;
        }
        if (isObjectType(part)) {
          out.push({ kind: 'object', node, shape: shapeOf(part, node, objectDepth) });
          continue;
        }
      }
      other = true;
    }
    // `boolean` is `true | false`: not a value set anyone wrote.
    const isBoolean = sawTrue && sawFalse;
    const aliasInPackage = declarationPackages(type.aliasSymbol).some((origin) => origin !== null);
    const tooWide = literalCount > 1 && (declaredInPackage || aliasInPackage);
    if (objectDepth === 0) {
      if (other || isBoolean || tooWide || literalCount > MAX_LITERALS || literalCount === 0) return null;
      return out;
    }
    const values: Value[] = out.filter((value) => !(value.kind === 'primitive' && (isBoolean || tooWide || literalCount > MAX_LITERALS)));
    if (other || values.length < out.length) values.push({ kind: 'unknown', node });
    return values.every((value) => value.kind === 'unknown') ? null : values;
  }

  function isObjectType(type: ts.Type): boolean {
    if (type.isLiteral() || intrinsic(type) !== null) return false;
    // `string & {}` (the SDK's open `model` type) is a string, not an object.
    if (type.isIntersection()) return type.types.every(isObjectType);
    if (type.isUnion()) return false;
    const symbol = type.getSymbol();
    // Primitives (`string`, `number`: no symbol, no properties), functions, and the lib's own
    // object types (`Date`, `Promise`) are not request objects.
    if (!symbol || type.getCallSignatures().length > 0) return false;
    const declarations = symbol.getDeclarations() ?? [];
    if (declarations.length > 0 && declarations.every((d) => isLibFile(d.getSourceFile()))) return false;
    return true;
  }

  function shapeOf(type: ts.Type, node: TSESTree.Node, depth: number): ObjectShape {
    const params = new Map<string, Param>();
    const tsNode = services.esTreeNodeToTSNodeMap.get(node as never) as ts.Node | undefined;
    for (const property of checker.getPropertiesOfType(type)) {
      const name = property.getName();
      if (name.startsWith('__@') || name.startsWith('#')) continue;
      const propertyType = tsNode ? checker.getTypeOfSymbolAtLocation(property, tsNode) : checker.getTypeOfSymbol(property);
      const inPackage = declarationPackages(property).some((origin) => origin !== null);
      const optional = isOptional(property, propertyType);
      const values = typeValues(propertyType, node, depth > 1 ? depth - 1 : 0, inPackage) ?? [{ kind: 'unknown', node }];
      // A literal-only read (depth exhausted) returns null for non-literals: keep it unknown.
      if (optional && !values.some((value) => value.kind === 'absent')) values.push({ kind: 'absent' });
      params.set(name, { name, values, writes: [], declared: optional ? 'optional' : 'required' });
    }
    // Structural typing: an object may carry keys its type does not declare.
    return { node, params, open: true };
  }

  function valuesOf(node: TSESTree.Node, objects: boolean): Value[] | null {
    let entry = valueCache.get(node);
    if (!entry) valueCache.set(node, (entry = {}));
    const key = objects ? 'objects' : 'literals';
    if (entry[key] !== undefined) return entry[key];
    const type = typeAt(node);
    let values: Value[] | null = null;
    if (type && !isOpaque(type)) values = typeValues(type, node, objects ? MAX_OBJECT_DEPTH : 0, false);
    entry[key] = values;
    return values;
  }

  return { clientOf, valuesOf };
}

interface IntrinsicFlags {
  /** `any` (and the error type), `unknown`, `never`. */
  opaque: number;
  undefined: number;
  null: number;
  void: number;
  booleanLiteral: number;
  trueType: ts.Type;
  falseType: ts.Type;
}

/**
 * The `ts.TypeFlags` bits of the intrinsic types, read from the checker's own intrinsic types (so
 * no `typescript` import, and whatever numbering the loaded TypeScript uses): classifying a type by
 * its flags costs nothing, where `typeToString` builds a type node and prints it. `null` when the
 * checker lacks these getters (older TypeScript): then the types are named by `typeToString`. A
 * fresh boolean literal type (the type of a `true` token) is told by its `regularType`.
 */
function intrinsicFlags(checker: ts.TypeChecker): IntrinsicFlags | null {
  const getters = checker as Partial<ts.TypeChecker>;
  if (
    typeof getters.getAnyType !== 'function' || typeof getters.getUnknownType !== 'function' || typeof getters.getNeverType !== 'function' ||
    typeof getters.getUndefinedType !== 'function' || typeof getters.getNullType !== 'function' || typeof getters.getVoidType !== 'function' ||
    typeof getters.getTrueType !== 'function' || typeof getters.getFalseType !== 'function'
  ) {
    return null;
  }
  return {
    opaque: checker.getAnyType().flags | checker.getUnknownType().flags | checker.getNeverType().flags,
    undefined: checker.getUndefinedType().flags,
    null: checker.getNullType().flags,
    void: checker.getVoidType().flags,
    booleanLiteral: checker.getTrueType().flags,
    trueType: checker.getTrueType(),
    falseType: checker.getFalseType(),
  };
}

function isLookalikePackage(name: string): boolean {
  return LOOKALIKE_SDKS.includes(name);
}
