// `npm run bench` (builds first): what the plugin costs, as ratios within one run, on the same
// machine and files.
//
// Configurations, each linted with ESLint's Node API (`new ESLint(...).lintFiles`), single-threaded:
//   (a) parse only: no rules (parsing, scope analysis and traversal: what every lint pays);
//   (b) the plugin's `configs.all`;
//   (c) one `no-restricted-syntax` selector that finds the same call sites (what a user would write
//       instead of the plugin);
//   (n) one rule that does nothing: what ESLint itself adds as soon as any rule is on, so that the
//       plugin's own cost, (b) - (n), can be told from ESLint's;
//   (d) typescript-eslint's typed parse (the corpus as one allowJs program through
//       `parserOptions.project`; the generated files through `projectService`), no rules;
//   (e) (d) plus `configs.all` with `settings.openai.typeChecked`: type-checked mode, (e) - (d)
//       against (d).
// On two inputs:
//   - the real-world corpus (scripts/corpus-lib.js: pinned npm packages that call the API), with
//     (a), (b), (c), (n), and (d), (e) with --corpus-typed (the typed target is on generated files);
//   - generated TypeScript files with 100, 1,000 and 10,000 call sites (scripts/fuzz/generator.js),
//     to show how the cost grows, with (a), (b), (d), (e), and each rule alone (see runAloneChild).
//
// Fresh processes: each input is measured in its own child process (`node bench/run.js --child`),
// once without type information and once with it, so that one measurement never runs in a heap
// that earlier ones filled (a typed program holds gigabytes; a long-lived process made the largest
// files look superlinear). The parent writes the inputs, runs the children one after another and
// prints the tables.
//
// Time: in a child, each configuration is linted `--runs` times (default 3), after one warm-up round
// for inputs under 5,000 call sites (larger ones warm the JIT up themselves; for the generated files
// without types every configuration first lints the 100-call-site file WARMUP_LINTS times, whatever
// the size), in rotating order (a b c, b c a, c a b, ...) so that drift in machine load does not favour one
// configuration; the median is reported. The time is the CPU time of the child (user + system,
// `process.cpuUsage`), which other processes on a shared machine disturb far less than the wall
// clock (also printed, for the corpus). Small files are linted repeatedly, so that each sample
// covers at least 1,000 call sites; times are per lint of one file.
// Per-rule times: `--stats-runs` more rounds (default 2) with ESLint's `stats: true` (what
// `eslint --stats` prints) for the configurations with rules, median per rule over every lint (generated
// files without types: `gc()` before every such lint). Stats wrap every rule listener in a timer, so they
// are taken in separate rounds and never mixed into CPU times.
// Each rule alone (generated files): one fresh child per (size, rule), started with --expose-gc: the
// same JIT warm-up whatever the size (the 100-call-site file linted WARMUP_LINTS times), one sample of
// the size under test not kept, then samples of it, gc() before every lint, the rule's stats time,
// median over samples (see runAloneChild).
//
// The benchmark is not a test: it prints PASS/MISS against the targets and exits 0 either way.
//
// Options: --runs N, --stats-runs N, --sizes 100,1000,10000, --no-corpus, --no-typed, --corpus-typed,
// --no-alone (skip each rule alone), --alone-samples N (samples per rule and size; default 3 under 5,000
// call sites, 1 from 5,000), --quick (one timed run and one stats run each, 2 alone samples under 5,000
// call sites: about half the time), --alone-rules a,b (each rule alone for these rules only, short names,
// `analysis` for the analysis alone), --json <file> (raw data),
// --markdown <file> (the tables, for docs/performance.md).
// `npm run bench` takes about 17 minutes on an idle 2-core machine (1,008 s on 2026-12-05; much longer on a
// busier one), 11 of them each rule alone (--no-alone skips it).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { corpusCacheDir, ensureCorpus } from '../scripts/corpus-lib.js';
import { generateSizedProgram, modelsFromCatalog } from '../scripts/fuzz/generator.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const self = fileURLToPath(import.meta.url);

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string' },
    'stats-runs': { type: 'string' },
    sizes: { type: 'string', default: '100,1000,10000' },
    corpus: { type: 'boolean', default: true },
    typed: { type: 'boolean', default: true },
    alone: { type: 'boolean', default: true },
    'alone-samples': { type: 'string' },
    'alone-rules': { type: 'string' },
    'corpus-typed': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    json: { type: 'string' },
    markdown: { type: 'string' },
    child: { type: 'string' },
  },
  allowNegative: true,
});
const RUNS = Number(options.runs ?? (options.quick ? 1 : 3));
const STATS_RUNS = Number(options['stats-runs'] ?? (options.quick ? 1 : 2));
const SIZES = options.sizes.split(',').map(Number);
const ALONE_SAMPLES = options['alone-samples'] === undefined ? null : Number(options['alone-samples']);
if (!Number.isInteger(RUNS) || RUNS < 1 || !Number.isInteger(STATS_RUNS) || STATS_RUNS < 0 || SIZES.some((n) => !Number.isInteger(n) || n < 1)) {
  throw new Error('--runs must be >= 1, --stats-runs >= 0, --sizes positive integers');
}
if (ALONE_SAMPLES !== null && (!Number.isInteger(ALONE_SAMPLES) || ALONE_SAMPLES < 1)) throw new Error('--alone-samples must be an integer >= 1');

/** The selector a user would write instead of the plugin: every call of a request method. */
const SELECTOR = 'CallExpression[callee.property.name=/^(create|parse|stream|runTools)$/]';
const SELECTOR_MESSAGE = 'Check this OpenAI request by hand: reasoning models reject logprobs, temperature, max_tokens, ...';

