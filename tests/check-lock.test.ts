// The dist-tag guard (scripts/check-lock.js, run by `npm run lint`): a lock whose packages declare a
// dependency by dist-tag fails unless `overrides` pins it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findUnpinnedDistTags, isDistTag } from '../scripts/check-lock.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const script = join(root, 'scripts', 'check-lock.js');
const dir = mkdtempSync(join(tmpdir(), 'eslint-plugin-openai-check-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A lockfileVersion 3 lock: the project depends on `formatter`, which declares `chardet: <spec>`. */
function lockWith(spec: string) {
  return {
    name: 'demo',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'demo', version: '1.0.0', devDependencies: { formatter: '3.1.0' } },
      'node_modules/formatter': { version: '3.1.0', dependencies: { chardet: spec, lodash: '^4.17.21' } },
      'node_modules/chardet': { version: '4.0.0' },
      'node_modules/lodash': { version: '4.17.21' },
    },
  };
}

const project = { name: 'demo', version: '1.0.0', devDependencies: { formatter: '3.1.0' } };

function runCli(lock: unknown, packageJson: unknown) {
  const lockPath = join(dir, 'package-lock.json');
  const packagePath = join(dir, 'package.json');
  writeFileSync(lockPath, JSON.stringify(lock));
  writeFileSync(packagePath, JSON.stringify(packageJson));
  return spawnSync(process.execPath, [script, lockPath, packagePath], { encoding: 'utf8' });
}

describe('check-lock (command line)', () => {
  it('fails on a dependency declared as "latest" with no override, naming the package and the spec', () => {
    const result = runCli(lockWith('latest'), project);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('node_modules/formatter declares chardet: "latest" in dependencies');
    expect(result.stderr).toContain('"overrides": { "chardet":');
  });

  it('passes when overrides pins that dependency', () => {
    const result = runCli(lockWith('latest'), { ...project, overrides: { chardet: '4.0.0' } });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('passes on the repository own lock (the SARIF formatter declares jschardet "latest", pinned by overrides)', () => {
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
    const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(findUnpinnedDistTags(lock, packageJson)).toEqual([]);
    // The case the guard exists for is really in the lock, so the check above is not vacuous.
    expect(findUnpinnedDistTags(lock, { ...packageJson, overrides: {} })).toEqual([
      { location: 'node_modules/@microsoft/eslint-formatter-sarif', name: 'jschardet', spec: 'latest', field: 'dependencies' },
    ]);
  });
});

describe('findUnpinnedDistTags', () => {
  it('reports any tag name, in every dependency field, including the project own', () => {
    const lock = lockWith('next');
    lock.packages[''] = { ...lock.packages[''], devDependencies: { formatter: 'beta' } } as never;
    expect(findUnpinnedDistTags(lock, project)).toEqual([
      { location: '', name: 'formatter', spec: 'beta', field: 'devDependencies' },
      { location: 'node_modules/formatter', name: 'chardet', spec: 'next', field: 'dependencies' },
    ]);
  });

  it('accepts an override nested under the parent, one keyed name@range, and a $reference to a pinned root dependency', () => {
    expect(findUnpinnedDistTags(lockWith('latest'), { ...project, overrides: { formatter: { chardet: '4.0.0' } } })).toEqual([]);
    expect(findUnpinnedDistTags(lockWith('latest'), { ...project, overrides: { 'chardet@*': '4.0.0' } })).toEqual([]);
    expect(findUnpinnedDistTags(lockWith('latest'), { ...project, overrides: { chardet: { '.': '4.0.0' } } })).toEqual([]);
    expect(
      findUnpinnedDistTags(lockWith('latest'), { ...project, dependencies: { chardet: '4.0.0' }, overrides: { chardet: '$chardet' } }),
    ).toEqual([]);
  });

  it('does not count an override that is itself a tag, or one for another package', () => {
    expect(findUnpinnedDistTags(lockWith('latest'), { ...project, overrides: { chardet: 'latest' } })).toHaveLength(1);
    expect(findUnpinnedDistTags(lockWith('latest'), { ...project, overrides: { chardetx: '4.0.0' } })).toHaveLength(1);
    expect(findUnpinnedDistTags(lockWith('latest'), { ...project, overrides: { chardet: '$chardet' } })).toHaveLength(1);
  });

  it('rejects something that is not a lockfile v2/v3 with a clear error', () => {
    expect(() => findUnpinnedDistTags({ lockfileVersion: 1, dependencies: {} }, project)).toThrow(
      'check-lock: expected a package-lock.json with a "packages" object (lockfileVersion 2 or 3)',
    );
  });
});

describe('isDistTag', () => {
  it.each(['latest', 'next', 'beta', 'canary', 'rc', 'npm:eslint@latest', 'npm:eslint'])('%s is a dist-tag', (spec) => {
    expect(isDistTag(spec)).toBe(true);
  });

  it.each([
    '4.0.0',
    '^4.1.0',
    '~1.2',
    '>=1 <2',
    '1.x',
    '1 - 2',
    '^1 || ^2',
    '*',
    '',
    '4.0.0-beta.1',
    'npm:eslint@9.39.5',
    'npm:@scope/pkg@^1.0.0',
    'https://example.com/pkg.tgz',
    'git+https://github.com/user/repo.git#v1',
    'github:user/repo',
    'user/repo',
    'file:../pkg',
    './vendor/pkg.tgz',
    'link:../pkg',
    'workspace:*',
  ])('%s is not a dist-tag', (spec) => {
    expect(isDistTag(spec)).toBe(false);
  });
});
