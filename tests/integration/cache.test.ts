// `eslint --cache --cache-strategy content`: ESLint stores each file's results keyed by the file's
// content hash and the resolved config (the plugin object, its version and `settings` included), and
// serves them without linting while both are unchanged. This lints a copy of examples/ twice with the
// cache, and shows the second run came from the cache: with `stats: true` each result carries its lint
// timings, and a cached result carries the first run's timings to the nanosecond, which a new lint
// cannot reproduce. With the `content` strategy a new mtime (what every CI checkout gives) keeps the
// cache; a changed file is linted again, and only that file.
import { readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyExamples, ensureBuilt, reports } from './build.js';

let dir = '';

function eslint(): ESLint {
  return new ESLint({
    cwd: dir,
    cache: true,
    cacheLocation: join(dir, '.cache', '.eslintcache'),
    cacheStrategy: 'content',
    stats: true,
  });
}

/** Per file: its lint timings (identical only when served from the cache). */
function timings(results: ESLint.LintResult[]): Record<string, string> {
  return Object.fromEntries(results.map((result) => [result.filePath, JSON.stringify(result.stats?.times)]));
}

describe('ESLint cache', () => {
  beforeAll(() => {
    ensureBuilt();
    dir = copyExamples('cache');
  }, 180_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same results twice, the second time from the cache, and re-lints only a changed file', async () => {
    const first = await eslint().lintFiles(['.']);
    const cacheFile = JSON.parse(readFileSync(join(dir, '.cache', '.eslintcache'), 'utf8')) as unknown;
    expect(Array.isArray(cacheFile)).toBe(true);
    expect(reports(first, dir).filter((report) => report.ruleId?.startsWith('openai/')).length).toBeGreaterThan(0);
    for (const result of first) expect(result.stats?.times.passes.length).toBeGreaterThan(0);

    const second = await eslint().lintFiles(['.']);
    expect(reports(second, dir)).toEqual(reports(first, dir));
    expect(timings(second)).toEqual(timings(first));

    // A fresh checkout: same content, new modification times. The content strategy keeps the cache.
    const later = new Date(Date.now() + 60_000);
    for (const result of first) utimesSync(result.filePath, later, later);
    const touched = await eslint().lintFiles(['.']);
    expect(reports(touched, dir)).toEqual(reports(first, dir));
    expect(timings(touched)).toEqual(timings(first));

    // A real change: that file is linted again (new timings and the new report), the others stay cached.
    const summarize = join(dir, 'src', 'summarize.ts');
    writeFileSync(summarize, readFileSync(summarize, 'utf8').replace("model: 'o3',", "model: 'o4-mini',"));
    const changed = await eslint().lintFiles(['.']);
    const before = timings(first);
    const after = timings(changed);
    for (const file of Object.keys(before)) {
      if (file === summarize) expect(after[file]).not.toEqual(before[file]);
      else expect(after[file]).toEqual(before[file]);
    }
    const messages = changed.find((result) => result.filePath === summarize)!.messages.map((message) => message.message);
    expect(messages.some((message) => message.includes('`o4-mini`'))).toBe(true);
    expect(messages.some((message) => message.includes('`o3`'))).toBe(false);
  }, 120_000);
});
