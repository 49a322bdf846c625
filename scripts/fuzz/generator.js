// Our own fuzz generator: whole programs (TypeScript, ES module JavaScript or CommonJS) with 1-20
// OpenAI call sites built from random combinations of the shapes the plugin supports: receivers,
// clients, methods, body shapes (inline, const, shared, spreads, conditional spreads, unknown
// spreads, shorthand, `as const` / `satisfies`, ternaries and `??`, enum and const-object members),
// parameters and values (models from the catalog, snapshots, fine-tunes, unknown names, efforts,
// sampling parameters, response formats valid and invalid, ...), layout and comments.
//
// Request paths (see "request paths" below): whole bodies chosen by a condition, one condition in the
// model and in conditional spreads, guards over the model (`Set#has`, `startsWith`, regular
// expressions, `===`, `includes`, an imported function, `!`/`&&`/`||`), writes and `delete`s on the
// params object before the call (also inside `if`, loops, callbacks and local functions), arrays
// pushed to, `let`s assigned several times, `switch`/`if` chains, `for...of` over models,
// `Object.assign({}, BASE, {...})`, local builders, destructuring with defaults and class fields.
// Clients: default, named, renamed and namespace imports (ESM and CommonJS), `openai/azure`,
// aliases, Azure hosts in template literals, `const { completions } = client.chat`.
//
// Every program is valid code by construction (a program that does not parse is a generator bug,
// and the checker says so). Each comment is unique (`/* fz12 */`, `// fz13`) so that the checker
// can tell whether a fix lost or moved one.
//
// The generator counts the call sites it writes that the request analysis must find (`callSites`);
// calls it writes that must NOT be taken for requests (mocks, `beta.responses`, embeddings,
// destructured methods) are `decoys`.
import { deriveSeed, Random } from './prng.js';

const EFFORTS = ['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'];

const UNKNOWN_MODELS = ['llama-3.1-70b', 'gpt-5-foo', 'my-deployment', 'GPT-4O', 'mistral-large-latest', 'claude-sonnet-4', 'o9', ''];
const SNAPSHOT_SUFFIXES = ['-2024-08-06', '-2025-04-16', '-2025-08-07', '-0613', '-1106', '-2026-01-31'];

/**
 * The model names to draw from: every catalog id and alias. `catalog` is `MODEL_CATALOG` (from
 * `dist/src/models/catalog.js` or the source).
 */
export function modelsFromCatalog(catalog) {
  const models = [];
  for (const entry of catalog) {
    for (const name of [entry.id, ...(entry.aliases ?? [])]) models.push({ name });
  }
  return models;
}

/** Names imported from a local module the analysis cannot see, with the global a snippet reads instead. */
const FIXTURE_HELPERS = [
  ['AnswerSchema', 'fzSchema'],
  ['loadDefaults', 'fzDefaults'],
  ['isReasoning', 'fzIsReasoning'],
  ['applyDefaults', 'fzApplyDefaults'],
];

const q = (text, quote = "'") => `${quote}${text.replaceAll('\\', '\\\\').replaceAll(quote, `\\${quote}`).replaceAll('\n', '\\n')}${quote}`;

// --- value trees -------------------------------------------------------------------------------
// raw: an atomic expression; obj: object literal; arr: array literal; cond/logical: operators;
// suffix/prefix: `x as const`, `x!`, `<any>x`; paren: `(x)`.

const raw = (text) => ({ t: 'raw', text });
const obj = (members, extra = {}) => ({ t: 'obj', members, ...extra });
const arr = (items) => ({ t: 'arr', items });
const prop = (key, value, extra = {}) => ({ t: 'prop', key, value, ...extra });
const spread = (value) => ({ t: 'spread', value });
const cond = (test, a, b) => ({ t: 'cond', test, a, b });
const logical = (op, a, b) => ({ t: 'logical', op, a, b });
const suffix = (inner, text) => ({ t: 'suffix', inner, text });
const prefix = (text, inner) => ({ t: 'prefix', text, inner });
const paren = (inner) => ({ t: 'paren', inner });

const isComposite = (v) => v.t === 'cond' || v.t === 'logical' || v.t === 'suffix' || v.t === 'prefix';
const guard = (v) => (isComposite(v) ? paren(v) : v);

/** Names declared in one scope (a function body, a block, the module). */
class Scope {
  constructor(parent = null) {
    this.parent = parent;
    this.names = new Set();
    this.suffixes = new Map();
  }

  has(name) {
    return this.names.has(name) || (this.parent?.has(name) ?? false);
  }

  /** A free name: `preferred`, else `preferred2`, `preferred3`, ... (free in this scope and its parents). */
  fresh(preferred) {
    let name = preferred;
    let i = this.suffixes.get(preferred) ?? 2;
    while (this.has(name)) name = `${preferred}${i++}`;
    this.suffixes.set(preferred, i);
    this.names.add(name);
    return name;
  }
}

export class ProgramGenerator {
  /**
   * @param {Random} rng
   * @param {{ models: Array<{ name: string }>, language: 'ts' | 'js', sourceType: 'module' | 'commonjs' | 'script', snippet?: boolean }} options
   */
  constructor(rng, { models, language, sourceType, snippet = false }) {
    this.rng = rng;
    this.models = models;
    this.ts = language === 'ts';
    this.sourceType = sourceType;
    this.esm = sourceType === 'module';
    this.snippet = snippet;
    /** `sameCondition` may compare with a bigint or number literal (set by `generateProgram`). */
    this.literalConditions = false;
    this.commentRate = rng.weighted([
      [3, 0],
      [4, 0.05],
      [3, 0.2],
    ]);
    this.modifierRate = rng.pick([0, 0.1, 0.3]);
    this.unit = rng.pick(['  ', '    ', '\t']);
    this.quote = rng.pick(["'", "'", '"']);
    this.module = new Scope();
    this.comments = 0;
    this.callSites = 0;
    this.decoys = 0;
    // Lazily collected module-level declarations.
    this.enums = new Map(); // enum name -> Map(member -> value text)
    this.constObjects = new Map(); // object name -> Map(key -> value text)
    this.moduleConsts = []; // lines
    this.clients = new Map(); // kind -> variable name
    this.helpers = new Set();
    this.enumKeyword = rng.chance(0.3) ? 'const enum' : 'enum';
    // How often a request body takes one of the path shapes (see "request paths" below).
    this.pathRate = rng.pick([0.2, 0.35, 0.5]);
    this.imports = this.importStyle();
    for (const name of this.imports.bindings) this.module.names.add(name);
    // Models by kind, so that paired branches often pair a reasoning model with a chat model.
    const reasoning = models.filter((m) => /^(o\d|gpt-5)/.test(m.name));
    const chat = models.filter((m) => /^(gpt-4|gpt-3|chatgpt)/.test(m.name));
    this.reasoningModels = reasoning.length > 0 ? reasoning : models;
    this.chatModels = chat.length > 0 ? chat : models;
    // Set while a class's methods are generated: the expression of its model field (`this.model`).
    this.classModel = null;
    // Set by a path shape for the call site being written: a `for (const m of ...)` around its
    // statement and the declarations after `mark` in its prelude.
    this.loop = null;
  }

  /**
   * How the file gets the SDK's classes: `{ lines, openai, azure, type, bindings }`, where `openai`
   * and `azure` are the expressions to construct (`OpenAI`, `LLM`, `oai.AzureOpenAI`) and `type`
   * names the client class in TypeScript annotations. Default, named, renamed and namespace imports,
   * `openai/azure`, and their CommonJS forms.
   */
  importStyle() {
    const { rng } = this;
    if (this.snippet) return { lines: [], openai: 'OpenAI', azure: 'AzureOpenAI', type: 'OpenAI', bindings: [], azureMember: true };
    const renamedOpenAI = rng.pick(['LLM', 'OpenAIClient', 'Client']);
    const renamedAzure = rng.pick(['Az', 'AzureClient']);
    const namespace = rng.pick(['oai', 'openaiSdk', 'sdk']);
    if (this.esm) {
      const style = rng.weighted([
        [8, 'default'],
        [3, 'named'],
        [2, 'renamed'],
        [1, 'defaultRenamed'],
        [2, 'namespace'],
        [1, 'azureModule'],
      ]);
      switch (style) {
        case 'named':
          return { lines: [`import { OpenAI, AzureOpenAI } from 'openai';`], openai: 'OpenAI', azure: 'AzureOpenAI', type: 'OpenAI', bindings: ['OpenAI', 'AzureOpenAI'] };
        case 'renamed':
          return {
            lines: [`import { OpenAI as ${renamedOpenAI}, AzureOpenAI as ${renamedAzure} } from 'openai';`],
            openai: renamedOpenAI,
            azure: renamedAzure,
            type: renamedOpenAI,
            bindings: [renamedOpenAI, renamedAzure],
          };
        case 'defaultRenamed':
          return {
            lines: [`import ${renamedOpenAI}, { AzureOpenAI as ${renamedAzure} } from 'openai';`],
            openai: renamedOpenAI,
            azure: renamedAzure,
            type: renamedOpenAI,
            bindings: [renamedOpenAI, renamedAzure],
          };
        case 'namespace':
          return { lines: [`import * as ${namespace} from 'openai';`], openai: `${namespace}.OpenAI`, azure: `${namespace}.AzureOpenAI`, type: `${namespace}.OpenAI`, bindings: [namespace] };
        case 'azureModule':
          return {
            lines: [`import OpenAI from 'openai';`, `import { AzureOpenAI } from 'openai/azure';`],
            openai: 'OpenAI',
            azure: 'AzureOpenAI',
            type: 'OpenAI',
            bindings: ['OpenAI', 'AzureOpenAI'],
          };
        default:
          return { lines: [`import OpenAI, { AzureOpenAI } from 'openai';`], openai: 'OpenAI', azure: 'AzureOpenAI', type: 'OpenAI', bindings: ['OpenAI', 'AzureOpenAI'] };
      }
    }
    const style = rng.weighted([
      [4, 'default'],
      [3, 'named'],
      [2, 'renamed'],
      [2, 'namespace'],
    ]);
    switch (style) {
      case 'named':
        return { lines: [`const { OpenAI } = require('openai');`, `const { AzureOpenAI } = require('openai');`], openai: 'OpenAI', azure: 'AzureOpenAI', type: 'OpenAI', bindings: ['OpenAI', 'AzureOpenAI'] };
      case 'renamed':
        return {
          lines: [`const { OpenAI: ${renamedOpenAI}, AzureOpenAI: ${renamedAzure} } = require('openai');`],
          openai: renamedOpenAI,
          azure: renamedAzure,
          type: renamedOpenAI,
          bindings: [renamedOpenAI, renamedAzure],
        };
      case 'namespace':
        return { lines: [`const ${namespace} = require('openai');`], openai: `${namespace}.OpenAI`, azure: `${namespace}.AzureOpenAI`, type: `${namespace}.OpenAI`, bindings: [namespace] };
      default:
        // `OpenAI.AzureOpenAI` works too: the CommonJS export is the client class with the others as members.
        return { lines: [`const OpenAI = require('openai');`, `const { AzureOpenAI } = require('openai');`], openai: 'OpenAI', azure: 'AzureOpenAI', type: 'OpenAI', bindings: ['OpenAI', 'AzureOpenAI'], azureMember: true };
    }
  }

  // --- comments --------------------------------------------------------------------------------

  block() {
    return `/* fz${++this.comments} */`;
  }

  line() {
    return `// fz${++this.comments}`;
  }

  /** A block comment with a space after it, at the comment rate (or nothing). */
  maybeBlock(after = ' ') {
    return this.rng.chance(this.commentRate) ? `${this.block()}${after}` : '';
  }

  /** A block comment with a space before it, at the comment rate (or nothing). */
  maybeBlockAfter() {
    return this.rng.chance(this.commentRate) ? ` ${this.block()}` : '';
  }

  /** A line or block comment that ends a line (the caller writes the newline). */
  maybeEndOfLine() {
    if (!this.rng.chance(this.commentRate)) return '';
    return ` ${this.rng.chance(0.5) ? this.line() : this.block()}`;
  }

