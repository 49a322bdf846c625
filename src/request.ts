/** The request, path by path: see `src/analysis/request.ts`. */
export * from './analysis/request.js';
