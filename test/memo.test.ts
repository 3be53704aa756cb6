// extractors/text/memo.ts: the bounded memory the extractors keep of their pure string functions.
import { describe, expect, it } from 'vitest';
import { memoize } from '../extractors/text/memo.js';

describe('memoize', () => {
  it('computes once per argument and answers the same', () => {
    const seen: string[] = [];
    const upper = memoize((s) => (seen.push(s), s.toUpperCase()), 10);
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(seen).toEqual(['a', 'b']);
  });
  it('remembers false and empty answers too', () => {
    let calls = 0;
    const empty = memoize(() => (calls++, false), 10);
    empty('x');
    empty('x');
    expect(calls).toBe(1);
  });
  it('starts over past its limit, so it cannot grow without end', () => {
    const seen: string[] = [];
    const same = memoize((s) => (seen.push(s), s), 2);
    for (const s of ['a', 'b', 'c', 'd', 'a']) same(s);
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'a']);
  });
});
