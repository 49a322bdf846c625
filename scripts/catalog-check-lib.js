// The SDK comparison: reads the model unions, the "Deprecated values" block and the request param
// types of an installed `openai` package, and compares them with the model catalog and the
// parameter lists of `no-chat-params-in-responses-api`. Plain JS (run by Node in
// scripts/catalog-check.js); types in catalog-check-lib.d.ts. Pure text parsing: no TypeScript.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * The folder of package `name` as Node would find it from `fromFile` (the `node_modules` folders
 * from there up). Not `require.resolve('openai/package.json')`: openai's `exports` hide it.
 */
export function packageDir(name, fromFile) {
  for (const folder of createRequire(fromFile).resolve.paths(name) ?? []) {
    if (existsSync(join(folder, name, 'package.json'))) return join(folder, name);
  }
  throw new Error(`package ${name} is not installed (looked from ${fromFile})`);
}

/**
 * The text of a file of the installed package: the `.ts` source where the tarball ships it
 * (`src/resources/shared.ts`), else the declaration file (`resources/shared.d.ts`).
 */
export function readSdkFile(packageDir, relative) {
  for (const candidate of [join(packageDir, 'src', `${relative}.ts`), join(packageDir, `${relative}.d.ts`)]) {
    if (existsSync(candidate)) return { path: candidate, text: readFileSync(candidate, 'utf8') };
  }
  throw new Error(`openai package at ${packageDir}: neither src/${relative}.ts nor ${relative}.d.ts exists`);
}

/** The string-literal members of `export type <name> = ... ;` (other members, such as `ChatModel`, are skipped). */
export function unionMembers(text, name) {
  const start = text.search(new RegExp(`export (?:declare )?type ${name}\\s*=`));
  if (start === -1) throw new Error(`type ${name} not found`);
  const end = text.indexOf(';', start);
  const body = text.slice(text.indexOf('=', start) + 1, end);
  return [...body.matchAll(/(?:^|\|)\s*'([^']+)'/g)].map((m) => m[1]);
}

/** The names of the other types a union includes (`| ChatModel`). */
export function unionReferences(text, name) {
  const start = text.search(new RegExp(`export (?:declare )?type ${name}\\s*=`));
  if (start === -1) throw new Error(`type ${name} not found`);
  const body = text.slice(start, text.indexOf(';', start));
  return [...body.matchAll(/\|\s*([A-Z][A-Za-z]*)\b/g)].map((m) => m[1]);
}

/**
 * The "Deprecated values" doc block right before `export type ChatModel`: for each listed id, its
 * announced shutdown date, or `notSupported` where the block says "Not a supported model ID".
 * Items the parser does not understand are returned in `unparsed` (a changed format must not pass
 * silently).
 */
