/**
 * A knowledge-base entry: one API error, what causes it, and how to fix it.
 * Field names follow the seed entries (`../shared/seeds/`) where they exist.
 */
export type Confidence = 'high' | 'medium' | 'low';

export interface KbWorkaround {
  /** What to do, one imperative sentence. */
  action: string;
  /** How, with a code snippet where it helps. */
  how?: string;
}

export interface KbDeadEnd {
  /** What people try. */
  action: string;
  /** Why it does not help. */
  why_fails: string;
}

export interface KbEvidence {
  /** A public URL (issue, doc, test file, capture). */
  url: string;
  /** What the source shows, in one sentence. */
  note: string;
}

export interface KbEntry {
  /** Stable id, `llm/<slug>`. Seed ids are kept as they are. */
  id: string;
  /** One-line summary, used by `kb` listings. */
  title: string;
  /** The primary real error text, as the API returns it (no SDK prefix). */
  signature: string;
  /** Every known real error text for this error (the primary one included); at least one. */
  signatures: string[];
  /** JavaScript RegExp source (flags `i`) that matches every text in `signatures`. Must be linear-time. */
  regex: string;
  /**
   * HTTP status the API answers with (the most common one when it varies); `null` when the failure
   * happens in the client before any request is sent (an SDK method that no longer exists).
   */
  http_status: number | null;
  /** The `param` field of the error body, where known. */
  param?: string | null;
  /** The `code` field of the error body, where known. */
  code?: string | null;
  /** Why it happens, in our own words. */
  root_cause: string;
  workarounds: KbWorkaround[];
  dead_ends: KbDeadEnd[];
  official_doc_url: string;
  evidence: KbEvidence[];
  confidence: Confidence;
  /** Rule ids (without the `openai/` prefix) that prevent this error. */
  rules: string[];
  /**
   * Where the seed document this entry started from says something the evidence contradicts,
   * what the seed said and what the evidence shows.
   */
  seed_correction?: string;
  /** Date (YYYY-MM-DD) the facts were last checked against the evidence. */
  last_checked: string;
}
