/**
 * The catalog and the Chat-only parameter lists, checked against the installed `openai` package
 * (the pinned dev dependency): its `ChatModel` / `ResponsesModel` unions, the "Deprecated values"
 * block and the Chat / Responses request param types. Bumping `openai` shows here (and in
 * `npm run catalog:check`) exactly what changed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compareModels,
  compareParams,
  deprecatedValues,
  formatReport,
  interfaceKeys,
  packageDir,
  readSdk,
  unionMembers,
  type SdkData,
} from '../../scripts/catalog-check-lib.js';
import { NOT_REPORTED_CHAT_ONLY, REPORTED_CHAT_ONLY } from '../../src/chat-only-params.js';
import { MODEL_CATALOG, NOT_SERVED, WITHOUT_FACTS } from '../../src/models/catalog.js';
import { findModel } from '../../src/models/lookup.js';

const catalog = {
  findModel: (id: string) => findModel(id),
  notServed: NOT_SERVED.map((e) => e.id),
  withoutFacts: Object.keys(WITHOUT_FACTS),
};
const lists = { reported: REPORTED_CHAT_ONLY, notReported: Object.keys(NOT_REPORTED_CHAT_ONLY) };

const dir = packageDir('openai', import.meta.url);
const sdk = readSdk(dir);

describe('the installed openai package', () => {
  it('is the pinned version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    expect(sdk.version).toBe(pkg.devDependencies.openai);
    expect(sdk.version).toBe('7.60.0');
  });

  it('parses the unions, the deprecation block and the param types', () => {
    expect(sdk.chatModels).toContain('gpt-6.2-sol');
    expect(sdk.chatModels).toContain('gpt-3.5-turbo-16k-0613');
    expect(sdk.chatModels.length).toBeGreaterThan(80);
    expect(sdk.responsesOnlyModels).toContain('gpt-6.2-astra-law');
    expect(sdk.responsesOnlyModels).not.toContain('gpt-5');
    expect(sdk.deprecated.found).toBe(true);
    expect(sdk.deprecated.unparsed).toEqual([]);
    expect(sdk.deprecated.dates['gpt-3.5-turbo-16k']).toBe('2024-09-13');
    expect(sdk.deprecated.dates['gpt-5.4-nano-2026-03-17']).toBe('2027-04-01');
    expect(sdk.deprecated.notSupported).toEqual(['gpt-5.1-mini']);
    expect(sdk.chatParams).toContain('reasoning_effort');
    expect(sdk.responsesParams).toContain('reasoning');
    expect(sdk.responsesParams).not.toContain('reasoning_effort');
  });

  it('gives the same deprecation data from the .d.ts as from the .ts source', () => {
    const dts = readFileSync(join(dir, 'resources', 'shared.d.ts'), 'utf8');
    expect(deprecatedValues(dts)).toEqual(sdk.deprecated);
    expect(unionMembers(dts, 'ChatModel')).toEqual(sdk.chatModels);
  });
});

describe('catalog vs SDK', () => {
  it('has an entry (or an explicit non-entry) for every SDK model id, and the SDK shutdown dates', () => {
    const result = compareModels(sdk, catalog);
    expect(result.missing).toEqual([]);
    expect(result.dateMismatch).toEqual([]);
    expect(result.notServedMismatch).toEqual([]);
    expect(result.unparsed).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.datedIds).toBe(72);
  });

  it('keeps entries outside the SDK unions only for their own dated shutdown, or as the bare gpt-5.6 alias', () => {
    const reached = new Set([...sdk.chatModels, ...sdk.responsesOnlyModels].map((id) => findModel(id)?.id));
    const unreached = MODEL_CATALOG.filter((e) => !reached.has(e.id));
    expect(unreached.map((e) => e.id).sort()).toEqual(
      [
        'gpt-3.5-turbo-instruct',
        'gpt-4.5-preview',
        'gpt-5.1-codex-mini',
        'gpt-5.2-codex',
        'gpt-5.3-codex',
        'gpt-5.5-cyber-preview',
        'gpt-5.6',
        'gpt-audio-mini-2025-10-06',
        'text-davinci-003',
      ].sort(),
    );
    for (const e of unreached.filter((m) => m.id !== 'gpt-5.6')) expect(e.shutdown, e.id).toBeDefined();
  });

  it('prints the comparison', () => {
    const text = formatReport(sdk, compareModels(sdk, catalog), compareParams(sdk, lists));
    expect(text).toContain('openai@7.60.0');
    expect(text).toMatch(/OK: the catalog and the rule lists match the SDK\.$/);
  });
});

describe('Chat-only params vs SDK', () => {
  it('reports only Chat params the Responses API lacks, and lists every other Chat-only param', () => {
    const result = compareParams(sdk, lists);
    expect(result.notChatParam).toEqual([]);
    expect(result.inResponses).toEqual([]);
    expect(result.unlisted).toEqual([]);
    expect(result.staleNotReported).toEqual([]);
    expect(result.ok).toBe(true);
    expect(REPORTED_CHAT_ONLY).toContain('reasoning_effort');
  });
});

/** A synthetic `shared.ts`, shaped like the SDK's. */
function syntheticShared(opts: { extraId?: string; gpt4oDate?: string; notSupported?: string; oddItem?: string }): string {
  const extra = opts.extraId ? `\n  | '${opts.extraId}'` : '';
  const odd = opts.oddItem ? `\n * - ${opts.oddItem}` : '';
  return `// generated
/**
 * Deprecated values:
 *
 * - "gpt-4o", "gpt-4o-2024-11-20": Announced shutdown date: ${opts.gpt4oDate ?? '2027-01-14'}. See
 *   https://developers.openai.com/api/docs/deprecations for details and
 *   recommended replacements.
 * - "${opts.notSupported ?? 'gpt-5.1-mini'}": Not a supported model ID. Retained for SDK compatibility.${odd}
 */
export type ChatModel =
  | 'gpt-4o'
  | 'gpt-4o-2024-11-20'
  | 'gpt-5.1-mini'${extra};

export type ResponsesModel = (string & {}) | ChatModel | 'o3-pro';
`;
}

