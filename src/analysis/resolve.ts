/**
 * The value resolver: what an expression can evaluate to, path by path.
 *
 * It is deliberately small and syntactic. It knows literals, templates, same-file bindings (a
 * `const`, a `let` with every assignment visible, a destructured binding with its default, a
 * `for (const x of [...])` variable), object and array literals, spreads, `Object.assign({}, ...)`,
 * TS wrappers, enum members, class fields assigned once, the returns of local functions, the
 * parameters of local functions (from their calls), the SDK's zod helpers, and
 * `c ? a : b` / `a ?? b` / `a || b` / `a && b`. Everything else is `unknown`, which no rule
 * treats as an error. Leaf expressions it does not know itself go through `getStaticValue`.
 *
 * Every result is a list of alternatives (`Alt`), each one value on one path with the choices
 * that lead to it (`Env`): a branch whose choice is already made takes the same side again, so
 * values chosen together stay together. A guard it can decide on a path (`SET.has(model)`,
 * `model.startsWith('o')`, `/^o\d/.test(model)`, `model === 'x'`, `['a'].includes(model)`, with
 * `!`, `&&`, `||`) takes one side there. A guard it cannot decide that reads what a verdict
 * depends on (the model, the effort) makes what it guards unknown on that path.
 *
 * In type-checked mode (`types`), an expression the syntax cannot resolve takes the values its
 * type gives (literal types; declared properties of object types).
 */
import { getStaticValue } from '@eslint-community/eslint-utils';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import type { TypeInfo } from './type-info.js';
import { classWrites, enclosingClass, thisFieldName } from './class-fields.js';
import { conditionKey, idOf, literalKey, propertyNameOf, referencesOf, staticPropertyKey, resolveBinding, syntheticNodes, variableOf, writeOrder, type Guard } from './bindings.js';
import { directCalls, localFunction, locateParameter, returnsOf, withVia } from './local-calls.js';
import { Env, MAX_PATHS, type Alt } from './paths.js';
import {
  ABSENT,
  MAX_DEPTH,
  dedupe,
  getParam,
  mergeValues,
  primitive,
  sameValue,
  skipWrappers,
  truthiness,
  unknownValue,
  valuesAt,
  type ObjectShape,
  type Param,
  type Value,
  type Write,
} from './value-model.js';
import { writesOf, type BindingWrite } from './writes.js';

export interface ResolveOptions {
  /** Type information, in type-checked mode: unresolved expressions take the values their type gives. */
  types?: TypeInfo | null;
  /** The variables a verdict reads (the request's model and effort): a guard over them that cannot be decided is opaque. */
  verdict?: ReadonlySet<TSESLint.Scope.Variable>;
  /**
   * The one key the caller reads of the object values (`baseURL` of a client's options): object
   * literals resolve that key only, so their values are complete for it alone (see `resolve`).
   */
  focus?: string;
}

interface State {
  sourceCode: TSESLint.SourceCode;
  depth: number;
  /** The expressions being resolved, outermost first (at most `MAX_DEPTH` + 1: a short list, not a set). */
  seen: TSESTree.Node[];
  types: TypeInfo | null;
  verdict: ReadonlySet<TSESLint.Scope.Variable>;
  /** Some expression had more than `MAX_PATHS` alternatives, or the work ran out, and was made unknown. */
  capped: boolean;
  /** Expressions resolved so far (see `MAX_WORK`). */
  work: number;
  /** Per binding initialiser (and flags), its resolution shared by every read of the binding (`resolveInit`). */
  inits: Map<TSESTree.Node, Map<string, (env: Env) => Alt[]>>;
}

export interface Resolved {
  alts: Alt[];
  capped: boolean;
}

/** Resolve an expression to its alternatives, path by path. */
export function resolvePaths(sourceCode: TSESLint.SourceCode, node: TSESTree.Node, local = true, options: ResolveOptions = {}): Resolved {
  const state: State = {
    sourceCode,
    depth: 0,
    seen: [],
    types: options.types ?? null,
    verdict: options.verdict ?? new Set(),
    capped: false,
    work: 0,
    inits: new Map(),
  };
  const alts = resolve(node, Env.EMPTY, state, local, true, true, options.focus ?? null);
  return { alts, capped: state.capped };
}

/** Resolve an expression to its set of possible values (over every path). */
export function resolveValues(sourceCode: TSESLint.SourceCode, node: TSESTree.Node, local = true, options: ResolveOptions = {}): Value[] {
  return mergeValues(resolvePaths(sourceCode, node, local, options).alts.map((alt) => alt.value));
}

function single(env: Env, value: Value): Alt[] {
  return [{ env, value }];
}

/**
 * The most expressions one resolution (one request body, one framework call's options) resolves.
 * Guards over guards of writes through bindings read from several calls can make a few requests
 * cost more than whole files do (on the real-world corpus, 6 of 203 bodies need more than 2,000
 * steps, while every other body takes fewer than 1,000 and half take 7 or fewer). Beyond it, values
 * are unknown and the request is `capped`: it may still be reported where what was resolved fails,
 * but never autofixed.
 */
export const MAX_WORK = 1000;

/**
 * The alternatives without repeats: the same value on the same path (the same choices) once. Equal
 * values have the same node (or are both absent), so only those are compared: their paths' choices
 * first (no allocation), then the values. Returns `alts` itself when nothing repeats (most calls): callers never
 * change the array they are handed.
 */
function dedupeAlts(alts: Alt[]): Alt[] {
  if (alts.length < 2) return alts;
  if (alts.length > 16) return dedupeGrouped(alts);
  let out: Alt[] | null = null;
  for (let index = 1; index < alts.length; index++) {
    const alt = alts[index];
    const key = nodeKey(alt);
    let repeated = false;
    for (let earlier = 0; earlier < index && !repeated; earlier++) {
      const other = alts[earlier];
      repeated = nodeKey(other) === key && Env.sameChoices(other.env, alt.env) && sameValue(other.value, alt.value);
    }
    if (repeated) out ??= alts.slice(0, index);
    else out?.push(alt);
  }
  return out ?? alts;
}

/** `dedupeAlts` for many alternatives: compared within groups of the same node. */
function dedupeGrouped(alts: Alt[]): Alt[] {
  const out: Alt[] = [];
  const byNode = new Map<unknown, Alt[]>();
  for (const alt of alts) {
    const key = nodeKey(alt);
    const group = byNode.get(key);
    if (!group) byNode.set(key, [alt]);
    else if (group.some((other) => Env.sameChoices(other.env, alt.env) && sameValue(other.value, alt.value))) continue;
    else group.push(alt);
    out.push(alt);
  }
  return out;
}

function nodeKey(alt: Alt): unknown {
  return alt.value.kind === 'absent' ? ABSENT : alt.value.node;
}

function cap(alts: Alt[], env: Env, node: TSESTree.Node | null, state: State): Alt[] {
  if (alts.length <= MAX_PATHS) return alts;
  state.capped = true;
  return single(env, unknownValue(node));
}

/**
 * `typed: false` skips the type-checked fallback at this node (not below it): for a caller that can
 * only use object values there, which a literal-mode fallback never gives.
 *
 * `focus`: the caller reads only this key of the object values (`params.model` reads `model` of
 * `params`). Object literals on the way then resolve that key and skip the others (`objectAlts`),
 * so an object's value is complete for that key only; what the resolution gives must not flow
 * anywhere else. A branch inside a skipped property then adds no path, and no type is asked for.
 */
function resolve(input: TSESTree.Node, env: Env, state: State, local: boolean, objects = false, typed = true, focus: string | null = null): Alt[] {
  const node = skipWrappers(input);
  if (state.depth > MAX_DEPTH || state.seen.includes(node)) return single(env, unknownValue(node));
  if (++state.work > MAX_WORK) {
    state.capped = true;
    return single(env, unknownValue(node));
  }
  state.depth++;
  state.seen.push(node);
  try {
    let alts = cap(dedupeAlts(resolveInner(node, env, state, local, objects, focus)), env, node, state);
    if (state.types && typed) alts = typedFallback(input, alts, env, state.types, objects);
    return alts;
  } finally {
    state.depth--;
    state.seen.pop();
  }
}

