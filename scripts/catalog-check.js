// `npm run catalog:check`: compare the model catalog and the Chat-only parameter lists with the
// installed `openai` package (the pinned dev dependency), and print the differences. Exit code 1
// when they disagree. Run after bumping `openai`; tests/models/sdk-compare.test.ts fails on the same.
import { compareModels, compareParams, formatReport, packageDir, readSdk } from './catalog-check-lib.js';

// The built plugin (`npm run catalog:check` builds first), loaded at run time so that linting this
// file does not need dist/ to exist.
const built = (path) => import(new URL(`../dist/src/${path}`, import.meta.url).href);
const { NOT_SERVED, WITHOUT_FACTS } = await built('models/catalog.js');
const { findModel } = await built('models/lookup.js');
const { NOT_REPORTED_CHAT_ONLY, REPORTED_CHAT_ONLY } = await built('chat-only-params.js');

const sdk = readSdk(packageDir('openai', import.meta.url));
const models = compareModels(sdk, {
  findModel: (id) => findModel(id),
  notServed: NOT_SERVED.map((e) => e.id),
  withoutFacts: Object.keys(WITHOUT_FACTS),
});
const params = compareParams(sdk, { reported: REPORTED_CHAT_ONLY, notReported: Object.keys(NOT_REPORTED_CHAT_ONLY) });
console.log(formatReport(sdk, models, params));
process.exitCode = models.ok && params.ok ? 0 : 1;
