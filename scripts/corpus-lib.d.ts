// Types for scripts/corpus-lib.js (plain JS, run by Node directly), for the TypeScript tests.
import type { ESLint, Linter } from 'eslint';

export interface CorpusEntry {
  name: string;
  version: string;
  /** Globs relative to the package root: `**\/`, `*`, `?` and `{a,b}`. */
  globs: string[];
}

export interface CorpusPackage {
  name: string;
  version: string;
  /** The extracted package folder. */
  dir: string;
  /** The files to lint: absolute, sorted. */
  files: string[];
}

export interface FixRoundTrip {
  /** Whether the first `verifyAndFix` changed the text. */
  fixed: boolean;
  output: string;
  /** Fatal parse errors on the fixed text. */
  fatal: Array<{ line: number; column: number; message: string }>;
  /** Whether fixing the fixed text again changed it (it must not). */
  refixed: boolean;
  /** Rule ids reporting before fixing and on the fixed text. */
  rulesBefore: string[];
  rulesAfter: string[];
  remainingFixable: Array<{ line: number; ruleId: string | null }>;
}

export interface CorpusFile {
  /** Path relative to the cache folder, `/`-separated: `<name>@<version>/<path>`. */
  file: string;
  package: string;
  lines: number;
  bytes: number;
  sourceType: 'module' | 'commonjs';
  callSites: Array<{ line: number; column: number; site: string }>;
  /** The plugin's reports (fatal errors, call sites and ignored-directive warnings excluded). */
  messages: Linter.LintMessage[];
  /** Inline-config comments ESLint ignored (`noInlineConfig`). */
  ignoredDirectives: number;
  fatal: Array<{ line: number; column: number; message: string }>;
  /** A rule exception while linting or fixing this file (first lines of the stack). */
  crash: string | null;
  /** Set with `fix: true` for files with a fixable report. */
  fix: FixRoundTrip | null;
}

export interface CorpusTotals {
  packages: number;
  files: number;
  lines: number;
  bytes: number;
  callSites: number;
  reports: number;
  crashes: number;
  fatal: number;
  ignoredDirectives: number;
  /** Lint time in milliseconds. */
  ms: number;
}

export interface CorpusResult {
  cacheDir: string;
  packages: CorpusPackage[];
  files: CorpusFile[];
  totals: CorpusTotals;
}

export interface ReportKey {
  file: string;
  line: number;
  rule: string | null;
  message?: string;
}

export interface ExpectedReport {
  file: string;
  line: number;
  rule: string;
  verdict: 'true' | 'false-positive' | 'unreviewed';
  reason: string;
}

export interface Expected {
  /** The call sites found when the file was last updated: the count may grow, not shrink. */
  minCallSites: number;
  reports: ExpectedReport[];
}

export const CORPUS: readonly CorpusEntry[];
export const CORPUS_SETTINGS: Readonly<{ openai: { date: string } }>;
export const EXPECTED_FILE: string;
export function corpusCacheDir(): string;
export function packageId(entry: { name: string; version: string }): string;
export function matchFiles(dir: string, globs: string[]): string[];
export function ensureCorpus(options?: { log?: (line: string) => void; cacheDir?: string }): Promise<CorpusPackage[]>;
export function lintCorpus(options?: {
  fix?: boolean;
  /** The plugin object; with `getRequest`, from the same build (default: both from dist/). */
  plugin?: ESLint.Plugin & { configs: { all: Linter.Config } };
  getRequest?: (sourceCode: unknown, node: unknown) => { site: { path: string; client: { kind: string } } } | null;
  packages?: CorpusPackage[];
  cacheDir?: string;
  log?: (line: string) => void;
}): Promise<CorpusResult>;
export function reportKeys(result: CorpusResult): ReportKey[];
export function keyOf(report: { file: string; line: number; rule: string | null }): string;
export function compareKeys(a: ReportKey, b: ReportKey): number;
export function readExpected(path?: string): Expected;
export function compareWithExpected(result: CorpusResult, expected: Expected): { added: ReportKey[]; removed: ExpectedReport[] };
export function updatedExpected(result: CorpusResult, expected: Expected): Expected;
