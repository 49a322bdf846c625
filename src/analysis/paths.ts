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

  /** The keys read (`get`) while `recording` runs, or `null` when nothing records. */
  private static log: string[] | null = null;
  /** Every choice was read (`keys`) while `recording` ran. */
  private static readEverything = false;

  /**
   * Run `fn` and say which choices it read: the keys it asked `get` for (on any environment), or
   * `all` when it listed an environment's keys. Recordings nest: an outer one sees the inner reads.
   */
  static recording<T>(fn: () => T): { result: T; keys: string[]; all: boolean } {
    const outerLog = Env.log;
    const outerAll = Env.readEverything;
    const log: string[] = [];
    Env.log = log;
    Env.readEverything = false;
    let all = false;
    try {
      const result = fn();
      all = Env.readEverything;
      return { result, keys: log, all };
    } finally {
      all ||= Env.readEverything;
      Env.log = outerLog;
      Env.readEverything = outerAll || all;
      if (outerLog) for (const key of log) outerLog.push(key);
    }
  }

  /**
   * Count `keys` as read by the recording under way (if any): a caller that reuses what an earlier
   * resolution gave, instead of resolving again, reads what that resolution read.
   */
  static read(keys: readonly string[]): void {
    if (Env.log) for (const key of keys) Env.log.push(key);
  }

  get(key: string): string | undefined {
    Env.log?.push(key);
    return Env.lookup(this, key);
  }

  /** The side chosen for `key` on this path, not counted as a read (to tell whether a recorded resolution applies). */
  sideOf(key: string): string | undefined {
    return Env.lookup(this, key);
  }

  /**
   * The choices this environment adds to `base` (one of its ancestors), made on top of `onto`
   * instead; `null` when `base` is not an ancestor. The caller makes sure `onto` has none of them.
   */
  rebase(base: Env, onto: Env): Env | null {
    return Env.rebaseChain(this, base, onto);
  }

  private static rebaseChain(start: Env, base: Env, onto: Env): Env | null {
    const added: Env[] = [];
    for (let env: Env = start; env !== base; env = env.parent) {
      if (env.parent === null) return null;
      added.push(env);
    }
    let out = onto;
    for (let index = added.length - 1; index >= 0; index--) out = new Env(out, added[index].key, added[index].side, out.size + 1);
    return out;
  }

  private static lookup(start: Env, key: string): string | undefined {
    for (let env = start; env.parent !== null; env = env.parent) if (env.key === key) return env.side;
    return undefined;
  }

  /** This path with `key` chosen `side` (replacing an earlier choice of `key`, which callers avoid). */
  with(key: string, side: string): Env {
    const chosen = this.get(key);
    if (chosen === undefined) return new Env(this, key, side, this.size + 1);
    // The same choice again: this path itself (a copy would not descend from it, and a shared
    // resolution could not be moved onto another path).
    if (chosen === side) return this;
    const chain = Env.chainOf(this);
    let out = Env.EMPTY;
    for (let index = chain.length - 1; index >= 0; index--) {
      const k = chain[index].key;
      out = new Env(out, k, k === key ? side : chain[index].side, out.size + 1);
    }
    return out;
  }

  /**
   * Some choice of this path passes `test`: every choice is read (a recording around it sees
   * `all`). Walks the chain without building a list.
   */
  someChoice(test: (key: string, side: string) => boolean): boolean {
    Env.readEverything = true;
    return Env.someOf(this, test);
  }

  private static someOf(start: Env, test: (key: string, side: string) => boolean): boolean {
    for (let env = start; env.parent !== null; env = env.parent) if (test(env.key, env.side)) return true;
    return false;
  }

  /** The choices of `env`, latest first. */
  private static chainOf(env: Env): Env[] {
    const chain: Env[] = [];
    for (let link = env; link.parent !== null; link = link.parent) chain.push(link);
    return chain;
  }

  /**
   * The two paths have made the same choices, in any order. Compares the chains in place (a path
   * chooses each key once, and chains are a few dozen choices long), so nothing is allocated.
   */
  static sameChoices(a: Env, b: Env): boolean {
    if (a === b) return true;
    if (a.size !== b.size) return false;
    for (let env: Env = a; env.parent !== null; env = env.parent) if (Env.lookup(b, env.key) !== env.side) return false;
    return true;
  }
}

/** A value on one path, with the choices that lead to it. */
export interface Alt<T = Value> {
  env: Env;
  value: T;
}
