// Types for scripts/pack-check.js (plain JS, run by Node directly), for tests/integration/tarball.test.ts.

export const VERSIONS: { eslint: string; typescript: string };
export const DATE: string;
export const SAMPLE: string;

export interface SampleReport {
  ruleId: string | null;
  line: number;
  column: number;
  message: string;
  fix: { range: [number, number]; text: string } | null;
}

export interface ScratchProject {
  /** ESLint's messages for src/ask.js. */
  reports: SampleReport[];
  /** Every `typescript` package in node_modules, at any depth. */
  typescript: { path: string; version: string | null }[];
  /** `eslint-plugin-openai explain --json` output. */
  explain: { matched: boolean; entry?: { id: string } } & Record<string, unknown>;
  /** TypeScript 7's `tsc -p tsconfig.json` on a config importing the plugin (ts7 only). */
  typecheck: { status: number | null; output: string } | null;
  /** `du -sm node_modules`, with `measure` only. */
  megabytes: number | null;
  megabytesWithoutPlugin: number | null;
}

export interface PackCheckResult {
  tarball: string;
  fileCount: number;
  size: number;
  unpackedSize: number;
  files: string[];
  tarballLint: { publint: string; attw: string };
  projects: { ts7: ScratchProject; js: ScratchProject };
}

export function findPackages(dir: string, name: string): { path: string; version: string | null }[];

export function packCheck(options?: { log?: (line: string) => void; measure?: boolean; keep?: boolean }): PackCheckResult;
