// SARIF for code scanning: `@microsoft/eslint-formatter-sarif` turns ESLint's results into a SARIF
// 2.1.0 log whose rule descriptors carry `helpUri` from each rule's `meta.docs.url`, so every alert in
// GitHub links to the rule's page. This formats the examples' results through ESLint's Node API and
// checks that every result points at its rule, and every rule at its docs URL.
import { ESLint } from 'eslint';
import { beforeAll, describe, it } from 'vitest';
import { ensureBuilt, examplesConfig, examplesDir } from './build.js';
import { checkSarif, type SarifLog } from './sarif-check.js';

describe('SARIF output', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  it('formats the examples with @microsoft/eslint-formatter-sarif: every result names its rule and the rule its docs URL', async () => {
    const eslint = new ESLint({ cwd: examplesDir, overrideConfigFile: examplesConfig });
    const results = await eslint.lintFiles(['.']);
    const formatter = await eslint.loadFormatter('@microsoft/eslint-formatter-sarif');
    const sarif = JSON.parse(await formatter.format(results)) as SarifLog;
    checkSarif(sarif, results);
  }, 60_000);
});
