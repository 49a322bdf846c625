// Env: the choices of one path (src/analysis/paths.ts).
import { describe, expect, it } from 'vitest';
import { Env } from '../../src/analysis/paths.js';

describe('Env', () => {
  it('makes the same choice again as the same path, which later choices still descend from', () => {
    const base = Env.EMPTY.with('a', 'T');
    const again = base.with('a', 'T');
    expect(again).toBe(base);
    // What a resolution on `base` added can be moved onto another path that made the same choice.
    const added = again.with('b', 'F');
    const other = Env.EMPTY.with('c', '0').with('a', 'T');
    const moved = added.rebase(base, other);
    expect(moved && Env.sameChoices(moved, Env.EMPTY.with('c', '0').with('a', 'T').with('b', 'F'))).toBe(true);
  });

  it('replaces a different choice of the same key', () => {
    const env = Env.EMPTY.with('a', 'T').with('b', '1');
    const replaced = env.with('a', 'F');
    expect(replaced.sideOf('a')).toBe('F');
    expect(replaced.sideOf('b')).toBe('1');
    expect(replaced.size).toBe(2);
  });

  it('tells paths with the same choices, in any order, from paths with other choices', () => {
    const ab = Env.EMPTY.with('a', 'T').with('b', '1');
    expect(Env.sameChoices(ab, Env.EMPTY.with('b', '1').with('a', 'T'))).toBe(true);
    expect(Env.sameChoices(ab, ab)).toBe(true);
    expect(Env.sameChoices(ab, Env.EMPTY.with('a', 'T').with('b', '2'))).toBe(false);
    expect(Env.sameChoices(ab, Env.EMPTY.with('a', 'T').with('c', '1'))).toBe(false);
    expect(Env.sameChoices(ab, Env.EMPTY.with('a', 'T'))).toBe(false);
    expect(Env.sameChoices(Env.EMPTY, Env.EMPTY.with('a', 'T'))).toBe(false);
  });

  it('finds a choice by a test, and counts every choice as read', () => {
    const env = Env.EMPTY.with('t:(x==="a")', 'T').with('t:y', 'F');
    const seen: string[] = [];
    const recorded = Env.recording(() => env.someChoice((key, side) => (seen.push(`${key}=${side}`), side === 'T')));
    expect(recorded.result).toBe(true);
    expect(recorded.all).toBe(true);
    expect(seen).toEqual(['t:y=F', 't:(x==="a")=T']);
    expect(Env.EMPTY.with('t:y', 'F').someChoice((_, side) => side === 'T')).toBe(false);
  });
});
