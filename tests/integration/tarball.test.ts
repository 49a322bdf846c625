/**
 * The packed tarball, installed the way a user installs it (scripts/pack-check.js): `npm pack` from a
 * copy of the repository without dist/ (so `prepack` builds), publint and attw on the tarball, then
 * scratch projects with TypeScript 7 + ESLint 10 and with plain JavaScript + ESLint 10. Needs the npm
 * registry (pinned versions); part of `npm run test:slow`, so of CI.
 */
import { Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATE, SAMPLE, VERSIONS, packCheck } from '../../scripts/pack-check.js';
import type { PackCheckResult } from '../../scripts/pack-check.js';
import plugin from '../../index.js';

const MINUTES = 60_000;
let result: PackCheckResult;

beforeAll(() => {
  result = packCheck();
}, 10 * MINUTES);

/** What the plugin from source reports on the sample, with the scratch projects' config. */
function expectedReports() {
  const linter = new Linter({ configType: 'flat' });
  const config: Linter.Config[] = [plugin.configs.recommended, { settings: { openai: { date: DATE } } }];
  return linter.verify(SAMPLE, config, { filename: 'src/ask.js' }).map((m) => ({
    ruleId: m.ruleId,
    line: m.line,
    column: m.column,
    message: m.message,
    fix: m.fix ?? null,
  }));
}

describe('the packed tarball', () => {
  it('carries the build, the rule pages, the README and the license, and no contributor material or sources', () => {
    expect(result.tarball).toMatch(/^eslint-plugin-openai-\d+\.\d+\.\d+.*\.tgz$/);
    expect(result.files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'README.md', 'LICENSE', 'docs/rules/no-unsupported-max-tokens.md']));
    expect(result.files.filter((file) => /^(src|rules|tests|scripts|bench|examples)\/|performance\.md$|CONTRIBUTING/.test(file))).toEqual([]);
    expect(result.fileCount).toBe(result.files.length);
  });

  it('passes publint (strict) and Are The Types Wrong (esm-only profile)', () => {
    expect(result.tarballLint.publint).toContain('All good!');
    expect(result.tarballLint.attw).toContain('"eslint-plugin-openai"');
    expect(result.tarballLint.attw).toMatch(/"eslint-plugin-openai"\s+node16 \(from ESM\): OK \(ESM\)\s+bundler: OK/);
  });

  it.each(['ts7', 'js'] as const)('in the %s project, ESLint 10 with configs.recommended reports max_tokens sent to o3, as the source does', (name) => {
    const expected = expectedReports();
    expect(expected).toEqual([
      expect.objectContaining({ ruleId: 'openai/no-unsupported-max-tokens', line: 6, fix: expect.objectContaining({ text: 'max_completion_tokens' }) }),
    ]);
    expect(result.projects[name].reports).toEqual(expected);
  });

  it.each(['ts7', 'js'] as const)('in the %s project, the explain command finds the KB entry', (name) => {
    expect(result.projects[name].explain).toMatchObject({ matched: true, entry: { id: 'llm/openai-max-tokens-reasoning-model' } });
  });

  it('installs no typescript into a plain JavaScript project', () => {
    expect(result.projects.js.typescript).toEqual([]);
  });

  it('leaves a TypeScript 7 project with only its own TypeScript, nothing nested, and its tsc accepts the plugin types', () => {
    expect(result.projects.ts7.typescript).toEqual([{ path: 'node_modules/typescript', version: VERSIONS.typescript }]);
    expect(result.projects.ts7.typecheck).toEqual({ status: 0, output: '' });
  });
});
