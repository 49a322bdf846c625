// The plugin's shape: meta, each rule's meta (docs URL, description, KB links, messages), the
// configs derived from `meta.docs`, linting through ESLint's public API, and settings validation.
//
// Message convention: a message that ends with ` (KB <id>)` (an id from the rule's `meta.docs.kb`) is
// a report message. Any other message is a suggestion message and must look like one: it starts with
// an imperative verb from SUGGESTION_VERBS, ends with a period, never mentions "(KB", and belongs to a
// rule with `hasSuggestions: true`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { ESLint, Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { KB_ENTRIES, getKbEntry } from '../src/kb/index.js';
import plugin from '../index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };

/** Rule pages as of the installed version: the release tag `v<version>`. */
const DOCS_URL = `https://github.com/eslint-plugin-openai/eslint-plugin-openai/blob/v${pkg.version}/docs/rules/`;
/** First words a suggestion message may start with (extend when a new imperative is needed). */
const SUGGESTION_VERBS = [
  'Add',
  'Change',
  'Convert',
  'Drop',
  'Move',
  'Remove',
  'Rename',
  'Replace',
  'Set',
  'Switch',
  'Use',
  'Wrap',
];
const KB_SUFFIX = / \(KB ([^()\s]+)\)$/;

type AnyRule = (typeof rules)[keyof typeof rules];
type Meta = AnyRule['meta'];
const ruleEntries = Object.entries(rules) as Array<[string, AnyRule]>;
const ruleIds = ruleEntries.map(([id]) => id);

/** ESLint's own view of the plugin (typescript-eslint's rule types are not ESLint's). */
const eslintPlugin = plugin as unknown as ESLint.Plugin;
type FlatConfig = Linter.Config;
const configs = plugin.configs as unknown as Record<string, FlatConfig>;

/** The ts/js code blocks under `### ❌ Incorrect` of a rule's doc page (until the next heading of level ≤ 3). */
function incorrectExamples(id: string): string[] {
  let text: string;
  try {
    text = readFileSync(join(root, 'docs/rules', `${id}.md`), 'utf8');
  } catch {
    return [];
  }
  const lines = text.split(/\r?\n/);
  const examples: string[] = [];
  let inIncorrect = false;
  for (let i = 0; i < lines.length; i++) {
    const open = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[i]);
    if (open) {
      const body: string[] = [];
      let j = i + 1;
      for (; j < lines.length; j++) {
        const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(lines[j]);
        if (close && close[1][0] === open[1][0] && close[1].length >= open[1].length) break;
        body.push(lines[j]);
      }
      if (inIncorrect && /^(ts|typescript|js|javascript|mjs|cjs|mts|cts)$/i.test(open[2])) examples.push(`${body.join('\n')}\n`);
      i = j;
      continue;
    }
    const heading = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*$/.exec(lines[i]);
    if (heading && heading[1].length <= 3) inIncorrect = heading[2] === '❌ Incorrect';
  }
  return examples;
}

describe('plugin meta', () => {
  it('meta.name and meta.version equal package.json', () => {
    expect(plugin.meta.name).toBe(pkg.name);
    expect(plugin.meta.version).toBe(pkg.version);
  });

  it("meta.namespace is 'openai'", () => {
    expect(plugin.meta.namespace).toBe('openai');
  });

  it('registers at least one rule', () => {
    expect(ruleIds.length).toBeGreaterThan(0);
  });
});

/** Every `properties` entry in a JSON schema (recursively) has a description. */
function undescribedProperties(schema: unknown, path = 'schema'): string[] {
  if (schema === null || typeof schema !== 'object') return [];
  const missing: string[] = [];
  if (Array.isArray(schema)) {
    schema.forEach((item, index) => missing.push(...undescribedProperties(item, `${path}[${index}]`)));
    return missing;
  }
  const record = schema as Record<string, unknown>;
  if (record.properties && typeof record.properties === 'object') {
    for (const [key, value] of Object.entries(record.properties as Record<string, unknown>)) {
      if (!value || typeof value !== 'object' || typeof (value as { description?: unknown }).description !== 'string') {
        missing.push(`${path}.properties.${key}`);
      }
    }
  }
  for (const [key, value] of Object.entries(record)) {
    if (key !== 'description') missing.push(...undescribedProperties(value, `${path}.${key}`));
  }
  return missing;
}

