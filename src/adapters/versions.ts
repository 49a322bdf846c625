/**
 * Which framework version a file is linted against. Each adapter states the versions it models
 * (`Adapter.versions`); a version outside that range makes the adapter silent for the file. When no
 * version is known, the adapter assumes the latest behaviour it models, as the `openai` SDK's rules
 * do.
 *
 * The installed version is found as the `openai` SDK's is (`settings.openai.sdkVersion: 'detect'`,
 * src/sdk-version.ts): the package's `package.json` as Node would load it from the linted file's
 * folder, read once per folder per process. A file name that is not a path (an editor buffer,
 * `<text>`) or a package not installed there gives no version. A version pinned in
 * `settings.openai.frameworkVersions` wins over the installed one.
 */
import { dirname, isAbsolute } from 'node:path';
import { detectPackageVersionIn } from '../sdk-version.js';
import type { OpenAISettings } from '../settings.js';
import type { FrameworkPackage } from './packages.js';
import type { Adapter, ModelledVersions } from './types.js';

/** The installed version of `pkg` for the linted file `filename`, when it can be known. */
export function installedVersion(pkg: string, filename: string): string | undefined {
  if (!isAbsolute(filename)) return undefined;
  return detectPackageVersionIn(pkg, dirname(filename)) ?? undefined;
}

/** `a` compared with `b` as `major.minor.patch` (a pre-release counts as its release): negative, zero or positive. */
export function compareVersions(a: string, b: string): number {
  const parse = (version: string): number[] => {
    const parts = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(version.trim());
    return parts ? [Number(parts[1]), Number(parts[2] ?? 0), Number(parts[3] ?? 0)] : [Number.NaN, 0, 0];
  };
  const [x, y] = [parse(a), parse(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

/** The version lies in the modelled range (an unparsable version does not). */
export function inModelledRange(version: string, range: ModelledVersions): boolean {
  const low = compareVersions(version, range.from);
  if (Number.isNaN(low) || low < 0) return false;
  return range.below === undefined || compareVersions(version, range.below) < 0;
}

/** The version of `pkg` that applies to the linted file: pinned in the settings, else the installed one. */
export function frameworkVersion(pkg: string, filename: string, settings: Pick<OpenAISettings, 'frameworkVersions'>): string | undefined {
  return settings.frameworkVersions[pkg as FrameworkPackage] ?? installedVersion(pkg, filename);
}

/** Every package of the adapter whose version is known is in its modelled range. */
export function versionAllows(adapter: Adapter, filename: string, settings: Pick<OpenAISettings, 'frameworkVersions'>): boolean {
  return adapter.versions.every((range) => {
    const version = frameworkVersion(range.package, filename, settings);
    return version === undefined || inModelledRange(version, range);
  });
}
