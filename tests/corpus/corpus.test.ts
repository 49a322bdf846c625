/**
 * The real-world corpus (scripts/corpus-lib.js): published packages that call the API, linted with
 * configs.all from source. Every report must be recorded and reviewed in tests/corpus/expected.json
 * (`npm run corpus -- --update` adds new ones as "unreviewed"), nothing may crash or fail to parse,
 * and every fix must parse, converge and make no other rule fail.
 *
 * Skipped only when the corpus cannot be downloaded outside CI; in CI a failed download fails.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../index.js';
import { getRequest } from '../../src/analysis/request.js';
import {
  EXPECTED_FILE,
  compareWithExpected,
  ensureCorpus,
  keyOf,
  lintCorpus,
  readExpected,
  type CorpusPackage,
  type CorpusResult,
} from '../../scripts/corpus-lib.js';

const inCI = Boolean(process.env.CI);
// Downloading takes seconds once; later runs find the packages in the cache.
const MINUTES = 60_000;

let packages: CorpusPackage[] | undefined;
let downloadError: unknown;
try {
  packages = await ensureCorpus({ log: (line) => console.info(line) });
} catch (error) {
  downloadError = error;
  if (!inCI) console.warn(`corpus: download failed, corpus tests skipped (they run in CI): ${String(error).split('\n')[0]}`);
}

const expected = readExpected();

describe.skipIf(downloadError !== undefined && !inCI)('real-world corpus', () => {
  let result: CorpusResult;

  beforeAll(async () => {
    if (downloadError !== undefined) throw new Error(`corpus download failed: ${String(downloadError)}`);
    result = await lintCorpus({
      fix: true,
      plugin: plugin as never,
      getRequest: getRequest as never,
      packages,
    });
    const { totals } = result;
    console.info(
      `corpus: ${totals.packages} packages, ${totals.files} files, ${totals.lines} lines, ${totals.callSites} call sites, ` +
        `${totals.reports} reports, ${totals.crashes} crashes, ${totals.fatal} fatal; lint + fix round-trip ${(totals.ms / 1000).toFixed(1)} s`,
    );
  }, 15 * MINUTES);

  it('covers every package with files', () => {
    expect(result.packages.map((pkg) => `${pkg.name}@${pkg.version}`)).toHaveLength(9);
    for (const pkg of result.packages) expect(pkg.files.length, pkg.name).toBeGreaterThan(0);
  });

  it('crashes on no file', () => {
    expect(result.files.filter((entry) => entry.crash).map((entry) => `${entry.file}\n${entry.crash}`)).toEqual([]);
  });

  it('parses every file', () => {
    const fatal = result.files.flatMap((entry) => entry.fatal.map((error) => `${entry.file}:${error.line}:${error.column} ${error.message}`));
    expect(fatal).toEqual([]);
  });

  it(`finds at least the ${expected.minCallSites} call sites recorded`, () => {
    expect(result.totals.callSites).toBeGreaterThanOrEqual(expected.minCallSites);
  });

  it('reports exactly what tests/corpus/expected.json records', () => {
    const { added, removed } = compareWithExpected(result, expected);
    const lines = [
      ...added.map((report) => `+ ${keyOf(report)}  ${report.message ?? ''}`),
      ...removed.map((report) => `- ${keyOf(report)}  (${report.verdict}: ${report.reason})`),
    ];
    expect(
      lines,
      `reports differ from ${EXPECTED_FILE}: run \`npm run corpus -- --update\`, then review each new report`,
    ).toEqual([]);
  });

  it('has every recorded report reviewed as a true positive', () => {
    const pending = expected.reports.filter((report) => report.verdict !== 'true').map((report) => `${keyOf(report)} ${report.verdict}: ${report.reason}`);
    expect(pending, 'false positives are fixed in the rules; unreviewed reports need a verdict').toEqual([]);
    for (const report of expected.reports) expect(report.reason.trim(), keyOf(report)).not.toBe('');
  });

  it('fixes into code that parses, converges and makes no other rule fail', () => {
    const problems: string[] = [];
    for (const entry of result.files) {
      const fix = entry.fix;
      if (!fix) continue;
      for (const error of fix.fatal) problems.push(`${entry.file}: fixed output does not parse: ${error.line}:${error.column} ${error.message}`);
      if (fix.refixed) problems.push(`${entry.file}: a second fix pass changed the output`);
      const added = fix.rulesAfter.filter((id) => !fix.rulesBefore.includes(id));
      if (added.length > 0) problems.push(`${entry.file}: new rules report after fixing: ${added.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });
});

/**
 * The harness itself, on three small files in a temporary folder (no download): the rules run on TS,
 * CommonJS and ES module JavaScript, inline config is ignored, call sites are counted, and a file's
 * fixes round-trip. Guards against a harness that silently reports nothing.
 */