/** A rule with no listener: ESLint's fixed cost of running rules at all. */
const NOOP_PLUGIN = { meta: { name: 'bench' }, rules: { noop: { meta: { type: 'problem', schema: [] }, create: () => ({}) } } };

/** Generated files lint this many call sites per sample at least (small files are linted repeatedly). */
const SITES_PER_SAMPLE = 1000;

/**
 * Generated files, untyped: the file every child lints first with each of its configurations,
 * whatever size it measures (the same seed and style as the measured files), and how many times.
 * The JIT then optimises the rules' code on the same input in every child, so that the sizes differ
 * only in what is measured after it.
 */
const WARMUP_SITES = 100;
const WARMUP_LINTS = 20;

/**
 * Samples per (size, rule) for each rule alone, when --alone-samples is not given: a sample covers
 * SITES_PER_SAMPLE call sites at least. From 5,000 call sites a lint takes seconds (mostly parsing),
 * so one sample there keeps each rule alone near 11 minutes.
 */
function aloneSamples(callSites) {
  if (ALONE_SAMPLES !== null) return ALONE_SAMPLES;
  if (callSites >= 5000) return 1;
  return options.quick ? 2 : 3;
}

/** Heap for each child: a typed program of the corpus or of 10,000 call sites needs a few GiB. */
const CHILD_HEAP_MB = 8192;

const TARGETS = {
  corpusVsSelector: 1,
  growth: 11,
  typedVsTypedParse: 0.1,
};

/** Which configurations each child lints, and which of them get stats rounds. */
const PLANS = {
  corpus: { untyped: { ids: ['parse', 'plugin', 'selector', 'noop'], stats: ['plugin', 'selector'] }, typed: { ids: ['typedParse', 'typed'], stats: ['typed'] } },
  // `warmupFile`: the WARMUP_SITES file first (not in the typed project); `gcStats`: gc() before every stats lint.
  generated: { untyped: { ids: ['parse', 'plugin'], stats: ['plugin'], warmupFile: true, gcStats: true }, typed: { ids: ['typedParse', 'typed'], stats: ['typed'] } },
};

// --- loading -----------------------------------------------------------------------------------

async function loadBuilt() {
  const load = (path) => import(pathToFileURL(join(root, 'dist', ...path.split('/'))).href);
  try {
    const [{ default: plugin }, { MODEL_CATALOG }] = await Promise.all([load('index.js'), load('src/models/catalog.js')]);
    // The rule kit's single listener, for a rule that only builds requests (absent before the kit).
    const kit = await load('src/rule-kit/define-request-rule.js').catch(() => null);
    return { plugin, models: modelsFromCatalog(MODEL_CATALOG), onRequest: kit?.onRequest ?? null };
  } catch (error) {
    throw new Error(`cannot load dist/ (run \`npm run build\` first; \`npm run bench\` does): ${error.message}`, { cause: error });
  }
}

/**
 * A rule that runs the plugin's shared request analysis (the kit's listener, `getRequest` and the
 * request facts) and checks nothing: what every rule pays before its own checks.
 */
function analysisPlugin(onRequest) {
  return { meta: { name: 'bench-analysis' }, rules: { analysis: { meta: { type: 'problem', schema: [] }, create: (context) => onRequest(context, () => {}) } } };
}

/** `module` or `commonjs` for a package's `.js` files, from its package.json `type`. */
function packageSourceType(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).type === 'module' ? 'module' : 'commonjs';
  } catch {
    return 'commonjs';
  }
}

// --- configurations ----------------------------------------------------------------------------

/** Parsers and source types: TypeScript with @typescript-eslint/parser, JavaScript as each package declares. */
function baseConfig(jsSourceTypes) {
  return [
    { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' } },
    { files: ['**/*.ts', '**/*.mts', '**/*.cts'], languageOptions: { parser: tsParser, sourceType: 'module' } },
    ...jsSourceTypes.map(({ pattern, sourceType }) => ({ files: [pattern], languageOptions: { ecmaVersion: 'latest', sourceType } })),
  ];
}

/**
 * Every configuration by id. Type-checked mode: (d) typescript-eslint's own typed parse
 * (`typedProject`: the parser options that give every file type information), no rules; (e) the
 * same plus `configs.all` with `settings.openai.typeChecked`. Typed cost = (e) - (d), compared with
 * (d): type information makes parsing itself much slower, so the target is relative to the typed parse.
 */
function configurations(plugin, jsSourceTypes, typedProject) {
  const base = baseConfig(jsSourceTypes);
  const configs = [
    { id: 'parse', label: '(a) parse only, no rules', config: base },
    { id: 'plugin', label: '(b) plugin configs.all', config: [...base, plugin.configs.all] },
    {
      id: 'selector',
      label: '(c) one no-restricted-syntax selector',
      config: [...base, { rules: { 'no-restricted-syntax': ['error', { selector: SELECTOR, message: SELECTOR_MESSAGE }] } }],
    },
    // What ESLint itself costs as soon as any rule is on (more garbage collection, mostly): the
    // part of (b) - (a) and (c) - (a) that no rule's code can avoid.
    { id: 'noop', label: '(n) one rule that does nothing', config: [...base, { plugins: { bench: NOOP_PLUGIN }, rules: { 'bench/noop': 'error' } }] },
  ];
  if (typedProject && plugin.configs['recommended-type-checked']) {
    configs.push(
      { id: 'typedParse', label: '(d) typed parse only, no rules', config: [...base, typedProject] },
      { id: 'typed', label: '(e) plugin configs.all, typeChecked', config: [...base, plugin.configs.all, { settings: { openai: { typeChecked: true } } }, typedProject] },
    );
  }
  return configs;
}

/**
 * A tsconfig for the generated files' folder: `openai` resolves to the stand-in declarations the
 * type-checked tests use (tests/fixtures/typed), so receivers and parameters have real types.
 */
function writeTypedProject(dir) {
  const openaiTypes = join(root, 'tests', 'fixtures', 'typed', 'node_modules', 'openai', 'index.d.ts');
  const tsconfig = {
    compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, noEmit: true, skipLibCheck: true, types: [], paths: { openai: [openaiTypes] } },
    include: ['*.ts'],
  };
  writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
  return { kind: 'projectService', dir };
}

