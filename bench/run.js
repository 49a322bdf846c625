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
//     to show how the cost grows, with (a), (b), (d), (e), and each rule alone (see measureAlone).
//
// Fresh processes: each input is measured in its own child process (`node bench/run.js --child`),
// once without type information and once with it, so that one measurement never runs in a heap
// that earlier ones filled (a typed program holds gigabytes; a long-lived process made the largest
// files look superlinear). The parent writes the inputs, runs the children one after another and
// prints the tables.
//
// Time: in a child, each configuration is linted `--runs` times (default 3), after one warm-up round
// for inputs under 5,000 call sites (larger ones warm the JIT up themselves), in rotating order (a b c, b c a, c a b, ...) so that drift in machine load does not favour one
// configuration; the median is reported. The time is the CPU time of the child (user + system,
// `process.cpuUsage`), which other processes on a shared machine disturb far less than the wall
// clock (also printed, for the corpus). Small files are linted repeatedly, so that each sample
// covers at least 1,000 call sites; times are per lint of one file.
// Per-rule times: `--stats-runs` more rounds (default 2) with ESLint's `stats: true` (what
// `eslint --stats` prints) for the configurations with rules, median per rule over every lint. Stats wrap every
// rule listener in a timer, so they are taken in separate rounds and never mixed into CPU times.
//
// The benchmark is not a test: it prints PASS/MISS against the targets and exits 0 either way.
//
// Options: --runs N, --stats-runs N, --sizes 100,1000,10000, --no-corpus, --no-typed, --corpus-typed,
// --no-alone (skip each rule alone), --quick (one timed run and one stats run each: about half the time), --json <file> (raw data),
// --markdown <file> (the tables, for docs/performance.md).
// `npm run bench` takes about 10 minutes on an idle 2-core machine (much longer on a busy one).
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
if (!Number.isInteger(RUNS) || RUNS < 1 || !Number.isInteger(STATS_RUNS) || STATS_RUNS < 0 || SIZES.some((n) => !Number.isInteger(n) || n < 1)) {
  throw new Error('--runs must be >= 1, --stats-runs >= 0, --sizes positive integers');
}

/** The selector a user would write instead of the plugin: every call of a request method. */
const SELECTOR = 'CallExpression[callee.property.name=/^(create|parse|stream|runTools)$/]';
const SELECTOR_MESSAGE = 'Check this OpenAI request by hand: reasoning models reject logprobs, temperature, max_tokens, ...';

/** A rule with no listener: ESLint's fixed cost of running rules at all. */
const NOOP_PLUGIN = { meta: { name: 'bench' }, rules: { noop: { meta: { type: 'problem', schema: [] }, create: () => ({}) } } };

/** Generated files lint this many call sites per sample at least (small files are linted repeatedly). */
const SITES_PER_SAMPLE = 1000;

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
  generated: { untyped: { ids: ['parse', 'plugin'], stats: ['plugin'], alone: true }, typed: { ids: ['typedParse', 'typed'], stats: ['typed'] } },
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

/** Rotations of [0..n): a b c, b c a, c a b, ... */
function rotation(n, round) {
  return Array.from({ length: n }, (_, i) => (i + round) % n);
}

/**
 * Lint `files` (`reps` times per sample) with each configuration: a warm-up round, then `runs`
 * timed rounds in rotating order; then `statsRuns` rounds with `stats: true` for the configurations
 * in `statsIds`. Times are per lint of the files (divided by `reps`).
 */
async function measure({ cwd, files, reps, warmup, configs, statsIds, runs, statsRuns, label }) {
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
      // that lands in one rule's listener from counting as that rule's time.
      for (let r = 0; r < reps; r++) stats[i].push(statsOf(await withStats[i].lintFiles(files)));
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
  const plan = PLANS[job.kind][job.phase];
  const all = configurations(plugin, job.jsSourceTypes, typedProjectConfig(job.typedProject));
  const configs = plan.ids.map((id) => all.find((c) => c.id === id)).filter(Boolean);
  const loadBefore = loadavg()[0];
  const result = await measure({ ...job, configs, statsIds: plan.stats });
  const alone = plan.alone && job.alone ? await measureAlone(job, plugin, onRequest) : null;
  const { maxRSS } = process.resourceUsage();
  writeFileSync(job.out, JSON.stringify({ result, alone, loadBefore, loadAfter: loadavg()[0], maxRssMiB: Math.round(maxRSS / 1024) }));
}

