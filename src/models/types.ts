/** Reasoning effort values the API knows (`reasoning_effort` on Chat, `reasoning.effort` on Responses). */
export type Effort = 'none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh' | 'max';

export const EFFORTS: readonly Effort[] = ['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'];

/**
 * How sure a catalog fact is, with the labels of the project's fact sheet: `high` (OpenAI's own
 * docs or SDK, or several independent captures), `medium-high`, `medium` (one capture or a
 * third-party matrix), `low` (one secondary source), `unverified` (an inference, or a source that
 * could not be opened). Only `high` facts may drive an autofix.
 */
export type Confidence = 'high' | 'medium-high' | 'medium' | 'low' | 'unverified';

/** The facts of an entry that carry their own confidence. */
export type Fact =
  | 'reasoning'
  | 'defaultEffort'
  | 'efforts'
  | 'sampling'
  | 'logprobs'
  | 'predictedOutputs'
  | 'shutdown'
  | 'replacement';

export const FACTS: readonly Fact[] = [
  'reasoning',
  'defaultEffort',
  'efforts',
  'sampling',
  'logprobs',
  'predictedOutputs',
  'shutdown',
  'replacement',
];

/** A fact below `high`: its confidence and, in words, what the evidence is. */
export interface WeakFact {
  confidence: Exclude<Confidence, 'high'>;
  evidence: string;
}

/**
 * One model family in the catalog. Dated snapshots (`<id>-YYYY-MM-DD`) and fine-tunes
 * (`ft:<id>...`) resolve to the entry of their base id.
 *
 * `null` always means "unknown": rules that need an unknown fact stay silent.
 */
export interface ModelEntry {
  /** Model id as sent in `model`, e.g. `gpt-5.1`. */
  id: string;
  /** Other exact names for this entry (undated aliases such as `gpt-4-turbo-preview`). */
  aliases?: string[];
  /** Reasoning model (o-series, gpt-5 family except gpt-5-chat-latest, codex, ...). */
  reasoning: boolean;
  /** Effort used when the request sets none. Only for reasoning models; `null` = unknown. */
  defaultEffort?: Effort | null;
  /** Efforts the model accepts. Only for reasoning models; `null` = unknown. */
  efforts?: Effort[] | null;
  /**
   * When the effort that applies is `none`, the model accepts `logprobs`, `top_logprobs` (max 5),
   * `temperature`, `top_p` and the penalties (gpt-5.1 and later general models, not codex/pro/chat-latest).
   */
  samplingWhenEffortNone?: boolean;
  /**
   * `logprobs` accepted when reasoning is off (non-reasoning model, or effort `none` where
   * `samplingWhenEffortNone`). `false` = rejected, `null` = unknown.
   */
  logprobs: boolean | null;
  /** Predicted Outputs (`prediction`) supported. */
  predictedOutputs: boolean;
  /** `*-search-preview`: rejects temperature, top_p and the penalties. */
  searchPreview?: boolean;
  /**
   * At effort `none` (with `samplingWhenEffortNone`), the largest `top_logprobs` accepted. Unset: 5
   * (the gpt-5.x capture); `null`: unknown (no report on it).
   */
  effortNoneTopLogprobsCap?: number | null;
  /** Shutdown date (YYYY-MM-DD), past or scheduled. */
  shutdown?: string;
  /** Where the shutdown date comes from, in words (`openai@7.60.0 ChatModel "Deprecated values"`). */
  shutdownSource?: string;
  /** Replacement model, only where a source names one (with `shutdown`). */
  replacement?: string;
  /** Which source names the replacement, and as of when. Required with `replacement`. */
  replacementSource?: string;
  /**
   * Facts resting on less than High evidence, with what the evidence is. A fact not listed here
   * is High. No autofix may rest on a listed fact; messages and docs say the evidence.
   */
  weak?: Partial<Record<Fact, WeakFact>>;
  /**
   * Listed as already shut down by a source that gives no shutdown date: the date (YYYY-MM-DD) of
   * that source. Only without `shutdown`.
   */
  retiredAsOf?: string;
  /** Date (YYYY-MM-DD) these facts were checked. */
  checked: string;
  /** Evidence URLs for the facts above. */
  sources: string[];
  /** Free text: caveats, confidence. */
  notes?: string;
}