/**
 * Type-checked mode: where the syntax knows nothing (every value unknown), the expression's type
 * may give literals or object shapes; where it only knows a call, a literal return type.
 */
function typedFallback(node: TSESTree.Node, alts: Alt[], env: Env, types: TypeInfo, objects: boolean): Alt[] {
  if (syntheticNodes.has(node)) return alts;
  let values: Value[] | null = null;
  if (alts.every((a) => a.value.kind === 'unknown')) values = types.valuesOf(node, objects);
  else if (alts.every((a) => a.value.kind === 'unknown' || a.value.kind === 'call')) values = types.valuesOf(node, false);
  return values ? values.map((value) => ({ env, value })) : alts;
}

function resolveInner(node: TSESTree.Node, env: Env, state: State, local: boolean, objects: boolean, focus: string | null): Alt[] {
  switch (node.type) {
    case AST_NODE_TYPES.Literal: {
      if (node.value === null) return single(env, 'regex' in node && node.regex ? unknownValue(node) : ABSENT);
      if (typeof node.value === 'object') return single(env, unknownValue(node));
      return single(env, primitive(node.value, node));
    }
    case AST_NODE_TYPES.TemplateLiteral:
      return template(node, env, state);
    case AST_NODE_TYPES.Identifier:
      return identifier(node, env, state, local, objects, focus);
    case AST_NODE_TYPES.ObjectExpression:
      return objectAlts(node, env, state, local, focus);
    case AST_NODE_TYPES.ArrayExpression: {
      const elements: Value[][] = [];
      for (const element of node.elements) {
        if (element === null) elements.push([ABSENT]);
        else if (element.type === AST_NODE_TYPES.SpreadElement) return single(env, { kind: 'array', elements: null, node });
        else elements.push(dedupe(resolve(element, env, state, local).map((alt) => alt.value)));
      }
      return single(env, { kind: 'array', elements, node });
    }
    case AST_NODE_TYPES.ConditionalExpression: {
      const out: Alt[] = [];
      for (const b of branch(node.test, env, state)) {
        const side = b.truth ? node.consequent : node.alternate;
        const alts = resolve(side, b.env, state, local, objects, true, focus);
        out.push(...(b.opaque ? alts.map((alt) => ({ env: alt.env, value: guardedValue(alt.value) })) : alts));
      }
      return out;
    }
    case AST_NODE_TYPES.LogicalExpression:
      return logical(node, env, state, local, objects, focus);
    case AST_NODE_TYPES.MemberExpression:
      return member(node, env, state);
    case AST_NODE_TYPES.CallExpression:
      return call(node, env, state, objects, false, focus) ?? single(env, { kind: 'call', callee: calleeName(node.callee), node });
    case AST_NODE_TYPES.NewExpression:
      return single(env, { kind: 'call', callee: calleeName(node.callee), node });
    case AST_NODE_TYPES.AwaitExpression: {
      const argument = skipWrappers(node.argument);
      if (argument.type === AST_NODE_TYPES.CallExpression) return call(argument, env, state, objects, true, focus) ?? single(env, unknownValue(node));
      return single(env, unknownValue(node));
    }
    case AST_NODE_TYPES.BinaryExpression:
      return chosenSide(node, binary(node, env, state) ?? staticLeaf(node, env, state), state);
    case AST_NODE_TYPES.UnaryExpression:
      if (node.operator === 'void') return single(env, ABSENT);
      if (node.operator === '!') {
        const key = `t:${conditionKey(state.sourceCode, node.argument)}`;
        return resolve(node.argument, env, state, false).map((alt) => {
          const truth = truthiness(alt.value) ?? (alt.env.get(key) === undefined ? undefined : alt.env.get(key) === 'T');
          return { env: alt.env, value: truth === undefined ? unknownValue(node) : primitive(!truth, node) };
        });
      }
      return staticLeaf(node, env, state);
    default:
      return staticLeaf(node, env, state);
  }
}

/** A boolean expression whose value is unknown but whose side this path already chose as a condition. */
function chosenSide(node: TSESTree.Node, alts: Alt[], state: State): Alt[] {
  if (!alts.some((alt) => alt.value.kind === 'unknown')) return alts;
  const key = `t:${conditionKey(state.sourceCode, node)}`;
  return alts.map((alt) => {
    const side = alt.value.kind === 'unknown' ? alt.env.get(key) : undefined;
    return side === undefined ? alt : { env: alt.env, value: primitive(side === 'T', node) };
  });
}

// --- Templates, members, leaves -----------------------------------------------------------------

function template(node: TSESTree.TemplateLiteral, env: Env, state: State): Alt[] {
  let alts: Array<{ env: Env; text: string }> = [{ env, text: node.quasis[0]?.value.cooked ?? '' }];
  if (node.quasis.some((q) => typeof q.value.cooked !== 'string')) return single(env, unknownValue(node));
  for (let i = 0; i < node.expressions.length; i++) {
    const next: Array<{ env: Env; text: string }> = [];
    for (const alt of alts) {
      for (const part of resolve(node.expressions[i], alt.env, state, false)) {
        if (part.value.kind !== 'primitive') return staticLeaf(node, env, state);
        next.push({ env: part.env, text: alt.text + String(part.value.value) + node.quasis[i + 1].value.cooked });
      }
    }
    if (next.length > MAX_PATHS) return cap(next.map((n) => ({ env: n.env, value: unknownValue(node) })), env, node, state);
    alts = next;
  }
  return alts.map((alt) => ({ env: alt.env, value: primitive(alt.text, node) }));
}

function member(node: TSESTree.MemberExpression, env: Env, state: State): Alt[] {
  const enumValue = resolveEnumMember(node, env, state);
  if (enumValue) return enumValue;
  const object = skipWrappers(node.object);
  if (object.type === AST_NODE_TYPES.ThisExpression) {
    // A field of the class, private ones (`this.#model`) included (class-fields.ts names them).
    const name = thisFieldName(state.sourceCode, node);
    const field = name == null ? null : classField(node, name, state);
    return field ? resolve(field, env, state, false) : single(env, unknownValue(node));
  }
  // Another instance's private field (`other.#model`): not followed.
  if (node.property.type === AST_NODE_TYPES.PrivateIdentifier) return single(env, unknownValue(node));
  const key = propertyNameOf(state.sourceCode, node);
  if (key != null) {
    // Only object values of the owner are read here; a typed literal for it would fall through to
    // `staticLeaf` like an unknown one, so the checker is not asked (the member itself still is).
    const objects = resolve(node.object, env, state, false, false, false, key);
    if (objects.every((alt) => alt.value.kind === 'object')) {
      return objects.flatMap((alt) => valuesAt([alt.value], key).map((value) => ({ env: alt.env, value })));
    }
    if (objects.some((alt) => alt.value.kind === 'object') && objects.every((alt) => alt.value.kind === 'object' || alt.value.kind === 'unknown')) {
      return objects.flatMap((alt) => valuesAt([alt.value], key).map((value) => ({ env: alt.env, value })));
    }
  }
  if (!staticRoot(state.sourceCode, node)) return single(env, unknownValue(node));
  return staticLeaf(node, env, state);
}

/**
 * Whether `getStaticValue` could evaluate a member chain: its root is a global (`Math.PI`), a
 * `const` with an initializer (`MODELS[0]`), or not an identifier. A parameter (`opts.model`),
 * an import or an undeclared name is unknown without asking: given a module-level node,
 * `getStaticValue` looks variables up by position, scanning every function of the file.
 */
function staticRoot(sourceCode: TSESLint.SourceCode, node: TSESTree.MemberExpression): boolean {
  let root: TSESTree.Node = node;
  while (root.type === AST_NODE_TYPES.MemberExpression) root = skipWrappers(root.object);
  if (root.type !== AST_NODE_TYPES.Identifier) return true;
  const variable = variableOf(sourceCode, root);
  if (!variable) return false;
  if (variable.defs.length === 0) return true;
  const [def] = variable.defs;
  return variable.defs.length === 1 && def.type === 'Variable' && (def.node as TSESTree.VariableDeclarator).init != null;
}

