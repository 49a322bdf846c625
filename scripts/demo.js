// Demo: lint the example project in examples/ with every rule (examples/eslint.config.js, which loads
// this checkout's build), print each report grouped by file, a summary per rule, and what
// `eslint --fix` would change. Fixes are computed in memory only: nothing under examples/ is written.
// Run with `npm run demo` (builds first). Exits 1 only if ESLint fails or nothing is reported.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('..', import.meta.url));
const examplesDir = fileURLToPath(new URL('../examples/', import.meta.url));
const configFile = fileURLToPath(new URL('../examples/eslint.config.js', import.meta.url));
const built = fileURLToPath(new URL('../dist/index.js', import.meta.url));

class DemoError extends Error {}

const display = (filePath) => relative(root, filePath).split('\\').join('/');

function createESLint(fix) {
  // `fix: true` only puts the fixed text in `result.output`; writing would take ESLint.outputFixes().
  return new ESLint({ cwd: examplesDir, overrideConfigFile: configFile, fix });
}

/** Line diff (longest common subsequence; the example files are small). */
function diffLines(before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) ops.push({ sign: ' ', text: a[i++], a: i, b: ++j });
    else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push({ sign: '-', text: a[i++], a: i, b: j });
    else ops.push({ sign: '+', text: b[j++], a: i, b: j });
  }
  return ops;
}

/** Unified-diff hunks with `context` unchanged lines around each change. */
function formatHunks(ops, context = 1) {
  const changed = ops.map((op, index) => (op.sign === ' ' ? -1 : index)).filter((index) => index !== -1);
  const ranges = [];
  for (const index of changed) {
    const start = Math.max(0, index - context);
    const end = Math.min(ops.length - 1, index + context);
    const last = ranges.at(-1);
    if (last && start <= last.end + 1) last.end = Math.max(last.end, end);
    else ranges.push({ start, end });
  }
  const lines = [];
  for (const { start, end } of ranges) {
    const slice = ops.slice(start, end + 1);
    const aLines = slice.filter((op) => op.sign !== '+');
    const bLines = slice.filter((op) => op.sign !== '-');
    const aStart = aLines[0]?.a ?? slice[0].a;
    const bStart = bLines[0]?.b ?? slice[0].b;
    lines.push(`@@ -${aStart},${aLines.length} +${bStart},${bLines.length} @@`);
    for (const op of slice) lines.push(`${op.sign}${op.text}`);
  }
  return lines;
}

async function main() {
  if (!existsSync(built)) throw new DemoError(`${built} is missing; run \`npm run build\` first (npm run demo does)`);

  let results;
  let fixed;
  try {
    results = await createESLint(false).lintFiles(['.']);
    fixed = await createESLint(true).lintFiles(['.']);
  } catch (error) {
    throw new DemoError(`ESLint ${ESLint.version} failed: ${error?.stack ?? error}`);
  }
  results.sort((x, y) => x.filePath.localeCompare(y.filePath));

  console.log(`ESLint ${ESLint.version}, examples/eslint.config.js (configs.all), ${results.length} files\n`);

  const byRule = new Map();
  const fatal = [];
  let reports = 0;
  let autofixable = 0;
  for (const result of results) {
    const messages = [...result.messages].sort((x, y) => x.line - y.line || x.column - y.column);
    if (messages.length === 0) continue;
    for (const message of messages) {
      const ruleId = message.ruleId ?? (message.fatal ? 'parse-error' : '(eslint)');
      console.log(`${display(result.filePath)}:${message.line}:${message.column}  ${ruleId}  ${message.message}`);
      if (message.fatal) {
        fatal.push(`${display(result.filePath)}:${message.line}:${message.column}`);
        continue;
      }
      reports++;
      const stats = byRule.get(ruleId) ?? { problems: 0, fixable: 0, suggestions: 0 };
      stats.problems++;
      if (message.fix) {
        stats.fixable++;
        autofixable++;
      } else if (message.suggestions?.length) stats.suggestions++;
      byRule.set(ruleId, stats);
    }
    console.log('');
  }

  console.log('Per rule:');
  const width = Math.max(0, ...[...byRule.keys()].map((id) => id.length));
  for (const [ruleId, stats] of [...byRule].sort(([x], [y]) => x.localeCompare(y))) {
    console.log(
      `  ${ruleId.padEnd(width)}  ${String(stats.problems).padStart(2)} ${stats.problems === 1 ? 'problem ' : 'problems'}` +
        ` (${stats.fixable} autofixable, ${stats.suggestions} with suggestions only)`,
    );
  }
  const files = new Set(results.filter((r) => r.messages.length > 0).map((r) => r.filePath)).size;
  console.log(`  total: ${reports} problems in ${files} files\n`);

  const changedFiles = fixed.filter((result) => typeof result.output === 'string').sort((x, y) => x.filePath.localeCompare(y.filePath));
  const remaining = fixed.reduce((sum, result) => sum + result.messages.length, 0);
  const count = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  console.log(`${count(autofixable, 'autofixable problem')}; \`eslint --fix\` would change ${count(changedFiles.length, 'file')} (not written):`);
  for (const result of changedFiles) {
    const before = readFileSync(result.filePath, 'utf8');
    console.log(`\n--- ${display(result.filePath)}\n+++ ${display(result.filePath)} (after eslint --fix)`);
    for (const line of formatHunks(diffLines(before, result.output))) console.log(line);
  }
  console.log(`\nAfter --fix, ${count(remaining, 'problem')} would remain (suggestions and reports without a safe fix).`);

  if (fatal.length > 0) throw new DemoError(`ESLint could not parse ${fatal.join(', ')}`);
  if (reports === 0) throw new DemoError('no rule reported anything in examples/; is the build current?');
}

main().catch((error) => {
  console.error(`demo: ${error instanceof DemoError ? error.message : (error?.stack ?? error)}`);
  process.exitCode = 1;
});
