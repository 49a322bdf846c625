// The real-world corpus: published npm packages that call the OpenAI API, pinned by exact version,
// downloaded with `npm pack` (no install, no lifecycle scripts) into a cache folder outside the
// repository, and linted in memory with every rule (`configs.all`).
//
// Used by `npm run corpus` (scripts/corpus.js, with the built plugin), tests/corpus/corpus.test.ts
// (with the plugin from source) and the benchmark. Nothing here writes to the cache except
// `ensureCorpus`, which only adds missing packages.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

/** The packages and the files linted in each (globs relative to the package root). */
export const CORPUS = Object.freeze([
  { name: 'openai', version: '7.57.0', globs: ['src/**/*.ts'] },
  { name: '@browserbasehq/stagehand', version: '3.7.3', globs: ['dist/**/*.js'] },
  { name: 'portkey-ai', version: '3.1.0', globs: ['{src,tests,examples}/**/*.ts'] },
  { name: 'autoevals', version: '0.3.0', globs: ['jsdist/index.mjs'] },
  { name: '@langchain/community', version: '1.1.29', globs: ['dist/**/*.js'] },
  { name: '@langchain/openai', version: '1.6.0', globs: ['dist/**/*.js'] },
  // LangChain's older chains and agents: framework calls (`new ChatOpenAI({...})`) with literal model ids.
  { name: '@langchain/classic', version: '1.0.50', globs: ['dist/**/*.js'] },
  { name: '@llamaindex/openai', version: '0.4.23', globs: ['dist/index.js'] },
  { name: 'together-ai', version: '0.52.0', globs: ['src/**/*.ts'] },
]);

/**
 * `settings.openai` for the corpus: the date is pinned so that model retirements do not change the
 * reports from one day to the next. Move it forward deliberately (and review the new reports).
 */
export const CORPUS_SETTINGS = Object.freeze({ openai: { date: '2026-11-22' } });

/** Written last into a package's folder: its presence means the extraction completed. */
const MARKER = '.corpus-complete';

/** `OPENAI_LINT_CORPUS_DIR`, else `~/.cache/eslint-plugin-openai/corpus` (survives between CI runs on one machine). */
export function corpusCacheDir() {
  const fromEnv = process.env.OPENAI_LINT_CORPUS_DIR;
  return fromEnv ? fromEnv : join(homedir(), '.cache', 'eslint-plugin-openai', 'corpus');
}

/** `<name>@<version>`, the folder of a package in the cache (scoped names keep their `@scope/`). */
export const packageId = (entry) => `${entry.name}@${entry.version}`;

// --- globs ---------------------------------------------------------------------------------------
// fs.globSync is not in Node 20, and no dependency is added for this: a small glob-to-regex for the
// forms the table uses (`**/`, `*`, `{a,b}`), matched against paths found by a recursive walk.

function globToRegExp(glob) {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (glob.startsWith('**/', i)) {
      source += '(?:[^/]+/)*';
      i += 2;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) throw new Error(`unbalanced brace in glob ${glob}`);
      source += `(?:${glob.slice(i + 1, end).split(',').map(escapeRegExp).join('|')})`;
      i = end;
    } else source += escapeRegExp(char);
  }
  return new RegExp(`^${source}$`);
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Every file under `dir` (relative, `/`-separated), skipping `node_modules`. */
function walk(dir, prefix = '', out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') walk(join(dir, entry.name), rel, out);
    } else if (entry.isFile()) out.push(rel);
  }
  return out;
}

/** The files of an extracted package matched by its globs: absolute, sorted. */
export function matchFiles(dir, globs) {
  const patterns = globs.map(globToRegExp);
  return walk(dir)
    .filter((rel) => patterns.some((pattern) => pattern.test(rel)))
    .sort()
    .map((rel) => join(dir, ...rel.split('/')));
}

// --- download ------------------------------------------------------------------------------------