describe.each(ruleEntries)('rule %s', (id, rule) => {
  const meta: Meta = rule.meta;
  const kbIds: readonly string[] = meta.docs?.kb ?? [];
  const messages = Object.entries(meta.messages as Record<string, string>);
  const isReport = (text: string) => {
    const match = KB_SUFFIX.exec(text);
    return match !== null && kbIds.includes(match[1]);
  };

  it('report messages that name a model leave the {{modelNote}} slot right after it (a framework default is named there)', () => {
    for (const [, text] of messages) {
      if (isReport(text) && text.includes('`{{model}}`')) expect(text).toMatch(/`\{\{model\}\}`(?:\{\{alias\}\})?\{\{modelNote\}\}/);
    }
  });

  it('meta.docs.url points at its doc page', () => {
    expect(meta.docs?.url).toBe(`${DOCS_URL}${id}.md`);
  });

  it('meta.docs.description starts with Enforce/Require/Disallow and has no trailing period', () => {
    const description = meta.docs?.description ?? '';
    expect(description).toMatch(/^(Enforce|Require|Disallow) \S/);
    expect(description).not.toMatch(/\.\s*$/);
  });

  it('meta.docs.recommended is a boolean', () => {
    expect(typeof meta.docs?.recommended).toBe('boolean');
  });

  it('meta.docs.kb lists KB entries that list this rule back', () => {
    expect(kbIds.length).toBeGreaterThan(0);
    for (const kbId of kbIds) {
      const entry = getKbEntry(kbId);
      expect(entry, `KB entry ${kbId}`).toBeDefined();
      expect(entry!.rules, `KB entry ${kbId}: rules`).toContain(id);
    }
  });

  it('every KB entry that lists this rule is in meta.docs.kb', () => {
    const listing = KB_ENTRIES.filter((entry) => entry.rules.includes(id)).map((entry) => entry.id);
    expect([...kbIds].sort()).toEqual(listing.sort());
  });

  it('every message ends with (KB <id>) or is a suggestion (imperative, no KB id)', () => {
    expect(messages.length).toBeGreaterThan(0);
    const bad = messages.filter(([, text]) => {
      if (isReport(text)) return false;
      const firstWord = /^[A-Za-z]+/.exec(text)?.[0] ?? '';
      return !(SUGGESTION_VERBS.includes(firstWord) && text.endsWith('.') && !text.includes('(KB'));
    });
    expect(
      bad.map(([messageId]) => messageId),
      `report messages end with " (KB <one of ${kbIds.join(', ')}>)"; suggestion messages start with one of ${SUGGESTION_VERBS.join('/')} and end with "."`,
    ).toEqual([]);
    expect(messages.some(([, text]) => isReport(text)), 'at least one report message').toBe(true);
  });

  it('messageIds are camelCase', () => {
    for (const [messageId] of messages) expect(messageId).toMatch(/^[a-z][a-zA-Z0-9]*$/);
  });

  it('declares schema, fixable and hasSuggestions', () => {
    expect(meta.schema).toBeDefined();
    expect(undescribedProperties(meta.schema), 'schema properties without a description').toEqual([]);
    expect([undefined, 'code', 'whitespace']).toContain(meta.fixable);
    expect(typeof meta.hasSuggestions, 'meta.hasSuggestions must be set (true or false)').toBe('boolean');
    const suggestionMessages = messages.filter(([, text]) => !isReport(text)).map(([messageId]) => messageId);
    if (meta.hasSuggestions) expect(suggestionMessages.length, 'hasSuggestions: true needs a suggestion message').toBeGreaterThan(0);
    else expect(suggestionMessages, 'suggestion messages need hasSuggestions: true').toEqual([]);
  });
});

describe('KB entries', () => {
  it.each(KB_ENTRIES.map((entry) => [entry.id, entry.rules] as const))('KB %s: its rules %j are registered', (_kbId, listed) => {
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.filter((id) => !Object.hasOwn(rules, id))).toEqual([]);
  });
});

