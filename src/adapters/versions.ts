/**
 * Which framework version a file is linted against. Each adapter states the versions it models
 * (`Adapter.versions`); a version outside that range makes the adapter silent for the file. When no
 * version is known, the adapter assumes the latest behaviour it models, as the `openai` SDK's rules
 * do.
 *
 * Detection of the installed version is the `openai` SDK's (`settings.openai.sdkVersion: 'detect'`),
 * which is not part of the plugin yet: until it is, `installedVersion` knows no version, and every
 * adapter applies its latest modelled behaviour. It is the one function to re-point.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import type { OpenAISettings } from '../settings.js';
import type { Adapter, ModelledVersions } from './types.js';

/** The installed version of `pkg` for the file being linted, when known. Not detected yet (see above). */
export const installedVersion: (pkg: string, sourceCode: TSESLint.SourceCode, settings: OpenAISettings) => string | undefined = () => undefined;

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

/** Every package of the adapter whose version is known is in its modelled range. */
export function versionAllows(adapter: Adapter, sourceCode: TSESLint.SourceCode, settings: OpenAISettings): boolean {
  return adapter.versions.every((range) => {
    const version = installedVersion(range.package, sourceCode, settings);
    return version === undefined || inModelledRange(version, range);
  });
}
