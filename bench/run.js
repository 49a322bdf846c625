// `npm run bench` (builds first): what the plugin costs, in one run, on the same machine and files.
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
//       against (d), target <= 5%.
// On two inputs:
//   - the real-world corpus (scripts/corpus-lib.js: pinned npm packages that call the API);
//   - generated TypeScript files with 10, 100, 1,000 and 10,000 call sites (scripts/fuzz/generator.js),
//     to show how the cost grows.
//
// Time: each configuration is linted `--runs` times (default 5) after one warm-up round, in
// rotating order (a b c, b c a, c a b, ...) so that drift in machine load does not favour one
// configuration; the median is reported. The time is the CPU time of this process (user + system,
// `process.cpuUsage`), which other processes on a shared machine disturb far less than the wall
// clock (also printed, for the corpus). Plugin cost = (b) - (a), selector cost = (c) - (a).
// Per-rule times: `--stats-runs` more rounds (default 3) with ESLint's `stats: true` (what
// `eslint --stats` prints), median per rule. Stats wrap every rule listener in a timer, so they are
// taken in separate rounds and never mixed into the other figures.
//
// The benchmark is not a test: it prints PASS/MISS against the targets and exits 0 either way.
//
// Options: --runs N, --stats-runs N, --sizes 10,100,1000,10000, --no-corpus, --json <file>.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { corpusCacheDir, ensureCorpus } from '../scripts/corpus-lib.js';
import { generateSizedProgram, modelsFromCatalog } from '../scripts/fuzz/generator.js';

const root = fileURLToPath(new URL('..', import.meta.url));

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'stats-runs': { type: 'string', default: '3' },
    sizes: { type: 'string', default: '10,100,1000,10000' },
    corpus: { type: 'boolean', default: true },
    json: { type: 'string' },
  },
  allowNegative: true,
});
const RUNS = Number(options.runs);
const STATS_RUNS = Number(options['stats-runs']);
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

const TARGETS = {
  corpusVsParse: 0.01,
  corpusVsSelector: 1,
  growth: 11,
  typedVsTypedParse: 0.05,
};

// --- loading -----------------------------------------------------------------------------------

async function loadBuilt() {
  const load = (path) => import(pathToFileURL(join(root, 'dist', ...path.split('/'))).href);
  try {
    const [{ default: plugin }, { MODEL_CATALOG }] = await Promise.all([load('src/index.js'), load('src/models/catalog.js')]);
    return { plugin, models: modelsFromCatalog(MODEL_CATALOG) };
  } catch (error) {
    throw new Error(`cannot load dist/ (run \`npm run build\` first; \`npm run bench\` does): ${error.message}`, { cause: error });
  }
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
  configs.push(...typeCheckedConfigurations(plugin, base, typedProject));
  return configs;
}

/**
 * Type-checked mode: (d) typescript-eslint's own typed parse (`typedProject`: the parser options that
 * give every file type information), no rules; (e) the same plus `configs.all` with
 * `settings.openai.typeChecked`. Typed cost = (e) - (d), compared with (d): type information makes
 * parsing itself much slower, so the target is relative to the typed parse.
 */
function typeCheckedConfigurations(plugin, base, typedProject) {
  if (!typedProject || !plugin.configs['recommended-type-checked']) return [];
  return [
    { id: 'typedParse', label: '(d) typed parse only, no rules', typed: true, config: [...base, typedProject] },
    {
      id: 'typed',
      label: '(e) plugin configs.all, typeChecked',
      typed: true,
      config: [...base, plugin.configs.all, { settings: { openai: { typeChecked: true } } }, typedProject],
    },
  ];
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
  return { files: ['**/*.ts'], languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: dir } } };
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
  return { files: ['**/*.{ts,mts,cts,js,mjs,cjs}'], languageOptions: { parser: tsParser, parserOptions: { project: path, tsconfigRootDir: dir } } };
}

// --- measuring ---------------------------------------------------------------------------------

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
 * timed rounds in rotating order; then `statsRuns` rounds with `stats: true`.
 */
