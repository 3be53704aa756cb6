// extractors/place/first-key-filter.ts: the Bloom filter in front of the gazetteer's set of first
// words must answer exactly as the set does: no member missed (a wrong bit written or read), and
// no non-member let through (a "maybe" must still ask the set).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FirstKeyFilter } from '../extractors/place/first-key-filter.js';

describe('first-key filter', () => {
  it('answers as its set, members and others', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 12 }), { maxLength: 200 }), fc.array(fc.string({ maxLength: 12 }), { maxLength: 200 }), (members, others) => {
        const keys = new Set(members);
        const filter = new FirstKeyFilter(keys);
        for (const key of [...members, ...others]) expect(filter.has(key)).toBe(keys.has(key));
      }),
    );
  });

  it('still asks the set when the bits say "maybe"', () => {
    // 150 000 keys set about 44% of the 2^19 bits, so about a fifth of other keys pass both probes.
    const keys = new Set(Array.from({ length: 150_000 }, (_, i) => `member-${i}`));
    const filter = new FirstKeyFilter(keys);
    const others = Array.from({ length: 5_000 }, (_, i) => `other-${i}`);
    expect(others.filter((k) => filter.has(k))).toEqual([]);
    expect([...keys].every((k) => filter.has(k))).toBe(true);
  });
});
