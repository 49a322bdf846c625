// The GitHub Actions recipe (docs/recipes/github-actions.yml, linked from the README, which shows its ESLint command). GitHub
// Actions cannot run here, so this checks the workflow's shape (valid YAML, the permissions code scanning
// needs, the SARIF file and the cache passed from step to step) and runs its ESLint command line, as
// written, on examples/ (only the two output paths are moved to a temporary directory), then validates
// the SARIF file it writes and runs it again to show the cache is used.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, eslintBin, examplesConfig, examplesDir, root } from './build.js';
import { checkSarif, type SarifLog } from './sarif-check.js';

// js-yaml comes with the dev tooling (eslint-doc-generator's cosmiconfig, ESLint's eslintrc).
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string | number>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; permissions: Record<string, string>; steps: Step[] }>;
}

const recipePath = join(root, 'docs', 'recipes', 'github-actions.yml');
const recipe = readFileSync(recipePath, 'utf8');
const workflow = yaml.load(recipe) as Workflow;
const job = workflow.jobs.eslint;
const steps = job.steps;
const eslintStep = steps.find((step) => step.run?.startsWith('npx eslint'))!;
/** The ESLint command line as the shell sees it (the YAML folds the lines into one). */
const argv = eslintStep.run!.split(/\s+/);

function option(name: string): string | undefined {
  const index = argv.indexOf(name);
  return index === -1 ? undefined : argv[index + 1];
}

describe('GitHub Actions recipe', () => {
  it('is linked from the README, which shows its ESLint command line', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain('](docs/recipes/github-actions.yml)');
    expect(readme).toContain(`\`${argv.join(' ')}\``);
  });

  it('runs on pushes and pull requests with the permissions code scanning needs', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(job['runs-on']).toBe('ubuntu-latest');
    expect(job.permissions).toEqual({ contents: 'read', 'security-events': 'write', actions: 'read' });
    const uses = steps.map((step) => step.uses?.replace(/@.*/, '')).filter(Boolean);
    expect(uses).toEqual(['actions/checkout', 'actions/setup-node', 'actions/cache', 'github/codeql-action/upload-sarif']);
    expect(steps.find((step) => step.run === 'npm ci')).toBeDefined();
  });

  it('runs ESLint with the SARIF formatter into the file the upload step reads, even when ESLint fails', () => {
    expect(argv.slice(0, 3)).toEqual(['npx', 'eslint', '.']);
    expect(argv.join(' ')).not.toMatch(/["'\\$`]/); // nothing for a shell to interpret
    expect(option('--format')).toBe('@microsoft/eslint-formatter-sarif');
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    expect(upload.with?.sarif_file).toBe(option('--output-file'));
    expect(upload.if).toBe('${{ !cancelled() }}');
    expect(steps.indexOf(upload)).toBeGreaterThan(steps.indexOf(eslintStep));
  });

  it('uses the content cache strategy, with the cache file restored by actions/cache under a key that includes the day', () => {
    expect(argv).toContain('--cache');
    expect(option('--cache-strategy')).toBe('content');
    const cache = steps.find((step) => step.uses?.startsWith('actions/cache'))!;
    expect(cache.with?.path).toBe(option('--cache-location'));
    expect(steps.indexOf(cache)).toBeLessThan(steps.indexOf(eslintStep));
    const dayStep = steps.find((step) => step.id === 'day')!;
    expect(dayStep.run).toBe('echo "day=$(date -u +%F)" >> "$GITHUB_OUTPUT"');
    expect(String(cache.with?.key)).toContain('${{ steps.day.outputs.day }}');
    expect(String(cache.with?.['restore-keys'])).toContain('${{ steps.day.outputs.day }}');
  });

  describe('its ESLint command line, run on examples/', () => {
    let dir = '';
    beforeAll(() => {
      ensureBuilt();
      dir = mkdtempSync(join(tmpdir(), 'eslint-plugin-openai-actions-'));
    }, 180_000);
    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    /** The workflow's command with `npx eslint` as node + ESLint's bin, and the two output files in `dir`. */
    function runRecipe() {
      const args = argv.slice(2).map((arg, index, all) => {
        if (all[index - 1] === '--output-file') return join(dir, arg);
        if (all[index - 1] === '--cache-location') return join(dir, arg);
        return arg;
      });
      return spawnSync(process.execPath, [eslintBin, ...args], { cwd: examplesDir, encoding: 'utf8', timeout: 120_000 });
    }

    it('writes a SARIF file in which every result names its rule and every rule its docs URL; the second run reads the cache', async () => {
      const first = runRecipe();
      // Exit code 1: the examples contain mistakes on purpose. 2 would mean ESLint itself failed.
      expect(first.stderr).toBe('');
      expect(first.status).toBe(1);
      const sarifPath = join(dir, option('--output-file')!);
      const sarif = JSON.parse(readFileSync(sarifPath, 'utf8')) as SarifLog;
      const results = await new ESLint({ cwd: examplesDir, overrideConfigFile: examplesConfig }).lintFiles(['.']);
      checkSarif(sarif, results);
      expect(existsSync(join(dir, option('--cache-location')!))).toBe(true);

      const cacheBefore = readFileSync(join(dir, option('--cache-location')!), 'utf8');
      const second = runRecipe();
      expect(second.status).toBe(1);
      expect(JSON.parse(readFileSync(sarifPath, 'utf8'))).toEqual(sarif);
      // Every file was served from the cache, so the cache file is written back unchanged.
      expect(readFileSync(join(dir, option('--cache-location')!), 'utf8')).toBe(cacheBefore);
    }, 120_000);
  });
});
