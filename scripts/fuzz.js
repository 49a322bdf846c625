// `npm run fuzz -- --count N --seed S [--source eslump|ours|both] [--start I] [--max-failures K] [--print I]`
//
// Fuzzes the BUILT plugin (dist/, so run `npm run build` first; `npm run fuzz` does) with random
// programs: our generator's OpenAI call sites, eslump's random JavaScript (with call sites spliced
// in), or both (default: three of ours for one of eslump's). Every rule must neither crash nor
// turn valid code into invalid code; every fix must keep comments and converge. See
// scripts/fuzz/check.js for the exact checks.
//
// On failure: prints the seed, the program index, the program and the error, writes them to
// fuzz-failures/ (gitignored) and exits 1. `--print I` prints program I of the seed and exits.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { makeProgram, modelsFromCatalog, runFuzz } from './fuzz/run.js';

const root = fileURLToPath(new URL('..', import.meta.url));

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    source: { type: 'string', default: 'both' },
    start: { type: 'string', default: '0' },
    'max-failures': { type: 'string', default: '1' },
    print: { type: 'string' },
  },
});

const count = Number(values.count);
const seed = Number(values.seed);
const start = Number(values.start);
const maxFailures = Number(values['max-failures']);
const { source } = values;
if (!['ours', 'eslump', 'both'].includes(source)) throw new Error(`--source must be ours, eslump or both, not ${source}`);
for (const [name, value] of Object.entries({ count, seed, start, maxFailures })) {
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a non-negative integer`);
}

async function load(path) {
  const file = join(root, 'dist', ...path.split('/'));
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return import(pathToFileURL(file).href);
}


const [{ default: plugin }, { getRequest }, { MODEL_CATALOG }] = await Promise.all([
  load('index.js'),
  load('src/analysis/request.js'),
  load('src/models/catalog.js'),
]);
if (typeof getRequest !== 'function') throw new Error('dist/ has no getRequest export: scripts/fuzz.js needs the request analysis to count call sites');
const models = modelsFromCatalog(MODEL_CATALOG);

if (values.print !== undefined) {
  const program = makeProgram({ seed, index: Number(values.print), source, models });
  process.stdout.write(program.code);
  console.error(`// ${program.origin} program ${program.index} of seed ${seed}: ${program.filename}, ${program.callSites} call site(s)`);
} else {
  fuzz();
}

function fuzz() {
  const isTTY = process.stderr.isTTY;
  const result = runFuzz({
    plugin,
    getRequest,
    models,
    seed,
    count,
    start,
    source,
    maxFailures,
    onProgress: (done) => {
      if (isTTY && done % 100 === 0) process.stderr.write(`\r${done}/${count} programs`);
    },
  });
  if (isTTY) process.stderr.write('\r\x1b[K');

  const { totals, byOrigin } = result;
  const row = (label, t) =>
    `  ${label.padEnd(8)} ${String(t.programs).padStart(7)} programs ${String(t.lines).padStart(9)} lines ${String(t.callSites).padStart(8)} call sites ${String(t.decoys).padStart(6)} decoys ${String(t.reports).padStart(7)} reports ${String(t.fixable).padStart(7)} autofixes ${String(t.suggestions).padStart(7)} suggestions ${String(t.fixedPrograms).padStart(6)} programs fixed`;
  console.log(`fuzz: seed ${seed}, source ${source}, programs ${start}..${start + totals.programs - 1}`);
  console.log(row('ours', byOrigin.ours));
  console.log(row('eslump', byOrigin.eslump));
  console.log(row('total', totals));
  console.log(
    `  reports by rule: ${Object.entries(totals.byRule)
      .sort((x, y) => y[1] - x[1])
      .map(([rule, n]) => `${rule.replace('openai/', '')} ${n}`)
      .join(', ')}`,
  );
  console.log(
    `  time: ${(result.ms / 1000).toFixed(1)} s (generate ${(result.generateMs / 1000).toFixed(1)} s, lint and check ${(result.checkMs / 1000).toFixed(1)} s)`,
  );

  if (result.failures.length === 0) {
    console.log('fuzz: no failure');
    return;
  }

  const dir = join(root, 'fuzz-failures');
  mkdirSync(dir, { recursive: true });
  for (const failure of result.failures) {
    const { program } = failure;
    const base = `seed-${seed}-${program.origin}-${program.index}`;
    const ext = program.filename.slice(program.filename.lastIndexOf('.'));
    writeFileSync(join(dir, `${base}${ext}`), program.code);
    const report = [
      `kind: ${failure.kind}`,
      `rule: ${failure.rule ?? '(none identified)'}`,
      `seed: ${seed}, index: ${program.index}, origin: ${program.origin}, file: ${program.filename} (${program.language}, ${program.sourceType})`,
      `reproduce: npm run fuzz -- --seed ${seed} --source ${source} --start ${program.index} --count 1`,
      '',
      failure.message,
    ].join('\n');
    writeFileSync(join(dir, `${base}.txt`), `${report}\n`);
    if (failure.output !== null) writeFileSync(join(dir, `${base}.output${ext}`), failure.output);
    console.error(`\nFAILURE ${report}\n\n---- program (${program.filename}) ----\n${program.code}`);
    if (failure.output !== null) console.error(`---- output ----\n${failure.output}`);
    console.error(`written to ${join('fuzz-failures', base)}.*`);
  }
  process.exitCode = 1;
}