/**
 * Each rule alone (its own listener: the shared analysis plus its checks), and the analysis alone.
 * With one listener per file (the rule kit), ESLint's stats charge every rule's checks to the first
 * rule, so a rule's own growth shows only when it runs alone. Two passes over the rules (one for
 * inputs of 5,000 call sites and more), each lint's rule time from ESLint's stats (median over the
 * repetitions of a small file), the lower of the passes kept: stats are wall-clock time inside the
 * listener, and a pause from elsewhere on a busy machine only ever adds to it. Also recorded (JSON only): CPU time per lint beyond the
 * no-op rule's, the lower of the two passes, which includes parse noise.
 */
async function measureAlone({ cwd, files, reps, warmup, jsSourceTypes, label }, plugin, onRequest) {
  const base = baseConfig(jsSourceTypes);
  const only = (plugins, rule) => [...base, { plugins, rules: { [rule]: 'error' } }];
  const runs = Object.keys(plugin.configs.all.rules).map((rule) => ({ rule, config: only({ openai: plugin }, rule) }));
  if (onRequest) runs.push({ rule: 'bench/analysis', config: only({ bench: analysisPlugin(onRequest) }, 'bench/analysis') });
  runs.push({ rule: 'bench/noop', config: only({ bench: NOOP_PLUGIN }, 'bench/noop') });
  /** One sample: the rule's stats time (median over the repetitions) and CPU time, per lint. */
  const sample = async (rule, config) => {
    const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config, ignore: false, stats: true });
    const ruleTimes = [];
    const started = process.cpuUsage();
    for (let r = 0; r < reps; r++) ruleTimes.push(statsOf(await eslint.lintFiles(files)).rules[rule] ?? 0);
    const cpu = process.cpuUsage(started);
    return { stats: median(ruleTimes), cpu: (cpu.user + cpu.system) / 1000 / reps };
  };
  const times = {};
  const cpu = {};
  // One pass for inputs of 5,000 call sites and more (no warm-up round): a pass there costs minutes.
  const passes = warmup ? 2 : 1;
  for (let pass = 0; pass < passes; pass++) {
    for (const { rule, config } of runs) {
      const result = await sample(rule, config);
      times[rule] = Math.min(times[rule] ?? Infinity, result.stats);
      cpu[rule] = Math.min(cpu[rule] ?? Infinity, result.cpu);
      process.stderr.write(`\r${label}: alone pass ${pass + 1}/${passes} ${short(rule)}          `);
    }
  }
  process.stderr.write('\r\x1b[K');
  const noop = cpu['bench/noop'];
  delete times['bench/noop'];
  const cpuBeyondNoop = Object.fromEntries(Object.entries(cpu).map(([rule, ms]) => [rule, ms - noop]));
  return { times, cpuBeyondNoop };
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

/** Run one child (a fresh Node process) and return its measurements. */
function child(job, tmp) {
  const name = `${job.kind}-${job.label.replaceAll(/\W+/g, '-')}-${job.phase}`;
  const jobFile = join(tmp, `${name}.job.json`);
  const out = join(tmp, `${name}.result.json`);
  writeFileSync(jobFile, JSON.stringify({ ...job, runs: RUNS, statsRuns: STATS_RUNS, out }));
  const started = performance.now();
  const run = spawnSync(process.execPath, [`--max-old-space-size=${CHILD_HEAP_MB}`, self, '--child', jobFile], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) throw new Error(`bench child for ${job.label} (${job.phase}) failed with ${run.status ?? run.signal}`);
  const data = JSON.parse(readFileSync(out, 'utf8'));
  data.seconds = (performance.now() - started) / 1000;
  console.error(`${job.label} (${job.phase}): ${data.seconds.toFixed(0)} s, peak ${data.maxRssMiB} MiB, load ${data.loadBefore.toFixed(1)} -> ${data.loadAfter.toFixed(1)}`);
  return data;
}

