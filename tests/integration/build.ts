// Shared by the tests that run the BUILT plugin: ESLint worker threads (`concurrency`), the ESLint CLI
// in a subprocess and the `bin/` script load plain JavaScript, so they read dist/, which only exists
// after `npm run build`. CI (.ci/run) builds before the tests (`npm run lint` runs the docs check,
// which builds); locally, `ensureBuilt()` runs the same `tsc -p tsconfig.build.json` when dist/ is
// missing or older than a source file. A lock directory keeps test files that run in parallel from
// building at the same time.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ESLint } from 'eslint';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const examplesDir = join(root, 'examples');
export const examplesConfig = join(examplesDir, 'eslint.config.js');
/** ESLint's command line, as `npx eslint` runs it (the package exports no bin path, so from its package.json). */
export const eslintBin = join(dirname(createRequire(import.meta.url).resolve('eslint/package.json')), 'bin', 'eslint.js');

/** Files the build writes; all must exist and be newer than every source. */
const OUTPUTS = ['dist/index.js', 'dist/rules/index.js', 'dist/src/cli/main.js', 'dist/src/kb/index.js'];
const SOURCE_DIRS = ['src', 'rules'];
const SOURCE_FILES = ['index.ts', 'configs.ts', 'tsconfig.json', 'tsconfig.build.json'];

function newestSource(): number {
  let newest = 0;
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of SOURCE_DIRS) visit(join(root, dir));
  for (const file of SOURCE_FILES) newest = Math.max(newest, statSync(join(root, file)).mtimeMs);
  return newest;
}

function oldestOutput(): number {
  let oldest = Infinity;
  for (const file of OUTPUTS) {
    const path = join(root, file);
    if (!existsSync(path)) return 0;
    oldest = Math.min(oldest, statSync(path).mtimeMs);
  }
  return oldest;
}

export function isBuilt(): boolean {
  return oldestOutput() >= newestSource();
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Build dist/ unless it is current. Type errors do not stop the build (tsc still emits); a missing output does. */
export function ensureBuilt(): void {
  if (isBuilt()) return;
  const lock = join(tmpdir(), `eslint-plugin-openai-build-${createHash('sha256').update(root).digest('hex').slice(0, 12)}.lock`);
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // Another test file is building: wait for it, then use its build.
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for the build lock ${lock}`, { cause: error });
      sleep(250);
      if (isBuilt()) return;
      continue;
    }
    try {
      if (isBuilt()) return;
      const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
      const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
      const missing = OUTPUTS.filter((file) => !existsSync(join(root, file)));
      if (missing.length > 0) {
        throw new Error(`npm run build did not produce ${missing.join(', ')}:\n${result.stdout}${result.stderr}`);
      }
      return;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

/**
 * An `eslint.config.mjs` for a copy of the examples in a temporary directory: it re-exports
 * examples/eslint.config.js (which loads the built plugin and the TypeScript parser from this checkout),
 * so the copy lints exactly like examples/ while its file patterns apply to the copy.
 */
export function reexportConfig(): string {
  return `export { default } from ${JSON.stringify(pathToFileURL(examplesConfig).href)};\n`;
}

/** A temporary copy of examples/src with a config that lints it like examples/; returns the directory. */
export function copyExamples(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `eslint-plugin-openai-${prefix}-`));
  cpSync(join(examplesDir, 'src'), join(dir, 'src'), { recursive: true });
  // The example project uses openai v5 or later: a stand-in package.json, so `sdkVersion: 'detect'`
  // finds the version there as it finds this repository's own openai for examples/ itself.
  mkdirSync(join(dir, 'node_modules', 'openai'), { recursive: true });
  writeFileSync(join(dir, 'node_modules', 'openai', 'package.json'), JSON.stringify({ name: 'openai', version: '5.23.2' }));
  // .mjs: the temporary directory has no package.json to say the config is an ES module.
  writeFileSync(join(dir, 'eslint.config.mjs'), reexportConfig());
  return dir;
}

/** What a lint result says, independent of where and how it ran: relative path, then each message's facts. */
export interface Report {
  file: string;
  ruleId: string | null;
  line: number;
  column: number;
  endLine: number | undefined;
  endColumn: number | undefined;
  message: string;
  fix: { range: [number, number]; text: string } | undefined;
  suggestions: { desc: string; fix: { range: [number, number]; text: string } }[] | undefined;
}

export function reports(results: readonly ESLint.LintResult[], cwd: string): Report[] {
  return results
    .flatMap((result) =>
      result.messages.map((message) => ({
        file: relative(cwd, result.filePath).split(sep).join('/'),
        ruleId: message.ruleId,
        line: message.line,
        column: message.column,
        endLine: message.endLine,
        endColumn: message.endColumn,
        message: message.message,
        fix: message.fix,
        suggestions: message.suggestions?.map((s) => ({ desc: s.desc, fix: s.fix })),
      })),
    )
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message));
}
