// `eslint --concurrency`: ESLint 9.34+ lints files in worker threads, each of which loads the config file
// and the plugin on its own. The plugin keeps no state across files and does no I/O, so the results
// must be exactly those of a single-threaded run. Workers load plain JavaScript only, so this runs the
// examples config, which imports the built plugin (dist/).
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, examplesConfig, examplesDir, reports } from './build.js';

/** Lint examples/ and note which kinds of handles were alive meanwhile (worker threads show as `MessagePort`). */
async function lintExamples(concurrency: number | 'off') {
  const resources = new Set<string>();
  const sample = setInterval(() => {
    for (const resource of process.getActiveResourcesInfo()) resources.add(resource);
  }, 5);
  try {
    const eslint = new ESLint({ cwd: examplesDir, overrideConfigFile: examplesConfig, concurrency });
    const results = await eslint.lintFiles(['.']);
    return { results, reports: reports(results, examplesDir), resources };
  } finally {
    clearInterval(sample);
  }
}

describe('ESLint concurrency', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  it('gives the same reports, fixes and suggestions with 2 worker threads as single-threaded', async () => {
    const single = await lintExamples('off');
    const threaded = await lintExamples(2);

    // Several files, so `concurrency: 2` really starts two workers (ESLint uses min(concurrency, files)).
    expect(single.results.length).toBeGreaterThanOrEqual(2);
    expect(single.reports.filter((report) => report.ruleId?.startsWith('openai/')).length).toBeGreaterThan(0);
    expect(single.reports.some((report) => report.fix)).toBe(true);
    expect(single.reports.some((report) => report.suggestions?.length)).toBe(true);
    expect(single.reports.filter((report) => report.ruleId === null)).toEqual([]);

    expect(threaded.reports).toEqual(single.reports);
    expect(threaded.results.map((result) => result.filePath)).toEqual(single.results.map((result) => result.filePath));
    expect(threaded.results.map((result) => result.errorCount)).toEqual(single.results.map((result) => result.errorCount));

    // Evidence that the second run used worker threads and the first did not.
    expect(threaded.resources.has('MessagePort')).toBe(true);
    expect(single.resources.has('MessagePort')).toBe(false);
  }, 120_000);
});