/**
 * The corpus as one TypeScript program (JavaScript included, `allowJs`), from a tsconfig in a
 * temporary folder that lists the files: the packages' own dependencies are not installed, so
 * their imports have no types, but receivers, classes and values within each package do. Every
 * file (JavaScript too) is parsed by @typescript-eslint/parser with `parserOptions.project`.
 */
function writeCorpusProject(dir, files) {
  const tsconfig = {
    compilerOptions: { allowJs: true, checkJs: false, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', noEmit: true, skipLibCheck: true, types: [] },
    files,
  };
  const path = join(dir, 'tsconfig.json');
  writeFileSync(path, `${JSON.stringify(tsconfig, null, 2)}\n`);
  return { kind: 'project', dir, path };
}

/** The config block that gives type information, from what the parent wrote (JSON-safe). */
function typedProjectConfig(project) {
  if (!project) return null;
  if (project.kind === 'project') {
    return { files: ['**/*.{ts,mts,cts,js,mjs,cjs}'], languageOptions: { parser: tsParser, parserOptions: { project: project.path, tsconfigRootDir: project.dir } } };
  }
  return { files: ['**/*.ts'], languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: project.dir } } };
}

// --- measuring (in a child) --------------------------------------------------------------------

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * A full garbage collection before a lint. ESLint's linter keeps the last file's `SourceCode` (its
 * AST, tokens and scopes) until the next lint, so `gc()` alone would leave it alive and the next
 * lint would collect it: an empty text is linted first, so that the collection frees it.
 */
async function collect(eslint) {
  await eslint.lintText('');
  globalThis.gc();
}

/** Rotations of [0..n): a b c, b c a, c a b, ... */
function rotation(n, round) {
  return Array.from({ length: n }, (_, i) => (i + round) % n);
}

/**
 * Lint `files` (`reps` times per sample) with each configuration: `warmupFile` WARMUP_LINTS times
 * (when given), a warm-up round (when `warmup`), then `runs` timed rounds in rotating order; then
 * `statsRuns` rounds with `stats: true` for the configurations in `statsIds`, with `gc()` before every
 * stats lint when `gcStats`. Times are per lint of the files (divided by `reps`).
 */
async function measure({ cwd, files, reps, warmup, warmupFile, gcStats, configs, statsIds, runs, statsRuns, label }) {
  const plain = configs.map((c) => new ESLint({ cwd, overrideConfigFile: true, overrideConfig: c.config, ignore: false }));
  const withStats = configs.map((c) => (statsIds.includes(c.id) ? new ESLint({ cwd, overrideConfigFile: true, overrideConfig: c.config, ignore: false, stats: true }) : null));
  const times = configs.map(() => []);
  const walls = configs.map(() => []);
  const summaries = configs.map(() => null);
  const lintOnce = async (eslint) => {
    let results;
    for (let r = 0; r < reps; r++) results = await eslint.lintFiles(files);
    return results;
  };
  // The same warm-up whatever the size (generated files), not timed.
  if (warmupFile) {
    for (const eslint of plain) for (let i = 0; i < WARMUP_LINTS; i++) await eslint.lintFiles([warmupFile]);
  }
  // Large inputs warm the JIT up themselves: their first round is timed (the median drops it).
  const first = warmup ? 0 : 1;
  for (let round = first; round <= runs; round++) {
    for (const i of rotation(configs.length, round)) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      const results = await lintOnce(plain[i]);
      const cpu = process.cpuUsage(cpuStarted);
      const wall = performance.now() - started;
      summaries[i] ??= summarize(results);
      if (round > 0) {
        times[i].push((cpu.user + cpu.system) / 1000 / reps);
        walls[i].push(wall / reps);
      }
      process.stderr.write(`\r${label}: round ${round}/${runs} ${configs[i].id}          `);
    }
  }
  const stats = configs.map(() => []);
  const statsIndexes = configs.map((_, i) => i).filter((i) => withStats[i]);
  for (let round = 0; round < statsRuns; round++) {
    for (const j of rotation(statsIndexes.length, round)) {
      const i = statsIndexes[j];
      // Every lint is one sample: the median over all of them keeps a garbage-collection pause
      // that lands in one rule's listener from counting as that rule's time. With `gcStats`, a full
      // collection first, so that no lint's listeners pay for the garbage of the lint before (stats
      // only: a CPU time keeps the collections its lint causes).
      for (let r = 0; r < reps; r++) {
        if (gcStats) await collect(withStats[i]);
        stats[i].push(statsOf(await withStats[i].lintFiles(files)));
      }
      process.stderr.write(`\r${label}: stats round ${round + 1}/${statsRuns} ${configs[i].id}          `);
    }
  }
  process.stderr.write('\r\x1b[K');
  return configs.map((c, i) => ({
    id: c.id,
    label: c.label,
    // CPU time (ms) per lint of the files.
    median: median(times[i]),
    min: Math.min(...times[i]),
    max: Math.max(...times[i]),
    runs: times[i],
    wall: { median: median(walls[i]), min: Math.min(...walls[i]), max: Math.max(...walls[i]) },
    summary: summaries[i],
    stats: mergeStats(stats[i]),
  }));
}

