// Types for scripts/fuzz/run.js (plain JS, run by Node directly), for tests/fuzz.test.ts.
import type { Linter } from 'eslint';

export type Source = 'ours' | 'eslump' | 'both';

export interface Model {
  name: string;
}

/** The model names the generator draws from: every catalog id and alias. */
export function modelsFromCatalog(catalog: ReadonlyArray<{ id: string; aliases?: readonly string[] }>): Model[];

export interface Program {
  code: string;
  filename: string;
  language: 'ts' | 'js';
  sourceType: 'module' | 'commonjs' | 'script';
  /** The call sites the generator wrote (the analysis must find exactly these). */
  callSites: number;
  /** Calls written that must not be taken for requests. */
  decoys: number;
  origin: 'ours' | 'eslump';
  seed: number;
  index: number;
}

export interface Failure {
  kind:
    | 'crash'
    | 'input-does-not-parse'
    | 'call-sites'
    | 'edit-does-not-parse'
    | 'edit-moves-comments'
    | 'fixed-does-not-parse'
    | 'fixed-moves-comments'
    | 'not-converged'
    | 'call-sites-after-fix';
  message: string;
  /** The rule(s) responsible, where found. */
  rule: string | null;
  /** The edited text, where there is one. */
  output: string | null;
  program: Program;
}

export interface Totals {
  programs: number;
  lines: number;
  callSites: number;
  decoys: number;
  reports: number;
  /** Reports with an autofix. */
  fixable: number;
  suggestions: number;
  /** Programs `verifyAndFix` changed. */
  fixedPrograms: number;
  /** Reports per rule id. */
  byRule: Record<string, number>;
}

export interface FuzzResult {
  seed: number;
  source: Source;
  start: number;
  totals: Totals;
  byOrigin: { ours: Totals; eslump: Totals };
  failures: Failure[];
  ms: number;
  generateMs: number;
  checkMs: number;
}

export function originOf(source: Source, index: number): 'ours' | 'eslump';

export function makeProgram(options: { seed: number; index: number; source: Source; models: Model[] }): Program;

/** The default `settings.openai.date` of a run, so that counts do not move with the calendar. */
export const FUZZ_DATE: string;

export function runFuzz(options: {
  /** The plugin object (built or from source). */
  plugin: { configs: { all: Linter.Config } };
  /** The request analysis of the same build, to count call sites. */
  getRequest: (sourceCode: never, node: never) => unknown;
  models: Model[];
  seed?: number;
  count?: number;
  start?: number;
  source?: Source;
  maxFailures?: number;
  onProgress?: ((done: number, totals: Totals) => void) | null;
  /** `settings.openai.date` (YYYY-MM-DD) for every program; default FUZZ_DATE. */
  date?: string;
}): FuzzResult;