/** Ask eslint-utils' `getStaticValue` for a primitive; anything else is unknown. */
function staticLeaf(node: TSESTree.Node, env: Env, state: State): Alt[] {
  let result: { value: unknown } | null;
  try {
    result = getStaticValue(node as never, state.sourceCode.getScope(node) as never);
  } catch {
    // getStaticValue evaluates a few known-pure builtins; anything it cannot handle is unknown.
    result = null;
  }
  if (!result) return single(env, unknownValue(node));
  const { value } = result;
  if (value === null || value === undefined) return single(env, ABSENT);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return single(env, primitive(value, node));
  }
  return single(env, unknownValue(node));
}

function resolveEnumMember(node: TSESTree.MemberExpression, env: Env, state: State): Alt[] | null {
  const object = skipWrappers(node.object);
  if (object.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = variableOf(state.sourceCode, object);
  if (!variable) return null;
  const enumDef = variable.defs.find((def) => def.node.type === AST_NODE_TYPES.TSEnumDeclaration);
  if (!enumDef) return null;
  const key = propertyNameOf(state.sourceCode, node);
  if (key == null) return single(env, unknownValue(node));
  const declaration = enumDef.node as TSESTree.TSEnumDeclaration;
  const members = declaration.body?.members ?? (declaration as unknown as { members: TSESTree.TSEnumMember[] }).members;
  for (const enumMember of members) {
    const name = enumMember.id.type === AST_NODE_TYPES.Identifier ? enumMember.id.name : String(enumMember.id.value);
    if (name !== key) continue;
    if (enumMember.initializer?.type === AST_NODE_TYPES.Literal && typeof enumMember.initializer.value === 'string') {
      return single(env, primitive(enumMember.initializer.value, node));
    }
    return single(env, unknownValue(node));
  }
  return single(env, unknownValue(node));
}

function calleeName(callee: TSESTree.Node): string | null {
  const node = skipWrappers(callee);
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.MemberExpression && !node.computed && node.property.type === AST_NODE_TYPES.Identifier) {
    const object = calleeName(node.object);
    return object ? `${object}.${node.property.name}` : node.property.name;
  }
  return null;
}

// --- Branches and guards -----------------------------------------------------------------------

/**
 * What an undecidable guard over the model or effort guards: not known, not even whether it is
 * sent. An object keeps its keys (their writes) with such values; anything else becomes one.
 */
function guardedValue(value: Value): Value {
  if (value.kind === 'absent') return value;
  if (value.kind !== 'object') return { kind: 'unknown', node: value.node, guarded: true };
  const params = new Map<string, Param>();
  for (const [name, param] of value.shape.params) params.set(name, { ...param, values: [{ kind: 'unknown', node: value.node, guarded: true }] });
  return { ...value, shape: { ...value.shape, params } };
}

interface Branch {
  env: Env;
  truth: boolean;
  /** Undecidable, and reads what a verdict depends on: what it guards is unknown on this path. */
  opaque: boolean;
}

const VERDICT_NAME = /model|effort|reasoning/i;

/** The condition reads a value a verdict depends on: the model or effort variables, or a name that says so. */
function readsVerdict(node: TSESTree.Node, state: State, depth = 0): boolean {
  if (depth > 6) return false;
  const n = skipWrappers(node);
  switch (n.type) {
    case AST_NODE_TYPES.Identifier: {
      if (VERDICT_NAME.test(n.name)) return true;
      const variable = variableOf(state.sourceCode, n);
      return variable !== null && state.verdict.has(variable);
    }
    case AST_NODE_TYPES.MemberExpression:
      return (
        readsVerdict(n.object, state, depth + 1) ||
        (!n.computed && n.property.type === AST_NODE_TYPES.Identifier && VERDICT_NAME.test(n.property.name)) ||
        (n.computed && readsVerdict(n.property, state, depth + 1))
      );
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return n.arguments.some((a) => readsVerdict(a, state, depth + 1)) || (n.callee.type === AST_NODE_TYPES.MemberExpression && readsVerdict(n.callee.object, state, depth + 1));
    case AST_NODE_TYPES.UnaryExpression:
      return readsVerdict(n.argument, state, depth + 1);
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.LogicalExpression:
      return readsVerdict(n.left, state, depth + 1) || readsVerdict(n.right, state, depth + 1);
    case AST_NODE_TYPES.ConditionalExpression:
      return readsVerdict(n.test, state, depth + 1) || readsVerdict(n.consequent, state, depth + 1) || readsVerdict(n.alternate, state, depth + 1);
    case AST_NODE_TYPES.TemplateLiteral:
      return n.expressions.some((e) => readsVerdict(e, state, depth + 1));
    default:
      return false;
  }
}

/** The sides a condition takes, path by path. */
function branch(test: TSESTree.Node, env: Env, state: State): Branch[] {
  const node = skipWrappers(test);
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') {
    return branch(node.argument, env, state).map((b) => ({ ...b, truth: !b.truth }));
  }
  if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator !== '??') {
    const out: Branch[] = [];
    for (const b of branch(node.left, env, state)) {
      const decidedByLeft = node.operator === '&&' ? !b.truth : b.truth;
      if (decidedByLeft) out.push(b);
      else out.push(...branch(node.right, b.env, state).map((c) => ({ ...c, opaque: b.opaque || c.opaque })));
    }
    return out.length > MAX_PATHS ? (state.capped = true, [{ env, truth: true, opaque: true }, { env, truth: false, opaque: true }]) : out;
  }
  const out: Branch[] = [];
  const key = `t:${conditionKey(state.sourceCode, node)}`;
  // A condition this path has already taken a side of (it was undecidable there, and what it reads
  // is chosen on this path as it was then): the same side, without resolving it again.
  const taken = env.get(key);
  if (taken !== undefined) return [{ env, truth: taken === 'T', opaque: readsVerdict(node, state) }];
  let opaque: boolean | undefined;
  for (const alt of resolve(node, env, state, false)) {
    const truth = truthiness(alt.value);
    if (truth !== undefined) {
      out.push({ env: alt.env, truth, opaque: false });
      continue;
    }
    opaque ??= readsVerdict(node, state);
    const chosen = alt.env.get(key);
    if (chosen !== undefined) out.push({ env: alt.env, truth: chosen === 'T', opaque });
    else out.push({ env: alt.env.with(key, 'T'), truth: true, opaque }, { env: alt.env.with(key, 'F'), truth: false, opaque });
  }
  return out;
}

function logical(node: TSESTree.LogicalExpression, env: Env, state: State, local: boolean, objects: boolean, focus: string | null): Alt[] {
  const out: Alt[] = [];
  const key = `${node.operator === '??' ? 'n' : 't'}:${conditionKey(state.sourceCode, node.left)}`;
  let opaque: boolean | undefined;
  const right = (alt: Env, guarded: boolean): void => {
    const alts = resolve(node.right, alt, state, local, objects, true, focus);
    out.push(...(guarded ? alts.map((a) => ({ env: a.env, value: guardedValue(a.value) })) : alts));
  };
  // `a && b` where `a` is falsy: in a spread, nothing; elsewhere the falsy value itself.
  const falsyLeft = (alt: Alt): Value => (alt.value.kind === 'unknown' && objects ? ABSENT : alt.value);
  for (const alt of resolve(node.left, env, state, local, objects, true, focus)) {
    // `??`: does the left side hold a value (not null/undefined)? `||`/`&&`: is it truthy?
    const held = node.operator === '??' ? (alt.value.kind === 'absent' ? false : alt.value.kind === 'unknown' ? undefined : true) : truthiness(alt.value);
    const takesLeft = (truth: boolean): boolean => (node.operator === '&&' ? !truth : truth);
    if (held !== undefined) {
      if (takesLeft(held)) out.push(alt);
      else right(alt.env, false);
      continue;
    }
    // Only `&&` guards its right side; `a ?? b` and `a || b` give a default, a value of its own.
    opaque ??= node.operator === '&&' && readsVerdict(node.left, state);
    const chosen = alt.env.get(key);
    const sides = chosen !== undefined ? [chosen === 'T'] : [true, false];
    for (const side of sides) {
      const sideEnv = chosen !== undefined ? alt.env : alt.env.with(key, side ? 'T' : 'F');
      if (takesLeft(side)) out.push({ env: sideEnv, value: node.operator === '&&' ? falsyLeft(alt) : alt.value });
      else right(sideEnv, opaque);
    }
  }
  return out;
}

