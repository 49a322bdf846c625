import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { clearSdkVersionCache, detectSdkMajorIn, sdkMajorFor } from '../../src/sdk-version.js';
import { parseSettings } from '../../src/settings.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

function installOpenai(root: string, version: string): void {
  mkdirSync(join(root, 'node_modules', 'openai'), { recursive: true });
  writeFileSync(join(root, 'node_modules', 'openai', 'package.json'), JSON.stringify({ name: 'openai', version }));
}

afterEach(() => clearSdkVersionCache());

describe("sdkVersion: 'detect'", () => {
  it('reads the openai version installed for a folder (v4, v5+), walking up node_modules as Node does', () => {
    expect(detectSdkMajorIn(join(fixtures, 'sdk-v4'))).toBe(4);
    expect(detectSdkMajorIn(join(fixtures, 'sdk-v5'))).toBe(5);
    expect(detectSdkMajorIn(join(fixtures, 'sdk-v4', 'src', 'deep'))).toBe(4);
  });

  it('finds nothing where no openai package is installed above the folder', () => {
    expect(detectSdkMajorIn(mkdtempSync(join(tmpdir(), 'no-openai-')))).toBeNull();
  });

  it('finds the nearest install first (a workspace package with its own openai)', () => {
    const root = mkdtempSync(join(tmpdir(), 'ws-'));
    installOpenai(root, '4.77.0');
    installOpenai(join(root, 'packages', 'app'), '6.1.0');
    expect(detectSdkMajorIn(join(root, 'packages', 'app', 'src'))).toBe(6);
    expect(detectSdkMajorIn(join(root, 'packages', 'other'))).toBe(4);
  });

  it('caches per folder for the life of the process (the --cache caveat)', () => {
    const root = mkdtempSync(join(tmpdir(), 'cache-'));
    installOpenai(root, '6.0.0');
    expect(detectSdkMajorIn(root)).toBe(6);
    installOpenai(root, '7.60.0');
    expect(detectSdkMajorIn(root)).toBe(6);
    clearSdkVersionCache();
    expect(detectSdkMajorIn(root)).toBe(7);
  });

  it('treats an unreadable manifest as unknown', () => {
    const root = mkdtempSync(join(tmpdir(), 'bad-'));
    mkdirSync(join(root, 'node_modules', 'openai'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'openai', 'package.json'), '{ not json');
    expect(detectSdkMajorIn(root)).toBeNull();
    const noVersion = mkdtempSync(join(tmpdir(), 'nover-'));
    mkdirSync(join(noVersion, 'node_modules', 'openai'), { recursive: true });
    writeFileSync(join(noVersion, 'node_modules', 'openai', 'package.json'), '{}');
    expect(detectSdkMajorIn(noVersion)).toBeNull();
  });

  it('lets an explicit version win, and knows nothing for a file name that is not a path', () => {
    const v4file = join(fixtures, 'sdk-v4', 'a.ts');
    expect(sdkMajorFor(parseSettings({}), v4file)).toBe(4);
    expect(sdkMajorFor(parseSettings({ sdkVersion: 'detect' }), join(fixtures, 'sdk-v5', 'a.ts'))).toBe(5);
    expect(sdkMajorFor(parseSettings({ sdkVersion: 5 }), v4file)).toBe(5);
    expect(sdkMajorFor(parseSettings({}), '<text>')).toBeUndefined();
    expect(sdkMajorFor(parseSettings({}), 'file.ts')).toBeUndefined();
    expect(sdkMajorFor(parseSettings({}), join(mkdtempSync(join(tmpdir(), 'none-')), 'a.ts'))).toBeUndefined();
  });
});
