// The README, checked against the code: every eslint.config snippet lints a project with one file of
// each JavaScript and TypeScript extension and reports in every file; the first-screen sample shows the
// reports ESLint gives on its code; relative links name files the package ships; and the README stays
// within its length budget (a third of the 4,602 words it had on 2026-12-04).
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint, Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../index.js';
import { ensureBuilt, root } from './build.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] };

/** Fenced blocks of the README: language and body. */
const blocks = [...readme.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({ lang: match[1], code: match[2] }));

/** The config snippets: js blocks that start with `// eslint.config.<ext>`. */
const snippets = blocks.filter((block) => block.lang === 'js' && /^\/\/ eslint\.config\.(js|mjs|cjs)\b/.test(block.code));

// A model with no scheduled shutdown in the catalog, so the snippets (users' configs, no pinned date)
// give the same reports whatever the day.
const call = "client.chat.completions.create({ model: 'gpt-5.5', max_tokens: 100, messages: [] });";
const PROJECT: Record<string, string> = {
  'a.js': `import OpenAI from 'openai';\nconst client = new OpenAI();\nexport const run = () => ${call}\n`,
  'b.mjs': `import OpenAI from 'openai';\nconst client = new OpenAI();\nexport const run = () => ${call}\n`,
  'c.cjs': `const OpenAI = require('openai');\nconst client = new OpenAI();\nmodule.exports = () => ${call}\n`,
  'd.jsx': `import OpenAI from 'openai';\nconst client = new OpenAI();\nexport const View = () => <button onClick={() => ${call.slice(0, -1)}}>Ask</button>;\n`,
  'e.ts': `import OpenAI from 'openai';\nconst client: OpenAI = new OpenAI();\nexport const run = (): unknown => ${call}\n`,
  'f.mts': `import OpenAI from 'openai';\nconst client: OpenAI = new OpenAI();\nexport const run = (): unknown => ${call}\n`,
  'g.cts': `import OpenAI from 'openai';\nconst client: OpenAI = new OpenAI();\nexport const run = (): unknown => ${call}\n`,
  'h.tsx': `import OpenAI from 'openai';\nconst client: OpenAI = new OpenAI();\nexport const View = (): JSX.Element => <button onClick={() => ${call.slice(0, -1)}}>Ask</button>;\n`,
};

describe('README config snippets', () => {
  const dirs: string[] = [];
  beforeAll(() => ensureBuilt(), 180_000);
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('there is at least one', () => {
    expect(snippets.length).toBeGreaterThan(0);
  });

  it.each(snippets.map((snippet, index) => [index + 1, snippet.code] as const))('snippet %i reports in a file of every extension', async (_index, code) => {
    // Inside the repository, so the snippet's imports resolve as in a project that installed them
    // (`eslint-plugin-openai` to this package's build, by its own name).
    const dir = mkdtempSync(join(root, '.readme-config-'));
    dirs.push(dir);
    const configName = /^\/\/ (eslint\.config\.\w+)/.exec(code)![1];
    writeFileSync(join(dir, configName), code);
    for (const [name, text] of Object.entries(PROJECT)) writeFileSync(join(dir, name), text);
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: join(dir, configName) });
    const results = await eslint.lintFiles(['.']);
    const byFile = Object.fromEntries(
      results.map((result) => [result.filePath.slice(dir.length + 1), result.messages.map((m) => `${m.ruleId ?? 'fatal'}: ${m.message.slice(0, 60)}`)]),
    );
    for (const name of Object.keys(PROJECT)) {
      expect(byFile[name], `${name} is linted`).toBeDefined();
      expect(byFile[name], name).toEqual([expect.stringMatching(/^openai\/no-unsupported-max-tokens: /)]);
    }
  }, 60_000);
});

describe('README first screen', () => {
  it('shows the reports ESLint gives on its sample code', () => {
    const sample = blocks.find((block) => block.lang === 'ts' && block.code.startsWith('// src/summarize.ts\n'));
    const output = blocks.find((block) => block.lang === 'text' && block.code.startsWith('$ npx eslint src/summarize.ts\n'));
    expect(sample && output).toBeTruthy();
    const shown = output!.code
      .split('\n')
      .map((line) => /^\s+(\d+):(\d+)\s+error\s+(.+?)\s+(openai\/\S+)$/.exec(line))
      .filter((match) => match !== null)
      .map((match) => `${match[1]}:${match[2]} ${match[3]} ${match[4]}`);
    const messages = new Linter().verify(
      sample!.code,
      [{ files: ['**/*.ts'], languageOptions: { parser: tsParser as Linter.Parser } }, { files: ['**/*.ts'], ...(plugin.configs.recommended as Linter.Config) }],
      { filename: 'src/summarize.ts' },
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toEqual(messages.map((m) => `${m.line}:${m.column} ${m.message} ${m.ruleId}`));
  });
});

describe('README links and length', () => {
  it('links only to files the package ships', () => {
    const links = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((match) => match[1]).filter((link) => !/^[a-z]+:/.test(link));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(existsSync(join(root, link)), `${link} exists`).toBe(true);
      expect(pkg.files.some((entry) => link === entry || link.startsWith(`${entry}/`)), `${link} is in package.json "files"`).toBe(true);
    }
  });

  it('is at most a third of its 4,602 words of 2026-12-04', () => {
    expect(readme.split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(Math.floor(4602 / 3));
  });
});