/** Per variable (so per file): whether the file changes the collection it holds in place. */
const changedCache = new WeakMap<TSESLint.Scope.Variable, boolean>();

/**
 * Changed somewhere: any write through the binding `writesOf` sees (`LIST.push(x)`, also written
 * `(LIST as string[]).push(x)` or `LIST['push'](x)`, `LIST[0] = x`, `Object.assign(LIST, ...)`, a
 * local function that pushes to its parameter), or a Set's own methods (`SET.add(x)`).
 */
function changedInPlace(sourceCode: TSESLint.SourceCode, variable: TSESLint.Scope.Variable): boolean {
  let changed = changedCache.get(variable);
  if (changed !== undefined) return changed;
  changed = writesOf(sourceCode, variable).length > 0;
  for (const ref of changed ? [] : variable.references) {
    let node = ref.identifier as TSESTree.Node;
    while (node.parent && skipWrappers(node.parent) !== node.parent) node = node.parent;
    const member = node.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== node || member.parent?.type !== AST_NODE_TYPES.CallExpression) continue;
    const name = propertyNameOf(sourceCode, member);
    if (name !== null && SET_MUTATORS.has(name)) {
      changed = true;
      break;
    }
  }
  changedCache.set(variable, changed);
  return changed;
}

const SET_MUTATORS = new Set(['add', 'delete', 'clear']);

/** The elements of a `const` Set or array literal, when every one is a single known primitive. */
function collection(node: TSESTree.Node, env: Env, state: State, depth = 0): Value[] | null {
  const n = skipWrappers(node);
  if (depth > 4) return null;
  if (n.type === AST_NODE_TYPES.Identifier) {
    const binding = resolveBinding(state.sourceCode, n);
    if (!binding || changedInPlace(state.sourceCode, binding.variable)) return null;
    return collection(binding.init, env, state, depth + 1);
  }
  if (n.type === AST_NODE_TYPES.NewExpression) {
    const callee = skipWrappers(n.callee);
    if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== 'Set' || n.arguments.length !== 1) return null;
    return collection(n.arguments[0], env, state, depth + 1);
  }
  if (n.type !== AST_NODE_TYPES.ArrayExpression) return null;
  const out: Value[] = [];
  for (const element of n.elements) {
    if (!element || element.type === AST_NODE_TYPES.SpreadElement) return null;
    const values = dedupe(resolve(element, env, state, false).map((a) => a.value));
    if (values.length !== 1 || values[0].kind !== 'primitive') return null;
    out.push(values[0]);
  }
  return out;
}

function regexOf(node: TSESTree.Node, state: State): RegExp | null {
  const n = skipWrappers(node);
  if (n.type === AST_NODE_TYPES.Literal && 'regex' in n && n.regex) {
    try {
      return new RegExp(n.regex.pattern, n.regex.flags.replace(/[gy]/g, ''));
    } catch {
      return null;
    }
  }
  if (n.type === AST_NODE_TYPES.Identifier) {
    const binding = resolveBinding(state.sourceCode, n);
    return binding ? regexOf(binding.init, state) : null;
  }
  return null;
}

