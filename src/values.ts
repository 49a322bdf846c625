/**
 * Static values: the public face of the value analysis in `src/analysis/` (value model, bindings,
 * local calls, resolver), kept so that modules importing `./values.js` keep working.
 */
export * from './analysis/value-model.js';
export { resolveBinding } from './analysis/bindings.js';
export { resolvePaths, resolveValues } from './analysis/resolve.js';
