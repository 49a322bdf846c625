/**
 * `settings.openai`: validated once per settings object. Plain JSON data only, so `--cache`
 * sees every input that changes a result.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { findModel } from './models/lookup.js';

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
  /** Major version of the `openai` package the project uses, where pinned (e.g. 4); unset: current. */
  sdkVersion: number | undefined;
}

const DEFAULTS: OpenAISettings = { modelAliases: {}, date: undefined, sdkVersion: undefined };

const KEYS: Record<keyof OpenAISettings, string> = {
  modelAliases: 'an object mapping a model name to a catalog model id, e.g. { "my-prod-gpt": "gpt-4.1" }',
  date: 'a date string "YYYY-MM-DD", e.g. "2026-11-22"',
  sdkVersion: 'the major version of the openai package, as a number (4) or a version string ("4", "^4.77.0")',
};

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

export class SettingsError extends Error {
  override name = 'SettingsError';
}

const cache = new WeakMap<object, OpenAISettings>();

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
  const cached = cache.get(raw);
  if (cached) return cached;
  const input = raw as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!(key in KEYS)) {
      throw new SettingsError(
        `eslint-plugin-openai: unknown key settings.openai.${key}. Known keys: ${Object.keys(KEYS).join(', ')}.`,
      );
    }
  }
  const settings: OpenAISettings = { ...DEFAULTS };
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
      if (!findModel(target)) {
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
  if (input.sdkVersion !== undefined) {
    const major = parseMajor(input.sdkVersion);
    if (major === undefined) {
      throw new SettingsError(`eslint-plugin-openai: settings.openai.sdkVersion must be ${KEYS.sdkVersion}; got ${describe(input.sdkVersion)}.`);
    }
    settings.sdkVersion = major;
  }
  Object.freeze(settings);
  cache.set(raw, settings);
  return settings;
}

/** The date retirements are compared against: `settings.openai.date`, else today (UTC). */
export function effectiveDate(settings: OpenAISettings): string {
  return settings.date ?? new Date().toISOString().slice(0, 10);
}

/** The plugin settings of a rule context (validated). */
export function getSettings(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): OpenAISettings {
  return parseSettings((context.settings as Record<string, unknown> | undefined)?.openai);
}
