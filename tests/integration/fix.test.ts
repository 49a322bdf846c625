// The `eslint --fix` recipe: run ESLint's command line with `--fix` on a copy of examples/, compare every
// file with its expected fixed text (tests/integration/__snapshots__/eslint-fix/), then run it again and
// check that nothing changes: every autofix was applied in the first run, and what is left is reported
// with editor suggestions or without a fix. After a deliberate change to examples/ or to a rule's fixes,
// review and update the expected files with `npx vitest run tests/integration/fix.test.ts -u`.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyExamples, ensureBuilt, eslintBin, examplesDir, root } from './build.js';

/** The README's commands, run as written (with `npx eslint` as node + ESLint's bin). */
const FIX_COMMAND = 'npx eslint --fix .';
const PREVIEW_COMMAND = 'npx eslint --fix-dry-run --format json .';

let dir = '';

function eslint(command: string) {
  const args = command.split(' ').slice(2);
  return spawnSync(process.execPath, [eslintBin, ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
}

function sources(base: string): Record<string, string> {
  return Object.fromEntries(readdirSync(join(base, 'src')).map((file) => [file, readFileSync(join(base, 'src', file), 'utf8')]));
}

interface JsonResult {
  filePath: string;
  output?: string;
  messages: { ruleId: string; message: string; fix?: unknown; suggestions?: { desc: string }[] }[];
}

describe('eslint --fix on examples/', () => {
  beforeAll(() => {
    ensureBuilt();
    dir = copyExamples('fix');
  }, 180_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the README shows the commands this test runs', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme.includes(FIX_COMMAND), `README.md shows \`${FIX_COMMAND}\``).toBe(true);
    expect(readme.includes(PREVIEW_COMMAND), `README.md shows \`${PREVIEW_COMMAND}\``).toBe(true);
  });

  it('writes the expected fixed files, and a second run changes nothing', async () => {
    const original = sources(examplesDir);

    // The preview writes nothing and lists, per file, the text --fix would write.
    const preview = eslint(PREVIEW_COMMAND);
    expect(preview.stderr).toBe('');
    const previewed = JSON.parse(preview.stdout) as JsonResult[];
    expect(sources(dir)).toEqual(original);

    const first = eslint(FIX_COMMAND);
    // Exit code 1: problems without a certain fix remain (on purpose). 2 would mean ESLint failed.
    expect(first.stderr).toBe('');
    expect(first.status).toBe(1);
    const fixed = sources(dir);
    for (const [file, text] of Object.entries(fixed)) {
      await expect(text).toMatchFileSnapshot(`__snapshots__/eslint-fix/${file}.txt`);
      const planned = previewed.find((result) => result.filePath === join(dir, 'src', file));
      expect(text).toBe(planned?.output ?? original[file]);
    }
    expect(Object.entries(fixed).filter(([file, text]) => text !== original[file]).length).toBeGreaterThan(0);

    // The certain fixes are applied; changes of meaning (a shared object, a model from the environment,
    // a choice between `prediction` and `n`) are left for the editor.
    expect(fixed['summarize.ts']).toContain('max_completion_tokens: 800,');
    expect(fixed['summarize.ts']).not.toContain('max_tokens: 800,');
    expect(fixed['extract.js']).not.toContain("response_format: 'json_object'");
    expect(fixed['classify.ts']).toContain('temperature: 0.2,');
    expect(fixed['agent.ts']).toBe(original['agent.ts']);

    const second = eslint(FIX_COMMAND);
    expect(second.status).toBe(1);
    expect(sources(dir)).toEqual(fixed);

    const after = JSON.parse(eslint(PREVIEW_COMMAND).stdout) as JsonResult[];
    expect(after.filter((result) => result.output !== undefined)).toEqual([]);
    const remaining = after.flatMap((result) => result.messages);
    expect(remaining.length).toBeGreaterThan(0);
    expect(remaining.filter((message) => message.fix !== undefined)).toEqual([]);
    expect(remaining.every((message) => message.ruleId.startsWith('openai/'))).toBe(true);
    expect(remaining.some((message) => (message.suggestions?.length ?? 0) > 0)).toBe(true);
  }, 120_000);
});