export function deprecatedValues(text, typeName = 'ChatModel') {
  const typeAt = text.search(new RegExp(`export (?:declare )?type ${typeName}\\s*=`));
  if (typeAt === -1) throw new Error(`type ${typeName} not found`);
  const commentEnd = text.lastIndexOf('*/', typeAt);
  const commentStart = text.lastIndexOf('/**', commentEnd);
  const between = text.slice(commentEnd + 2, typeAt);
  const comment = commentStart === -1 || between.trim() !== '' ? '' : text.slice(commentStart + 3, commentEnd);
  const result = { found: false, dates: {}, notSupported: [], unparsed: [] };
  if (!/Deprecated values:/.test(comment)) return result;
  result.found = true;
  const flat = comment
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .join(' ')
    .replace(/^.*?Deprecated values:\s*/, '');
  for (const item of flat.split(/(?:^|\s)-\s+(?=")/).map((s) => s.trim()).filter(Boolean)) {
    const head = /^((?:"[^"]+"\s*,?\s*)+):\s*(.*)$/.exec(item);
    if (!head) {
      result.unparsed.push(item);
      continue;
    }
    const ids = [...head[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    const date = /Announced shutdown\s+date:\s*(\d{4}-\d{2}-\d{2})/.exec(head[2]);
    if (date) for (const id of ids) result.dates[id] = date[1];
    else if (/Not a supported model ID/.test(head[2])) result.notSupported.push(...ids);
    else result.unparsed.push(item);
  }
  return result;
}

/** The property names of `export interface <name> { ... }` (top level only). */
export function interfaceKeys(text, name) {
  const start = text.search(new RegExp(`export (?:declare )?interface ${name}\\s*\\{`));
  if (start === -1) throw new Error(`interface ${name} not found`);
  const keys = [];
  let depth = 0;
  let lineStart = true;
  for (let i = text.indexOf('{', start); i < text.length; i++) {
    const ch = text[i];
    if (ch === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2) + 1;
      continue;
    }
    if (ch === '/' && text[i + 1] === '/') {
      i = text.indexOf('\n', i) - 1;
      continue;
    }
    if (ch === '\n') {
      lineStart = true;
      continue;
    }
    if (ch === ' ' || ch === '\t') continue;
    if (depth === 1 && lineStart) {
      const match = /^(?:readonly\s+)?([A-Za-z_$][\w$]*)\??:/.exec(text.slice(i, i + 200));
      if (match) keys.push(match[1]);
    }
    lineStart = false;
    if (ch === '{' || ch === '(' || ch === '[' || ch === '<') depth++;
    else if (ch === '}' || ch === ')' || ch === ']' || (ch === '>' && text[i - 1] !== '=')) {
      depth--;
      if (depth === 0) break;
    }
  }
  return keys;
}

/** Everything the comparison needs from an installed `openai` package. */
export function readSdk(packageDir) {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const shared = readSdkFile(packageDir, 'resources/shared');
  const chat = readSdkFile(packageDir, 'resources/chat/completions/completions');
  const responses = readSdkFile(packageDir, 'resources/responses/responses');
  const chatModels = unionMembers(shared.text, 'ChatModel');
  if (!unionReferences(shared.text, 'ResponsesModel').includes('ChatModel')) {
    throw new Error('ResponsesModel no longer includes ChatModel: update scripts/catalog-check-lib.js');
  }
  return {
    version: pkg.version,
    chatModels,
    responsesOnlyModels: unionMembers(shared.text, 'ResponsesModel'),
    deprecated: deprecatedValues(shared.text, 'ChatModel'),
    chatParams: interfaceKeys(chat.text, 'ChatCompletionCreateParamsBase'),
    responsesParams: interfaceKeys(responses.text, 'ResponseCreateParamsBase'),
  };
}

/**
 * Compare SDK model data with the catalog.
 * - `missing`: ids in the unions the catalog neither resolves nor lists as not served or without facts;
 * - `dateMismatch`: ids whose SDK shutdown date differs from the catalog's (or the catalog has none);
 * - `notServedMismatch`: ids the SDK calls "Not a supported model ID" that the catalog does not list so,
 *   and ids the catalog lists so that the SDK does not;
 * - `unparsed`: "Deprecated values" items the parser did not understand;
 * - `datedOnlyInCatalog` (information only): ChatModel ids with a catalog date the SDK block does not give.
 */
export function compareModels(sdk, catalog) {
  const { findModel, notServed, withoutFacts } = catalog;
  const ids = [...new Set([...sdk.chatModels, ...sdk.responsesOnlyModels])];
  const missing = ids.filter((id) => !findModel(id) && !notServed.includes(id) && !withoutFacts.includes(id));
  const dateMismatch = [];
  for (const [id, date] of Object.entries(sdk.deprecated.dates)) {
    const entry = findModel(id);
    const catalogDate = entry?.shutdown;
    if (catalogDate !== date) dateMismatch.push({ id, sdk: date, catalog: catalogDate ?? null, entry: entry?.id ?? null });
  }
  const notServedMismatch = [
    ...sdk.deprecated.notSupported.filter((id) => !notServed.includes(id) || findModel(id)),
    ...notServed.filter((id) => !sdk.deprecated.notSupported.includes(id)),
  ];
  const datedOnlyInCatalog = sdk.chatModels.filter((id) => findModel(id)?.shutdown !== undefined && !(id in sdk.deprecated.dates));
  return {
    ok: missing.length === 0 && dateMismatch.length === 0 && notServedMismatch.length === 0 && sdk.deprecated.unparsed.length === 0 && sdk.deprecated.found,
    checkedIds: ids.length,
    datedIds: Object.keys(sdk.deprecated.dates).length,
    missing,
    dateMismatch,
    notServedMismatch,
    unparsed: sdk.deprecated.unparsed,
    blockFound: sdk.deprecated.found,
    datedOnlyInCatalog,
  };
}

/**
 * Compare the SDK's Chat and Responses request params with the rule's lists: every param the rule
 * reports must be a Chat param the Responses params lack; every Chat-only param must be reported by
 * the rule or listed as deliberately not reported.
 */
export function compareParams(sdk, lists) {
  const chat = new Set(sdk.chatParams);
  const responses = new Set(sdk.responsesParams);
  const chatOnly = sdk.chatParams.filter((p) => !responses.has(p));
  const notChatParam = lists.reported.filter((p) => !chat.has(p));
  const inResponses = lists.reported.filter((p) => responses.has(p));
  const unlisted = chatOnly.filter((p) => !lists.reported.includes(p) && !lists.notReported.includes(p));
  const staleNotReported = lists.notReported.filter((p) => !chatOnly.includes(p));
  return {
    ok: notChatParam.length === 0 && inResponses.length === 0 && unlisted.length === 0 && staleNotReported.length === 0,
    chatOnly,
    notChatParam,
    inResponses,
    unlisted,
    staleNotReported,
  };
}

/** The comparison as text, for `npm run catalog:check`. */
export function formatReport(sdk, models, params) {
  const lines = [];
  lines.push(`openai@${sdk.version}: ${sdk.chatModels.length} ChatModel ids, ${sdk.responsesOnlyModels.length} ResponsesModel-only ids, ${models.datedIds} dated in "Deprecated values".`);
  lines.push(models.blockFound ? '"Deprecated values" block: found.' : '"Deprecated values" block: NOT FOUND.');
  const section = (title, items, render) => {
    lines.push(`${title}: ${items.length === 0 ? 'none' : ''}`);
    for (const item of items) lines.push(`  - ${render(item)}`);
  };
  section('Ids without a catalog entry (add one, or list it as not served / without facts)', models.missing, (id) => id);
  section('Shutdown dates that differ (SDK vs catalog)', models.dateMismatch, (m) => `${m.id}: SDK ${m.sdk}, catalog ${m.catalog ?? 'none'}${m.entry && m.entry !== m.id ? ` (entry ${m.entry})` : ''}`);
  section('"Not a supported model ID" disagreements', models.notServedMismatch, (id) => id);
  section('"Deprecated values" items not understood', models.unparsed, (item) => item);
  section('ChatModel ids dated by the catalog but not by the SDK (information)', models.datedOnlyInCatalog, (id) => id);
  section('Chat-only params (not in ResponseCreateParamsBase)', params.chatOnly, (p) => p);
  section('Reported params that are not Chat params', params.notChatParam, (p) => p);
  section('Reported params that the Responses API has', params.inResponses, (p) => p);
  section('Chat-only params neither reported nor listed as not reported', params.unlisted, (p) => p);
  section('Params listed as not reported that are no longer Chat-only', params.staleNotReported, (p) => p);
  lines.push(models.ok && params.ok ? 'OK: the catalog and the rule lists match the SDK.' : 'MISMATCH: see above.');
  return lines.join('\n');
}
