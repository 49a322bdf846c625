/**
 * The model catalog: data and lookup only. Model verdicts for a request (which model and effort
 * each path sends, and what they reject) live in `src/analysis/model-paths.ts`.
 */
export type { Effort, ModelEntry } from './types.js';
export { findModel } from './lookup.js';
