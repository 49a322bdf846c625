/**
 * Framework versions: each adapter states the versions it models; an installed version outside
 * them (found like the `openai` SDK's, from the linted file's folder) makes the adapter silent, and
 * no version found means the latest modelled behaviour.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../src/adapters/index.js';
import { FRAMEWORK_PACKAGES } from '../../../src/adapters/packages.js';
import { compareVersions, frameworkVersion, inModelledRange, installedVersion } from '../../../src/adapters/versions.js';
import { parseSettings } from '../../../src/settings.js';
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

describe('settings.openai.frameworkVersions', () => {
  it('names exactly the packages the adapters model', () => {
    expect([...FRAMEWORK_PACKAGES].sort()).toEqual(ADAPTERS.flatMap((adapter) => adapter.versions.map((range) => range.package)).sort());
  });

  it('normalises versions and ranges to their lowest version; "detect" leaves a package to detection', () => {
    const settings = parseSettings({
      frameworkVersions: { '@langchain/openai': '^1.6.0', ai: '7', '@ai-sdk/openai': 'v4.0.118-beta.2', '@openai/agents': 'detect' },
    });
    expect(settings.frameworkVersions).toEqual({ '@langchain/openai': '1.6.0', ai: '7.0.0', '@ai-sdk/openai': '4.0.118' });
    expect(parseSettings({ frameworkVersions: { ai: '~5.x' } }).frameworkVersions).toEqual({ ai: '5.0.0' });
    expect(parseSettings({}).frameworkVersions).toEqual({});
  });

  it('wins over the installed version', () => {
    const folder = project('pinned', '1.6.0');
    const file = join(folder, 'src', 'llm.ts');
    expect(frameworkVersion('@langchain/openai', file, parseSettings({ frameworkVersions: { '@langchain/openai': '0.6.9' } }))).toBe('0.6.9');
    expect(frameworkVersion('@langchain/openai', file, parseSettings({ frameworkVersions: { '@langchain/openai': 'detect' } }))).toBe('1.6.0');
    // A pinned version outside the modelled range silences the adapter although a modelled one is installed.
    expect(lint(code, { cwd: folder, filename: file, openai: { frameworkVersions: { '@langchain/openai': '0.6.9' } } })).toEqual([]);
    // And a modelled pin makes it speak where an old version is installed.
    const old = project('pinned-over-old', '0.6.9');
    expect(lint(code, { cwd: old, filename: join(old, 'src', 'llm.ts'), openai: { frameworkVersions: { '@langchain/openai': '1.6.0' } } })).toEqual(REPORT);
  });

  it('applies where no file path is known (an editor buffer)', () => {
    expect(lint(code, { openai: { frameworkVersions: { '@langchain/openai': '2.0.0' } } })).toEqual([]);
    expect(lint(code, { openai: { frameworkVersions: { '@langchain/openai': '1.0.0' } } })).toEqual(REPORT);
    // A pin for another framework's package changes nothing here.
    expect(lint(code, { openai: { frameworkVersions: { ai: '4.3.0' } } })).toEqual(REPORT);
  });

  it('silences only the adapter whose package is pinned outside its range (Vercel AI SDK, Agents SDK)', () => {
    const ai = "import { generateText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\ngenerateText({ model: openai.chat('o3'), stopSequences: ['x'], prompt: 'p' });";
    expect(lint(ai)).toEqual(['3:42 openai/no-unsupported-sampling-params/alwaysRejected']);
    expect(lint(ai, { openai: { frameworkVersions: { '@ai-sdk/openai': '3.0.141' } } })).toEqual([]);
    expect(lint(ai, { openai: { frameworkVersions: { ai: '8.0.0' } } })).toEqual([]);
    const agents = "import { Agent } from '@openai/agents';\nnew Agent({ name: 'a', model: 'o3', modelSettings: { temperature: 0.2 } });";
    expect(lint(agents)).toEqual(['2:54 openai/no-unsupported-sampling-params/temperature']);
    expect(lint(agents, { openai: { frameworkVersions: { '@openai/agents': '0.19.0' } } })).toEqual([]);
    expect(lint(agents, { openai: { frameworkVersions: { '@openai/agents': '0.20.3' } } })).toEqual(['2:54 openai/no-unsupported-sampling-params/temperature']);
  });
});