/** Both phases of one input (the typed one unless --no-typed; for the corpus only with --corpus-typed), results concatenated. */
function measureInput(job, tmp) {
  const typed = options.typed && (job.kind !== 'corpus' || options['corpus-typed']);
  const phases = typed ? ['untyped', 'typed'] : ['untyped'];
  const parts = phases.map((phase) => ({ phase, ...child({ ...job, phase }, tmp) }));
  // Per child: phase, seconds, peak memory and load (its measurements are in `result`).
  const children = parts.map((part) => ({ phase: part.phase, seconds: part.seconds, maxRssMiB: part.maxRssMiB, loadBefore: part.loadBefore, loadAfter: part.loadAfter }));
  const alone = parts.find((part) => part.alone)?.alone ?? null;
  return { result: parts.flatMap((part) => part.result), alone: alone?.times ?? null, aloneCpu: alone?.cpuBeyondNoop ?? null, children };
}

async function parent() {
  const started = performance.now();
  const { plugin, models } = await loadBuilt();
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
    const sized = [];
    for (const size of SIZES) {
      const program = generateSizedProgram({ seed: 1, models, callSites: size });
      const file = join(dir, program.filename);
      writeFileSync(file, program.code);
      const reps = Math.max(1, Math.round(SITES_PER_SAMPLE / program.callSites));
      const warmup = program.callSites < 5000;
      const measured = measureInput({ kind: 'generated', label: `${size} call sites`, cwd: dir, files: [file], reps, warmup, alone: options.alone, jsSourceTypes: [], typedProject }, tmp);
      sized.push({ size, callSites: program.callSites, lines: program.code.split('\n').length, reps, ...measured });
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
  // Beyond what any rule costs: (b) - (n) against (c) - (n).
  const ownCpuVsSelector = (withPlugin.median - noop.median) / (selector.median - noop.median);
  const cpuVsParse = (withPlugin.median - parse.median) / parse.median;
  const statsVsParse = stats.pluginTotal / parse.median;
  report.corpus.ratios = { statsVsSelector, ownCpuVsSelector, cpuVsParse, statsVsParse };
  const rows = [
    ['plugin / selector (stats: rule times)', ratio(statsVsSelector), `<= ${ratio(TARGETS.corpusVsSelector)}`, verdict(statsVsSelector <= TARGETS.corpusVsSelector)],
    ['plugin / selector beyond any rule (cpu: (b-n)/(c-n))', ratio(ownCpuVsSelector), `<= ${ratio(TARGETS.corpusVsSelector)}`, verdict(ownCpuVsSelector <= TARGETS.corpusVsSelector)],
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
      aloneCpu: entry.aloneCpu,
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
    if (rows.every((r) => r.alone)) {
      // Each rule alone: the shared analysis plus its own checks (see measureAlone).
      const ruleIds = Object.keys(rows.at(-1).alone).sort((x, y) => (x.startsWith('bench/') ? 1 : 0) - (y.startsWith('bench/') ? 1 : 0) || x.localeCompare(y));
      say(
        '\nEach rule alone (stats; the lower of two passes, one pass at 5,000 call sites and more: the shared analysis plus its checks; `analysis` runs the analysis and checks nothing), time per lint, then growth per 10x:',
      );
      show(
        ruleIds.map((rule) => {
          const worst = Math.max(...steps.map((g) => g.alone[rule]).filter(Number.isFinite));
          return [short(rule).replace('bench/', ''), ...rows.map((r) => ms(r.alone[rule] ?? 0)), ...steps.map((g) => ratio(g.alone[rule])), Number.isFinite(worst) ? verdict(worst <= TARGETS.growth) : ''];
        }),
        ['rule', ...rows.map((r) => `${r.callSites}`), ...steps.map((g) => `${g.from}->${g.to}`), ''],
      );
    }
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
