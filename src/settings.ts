/**
 * `settings.openai`: validated once per settings object. Plain JSON data only, so `--cache`
 * sees every input that changes a result.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { DEFAULT_CATALOG, findModel } from './models/lookup.js';
import type { ModelEntry } from './models/types.js';
import { parseUserModels } from './models/user-models.js';
import { FRAMEWORK_PACKAGES, type FrameworkPackage } from './adapters/packages.js';
import { nearestKey, SettingsError, unknownKeyMessage } from './errors.js';

/** Which `baseURL` hosts are which provider (`settings.openai.providers`), lower-cased. */
export interface ProviderHosts {
  /** Hosts that forward to OpenAI unchanged (gateways, proxies): treated as api.openai.com. */
  openai: readonly string[];
  /** Azure OpenAI endpoints or gateways in front of them: `model` is a deployment name. */
  azure: readonly string[];
  /** Not OpenAI: the provider's model names are its own, even where they look like OpenAI's. */
  other: readonly string[];
}

export interface OpenAISettings {
  /**
   * Names that stand for a catalog model: Azure deployment names, proxy aliases, fine-tune
   * nicknames. With an alias, model-keyed rules apply whatever the client.
   */
  modelAliases: Readonly<Record<string, string>>;
  /**
   * The date (YYYY-MM-DD) model retirements are compared against. Unset: the day ESLint runs;
   * pin it for reproducible CI.
   */
  date: string | undefined;
  /**
   * Major version of the `openai` package the project uses, where pinned (e.g. 4); `'detect'` (the
   * default): the version installed for each linted file (`sdkMajorFor` in ./sdk-version.ts).
   */
  sdkVersion: number | 'detect';
  /**
   * The version of each framework package the adapters model (`@langchain/openai`, `@openai/agents`,
   * `ai`, `@ai-sdk/openai`), as `major.minor.patch`, where pinned; a package not listed (or
   * `'detect'`) uses the version installed for each linted file (src/adapters/versions.ts).
   */
  frameworkVersions: Readonly<Partial<Record<FrameworkPackage, string>>>;
  /**
   * Catalog entries from settings: overrides of catalog models (merged over the built-in entry)
   * and new models, as they apply (validated).
   */
  models: readonly ModelEntry[];
  /** `baseURL` hosts declared as OpenAI, Azure or another provider. */
  providers: ProviderHosts;
  /** Rules consult TypeScript type information (needs typescript-eslint's `projectService`). */
  typeChecked: boolean;
}

const NO_PROVIDERS: ProviderHosts = Object.freeze({ openai: [], azure: [], other: [] });

const DEFAULTS: OpenAISettings = Object.freeze({
  modelAliases: {},
  date: undefined,
  sdkVersion: 'detect',
  frameworkVersions: {},
  models: [],
  providers: NO_PROVIDERS,
  typeChecked: false,
});

const KEYS: Record<keyof OpenAISettings, string> = {
  modelAliases: 'an object mapping a model name to a catalog model id, e.g. { "my-prod-gpt": "gpt-4.1" }',
  date: 'a date string "YYYY-MM-DD", e.g. "2026-11-22"',
  sdkVersion:
    '"detect" (the default: the version installed for each file), or the major version of the openai package, as a number (4) or a version string ("4", "^4.77.0")',
  frameworkVersions:
    'an object mapping a framework package to its version, e.g. { "@langchain/openai": "1.6.0", "ai": "7", "@ai-sdk/openai": "4.0.118", "@openai/agents": "0.20.0" } ("detect": the version installed for each file)',
  models: 'an array of model entries, e.g. [{ "id": "my-model", "reasoning": true, "logprobs": false, "predictedOutputs": false }]',
  providers:
    'an object with host lists, e.g. { "openai": ["gateway.example.com"], "azure": ["*.azure-api.net"], "other": ["llm.internal:8080"] }',
  typeChecked: 'a boolean (true: use TypeScript type information; needs typescript-eslint\'s projectService)',
};