function syntheticSdk(text: string, params: Partial<Pick<SdkData, 'chatParams' | 'responsesParams'>> = {}): SdkData {
  return {
    version: '0.0.0-test',
    chatModels: unionMembers(text, 'ChatModel'),
    responsesOnlyModels: unionMembers(text, 'ResponsesModel'),
    deprecated: deprecatedValues(text),
    chatParams: params.chatParams ?? [...sdk.chatParams],
    responsesParams: params.responsesParams ?? [...sdk.responsesParams],
  };
}

describe('the comparison fails on SDK changes', () => {
  it('passes on a synthetic union that matches the catalog', () => {
    expect(compareModels(syntheticSdk(syntheticShared({})), catalog).ok).toBe(true);
  });

  it('fails on an id the catalog does not know', () => {
    const result = compareModels(syntheticSdk(syntheticShared({ extraId: 'gpt-9-nova' })), catalog);
    expect(result.ok).toBe(false);
    expect(result.missing).toEqual(['gpt-9-nova']);
  });

  it('fails on a moved shutdown date, naming both dates', () => {
    const result = compareModels(syntheticSdk(syntheticShared({ gpt4oDate: '2027-03-01' })), catalog);
    expect(result.ok).toBe(false);
    expect(result.dateMismatch).toEqual([
      { id: 'gpt-4o', sdk: '2027-03-01', catalog: '2027-01-14', entry: 'gpt-4o' },
      { id: 'gpt-4o-2024-11-20', sdk: '2027-03-01', catalog: '2027-01-14', entry: 'gpt-4o' },
    ]);
    const text = formatReport(syntheticSdk(syntheticShared({ gpt4oDate: '2027-03-01' })), result, compareParams(sdk, lists));
    expect(text).toContain('gpt-4o: SDK 2027-03-01, catalog 2027-01-14');
    expect(text).toMatch(/MISMATCH: see above\.$/);
  });

  it('fails on a new "Not a supported model ID" and on an item it cannot read', () => {
    const notServed = compareModels(syntheticSdk(syntheticShared({ notSupported: 'gpt-4o' })), catalog);
    expect(notServed.notServedMismatch).toEqual(['gpt-4o', 'gpt-5.1-mini']);
    const odd = compareModels(syntheticSdk(syntheticShared({ oddItem: '"gpt-4o": Shutdown postponed.' })), catalog);
    expect(odd.ok).toBe(false);
    expect(odd.unparsed).toEqual(['"gpt-4o": Shutdown postponed.']);
  });

  it('fails when the block is gone', () => {
    const text = syntheticShared({}).replace('Deprecated values:', 'Values:');
    expect(compareModels(syntheticSdk(text), catalog).ok).toBe(false);
  });

  it('fails on a new Chat-only param, and on a reported param the Responses API gains', () => {
    const added = compareParams(syntheticSdk(syntheticShared({}), { chatParams: [...sdk.chatParams, 'safety_mode'] }), lists);
    expect(added.ok).toBe(false);
    expect(added.unlisted).toEqual(['safety_mode']);
    const gained = compareParams(syntheticSdk(syntheticShared({}), { responsesParams: [...sdk.responsesParams, 'seed'] }), lists);
    expect(gained.inResponses).toEqual(['seed']);
  });

  it('reads interface keys at the top level only', () => {
    const text = `export interface P {\n  /** doc { } */\n  a: string;\n  b?: { c: number; d: (x: number) => void };\n  e: Array<{ f: string }>;\n}\n`;
    expect(interfaceKeys(text, 'P')).toEqual(['a', 'b', 'e']);
  });
});
