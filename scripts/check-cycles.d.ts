// Types for scripts/check-cycles.js (plain JS, run by Node directly), for tests/check-cycles.test.ts.

export interface ImportEdge {
  to: string;
  /** Only types cross this edge (`import type`, `export type`, or `{ type A }` specifiers only). */
  typeOnly: boolean;
}

export interface LayerRule {
  rule: string;
  from: RegExp;
  allowed(to: string): boolean;
  exceptFrom?: RegExp;
}

export const LAYERS: readonly LayerRule[];

export function parseImports(text: string): Array<{ specifier: string; typeOnly: boolean }>;

export function buildGraph(sources: Map<string, string>): Map<string, ImportEdge[]>;

export function findCycles(graph: Map<string, ImportEdge[]>, cap?: number): { runtime: string[][]; typeOnly: string[][] };

export function layerViolations(graph: Map<string, ImportEdge[]>, name: (file: string) => string, layers?: readonly LayerRule[]): string[];