const PROVIDER_KINDS = ['openai', 'azure', 'other'] as const;
/** A host name or `host:port`, optionally `*.` for any subdomain; no scheme, path or user info. */
const HOST = /^(?:\*\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?$/i;

function parseProviders(raw: unknown): ProviderHosts {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new SettingsError(`eslint-plugin-openai: settings.openai.providers must be ${KEYS.providers}; got ${describe(raw)}.`);
  }
  const result: Record<(typeof PROVIDER_KINDS)[number], string[]> = { openai: [], azure: [], other: [] };
  const seen = new Map<string, string>();
  for (const [kind, hosts] of Object.entries(raw as Record<string, unknown>)) {
    if (!(PROVIDER_KINDS as readonly string[]).includes(kind)) {
      throw new SettingsError(unknownKeyMessage('settings.openai.providers', kind, PROVIDER_KINDS));
    }
    if (!Array.isArray(hosts)) {
      throw new SettingsError(
        `eslint-plugin-openai: settings.openai.providers.${kind} must be an array of host names such as ["gateway.example.com", "localhost:8080"]; got ${describe(hosts)}.`,
      );
    }
    hosts.forEach((host: unknown, index) => {
      const path = `settings.openai.providers.${kind}[${index}]`;
      if (typeof host !== 'string' || !HOST.test(host)) {
        throw new SettingsError(
          `eslint-plugin-openai: ${path} must be a host name or host:port such as "gateway.example.com", "*.example.com" or "localhost:8080" (no scheme or path); got ${describe(host)}.`,
        );
      }
      const normalized = host.toLowerCase();
      const previous = seen.get(normalized);
      if (previous !== undefined) {
        throw new SettingsError(`eslint-plugin-openai: ${path} ${JSON.stringify(host)} is already listed as ${previous}.`);
      }
      seen.set(normalized, path);
      result[kind as (typeof PROVIDER_KINDS)[number]].push(normalized);
    });
  }
  return Object.freeze(result);
}

/** `1`, `1.6`, `1.6.0`, `v1.6.0`, `^1.6.0`, `~1.6`, `1.x`, `1.6.0-rc.1`: a version, or a range's lowest version. */
const VERSION = /^[\^~=]?v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?(?:-[0-9a-z.-]+)?$/i;

/** The package a misspelled framework package name most likely meant (`@langchain/opena`, `langchain`). */
function nearestPackage(name: string): string | undefined {
  const close = nearestKey(name, FRAMEWORK_PACKAGES);
  if (close !== undefined) return close;
  // A segment of the name (`langchain`, `agents`), when only one package has it.
  const lower = name.toLowerCase().replace(/^@/, '');
  const holding = FRAMEWORK_PACKAGES.filter((pkg) => lower.length >= 3 && pkg.split(/[@/]/).includes(lower));
  return holding.length === 1 ? holding[0] : undefined;
}

function parseFrameworkVersions(raw: unknown): Readonly<Partial<Record<FrameworkPackage, string>>> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new SettingsError(`eslint-plugin-openai: settings.openai.frameworkVersions must be ${KEYS.frameworkVersions}; got ${describe(raw)}.`);
  }
  const versions: Partial<Record<FrameworkPackage, string>> = {};
  for (const [name, version] of Object.entries(raw as Record<string, unknown>)) {
    const path = `settings.openai.frameworkVersions[${JSON.stringify(name)}]`;
    if (!(FRAMEWORK_PACKAGES as readonly string[]).includes(name)) {
      const guess = nearestPackage(name);
      const hint = guess === undefined ? '' : ` Did you mean ${JSON.stringify(guess)}?`;
      throw new SettingsError(`eslint-plugin-openai: unknown package ${path}.${hint} Known packages: ${FRAMEWORK_PACKAGES.join(', ')}.`);
    }
    if (version === 'detect') continue;
    const match = typeof version === 'string' ? VERSION.exec(version.trim()) : null;
    if (!match) {
      throw new SettingsError(
        `eslint-plugin-openai: ${path} must be a version string such as "1.6.0", "1.6" or "^1.6.0", or "detect" (the version installed for each file); got ${describe(version)}.`,
      );
    }
    const part = (text: string | undefined): string => (text === undefined || !/^\d+$/.test(text) ? '0' : String(Number(text)));
    versions[name as FrameworkPackage] = `${Number(match[1])}.${part(match[2])}.${part(match[3])}`;
  }
  return Object.freeze(versions);
}

/** The effective model catalog per parsed settings object. */
const catalogs = new WeakMap<OpenAISettings, ReadonlyMap<string, ModelEntry>>();

