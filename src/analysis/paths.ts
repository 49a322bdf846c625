/**
 * Paths: one consistent choice at every branch that shapes a value. An `Env` records the choices a
 * path has made so far (a condition's side, which call of a local function supplied the
 * parameters, which assignment of a `let` reached the read, which element a loop variable holds);
 * a branch whose choice is already in the environment takes the same side again.
 */
import type { Value } from './value-model.js';

/** The most paths one request (or one expression) is followed on; beyond it, values are unknown. */
export const MAX_PATHS = 64;

export class Env {
  static readonly EMPTY = new Env(new Map());

  private signatureText: string | undefined;

  private constructor(private readonly choices: ReadonlyMap<string, string>) {}

  /** The choices as one string, equal for environments with the same choices (computed once). */
  get signature(): string {
    if (this.signatureText === undefined) {
      const parts: string[] = [];
      for (const [key, side] of this.choices) parts.push(`${key}\u0000${side}`);
      this.signatureText = parts.sort().join('\u0001');
    }
    return this.signatureText;
  }

  get(key: string): string | undefined {
    return this.choices.get(key);
  }

  with(key: string, side: string): Env {
    const next = new Map(this.choices);
    next.set(key, side);
    return new Env(next);
  }

  get size(): number {
    return this.choices.size;
  }

  keys(): IterableIterator<string> {
    return this.choices.keys();
  }

  /** The environments agree on every key both have. */
  agrees(other: Env): boolean {
    for (const [key, side] of this.choices) {
      const theirs = other.choices.get(key);
      if (theirs !== undefined && theirs !== side) return false;
    }
    return true;
  }
}

/** A value on one path, with the choices that lead to it. */
export interface Alt<T = Value> {
  env: Env;
  value: T;
}