/** `SET.has(x)`, `[...].includes(x)`, `s.startsWith(p)`, `s.endsWith(p)`, `s.includes(p)`, `/re/.test(s)`, per path. */
function guardCall(node: TSESTree.CallExpression, env: Env, state: State): Alt[] | null {
  const callee = skipWrappers(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return null;
  const method = callee.property.name;
  const argument = node.arguments[0];
  if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return null;
  const unknown = (alt: Env): Alt => ({ env: alt, value: unknownValue(node) });
  if (method === 'test') {
    const regex = regexOf(callee.object, state);
    if (!regex) return null;
    return resolve(argument, env, state, false).map((alt) =>
      alt.value.kind === 'primitive' && typeof alt.value.value === 'string' ? { env: alt.env, value: primitive(regex.test(alt.value.value), node) } : unknown(alt.env),
    );
  }
  if (method === 'has' || method === 'includes') {
    const items = collection(callee.object, env, state);
    if (items) {
      return resolve(argument, env, state, false).map((alt) =>
        alt.value.kind === 'primitive'
          ? { env: alt.env, value: primitive(items.some((item) => item.kind === 'primitive' && item.value === (alt.value as { value: unknown }).value), node) }
          : unknown(alt.env),
      );
    }
    if (method === 'has') return null;
  }
  if (method === 'startsWith' || method === 'endsWith' || method === 'includes') {
    const out: Alt[] = [];
    for (const subject of resolve(callee.object, env, state, false)) {
      for (const part of resolve(argument, subject.env, state, false)) {
        const s = subject.value;
        const p = part.value;
        if (s.kind === 'primitive' && typeof s.value === 'string' && p.kind === 'primitive' && typeof p.value === 'string') {
          const result = method === 'startsWith' ? s.value.startsWith(p.value) : method === 'endsWith' ? s.value.endsWith(p.value) : s.value.includes(p.value);
          out.push({ env: part.env, value: primitive(result, node) });
        } else out.push(unknown(part.env));
      }
    }
    return out;
  }
  return null;
}

/** `a === b`, `a !== b`, `a == b`, `a != b` over known primitives, per path. */
function binary(node: TSESTree.BinaryExpression, env: Env, state: State): Alt[] | null {
  if (!['===', '!==', '==', '!='].includes(node.operator) || node.left.type === AST_NODE_TYPES.PrivateIdentifier) return null;
  const out: Alt[] = [];
  for (const left of resolve(node.left, env, state, false)) {
    for (const right of resolve(node.right, left.env, state, false)) {
      const a = left.value;
      const b = right.value;
      let equal: boolean | undefined;
      if (a.kind === 'absent' && b.kind === 'absent') equal = true;
      else if (a.kind === 'primitive' && b.kind === 'primitive') equal = node.operator.length === 3 ? a.value === b.value : a.value == b.value;
      else if ((a.kind === 'absent' && b.kind === 'primitive') || (a.kind === 'primitive' && b.kind === 'absent')) equal = false;
      if (equal === undefined && a.kind === 'unknown' && b.kind === 'primitive') equal = excludedByOtherCase(node.left, b.value, right.env, state);
      if (equal === undefined) out.push({ env: right.env, value: unknownValue(node) });
      else out.push({ env: right.env, value: primitive(node.operator.startsWith('!') ? !equal : equal, node) });
    }
  }
  return out;
}

/**
 * `x === 'b'` on a path that already took `x === 'a'` (another literal) as true: false. Two cases
 * of one `switch`, or two comparisons of one stable binding, are exclusive.
 */
function excludedByOtherCase(left: TSESTree.Node, value: unknown, env: Env, state: State): false | undefined {
  const key = conditionKey(state.sourceCode, left);
  if (key.startsWith('@')) return undefined;
  const prefix = `t:(${key}===`;
  const same = `${prefix}${literalKey(value)})`;
  return env.someChoice((chosen, side) => side === 'T' && chosen !== same && chosen.startsWith(prefix)) ? false : undefined;
}

// --- Calls ------------------------------------------------------------------------------------

const ZOD_HELPERS = 'openai/helpers/zod';

/** The imported name of an identifier bound by `import { name } from source`, or `null`. */
function importedFrom(node: TSESTree.Node, state: State): { source: string; name: string } | null {
  const n = skipWrappers(node);
  if (n.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = variableOf(state.sourceCode, n);
  const def = variable?.defs[0];
  if (!def || def.type !== 'ImportBinding' || def.node.type !== AST_NODE_TYPES.ImportSpecifier) return null;
  const declaration = def.parent as TSESTree.ImportDeclaration;
  const imported = def.node.imported;
  return { source: declaration.source.value, name: imported.type === AST_NODE_TYPES.Identifier ? imported.name : String(imported.value) };
}

function helperShape(node: TSESTree.CallExpression, entries: Array<[string, Value]>): Value {
  const params = new Map<string, Param>();
  for (const [name, value] of entries) params.set(name, { name, values: [value], writes: [], assigned: true });
  return { kind: 'object', node, shape: { node, params, open: false } };
}

function call(node: TSESTree.CallExpression, env: Env, state: State, objects: boolean, awaited = false, focus: string | null = null): Alt[] | null {
  const guard = guardCall(node, env, state);
  if (guard) return guard;
  const callee = skipWrappers(node.callee);
  // `Object.assign({}, BASE, { ... })`: a fresh object built like `{ ...BASE, ... }`.
  if (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    !callee.computed &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'Object' &&
    callee.property.type === AST_NODE_TYPES.Identifier &&
    callee.property.name === 'assign' &&
    node.arguments[0] &&
    skipWrappers(node.arguments[0]).type === AST_NODE_TYPES.ObjectExpression &&
    !node.arguments.some((a) => a.type === AST_NODE_TYPES.SpreadElement)
  ) {
    let shapes = objectAlts(skipWrappers(node.arguments[0]) as TSESTree.ObjectExpression, env, state, false, focus).map((alt) => toShapeAlt(alt));
    for (const source of node.arguments.slice(1)) {
      const next: ShapeAlt[] = [];
      for (const shape of shapes) for (const part of resolve(source, shape.env, state, false, true, true, focus)) next.push(mergeInto({ ...shape, env: part.env }, part.value, source));
      shapes = capShapes(next, shapes, node, state);
    }
    return shapes.map((shape) => fromShapeAlt(shape, node));
  }
  // The SDK's zod helpers have known shapes.
  const helper = importedFrom(callee, state);
  if (helper?.source === ZOD_HELPERS && (helper.name === 'zodResponseFormat' || helper.name === 'zodTextFormat')) {
    const nameArgument = node.arguments[1];
    const names = nameArgument && nameArgument.type !== AST_NODE_TYPES.SpreadElement ? resolve(nameArgument, env, state, false) : single(env, unknownValue(node));
    return names.map((alt) => {
      const schema = unknownValue(node.arguments[0] ?? node);
      const type = primitive('json_schema', node);
      const strict = primitive(true, node);
      if (helper.name === 'zodResponseFormat') {
        const jsonSchema = helperShape(node, [['name', alt.value], ['strict', strict], ['schema', schema]]);
        return { env: alt.env, value: helperShape(node, [['type', type], ['json_schema', jsonSchema]]) };
      }
      return { env: alt.env, value: helperShape(node, [['type', type], ['name', alt.value], ['strict', strict], ['schema', schema]]) };
    });
  }
  // A local function: the values of its returns, with its parameters from this call.
  const fn = localFunction(state.sourceCode, callee);
  if (!fn || fn.generator || (fn.async && !awaited)) return null;
  const calls = directCalls(state.sourceCode, fn);
  const index = calls?.indexOf(node) ?? -1;
  const callEnv = index === -1 ? env : env.with(`call:${idOf(fn)}`, String(index));
  const returns = returnsOf(state.sourceCode, fn);
  if (returns.length === 0) return single(env, ABSENT);
  const out: Alt[] = [];
  for (const ret of returns) {
    // A return under `if`s (or after `if (t) return ...`) is taken on the paths where those hold.
    const guards = ret !== null && fn.body.type === AST_NODE_TYPES.BlockStatement ? returnGuards(ret, fn.body) : [];
    for (const g of guards === null ? [{ env: callEnv, runs: true }] : guardsHold(guards, callEnv, state)) {
      if (!g.runs) continue;
      if (ret === null) out.push({ env: g.env, value: ABSENT });
      else out.push(...resolve(ret, g.env, state, false, objects, true, focus));
    }
  }
  return out;
}

function alwaysLeaves(statement: TSESTree.Statement): boolean {
  if (statement.type === AST_NODE_TYPES.ReturnStatement || statement.type === AST_NODE_TYPES.ThrowStatement) return true;
  if (statement.type === AST_NODE_TYPES.BlockStatement) return statement.body.some(alwaysLeaves);
  if (statement.type === AST_NODE_TYPES.IfStatement) return statement.alternate !== null && alwaysLeaves(statement.consequent) && alwaysLeaves(statement.alternate);
  return false;
}

/**
 * The `if` tests a returned expression sits under, from the function body down, and the tests of
 * earlier `if (t) return ...` statements (their negation); `null` when anything else (a loop, a
 * `switch`, a `try`) stands in between, and the return is then a plain possibility.
 */
function returnGuards(returned: TSESTree.Expression, body: TSESTree.BlockStatement): Guard[] | null {
  const guards: Guard[] = [];
  let child: TSESTree.Node = returned.parent!;
  if (child.type !== AST_NODE_TYPES.ReturnStatement) return null;
  for (let node = child.parent; node; child = node, node = node.parent) {
    if (node.type === AST_NODE_TYPES.BlockStatement) {
      for (const statement of node.body) {
        if (statement === child) break;
        if (statement.type === AST_NODE_TYPES.IfStatement && statement.alternate === null && alwaysLeaves(statement.consequent)) guards.push({ test: statement.test, side: false });
      }
      if (node === body) return guards;
    } else if (node.type === AST_NODE_TYPES.IfStatement) {
      guards.push({ test: node.test, side: child === node.consequent });
    } else return null;
  }
  return null;
}

// --- Class fields ---------------------------------------------------------------------------------

/**
 * `this.name` in a class whose field `name` is set only by its initialiser, or once in the
 * constructor (a statement of its body), and changed nowhere else: its one value. A parameter
 * property's value is assigned before the constructor's body runs, so a write there decides it.
 */
function classField(node: TSESTree.MemberExpression, key: string, state: State): TSESTree.Expression | null {
  const cls = enclosingClass(node);
  if (!cls) return null;
  const writes = classWrites(state.sourceCode, cls);
  if (writes.anyField) return null;
  const field = writes.fields.get(key);
  if (!field || field.updated) return null;
  const { assignments } = field;
  const init = field.declared?.value ?? null;
  if (init) return assignments.length === 0 ? init : null;
  if (assignments.length !== 1) return null;
  const [write] = assignments;
  const statement = write.parent;
  return write.operator === '=' && statement?.type === AST_NODE_TYPES.ExpressionStatement && statement.parent === writes.constructorBody ? write.right : null;
}

// --- Identifiers ------------------------------------------------------------------------------

function identifier(node: TSESTree.Identifier, env: Env, state: State, local: boolean, objects: boolean, focus: string | null): Alt[] {
  const variable = variableOf(state.sourceCode, node);
  if (node.name === 'undefined' && (!variable || variable.defs.length === 0)) return single(env, ABSENT);
  if (!variable || variable.defs.length !== 1) return single(env, unknownValue(node));
  const def = variable.defs[0];
  if (def.type === 'Parameter') return parameterValues(node, variable, env, state, objects, focus) ?? single(env, unknownValue(node));
  if (def.type !== 'Variable') return single(env, unknownValue(node));
  const declarator = def.node as TSESTree.VariableDeclarator;
  const declaration = def.parent as TSESTree.VariableDeclaration;
  if (declaration.parent?.type === AST_NODE_TYPES.ForOfStatement && declaration.parent.left === declaration) {
    return declarator.id.type === AST_NODE_TYPES.Identifier && !variable.references.some((ref) => ref.isWrite() && !ref.init) ? loopValues(declaration.parent, node, env, state) : single(env, unknownValue(node));
  }
  if (declaration.parent?.type === AST_NODE_TYPES.ForInStatement || declaration.parent?.type === AST_NODE_TYPES.ForStatement) {
    if (declaration.parent.type !== AST_NODE_TYPES.ForStatement || declaration.kind !== 'const') return single(env, unknownValue(node));
  }
  const writes = writesOf(state.sourceCode, variable);
  if (declarator.id.type !== AST_NODE_TYPES.Identifier) {
    if (writes.some((w) => w.kind === 'rebind')) return single(env, unknownValue(node));
    return destructured(declarator, def.name as TSESTree.Identifier, env, state);
  }
  const { reads } = referencesOf(variable);
  if (!declarator.init && (declaration.declare || !writes.some((w) => w.kind === 'rebind'))) return single(env, unknownValue(node));
  // `let model;` then assigned: `undefined` until an assignment runs.
  // A binding read once has nothing to share.
  const base = !declarator.init
    ? single(env, ABSENT)
    : reads <= 1
      ? resolve(declarator.init, env, state, local, objects, true, focus)
      : resolveInit(declarator.init, env, state, false, objects, focus);
  return applyWrites(base, writes, node, declarator, state, objects, focus);
}

/**
 * A binding's initialiser, resolved once per request for every read of the binding that makes the
 * same choices it reads (`sharedResolver`): a body that reads `params.model`, `params.tools`, ...
 * of one `const params = cond ? {...} : {...}` resolved the initialiser at each read. (Writes are
 * applied per read, after this: they depend on where the read is.) A later read deeper in the
 * resolution, or under another stack of expressions, gets what the first read resolved; it would
 * otherwise resolve the same expression again, or stop at the depth limit and know less.
 */
function resolveInit(init: TSESTree.Expression, env: Env, state: State, local: boolean, objects: boolean, focus: string | null = null): Alt[] {
  const flags = `${local ? 'l' : ''}${objects ? 'o' : ''}${focus === null ? '' : `.${focus}`}`;
  let byFlags = state.inits.get(init);
  if (!byFlags) state.inits.set(init, (byFlags = new Map()));
  let shared = byFlags.get(flags);
  if (!shared) byFlags.set(flags, (shared = sharedResolver((on) => resolve(init, on, state, local, objects, true, focus))));
  return shared(env);
}

/** `for (const m of ['o3', 'gpt-5.5'])`: each element on its own path. */
function loopValues(loop: TSESTree.ForOfStatement, node: TSESTree.Identifier, env: Env, state: State): Alt[] {
  if (loop.await) return single(env, unknownValue(node));
  const key = `for:${idOf(loop)}`;
  const chosen = env.get(key);
  const out: Alt[] = [];
  for (const alt of resolve(loop.right, env, state, false)) {
    if (alt.value.kind !== 'array' || alt.value.elements === null) {
      out.push({ env: alt.env, value: unknownValue(node) });
      continue;
    }
    alt.value.elements.forEach((element, index) => {
      if (chosen !== undefined && chosen !== String(index)) return;
      const elementEnv = chosen === undefined ? alt.env.with(key, String(index)) : alt.env;
      for (const value of element) out.push({ env: elementEnv, value });
    });
  }
  return out.length === 0 ? single(env, unknownValue(node)) : out;
}

/** `const { model = 'o3' } = CONFIG`, `const [first] = LIST`: the value at the binding's place in the pattern. */
function destructured(declarator: TSESTree.VariableDeclarator, node: TSESTree.Identifier, env: Env, state: State): Alt[] {
  const steps = patternPath(declarator.id, node);
  if (!steps || !declarator.init) return single(env, unknownValue(node));
  const [first] = steps;
  let alts = resolveInit(declarator.init, env, state, false, true, typeof first?.key === 'string' ? first.key : null);
  for (const step of steps) {
    const next: Alt[] = [];
    for (const alt of alts) {
      let values: Value[];
      if (typeof step.key === 'number') {
        const v = alt.value;
        values = v.kind === 'array' && v.elements !== null ? (v.elements[step.key] ?? [ABSENT]) : [unknownValue(node)];
      } else values = valuesAt([alt.value], step.key);
      for (const value of values) {
        if (value.kind === 'absent' && step.defaultValue) next.push(...resolve(step.defaultValue, alt.env, state, false));
        else next.push({ env: alt.env, value });
      }
    }
    alts = cap(next, env, node, state);
  }
  return alts;
}

interface PatternStep {
  key: string | number;
  defaultValue: TSESTree.Expression | null;
}

function patternPath(pattern: TSESTree.Node, target: TSESTree.Identifier): PatternStep[] | null {
  if (pattern === target) return [];
  if (pattern.type === AST_NODE_TYPES.ObjectPattern) {
    for (const property of pattern.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      const key = staticPropertyKey(property);
      let value: TSESTree.Node = property.value;
      let defaultValue: TSESTree.Expression | null = null;
      if (value.type === AST_NODE_TYPES.AssignmentPattern) {
        defaultValue = value.right;
        value = value.left;
      }
      if (target.range[0] < value.range[0] || target.range[1] > value.range[1]) continue;
      if (key === null) return null;
      const rest = patternPath(value, target);
      return rest ? [{ key, defaultValue }, ...rest] : null;
    }
    return null;
  }
  if (pattern.type === AST_NODE_TYPES.ArrayPattern) {
    for (let index = 0; index < pattern.elements.length; index++) {
      let value: TSESTree.Node | null = pattern.elements[index];
      if (!value) continue;
      if (value.type === AST_NODE_TYPES.RestElement) return null;
      let defaultValue: TSESTree.Expression | null = null;
      if (value.type === AST_NODE_TYPES.AssignmentPattern) {
        defaultValue = value.right;
        value = value.left;
      }
      if (target.range[0] < value.range[0] || target.range[1] > value.range[1]) continue;
      const rest = patternPath(value, target);
      return rest ? [{ key: index, defaultValue }, ...rest] : null;
    }
  }
  return null;
}

function replaceAbsent(alts: Alt[], defaultValue: TSESTree.Expression, state: State, objects: boolean): Alt[] {
  return alts.flatMap((alt) => (alt.value.kind === 'absent' ? resolve(defaultValue, alt.env, state, false, objects) : [alt]));
}

/**
 * A parameter of a local function that every call in the file supplies: one path per call (the
 * same call for every parameter of the function on that path), a missing argument being absent or
 * the parameter's default. Each value records the call that supplied it. `null` when that does not
 * apply (reassigned, the function used as a value or exported, a spread argument).
 */
function parameterValues(node: TSESTree.Identifier, variable: TSESLint.Scope.Variable, env: Env, state: State, objects: boolean, focus: string | null): Alt[] | null {
  const def = variable.defs[0];
  // Reassigned in the function body (`model = model.trim()`): the argument is not the value.
  if (variable.references.some((ref) => ref.isWrite() && !ref.init)) return null;
  const site = locateParameter(def.node as never, def.name as TSESTree.Node);
  if (!site) return null;
  const calls = directCalls(state.sourceCode, site.fn);
  if (!calls) return null;
  const key = `call:${idOf(site.fn)}`;
  const chosen = env.get(key);
  const out: Alt[] = [];
  calls.forEach((callNode, index) => {
    if (chosen !== undefined && chosen !== String(index)) return;
    const callEnv = chosen === undefined ? env.with(key, String(index)) : env;
    const spread = callNode.arguments.findIndex((argument) => argument.type === AST_NODE_TYPES.SpreadElement);
    let alts: Alt[];
    if (spread !== -1 && spread <= site.index) alts = single(callEnv, unknownValue(callNode));
    else {
      const argument = callNode.arguments[site.index];
      // A destructured parameter (`{ model }`) reads one key of the argument; a plain one, the key read of it.
      alts = argument ? resolve(argument, callEnv, state, false, objects || site.key !== null, true, site.key ?? focus) : single(callEnv, ABSENT);
    }
    if (site.patternDefault) alts = replaceAbsent(alts, site.patternDefault, state, true);
    if (site.key !== null) alts = alts.flatMap((alt) => valuesAt([alt.value], site.key!).map((value) => ({ env: alt.env, value })));
    if (site.defaultValue) alts = replaceAbsent(alts, site.defaultValue, state, objects);
    for (const alt of alts) out.push({ env: alt.env, value: withVia([alt.value], callNode)[0] });
  });
  return out;
}

// --- Writes through a binding -------------------------------------------------------------------

/** The guards of a write, path by path: whether it runs there. */
function guardsHold(guards: readonly Guard[], env: Env, state: State): Array<{ env: Env; runs: boolean }> {
  let out: Array<{ env: Env; runs: boolean }> = [{ env, runs: true }];
  for (const guard of guards) {
    const next: Array<{ env: Env; runs: boolean }> = [];
    for (const item of out) {
      if (!item.runs) next.push(item);
      else for (const b of branch(guard.test, item.env, state)) next.push({ env: b.env, runs: b.truth === guard.side });
    }
    out = next;
  }
  return out;
}

/**
 * Apply the writes through a binding to its values, as seen from `read`: a write that runs before
 * it on every path replaces, one that runs on some paths adds a path, one that runs after is ignored.
 */
function applyWrites(base: Alt[], writes: readonly BindingWrite[], read: TSESTree.Node, declaration: TSESTree.Node, state: State, objects: boolean, focus: string | null = null): Alt[] {
  // Reading one key: a write to another key changes nothing read (nor does it add a path).
  if (focus !== null) writes = writes.filter((write) => write.path.length === 0 || write.path[0] === focus);
  if (writes.length === 0) return base;
  // Written in very many places: each written key may hold anything (linear cost, whatever the file).
  if (writes.length > MAX_WRITES) return base.map((alt) => ({ env: alt.env, value: overwrittenSomewhere(alt.value, writes, read) }));
  let alts = base;
  for (const write of writes) {
    let order = writeOrder(write.site, read, declaration);
    if (write.conditional && order.order !== 'after') order = { order: 'maybe' };
    if (order.order === 'after') continue;
    const next: Alt[] = [];
    const valueOf = writeValues(write, state, objects, alts.length > 1, focus);
    const guards = order.order === 'guarded' ? order.guards : [];
    const guardsOn = alts.length > 1 ? sharedResolver((env) => guardsHold(guards, env, state)) : (env: Env) => guardsHold(guards, env, state);
    for (const alt of alts) {
      if (order.order === 'before') next.push(...applyWrite(alt, write, state, objects, valueOf));
      else if (order.order === 'guarded') {
        for (const g of guardsOn(alt.env)) {
          if (g.runs) next.push(...applyWrite({ env: g.env, value: alt.value }, write, state, objects, valueOf));
          else next.push({ env: g.env, value: alt.value });
        }
      } else {
        const key = `w:${idOf(write.site)}`;
        const chosen = alt.env.get(key);
        if (chosen !== 'F') next.push(...applyWrite(chosen === undefined ? { env: alt.env.with(key, 'T'), value: alt.value } : alt, write, state, objects, valueOf));
        if (chosen !== 'T') next.push(chosen === undefined ? { env: alt.env.with(key, 'F'), value: alt.value } : alt);
      }
    }
    alts = cap(dedupeAlts(next), alts[0]?.env ?? Env.EMPTY, read, state);
  }
  return alts;
}

/** The most writes through one binding followed one by one; beyond, see `overwrittenSomewhere`. */
const MAX_WRITES = 32;

function overwrittenSomewhere(value: Value, writes: readonly BindingWrite[], read: TSESTree.Node): Value {
  if (writes.some((w) => w.path.length === 0 && w.kind !== 'array')) return unknownValue(read);
  if (value.kind === 'array') return { ...value, elements: null, added: value.added ?? value.elements ?? [] };
  if (value.kind !== 'object') return value;
  const params = new Map(value.shape.params);
  let open = value.shape.open;
  for (const write of writes) {
    const key = write.path[0];
    if (key === undefined) open = true;
    else params.set(key, { ...getParam(value.shape, key), values: dedupe([...getParam(value.shape, key).values, unknownValue(read)]) });
  }
  return { ...value, shape: { node: value.shape.node, params, open } };
}

/** The value a `rebind` or `set` write assigns, on a path: resolved once where it can be (`sharedResolver`). */
function writeValues(write: BindingWrite, state: State, objects: boolean, manyPaths: boolean, focus: string | null): ((env: Env) => Alt[]) | null {
  if ((write.kind !== 'rebind' && write.kind !== 'set') || !write.value) return null;
  const node = write.value;
  const asObject = write.kind === 'rebind' && objects;
  // A new value for the binding itself is read at the same key; a property's value is read whole.
  const resolveOn = (env: Env): Alt[] => resolve(node, env, state, false, asObject, true, write.kind === 'rebind' ? focus : null);
  return manyPaths ? sharedResolver(resolveOn) : resolveOn;
}

function applyWrite(alt: Alt, write: BindingWrite, state: State, objects: boolean, valueOf: ((env: Env) => Alt[]) | null): Alt[] {
  const at = (value: Alt): Alt[] => {
    switch (write.kind) {
      case 'rebind':
      case 'set':
        return valueOf ? valueOf(value.env) : [{ env: value.env, value: unknownValue(write.site) }];
      case 'delete':
        return [{ env: value.env, value: ABSENT }];
      case 'assign': {
        if (value.value.kind !== 'object') return [value];
        let shapes: ShapeAlt[] = [toShapeAlt(value)];
        for (const source of write.sources) {
          const next: ShapeAlt[] = [];
          for (const shape of shapes) for (const part of resolve(source, shape.env, state, false, true)) next.push(mergeInto({ ...shape, env: part.env }, part.value, source));
          shapes = capShapes(next, shapes, write.site, state);
        }
        return shapes.map((shape) => fromShapeAlt(shape, value.value.kind === 'object' ? value.value.node : write.site));
      }
      case 'array': {
        const v = value.value;
        if (v.kind !== 'array') return [value];
        const added = write.added.map((node) => dedupe(resolve(node, value.env, state, false).map((a) => a.value)));
        return [{ env: value.env, value: { ...v, elements: null, added: [...(v.added ?? v.elements ?? []), ...added] } }];
      }
      case 'any': {
        const v = value.value;
        if (v.kind === 'array') return [{ env: value.env, value: { ...v, elements: null, added: v.added ?? v.elements ?? [] } }];
        if (v.kind !== 'object') return [value];
        const params = new Map<string, Param>();
        for (const [name, param] of v.shape.params) params.set(name, { ...param, values: dedupe([...param.values, unknownValue(write.site)]) });
        return [{ env: value.env, value: { ...v, shape: { node: v.shape.node, params, open: true } } }];
      }
    }
  };
  // Only the final step is the write itself; a `set`/`delete` of a key in an array is an index write.
  const path = write.kind === 'set' || write.kind === 'delete' ? write.path.slice(0, -1) : write.path;
  const last = write.kind === 'set' || write.kind === 'delete' ? write.path.at(-1) : undefined;
  return updateAt(alt, path, (target) => {
    if (last === undefined) return at(target);
    const v = target.value;
    if (v.kind === 'array') return [{ env: target.env, value: { ...v, elements: null, added: [...(v.added ?? v.elements ?? []), ...(write.kind === 'set' ? [at(target).map((a) => a.value)] : [])] } }];
    if (v.kind !== 'object') return [target];
    const param = getParam(v.shape, last);
    return at(target).map((result) => {
      const params = new Map(v.shape.params);
      params.set(last, { name: last, values: [result.value], writes: [], assigned: true, ...(param.declared ? { declared: param.declared } : {}) });
      return { env: result.env, value: { ...v, shape: { ...v.shape, params } } };
    });
  });
}

/** Apply `update` to the value at `path` inside an alternative's value (objects along the way are copied). */
function updateAt(alt: Alt, path: readonly string[], update: (alt: Alt) => Alt[]): Alt[] {
  if (path.length === 0) return update(alt);
  const v = alt.value;
  if (v.kind !== 'object') return [alt];
  const [key, ...rest] = path;
  const param = getParam(v.shape, key);
  const out: Alt[] = [];
  for (const child of param.values) {
    for (const result of updateAt({ env: alt.env, value: child }, rest, update)) {
      const params = new Map(v.shape.params);
      params.set(key, { ...param, values: [result.value] });
      out.push({ env: result.env, value: { ...v, shape: { ...v.shape, params } } });
    }
  }
  return out;
}

// --- Objects --------------------------------------------------------------------------------------

interface ShapeAlt {
  env: Env;
  params: Map<string, Param>;
  open: boolean;
}

function toShapeAlt(alt: Alt): ShapeAlt {
  if (alt.value.kind !== 'object') return { env: alt.env, params: new Map(), open: true };
  return { env: alt.env, params: new Map(alt.value.shape.params), open: alt.value.shape.open };
}

function fromShapeAlt(shape: ShapeAlt, node: TSESTree.Node): Alt {
  const objectShape: ObjectShape = { node, params: shape.params, open: shape.open };
  return { env: shape.env, value: { kind: 'object', node, shape: objectShape } };
}

/** Over an unknown spread (or an open object), every key written before may be overridden. */
function overridable(shape: ShapeAlt, keep: ReadonlySet<string>, node: TSESTree.Node): Map<string, Param> {
  const params = new Map<string, Param>();
  for (const [name, param] of shape.params) {
    params.set(name, keep.has(name) ? param : { ...param, values: dedupe([...param.values, unknownValue(node)]) });
  }
  return params;
}

/** A spread of `value` over `shape`: a key it sets takes its value; an unknown spread may override anything. */
function mergeInto(shape: ShapeAlt, value: Value, node: TSESTree.Node): ShapeAlt {
  if (value.kind === 'object') {
    const keys = new Set(value.shape.params.keys());
    const params = value.shape.open ? overridable(shape, keys, node) : new Map(shape.params);
    for (const [name, param] of value.shape.params) params.set(name, param);
    return { env: shape.env, params, open: shape.open || value.shape.open };
  }
  if (value.kind === 'absent' || (value.kind === 'primitive' && typeof value.value !== 'string')) return shape;
  return { env: shape.env, params: overridable(shape, new Set(), node), open: true };
}

/** The shapes, each with a map of its own (a spread that adds nothing leaves one map on several). */
function ownMaps(shapes: ShapeAlt[]): ShapeAlt[] {
  if (shapes.length < 2) return shapes;
  const seen = new Set<Map<string, Param>>();
  return shapes.map((shape) => {
    if (!seen.has(shape.params)) {
      seen.add(shape.params);
      return shape;
    }
    return { ...shape, params: new Map(shape.params) };
  });
}

function capShapes(next: ShapeAlt[], previous: ShapeAlt[], node: TSESTree.Node, state: State): ShapeAlt[] {
  if (next.length <= MAX_PATHS) return next;
  state.capped = true;
  return previous.map((shape) => ({ env: shape.env, params: overridable(shape, new Set(), node), open: true }));
}

/**
 * The alternatives of an object literal, property by property. Each shape owns its `params` map
 * (no two shapes share one), so a property with one value on a shape is set in place; only a
 * shape that splits is copied.
 */
function objectAlts(node: TSESTree.ObjectExpression, env: Env, state: State, local: boolean, focus: string | null = null): Alt[] {
  let shapes: ShapeAlt[] = [{ env, params: new Map(), open: false }];
  for (const property of node.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      const next: ShapeAlt[] = [];
      const spread = onEveryShape(shapes, (env) => resolve(property.argument, env, state, local, true, true, focus));
      shapes.forEach((shape, index) => {
        for (const part of spread[index]) next.push(mergeInto({ ...shape, env: part.env }, part.value, property.argument));
      });
      shapes = ownMaps(capShapes(next, shapes, property, state));
      continue;
    }
    const name = propertyNameOf(state.sourceCode, property);
    if (name == null) {
      shapes = shapes.map((shape) => ({ env: shape.env, params: overridable(shape, new Set(), property), open: true }));
      continue;
    }
    // Another key than the one read (`focus`): not resolved, not in the shape.
    if (focus !== null && name !== focus) continue;
    // One write, shared by the property's values on every shape (nothing changes a param's `writes`).
    const write = { property, object: node, local };
    const writes = [write];
    if (shapes.length === 1) {
      // One path so far (most objects): a single value is set in place; several (at most
      // `MAX_PATHS`, as `resolve` gives them) split it.
      const shape = shapes[0];
      const values = propertyAlts(property, shape.env, state, local);
      if (values.length === 1) {
        shape.params.set(name, { name, values: [values[0].value], writes });
        shape.env = values[0].env;
      } else shapes = splitShape(shape, name, values, writes, []);
      continue;
    }
    const next: ShapeAlt[] = [];
    const values = onEveryShape(shapes, (env) => propertyAlts(property, env, state, local));
    shapes.forEach((shape, index) => splitShape(shape, name, values[index], writes, next));
    if (next.length > MAX_PATHS) {
      state.capped = true;
      shapes = shapes.map((shape) => {
        const params = new Map(shape.params);
        params.set(name, { name, values: [unknownValue(property.value)], writes });
        return { env: shape.env, params, open: shape.open };
      });
    } else shapes = next;
  }
  return shapes.map((shape) => fromShapeAlt(shape, node));
}

/**
 * `resolveOn` for the environment of each shape (see `sharedResolver`): a property after a spread
 * with many paths used to be resolved once per path.
 */
function onEveryShape(shapes: readonly ShapeAlt[], resolveOn: (env: Env) => Alt[]): Alt[][] {
  const resolveShared = sharedResolver(resolveOn);
  return shapes.map((shape) => resolveShared(shape.env));
}

/**
 * `resolveOn` (one expression, resolved on many paths), resolved once per distinct answer to what it
 * reads: a resolution depends only on the choices it read (`Env.recording`), so on a path that has
 * made the same choices for those keys (the same side, or none) it gives the same values, with the
 * choices it added made on that path instead. Use it within one resolution step (the same
 * expression, depth and stack).
 */
function sharedResolver<T extends { env: Env }>(resolveOn: (env: Env) => T[]): (env: Env) => T[] {
  // Per resolution kept: the choices it read, and the side its path had taken for each (computed once).
  const done: Array<{ env: Env; alts: T[]; keys: string[]; sides: Array<string | undefined> }> = [];
  return (env) => {
    for (const entry of done) {
      if (entry.env !== env && !sameSides(env, entry.keys, entry.sides)) continue;
      // The values depend on these choices as much as when they were resolved: a recording
      // around this call (an enclosing shared resolution) must see them read.
      if (entry.env === env) {
        Env.read(entry.keys);
        return entry.alts;
      }
      const moved: T[] = [];
      for (const alt of entry.alts) {
        const rebased = alt.env.rebase(entry.env, env);
        if (!rebased) break;
        moved.push({ ...alt, env: rebased });
      }
      if (moved.length === entry.alts.length) {
        Env.read(entry.keys);
        return moved;
      }
    }
    const recorded = Env.recording(() => resolveOn(env));
    if (!recorded.all && done.length < MAX_SHARED) {
      const keys = [...new Set(recorded.keys)];
      done.push({ env, alts: recorded.result, keys, sides: keys.map((key) => env.sideOf(key)) });
    }
    return recorded.result;
  };
}

/** `env` has taken `sides` for `keys` (`undefined`: no choice of that key). */
function sameSides(env: Env, keys: readonly string[], sides: ReadonlyArray<string | undefined>): boolean {
  for (let index = 0; index < keys.length; index++) if (env.sideOf(keys[index]) !== sides[index]) return false;
  return true;
}

/** The most distinct resolutions `sharedResolver` keeps for one expression. */
const MAX_SHARED = 8;

/** The values of a property of an object literal (a method or an accessor: unknown). */
function propertyAlts(property: TSESTree.Property, env: Env, state: State, local: boolean): Alt[] {
  return property.kind !== 'init' || property.method ? single(env, unknownValue(property)) : resolve(property.value, env, state, local);
}

/**
 * `shape` with `name` set to each of `values`, added to `out`: every value but the last on a copy of
 * the shape's map (made before it changes), the last on the shape's own map. The shape's `env` is
 * left as it was.
 */
function splitShape(shape: ShapeAlt, name: string, values: Alt[], writes: Write[], out: ShapeAlt[]): ShapeAlt[] {
  const last = values.length - 1;
  for (let index = 0; index < last; index++) {
    const params = new Map(shape.params);
    params.set(name, { name, values: [values[index].value], writes });
    out.push({ env: values[index].env, params, open: shape.open });
  }
  shape.params.set(name, { name, values: [values[last].value], writes });
  out.push({ env: values[last].env, params: shape.params, open: shape.open });
  return out;
}