/** The model catalog that applies: the built-in one with `settings.openai.models` applied. */
export function catalogOf(settings: OpenAISettings): ReadonlyMap<string, ModelEntry> {
  if (settings.models.length === 0) return DEFAULT_CATALOG;
  let catalog = catalogs.get(settings);
  if (!catalog) {
    catalog = parseUserModels(settings.models).catalog;
    catalogs.set(settings, catalog);
  }
  return catalog;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isValidDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function parseMajor(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value;
  if (typeof value === 'string') {
    const match = /^[\^~]?v?(\d+)(?:\.[\dx*]+){0,2}$/.exec(value.trim());
    if (match && Number(match[1]) >= 1) return Number(match[1]);
  }
  return undefined;
}

export { SettingsError };

const cache = new WeakMap<object, OpenAISettings>();
/**
 * The last `settings.openai` object parsed and its result, looked at before `cache`: every file of a
 * configuration hands the same object, so most files need no WeakMap lookup. A pure memo (the same
 * object gives the same result, as with `cache`); a bad object is never remembered, so it throws again.
 */
let lastRaw: object | undefined;
let lastParsed: OpenAISettings = DEFAULTS;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

/** Parse and validate `settings.openai`; throws a `SettingsError` naming the key and the expected shape. */
export function parseSettings(raw: unknown): OpenAISettings {
  if (raw === undefined) return DEFAULTS;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new SettingsError(`eslint-plugin-openai: settings.openai must be an object, got ${describe(raw)}.`);
  }
  if (raw === lastRaw) return lastParsed;
  const cached = cache.get(raw);
  if (cached) {
    lastRaw = raw;
    lastParsed = cached;
    return cached;
  }
  const input = raw as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!(key in KEYS)) {
      throw new SettingsError(unknownKeyMessage('settings.openai', key, Object.keys(KEYS)));
    }
  }
  const settings: OpenAISettings = { ...DEFAULTS };
  let catalog = DEFAULT_CATALOG;
  if (input.models !== undefined) {
    const parsed = parseUserModels(input.models);
    settings.models = Object.freeze(parsed.entries);
    catalog = parsed.catalog;
  }
  if (input.modelAliases !== undefined) {
    const aliases = input.modelAliases;
    if (aliases === null || typeof aliases !== 'object' || Array.isArray(aliases)) {
      throw new SettingsError(`eslint-plugin-openai: settings.openai.modelAliases must be ${KEYS.modelAliases}; got ${describe(aliases)}.`);
    }
    for (const [name, target] of Object.entries(aliases)) {
      if (typeof target !== 'string' || target.length === 0) {
        throw new SettingsError(
          `eslint-plugin-openai: settings.openai.modelAliases[${JSON.stringify(name)}] must be a non-empty string (a catalog model id); got ${describe(target)}.`,
        );
      }
      if (!findModel(target, catalog)) {
        throw new SettingsError(
          `eslint-plugin-openai: settings.openai.modelAliases[${JSON.stringify(name)}] is ${JSON.stringify(target)}, which is not a model in the catalog; use a catalog model id such as "gpt-4.1" or "o3".`,
        );
      }
    }
    settings.modelAliases = { ...(aliases as Record<string, string>) };
  }
  if (input.date !== undefined) {
    if (typeof input.date !== 'string' || !isValidDate(input.date)) {
      throw new SettingsError(`eslint-plugin-openai: settings.openai.date must be ${KEYS.date}; got ${describe(input.date)}.`);
    }
    settings.date = input.date;
  }
  if (input.sdkVersion !== undefined && input.sdkVersion !== 'detect') {
    const major = parseMajor(input.sdkVersion);
    if (major === undefined) {
      throw new SettingsError(`eslint-plugin-openai: settings.openai.sdkVersion must be ${KEYS.sdkVersion}; got ${describe(input.sdkVersion)}.`);
    }
    settings.sdkVersion = major;
  }
  if (input.frameworkVersions !== undefined) settings.frameworkVersions = parseFrameworkVersions(input.frameworkVersions);
  if (input.providers !== undefined) settings.providers = parseProviders(input.providers);
  if (input.typeChecked !== undefined) {
    if (typeof input.typeChecked !== 'boolean') {
      throw new SettingsError(`eslint-plugin-openai: settings.openai.typeChecked must be ${KEYS.typeChecked}; got ${describe(input.typeChecked)}.`);
    }
    settings.typeChecked = input.typeChecked;
  }
  Object.freeze(settings);
  if (settings.models.length > 0) catalogs.set(settings, catalog);
  cache.set(raw, settings);
  lastRaw = raw;
  lastParsed = settings;
  return settings;
}

/** The date retirements are compared against: `settings.openai.date`, else today (UTC). */
export function effectiveDate(settings: OpenAISettings): string {
  return settings.date ?? new Date().toISOString().slice(0, 10);
}

/** The plugin settings of a rule context (validated). */
export function getSettings(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): OpenAISettings {
  return settingsFrom(context.settings);
}

/** The plugin settings in ESLint's `settings` object (a rule context's `settings`), validated. */
export function settingsFrom(eslintSettings: unknown): OpenAISettings {
  return parseSettings((eslintSettings as Record<string, unknown> | undefined)?.openai);
}
