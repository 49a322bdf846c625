/**
 * The old import path of the call-site and client analysis, kept while rules and the request
 * layer move to `./analysis/call-sites.ts` and `./analysis/clients.ts` (and `./api-surface.ts` for
 * the SDK lists).
 */
export {
  BETA_CHAT_METHODS,
  CHAT_METHODS,
  REQUEST_METHOD_NAMES,
  RESPONSES_METHODS,
  classifyCall,
  type Api,
  type CallSite,
  type ClassifyOptions,
} from './analysis/call-sites.js';
export { baseURLKind, baseURLValuesKind, classifyReceiver, hostKind, isOpenAIBackend, lookalikeSdk, type ClientInfo, type ClientKind } from './analysis/clients.js';
export { LOOKALIKE_SDKS } from './api-surface.js';
