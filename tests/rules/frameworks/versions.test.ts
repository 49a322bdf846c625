/**
 * Framework versions: each adapter states the versions it models; an installed version outside
 * them (found like the `openai` SDK's, from the linted file's folder) makes the adapter silent, and
 * no version found means the latest modelled behaviour.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareVersions, inModelledRange, installedVersion } from '../../../src/adapters/versions.js';
import { clearSdkVersionCache } from '../../../src/sdk-version.js';
import { lint } from './lint.js';

const root = mkdtempSync(join(tmpdir(), 'openai-frameworks-'));

/** A project folder with `@langchain/openai` at `version` installed. */
function project(name: string, version: string | null): string {
  const folder = join(root, name);
  mkdirSync(join(folder, 'src'), { recursive: true });
  if (version !== null) {
    const pkg = join(folder, 'node_modules', '@langchain', 'openai');
    mkdirSync(pkg, { recursive: true });
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: '@langchain/openai', version }));
  }
  return folder;
}

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  clearSdkVersionCache();
});

const code = "import { ChatOpenAI } from '@langchain/openai';\nnew ChatOpenAI({ model: 'o3', temperature: 0.2 });";
const REPORT = ['2:31 openai/no-unsupported-sampling-params/temperature'];

describe('framework versions', () => {
  it('compares versions', () => {
    expect(compareVersions('1.6.0', '1.10.0')).toBeLessThan(0);
    expect(compareVersions('2.0.0-rc.1', '2.0.0')).toBe(0);
    expect(compareVersions('0.20.1', '0.20.0')).toBeGreaterThan(0);
    expect(inModelledRange('1.6.0', { package: 'x', from: '1.0.0', below: '2.0.0' })).toBe(true);
    expect(inModelledRange('0.6.9', { package: 'x', from: '1.0.0', below: '2.0.0' })).toBe(false);
    expect(inModelledRange('2.0.0', { package: 'x', from: '1.0.0', below: '2.0.0' })).toBe(false);
    expect(inModelledRange('latest', { package: 'x', from: '1.0.0' })).toBe(false);
  });

  it('reads the installed version from the file folder up', () => {
    const folder = project('found', '1.6.0');
    expect(installedVersion('@langchain/openai', join(folder, 'src', 'llm.ts'))).toBe('1.6.0');
    expect(installedVersion('@openai/agents', join(folder, 'src', 'llm.ts'))).toBeUndefined();
    expect(installedVersion('@langchain/openai', 'llm.ts')).toBeUndefined();
  });

  it('reports with a modelled version installed', () => {
    const folder = project('modelled', '1.6.0');
    expect(lint(code, { cwd: folder, filename: join(folder, 'src', 'llm.ts') })).toEqual(REPORT);
  });

  it('is silent with a version outside the modelled range (LangChain 0.x)', () => {
    const folder = project('old', '0.6.9');
    expect(lint(code, { cwd: folder, filename: join(folder, 'src', 'llm.ts') })).toEqual([]);
  });

  it('assumes the latest modelled behaviour when the package is not installed there', () => {
    const folder = project('none', null);
    expect(lint(code, { cwd: folder, filename: join(folder, 'src', 'llm.ts') })).toEqual(REPORT);
  });
});
