/** Candidate pairs between two lists of spans (they must overlap, plus a scheme's own test), matched one-to-one. */
import type { Counts } from './types.js';
import { maxMatching, type Pair } from './match.js';
import { overlap } from './values.js';

interface Spanned {
  start: number;
  end: number;
}

export function matchSpans<G extends Spanned, P extends Spanned>(gold: readonly G[], pred: readonly P[], accept: (g: G, p: P) => boolean = () => true): Pair[] {
  const candidates = [];
  for (const [gi, g] of gold.entries()) {
    for (const [pi, p] of pred.entries()) {
      const weight = overlap(g, p);
      if (weight > 0 && accept(g, p)) candidates.push({ gold: gi, pred: pi, weight });
    }
  }
  return maxMatching(candidates);
}

export function pairCounts(pairs: readonly Pair[], gold: number, pred: number): Counts {
  return { tp: pairs.length, fp: pred - pairs.length, fn: gold - pairs.length };
}
