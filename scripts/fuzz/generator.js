// Our own fuzz generator: whole programs (TypeScript, ES module JavaScript or CommonJS) with 1-20
// OpenAI call sites built from random combinations of the shapes the plugin supports: receivers,
// clients, methods, body shapes (inline, const, shared, spreads, conditional spreads, unknown
// spreads, shorthand, `as const` / `satisfies`, ternaries and `??`, enum and const-object members),
// parameters and values (models from the catalog, snapshots, fine-tunes, unknown names, efforts,
// sampling parameters, response formats valid and invalid, ...), layout and comments.
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
    const preferred = { openai: 'client', azure: 'azure', compatible: 'groq', official: 'official', env: 'envClient', reassigned: 'reassigned', frozen: 'wrapped' }[kind];
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
        return `const ${name} = new ${this.esm || this.ts ? 'AzureOpenAI' : this.rng.pick(['AzureOpenAI', 'OpenAI.AzureOpenAI'])}({ endpoint: 'https://fz.openai.azure.com', apiVersion: '2024-10-21' });`;
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
    return 'OpenAI';
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
        const annotation = this.ts && rng.chance(0.2) ? `: ${api === 'chat' ? 'OpenAI.ChatCompletionCreateParams' : 'OpenAI.Responses.ResponseCreateParams'}` : '';
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
      [8, 'compatible'],
      [6, 'official'],
      [6, 'env'],
      [5, 'reassigned'],
      [5, 'frozen'],
    ]);
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

  /** A class whose methods call through `this.<field>`. */
  classText(units) {
    const { rng } = this;
    const name = this.module.fresh('FzService');
    const field = rng.pick(['client', 'openai', 'llm']);
    const kind = rng.weighted([
      [6, 'openai'],
      [2, 'azure'],
      [2, 'compatible'],
    ]);
    const creation = { openai: 'new OpenAI()', azure: "new AzureOpenAI({ apiVersion: '2024-10-21' })", compatible: "new OpenAI({ baseURL: 'http://localhost:1234/v1' })" }[kind];
    const u = this.unit;
    const members = [];
    const form = rng.weighted([
      [5, 'field'],
      [3, 'constructor'],
      [this.ts ? 2 : 0, 'parameter'],
    ]);
    if (form === 'field') members.push(`${u}${this.ts ? 'private readonly ' : ''}${field} = ${creation};`);
    else if (form === 'constructor') {
      if (this.ts) members.push(`${u}private ${field}: any;`);
      members.push(`${u}constructor() {\n${u}${u}this.${field} = ${creation};\n${u}}`);
    } else members.push(`${u}constructor(private ${field}: OpenAI) {}`);
    for (let i = 0; i < units; i++) {
      const scope = new Scope(this.module);
      scope.names.add('cond');
      scope.names.add('opts');
      const lines = this.unitLines(scope, u + u, { inClass: true, classField: field });
      members.push(`${u}async run${i + 1}(${this.ts ? 'cond: boolean, opts: any' : 'cond, opts'}) {\n${lines.join('\n')}\n${u}}`);
    }
    return `${this.esm && rng.chance(0.3) ? 'export ' : ''}class ${name} {\n${members.join('\n\n')}\n}`;
  }

  /** The header: imports (ESM/TS) or requires (CommonJS), and the helpers used. */
  header() {
    const lines = [];
    const helpers = [...this.helpers];
    if (this.snippet) {
      // A block inside someone else's program: no imports; `OpenAI` and friends are globals there.
    } else if (this.esm) {
      lines.push(this.rng.chance(0.8) ? `import OpenAI, { AzureOpenAI } from 'openai';` : `import { OpenAI, AzureOpenAI } from 'openai';`);
      if (helpers.includes('zodResponseFormat') || helpers.includes('zodTextFormat')) lines.push(`import { zodResponseFormat, zodTextFormat } from 'openai/helpers/zod';`);
      if (helpers.includes('AnswerSchema') || helpers.includes('loadDefaults')) lines.push(`import { AnswerSchema, loadDefaults } from './fixtures';`);
    } else {
      lines.push(this.rng.chance(0.5) ? `const OpenAI = require('openai');` : `const { OpenAI } = require('openai');`);
      lines.push(`const { AzureOpenAI } = require('openai');`);
      if (helpers.includes('zodResponseFormat') || helpers.includes('zodTextFormat')) lines.push(`const { zodResponseFormat, zodTextFormat } = require('openai/helpers/zod');`);
      if (helpers.includes('AnswerSchema') || helpers.includes('loadDefaults')) lines.push(`const { AnswerSchema, loadDefaults } = require('./fixtures');`);
    }
    if (this.snippet) {
      if (helpers.includes('AnswerSchema') || helpers.includes('loadDefaults')) lines.push(`const AnswerSchema = globalThis.fzSchema, loadDefaults = () => globalThis.fzDefaults;`);
      if (helpers.includes('zodResponseFormat') || helpers.includes('zodTextFormat')) lines.push(`const zodResponseFormat = globalThis.fzFormat, zodTextFormat = globalThis.fzFormat;`);
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
  const code = generator.program(callSites);
  return { code, filename: `sites-${callSites}.ts`, language: 'ts', sourceType: 'module', callSites: generator.callSites };
}

/** A JavaScript block with 1-3 call sites, for splicing into another program (no imports, no top-level await). */
export function generateSnippet(rng, models) {
  const generator = new ProgramGenerator(rng, { models, language: 'js', sourceType: 'script', snippet: true });
  const code = generator.snippetText();
  return { code, callSites: generator.callSites, decoys: generator.decoys };
}
