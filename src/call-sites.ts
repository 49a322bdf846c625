/**
 * The old import path of the call-site and client analysis, kept while rules and the request
 * layer move to `./analysis/call-sites.ts` and `./analysis/clients.ts` (and `./api-surface.ts` for
 * the SDK lists).
 */
export { REQUEST_METHOD_NAMES, classifyCall, type Api, type CallSite } from './analysis/call-sites.js';
export { baseURLKind, baseURLValuesKind, classifyReceiver, hostKind, isOpenAIBackend, type ClientInfo, type ClientKind } from './analysis/clients.js';
