// The command as installed: `bin/eslint-plugin-openai.js` (plain JavaScript) runs the build of src/cli,
// so this builds first when dist/ is stale (CI builds before the tests). Also checks statically that
// the CLI loads nothing but the KB and its own modules: no ESLint, no rules, no parser.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, root } from '../integration/build.js';

const bin = join(root, 'bin', 'eslint-plugin-openai.js');

describe('bin/eslint-plugin-openai.js', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  it('explains an error from an argument and from stdin, exits 1 when nothing matches, and runs through npx', () => {
    const node = (args: string[], input?: string) =>
      spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', input, timeout: 30_000 });

    const fromArg = node(['explain', "400 Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead."]);
    expect(fromArg.stderr).toBe('');
    expect(fromArg.status).toBe(0);
    expect(fromArg.stdout.split('\n')[0]).toBe('llm/openai-max-tokens-reasoning-model');
    expect(fromArg.stdout).toContain('  openai/no-unsupported-max-tokens (in `recommended`)');

    const body = JSON.stringify({ error: { message: 'You are not allowed to request logprobs from this model', type: 'invalid_request_error', param: null, code: null } });
    const fromStdin = node(['explain', '--json'], body);
    expect(fromStdin.status).toBe(0);
    expect((JSON.parse(fromStdin.stdout) as { entry: { id: string } }).entry.id).toBe('llm/openai-reasoning-model-logprobs');

    const none = node(['explain', 'Rate limit reached for requests']);
    expect(none.status).toBe(1);
    expect(none.stdout).toMatch(/^No KB entry matches this error\./);

    // The README's command from a clone (after `npm run build`): npx runs this package's own bin.
    // `--no`: never fetch anything from the registry.
    const npx = spawnSync('npx', ['--no', 'eslint-plugin-openai', 'kb'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(npx.status).toBe(0);
    expect(npx.stdout.split('\n')[0]).toMatch(/^llm\/[a-z0-9-]+ +\S/);

    const empty = node(['explain'], '');
    expect(empty.status).toBe(2);
    expect(empty.stderr).toBe('eslint-plugin-openai explain: the input is empty. Pass the error text as an argument (in quotes) or on stdin.\n');
  });

  it('is declared in package.json and shipped', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string>; files: string[] };
    expect(pkg.bin).toEqual({ 'eslint-plugin-openai': './bin/eslint-plugin-openai.js' });
    expect(pkg.files).toEqual(expect.arrayContaining(['bin', 'dist']));
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});

describe('src/cli imports', () => {
  it('only node: built-ins, its own modules, the KB and package.json (for --version)', () => {
    const dir = join(root, 'src', 'cli');
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
      const specifiers = ts.preProcessFile(readFileSync(join(dir, file), 'utf8'), true, true).importedFiles.map((ref) => ref.fileName);
      for (const specifier of specifiers) {
        expect(specifier, `src/cli/${file} imports ${specifier}`).toMatch(/^(?:node:[a-z_/]+|\.\/[\w-]+\.js|\.\.\/kb\/index\.js|eslint-plugin-openai\/package\.json)$/);
      }
    }
  });
});
