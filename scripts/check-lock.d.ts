// Types for scripts/check-lock.js (plain JS, run by Node directly), for tests/check-lock.test.ts.

export interface DistTagProblem {
  /** The package-lock.json `packages` key of the declaring package ("" for the project itself). */
  location: string;
  name: string;
  spec: string;
  field: 'dependencies' | 'optionalDependencies' | 'peerDependencies' | 'devDependencies';
}

export function isDistTag(spec: unknown): boolean;

export function findUnpinnedDistTags(lock: unknown, packageJson: { overrides?: unknown; [field: string]: unknown }): DistTagProblem[];

export function formatProblems(problems: readonly DistTagProblem[]): string;