  str(text) {
    if (this.rng.chance(0.08)) return `\`${text.replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${').replaceAll('\n', '\\n')}\``;
    return q(text, this.rng.chance(0.15) ? (this.quote === '"' ? "'" : '"') : this.quote);
  }

  // --- emission --------------------------------------------------------------------------------

  emit(value, indent, multiline) {
    switch (value.t) {
      case 'raw':
        return value.text;
      case 'obj':
        return this.emitObject(value, indent, multiline) + (value.after ?? '');
      case 'arr':
        return this.emitArray(value, indent, multiline);
      case 'cond':
        return `${this.emit(guard(value.test), indent, false)} ? ${this.emit(guard(value.a), indent, multiline)} : ${this.emit(guard(value.b), indent, multiline)}`;
      case 'logical':
        return `${this.emit(guard(value.a), indent, multiline)} ${value.op} ${this.emit(guard(value.b), indent, multiline)}`;
      case 'suffix':
        return `${this.emit(guard(value.inner), indent, multiline)}${value.text}`;
      case 'prefix':
        return `${value.text}${this.emit(guard(value.inner), indent, multiline)}`;
      case 'paren':
        return `(${this.emit(value.inner, indent, multiline)})`;
      case 'spread':
        return `...${this.emit(value.value, indent, multiline)}`;
      default:
        throw new Error(`generator: unknown value ${value.t}`);
    }
  }

  emitKey(member) {
    const { key } = member;
    const style = member.keyStyle ?? 'ident';
    const identifier = /^[A-Za-z_$][\w$]*$/.test(key);
    if (/^\d+$/.test(key) && style === 'ident') return key;
    if (style === 'string' || !identifier) return q(key, this.quote);
    if (style === 'computed') return `[${q(key, this.quote)}]`;
    if (style === 'template') return `[\`${key}\`]`;
    if (style === 'variable') return `[${member.keyVariable}]`;
    return key;
  }

  emitMember(member, indent, multiline) {
    switch (member.t) {
      case 'prop': {
        if (member.shorthand) return member.key;
        const key = this.emitKey(member);
        return `${key}${this.maybeBlockAfter()}: ${this.maybeBlock()}${this.emit(member.value, indent, multiline)}`;
      }
      case 'spread':
        return `...${this.maybeBlock()}${this.emit(member.value, indent, multiline)}`;
      case 'getter':
        return `get ${member.key}() { return ${this.emit(member.value, indent, false)}; }`;
      case 'method':
        return `${member.key}() { return ${this.emit(member.value, indent, false)}; }`;
      default:
        throw new Error(`generator: unknown member ${member.t}`);
    }
  }

  emitObject(value, indent, multilineAllowed) {
    const { members } = value;
    if (members.length === 0) return this.rng.chance(this.commentRate) ? `{ ${this.block()} }` : '{}';
    const multiline = multilineAllowed && (value.multiline ?? this.rng.chance(0.55));
    const trailingComma = this.rng.chance(0.4);
    if (!multiline) {
      const parts = members.map((m) => `${this.maybeBlock()}${this.emitMember(m, indent, false)}${this.maybeBlockAfter()}`);
      return `{ ${parts.join(', ')}${trailingComma ? ',' : ''}${this.maybeBlockAfter()} }`;
    }
    const inner = indent + this.unit;
    const lines = [];
    members.forEach((member, i) => {
      if (this.rng.chance(this.commentRate)) lines.push(`${inner}${this.rng.chance(0.5) ? this.line() : this.block()}`);
      let text = `${inner}${this.maybeBlock()}${this.emitMember(member, inner, true)}`;
      if (i < members.length - 1 || trailingComma) text += `${this.maybeBlockAfter()},`;
      text += this.maybeEndOfLine();
      lines.push(text);
    });
    if (this.rng.chance(this.commentRate)) lines.push(`${inner}${this.rng.chance(0.5) ? this.line() : this.block()}`);
    return `{\n${lines.join('\n')}\n${indent}}`;
  }

  emitArray(value, indent, multilineAllowed) {
    const { items } = value;
    if (items.length === 0) return '[]';
    const multiline = multilineAllowed && items.length > 1 && this.rng.chance(0.3);
    const trailingComma = this.rng.chance(0.3);
    if (!multiline) {
      const parts = items.map((item) => `${this.maybeBlock()}${this.emit(item, indent, false)}`);
      return `[${parts.join(', ')}${trailingComma ? ',' : ''}]`;
    }
    const inner = indent + this.unit;
    const lines = items.map((item, i) => {
      let text = `${inner}${this.emit(item, inner, true)}`;
      if (i < items.length - 1 || trailingComma) text += ',';
      return text + this.maybeEndOfLine();
    });
    return `[\n${lines.join('\n')}\n${indent}]`;
  }

  // --- module-level declarations (collected lazily) --------------------------------------------

  /** `FzModels.M3` (TS enum) or `FZ_MODELS.m3` (const object) standing for a string. */
  namedString(kind, text) {
    if (this.ts && !this.snippet && this.rng.chance(0.5)) {
      const name = this.open(this.enums, kind === 'model' ? 'FzModel' : kind === 'effort' ? 'FzEffort' : 'FzFormat');
      const members = this.enums.get(name);
      const member = `${kind[0].toUpperCase()}${members.size + 1}`;
      members.set(member, this.str(text));
      return this.rng.chance(0.85) ? `${name}.${member}` : `${name}[${q(member, this.quote)}]`;
    }
    return this.constMember(kind === 'model' ? 'FZ_MODELS' : kind === 'effort' ? 'FZ_EFFORTS' : 'FZ_VALUES', this.str(text));
  }

  /** A member of a module-level const object holding `valueText`. */
  constMember(baseName, valueText) {
    const objectName = this.open(this.constObjects, baseName);
    const members = this.constObjects.get(objectName);
    const key = `k${members.size + 1}`;
    members.set(key, valueText);
    const access = this.rng.pick(['dot', 'dot', 'dot', 'bracket', 'optional']);
    if (access === 'bracket') return `${objectName}[${q(key, this.quote)}]`;
    if (access === 'optional') return `${objectName}?.${key}`;
    return `${objectName}.${key}`;
  }

  /**
   * The name of a declaration in `declarations` (enum or const object) with room for another member:
   * `base`, else `base2`, ... (at most 8 members each, as in real code; it keeps big files linear).
   */
  open(declarations, base) {
    for (let i = 1; ; i++) {
      const name = i === 1 ? base : `${base}${i}`;
      const members = declarations.get(name);
      if (!members) {
        declarations.set(name, new Map());
        return name;
      }
      if (members.size < 8) return name;
    }
  }

  /** A module-level `const NAME = value` (a string or number used by reference). */
  moduleConst(prefixName, valueText) {
    const name = this.module.fresh(prefixName);
    this.moduleConsts.push(`const ${name} = ${valueText}${this.ts && this.rng.chance(0.3) ? ' as const' : ''};`);
    return name;
  }

  /** The client variable of a kind, declared once at module level. */
  client(kind) {
    let name = this.clients.get(kind);
    if (name) return name;
    const preferred = {
      openai: 'client',
      azure: 'azure',
      azureTemplate: 'azureByUrl',
      alias: 'llm',
      compatible: 'groq',
      official: 'official',
      env: 'envClient',
      reassigned: 'reassigned',
      frozen: 'wrapped',
    }[kind];
    name = this.module.fresh(preferred);
    this.clients.set(kind, name);
    return name;
  }