function summarize(results) {
  let messages = 0;
  let fatal = 0;
  const byRule = {};
  for (const result of results) {
    for (const message of result.messages) {
      if (message.fatal) fatal++;
      else if (message.ruleId) {
        messages++;
        byRule[message.ruleId] = (byRule[message.ruleId] ?? 0) + 1;
      }
    }
  }
  return { files: results.length, messages, fatal, byRule };
}

/** Sums over one lint of the files from `result.stats`: parser time, and time per rule (ms). */
function statsOf(results) {
  let parse = 0;
  const rules = {};
  for (const result of results) {
    for (const pass of result.stats?.times?.passes ?? []) {
      parse += pass.parse?.total ?? 0;
      for (const [rule, { total }] of Object.entries(pass.rules ?? {})) rules[rule] = (rules[rule] ?? 0) + total;
    }
  }
  return { parse, rules };
}

/** Median over the stats samples (every lint of every stats round), per rule. */
function mergeStats(rounds) {
  if (rounds.length === 0) return null;
  const rules = {};
  for (const rule of new Set(rounds.flatMap((r) => Object.keys(r.rules)))) rules[rule] = median(rounds.map((r) => r.rules[rule] ?? 0));
  const pluginRules = Object.entries(rules).filter(([rule]) => rule.startsWith('openai/'));
  return {
    parse: median(rounds.map((r) => r.parse)),
    rules,
    pluginTotal: pluginRules.reduce((sum, [, ms]) => sum + ms, 0),
    selectorTotal: rules['no-restricted-syntax'] ?? 0,
  };
}

function machine() {
  const cpu = cpus();
  return {
    cpus: cpu.length,
    cpuModel: cpu[0]?.model ?? 'unknown',
    memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
    freeMemoryGiB: +(freemem() / 2 ** 30).toFixed(1),
    loadAverage: loadavg().map((l) => +l.toFixed(2)),
    node: process.version,
    eslint: ESLint.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

/** A child: one input, one phase (untyped or typed); writes its measurements as JSON to `job.out`. */
async function runChild(jobFile) {
  const job = JSON.parse(readFileSync(jobFile, 'utf8'));
  const { plugin, onRequest } = await loadBuilt();
  const loadBefore = loadavg()[0];
  let data;
  if (job.kind === 'alone') {
    data = { alone: await runAloneChild(job, plugin, onRequest) };
  } else {
    const plan = PLANS[job.kind][job.phase];
    const all = configurations(plugin, job.jsSourceTypes, typedProjectConfig(job.typedProject));
    const configs = plan.ids.map((id) => all.find((c) => c.id === id)).filter(Boolean);
    data = { result: await measure({ ...job, configs, statsIds: plan.stats, warmupFile: plan.warmupFile ? job.warmupFile : null, gcStats: Boolean(plan.gcStats) }) };
  }
  const { maxRSS } = process.resourceUsage();
  writeFileSync(job.out, JSON.stringify({ ...data, loadBefore, loadAfter: loadavg()[0], maxRssMiB: Math.round(maxRSS / 1024) }));
}

/**
 * The rules measured alone: every rule of `configs.all`, the analysis alone (when the kit exists),
 * the no-op rule; with --alone-rules, only those named (short names; the no-op rule always).
 */
function aloneRules(plugin, onRequest) {
  const all = [...Object.keys(plugin.configs.all.rules), ...(onRequest ? ['bench/analysis'] : [])];
  const wanted = options['alone-rules']?.split(',').map((name) => name.trim());
  const unknown = wanted?.filter((name) => !all.some((rule) => short(rule).replace('bench/', '') === name));
  if (unknown?.length) throw new Error(`--alone-rules: unknown rule(s) ${unknown.join(', ')}; expected a comma-separated list of: ${all.map((rule) => short(rule).replace('bench/', '')).join(', ')}`);
  const rules = wanted ? all.filter((rule) => wanted.includes(short(rule).replace('bench/', ''))) : all;
  return [...rules, 'bench/noop'];
}

/** A configuration with one rule on: a plugin rule, the analysis alone or the no-op rule. */
function aloneConfig(rule, plugin, onRequest, jsSourceTypes) {
  const plugins = rule === 'bench/analysis' ? { bench: analysisPlugin(onRequest) } : rule === 'bench/noop' ? { bench: NOOP_PLUGIN } : { openai: plugin };
  return [...baseConfig(jsSourceTypes), { plugins, rules: { [rule]: 'error' } }];
}

/**
 * One rule alone at one size, in a fresh child started with --expose-gc (the parent runs one child
 * per size and rule). With one listener per file (the rule kit), ESLint's stats charge every rule's
 * checks to the first enabled rule, so a rule's own growth shows only when it runs alone: its own
 * listener is the shared analysis plus its checks; `bench/analysis` runs the analysis and checks
 * nothing; `bench/noop` has no listener (its time is ESLint's call of `create`).
 *
 * 1. JIT warm-up, the same for every size: the WARMUP_SITES file (same seed and style as the
 *    measured files) linted WARMUP_LINTS times with the same ESLint instance, not timed.
 * 2. One sample of the file under test, not kept, then `samples` samples, each `reps` lints (so
 *    that a sample covers SITES_PER_SAMPLE call sites at least), a full collection before every
 *    lint (see collect) so that no lint pays for the garbage of the one before. A sample is the
 *    rule's stats time per lint (its mean over the sample's lints); the figure is the median over
 *    samples.
 * Also recorded (JSON only): the process CPU time per lint (parse included), median over samples.
 */
async function runAloneChild({ cwd, files, warmupFile, reps, samples, rule, jsSourceTypes }, plugin, onRequest) {
  if (typeof globalThis.gc !== 'function') throw new Error('the alone child needs node --expose-gc');
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: aloneConfig(rule, plugin, onRequest, jsSourceTypes), ignore: false, stats: true });
  let reports = 0;
  /** One lint of the measured file after a full collection: the rule's stats time and the CPU time of the lint (ms). */
  const lint = async () => {
    await collect(eslint);
    const started = process.cpuUsage();
    const results = await eslint.lintFiles(files);
    const cpu = process.cpuUsage(started);
    reports = summarize(results).messages;
    return { stats: statsOf(results).rules[rule] ?? 0, cpu: (cpu.user + cpu.system) / 1000 };
  };
  for (let i = 0; i < WARMUP_LINTS; i++) await eslint.lintFiles([warmupFile]);
  // One more sample first, not kept: after the warm-up, the first lint of a larger file ran 1.5-2x
  // slower than the ones after it at 1,000 and 3,000 call sites, and 13 % slower at 10,000.
  const statsSamples = [];
  const cpuSamples = [];
  for (let s = -1; s < samples; s++) {
    let stats = 0;
    let cpu = 0;
    for (let r = 0; r < reps; r++) {
      const one = await lint();
      stats += one.stats;
      cpu += one.cpu;
    }
    if (s < 0) continue;
    statsSamples.push(stats / reps);
    cpuSamples.push(cpu / reps);
  }
  return { rule, time: median(statsSamples), samples: statsSamples, cpu: median(cpuSamples), reports };
}