function packAndExtract(entry, target, log) {
  const tmp = mkdtempSync(join(tmpdir(), 'openai-lint-corpus-'));
  try {
    log(`corpus: downloading ${packageId(entry)}`);
    // `npm pack <spec>` fetches the registry tarball as is: no install, no dependencies, no scripts.
    const stdout = execFileSync(
      'npm',
      ['pack', packageId(entry), '--pack-destination', tmp, '--ignore-scripts', '--json', '--loglevel', 'error'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 },
    );
    const [packed] = JSON.parse(stdout);
    if (!packed?.filename) throw new Error(`npm pack ${packageId(entry)} printed no file name`);
    const staging = join(tmp, 'package');
    mkdirSync(staging);
    // The tarball's single top folder (usually `package/`) is dropped.
    execFileSync('tar', ['-xzf', join(tmp, packed.filename), '-C', staging, '--strip-components=1', '--no-same-owner'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    writeFileSync(join(staging, MARKER), `${JSON.stringify({ id: packed.id, integrity: packed.integrity })}\n`);
    rmSync(target, { recursive: true, force: true });
    mkdirSync(dirname(target), { recursive: true });
    try {
      renameSync(staging, target);
    } catch {
      // Another file system (tmpdir vs cache): extract again in place, marker last.
      mkdirSync(target, { recursive: true });
      execFileSync('tar', ['-xzf', join(tmp, packed.filename), '-C', target, '--strip-components=1', '--no-same-owner']);
      writeFileSync(join(target, MARKER), readFileSync(join(staging, MARKER)));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Download what is missing and list the files to lint. Idempotent: a package whose folder holds the
 * marker is not fetched again. Throws if a download fails.
 * @returns {Promise<Array<{ name: string, version: string, dir: string, files: string[] }>>}
 */
export async function ensureCorpus({ log = () => {}, cacheDir = corpusCacheDir() } = {}) {
  const packages = [];
  for (const entry of CORPUS) {
    const dir = join(cacheDir, ...packageId(entry).split('/'));
    if (!existsSync(join(dir, MARKER))) packAndExtract(entry, dir, log);
    const files = matchFiles(dir, entry.globs);
    if (files.length === 0) throw new Error(`corpus: no file of ${packageId(entry)} matches ${entry.globs.join(', ')}`);
    packages.push({ name: entry.name, version: entry.version, dir, files });
  }
  return packages;
}

// --- lint ----------------------------------------------------------------------------------------

const CALL_SITE_RULE = 'corpus/call-site';

/**
 * A rule that reports every OpenAI request the analysis finds (one message per call site), so call
 * sites are counted in the same lint run as the plugin's rules, through the same request cache.
 */
function callSiteRule(getRequest) {
  return {
    meta: { type: 'problem', schema: [], messages: { site: '{{path}} ({{client}})' } },
    create(context) {
      return {
        CallExpression(node) {
          const request = getRequest(context.sourceCode, node);
          if (request) {
            context.report({ node, messageId: 'site', data: { path: request.site.path, client: request.site.client.kind } });
          }
        },
      };
    },
  };
}

/** `module` for `.mjs` and `.js` under a `"type": "module"` package.json, `commonjs` otherwise; TS files: `module`. */
function sourceTypeOf(file, packageTypes) {
  if (/\.[mc]?ts$/.test(file)) return 'module';
  if (file.endsWith('.mjs')) return 'module';
  if (file.endsWith('.cjs')) return 'commonjs';
  let dir = dirname(file);
  for (;;) {
    if (!packageTypes.has(dir)) {
      const manifest = join(dir, 'package.json');
      let type;
      if (existsSync(manifest)) {
        try {
          type = JSON.parse(readFileSync(manifest, 'utf8')).type ?? 'commonjs';
        } catch {
          type = undefined;
        }
      }
      packageTypes.set(dir, type);
    }
    const type = packageTypes.get(dir);
    if (type) return type === 'module' ? 'module' : 'commonjs';
    const parent = dirname(dir);
    if (parent === dir) return 'commonjs';
    dir = parent;
  }
}

function buildConfigs({ plugin, getRequest, cacheDir }) {
  const counter = { meta: { name: 'corpus-call-sites' }, rules: { 'call-site': callSiteRule(getRequest) } };
  const base = [
    {
      linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
      settings: CORPUS_SETTINGS,
    },
    { files: ['**/*.ts', '**/*.mts', '**/*.cts'], languageOptions: { parser: tsParser, sourceType: 'module' } },
    plugin.configs.all,
    { plugins: { corpus: counter }, rules: { [CALL_SITE_RULE]: 'error' } },
  ];
  const js = (sourceType) => [...base, { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], languageOptions: { ecmaVersion: 'latest', sourceType } }];
  return { module: js('module'), commonjs: js('commonjs'), cacheDir };
}

const isFatal = (message) => message.fatal === true;

function describeError(error) {
  const text = error?.stack ?? String(error);
  return text.split('\n').slice(0, 6).join('\n');
}

/** Sorting key for messages, so every run lists them in one order. */
const byPosition = (a, b) => a.line - b.line || a.column - b.column || String(a.ruleId).localeCompare(String(b.ruleId));

async function loadBuilt() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const index = join(root, 'dist', 'index.js');
  const request = join(root, 'dist', 'src', 'analysis', 'request.js');
  if (!existsSync(index) || !existsSync(request)) throw new Error('dist/ is missing: run `npm run build` first');
  const [{ default: plugin }, { getRequest }] = await Promise.all([
    import(pathToFileURL(index).href),
    import(pathToFileURL(request).href),
  ]);
  return { plugin, getRequest };
}

/**
 * Lint every corpus file in memory. `plugin` and `getRequest` must come from the same build (source
 * or dist) so that the call-site counter shares the rules' request cache; by default both are
 * imported from dist/.
 *
 * Each file is linted on its own so that a rule exception is recorded (file + error) instead of
 * ending the run. JavaScript is parsed with the source type its package declares and, on a fatal
 * parse error, again with the other one.
 *
 * With `fix: true`, each file with a fixable report is also fixed in memory (`verifyAndFix`, never
 * written), and the fixed text is linted and fixed once more: `fix.output`, `fix.fatal` (parse
 * errors after fixing), `fix.refixed` (whether the second pass changed anything), `fix.rulesAfter`.
 */
export async function lintCorpus({ fix = false, plugin, getRequest, packages, cacheDir = corpusCacheDir(), log = () => {} } = {}) {
  if (!plugin || !getRequest) ({ plugin, getRequest } = await loadBuilt());
  packages ??= await ensureCorpus({ log, cacheDir });
  const configs = buildConfigs({ plugin, getRequest, cacheDir });
  const linter = new Linter({ configType: 'flat', cwd: cacheDir });
  const packageTypes = new Map();
  const started = performance.now();
  const files = [];
  const totals = { packages: packages.length, files: 0, lines: 0, bytes: 0, callSites: 0, reports: 0, crashes: 0, fatal: 0, ignoredDirectives: 0 };

  for (const pkg of packages) {
    for (const filePath of pkg.files) {
      const text = readFileSync(filePath, 'utf8');
      const file = relative(cacheDir, filePath).split(sep).join('/');
      const lines = text.length === 0 ? 0 : text.split(/\r\n|\r|\n/).length;
      const bytes = statSync(filePath).size;
      let sourceType = sourceTypeOf(filePath, packageTypes);
      const entry = { file, package: packageId(pkg), lines, bytes, sourceType, callSites: [], messages: [], ignoredDirectives: 0, fatal: [], crash: null, fix: null };
      const verify = (code, type) => linter.verify(code, configs[type], { filename: filePath });
      try {
        let messages = verify(text, sourceType);
        if (messages.some(isFatal) && !/\.[mc]?ts$/.test(filePath)) {
          const other = sourceType === 'module' ? 'commonjs' : 'module';
          const retry = verify(text, other);
          if (!retry.some(isFatal)) {
            messages = retry;
            sourceType = other;
            entry.sourceType = other;
          }
        }
        entry.callSites = messages.filter((m) => m.ruleId === CALL_SITE_RULE).map((m) => ({ line: m.line, column: m.column, site: m.message }));
        entry.fatal = messages.filter(isFatal).map((m) => ({ line: m.line, column: m.column, message: m.message }));
        // Inline-config comments are ignored (`noInlineConfig`); ESLint says so in a rule-less warning per comment.
        entry.ignoredDirectives = messages.filter((m) => !isFatal(m) && m.ruleId === null).length;
        entry.messages = messages.filter((m) => !isFatal(m) && m.ruleId !== null && m.ruleId !== CALL_SITE_RULE).sort(byPosition);
        if (fix && entry.messages.some((m) => m.fix)) entry.fix = fixRoundTrip(linter, configs[sourceType], filePath, text, entry.messages);
      } catch (error) {
        entry.crash = describeError(error);
      }
      totals.files++;
      totals.lines += lines;
      totals.bytes += bytes;
      totals.callSites += entry.callSites.length;
      totals.reports += entry.messages.length;
      totals.fatal += entry.fatal.length;
      totals.ignoredDirectives += entry.ignoredDirectives;
      if (entry.crash) totals.crashes++;
      files.push(entry);
    }
  }
  totals.ms = Math.round(performance.now() - started);
  return { cacheDir, packages, files, totals };
}

const openaiRules = (messages) => [...new Set(messages.filter((m) => m.ruleId && m.ruleId !== CALL_SITE_RULE).map((m) => m.ruleId))].sort();

/** Fix in memory, then lint and fix the output again: it must parse and converge. */
function fixRoundTrip(linter, config, filename, text, before) {
  const first = linter.verifyAndFix(text, config, { filename });
  const second = linter.verifyAndFix(first.output, config, { filename });
  return {
    fixed: first.fixed,
    output: first.output,
    fatal: first.messages.filter(isFatal).map((m) => ({ line: m.line, column: m.column, message: m.message })),
    refixed: second.fixed || second.output !== first.output,
    rulesBefore: openaiRules(before),
    rulesAfter: openaiRules(first.messages),
    remainingFixable: first.messages.filter((m) => m.fix).map((m) => ({ line: m.line, ruleId: m.ruleId })),
  };
}

// --- reports and expectations --------------------------------------------------------------------

/** The (file, line, rule) triples of a lint result, sorted, one per report. */
export function reportKeys(result) {
  const keys = [];
  for (const entry of result.files) {
    for (const message of entry.messages) keys.push({ file: entry.file, line: message.line, rule: message.ruleId, message: message.message });
  }
  return keys.sort(compareKeys);
}

export const keyOf = (report) => `${report.file}:${report.line} ${report.rule}`;

export function compareKeys(a, b) {
  return a.file.localeCompare(b.file) || a.line - b.line || String(a.rule).localeCompare(String(b.rule));
}

export const EXPECTED_FILE = fileURLToPath(new URL('../tests/corpus/expected.json', import.meta.url));

/** `tests/corpus/expected.json`: `{ minCallSites, reports: [{ file, line, rule, verdict, reason }] }`. */
export function readExpected(path = EXPECTED_FILE) {
  if (!existsSync(path)) return { minCallSites: 0, reports: [] };
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Added and removed reports between a lint result and the expectations (by file, line and rule). */
export function compareWithExpected(result, expected) {
  const actual = reportKeys(result);
  const actualKeys = new Set(actual.map(keyOf));
  const expectedKeys = new Set(expected.reports.map(keyOf));
  return {
    added: actual.filter((report) => !expectedKeys.has(keyOf(report))),
    removed: expected.reports.filter((report) => !actualKeys.has(keyOf(report))),
  };
}

/**
 * The expectations for a lint result: every current report, keeping the verdict and reason already
 * recorded for it, new ones `unreviewed`. Duplicate reports (same file, line, rule) are recorded once.
 */
export function updatedExpected(result, expected) {
  const previous = new Map(expected.reports.map((report) => [keyOf(report), report]));
  const reports = [];
  const seen = new Set();
  for (const report of reportKeys(result)) {
    const key = keyOf(report);
    if (seen.has(key)) continue;
    seen.add(key);
    const old = previous.get(key);
    reports.push({
      file: report.file,
      line: report.line,
      rule: report.rule,
      verdict: old?.verdict ?? 'unreviewed',
      reason: old?.reason ?? report.message,
    });
  }
  return { minCallSites: result.totals.callSites, reports };
}
