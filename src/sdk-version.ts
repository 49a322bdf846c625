/**
 * `settings.openai.sdkVersion: 'detect'`: the major version of the `openai` package installed for
 * the linted file, the way Node would load it from that file (the `node_modules` folders from the
 * file's folder up). The one file read the plugin does at lint time: `openai/package.json`, once
 * per folder per process (`--cache` caveat: ESLint's cache does not know the installed version
 * changed; see the README).
 *
 * Not `require.resolve('openai/package.json')`: openai's `exports` map hides `package.json`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join } from 'node:path';
import type { OpenAISettings } from './settings.js';

/** folder → detected major (`null`: none installed, or unreadable). */
const byFolder = new Map<string, number | null>();

function majorOf(version: unknown): number | null {
  if (typeof version !== 'string') return null;
  const match = /^v?(\d+)\./.exec(version.trim());
  return match && Number(match[1]) >= 1 ? Number(match[1]) : null;
}

/** The installed `openai` package's major version for a file in `folder`, or `null` when none is found. */
export function detectSdkMajorIn(folder: string): number | null {
  const cached = byFolder.get(folder);
  if (cached !== undefined) return cached;
  const major = majorOf(detectPackageVersionIn('openai', folder));
  byFolder.set(folder, major);
  return major;
}

/** (package, folder) → the installed version (`null`: none installed, or unreadable). */
const versionByFolder = new Map<string, string | null>();

/**
 * The installed version of package `name` for a file in `folder`, found as Node would load it, or
 * `null` (also used for the framework packages the adapters model, src/adapters/versions.ts).
 */
export function detectPackageVersionIn(name: string, folder: string): string | null {
  const key = `${name}\0${folder}`;
  const cached = versionByFolder.get(key);
  if (cached !== undefined) return cached;
  let version: string | null = null;
  try {
    // Any file name in the folder will do: createRequire only needs the folder.
    const paths = createRequire(join(folder, 'noop.js')).resolve.paths(name) ?? [];
    for (const modules of paths) {
      const manifest = join(modules, name, 'package.json');
      if (!existsSync(manifest)) continue;
      const found = (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown }).version;
      version = typeof found === 'string' ? found : null;
      break;
    }
  } catch {
    version = null;
  }
  versionByFolder.set(key, version);
  return version;
}

/**
 * The `openai` major version that applies to the linted file: an explicit `settings.openai.sdkVersion`
 * wins; with `'detect'` (the default), the installed package's, or `undefined` when it cannot be
 * known (no package found, or a file name that is not a path, such as `<text>`).
 */
export function sdkMajorFor(settings: OpenAISettings, filename: string): number | undefined {
  if (typeof settings.sdkVersion === 'number') return settings.sdkVersion;
  if (!isAbsolute(filename)) return undefined;
  return detectSdkMajorIn(dirname(filename)) ?? undefined;
}

/** Forget detected versions (tests). */
export function clearSdkVersionCache(): void {
  byFolder.clear();
  versionByFolder.clear();
}
