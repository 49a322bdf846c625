/**
 * `settings.openai.models`: catalog entries given in ESLint settings, validated field by field
 * with errors that name the path (`settings.openai.models[2].defaultEffort`), and merged into
 * the built-in catalog: an entry whose `id` is a catalog model changes only the fields it gives;
 * an entry with a new id adds a model. Plain JSON data only.
 */
import { SettingsError, unknownKeyMessage } from '../errors.js';
import { MODEL_CATALOG } from './catalog.js';
import { buildCatalog } from './lookup.js';
import { EFFORTS, FACTS, type Fact, type ModelEntry } from './types.js';

const PREFIX = 'eslint-plugin-openai: ';
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;


function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

function isDate(value: unknown): boolean {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const isEffort = (value: unknown): boolean => typeof value === 'string' && (EFFORTS as readonly string[]).includes(value);
const isStringArray = (value: unknown): boolean =>
  Array.isArray(value) && value.every((item) => typeof item === 'string' && item.length > 0);
const EFFORT_LIST = EFFORTS.map((e) => JSON.stringify(e)).join(', ');

interface FieldSpec {
  /** What the value must be, as the error says it. */
  expected: string;
  valid: (value: unknown) => boolean;
}

/**
 * Every field of `ModelEntry` (typed as a record over its keys, so a field added to the type
 * must be described here too).
 */
const FIELDS: Record<keyof ModelEntry, FieldSpec> = {
  id: { expected: 'a non-empty string (the model name as sent in `model`)', valid: (v) => typeof v === 'string' && v.length > 0 },
  aliases: { expected: 'an array of non-empty strings (other exact names of this model)', valid: isStringArray },
  reasoning: { expected: 'a boolean (true for a reasoning model)', valid: (v) => typeof v === 'boolean' },
  defaultEffort: { expected: `one of ${EFFORT_LIST} or null (unknown)`, valid: (v) => v === null || isEffort(v) },
  efforts: {
    expected: `an array of efforts (${EFFORT_LIST}) or null (unknown)`,
    valid: (v) => v === null || (Array.isArray(v) && v.every(isEffort)),
  },
  samplingWhenEffortNone: { expected: 'a boolean', valid: (v) => typeof v === 'boolean' },
  logprobs: { expected: 'true, false or null (unknown)', valid: (v) => v === null || typeof v === 'boolean' },
  predictedOutputs: { expected: 'a boolean', valid: (v) => typeof v === 'boolean' },
  searchPreview: { expected: 'a boolean', valid: (v) => typeof v === 'boolean' },
  shutdown: { expected: 'a date string "YYYY-MM-DD"', valid: isDate },
  replacement: { expected: 'a non-empty string (a model id)', valid: (v) => typeof v === 'string' && v.length > 0 },
  retiredAsOf: { expected: 'a date string "YYYY-MM-DD" (the model is shut down as of that date)', valid: isDate },
  checked: { expected: 'a date string "YYYY-MM-DD"', valid: isDate },
  sources: { expected: 'an array of URL strings', valid: isStringArray },
  notes: { expected: 'a string', valid: (v) => typeof v === 'string' },
  effortNoneTopLogprobsCap: {
    expected: 'a positive integer or null (unknown)',
    valid: (v) => v === null || (typeof v === 'number' && Number.isInteger(v) && v > 0),
  },
  shutdownSource: { expected: 'a string (where the shutdown date comes from)', valid: (v) => typeof v === 'string' && v.length > 0 },
  replacementSource: { expected: 'a string (which source names the replacement)', valid: (v) => typeof v === 'string' && v.length > 0 },
  weak: {
    expected: `an object mapping a fact (${FACTS.join(', ')}) to { "confidence": "medium-high" | "medium" | "low" | "unverified", "evidence": "..." }`,
    valid: isWeakFacts,
  },
};

function isWeakFacts(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.entries(value as Record<string, unknown>).every(([fact, weak]) => {
    if (!(FACTS as readonly string[]).includes(fact) || weak === null || typeof weak !== 'object') return false;
    const { confidence, evidence, ...rest } = weak as Record<string, unknown>;
    return (
      Object.keys(rest).length === 0 &&
      ['medium-high', 'medium', 'low', 'unverified'].includes(confidence as string) &&
      typeof evidence === 'string' &&
      evidence.length > 0
    );
  });
}

/**
 * The fact (confidence key) each field states. A field given in settings is the user's own fact:
 * the built-in entry's confidence mark for it no longer applies.
 */
const FACT_OF: Partial<Record<keyof ModelEntry, Fact>> = {
  reasoning: 'reasoning',
  defaultEffort: 'defaultEffort',
  efforts: 'efforts',
  samplingWhenEffortNone: 'sampling',
  effortNoneTopLogprobsCap: 'sampling',
  logprobs: 'logprobs',
  predictedOutputs: 'predictedOutputs',
  shutdown: 'shutdown',
  replacement: 'replacement',
};

/** Fields a new model (an id the catalog does not know) must give. */
const REQUIRED_FOR_NEW: ReadonlyArray<keyof ModelEntry> = ['reasoning', 'logprobs', 'predictedOutputs'];
/** Only meaningful for reasoning models. */
const REASONING_ONLY: ReadonlyArray<keyof ModelEntry> = ['defaultEffort', 'efforts', 'samplingWhenEffortNone'];

function fail(message: string): never {
  throw new SettingsError(PREFIX + message);
}

export interface UserModels {
  /** The effective entries that differ from the built-in catalog (merged overrides and new models). */
  entries: readonly ModelEntry[];
  /** The built-in catalog with the user entries applied, indexed by id and alias. */
  catalog: ReadonlyMap<string, ModelEntry>;
}

const BUILT_IN_BY_ID: ReadonlyMap<string, ModelEntry> = new Map(MODEL_CATALOG.map((entry) => [entry.id, entry]));
const BUILT_IN_ALIAS_OWNER: ReadonlyMap<string, string> = new Map(
  MODEL_CATALOG.flatMap((entry) => (entry.aliases ?? []).map((alias) => [alias, entry.id] as const)),
);

/** Validate `settings.openai.models` and build the effective catalog. Throws an error naming the bad path. */
export function parseUserModels(raw: unknown): UserModels {
  const key = 'settings.openai.models';
  if (!Array.isArray(raw)) {
    fail(`${key} must be an array of model entries such as [{ "id": "my-model", "reasoning": true, "logprobs": false, "predictedOutputs": false }]; got ${describe(raw)}.`);
  }
  const entries: ModelEntry[] = [];
  const byId = new Map<string, number>();
  raw.forEach((item: unknown, index) => {
    const path = `${key}[${index}]`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) fail(`${path} must be an object (a model entry); got ${describe(item)}.`);
    const input = item as Record<string, unknown>;
    for (const field of Object.keys(input)) {
      if (!Object.hasOwn(FIELDS, field)) {
        throw new SettingsError(unknownKeyMessage(path, field, Object.keys(FIELDS)));
      }
    }
    for (const [field, value] of Object.entries(input) as Array<[keyof ModelEntry, unknown]>) {
      if (value === undefined) continue;
      const spec = FIELDS[field];
      if (!spec.valid(value)) fail(`${path}.${field} must be ${spec.expected}; got ${describe(value)}.`);
    }
    if (input.id === undefined) fail(`${path}.id is missing: every model entry needs the model name it describes.`);
    const id = input.id as string;
    if (byId.has(id)) fail(`${path}.id ${JSON.stringify(id)} is already given by ${key}[${byId.get(id)}].`);
    byId.set(id, index);
    const aliasOwner = BUILT_IN_ALIAS_OWNER.get(id);
    if (aliasOwner !== undefined) {
      fail(`${path}.id ${JSON.stringify(id)} is an alias of catalog model ${JSON.stringify(aliasOwner)}; use the id ${JSON.stringify(aliasOwner)} to change that model.`);
    }
    const builtIn = BUILT_IN_BY_ID.get(id);
    if (!builtIn) {
      for (const field of REQUIRED_FOR_NEW) {
        if (input[field] === undefined) {
          fail(`${path}.${field} is missing: ${JSON.stringify(id)} is not in the catalog, so the entry needs ${REQUIRED_FOR_NEW.join(', ')}.`);
        }
      }
    }
    const given = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<ModelEntry>;
    const merged: ModelEntry = builtIn
      ? { ...builtIn, ...given }
      : { checked: '', sources: [], ...given, id, reasoning: given.reasoning!, logprobs: given.logprobs!, predictedOutputs: given.predictedOutputs! };
    if (given.shutdown !== undefined && given.retiredAsOf !== undefined) {
      fail(`${path}.retiredAsOf is only for a model without a shutdown date, but the entry also gives shutdown.`);
    }
    // A shutdown date given in settings replaces a "listed as shut down" fact of the built-in entry.
    if (given.shutdown !== undefined) delete merged.retiredAsOf;
    if (builtIn) {
      // Facts given in settings are the user's, with the user's confidence: drop the built-in marks
      // and the built-in sources of the replaced dates.
      if (given.shutdown !== undefined && given.shutdownSource === undefined) merged.shutdownSource = '`settings.openai.models`';
      if (given.replacement !== undefined && given.replacementSource === undefined) merged.replacementSource = '`settings.openai.models`';
      if (given.weak === undefined && builtIn.weak !== undefined) {
        const weak = { ...builtIn.weak };
        for (const field of Object.keys(given) as Array<keyof ModelEntry>) {
          const fact = FACT_OF[field];
          if (fact !== undefined) delete weak[fact];
        }
        if (Object.keys(weak).length > 0) merged.weak = weak;
        else delete merged.weak;
      }
    } else {
      if (given.shutdown !== undefined && given.shutdownSource === undefined) merged.shutdownSource = '`settings.openai.models`';
      if (given.replacement !== undefined && given.replacementSource === undefined) merged.replacementSource = '`settings.openai.models`';
    }
    if (!merged.reasoning) {
      for (const field of REASONING_ONLY) {
        if (given[field] !== undefined) fail(`${path}.${field} is only for reasoning models, but ${JSON.stringify(id)} has reasoning: false.`);
      }
      if (builtIn?.reasoning) {
        // A reasoning model declared non-reasoning: its effort facts no longer apply.
        for (const field of REASONING_ONLY) delete merged[field];
      }
    }
    if (merged.reasoning && merged.defaultEffort && merged.efforts && !merged.efforts.includes(merged.defaultEffort)) {
      fail(`${path}.defaultEffort ${JSON.stringify(merged.defaultEffort)} is not in its efforts [${merged.efforts.map((e) => JSON.stringify(e)).join(', ')}].`);
    }
    entries.push(merged);
  });

  // Names must stay unique: a new id or alias may not be another model's name.
  const owner = new Map<string, string>();
  const effective = MODEL_CATALOG.map((entry) => entries.find((e) => e.id === entry.id) ?? entry);
  for (const entry of entries) if (!BUILT_IN_BY_ID.has(entry.id)) effective.push(entry);
  for (const entry of effective) {
    for (const name of [entry.id, ...(entry.aliases ?? [])]) {
      const previous = owner.get(name);
      if (previous !== undefined && previous !== entry.id) {
        const userId = byId.has(entry.id) ? entry.id : previous;
        const otherId = userId === entry.id ? previous : entry.id;
        fail(`${key}[${byId.get(userId)}] gives the name ${JSON.stringify(name)}, which is already a name of model ${JSON.stringify(otherId)}; each name may stand for one model only.`);
      }
      owner.set(name, entry.id);
    }
  }
  return { entries, catalog: buildCatalog(effective) };
}