describe('corpus harness', () => {
  const dir = mkdtempSync(join(tmpdir(), 'openai-lint-corpus-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const pkgDir = join(dir, 'fake@1.0.0');
  mkdirSync(join(pkgDir, 'dist'), { recursive: true });
  const files = {
    'src.ts':
      "import OpenAI from 'openai';\nconst client = new OpenAI();\n// eslint-disable-next-line openai/no-unsupported-max-tokens\n" +
      "await client.chat.completions.create({ model: 'o3', max_tokens: 10, logprobs: true, messages: [] } as const);\n",
    'dist/cjs.js':
      "const { OpenAI } = require('openai');\nconst client = new OpenAI();\n" +
      "with (Math) {}\nclient.chat.completions.create({ model: 'gpt-5', max_tokens: 10, messages: [] });\n",
    'dist/esm.mjs':
      "/* eslint-disable */\nimport OpenAI from 'openai';\nconst client = new OpenAI();\nawait client.responses.create({ model: 'o3', input: 'hi' });\n",
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(pkgDir, name), text);

  it('lints, counts call sites and round-trips fixes', async () => {
    const result = await lintCorpus({
      fix: true,
      plugin: plugin as never,
      getRequest: getRequest as never,
      cacheDir: dir,
      packages: [{ name: 'fake', version: '1.0.0', dir: pkgDir, files: Object.keys(files).map((name) => join(pkgDir, name)) }],
    });
    expect(result.totals).toMatchObject({ files: 3, callSites: 3, crashes: 0, fatal: 0, ignoredDirectives: 2 });
    const byFile = Object.fromEntries(result.files.map((entry) => [entry.file, entry]));
    // `with` only parses as a script: the package declares no "type", so the .js file is CommonJS.
    expect(byFile['fake@1.0.0/dist/cjs.js'].sourceType).toBe('commonjs');
    // o3 and gpt-5 shut down on 2026-12-11, after the corpus date (2026-11-22): a deprecation warning each.
    expect(byFile['fake@1.0.0/src.ts'].messages.map((m) => m.ruleId)).toEqual([
      'openai/no-deprecated-models',
      'openai/no-unsupported-max-tokens',
      'openai/no-unsupported-logprobs',
    ]);
    expect(byFile['fake@1.0.0/dist/cjs.js'].messages.map((m) => m.ruleId)).toEqual([
      'openai/no-deprecated-models',
      'openai/no-unsupported-max-tokens',
    ]);
    expect(byFile['fake@1.0.0/dist/esm.mjs'].messages.map((m) => m.ruleId)).toEqual(['openai/no-deprecated-models']);
    const fix = byFile['fake@1.0.0/dist/cjs.js'].fix!;
    // The fix renames max_tokens; the model's deprecation warning stays (it has no autofix).
    expect(fix).toMatchObject({ fixed: true, fatal: [], refixed: false, rulesAfter: ['openai/no-deprecated-models'] });
    expect(fix.output).toContain('max_completion_tokens: 10');
  });
});
