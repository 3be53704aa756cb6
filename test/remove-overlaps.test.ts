// extractors/refiners/remove-overlaps.ts: spans of one type never overlap; the longer one wins, then the earlier.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { removeOverlaps } from '../extractors/refiners/remove-overlaps.js';
import type { Found } from '../extractors/types.js';

const f = (start: number, end: number, value = `${start}-${end}`): Found => ({ start, end, value, rule: 'test/span' });

/** The rule, written the slow way: every span against every longer (or as long and earlier) one kept before it. */
function reference(found: Found[]): Found[] {
  const order = found.map((x, i) => ({ x, i })).sort((a, b) => b.x.end - b.x.start - (a.x.end - a.x.start) || a.x.start - b.x.start || a.i - b.i);
  const kept: Found[] = [];
  for (const { x } of order) if (x.end > x.start && kept.every((k) => k.end <= x.start || x.end <= k.start)) kept.push(x);
  return kept.sort((a, b) => a.start - b.start);
}

describe('removeOverlaps', () => {
  it('keeps spans that are apart, in text order, as a new array', () => {
    const input = [f(0, 3), f(3, 5), f(9, 12)];
    const out = removeOverlaps(input);
    expect(out).toEqual(input);
    expect(out).not.toBe(input);
    expect(removeOverlaps([f(9, 12), f(0, 3)])).toEqual([f(0, 3), f(9, 12)]);
  });
  it('keeps the longer of two overlapping spans, the earlier on a tie, and drops empty ones', () => {
    expect(removeOverlaps([f(0, 4), f(2, 10)])).toEqual([f(2, 10)]);
    expect(removeOverlaps([f(5, 9), f(0, 4), f(3, 7)])).toEqual([f(0, 4), f(5, 9)]);
    expect(removeOverlaps([f(0, 3), f(3, 3), f(4, 6)])).toEqual([f(0, 3), f(4, 6)]);
    expect(removeOverlaps([])).toEqual([]);
  });
  it('agrees with the rule written the slow way on any spans', () => {
    const span = fc.tuple(fc.nat(40), fc.nat(8)).map(([s, n]) => f(s, s + n));
    fc.assert(fc.property(fc.array(span, { maxLength: 12 }), (spans) => {
      expect(removeOverlaps(spans)).toEqual(reference(spans));
    }));
  });
});
