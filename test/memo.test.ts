// extractors/text/memo.ts: the bounded memory the extractors keep of their pure string functions.
import { describe, expect, it } from 'vitest';
import { memoize, ownCopy } from '../extractors/text/memo.js';
import { heapAfterFullGc } from './helpers.js';

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
  it('keeps its keys as strings of their own, not as slices that keep a whole report alive', () => {
    const lengthOf = memoize((s) => s.length, 1000);
    const before = heapAfterFullGc();
    for (let i = 0; i < 40; i++) {
      // a 1 MB "report" (two-byte, as texts with curly quotes are) and one long word sliced out of it
      const report = `${'’'.repeat(1_000_000)} Interamericanization${i} `;
      lengthOf(report.slice(1_000_001, 1_000_001 + 20 + String(i).length));
    }
    // Kept as slices, the 40 words would keep 40 reports of 2 MB each: 80 MB.
    expect(heapAfterFullGc() - before).toBeLessThan(10_000_000);
  });
  it('copies a string to the same characters', () => {
    for (const s of ['', 'a', 'Organization of American States', 'Côte d’Ivoire 🎉']) expect(ownCopy(s)).toBe(s);
  });
});
