import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxMatching, type Candidate } from '../scripts/eval/match.js';

/** Brute force: the best (pairs, total weight) over every one-to-one subset of the candidates. */
function best(candidates: Candidate[]): [number, number] {
  let top: [number, number] = [0, 0];
  const walk = (i: number, golds: Set<number>, preds: Set<number>, pairs: number, weight: number): void => {
    if (pairs > top[0] || (pairs === top[0] && weight > top[1])) top = [pairs, weight];
    for (let j = i; j < candidates.length; j++) {
      const c = candidates[j]!;
      if (golds.has(c.gold) || preds.has(c.pred)) continue;
      walk(j + 1, new Set([...golds, c.gold]), new Set([...preds, c.pred]), pairs + 1, weight + c.weight);
    }
  };
  walk(0, new Set(), new Set(), 0, 0);
  return top;
}

describe('maxMatching', () => {
  it('finds the most pairs, then the largest total overlap (against brute force)', () => {
    const candidate = fc.record({ gold: fc.nat(4), pred: fc.nat(4), weight: fc.integer({ min: 1, max: 9 }) });
    const unique = fc.uniqueArray(candidate, { maxLength: 9, selector: (c) => `${c.gold}/${c.pred}` });
    fc.assert(
      fc.property(unique, (candidates) => {
        const pairs = maxMatching(candidates);
        expect(new Set(pairs.map((p) => p.gold)).size).toBe(pairs.length);
        expect(new Set(pairs.map((p) => p.pred)).size).toBe(pairs.length);
        const weight = pairs.reduce((sum, p) => sum + candidates.find((c) => c.gold === p.gold && c.pred === p.pred)!.weight, 0);
        expect([pairs.length, weight]).toEqual(best(candidates));
      }),
      { numRuns: 300 },
    );
  });
});