  clientDeclaration(kind, name) {
    const newOpenAI = (args) => `new ${this.openaiCallee()}(${args})`;
    switch (kind) {
      case 'openai':
        return `const ${name} = ${newOpenAI(this.rng.chance(0.3) ? `{ apiKey: process.env.OPENAI_API_KEY }` : '')};`;
      case 'azure':
        return `const ${name} = new ${this.imports.azureMember && this.rng.chance(0.5) ? 'OpenAI.AzureOpenAI' : this.imports.azure}({ endpoint: 'https://fz.openai.azure.com', apiVersion: '2024-10-21' });`;
      case 'azureTemplate':
        // An Azure host in a template literal: the static parts name the host.
        return `const ${name} = ${newOpenAI(`{ baseURL: \`https://\${process.env.FZ_RESOURCE}.openai.azure.com/openai/deployments/\${process.env.FZ_DEPLOYMENT}\` }`)};`;
      case 'alias':
        // Another name for a client declared above it (`pickClient` declares the target first).
        return `const ${name} = ${this.clients.get(this.aliasTarget)};`;
      case 'compatible':
        return `const ${name} = ${newOpenAI(`{ baseURL: ${this.str(this.rng.pick(['https://api.groq.com/openai/v1', 'http://localhost:11434/v1', 'https://openrouter.ai/api/v1']))} }`)};`;
      case 'official':
        return `const ${name} = ${newOpenAI(`{ baseURL: 'https://api.openai.com/v1' }`)};`;
      case 'env':
        return `const ${name} = ${newOpenAI('{ baseURL: process.env.OPENAI_BASE_URL }')};`;
      case 'reassigned':
        return `let ${name} = ${newOpenAI('')};\n${name} = ${newOpenAI(`{ baseURL: 'http://localhost:8080/v1' }`)};`;
      case 'frozen':
        return `const ${name} = Object.freeze(${newOpenAI('')});`;
      default:
        throw new Error(kind);
    }
  }

  openaiCallee() {
    return this.imports.openai;
  }

  helper(name) {
    this.helpers.add(name);
    return name;
  }

  // --- values ------------------------------------------------------------------------------------

  modelName() {
    const { rng } = this;
    const base = rng.pick(this.models).name;
    return rng.weighted([
      [60, () => base],
      [10, () => `${base}${rng.pick(SNAPSHOT_SUFFIXES)}`],
      [8, () => `ft:${base}:acme::fz${rng.int(100, 999)}`],
      [4, () => `ft:${base}${rng.pick(SNAPSHOT_SUFFIXES)}:org:name:id${rng.int(1, 9)}`],
      [10, () => rng.pick(UNKNOWN_MODELS)],
    ])();
  }

  /** A value tree for a string, in any of the forms the analysis resolves (and some it does not). */
  stringValue(kind, text, alternatives) {
    const { rng } = this;
    return rng.weighted([
      [60, () => raw(this.str(text))],
      [8, () => raw(this.namedString(kind, text))],
      [6, () => raw(this.moduleConst(kind === 'model' ? 'DEFAULT_MODEL' : kind === 'effort' ? 'EFFORT' : 'VALUE', this.str(text)))],
      [8, () => cond(raw('cond'), raw(this.str(text)), raw(this.str(alternatives())))],
      [5, () => logical(rng.pick(['??', '||']), raw(`opts.${kind}`), raw(this.str(text)))],
      [4, () => raw(rng.chance(0.5) ? `opts.${kind}` : `process.env.FZ_${kind.toUpperCase()}`)],
      [3, () => (text.length > 2 ? raw(`${this.str(text.slice(0, 2))} + ${this.str(text.slice(2))}`) : raw(this.str(text)))],
      [3, () => (text.length > 2 ? raw(`\`${text.slice(0, 1)}\${${q(text.slice(1), "'")}}\``) : raw(this.str(text)))],
      [2, () => raw(rng.pick(['42', 'null', 'undefined', 'void 0', 'true']))],
    ])();
  }

  modelValue() {
    if (this.classModel && this.rng.chance(0.3)) return raw(this.classModel);
    return this.stringValue('model', this.modelName(), () => this.modelName());
  }

  effortName() {
    return this.rng.chance(0.92) ? this.rng.pick(EFFORTS) : this.rng.pick(['extreme', 'HIGH', 'auto']);
  }

  effortValue() {
    return this.stringValue('effort', this.effortName(), () => this.effortName());
  }

  numberValue(choices) {
    const { rng } = this;
    const n = rng.pick(choices);
    return rng.weighted([
      [75, () => raw(String(n))],
      [5, () => raw(this.moduleConst('FZ_NUMBER', String(n)))],
      [5, () => raw(this.constMember('FZ_NUMBERS', String(n)))],
      [6, () => cond(raw('cond'), raw(String(n)), raw(String(rng.pick(choices))))],
      [5, () => logical('??', raw('opts.n'), raw(String(n)))],
      [4, () => raw(rng.pick(['opts.value', 'Number(opts.value)', `${n} * 1`, `-${Math.abs(n)}`, `'${n}'`]))],
    ])();
  }

  boolValue() {
    const { rng } = this;
    return rng.weighted([
      [70, () => raw(rng.chance(0.75) ? 'true' : 'false')],
      [10, () => raw('cond')],
      [6, () => raw(this.moduleConst('FZ_FLAG', 'true'))],
      [6, () => cond(raw('cond'), raw('true'), raw('false'))],
      [4, () => logical('&&', raw('cond'), raw('true'))],
      [4, () => raw(rng.pick(['!0', '!!opts.flag', '1', 'undefined', 'null']))],
    ])();
  }

  schemaValue() {
    const { rng } = this;
    return rng.weighted([
      [
        6,
        () =>
          obj([
            prop('type', raw(this.str('object'))),
            prop('properties', obj([prop('answer', obj([prop('type', raw(this.str('string')))]))])),
            prop('required', arr([raw(this.str('answer'))])),
            prop('additionalProperties', raw('false')),
          ]),
      ],
      [2, () => raw(this.moduleConst('answerSchema', "{ type: 'object', properties: {} }"))],
      [2, () => raw('opts.schema')],
    ])();
  }

  /** A `json_schema` object (Chat's nested form), sometimes without `name`. */
  jsonSchemaObject() {
    const members = [];
    if (this.rng.chance(0.8)) members.push(prop('name', raw(this.str('answer'))));
    if (this.rng.chance(0.9)) members.push(prop('schema', this.schemaValue()));
    if (this.rng.chance(0.5)) members.push(prop('strict', raw('true')));
    return obj(this.rng.shuffle(members));
  }

  formatType() {
    const { rng } = this;
    return rng.weighted([
      [30, () => rng.pick(['text', 'json_object', 'json_schema'])],
      [10, () => rng.pick(['json', 'JSON', 'json-object', 'jsonObject', 'jsonschema', 'json_schema ', 'object', 'xml', 'Text'])],
    ])();
  }

  typeValue() {
    const type = this.formatType();
    return this.stringValue('format', type, () => this.formatType());
  }

  /** Chat `response_format`, in every valid and invalid shape. */
  responseFormatValue() {
    const { rng } = this;
    return rng.weighted([
      [10, () => obj([prop('type', raw(this.str(rng.pick(['text', 'json_object']))))])],
      [10, () => obj([prop('type', raw(this.str('json_schema'))), prop('json_schema', this.jsonSchemaObject())])],
      [10, () => obj([prop('type', this.typeValue())])],
      [6, () => obj([prop('type', this.typeValue()), prop('json_schema', this.jsonSchemaObject())])],
      [6, () => raw(this.str(rng.pick(['json_object', 'json', 'text', 'yaml', 'json_schema'])))],
      [4, () => obj([])],
      [4, () => obj([prop('json_schema', this.jsonSchemaObject())])],
      [4, () => obj([prop('type', raw(this.str('json_schema')))])],
      [
        6,
        () =>
          obj(
            rng.shuffle([
              prop('type', raw(this.str('json_schema'))),
              prop('name', raw(this.str('answer'))),
              prop('schema', this.schemaValue()),
              ...(rng.chance(0.5) ? [prop('strict', raw('true'))] : []),
            ]),
          ),
      ],
      [3, () => raw(`${this.helper('zodResponseFormat')}(${this.helper('AnswerSchema')}, 'answer')`)],
      [3, () => raw(rng.pick(['opts.format', 'null', 'undefined']))],
      [3, () => cond(raw('cond'), obj([prop('type', raw(this.str('json')))]), obj([prop('type', raw(this.str('json_object')))]))],
      [2, () => obj([prop('type', raw(this.str('json_object')))], { after: this.ts ? ' as const' : '' })],
    ])();
  }

  /** Responses `text.format`. */
  textFormatValue() {
    const { rng } = this;
    return rng.weighted([
      [10, () => obj([prop('type', raw(this.str(rng.pick(['text', 'json_object']))))])],
      [
        10,
        () =>
          obj(
            rng.shuffle([
              prop('type', raw(this.str('json_schema'))),
              ...(rng.chance(0.8) ? [prop('name', raw(this.str('answer')))] : []),
              prop('schema', this.schemaValue()),
              ...(rng.chance(0.5) ? [prop('strict', raw('true'))] : []),
            ]),
          ),
      ],
      [8, () => obj([prop('type', this.typeValue())])],
      [6, () => obj([prop('type', raw(this.str('json_schema'))), prop('json_schema', this.jsonSchemaObject())])],
      [3, () => obj([prop('type', raw(this.str('json_schema')))])],
      [3, () => raw(`${this.helper('zodTextFormat')}(${this.helper('AnswerSchema')}, 'answer')`)],
      [2, () => raw('opts.format')],
    ])();
  }

  textValue() {
    const members = [];
    if (this.rng.chance(0.85)) members.push(prop('format', this.textFormatValue()));
    if (this.rng.chance(0.3)) members.push(prop('verbosity', raw(this.str(this.rng.pick(['low', 'medium', 'high'])))));
    return obj(this.rng.shuffle(members));
  }

  includeValue() {
    const { rng } = this;
    const logprobs = this.str('message.output_text.logprobs');
    return rng.weighted([
      [8, () => arr([raw(logprobs)])],
      [6, () => arr(rng.shuffle([raw(logprobs), raw(this.str('reasoning.encrypted_content'))]))],
      [3, () => arr([cond(raw('cond'), raw(logprobs), raw(this.str('file_search_call.results')))])],
      [3, () => arr([spread(raw('opts.include')), raw(logprobs)])],
      [3, () => arr([])],
      [2, () => raw('opts.include')],
      [2, () => arr([raw(this.str('reasoning.encrypted_content'))])],
    ])();
  }

  messagesValue() {
    const { rng } = this;
    return rng.weighted([
      [8, () => arr([obj([prop('role', raw(this.str('user'))), prop('content', raw(this.str('Hello')))])])],
      [3, () => arr([obj([prop('role', raw(this.str('system'))), prop('content', raw(this.str('Reply in JSON.')))]), obj([prop('role', raw(this.str('user'))), prop('content', raw('opts.text'))])])],
      [2, () => raw('opts.messages')],
      [1, () => arr([])],
    ])();
  }

  toolsValue(api) {
    const { rng } = this;
    const fn =
      api === 'chat'
        ? obj([prop('type', raw(this.str('function'))), prop('function', obj([prop('name', raw(this.str('lookup'))), prop('parameters', obj([prop('type', raw(this.str('object')))]))]))])
        : obj([prop('type', raw(this.str(rng.pick(['web_search', 'function'])))), prop('name', raw(this.str('lookup')))]);
    return rng.weighted([
      [6, () => arr([fn])],
      [3, () => arr([])],
      [2, () => raw('opts.tools')],
      [1, () => arr([spread(raw('opts.tools'))])],
    ])();
  }

  /** The value generators of each parameter, per API. */
  paramValue(api, name) {
    const { rng } = this;
    switch (name) {
      case 'model':
        return this.modelValue();
      case 'messages':
        return this.messagesValue();
      case 'input':
        return rng.chance(0.6) ? raw(this.str('Hello')) : this.messagesValue();
      case 'instructions':
        return raw(this.str('Be brief.'));
      case 'reasoning_effort':
        return this.effortValue();
      case 'reasoning': {
        const members = [];
        if (rng.chance(0.85)) members.push(prop('effort', this.effortValue()));
        if (rng.chance(0.3)) members.push(prop('summary', raw(this.str('auto'))));
        return rng.chance(0.1) ? raw('opts.reasoning') : obj(rng.shuffle(members));
      }
      case 'logprobs':
        return this.boolValue();
      case 'top_logprobs':
        return this.numberValue([0, 1, 2, 5, 10, 20]);
      case 'temperature':
        return this.numberValue([0, 0.2, 0.7, 1, 1.0, 1.5, 2]);
      case 'top_p':
        return this.numberValue([0.1, 0.5, 0.9, 1]);
      case 'presence_penalty':
      case 'frequency_penalty':
        return this.numberValue([-1, 0, 0.5, 1, 2]);
      case 'stop':
        return rng.weighted([
          [4, () => raw(this.str('\n'))],
          [4, () => arr([raw(this.str('END')), raw(this.str('STOP'))])],
          [1, () => raw('null')],
          [1, () => arr([])],
          [1, () => raw('opts.stop')],
        ])();
      case 'logit_bias':
        return rng.chance(0.85) ? obj([prop(String(rng.int(1, 50000)), raw(String(rng.pick([-100, -1, 1, 100]))), { keyStyle: rng.pick(['ident', 'string']) })]) : raw('opts.bias');
      case 'max_tokens':
      case 'max_completion_tokens':
      case 'max_output_tokens':
        return this.numberValue([16, 256, 1024, 4096]);
      case 'n':
        return this.numberValue([1, 2, 3]);
      case 'prediction':
        return rng.chance(0.8)
          ? obj([prop('type', raw(this.str('content'))), prop('content', rng.chance(0.7) ? raw(this.str('const x = 1;')) : arr([obj([prop('type', raw(this.str('text'))), prop('text', raw('opts.code'))])]))])
          : raw('opts.prediction');
      case 'tools':
        return this.toolsValue(api);
      case 'tool_choice':
        return raw(this.str(rng.pick(['auto', 'none', 'required'])));
      case 'parallel_tool_calls':
      case 'stream':
      case 'store':
        return this.boolValue();
      case 'stream_options':
        return obj([prop('include_usage', raw('true'))]);
      case 'modalities':
        return rng.chance(0.5) ? arr([raw(this.str('text')), raw(this.str('audio'))]) : arr([raw(this.str('text'))]);
      case 'audio':
        return obj([prop('voice', raw(this.str('alloy'))), prop('format', raw(this.str('wav')))]);
      case 'response_format':
        return this.responseFormatValue();
      case 'text':
        return this.textValue();
      case 'include':
        return this.includeValue();
      case 'seed':
        return raw(String(rng.int(0, 99999)));
      case 'user':
      case 'previous_response_id':
        return raw('opts.id');
      case 'metadata':
        return obj([prop('run', raw(this.str('fuzz')))]);
      case 'service_tier':
        return raw(this.str(rng.pick(['auto', 'flex', 'default'])));
      case 'truncation':
        return raw(this.str('auto'));
      case 'verbosity':
        return raw(this.str(rng.pick(['low', 'high'])));
      default:
        throw new Error(`generator: no value for ${name}`);
    }
  }

  /** Random modifiers around a value: `as const`, `!`, parentheses, `<any>`. */
  modify(value) {
    const { rng } = this;
    if (!rng.chance(this.modifierRate)) return value;
    const literal = value.t === 'raw' && /^(['"`]|-?\d|true$|false$)/.test(value.text);
    const options = [[3, () => paren(value)]];
    if (this.ts) {
      if (literal || value.t === 'obj' || value.t === 'arr') options.push([4, () => suffix(value, ' as const')]);
      options.push([2, () => suffix(value, '!')], [2, () => suffix(value, ' as any')], [1, () => prefix('<any>', value)]);
    }
    return rng.weighted(options)();
  }

  // --- request bodies ----------------------------------------------------------------------------

  /** The parameters of one request: `[name, value tree]`, in a random order with `model` first more often than not. */
  requestParams(api) {
    const { rng } = this;
    const chat = [
      'reasoning_effort', 'logprobs', 'top_logprobs', 'temperature', 'top_p', 'presence_penalty', 'frequency_penalty', 'stop',
      'logit_bias', 'max_tokens', 'max_completion_tokens', 'n', 'prediction', 'tools', 'tool_choice', 'modalities', 'audio',
      'response_format', 'stream', 'stream_options', 'seed', 'user', 'metadata', 'store', 'parallel_tool_calls', 'service_tier',
      'verbosity',
    ];
    const responses = [
      'instructions', 'reasoning', 'temperature', 'top_p', 'top_logprobs', 'include', 'max_output_tokens', 'text', 'tools', 'stream',
      'store', 'previous_response_id', 'truncation', 'parallel_tool_calls', 'tool_choice', 'metadata',
    ];
    const own = api === 'chat' ? chat : responses;
    const other = api === 'chat' ? responses : chat;
    const names = [];
    if (rng.chance(0.92)) names.push('model');
    if (rng.chance(0.8)) names.push(api === 'chat' ? 'messages' : 'input');
    const count = rng.weighted([
      [2, 0],
      [5, 1],
      [6, 2],
      [5, 3],
      [3, 4],
      [2, 6],
      [1, 9],
    ]);
    for (let i = 0; i < count; i++) {
      const name = rng.chance(0.04) ? rng.pick(other) : rng.pick(own);
      if (!names.includes(name) || rng.chance(0.03)) names.push(name);
    }
    const ordered = rng.chance(0.6) ? names : rng.shuffle(names);
    return ordered.map((name) => [name, this.modify(this.paramValue(api, name))]);
  }

  /** Members for the parameters, some as shorthand (declaring a const in `scope`), computed keys, getters. */
  members(params, scope, prelude) {
    const { rng } = this;
    return params.map(([name, value]) => {
      const roll = rng.next();
      if (roll < 0.06 && /^[a-z_]+$/.test(name) && name !== 'input') {
        // Shorthand: `const temperature = 0.2; ... { temperature }` (a free name, else reuse).
        if (!scope.has(name)) {
          scope.names.add(name);
          prelude.push(`const ${name} = ${this.emit(value, '', false)};`);
        }
        return prop(name, value, { shorthand: true });
      }
      if (roll < 0.1) return prop(name, value, { keyStyle: rng.pick(['string', 'computed', 'template']) });
      if (roll < 0.12) {
        const variable = scope.fresh(`${name.replaceAll('_', '')}Key`);
        prelude.push(`const ${variable} = ${q(name, this.quote)};`);
        return prop(name, value, { keyStyle: 'variable', keyVariable: variable });
      }
      if (roll < 0.13) return { t: 'getter', key: name, value };
      if (roll < 0.135) return { t: 'method', key: name, value };
      return prop(name, value);
    });
  }

  /**
   * Arrange the parameters into the body of one or two calls. Returns the argument texts (one per
   * call) after pushing the declarations they need to `prelude`.
   */
  bodies(api, scope, prelude, indent, callCount) {
    const { rng } = this;
    if (rng.chance(this.pathRate)) return this.pathBodies(api, scope, prelude, indent, callCount);
    const params = this.requestParams(api);
    let members = this.members(params, scope, prelude);

    // Conditional spreads of some members: `...(cond ? { a } : {})`, `...(cond && { a })`.
    if (members.length > 1 && rng.chance(0.25)) {
      const index = rng.int(0, members.length - 1);
      const [moved] = members.splice(index, 1);
      const inner = obj([moved], { multiline: false });
      const form = rng.pick(['ternary', 'and', 'both']);
      let argument;
      if (form === 'ternary') argument = cond(raw('cond'), inner, obj([]));
      else if (form === 'and') argument = logical('&&', raw('cond'), inner);
      else {
        const [name] = params[Math.min(index, params.length - 1)];
        argument = cond(raw('cond'), inner, obj([prop(name, this.paramValue(api, name))], { multiline: false }));
      }
      members.splice(rng.int(0, members.length), 0, spread(paren(argument)));
    }
    // An unknown spread.
    if (rng.chance(0.08)) members.splice(rng.int(0, members.length), 0, spread(raw(rng.pick(['opts', 'opts.extra', `${this.helper('loadDefaults')}()`]))));

    // A base object spread into the body, used once or by every call.
    if (members.length > 1 && rng.chance(0.25)) {
      const cut = rng.int(1, members.length - 1);
      const baseMembers = members.slice(0, cut);
      members = members.slice(cut);
      const base = scope.fresh(rng.pick(['base', 'defaults', 'common']));
      const annotation = this.ts && rng.chance(0.2) ? ': Record<string, unknown>' : '';
      prelude.push(`const ${base}${annotation} = ${this.emit(this.wrapObject(obj(baseMembers)), indent, true)};`);
      members.unshift(spread(raw(base)));
    }

    const body = this.wrapObject(obj(members));
    const shape = rng.weighted([
      [60, 'inline'],
      [20, 'const'],
      [6, 'ternary'],
      [4, 'nullish'],
      [3, 'mutated'],
      [2, 'assigned'],
    ]);
    switch (shape) {
      case 'inline':
        // With two calls, the same literal is written at each (spreading one shared base, if any).
        return Array.from({ length: callCount }, () => this.emit(body, indent, true));
      case 'ternary': {
        const other = this.wrapObject(obj(this.members(this.requestParams(api), scope, prelude)));
        return Array.from({ length: callCount }, () => this.emit(cond(raw('cond'), body, other), indent, true));
      }
      case 'nullish': {
        return Array.from({ length: callCount }, () => this.emit(logical('??', raw('opts.body'), body), indent, true));
      }
      default: {
        const name = scope.fresh(rng.pick(['body', 'params', 'request']));
        const annotation = this.ts && rng.chance(0.2) ? `: ${this.imports.type}.${api === 'chat' ? 'ChatCompletionCreateParams' : 'Responses.ResponseCreateParams'}` : '';
        const keyword = shape === 'const' ? 'const' : 'let';
        prelude.push(`${keyword} ${name}${annotation} = ${this.emit(body, indent, true)};`);
        if (shape === 'mutated') {
          const [name2] = rng.pick(params.length > 0 ? params : [['temperature']]);
          prelude.push(
            rng.pick([`${name}.${name2} = opts.value;`, `delete ${name}.${name2};`, `Object.assign(${name}, opts.extra);`, `${name}['temperature'] = 0.5;`]),
          );
        }
        if (shape === 'assigned') prelude.push(`${name} = { ...${name}, ...opts.extra };`);
        return Array.from({ length: callCount }, () => name);
      }
    }
  }

  /** `{...} as const` / `satisfies` / parenthesised, sometimes. */
  wrapObject(value) {
    const { rng } = this;
    if (!this.ts || !rng.chance(this.modifierRate)) return value;
    return rng.pick([
      () => suffix(value, ' as const'),
      () => suffix(value, ' satisfies Record<string, unknown>'),
      () => suffix(value, ' as any'),
      () => paren(value),
    ])();
  }

  // --- request paths -----------------------------------------------------------------------------
  // Bodies whose shape depends on a branch or on code before the call: whole bodies chosen by a
  // condition, one condition in the model and in a conditional spread, guards over the model, writes
  // and `delete`s on the params object (also inside `if`, loops, callbacks and local functions),
  // arrays pushed to, `let`s assigned several times, `switch` and `if`/`else` chains, `for...of` over
  // models, `Object.assign({}, BASE, {...})`, local builders, destructuring with defaults, and class
  // fields. The analysis must follow each path, or give up on it; it must never crash.

  /** A model name that suits one side: a reasoning model (`o3`, `gpt-5`) or a chat model (`gpt-4.1`); sometimes any. */
  sideModel(reasoning) {
    const pool = reasoning ? this.reasoningModels : this.chatModels;
    return this.rng.chance(0.8) ? this.rng.pick(pool).name : this.modelName();
  }

  /**
   * A condition that takes the same side wherever it is read: the `cond` parameter, a local const
   * (declared here), or the same expression over `opts` again.
   */
  sameCondition(scope, prelude) {
    const { rng } = this;
    // Comparisons with a bigint or number literal (`opts.major === 5n`): only in fuzz programs, so the
    // benchmark's files (`generateSizedProgram`) stay the same.
    const literal = this.literalConditions ? [[1, () => rng.pick(['opts.major === 5n', 'opts.major !== 4n', 'opts.level === 2'])]] : [];
    return rng.weighted([
      ...literal,
      [4, () => 'cond'],
      [
        3,
        () => {
          const name = scope.fresh(rng.pick(['fast', 'cheap', 'useReasoning', 'streaming']));
          prelude.push(`const ${name} = ${rng.pick(['opts.fast === true', 'Boolean(opts.cheap)', '!!opts.flag', `opts.tier === ${this.str('fast')}`])};`);
          return name;
        },
      ],
      [2, () => rng.pick(['opts.fast', `opts.tier === ${this.str('fast')}`])],
    ])();
  }

  /**
   * Parameters that suit one kind of model (a reasoning model's or a chat model's), sometimes with
   * one of the other kind's (a request that fails on that path).
   */
  sideMembers(api, reasoning, exclude = []) {
    const { rng } = this;
    const chatSide = api === 'chat' ? ['max_tokens', 'temperature', 'logprobs', 'top_logprobs', 'top_p', 'presence_penalty'] : ['temperature', 'top_p', 'top_logprobs'];
    const reasoningSide = api === 'chat' ? ['max_completion_tokens', 'reasoning_effort'] : ['reasoning', 'max_output_tokens'];
    const own = (reasoning ? reasoningSide : chatSide).filter((name) => !exclude.includes(name));
    const names = rng.shuffle(own).slice(0, rng.int(1, Math.max(1, Math.min(2, own.length))));
    const other = (reasoning ? chatSide : reasoningSide).filter((name) => !exclude.includes(name) && !names.includes(name));
    if (other.length > 0 && rng.chance(0.2)) names.push(rng.pick(other));
    return names.map((name) => prop(name, this.modify(this.paramValue(api, name))));
  }

  /** The request's other parameters (no model, none of `exclude`), as members. */
  commonMembers(api, scope, prelude, exclude = []) {
    const params = this.requestParams(api).filter(([name]) => name !== 'model' && !exclude.includes(name));
    return this.members(params, scope, prelude);
  }

  /** `model: <expr>`, or `model` when the expression is a variable named `model`. */
  modelMember(expr) {
    return expr === 'model' && this.rng.chance(0.7) ? prop('model', raw('model'), { shorthand: true }) : prop('model', raw(expr));
  }

  /** A module-level `const NAME = new Set([...])` or array of reasoning models, declared once each. */
  modelCollection(kind) {
    const key = kind === 'set' ? 'reasoningSet' : 'reasoningList';
    if (!this[key]) {
      const names = this.rng.shuffle(this.reasoningModels).slice(0, this.rng.int(2, 4));
      const items = names.map((m) => q(m.name, this.quote)).join(', ');
      this[key] = this.module.fresh(kind === 'set' ? 'REASONING_MODELS' : 'FZ_REASONING');
      this.moduleConsts.push(kind === 'set' ? `const ${this[key]} = new Set([${items}]);` : `const ${this[key]} = [${items}]${this.ts && this.rng.chance(0.5) ? ' as const' : ''};`);
    }
    return this[key];
  }

  /**
   * A guard over the model expression `v`: `{ text, atom }`, where `atom` says it can be negated
   * without parentheses. `Set#has`, `startsWith`, a regular expression, `===`, `includes` over a
   * literal or a const array, an imported function, and `!`, `&&`, `||` over these.
   */
  guardOver(v, depth = 0) {
    const { rng } = this;
    const model = () => this.str(this.sideModel(rng.chance(0.6)));
    const atom = (text) => ({ text, atom: true });
    return rng.weighted([
      [4, () => atom(`${this.modelCollection('set')}.has(${v})`)],
      [3, () => atom(`${v}.startsWith(${this.str(rng.pick(['o', 'gpt-5', 'o3', 'gpt-4']))})`)],
      [3, () => atom(`${rng.pick(['/^o\\d/', '/^(o\\d|gpt-5)/', '/mini$/'])}.test(${v})`)],
      [3, () => ({ text: `${v} ${rng.pick(['===', '!=='])} ${model()}`, atom: false })],
      [3, () => atom(`[${[model(), model()].join(', ')}].includes(${v})`)],
      [2, () => atom(`${this.modelCollection('list')}.includes(${v})`)],
      [2, () => atom(`${this.helper('isReasoning')}(${v})`)],
      [depth === 0 ? 2 : 0, () => ({ text: this.negate(this.guardOver(v, 1)), atom: true })],
      [depth === 0 ? 2 : 0, () => ({ text: `${this.guardOver(v, 1).text} && ${this.guardOver(v, 1).text}`, atom: false })],
      [depth === 0 ? 2 : 0, () => ({ text: `${this.guardOver(v, 1).text} || ${this.guardOver(v, 1).text}`, atom: false })],
    ])();
  }

  negate(guard) {
    return guard.atom ? `!${guard.text}` : `!(${guard.text})`;
  }

  /**
   * The model as a variable, declared in `prelude` by one of the shapes the analysis resolves (or
   * not): returns `{ expr, test }`, the expression to put in the body and, for a ternary, its test.
   * `loop` allows a `for (const m of [...])` around the call (set in `this.loop`).
   */
  modelBinding(scope, prelude, { loop = false } = {}) {
    const { rng } = this;
    const u = this.unit;
    const m = (reasoning = rng.chance(0.5)) => this.str(this.sideModel(reasoning));
    const typed = this.ts && rng.chance(0.5) ? ': string' : '';
    const kind = rng.weighted([
      [3, 'const'],
      [3, 'ternary'],
      [3, 'letIf'],
      [2, 'letTwice'],
      [2, 'switch'],
      [2, 'ifElse'],
      [2, 'destructure'],
      [1, 'moduleLet'],
      [1, 'unknown'],
      [this.classModel ? 4 : 0, 'classField'],
      [loop ? 3 : 0, 'loop'],
    ]);
    if (kind === 'classField') return { expr: this.classModel, test: null };
    if (kind === 'moduleLet') {
      // A module `let` assigned in the file more than once.
      if (!this.moduleModel) {
        this.moduleModel = this.module.fresh('FZ_MODEL');
        const setter = this.module.fresh('fzUseModel');
        this.moduleConsts.push(`let ${this.moduleModel}${typed} = ${m()};`);
        const body = rng.chance(0.5) ? `${this.moduleModel} = fast ? ${m(false)} : ${m(true)};` : `${this.moduleModel} = ${m()};`;
        this.moduleConsts.push(`${this.esm && rng.chance(0.5) ? 'export ' : ''}function ${setter}(${this.ts ? 'fast: boolean' : 'fast'}) {\n${u}${body}\n}`);
      }
      return { expr: this.moduleModel, test: null };
    }
    if (kind === 'loop') {
      const variable = scope.fresh(rng.pick(['m', 'candidate', 'model']));
      const list = rng.weighted([
        [4, () => `[${Array.from({ length: rng.int(2, 3) }, () => m()).join(', ')}]`],
        [
          2,
          () => {
            const name = this.module.fresh('FZ_MODELS_TO_TRY');
            this.moduleConsts.push(`const ${name} = [${m(true)}, ${m(false)}]${this.ts && rng.chance(0.5) ? ' as const' : ''};`);
            return name;
          },
        ],
        [1, () => 'opts.models ?? []'],
      ])();
      // The loop holds everything from here on: later declarations may read the variable.
      this.loop = { header: `for (const ${variable} of ${list})`, mark: prelude.length };
      return { expr: variable, test: null };
    }
    const name = scope.fresh(rng.chance(0.7) ? 'model' : rng.pick(['chosenModel', 'modelName']));
    switch (kind) {
      case 'const':
        prelude.push(`const ${name}${typed} = ${m()};`);
        return { expr: name, test: null };
      case 'ternary': {
        const test = this.sameCondition(scope, prelude);
        prelude.push(`const ${name} = ${test} ? ${m(false)} : ${m(true)};`);
        return { expr: name, test };
      }
      case 'letIf': {
        const test = this.sameCondition(scope, prelude);
        prelude.push(rng.chance(0.5) ? `let ${name}${typed} = ${m()};\nif (${test}) ${name} = ${m()};` : `let ${name}${typed} = ${m()};\nif (${test}) {\n${u}${name} = ${m()};\n}`);
        return { expr: name, test: null };
      }
      case 'letTwice':
        prelude.push(rng.chance(0.5) ? `let ${name}${typed} = ${m()};\n${name} = ${m()};` : `let ${name}${typed};\n${name} = ${m()};`);
        return { expr: name, test: null };
      case 'switch': {
        const initial = rng.chance(0.5);
        const cases = [`case ${this.str('fast')}:\n${u}${name} = ${m(false)};\n${u}break;`, `case ${this.str('smart')}:\ncase ${this.str('deep')}:\n${u}${name} = ${m(true)};\n${u}break;`];
        if (!initial || rng.chance(0.5)) cases.push(`default:\n${u}${name} = ${m()};`);
        const body = cases.map((c) => `${u}${c.replaceAll('\n', `\n${u}`)}`).join('\n');
        prelude.push(`let ${name}${typed}${initial ? ` = ${m()}` : ''};\nswitch (opts.tier) {\n${body}\n}`);
        return { expr: name, test: null };
      }
      case 'ifElse': {
        const last = rng.chance(0.7) ? ` else {\n${u}${name} = ${m()};\n}` : '';
        prelude.push(
          `let ${name}${typed}${last ? '' : ` = ${m()}`};\nif (opts.tier === ${this.str('fast')}) {\n${u}${name} = ${m(false)};\n} else if (${rng.pick(['opts.deep', `opts.tier === ${this.str('smart')}`])}) {\n${u}${name} = ${m(true)};\n}${last}`,
        );
        return { expr: name, test: null };
      }
      case 'destructure': {
        const source = rng.chance(0.5) ? 'opts' : this.configObject();
        prelude.push(name === 'model' ? `const { model = ${m()} } = ${source};` : `const { model: ${name} = ${m()} } = ${source};`);
        return { expr: name, test: null };
      }
      default:
        prelude.push(`const ${name} = ${rng.pick([`opts.model${this.ts ? ' as string' : ''}`, `String(opts.model ?? ${m()})`, 'process.env.FZ_MODEL'])};`);
        return { expr: name, test: null };
    }
  }

  /**
   * A module-level type or interface with literal members (`type FzRequest = { model: 'o3'; ... }`),
   * what type-checked mode reads values from.
   */
  literalType(api) {
    const { rng } = this;
    const name = this.module.fresh(rng.pick(['FzRequest', 'ReasoningRequest']));
    const members = [`model: ${q(this.sideModel(rng.chance(0.5)), "'")}`, api === 'chat' ? 'messages: any[]' : 'input: string'];
    if (rng.chance(0.5)) members.push(api === 'chat' ? rng.pick(['logprobs: true', 'temperature: 0.2', "reasoning_effort: 'none'"]) : rng.pick(["reasoning: { effort: 'none' }", 'temperature: 0.2']));
    this.moduleConsts.push(rng.chance(0.5) ? `type ${name} = { ${members.join('; ')} };` : `interface ${name} {\n${members.map((m) => `${this.unit}${m};`).join('\n')}\n}`);
    return name;
  }

  /** A module-level config object to destructure from, with a model or without one (then the default applies). */
  configObject() {
    const name = this.module.fresh('FZ_CONFIG');
    const members = [];
    if (this.rng.chance(0.5)) members.push(`model: ${this.str(this.modelName())}`);
    if (this.rng.chance(0.5)) members.push(`temperature: ${this.rng.pick(['0.2', '1'])}`);
    this.moduleConsts.push(`const ${name} = { ${members.join(', ')} }${this.ts && this.rng.chance(0.5) ? ' as const' : ''};`);
    return name;
  }

  /** Argument texts (one per call) for a body in one of the path shapes; declarations go to `prelude`. */
  pathBodies(api, scope, prelude, indent, callCount) {
    const { rng } = this;
    const shape = rng.weighted([
      [3, 'whole'],
      [3, 'sameCondition'],
      [4, 'guard'],
      [4, 'writes'],
      [2, 'pushed'],
      [2, 'assign'],
      [2, 'destructure'],
      [3, 'modelVariable'],
    ]);
    const text = this[`${shape}Shape`](api, scope, prelude, indent, callCount);
    return Array.from({ length: callCount }, () => text);
  }

  /** `cond ? { model: 'o3', max_completion_tokens } : { model: 'gpt-4.1', max_tokens }`, inline, in a const, assigned by `if`/`else`, or returned by a local builder. */
  wholeShape(api, scope, prelude, indent) {
    const { rng } = this;
    const u = this.unit;
    const test = this.sameCondition(scope, prelude);
    const reasoningFirst = rng.chance(0.5);
    const sides = [reasoningFirst, !reasoningFirst].map((reasoning) => this.sideMembers(api, reasoning));
    const taken = sides.flat().map((member) => member.key);
    const common = this.commonMembers(api, scope, prelude, taken);
    const body = (i) => {
      const model = prop('model', raw(this.str(this.sideModel(i === 0 ? reasoningFirst : !reasoningFirst))));
      return this.wrapObject(obj([model, ...common, ...sides[i]]));
    };
    const form = rng.weighted([
      [4, 'inline'],
      [3, 'const'],
      [2, 'ifElse'],
      [2, 'builder'],
    ]);
    if (form === 'inline') return this.emit(cond(raw(test), body(0), body(1)), indent, true);
    const name = scope.fresh(rng.pick(['body', 'params', 'request']));
    if (form === 'const') {
      prelude.push(`const ${name} = ${this.emit(cond(raw(test), body(0), body(1)), '', true)};`);
      return name;
    }
    if (form === 'ifElse') {
      prelude.push(`let ${name}${this.ts ? ': any' : ''};\nif (${test}) {\n${u}${name} = ${this.emit(body(0), u, true)};\n} else {\n${u}${name} = ${this.emit(body(1), u, true)};\n}`);
      return name;
    }
    // A local function whose every `return` is a known object.
    const builder = scope.fresh(rng.pick(['buildRequest', 'makeBody']));
    const param = this.ts ? 'fast: boolean' : 'fast';
    const returns = rng.chance(0.5)
      ? `${u}if (fast) return ${this.emit(body(0), u, true)};\n${u}return ${this.emit(body(1), u, true)};`
      : `${u}return fast ? ${this.emit(body(0), u, true)} : ${this.emit(body(1), u, true)};`;
    prelude.push(rng.chance(0.5) ? `function ${builder}(${param}) {\n${returns}\n}` : `const ${builder} = (${param}) => {\n${returns}\n};`);
    if (rng.chance(0.6)) return `${builder}(${test})`;
    return this.emit(obj([spread(raw(`${builder}(${test})`)), ...this.sideMembers(api, rng.chance(0.5), taken).slice(0, 1)]), indent, true);
  }

  /** The same condition in the model and in conditional spreads or values: `model: fast ? a : b`, `...(fast ? { temperature } : {})`. */
  sameConditionShape(api, scope, prelude, indent) {
    const { rng } = this;
    const test = this.sameCondition(scope, prelude);
    const negated = rng.chance(0.2);
    // When `test` holds: a chat model (or a reasoning model, when negated).
    const notTest = /[\s=]/.test(test) ? `!(${test})` : `!${test}`;
    const chatModel = raw(this.str(this.sideModel(false)));
    const reasoningModel = raw(this.str(this.sideModel(true)));
    const model = prop('model', negated ? cond(raw(notTest), reasoningModel, chatModel) : cond(raw(test), chatModel, reasoningModel));
    const chatOnly = this.sideMembers(api, false);
    const reasoningOnly = this.sideMembers(api, true, chatOnly.map((member) => member.key));
    const linked = [];
    const form = rng.weighted([
      [4, 'spreadChat'],
      [3, 'spreadBoth'],
      [2, 'and'],
      [2, 'values'],
    ]);
    if (form === 'spreadChat') linked.push(spread(paren(cond(raw(test), obj(chatOnly, { multiline: false }), obj([])))));
    else if (form === 'spreadBoth') linked.push(spread(paren(cond(raw(test), obj(chatOnly, { multiline: false }), obj(reasoningOnly, { multiline: false })))));
    else if (form === 'and') linked.push(spread(paren(logical('&&', raw(test), obj(chatOnly, { multiline: false })))));
    else for (const member of chatOnly) linked.push(prop(member.key, cond(raw(test), member.value, raw('undefined'))));
    const taken = [...chatOnly, ...reasoningOnly].map((member) => member.key);
    if (api === 'chat' && rng.chance(0.35)) {
      // `stream: s ? true : false` with `stream_options: s ? {...} : undefined`.
      const s = rng.chance(0.5) ? test : this.sameCondition(scope, prelude);
      linked.push(prop('stream', cond(raw(s), raw('true'), raw('false'))), prop('stream_options', cond(raw(s), obj([prop('include_usage', raw('true'))], { multiline: false }), raw('undefined'))));
      taken.push('stream', 'stream_options');
    }
    const common = this.commonMembers(api, scope, prelude, taken);
    const members = [model, ...common];
    for (const member of linked) members.splice(rng.int(1, members.length), 0, member);
    return this.bodyIn(obj(members), api, scope, prelude, indent);
  }

  /** Guards over the model: `...(REASONING.has(model) ? {} : { temperature })`, `model.startsWith('o') && {...}`, an imported guard, ... */
  guardShape(api, scope, prelude, indent, callCount) {
    const { rng } = this;
    const binding = this.modelBinding(scope, prelude, { loop: callCount === 1 });
    const v = binding.expr;
    const reasoningOnly = this.sideMembers(api, true);
    const chatOnly = this.sideMembers(api, false, reasoningOnly.map((member) => member.key));
    const guarded = [];
    const count = rng.int(1, 2);
    for (let i = 0; i < count; i++) {
      const g = this.guardOver(v);
      const form = rng.weighted([
        [4, 'emptyOrChat'],
        [3, 'both'],
        [2, 'and'],
        [2, 'notAnd'],
        [2, 'value'],
        [1, 'variable'],
        [1, 'unrelated'],
      ]);
      const inline = (members) => obj(members, { multiline: false });
      if (form === 'emptyOrChat') guarded.push(spread(paren(cond(raw(g.text), obj([]), inline(chatOnly)))));
      else if (form === 'both') guarded.push(spread(paren(cond(raw(g.text), inline(reasoningOnly), inline(chatOnly)))));
      else if (form === 'and') guarded.push(spread(paren(logical('&&', raw(g.atom ? g.text : `(${g.text})`), inline(reasoningOnly)))));
      else if (form === 'notAnd') guarded.push(spread(paren(logical('&&', raw(this.negate(g)), inline(chatOnly)))));
      else if (form === 'value') for (const member of chatOnly) guarded.push(prop(member.key, cond(raw(g.text), raw('undefined'), member.value)));
      else if (form === 'variable') {
        const extra = scope.fresh('extra');
        prelude.push(`const ${extra} = ${g.text} ? {} : ${this.emit(inline(chatOnly), '', false)};`);
        guarded.push(spread(raw(extra)));
      } else {
        // A condition that reads nothing the verdict depends on: two known paths.
        guarded.push(spread(paren(cond(raw(rng.pick(['opts.debug', 'cond'])), inline(chatOnly), obj([])))));
      }
    }
    const taken = [...reasoningOnly, ...chatOnly].map((member) => member.key);
    const members = [this.modelMember(v), ...this.commonMembers(api, scope, prelude, taken)];
    for (const member of guarded) members.splice(rng.int(1, members.length), 0, member);
    return this.bodyIn(obj(members), api, scope, prelude, indent);
  }

  /** A body whose model comes from a variable: `let`s, `switch`, `if`/`else`, `for...of`, destructuring, class fields. */
  modelVariableShape(api, scope, prelude, indent, callCount) {
    const binding = this.modelBinding(scope, prelude, { loop: callCount === 1 });
    const side = this.sideMembers(api, this.rng.chance(0.5));
    const members = [this.modelMember(binding.expr), ...this.commonMembers(api, scope, prelude, side.map((member) => member.key)), ...side];
    return this.bodyIn(obj(members), api, scope, prelude, indent);
  }

  /** A body in the call (usually) or in a const before it. */
  bodyIn(body, api, scope, prelude, indent) {
    if (this.rng.chance(0.7)) return this.emit(this.wrapObject(body), indent, true);
    const name = this.scopeName(scope);
    prelude.push(`const ${name} = ${this.emit(this.wrapObject(body), '', true)};`);
    return name;
  }

  scopeName(scope) {
    return scope.fresh(this.rng.pick(['body', 'params', 'request']));
  }

  /**
   * Writes and `delete`s on the params object before the call: unconditional, inside `if`/`else`, a
   * loop or a callback, through a local function that receives the object, or an imported one.
   */
  writesShape(api, scope, prelude, indent, callCount) {
    const { rng } = this;
    const u = this.unit;
    const binding = rng.chance(0.4) ? this.modelBinding(scope, prelude, { loop: callCount === 1 }) : null;
    const side = this.sideMembers(api, rng.chance(0.5));
    const common = this.commonMembers(api, scope, prelude, side.map((member) => member.key));
    const model = binding ? this.modelMember(binding.expr) : prop('model', this.modelValue());
    const members = [model, ...common, ...side];
    const present = members.filter((member) => member.t === 'prop').map((member) => member.key);
    const name = this.scopeName(scope);
    const annotation = this.ts
      ? rng.weighted([
          [6, () => ''],
          [2, () => ': any'],
          [2, () => `: ${this.imports.type}.${api === 'chat' ? 'ChatCompletionCreateParams' : 'Responses.ResponseCreateParams'}`],
          [1, () => `: ${this.literalType(api)}`],
        ])()
      : '';
    prelude.push(`${rng.chance(0.8) ? 'const' : 'let'} ${name}${annotation} = ${this.emit(this.wrapObject(obj(members)), '', true)};`);
    const sensitive = api === 'chat'
      ? ['temperature', 'top_p', 'logprobs', 'top_logprobs', 'max_tokens', 'max_completion_tokens', 'reasoning_effort', 'stream_options', 'response_format']
      : ['temperature', 'top_p', 'top_logprobs', 'reasoning', 'max_output_tokens', 'include', 'text'];
    /** One write on `target`, as a statement. */
    const write = (target) =>
      rng.weighted([
        [3, () => `${target}.model = ${this.str(this.sideModel(rng.chance(0.5)))};`],
        [4, () => {
          const key = rng.pick(sensitive);
          return `${target}${rng.chance(0.8) ? `.${key}` : `[${q(key, this.quote)}]`} = ${this.emit(this.paramValue(api, key), '', false)};`;
        }],
        [4, () => `delete ${target}.${present.length > 1 && rng.chance(0.7) ? rng.pick(present.filter((key) => key !== 'model')) : rng.pick(sensitive)};`],
        [
          api === 'responses' ? 2 : 1,
          () =>
            api === 'responses'
              ? `${target}.reasoning${this.ts && rng.chance(0.5) ? '!' : ''}.effort = ${this.str(this.effortName())};`
              : `${target}.${rng.pick(['stream_options', 'response_format'])}.${rng.pick(['include_usage', 'type'])} = ${rng.pick(['true', this.str('json_object')])};`,
        ],
        [2, () => `${target}.${api === 'chat' ? 'messages' : 'input'}.push({ role: ${this.str('user')}, content: ${this.str(rng.pick(['Answer in JSON.', 'Thanks']))} });`],
        [1, () => `Object.assign(${target}, { temperature: ${rng.pick(['0.2', '1'])} });`],
      ])();
    const count = rng.int(1, 3);
    for (let i = 0; i < count; i++) {
      const placement = rng.weighted([
        [5, 'plain'],
        [3, 'if'],
        [1, 'ifElse'],
        [1, 'loop'],
        [1, 'callback'],
        [3, 'localFunction'],
        [1, 'imported'],
      ]);
      switch (placement) {
        case 'plain':
          prelude.push(write(name));
          break;
        case 'if':
          prelude.push(rng.chance(0.5) ? `if (${this.sameCondition(scope, prelude)}) ${write(name)}` : `if (${rng.pick(['opts.debug', 'cond', '!cond'])}) {\n${u}${write(name)}\n}`);
          break;
        case 'ifElse':
          prelude.push(`if (${this.sameCondition(scope, prelude)}) {\n${u}${write(name)}\n} else {\n${u}${write(name)}\n}`);
          break;
        case 'loop':
          prelude.push(`for (const item of opts.items ?? []) {\n${u}${write(name)}\n}`);
          break;
        case 'callback':
          prelude.push(`opts.items?.forEach(() => {\n${u}${write(name)}\n});`);
          break;
        case 'localFunction': {
          const fn = scope.fresh(rng.pick(['tune', 'applyPolicy', 'prepare']));
          const p = rng.pick(['p', 'req', 'target']);
          const param = this.ts ? `${p}: any` : p;
          const statements = Array.from({ length: rng.int(1, 2) }, () => write(p));
          if (rng.chance(0.3)) statements.push(`if (${p}.stream) ${p}.stream_options = { include_usage: true };`);
          const bodyText = statements.map((line) => `${u}${line}`).join('\n');
          prelude.push(rng.chance(0.6) ? `function ${fn}(${param}) {\n${bodyText}\n}` : `const ${fn} = (${param}) => {\n${bodyText}\n};`);
          prelude.push(rng.chance(0.7) ? `${fn}(${name});` : `if (${rng.pick(['cond', 'opts.debug'])}) ${fn}(${name});`);
          break;
        }
        default:
          prelude.push(`${this.helper('applyDefaults')}(${name});`);
      }
    }
    return name;
  }

  /** Arrays pushed to before the call: `messages.push(...)` (the JSON mention), `tools.push(...)` (Predicted Outputs). */
  pushedShape(api, scope, prelude, indent, callCount) {
    const { rng } = this;
    const messages = scope.fresh(api === 'chat' ? 'messages' : 'input');
    const system = this.str(rng.pick(['You are helpful.', 'Reply in JSON.', 'Be brief.']));
    const anyArray = this.ts && rng.chance(0.5) ? ': any[]' : '';
    prelude.push(`const ${messages}${anyArray} = [{ role: ${this.str('system')}, content: ${system} }];`);
    const message = () => `{ role: ${this.str('user')}, content: ${rng.chance(0.6) ? this.str(rng.pick(['Answer in JSON.', 'Return json, please', 'Summarise this', 'Hello'])) : 'opts.text'} }`;
    const writes = rng.int(1, 2);
    for (let i = 0; i < writes; i++) {
      prelude.push(
        rng.weighted([
          [5, () => `${messages}.push(${message()});`],
          [2, () => `${messages}.unshift(${message()});`],
          [1, () => `${messages}.splice(1, 0, ${message()});`],
          [1, () => `${messages}[${messages}.length] = ${message()};`],
          [1, () => `${messages}[0] = ${message()};`],
          [2, () => `if (${rng.pick(['cond', 'opts.json'])}) ${messages}.push(${message()});`],
          [1, () => `for (const text of opts.texts ?? []) ${messages}.push({ role: ${this.str('user')}, content: text });`],
        ])(),
      );
    }
    const members = [rng.chance(0.4) ? this.modelMember(this.modelBinding(scope, prelude, { loop: callCount === 1 }).expr) : prop('model', this.modelValue())];
    const key = api === 'chat' ? 'messages' : 'input';
    members.push(messages === key ? prop(key, raw(key), { shorthand: true }) : prop(key, raw(messages)));
    if (api === 'chat') {
      if (rng.chance(0.6)) members.push(prop('response_format', obj([prop('type', raw(this.str(rng.pick(['json_object', 'json_object', 'text']))))], { multiline: false })));
      if (rng.chance(0.4)) {
        // A tool pushed later: a request with `prediction` must not have tools.
        const tools = scope.fresh('tools');
        prelude.push(`const ${tools}${anyArray} = [];`);
        prelude.push(`${rng.chance(0.7) ? '' : `if (${rng.pick(['cond', 'opts.search'])}) `}${tools}.push({ type: ${this.str('function')}, function: { name: ${this.str('lookup')}, parameters: { type: ${this.str('object')} } } });`);
        members.push(prop('tools', raw(tools)), prop('prediction', obj([prop('type', raw(this.str('content'))), prop('content', raw(this.str('const x = 1;')))], { multiline: false })));
      }
    } else if (rng.chance(0.5)) members.push(prop('text', obj([prop('format', obj([prop('type', raw(this.str('json_object')))], { multiline: false }))], { multiline: false })));
    if (rng.chance(0.4)) members.push(...this.sideMembers(api, rng.chance(0.5), members.map((member) => member.key)));
    return this.bodyIn(obj(members), api, scope, prelude, indent);
  }

  /** `Object.assign({}, BASE, { ... })`, and the spread of a local function's known result. */
  assignShape(api, scope, prelude, indent) {
    const { rng } = this;
    const u = this.unit;
    const side = this.sideMembers(api, rng.chance(0.5));
    const common = this.commonMembers(api, scope, prelude, side.map((member) => member.key));
    const model = prop('model', this.modelValue());
    let base;
    const baseBody = () => this.emit(obj(rng.chance(0.5) ? side : [...side, ...common.slice(0, 1)]), '', true);
    if (rng.chance(0.6)) {
      base = scope.fresh(rng.pick(['base', 'defaults', 'BASE']));
      prelude.push(`const ${base} = ${baseBody()};`);
    } else {
      // A local function whose every `return` is known.
      const fn = scope.fresh(rng.pick(['defaults', 'baseParams']));
      prelude.push(rng.chance(0.5) ? `function ${fn}() {\n${u}return ${baseBody()};\n}` : `const ${fn} = () => (${baseBody()});`);
      base = `${fn}()`;
    }
    const rest = this.emit(obj([model, ...common]), indent, true);
    const text = rng.weighted([
      [4, () => `Object.assign({}, ${base}, ${rest})`],
      [2, () => `{ ...${base}, ...${rest} }`],
      [1, () => `Object.assign({}, ${rest}, ${base})`],
    ])();
    if (rng.chance(0.6)) return text;
    const name = this.scopeName(scope);
    prelude.push(`const ${name} = ${text};`);
    return name;
  }

  /** `const { model = 'o3', temperature = 0.2 } = CONFIG`, then shorthand members. */
  destructureShape(api, scope, prelude, indent) {
    const { rng } = this;
    const source = rng.chance(0.5) ? this.configObject() : rng.pick(['opts', 'opts.config ?? {}']);
    const names = ['model', ...rng.shuffle(api === 'chat' ? ['temperature', 'max_tokens', 'reasoning_effort', 'top_p'] : ['temperature', 'top_p', 'max_output_tokens']).slice(0, rng.int(0, 2))];
    const parts = [];
    const members = [];
    for (const name of names) {
      const value = name === 'model' ? this.str(this.modelName()) : this.emit(this.paramValue(api, name), '', false);
      const local = scope.has(name) ? scope.fresh(name.replaceAll('_', '')) : (scope.names.add(name), name);
      const withDefault = rng.chance(0.8);
      parts.push(`${local === name ? name : `${name}: ${local}`}${withDefault ? ` = ${value}` : ''}`);
      members.push(local === name ? prop(name, raw(name), { shorthand: true }) : prop(name, raw(local)));
    }
    prelude.push(`const { ${parts.join(', ')} } = ${source};`);
    const common = this.commonMembers(api, scope, prelude, names);
    return this.bodyIn(obj([...members, ...common]), api, scope, prelude, indent);
  }

  // --- call sites --------------------------------------------------------------------------------

  /** A member access for one step of the path: `.x`, `?.x`, `['x']`, `?.['x']`. */
  access(name, style) {
    switch (style) {
      case 'optional':
        return `?.${name}`;
      case 'computed':
        return `[${q(name, this.quote)}]`;
      case 'template':
        return `[\`${name}\`]`;
      case 'optionalComputed':
        return `?.[${q(name, this.quote)}]`;
      default:
        return `.${name}`;
    }
  }

  accessStyle() {
    return this.rng.weighted([
      [85, 'dot'],
      [6, 'optional'],
      [5, 'computed'],
      [2, 'template'],
      [2, 'optionalComputed'],
    ]);
  }

  /** A receiver expression for a client: `client`, `getClient()`, `(await getClient())`, `(client as any)`, ... */
  receiver(clientName, inClass, classField) {
    const { rng } = this;
    return rng.weighted([
      [60, () => clientName],
      [inClass ? 40 : 0, () => `this.${classField}`],
      [6, () => `${this.helper('getClient')}()`],
      [6, () => `(await ${this.helper('getClientAsync')}())`],
      [this.ts ? 5 : 0, () => `(${clientName} as any)`],
      [this.ts ? 3 : 0, () => `${clientName}!`],
      [3, () => `(${clientName})`],
      [4, () => 'opts.client'],
    ])();
  }

  /** The method path of a request: `[segments, api]`. */
  methodPath() {
    const { rng } = this;
    return rng.weighted([
      [50, () => [['chat', 'completions', rng.weighted([[70, 'create'], [10, 'parse'], [10, 'stream'], [5, 'runTools']])], 'chat']],
      [8, () => [['beta', 'chat', 'completions', rng.pick(['parse', 'stream', 'runTools'])], 'chat']],
      [30, () => [['responses', rng.weighted([[75, 'create'], [15, 'parse'], [10, 'stream']])], 'responses']],
    ])();
  }

  /**
   * One call expression's callee, given the receiver; may declare an alias in the prelude
   * (`const completions = client.chat.completions`).
   */
  callee(receiverText, segments, scope, prelude) {
    const { rng } = this;
    const method = segments.at(-1);
    const owner = segments.slice(0, -1);
    if (owner.join('.') === 'chat.completions' && /^[\w$.]+$/.test(receiverText) && rng.chance(0.05)) {
      // `const { completions } = client.chat; completions.create(...)`.
      const local = scope.has('completions') ? scope.fresh('completions') : (scope.names.add('completions'), 'completions');
      prelude.push(local === 'completions' ? `const { completions } = ${receiverText}.chat;` : `const { completions: ${local} } = ${receiverText}.chat;`);
      return `${local}${this.access(method, this.accessStyle())}`;
    }
    if (rng.chance(0.1) && !receiverText.startsWith('(await') && !receiverText.includes('()')) {
      // Alias an owner prefix in a const.
      const cut = rng.int(1, owner.length);
      const aliased = owner.slice(0, cut);
      const alias = scope.fresh(aliased.at(-1));
      prelude.push(`const ${alias} = ${receiverText}${aliased.map((s) => this.access(s, this.accessStyle())).join('')};`);
      return `${alias}${owner.slice(cut).map((s) => this.access(s, this.accessStyle())).join('')}${this.access(method, this.accessStyle())}`;
    }
    return `${receiverText}${owner.map((s) => this.access(s, this.accessStyle())).join('')}${this.access(method, this.accessStyle())}`;
  }

  /** The client a call site uses: a module-level client of some kind (declared lazily). */
  pickClient() {
    const kind = this.rng.weighted([
      [60, 'openai'],
      [10, 'azure'],
      [3, 'azureTemplate'],
      [3, 'alias'],
      [8, 'compatible'],
      [6, 'official'],
      [6, 'env'],
      [5, 'reassigned'],
      [5, 'frozen'],
    ]);
    if (kind === 'alias' && !this.clients.has('alias')) {
      // `const llm = azure`: the target is declared first (declarations keep this order).
      this.aliasTarget = this.rng.pick(['azure', 'openai']);
      this.client(this.aliasTarget);
    }
    return this.client(kind);
  }

  /** Wrap a call in a statement. `last` allows `return`. */
  statement(callText, scope, last) {
    const { rng } = this;
    return rng.weighted([
      [30, () => `await ${callText};`],
      [25, () => `const ${scope.fresh('response')} = await ${callText};`],
      [last ? 10 : 0, () => `return ${callText};`],
      [6, () => `void ${callText};`],
      [6, () => `${callText}.then((r) => r);`],
      [5, () => `const ${scope.fresh('pending')} = ${callText};`],
      [5, () => `await Promise.all([${callText}]);`],
      [4, () => `const ${scope.fresh('run')} = async () => ${callText};`],
      [3, () => `for (const item of opts.items ?? []) await ${callText};`],
      [2, () => `${scope.fresh('label')}: { await ${callText}; }`],
    ])();
  }

  /** Calls that must not be taken for requests. */
  decoy(clientName, scope) {
    const { rng } = this;
    this.decoys++;
    const body = this.emit(obj(this.members(this.requestParams('chat'), new Scope(scope), [])), '', false);
    return rng.pick([
      () => `${clientName}.chat.completions.create.mockResolvedValue(${body});`,
      () => `${clientName}.embeddings.create({ model: 'text-embedding-3-small', input: 'x' });`,
      () => `${clientName}.beta.responses.create(${body});`,
      () => `${clientName}.beta.chat.completions.create(${body});`,
      () => `${clientName}.responses.runTools(${body});`,
      () => `${clientName}.completions.create(${body});`,
      () => `${clientName}.chat.create(${body});`,
      () => `const { create: ${scope.fresh('create')} } = ${clientName}.chat.completions;`,
      () => `opts.create(${body});`,
    ])();
  }

  /**
   * One unit: the lines of 1-2 call sites (with their declarations) inside a function body, a
   * class method, or at module top level. Returns the lines (already indented with `indent`).
   */
  unitLines(scope, indent, { inClass = false, classField = null, last = true } = {}) {
    const { rng } = this;
    const prelude = [];
    const statements = [];
    const [segments, api] = this.methodPath();
    const shared = rng.chance(0.12);
    const callCount = shared ? 2 : 1;
    const args = this.bodies(api, scope, prelude, '', callCount);
    for (let i = 0; i < callCount; i++) {
      const clientName = this.pickClient();
      const receiverText = this.receiver(clientName, inClass, classField);
      const calleeText = this.callee(receiverText, segments, scope, prelude);
      const optionalCall = rng.chance(0.03) ? '?.' : '';
      const typeArgs = this.ts && !optionalCall && rng.chance(0.03) ? '<any>' : '';
      const extra = rng.chance(0.08) ? `, ${rng.pick(['{ signal: opts.signal }', '{ timeout: 1000 }', 'opts.requestOptions'])}` : '';
      let argText = args[i];
      const argShape = rng.weighted([
        [95, 'body'],
        [1, 'none'],
        [1, 'spread'],
        [1, 'unknown'],
        [1, 'string'],
        [1, 'null'],
      ]);
      if (argShape === 'none') argText = '';
      else if (argShape === 'spread') argText = '...opts.args';
      else if (argShape === 'unknown') argText = 'opts';
      else if (argShape === 'string') argText = this.str('hello');
      else if (argShape === 'null') argText = 'null';
      this.callSites++;
      statements.push(this.statement(`${calleeText}${typeArgs}${optionalCall}(${argText}${argShape === 'none' ? '' : extra})`, scope, last && i === callCount - 1));
    }
    if (rng.chance(0.08)) statements.splice(rng.int(0, statements.length), 0, this.decoy(this.pickClient(), scope));
    if (this.loop) {
      // `for (const m of [...]) { ...declarations that read m; the call }`.
      const u = this.unit;
      const inner = [...prelude.splice(this.loop.mark), ...statements].map((line) => `${u}${line.replaceAll('\n', `\n${u}`)}`);
      statements.splice(0, statements.length, `${this.loop.header} {\n${inner.join('\n')}\n}`);
      this.loop = null;
    }
    const lines = [...prelude, ...statements];
    return lines.map((line) => line.replaceAll('\n', `\n${indent}`)).map((line) => `${indent}${line}`);
  }

  /** A function (declaration, arrow, exported) holding 1-3 units. */
  functionText(units) {
    const { rng } = this;
    const scope = new Scope(this.module);
    scope.names.add('cond');
    scope.names.add('opts');
    const name = this.module.fresh('fzCase');
    const params = this.ts ? 'cond: boolean, opts: any' : 'cond, opts';
    const body = [];
    for (let i = 0; i < units; i++) {
      const unitScope = units > 1 && rng.chance(0.5) ? new Scope(scope) : scope;
      const lines = this.unitLines(unitScope, this.unit + (unitScope === scope ? '' : this.unit), { last: i === units - 1 && unitScope === scope });
      if (unitScope === scope) body.push(...lines);
      else body.push(`${this.unit}{`, ...lines, `${this.unit}}`);
    }
    const exported = this.esm && rng.chance(0.3) ? 'export ' : '';
    const form = rng.pick(['function', 'function', 'arrow']);
    if (form === 'arrow') return `${exported}const ${name} = async (${params}) => {\n${body.join('\n')}\n};`;
    return `${exported}async function ${name}(${params}) {\n${body.join('\n')}\n}`;
  }

  /**
   * A class whose methods call through `this.<field>`; sometimes with a model field (`this.model`)
   * assigned in its initialiser, once in the constructor, or also in a method (then not one value).
   */
  classText(units) {
    const { rng } = this;
    const name = this.module.fresh('FzService');
    const fieldName = rng.pick(['client', 'openai', 'llm']);
    const kind = rng.weighted([
      [6, 'openai'],
      [2, 'azure'],
      [2, 'compatible'],
      [1, 'injected'],
    ]);
    const { openai, azure, type } = this.imports;
    const creation = {
      openai: `new ${openai}()`,
      azure: `new ${azure}({ apiVersion: '2024-10-21' })`,
      compatible: `new ${openai}({ baseURL: 'http://localhost:1234/v1' })`,
      // A client passed in, or an Azure one: followed through `??`.
      injected: `opts?.client ?? new ${azure}({ apiVersion: '2024-10-21' })`,
    }[kind];
    const u = this.unit;
    const fields = [];
    const constructorLines = [];
    const methods = [];
    const form = rng.weighted([
      [kind === 'injected' ? 0 : 5, 'field'],
      [3, 'constructor'],
      [this.ts && kind !== 'injected' ? 2 : 0, 'parameter'],
    ]);
    // A private name (`#client`) is declared in the class body and takes no `private` modifier.
    const field = form !== 'parameter' && rng.chance(0.25) ? `#${fieldName}` : fieldName;
    const isPrivate = field.startsWith('#');
    if (form === 'field') fields.push(`${u}${this.ts && !isPrivate ? 'private readonly ' : ''}${field} = ${creation};`);
    else if (form === 'constructor') {
      if (isPrivate) fields.push(`${u}${field}${this.ts ? ': any' : ''};`);
      else if (this.ts) fields.push(`${u}private ${field}: any;`);
      constructorLines.push(`this.${field} = ${creation};`);
    }
    const modelName = rng.chance(0.35) ? rng.pick(['model', 'defaultModel']) : null;
    const modelField = modelName && rng.chance(0.25) ? `#${modelName}` : modelName;
    if (modelField) {
      const value = this.str(this.modelName());
      const how = rng.weighted([
        [4, 'initialiser'],
        [3, 'constructor'],
        [2, 'reassigned'],
      ]);
      const modifiers = (readonly) => (modelField.startsWith('#') ? (readonly && this.ts ? 'readonly ' : '') : this.ts ? `private ${readonly ? 'readonly ' : ''}` : '');
      if (how === 'constructor') {
        if (this.ts || modelField.startsWith('#')) fields.push(`${u}${modifiers(rng.chance(0.5))}${modelField}${this.ts ? ': string' : ''};`);
        constructorLines.push(`this.${modelField} = ${value};`);
      } else {
        fields.push(`${u}${modifiers(how === 'initialiser' && rng.chance(0.6))}${modelField} = ${value};`);
      }
      if (how === 'reassigned') {
        methods.push(`${u}useModel(${this.ts ? 'model: string' : 'model'}) {\n${u}${u}this.${modelField} = model;\n${u}}`);
      }
      this.classModel = `this.${modelField}`;
    }
    const members = [...fields];
    const ctorParams = form === 'parameter' ? `private ${field}: ${type}` : kind === 'injected' ? (this.ts ? 'opts?: any' : 'opts') : '';
    if (constructorLines.length > 0 || form === 'parameter') {
      const body = constructorLines.map((line) => `${u}${u}${line}`).join('\n');
      members.push(body ? `${u}constructor(${ctorParams}) {\n${body}\n${u}}` : `${u}constructor(${ctorParams}) {}`);
    }
    members.push(...methods);
    for (let i = 0; i < units; i++) {
      const scope = new Scope(this.module);
      scope.names.add('cond');
      scope.names.add('opts');
      const lines = this.unitLines(scope, u + u, { inClass: true, classField: field });
      members.push(`${u}async run${i + 1}(${this.ts ? 'cond: boolean, opts: any' : 'cond, opts'}) {\n${lines.join('\n')}\n${u}}`);
    }
    this.classModel = null;
    return `${this.esm && rng.chance(0.3) ? 'export ' : ''}class ${name} {\n${members.join('\n\n')}\n}`;
  }

  /** The header: imports (ESM/TS) or requires (CommonJS), and the helpers used. */
  header() {
    const lines = [];
    const helpers = [...this.helpers];
    const zod = helpers.includes('zodResponseFormat') || helpers.includes('zodTextFormat');
    // Local modules the analysis cannot see: a schema, defaults, a guard and a function that may write.
    const fixtures = FIXTURE_HELPERS.filter(([name]) => helpers.includes(name));
    if (this.snippet) {
      // A block inside someone else's program: no imports; `OpenAI` and friends are globals there.
      if (fixtures.length > 0) lines.push(`const ${fixtures.map(([name, global]) => `${name} = globalThis.${global}`).join(', ')};`);
      if (zod) lines.push(`const zodResponseFormat = globalThis.fzFormat, zodTextFormat = globalThis.fzFormat;`);
    } else if (this.esm) {
      lines.push(...this.imports.lines);
      if (zod) lines.push(`import { zodResponseFormat, zodTextFormat } from 'openai/helpers/zod';`);
      if (fixtures.length > 0) lines.push(`import { ${fixtures.map(([name]) => name).join(', ')} } from './fixtures';`);
    } else {
      lines.push(...this.imports.lines);
      if (zod) lines.push(`const { zodResponseFormat, zodTextFormat } = require('openai/helpers/zod');`);
      if (fixtures.length > 0) lines.push(`const { ${fixtures.map(([name]) => name).join(', ')} } = require('./fixtures');`);
    }
    return lines;
  }

  declarations() {
    const lines = [];
    for (const [kind, name] of this.clients) lines.push(this.clientDeclaration(kind, name));
    const defaultClient = this.clients.get('openai') ?? [...this.clients.values()][0] ?? 'client';
    if (this.helpers.has('getClient')) lines.push(`function getClient() { return ${defaultClient}; }`);
    if (this.helpers.has('getClientAsync')) lines.push(`async function getClientAsync() { return ${defaultClient}; }`);
    for (const [name, members] of this.enums) {
      const body = [...members].map(([member, value]) => `${this.unit}${member} = ${value},`).join('\n');
      lines.push(`${this.enumKeyword} ${name} {\n${body}\n}`);
    }
    for (const [name, members] of this.constObjects) {
      const body = [...members].map(([key, value]) => `${key}: ${value}`).join(', ');
      const suffixText = this.ts && this.rng.chance(0.6) ? ' as const' : '';
      lines.push(`const ${name} = { ${body} }${suffixText};`);
    }
    lines.push(...this.moduleConsts);
    return lines;
  }

  /** A whole program. */
  program(callSites = null) {
    const { rng } = this;
    const target =
      callSites ??
      rng.weighted([
        [4, () => rng.int(1, 3)],
        [4, () => rng.int(4, 8)],
        [2, () => rng.int(9, 20)],
      ])();
    const parts = [];
    const topLevel = [];
    while (this.callSites < target) {
      const kind = rng.weighted([
        [6, 'function'],
        [2, 'class'],
        [this.esm && !this.snippet ? 2 : 0, 'top'],
      ]);
      const units = rng.weighted([
        [6, 1],
        [3, 2],
        [1, 3],
      ]);
      if (kind === 'function') parts.push(this.functionText(units));
      else if (kind === 'class') parts.push(this.classText(units));
      else {
        this.module.names.add('cond');
        this.module.names.add('opts');
        topLevel.push(...this.unitLines(this.module, '', { last: false }));
      }
    }
    if (topLevel.length > 0) {
      const declare = this.ts
        ? ['declare const cond: boolean;', 'declare const opts: any;']
        : ['const cond = process.argv.length > 2;', "const opts = JSON.parse(process.env.FZ_OPTS ?? '{}');"];
      parts.push([...declare, ...topLevel].join('\n'));
    }
    // Declarations last: the units above register what they use.
    const declarations = this.declarations();
    const header = this.header();
    const sections = [header.join('\n'), declarations.join('\n'), ...rng.shuffle(parts)];
    if (rng.chance(this.commentRate * 2)) sections.splice(rng.int(1, sections.length), 0, this.line());
    const newline = '\n';
    return sections.filter((s) => s.length > 0).join(rng.chance(0.5) ? `${newline}${newline}` : newline) + newline;
  }

  /** A self-contained block of JavaScript with a few call sites, to splice into another program. */
  snippetText() {
    const { rng } = this;
    const target = rng.int(1, 3);
    const parts = [];
    while (this.callSites < target) {
      if (rng.chance(0.75)) {
        const scope = new Scope(this.module);
        scope.names.add('cond');
        scope.names.add('opts');
        parts.push(`(async (cond, opts) => {\n${this.unitLines(scope, this.unit).join('\n')}\n})(globalThis.fzCond, globalThis.fzOpts);`);
      } else parts.push(this.classText(1));
    }
    const lines = [...this.header(), ...this.declarations(), ...parts];
    return `;{\n${lines.join('\n')}\n}\n`;
  }
}

/**
 * Program `index` of `seed`: `{ code, filename, language, sourceType, callSites, decoys, comments }`.
 * The same (seed, index) always gives the same program.
 */
export function generateProgram({ seed, index, models }) {
  const rng = new Random(deriveSeed(seed, index));
  const flavour = rng.weighted([
    [6, { language: 'ts', sourceType: 'module', filename: 'fuzz.ts' }],
    [2, { language: 'js', sourceType: 'module', filename: 'fuzz.mjs' }],
    [2, { language: 'js', sourceType: 'commonjs', filename: 'fuzz.cjs' }],
  ]);
  const generator = new ProgramGenerator(rng, { models, ...flavour });
  generator.literalConditions = true;
  const code = generator.program();
  return { code, ...flavour, callSites: generator.callSites, decoys: generator.decoys, comments: generator.comments };
}

/**
 * A TypeScript module with at least `callSites` call sites (a few more at most: the last function
 * may hold several), for the benchmark. The style (comment and modifier rates, indentation) is fixed
 * so that files of different sizes differ only in size.
 */
export function generateSizedProgram({ seed, models, callSites }) {
  const rng = new Random(deriveSeed(seed, callSites));
  const generator = new ProgramGenerator(rng, { models, language: 'ts', sourceType: 'module' });
  generator.commentRate = 0.05;
  generator.modifierRate = 0.1;
  generator.unit = '  ';
  generator.pathRate = 0.35;
  const code = generator.program(callSites);
  return { code, filename: `sites-${callSites}.ts`, language: 'ts', sourceType: 'module', callSites: generator.callSites };
}

/** A JavaScript block with 1-3 call sites, for splicing into another program (no imports, no top-level await). */
export function generateSnippet(rng, models) {
  const generator = new ProgramGenerator(rng, { models, language: 'js', sourceType: 'script', snippet: true });
  const code = generator.snippetText();
  return { code, callSites: generator.callSites, decoys: generator.decoys };
}
