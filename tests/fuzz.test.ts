/**
 * The fixed-seed fuzz batch: the programs `npm run fuzz` checks by default (seed 1, 2,000 programs,
 * three of our generator's for one of eslump's), with the plugin from source. Every rule must
 * neither crash nor turn valid code into invalid code; every fix keeps comments and converges; the
 * analysis finds exactly the call sites the generator wrote (scripts/fuzz/check.js). Retirements are
 * judged on a fixed day (`settings.openai.date`), so the counts do not move with the calendar.
 *
 * A failure prints the seed and program index; `npm run fuzz -- --seed 1 --start <index> --count 1`
 * reproduces it with the built plugin and writes it to fuzz-failures/.
 */
import { describe, expect, it } from 'vitest';
import { FUZZ_DATE, modelsFromCatalog, runFuzz, type Failure, type Totals } from '../scripts/fuzz/run.js';
import plugin from '../index.js';
import { MODEL_CATALOG } from '../src/models/catalog.js';
import { getRequest } from '../src/analysis/request.js';

const SEED = 1;
const COUNT = 2000;
const CHUNK = 500;
/** `settings.openai.date` for every program (the same as `npm run fuzz` uses, so failures reproduce). */
const DATE = '2026-12-04';

const models = modelsFromCatalog(MODEL_CATALOG);
const totals: Totals[] = [];

function describeFailure(failure: Failure): string {
  const { program } = failure;
  return [
    `${failure.kind} (${failure.rule ?? 'rule not identified'}) in ${program.origin} program ${program.index} of seed ${program.seed} (${program.filename})`,
    `reproduce: npm run fuzz -- --seed ${program.seed} --start ${program.index} --count 1`,
    failure.message,
    '---- program ----',
    program.code,
  ].join('\n');
}

describe(`fuzz: seed ${SEED}, ${COUNT} programs`, () => {
  for (let start = 0; start < COUNT; start += CHUNK) {
    it(`programs ${start}..${start + CHUNK - 1}`, () => {
      const result = runFuzz({ plugin, getRequest, models, seed: SEED, count: CHUNK, start, source: 'both', maxFailures: 1, date: DATE });
      expect(result.failures.map(describeFailure)).toEqual([]);
      expect(result.totals.programs).toBe(CHUNK);
      totals.push(result.totals);
    }, 300_000);
  }

  it('judges retirements on the same fixed day as `npm run fuzz`', () => {
    expect(FUZZ_DATE).toBe(DATE);
  });

  it('exercises the plugin: call sites, decoys, reports, autofixes and suggestions', () => {
    const sum = (key: 'callSites' | 'decoys' | 'reports' | 'fixable' | 'suggestions' | 'fixedPrograms') => totals.reduce((n, t) => n + t[key], 0);
    expect(totals).toHaveLength(COUNT / CHUNK);
    expect(sum('callSites')).toBeGreaterThan(3 * COUNT);
    expect(sum('decoys')).toBeGreaterThan(0);
    expect(sum('reports')).toBeGreaterThan(COUNT);
    expect(sum('fixable')).toBeGreaterThan(COUNT / 10);
    expect(sum('suggestions')).toBeGreaterThan(COUNT / 10);
    expect(sum('fixedPrograms')).toBeGreaterThan(COUNT / 10);
  });
});