// --- printing ----------------------------------------------------------------------------------

const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)} ms` : 'n/a');
const pct = (value) => (Number.isFinite(value) ? `${(value * 100).toFixed(Math.abs(value) < 0.01 ? 3 : 1)}%` : 'n/a');
const ratio = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}x` : 'n/a');
const verdict = (ok) => (ok ? 'PASS' : 'MISS');

function table(rows, headers) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The same table in Markdown (first column left-aligned, the others right-aligned). */
function markdownTable(rows, headers) {
  const line = (cells) => `| ${cells.map((c) => String(c).replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(headers), `| ${headers.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** What `--markdown <file>` gets: the headings, notes and tables printed, as Markdown. */
const markdown = [];

/** Print a line (a heading or a note) to the console and the Markdown output. */
function say(text, md = text) {
  console.log(text);
  markdown.push(md.trim());
}

/** Print a table to the console and the Markdown output. */
function show(rows, headers) {
  console.log(table(rows, headers));
  markdown.push(markdownTable(rows, headers));
}

/** The short name of a rule id. */
const short = (rule) => rule.replace(/^openai\//, '');

// --- main (the parent) -------------------------------------------------------------------------

function gitCommit() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim() !== '';
    return `${commit}${dirty ? ' (with uncommitted changes)' : ''}`;
  } catch {
    return 'unknown';
  }
}

/** Run one child (a fresh Node process, with --expose-gc for `globalThis.gc()`) and return its measurements. */
function child(job, tmp, { quiet = false } = {}) {
  const name = `${job.kind}-${job.label.replaceAll(/\W+/g, '-')}-${job.phase.replaceAll(/\W+/g, '-')}`;
  const jobFile = join(tmp, `${name}.job.json`);
  const out = join(tmp, `${name}.result.json`);
  writeFileSync(jobFile, JSON.stringify({ ...job, runs: RUNS, statsRuns: STATS_RUNS, out }));
  const started = performance.now();
  const run = spawnSync(process.execPath, [`--max-old-space-size=${CHILD_HEAP_MB}`, '--expose-gc', self, '--child', jobFile], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) throw new Error(`bench child for ${job.label} (${job.phase}) failed with ${run.status ?? run.signal}`);
  const data = JSON.parse(readFileSync(out, 'utf8'));
  data.seconds = (performance.now() - started) / 1000;
  if (!quiet) console.error(`${job.label} (${job.phase}): ${data.seconds.toFixed(0)} s, peak ${data.maxRssMiB} MiB, load ${data.loadBefore.toFixed(1)} -> ${data.loadAfter.toFixed(1)}`);
  return data;
}

/** Both phases of one input (the typed one unless --no-typed; for the corpus only with --corpus-typed), results concatenated. */
function measureInput(job, tmp) {
  const typed = options.typed && (job.kind !== 'corpus' || options['corpus-typed']);
  const phases = typed ? ['untyped', 'typed'] : ['untyped'];
  const parts = phases.map((phase) => ({ phase, ...child({ ...job, phase }, tmp) }));
  // Per child: phase, seconds, peak memory and load (its measurements are in `result`).
  const children = parts.map((part) => ({ phase: part.phase, seconds: part.seconds, maxRssMiB: part.maxRssMiB, loadBefore: part.loadBefore, loadAfter: part.loadAfter }));
  return { result: parts.flatMap((part) => part.result), children };
}

/**
 * Each rule alone: one fresh child per (rule, size), one after another (see runAloneChild), the
 * sizes of one rule in a row, so that a rule's growth compares children minutes apart at most and
 * a change in machine load hits one rule's row rather than one size. Returns, per size, the stats
 * time per rule (median over samples), and in the JSON per rule: the samples, CPU time per lint
 * beyond the no-op rule's (parse included, so noisy), reports, and each child's seconds and load
 * average (before, after).
 */
function measureAlone(jobs, rules, tmp) {
  const started = performance.now();
  const loadBefore = loadavg()[0];
  const bySize = jobs.map((job) => ({ job, samples: aloneSamples(job.callSites), byRule: {}, seconds: 0 }));
  for (const [i, rule] of rules.entries()) {
    for (const size of bySize) {
      process.stderr.write(`\r\x1b[Keach rule alone: ${i + 1}/${rules.length} ${short(rule)}, ${size.job.label}`);
      const data = child({ ...size.job, kind: 'alone', phase: rule, rule, samples: size.samples }, tmp, { quiet: true });
      size.byRule[rule] = { ...data.alone, seconds: data.seconds, load: [data.loadBefore, data.loadAfter] };
      size.seconds += data.seconds;
    }
  }
  process.stderr.write('\r\x1b[K');
  const seconds = (performance.now() - started) / 1000;
  const perSize = bySize.map((size) => `${size.job.label}: ${size.samples} sample(s) of ${size.job.reps} lint(s), ${size.seconds.toFixed(0)} s`).join('; ');
  console.error(`each rule alone (${rules.length * jobs.length} children; ${perSize}): ${seconds.toFixed(0)} s, load ${loadBefore.toFixed(1)} -> ${loadavg()[0].toFixed(1)}`);
  return bySize.map(({ samples, byRule, seconds: sizeSeconds }) => {
    const noop = byRule['bench/noop'].cpu;
    return {
      times: Object.fromEntries(rules.map((rule) => [rule, byRule[rule].time])),
      detail: Object.fromEntries(rules.map((rule) => [rule, { samples: byRule[rule].samples, cpuBeyondNoop: byRule[rule].cpu - noop, reports: byRule[rule].reports, seconds: byRule[rule].seconds, load: byRule[rule].load }])),
      samples,
      seconds: sizeSeconds,
    };
  });
}

async function parent() {
  const started = performance.now();
  const { plugin, models, onRequest } = await loadBuilt();
  // Checked before anything is measured (an unknown --alone-rules name throws).
  const aloneRuleIds = options.alone ? aloneRules(plugin, onRequest) : [];
  const report = {
    date: new Date().toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    commit: gitCommit(),
    machineBefore: machine(),
    runs: RUNS,
    statsRuns: STATS_RUNS,
    plugin: plugin.meta,
    rules: Object.keys(plugin.configs.all.rules).length,
  };
  const m = report.machineBefore;
  say(`eslint-plugin-openai benchmark, ${report.date}, commit ${report.commit}`);
  say(`machine: ${m.cpus} x ${m.cpuModel}, ${m.memoryGiB} GiB, node ${m.node}, eslint ${m.eslint}, load average ${m.loadAverage.join(' ')}`);
  say(`plugin ${plugin.meta.name}@${plugin.meta.version}: ${report.rules} rules in configs.all; ${RUNS} timed run(s) (median), ${STATS_RUNS} stats run(s); each input in fresh processes\n`);

  const tmp = mkdtempSync(join(tmpdir(), 'openai-lint-bench-'));
  try {
    if (options.corpus) {
      const cacheDir = corpusCacheDir();
      const packages = await ensureCorpus({ cacheDir, log: (line) => console.error(line) });
      const files = packages.flatMap((p) => p.files);
      let lines = 0;
      for (const file of files) lines += readFileSync(file, 'utf8').split('\n').length;
      const jsSourceTypes = packages.map((p) => ({ pattern: `${p.dir.slice(cacheDir.length + 1)}/**/*.{js,mjs,cjs}`, sourceType: packageSourceType(p.dir) }));
      // `.mjs` is always a module and `.cjs` CommonJS, whatever the package says.
      jsSourceTypes.push({ pattern: '**/*.mjs', sourceType: 'module' }, { pattern: '**/*.cjs', sourceType: 'commonjs' });
      const typedProject = writeCorpusProject(tmp, files);
      const measured = measureInput({ kind: 'corpus', label: 'corpus', cwd: cacheDir, files, reps: 1, warmup: false, jsSourceTypes, typedProject }, tmp);
      printCorpus(report, { packages, files, lines }, measured);
    }

    const dir = join(tmp, 'generated');
    mkdirSync(dir);
    const typedProject = writeTypedProject(dir);
    // The warm-up file (untyped children), in a subfolder: the typed project includes only `*.ts` of `dir`.
    const warmup = generateSizedProgram({ seed: 1, models, callSites: WARMUP_SITES });
    const warmupFile = join(dir, 'warmup', warmup.filename);
    mkdirSync(join(dir, 'warmup'));
    writeFileSync(warmupFile, warmup.code);
    const sized = [];
    const jobs = [];
    for (const size of SIZES) {
      const program = generateSizedProgram({ seed: 1, models, callSites: size });
      const file = join(dir, program.filename);
      writeFileSync(file, program.code);
      const reps = Math.max(1, Math.round(SITES_PER_SAMPLE / program.callSites));
      const job = { kind: 'generated', label: `${size} call sites`, cwd: dir, files: [file], reps, warmup: program.callSites < 5000, warmupFile, jsSourceTypes: [], typedProject };
      jobs.push({ ...job, callSites: program.callSites });
      sized.push({ size, callSites: program.callSites, lines: program.code.split('\n').length, reps, ...measureInput(job, tmp), alone: null, aloneDetail: null });
    }
    if (options.alone && sized.length > 0) {
      const alone = measureAlone(jobs, aloneRuleIds, tmp);
      for (const [i, entry] of sized.entries()) Object.assign(entry, { alone: alone[i].times, aloneDetail: alone[i] });
    }
    if (sized.length > 0) printGenerated(report, sized);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  report.machineAfter = machine();
  report.seconds = Math.round((performance.now() - started) / 1000);
  say(`\nload average after: ${report.machineAfter.loadAverage.join(' ')}; ${report.seconds} s in all`);
  if (options.json) {
    writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`written ${options.json}`);
  }
  if (options.markdown) {
    writeFileSync(options.markdown, `${markdown.join('\n\n')}\n`);
    console.log(`written ${options.markdown}`);
  }
}

function printCorpus(report, { packages, files, lines }, { result, children }) {
  const byId = (id) => result.find((r) => r.id === id);
  const [parse, withPlugin, selector, noop] = ['parse', 'plugin', 'selector', 'noop'].map(byId);
  report.corpus = { packages: packages.map((p) => `${p.name}@${p.version}`), files: files.length, lines, configs: result, children };

  say(`## Corpus: ${packages.length} packages, ${files.length} files, ${lines.toLocaleString('en-US')} lines`);
  show(
      result.map((r) => [
        r.label,
        ms(r.median),
        `${ms(r.min)} .. ${ms(r.max)}`,
        ms(r.wall.median),
        r.stats ? ms(r.stats.parse) : '',
        r.stats ? ms(r.id === 'selector' ? r.stats.selectorTotal : r.stats.pluginTotal) : '',
        r.summary.messages,
        r.summary.fatal,
      ]),
      ['configuration', 'cpu (median)', 'cpu (min .. max)', 'wall (median)', 'parser (stats)', 'rules (stats)', 'reports', 'parse errors'],
  );
  const stats = withPlugin.stats;
  const typed = byId('typed');
  say('\nPer-rule times (stats, median):');
  show(
      Object.entries(stats.rules)
        .sort((x, y) => y[1] - x[1])
        .map(([rule, t]) => [short(rule), ms(t), typed?.stats ? ms(typed.stats.rules[rule] ?? 0) : '', withPlugin.summary.byRule[rule] ?? 0]),
      ['rule', 'time', 'time, typeChecked', 'reports'],
  );
  const statsVsSelector = stats.pluginTotal / selector.stats.selectorTotal;
  // Beyond what any rule costs: (b) - (n) against (c) - (n). When (n) reads at or above (b) or (c),
  // the differences are below the CPU spread and the ratio means nothing (reported as noise, no verdict).
  const ownCpuVsSelector =
    withPlugin.median > noop.median && selector.median > noop.median ? (withPlugin.median - noop.median) / (selector.median - noop.median) : null;
  const cpuVsParse = (withPlugin.median - parse.median) / parse.median;
  const statsVsParse = stats.pluginTotal / parse.median;
  report.corpus.ratios = { statsVsSelector, ownCpuVsSelector, cpuVsParse, statsVsParse };
  const rows = [
    ['plugin / selector (stats: rule times)', ratio(statsVsSelector), `<= ${ratio(TARGETS.corpusVsSelector)}`, verdict(statsVsSelector <= TARGETS.corpusVsSelector)],
    ownCpuVsSelector === null
      ? ['plugin / selector beyond any rule (cpu: (b-n)/(c-n))', 'noise: (n) read at or above (b) or (c)', `<= ${ratio(TARGETS.corpusVsSelector)}`, '']
      : ['plugin / selector beyond any rule (cpu: (b-n)/(c-n))', ratio(ownCpuVsSelector), `<= ${ratio(TARGETS.corpusVsSelector)}`, verdict(ownCpuVsSelector <= TARGETS.corpusVsSelector)],
    ['plugin rules / parse-only (stats: rule times / a)', pct(statsVsParse), '', ''],
    ['plugin / parse-only (cpu: (b-a)/a, ESLint traversal included)', pct(cpuVsParse), '', ''],
  ];
  const typedParse = byId('typedParse');
  if (typedParse && typed) {
    const typedCpuVsParse = (typed.median - typedParse.median) / typedParse.median;
    const typedStatsVsParse = typed.stats.pluginTotal / typedParse.median;
    Object.assign(report.corpus.ratios, { typedCpuVsParse, typedStatsVsParse });
    rows.push(
      ['typed plugin / typed parse (cpu: (e-d)/d)', pct(typedCpuVsParse), `<= ${pct(TARGETS.typedVsTypedParse)}`, verdict(typedCpuVsParse <= TARGETS.typedVsTypedParse)],
      ['typed plugin rules / typed parse (stats: e rules / d)', pct(typedStatsVsParse), `<= ${pct(TARGETS.typedVsTypedParse)}`, verdict(typedStatsVsParse <= TARGETS.typedVsTypedParse)],
    );
  }
  say('\nRatios on the corpus:');
  show(rows, ['ratio', 'measured', 'target', '']);
  say(`  (cpu differences smaller than the spread are noise: parse-only ${ms(parse.min)} .. ${ms(parse.max)})\n`);
}

function printGenerated(report, sized) {
  const rows = sized.map((entry) => {
    const byId = (id) => entry.result.find((r) => r.id === id);
    const [parse, withPlugin, typedParse, typed] = ['parse', 'plugin', 'typedParse', 'typed'].map(byId);
    return {
      size: entry.size,
      callSites: entry.callSites,
      lines: entry.lines,
      reps: entry.reps,
      children: entry.children,
      parse: parse.median,
      plugin: withPlugin.median,
      pluginCost: withPlugin.median - parse.median,
      pluginStats: withPlugin.stats.pluginTotal,
      rules: withPlugin.stats.rules,
      alone: entry.alone,
      aloneDetail: entry.aloneDetail,
      reports: withPlugin.summary.messages,
      typedParse: typedParse?.median ?? NaN,
      typed: typed?.median ?? NaN,
      typedStats: typed?.stats?.pluginTotal ?? NaN,
      typedReports: typed?.summary.messages ?? NaN,
    };
  });
  report.generated = rows;
  say('## Generated TypeScript files (each size in fresh processes; cpu time per lint of one file)');
  show(
      rows.map((r) => [
        r.callSites.toLocaleString('en-US'),
        r.lines.toLocaleString('en-US'),
        ms(r.parse),
        ms(r.plugin),
        ms(r.pluginCost),
        ms(r.pluginStats),
        `${((r.pluginStats / r.callSites) * 1000).toFixed(1)} µs`,
        pct(r.pluginStats / r.parse),
        r.reports,
      ]),
      ['call sites', 'lines', '(a) parse only', '(b) plugin', 'b - a (cpu)', 'plugin rules (stats)', 'per call site', 'rules / parse', 'reports'],
  );

  // Growth per step, scaled to a 10x step: (time ratio) ^ (1 / log10(site ratio)).
  const per10x = (timeRatio, siteRatio) => timeRatio ** (1 / Math.log10(siteRatio));
  const steps = [];
  for (let i = 1; i < rows.length; i++) {
    const [prev, next] = [rows[i - 1], rows[i]];
    const sites = next.callSites / prev.callSites;
    const growth = (before, after) => {
      const out = {};
      // Rules under 0.05 ms at the smaller size are timer noise, not a growth rate.
      for (const rule of Object.keys(after ?? {})) out[rule] = (before?.[rule] ?? 0) >= 0.05 ? per10x(after[rule] / before[rule], sites) : NaN;
      return out;
    };
    steps.push({
      from: prev.callSites,
      to: next.callSites,
      sites,
      total: per10x(next.pluginStats / prev.pluginStats, sites),
      cpu: per10x(next.pluginCost / prev.pluginCost, sites),
      rules: growth(prev.rules, next.rules),
      alone: growth(prev.alone, next.alone),
    });
  }
  report.growth = steps;
  if (steps.length > 0) {
    say(`\nGrowth per 10x call sites (target <= ${TARGETS.growth}x; a step that is not 10x is scaled to one):`);
    show(
        steps.map((g) => [`${g.from} -> ${g.to}`, ratio(g.sites), ratio(g.total), ratio(g.cpu), verdict(g.total <= TARGETS.growth)]),
        ['step', 'call sites', 'plugin rules (stats)', 'b - a (cpu)', ''],
    );
  }
  if (rows.length > 0 && rows.every((r) => r.alone)) {
    // Each rule alone: the shared analysis plus its own checks (see runAloneChild).
    const ruleIds = Object.keys(rows.at(-1).alone).sort((x, y) => (x.startsWith('bench/') ? 1 : 0) - (y.startsWith('bench/') ? 1 : 0) || x.localeCompare(y));
    const samples = rows.map((r) => `${r.aloneDetail.samples} at ${r.callSites.toLocaleString('en-US')}`).join(', ');
    say(
      `\nEach rule alone (stats: the shared analysis plus its checks; \`analysis\` runs the analysis and checks nothing, \`noop\` is ESLint's call of an empty rule). One fresh process per size and rule, the same warm-up (the ${WARMUP_SITES}-call-site file linted ${WARMUP_LINTS} times), one sample of the file not kept, gc() before every lint, median over samples (${samples}); time per lint, then growth per 10x:`,
    );
    show(
      ruleIds.map((rule) => {
        const worst = Math.max(...steps.map((g) => g.alone[rule]).filter(Number.isFinite));
        return [short(rule).replace('bench/', ''), ...rows.map((r) => ms(r.alone[rule] ?? 0)), ...steps.map((g) => ratio(g.alone[rule])), Number.isFinite(worst) ? verdict(worst <= TARGETS.growth) : ''];
      }),
      ['rule', ...rows.map((r) => `${r.callSites}`), ...steps.map((g) => `${g.from}->${g.to}`), ''],
    );
  }
  if (rows.some((r) => Number.isFinite(r.typed))) {
    say(`\nType-checked mode (cpu time per lint of one file; target: (e) - (d) <= ${pct(TARGETS.typedVsTypedParse)} of (d)):`);
    report.typed = rows.map((r) => ({ callSites: r.callSites, typedParse: r.typedParse, typed: r.typed, cost: r.typed - r.typedParse, ratio: (r.typed - r.typedParse) / r.typedParse, statsRatio: r.typedStats / r.typedParse }));
    show(
        report.typed.map((t, i) => [t.callSites.toLocaleString('en-US'), ms(t.typedParse), ms(t.typed), ms(t.cost), pct(t.ratio), pct(t.statsRatio), rows[i].typedReports, verdict(t.ratio <= TARGETS.typedVsTypedParse)]),
        ['call sites', '(d) typed parse', '(e) typed plugin', 'e - d (cpu)', '(e-d)/d', 'rules (stats) / d', 'reports', ''],
    );
  }
}

if (options.child) await runChild(options.child);
else await parent();
