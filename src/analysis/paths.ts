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
  static readonly EMPTY = new Env(null, '', '', 0);

  private signatureText: string | undefined;

  /**
   * A chain: each environment is its parent with one more choice, so making one costs nothing
   * and paths that share choices share them in memory. Chains stay short (a few dozen choices).
   */
  private constructor(
    private readonly parent: Env | null,
    private readonly key: string,
    private readonly side: string,
    readonly size: number,
  ) {}

  get(key: string): string | undefined {
    return Env.lookup(this, key);
  }

  private static lookup(start: Env, key: string): string | undefined {
    for (let env = start; env.parent !== null; env = env.parent) if (env.key === key) return env.side;
    return undefined;
  }

  /** This path with `key` chosen `side` (replacing an earlier choice of `key`, which callers avoid). */
  with(key: string, side: string): Env {
    if (this.get(key) === undefined) return new Env(this, key, side, this.size + 1);
    let out = Env.EMPTY;
    for (const [k, v] of [...this.entries()].reverse()) out = new Env(out, k, k === key ? side : v, out.size + 1);
    return out;
  }

  *keys(): IterableIterator<string> {
    for (const [key] of Env.entriesOf(this)) yield key;
  }

  private entries(): IterableIterator<[string, string]> {
    return Env.entriesOf(this);
  }

  private static *entriesOf(start: Env): IterableIterator<[string, string]> {
    for (let env = start; env.parent !== null; env = env.parent) yield [env.key, env.side];
  }

  /** The choices as one string, equal for environments with the same choices (computed once). */
  get signature(): string {
    if (this.signatureText === undefined) {
      const parts: string[] = [];
      for (const [key, side] of this.entries()) parts.push(`${key}\u0000${side}`);
      this.signatureText = parts.sort().join('\u0001');
    }
    return this.signatureText;
  }
}

/** A value on one path, with the choices that lead to it. */
export interface Alt<T = Value> {
  env: Env;
  value: T;
}
