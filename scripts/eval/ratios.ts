/**
 * Counts to ratios. A ratio whose denominator is 0 is 0, except when there is nothing at all
 * (tp = fp = fn = 0: no gold item and no prediction), which scores p = r = f1 = 1: nothing was
 * to be found and nothing was wrongly found. This keeps an empty type from reading as a failure,
 * and lets a single stray prediction there show up as a drop (1 → 0) in the regression baseline.
 */
import type { Counts, Prf } from './types.js';

export function zeroCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export function isEmpty(c: Counts): boolean {
  return c.tp === 0 && c.fp === 0 && c.fn === 0;
}

function ratio(num: number, den: number): number {
  return den === 0 ? 0 : num / den;
}

export function prf(c: Counts): Prf {
  if (isEmpty(c)) return { p: 1, r: 1, f1: 1, tp: 0, fp: 0, fn: 0 };
  const p = ratio(c.tp, c.tp + c.fp);
  const r = ratio(c.tp, c.tp + c.fn);
  return { p, r, f1: ratio(2 * p * r, p + r), tp: c.tp, fp: c.fp, fn: c.fn };
}

/** Level accuracy over matched headings: `equal / matched`, 1 when there were no headings at all. */
export function levelAccuracy(relaxed: Counts, levelEqual: number): number {
  return isEmpty(relaxed) ? 1 : ratio(levelEqual, relaxed.tp);
}
