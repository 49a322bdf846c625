/** Reasoning effort values the API knows (`reasoning_effort` on Chat, `reasoning.effort` on Responses). */
export type Effort = 'none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh' | 'max';

export const EFFORTS: readonly Effort[] = ['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'];

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
  /** Shutdown date (YYYY-MM-DD), past or scheduled, from OpenAI's deprecations page. */
  shutdown?: string;
  /** Suggested replacement, where OpenAI names one (with `shutdown`). */
  replacement?: string;
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