async function measure({ cwd, files, reps, configs, runs, statsRuns, label }) {
  const plain = configs.map((c) => new ESLint({ cwd, overrideConfigFile: true, overrideConfig: c.config, ignore: false }));
  const withStats = configs.map((c) => new ESLint({ cwd, overrideConfigFile: true, overrideConfig: c.config, ignore: false, stats: true }));
  const times = configs.map(() => []);
  const walls = configs.map(() => []);
  const summaries = configs.map(() => null);
  const lintOnce = async (eslint) => {
    let results;
    for (let r = 0; r < reps; r++) results = await eslint.lintFiles(files);
    return results;
  };
  for (let round = 0; round <= runs; round++) {
    for (const i of rotation(configs.length, round)) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      const results = await lintOnce(plain[i]);
      const cpu = process.cpuUsage(cpuStarted);
      const wall = performance.now() - started;
      if (round === 0) summaries[i] = summarize(results);
      else {
        times[i].push((cpu.user + cpu.system) / 1000);
        walls[i].push(wall);
      }
      process.stderr.write(`\r${label}: round ${round}/${runs} ${configs[i].id}     `);
    }
  }
  const stats = configs.map(() => []);
  for (let round = 0; round < statsRuns; round++) {
    for (const i of rotation(configs.length, round)) {
      // Stats per lint of the files: the mean over the repetitions.
      const perLint = [];
      for (let r = 0; r < reps; r++) perLint.push(statsOf(await withStats[i].lintFiles(files)));
      stats[i].push(meanStats(perLint));
      process.stderr.write(`\r${label}: stats round ${round + 1}/${statsRuns} ${configs[i].id}     `);
    }
  }
  process.stderr.write('\r\x1b[K');
  return configs.map((c, i) => ({
    id: c.id,
    label: c.label,
    // CPU time (ms).
    median: median(times[i]),
    min: Math.min(...times[i]),
    max: Math.max(...times[i]),
    runs: times[i],
    wall: { median: median(walls[i]), min: Math.min(...walls[i]), max: Math.max(...walls[i]), runs: walls[i] },
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

/** The mean of several lints' stats. */
function meanStats(list) {
  const rules = {};
  for (const entry of list) for (const [rule, ms] of Object.entries(entry.rules)) rules[rule] = (rules[rule] ?? 0) + ms / list.length;
  return { parse: list.reduce((sum, entry) => sum + entry.parse, 0) / list.length, rules };
}

/** Median over stats rounds, per rule. */
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

// --- printing ----------------------------------------------------------------------------------

const ms = (value) => `${value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)} ms`;
const pct = (value) => `${(value * 100).toFixed(value < 0.01 ? 3 : 2)}%`;
const ratio = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}x` : 'n/a');
const verdict = (ok) => (ok ? 'PASS' : 'MISS');

function table(rows, headers) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
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

// --- main --------------------------------------------------------------------------------------

const { plugin, models } = await loadBuilt();
const report = { date: new Date().toISOString(), command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`, machineBefore: machine(), runs: RUNS, statsRuns: STATS_RUNS, plugin: plugin.meta, rules: Object.keys(plugin.configs.all.rules).length };
console.log(`eslint-plugin-openai benchmark, ${report.date}`);
console.log(
  `machine: ${report.machineBefore.cpus} x ${report.machineBefore.cpuModel}, ${report.machineBefore.memoryGiB} GiB, node ${report.machineBefore.node}, eslint ${report.machineBefore.eslint}, load average ${report.machineBefore.loadAverage.join(' ')}`,
);
console.log(`plugin ${plugin.meta.name}@${plugin.meta.version}: ${report.rules} rules in configs.all; ${RUNS} timed runs (median) after 1 warm-up, ${STATS_RUNS} stats runs`);
console.log('type-checked mode: (d) typed parse and (e) plugin with typeChecked, on the corpus (one allowJs program) and the generated files\n');

/** The corpus files, their source types, and the configurations to lint them with. */
async function prepareCorpus() {
  const cacheDir = corpusCacheDir();
  const packages = await ensureCorpus({ cacheDir, log: (line) => console.error(line) });
  const files = packages.flatMap((p) => p.files);
  let lines = 0;
  for (const file of files) lines += readFileSync(file, 'utf8').split('\n').length;
  const jsSourceTypes = packages.map((p) => ({ pattern: `${p.dir.slice(cacheDir.length + 1)}/**/*.{js,mjs,cjs}`, sourceType: packageSourceType(p.dir) }));
  // `.mjs` is always a module and `.cjs` CommonJS, whatever the package says.
  jsSourceTypes.push({ pattern: '**/*.mjs', sourceType: 'module' }, { pattern: '**/*.cjs', sourceType: 'commonjs' });
  const projectDir = mkdtempSync(join(tmpdir(), 'openai-lint-bench-corpus-'));
  const configs = configurations(plugin, jsSourceTypes, writeCorpusProject(projectDir, files));
  return { cacheDir, packages, files, lines, projectDir, configs };
}

/**
 * Lint every input with every configuration: first without type information (every input), then
 * type-checked mode (every input). A typed program holds gigabytes, which would slow every later
 * lint in this process (garbage collection), so nothing untyped is measured after a typed one.
 */
async function measureAll(jobs) {
  const measured = new Map(jobs.map((job) => [job.key, []]));
  for (const typedPhase of [false, true]) {
    for (const job of jobs) {
      const configs = job.configs.filter((c) => Boolean(c.typed) === typedPhase);
      if (configs.length > 0) measured.get(job.key).push(...(await measure({ ...job, configs, runs: RUNS, statsRuns: STATS_RUNS })));
    }
  }
  return measured;
}

function printCorpus({ packages, files, lines }, result) {
  const [parse, withPlugin, selector] = result;
  const noop = result.find((r) => r.id === 'noop');
  const pluginCpu = withPlugin.median - parse.median;
  const selectorCpu = selector.median - parse.median;
  const anyRuleCpu = noop.median - parse.median;
  report.corpus = { packages: packages.map((p) => `${p.name}@${p.version}`), files: files.length, lines, configs: result, pluginCpu, selectorCpu, anyRuleCpu };

  console.log(`## Corpus: ${packages.length} packages, ${files.length} files, ${lines.toLocaleString('en-US')} lines`);
  console.log(
    table(
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
    ),
  );
  const stats = withPlugin.stats;
  const selectorStats = selector.stats;
  console.log('\nPer-rule times (stats, median), configs.all:');
  if (stats) {
    console.log(
      table(
        Object.entries(stats.rules)
          .sort((x, y) => y[1] - x[1])
          .map(([rule, t]) => [rule, ms(t), pct(t / parse.median), withPlugin.summary.byRule[rule] ?? 0]),
        ['rule', 'time', 'of parse-only cpu', 'reports'],
      ),
    );
  }
  const cpuVsParse = pluginCpu / parse.median;
  const statsVsParse = stats ? stats.pluginTotal / parse.median : NaN;
  const cpuVsSelector = pluginCpu / selectorCpu;
  // Beyond what any rule costs: (b) - (n) against (a), and against (c) - (n).
  const ownCpuVsParse = (withPlugin.median - noop.median) / parse.median;
  const ownCpuVsSelector = (withPlugin.median - noop.median) / (selector.median - noop.median);
  const statsVsSelector = stats && selectorStats ? stats.pluginTotal / selectorStats.selectorTotal : NaN;
  report.corpus.ratios = { cpuVsParse, ownCpuVsParse, statsVsParse, cpuVsSelector, ownCpuVsSelector, statsVsSelector };
  // Type-checked mode: (e) against (d), typescript-eslint's own typed parse.
  const typedParse = result.find((r) => r.id === 'typedParse');
  const typed = result.find((r) => r.id === 'typed');
  const typedRows = [];
  if (typedParse && typed) {
    const typedCpuVsParse = (typed.median - typedParse.median) / typedParse.median;
    const typedStatsVsParse = typed.stats ? typed.stats.pluginTotal / typedParse.median : NaN;
    // What type information itself adds: the plugin's rule time with typeChecked minus without, over (d).
    const typedAddedVsParse = typed.stats && stats ? (typed.stats.pluginTotal - stats.pluginTotal) / typedParse.median : NaN;
    Object.assign(report.corpus.ratios, { typedCpuVsParse, typedStatsVsParse, typedAddedVsParse });
    typedRows.push(
      ['typeChecked addition / typed parse (stats: (e rules - b rules) / d)', pct(typedAddedVsParse), `<= ${pct(TARGETS.typedVsTypedParse)}`, verdict(typedAddedVsParse <= TARGETS.typedVsTypedParse)],
      ['typed plugin / typed parse (cpu: (e-d)/d)', pct(typedCpuVsParse), `<= ${pct(TARGETS.typedVsTypedParse)}`, verdict(typedCpuVsParse <= TARGETS.typedVsTypedParse)],
      ['typed plugin / typed parse (stats: rule times / d)', pct(typedStatsVsParse), `<= ${pct(TARGETS.typedVsTypedParse)}`, verdict(typedStatsVsParse <= TARGETS.typedVsTypedParse)],
    );
  }
  console.log('\nRatios on the corpus:');
  console.log(
    table(
      [
        ['plugin / parse-only (cpu: (b-a)/a)', pct(cpuVsParse), `<= ${pct(TARGETS.corpusVsParse)}`, verdict(cpuVsParse <= TARGETS.corpusVsParse)],
        ['plugin beyond any rule / parse-only (cpu: (b-n)/a)', pct(ownCpuVsParse), `<= ${pct(TARGETS.corpusVsParse)}`, verdict(ownCpuVsParse <= TARGETS.corpusVsParse)],
        ['plugin / parse-only (stats: rule times / a)', pct(statsVsParse), `<= ${pct(TARGETS.corpusVsParse)}`, verdict(statsVsParse <= TARGETS.corpusVsParse)],
        ['plugin / selector (cpu: (b-a)/(c-a))', ratio(cpuVsSelector), `<= ${ratio(TARGETS.corpusVsSelector)}`, verdict(cpuVsSelector <= TARGETS.corpusVsSelector)],
        ['plugin / selector beyond any rule (cpu: (b-n)/(c-n))', ratio(ownCpuVsSelector), `<= ${ratio(TARGETS.corpusVsSelector)}`, verdict(ownCpuVsSelector <= TARGETS.corpusVsSelector)],
        ['plugin / selector (stats: rule times)', ratio(statsVsSelector), `<= ${ratio(TARGETS.corpusVsSelector)}`, verdict(statsVsSelector <= TARGETS.corpusVsSelector)],
        ...typedRows,
      ],
      ['ratio', 'measured', 'target', ''],
    ),
  );
  console.log(
    `  (differences of cpu times are within run-to-run noise when they are smaller than the spread above: parse-only ${ms(parse.min)} .. ${ms(parse.max)})\n`,
  );
}

// Inputs: the corpus, and generated files in a temporary folder.
const corpus = options.corpus ? await prepareCorpus() : null;
const dir = mkdtempSync(join(tmpdir(), 'openai-lint-bench-'));
try {
  const sized = [];
  for (const size of SIZES) {
    const program = generateSizedProgram({ seed: 1, models, callSites: size });
    const file = join(dir, program.filename);
    writeFileSync(file, program.code);
    const reps = Math.max(1, Math.round(SITES_PER_SAMPLE / program.callSites));
    sized.push({ size, callSites: program.callSites, lines: program.code.split('\n').length, file, reps });
  }
  const sizeConfigs = configurations(plugin, [], writeTypedProject(dir));
  const jobs = [
    ...(corpus ? [{ key: 'corpus', cwd: corpus.cacheDir, files: corpus.files, reps: 1, configs: corpus.configs, label: 'corpus' }] : []),
    ...sized.map((entry) => ({ key: entry.size, cwd: dir, files: [entry.file], reps: entry.reps, configs: sizeConfigs, label: `${entry.size} call sites` })),
  ];
  const measured = await measureAll(jobs);

  if (corpus) printCorpus(corpus, measured.get('corpus'));

  const rows = [];
  for (const entry of sized) {
    const { reps } = entry;
    const result = measured.get(entry.size);
    const [parse, withPlugin, selector] = result;
    const noop = result.find((r) => r.id === 'noop');
    const typedParse = result.find((r) => r.id === 'typedParse');
    const typed = result.find((r) => r.id === 'typed');
    const per = (value) => value / reps;
    rows.push({
      typedParse: typedParse ? per(typedParse.median) : NaN,
      typed: typed ? per(typed.median) : NaN,
      typedStats: typed?.stats ? typed.stats.pluginTotal : NaN,
      typedReports: typed ? typed.summary.messages : NaN,
      ...entry,
      file: undefined,
      reps,
      parse: per(parse.median),
      plugin: per(withPlugin.median),
      selector: per(selector.median),
      pluginCost: per(withPlugin.median - parse.median),
      ownCost: per(withPlugin.median - noop.median),
      selectorCost: per(selector.median - parse.median),
      pluginStats: withPlugin.stats ? withPlugin.stats.pluginTotal : NaN,
      selectorStats: selector.stats ? selector.stats.selectorTotal : NaN,
      reports: withPlugin.summary.messages,
    });
  }
  report.generated = rows;
  console.log('## Generated TypeScript files (cpu time per lint of one file)');
  console.log(
    table(
      rows.map((r) => [
        r.callSites.toLocaleString('en-US'),
        r.lines.toLocaleString('en-US'),
        ms(r.parse),
        ms(r.plugin),
        ms(r.selector),
        ms(r.pluginCost),
        ms(r.ownCost),
        ms(r.pluginStats),
        `${((r.pluginStats / r.callSites) * 1000).toFixed(1)} µs`,
        pct(r.pluginStats / r.parse),
        r.reports,
      ]),
      ['call sites', 'lines', '(a) parse only', '(b) plugin', '(c) selector', 'b - a (cpu)', 'b - n (cpu)', 'plugin rules (stats)', 'per call site', 'rules / parse', 'reports'],
    ),
  );
  console.log('\nGrowth (10x call sites should cost at most 11x time; plugin rule time from stats):');
  const growth = [];
  for (let i = 1; i < rows.length; i++) {
    const [prev, next] = [rows[i - 1], rows[i]];
    const sites = next.callSites / prev.callSites;
    const time = next.pluginStats / prev.pluginStats;
    const cpu = next.ownCost / prev.ownCost;
    // The target is per 10x sites; other steps are scaled to it.
    const limit = TARGETS.growth * (sites / 10);
    growth.push({ from: prev.callSites, to: next.callSites, sites, time, cpu, limit, pass: time <= limit });
  }
  report.growth = growth;
  console.log(
    table(
      growth.map((g) => [`${g.from} -> ${g.to}`, ratio(g.sites), ratio(g.time), ratio(g.cpu), `<= ${ratio(g.limit)}`, verdict(g.pass)]),
      ['step', 'call sites', 'plugin time (stats)', 'plugin time (cpu b-n)', 'target', ''],
    ),
  );
  if (rows.some((r) => Number.isFinite(r.typed))) {
    console.log('\nType-checked mode (cpu time per lint of one file; target: (e) - (d) <= 5% of (d)):');
    report.typed = rows.map((r) => ({ callSites: r.callSites, typedParse: r.typedParse, typed: r.typed, cost: r.typed - r.typedParse, ratio: (r.typed - r.typedParse) / r.typedParse, statsRatio: r.typedStats / r.typedParse }));
    console.log(
      table(
        report.typed.map((t, i) => [
          t.callSites.toLocaleString('en-US'),
          ms(t.typedParse),
          ms(t.typed),
          ms(t.cost),
          pct(t.ratio),
          pct(t.statsRatio),
          rows[i].typedReports,
          verdict(t.ratio <= TARGETS.typedVsTypedParse),
        ]),
        ['call sites', '(d) typed parse', '(e) typed plugin', 'e - d (cpu)', '(e-d)/d', 'rules (stats) / d', 'reports', ''],
      ),
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  if (corpus) rmSync(corpus.projectDir, { recursive: true, force: true });
}

report.machineAfter = machine();
console.log(`\nload average after: ${report.machineAfter.loadAverage.join(' ')}`);
if (options.json) {
  writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`written ${options.json}`);
}
