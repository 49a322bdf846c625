// The VS Code recipe. The extension cannot run here; this checks what it relies on, through the same
// ESLint API it uses: "Show documentation" opens `meta.docs.url` from the rules' meta of the results
// (ESLint's getRulesMetaForResults), and quick fixes are each message's `fix` and `suggestions`.
// `source.fixAll.eslint` applies the `fix` edits only, which is what `eslint --fix` does (fix.test.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../index.js';
import { ensureBuilt, examplesConfig, examplesDir, root } from './build.js';

const DOCS = `https://github.com/eslint-plugin-openai/eslint-plugin-openai/blob/v${plugin.meta.version}/docs/rules/`;

/** The first ```json block after a heading of the README. */
function jsonBlockAfter(heading: string): unknown {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n${heading}\n`);
  expect(start, `README.md has "${heading}"`).toBeGreaterThan(-1);
  const block = /```json\n([\s\S]*?)```/.exec(readme.slice(start));
  expect(block).not.toBeNull();
  return JSON.parse(block![1]);
}

describe('VS Code recipe', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  it('the settings in the README are valid JSON that fixes on save with ESLint', () => {
    expect(jsonBlockAfter('### VS Code')).toEqual({ 'editor.codeActionsOnSave': { 'source.fixAll.eslint': 'explicit' } });
  });

  it('every rule has a docs URL that is its page in this repository', () => {
    for (const [id, rule] of Object.entries(plugin.rules as unknown as Record<string, { meta: { docs?: { url?: string } } }>)) {
      expect(rule.meta.docs?.url).toBe(`${DOCS}${id}.md`);
      expect(existsSync(join(root, 'docs', 'rules', `${id}.md`)), `docs/rules/${id}.md`).toBe(true);
    }
  });

  it('on examples/, the results give the editor docs URLs, autofixes and suggestions', async () => {
    const eslint = new ESLint({ cwd: examplesDir, overrideConfigFile: examplesConfig });
    const results = await eslint.lintFiles(['.']);
    const messages = results.flatMap((result) => result.messages);
    const meta = eslint.getRulesMetaForResults(results);
    for (const message of messages) {
      expect(message.ruleId).toMatch(/^openai\//);
      expect(meta[message.ruleId!]?.docs?.url).toBe(`${DOCS}${message.ruleId!.slice('openai/'.length)}.md`);
      for (const suggestion of message.suggestions ?? []) {
        expect(suggestion.desc).toMatch(/^[A-Z][a-z]+ .+\.$/);
        expect(suggestion.fix.range[0]).toBeLessThanOrEqual(suggestion.fix.range[1]);
      }
    }
    expect(messages.some((message) => message.fix)).toBe(true);
    expect(messages.some((message) => !message.fix && (message.suggestions?.length ?? 0) > 0)).toBe(true);
  }, 60_000);
});
