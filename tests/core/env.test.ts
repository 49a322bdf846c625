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
    expect(moved?.signature).toBe(Env.EMPTY.with('c', '0').with('a', 'T').with('b', 'F').signature);
  });

  it('replaces a different choice of the same key', () => {
    const env = Env.EMPTY.with('a', 'T').with('b', '1');
    const replaced = env.with('a', 'F');
    expect(replaced.sideOf('a')).toBe('F');
    expect(replaced.sideOf('b')).toBe('1');
    expect(replaced.size).toBe(2);
  });
});
