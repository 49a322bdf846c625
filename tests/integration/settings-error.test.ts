// A bad `settings.openai` through ESLint's command line (ESLint 10 and 9): exit code 2, and under
// ESLint's "Oops! Something went wrong!" banner our message comes first, naming the key and the
// nearest known key, then the file; no stack frames.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, eslintBin, root } from './build.js';

const eslint9Bin = join(dirname(createRequire(import.meta.url).resolve('eslint9/package.json')), 'bin', 'eslint.js');

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'openai-settings-error-'));
  const plugin = pathToFileURL(join(root, 'dist/index.js')).href;
  writeFileSync(
    join(dir, 'eslint.config.js'),
    `import openai from ${JSON.stringify(plugin)};\nexport default [openai.configs.recommended, { settings: { openai: { modelAlias: { prod: 'gpt-4.1' } } } }];\n`,
  );
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(dir, 'app.js'), 'export const x = 1;\n');
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each([
  ['ESLint 10', eslintBin],
  ['ESLint 9', eslint9Bin],
])('%s', (_name, bin) => {
  it('prints the key, the nearest key and the file, without a stack', () => {
    const result = spawnSync(process.execPath, [bin, 'app.js'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(2);
    const lines = result.stderr.trim().split('\n');
    // ESLint's banner and version, then ours.
    const first = lines.findIndex((line) => line.startsWith('eslint-plugin-openai:'));
    expect(lines.slice(0, first).join('\n')).toMatch(/^Oops! Something went wrong! :\(\n\nESLint: \d+\.\d+\.\d+\n$/);
    expect(lines[first]).toBe(
      'eslint-plugin-openai: unknown key settings.openai.modelAlias. Did you mean settings.openai.modelAliases? Known keys: modelAliases, date, sdkVersion, frameworkVersions, models, providers, typeChecked.',
    );
    expect(lines[first + 1]).toBe(`Occurred while linting ${join(dir, 'app.js')}.`);
    expect(lines[first + 2]).toMatch(/^This is a settings problem, not one of rule 'openai\/[a-z-]+' \(the first rule that read the settings\)\.$/);
    expect(lines.length).toBe(first + 3);
  });
});
