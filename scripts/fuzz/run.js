// A fuzz run: generate programs (ours, eslump's, or both, interleaved) and check each one. Shared by
// `npm run fuzz` (scripts/fuzz.js) and tests/fuzz.test.ts.
import { createChecker } from './check.js';
import { generateEslumpProgram } from './eslump.js';
import { generateProgram } from './generator.js';

export { modelsFromCatalog } from './generator.js';

/**
 * The day model retirements are judged on (`settings.openai.date`), fixed so that a seed's reports
 * and counts do not move with the calendar (gpt-5 and o3 shut down on 2026-12-11).
 */
export const FUZZ_DATE = '2026-12-04';

/** Which generator makes program `index`: with `both`, every fourth program is eslump's. */
export function originOf(source, index) {
  if (source !== 'both') return source;
  return index % 4 === 3 ? 'eslump' : 'ours';
}

/** Program `index` of a run: the same (seed, index, source) always gives the same program. */
export function makeProgram({ seed, index, source, models }) {
  const origin = originOf(source, index);
  const program = origin === 'ours' ? generateProgram({ seed, index, models }) : generateEslumpProgram({ seed, index, models });
  return { ...program, origin, seed, index };
}

function emptyTotals() {
  return { programs: 0, callSites: 0, decoys: 0, reports: 0, fixable: 0, suggestions: 0, fixedPrograms: 0, lines: 0, byRule: {} };
}

/**
 * Run `count` programs from `start`. `plugin` and `getRequest` come from one build (dist or source);
 * `models` from `modelsFromCatalog`. Stops after `maxFailures` failures. Returns totals (overall and
 * per origin), the failures (each with its program) and timings in milliseconds. `date` is
 * `settings.openai.date` for every program (default FUZZ_DATE).
 */
export function runFuzz({ plugin, getRequest, models, seed = 1, count = 2000, start = 0, source = 'both', maxFailures = 1, onProgress = null, date = FUZZ_DATE }) {
  const { check } = createChecker({ plugin, getRequest, settings: { openai: { date } } });
  const totals = emptyTotals();
  const byOrigin = { ours: emptyTotals(), eslump: emptyTotals() };
  const failures = [];
  let generateMs = 0;
  let checkMs = 0;
  const started = performance.now();
  for (let index = start; index < start + count; index++) {
    const t0 = performance.now();
    const program = makeProgram({ seed, index, source, models });
    const t1 = performance.now();
    const { failure, stats } = check(program);
    const t2 = performance.now();
    generateMs += t1 - t0;
    checkMs += t2 - t1;
    const lines = program.code.split('\n').length;
    for (const target of [totals, byOrigin[program.origin]]) {
      target.programs++;
      target.callSites += stats.callSites;
      target.decoys += program.decoys ?? 0;
      target.reports += stats.reports;
      target.fixable += stats.fixable;
      target.suggestions += stats.suggestions;
      target.fixedPrograms += stats.fixedPrograms;
      target.lines += lines;
      for (const [rule, n] of Object.entries(stats.byRule)) target.byRule[rule] = (target.byRule[rule] ?? 0) + n;
    }
    if (failure) {
      failures.push({ ...failure, program });
      if (failures.length >= maxFailures) break;
    }
    onProgress?.(index - start + 1, totals);
  }
  return { seed, source, start, totals, byOrigin, failures, ms: performance.now() - started, generateMs, checkMs };
}
