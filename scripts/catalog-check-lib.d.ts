// Types for scripts/catalog-check-lib.js (plain JS, run by Node directly), for the TypeScript tests.

export interface DeprecatedValues {
  /** The block exists before the type. */
  found: boolean;
  /** Announced shutdown date per id. */
  dates: Record<string, string>;
  /** Ids marked "Not a supported model ID". */
  notSupported: string[];
  /** Items not understood. */
  unparsed: string[];
}

export interface SdkData {
  version: string;
  chatModels: string[];
  responsesOnlyModels: string[];
  deprecated: DeprecatedValues;
  chatParams: string[];
  responsesParams: string[];
}

export interface CatalogView {
  findModel: (id: string) => { id: string; shutdown?: string } | undefined;
  notServed: readonly string[];
  withoutFacts: readonly string[];
}

export interface ModelComparison {
  ok: boolean;
  checkedIds: number;
  datedIds: number;
  missing: string[];
  dateMismatch: Array<{ id: string; sdk: string; catalog: string | null; entry: string | null }>;
  notServedMismatch: string[];
  unparsed: string[];
  blockFound: boolean;
  datedOnlyInCatalog: string[];
}

export interface ParamLists {
  reported: readonly string[];
  notReported: readonly string[];
}

export interface ParamComparison {
  ok: boolean;
  chatOnly: string[];
  notChatParam: string[];
  inResponses: string[];
  unlisted: string[];
  staleNotReported: string[];
}

export function packageDir(name: string, fromFile: string): string;
export function readSdkFile(packageDir: string, relative: string): { path: string; text: string };
export function unionMembers(text: string, name: string): string[];
export function unionReferences(text: string, name: string): string[];
export function deprecatedValues(text: string, typeName?: string): DeprecatedValues;
export function interfaceKeys(text: string, name: string): string[];
export function readSdk(packageDir: string): SdkData;
export function compareModels(sdk: SdkData, catalog: CatalogView): ModelComparison;
export function compareParams(sdk: SdkData, lists: ParamLists): ParamComparison;
export function formatReport(sdk: SdkData, models: ModelComparison, params: ParamComparison): string;
