// The published entry: package.json points at the build of the root `index.ts` (`dist/index.js`), the
// build loads as the same plugin as the source, and its declarations name no type package but ESLint's
// (users need not have @typescript-eslint/utils). Builds first when dist/ is stale, like tests/cli/bin.test.ts.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import plugin from '../index.js';
import { ensureBuilt, root } from './integration/build.js';

interface Manifest {
  main: string;
  types: string;
  exports: Record<string, string | { types: string; default: string }>;
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;

/** Every module specifier a declaration file names, following its relative imports: `{ file, specifier }`. */
function declarationImports(entry: string): Array<{ file: string; specifier: string }> {
  const found: Array<{ file: string; specifier: string }> = [];
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
      found.push({ file: relative(root, file).split('\\').join('/'), specifier: fileName });
      if (fileName.startsWith('.')) visit(join(dirname(file), fileName.replace(/\.js$/, '.d.ts')));
    }
  };
  visit(entry);
  return found;
}

describe('the published entry', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  it('is dist/index.js with dist/index.d.ts; ./kb stays at dist/src/kb', () => {
    expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    expect(pkg.main).toBe('./dist/index.js');
    expect(pkg.types).toBe('./dist/index.d.ts');
    expect(pkg.exports['./kb']).toEqual({ types: './dist/src/kb/index.d.ts', default: './dist/src/kb/index.js' });
    for (const target of ['dist/index.js', 'dist/index.d.ts', 'dist/src/kb/index.js', 'dist/src/kb/index.d.ts']) {
      expect(existsSync(join(root, target)), target).toBe(true);
    }
  });

  it('loads as the plugin the source builds: same meta, rule ids and config rule entries', async () => {
    const built = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as { default: typeof plugin; rules: Record<string, unknown> };
    expect(built.default.meta).toEqual(plugin.meta);
    expect(Object.keys(built.default.rules)).toEqual(Object.keys(plugin.rules));
    expect(built.rules).toBe(built.default.rules);
    for (const name of Object.keys(plugin.configs) as Array<keyof typeof plugin.configs>) {
      expect(built.default.configs[name].rules, name).toEqual(plugin.configs[name].rules);
    }
  });

  it("declares only ESLint's types: its .d.ts files import nothing but 'eslint' and each other", () => {
    const imports = declarationImports(join(root, 'dist', 'index.d.ts'));
    expect(imports).toEqual([
      { file: 'dist/index.d.ts', specifier: 'eslint' },
      { file: 'dist/index.d.ts', specifier: './src/public-types.js' },
      { file: 'dist/src/public-types.d.ts', specifier: 'eslint' },
    ]);
  });
});