describe('configs', () => {
  const expectedRules = (pick: (meta: Meta) => boolean): Record<string, string> =>
    Object.fromEntries(ruleEntries.filter(([, rule]) => pick(rule.meta)).map(([id]) => [`openai/${id}`, 'error']));

  it('recommended has exactly the rules with meta.docs.recommended', () => {
    expect(plugin.configs.recommended.rules).toEqual(
      expectedRules((meta) => meta.docs?.recommended === true && !meta.docs.requiresTypeChecking),
    );
  });

  it('strict has every recommended rule at error, with meta.docs.strict overriding the entry', () => {
    const expected: Record<string, unknown> = {};
    for (const [id, rule] of ruleEntries) {
      const docs = rule.meta.docs;
      if (!docs || docs.requiresTypeChecking) continue;
      if (docs.strict !== undefined) expected[`openai/${id}`] = docs.strict;
      else if (docs.recommended) expected[`openai/${id}`] = 'error';
    }
    expect(plugin.configs.strict.rules).toEqual(expected);
    // recommended plus: every recommended rule is in strict, never weaker than an error.
    for (const id of Object.keys(plugin.configs.recommended.rules ?? {})) {
      const entry = plugin.configs.strict.rules?.[id];
      expect(Array.isArray(entry) ? entry[0] : entry, id).toBe('error');
    }
  });

  it('recommended-type-checked is recommended (type-aware rules included) with typeChecked and projectService on', () => {
    expect(configs['recommended-type-checked'].rules).toEqual(expectedRules((meta) => meta.docs?.recommended === true));
    expect(configs['recommended-type-checked'].settings).toEqual({ openai: { typeChecked: true } });
    expect(configs['recommended-type-checked'].languageOptions?.parserOptions).toEqual({ projectService: true });
  });

  it('all has every rule (that needs no type information), at error except where strict makes it a warning', () => {
    const expected = expectedRules((meta) => !meta.docs?.requiresTypeChecking);
    for (const [id, rule] of ruleEntries) if (rule.meta.docs?.strict === 'warn') expected[`openai/${id}`] = 'warn';
    expect(plugin.configs.all.rules).toEqual(expected);
    expect(plugin.configs.all.rules?.['openai/no-deprecated-models']).toBe('warn');
    // all includes at least what strict does
    for (const id of Object.keys(plugin.configs.strict.rules ?? {})) expect(plugin.configs.all.rules, id).toHaveProperty([id]);
  });

  it.each(Object.keys(configs))('%s: name is openai/<config> and plugins.openai is the plugin', (name) => {
    expect(configs[name].name).toBe(`openai/${name}`);
    expect(configs[name].plugins?.openai).toBe(plugin);
  });
});

/** A type-checked config lints inside the typed test project, where the project service finds the file. */
const typedRoot = join(root, 'tests/fixtures/typed');
const isTyped = (config: FlatConfig) => (config.settings?.openai as { typeChecked?: boolean } | undefined)?.typeChecked === true;
const exampleFile = (config: FlatConfig) => join(isTyped(config) ? typedRoot : root, 'example.ts');

function eslintFor(config: FlatConfig): ESLint {
  const typedProject = { languageOptions: { parserOptions: { projectService: { allowDefaultProject: ['*.ts'] }, tsconfigRootDir: typedRoot } } };
  return new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, config, ...(isTyped(config) ? [typedProject] : [])],
  });
}

describe.each(Object.keys(configs))('configs.%s through the ESLint class', (name) => {
  const config = configs[name];
  const enabled = Object.keys(config.rules ?? {});

  it('lints a file without OpenAI calls with no messages', async () => {
    const [result] = await eslintFor(config).lintText("export const answer: number = 42;\nconsole.log('hi');\n", {
      filePath: exampleFile(config),
    });
    expect(result.messages).toEqual([]);
  });

  // Each enabled rule's first ❌ example from its doc page is a real mistake for that rule.
  it.each(enabled)('reports %s on its first ❌ doc example', async (ruleId) => {
    const [example] = incorrectExamples(ruleId.replace(/^openai\//, ''));
    expect(example, `docs/rules/${ruleId.replace(/^openai\//, '')}.md has a ❌ ts/js example`).toBeDefined();
    const [result] = await eslintFor(config).lintText(example, { filePath: exampleFile(config) });
    expect(result.messages.filter((m) => m.fatal)).toEqual([]);
    expect(result.messages.map((m) => m.ruleId)).toContain(ruleId);
  });
});

describe('settings.openai validation', () => {
  const code = "import OpenAI from 'openai';\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'gpt-5.5', messages: [] });\n";
  const lint = (settings: unknown) =>
    new Linter().verify(
      code,
      [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, configs.all, { settings: { openai: settings } }],
      { filename: 'example.ts' },
    );

  it('accepts valid settings', () => {
    expect(lint({ modelAliases: { 'my-prod-gpt': 'gpt-4.1' } })).toEqual([]);
    expect(lint({})).toEqual([]);
  });

  it.each([
    ['an unknown key', { unknownKey: true }, 'settings.openai.unknownKey'],
    ['modelAliases: 3', { modelAliases: 3 }, 'settings.openai.modelAliases'],
    ['modelAliases: { x: 5 }', { modelAliases: { x: 5 } }, 'settings.openai.modelAliases'],
  ])('%s throws an error naming the key', (_label, settings, key) => {
    let error: unknown;
    try {
      lint(settings);
    } catch (caught) {
      error = caught;
    }
    expect(error, 'linting should throw').toBeInstanceOf(Error);
    expect((error as Error).message).toContain(key);
  });
});

// Kept for the type checker: the plugin is usable where ESLint expects a plugin.
void eslintPlugin;
