/**
 * Years for dates that state none (ANNOTATION.md §2, STYLE.md §5): from the next item of a list
 * ("February, May and June 2007"), else from a year that frames the sentence ("In 2006, … in
 * March"), else from the report period (the year in which the month falls in the period, or the
 * next one for the future tense), else from the nearest year in the block. Without any, decline.
 */
import type { Period } from '../types.js';
import { FUTURE_CUE, PAST_AFTER_CUE } from './lexicon.js';
import { monthIndex, periodBound, type Candidate, type Point } from './value.js';

const LIST_JOIN = /^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or|&)\s+)$/;
const FRAME = /\b(?:in|during|throughout|for|over)\s+(?:the\s+(?:year\s+)?)?$/i;

const stated = (c: Candidate) => c.value.a.y !== undefined && !c.implied;
const yearLevel = (c: Candidate) => !c.value.b && c.value.a.m === undefined;

const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\u00a0';
const OPENERS = /[A-Z“"(]/;

/** Start of the sentence around `pos`: after the last ". " (or "!", "?", closing quote) before a capital. */
function sentenceStart(text: string, pos: number): number {
  for (let i = pos - 1; i > 0; i--) {
    if (!isSpace(text[i - 1]) || !OPENERS.test(text[i]!)) continue;
    let j = i - 1;
    while (j > 0 && isSpace(text[j])) j--;
    if ('"”’)'.includes(text[j]!)) j--;
    if ('.!?'.includes(text[j] ?? '')) return i;
  }
  return 0;
}

function lastFrom<T>(list: readonly T[], ok: (t: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (ok(list[i]!)) return list[i];
  return undefined;
}

/** The year in which month `m` falls in the period; for the future, the first at or after its end. */
export function yearFromPeriod(m: number, period: Period, future: boolean): number | undefined {
  const start = periodBound(period.start, false);
  const end = periodBound(period.end, true);
  if (start === undefined || end === undefined || end < start) return undefined;
  const ys = Math.floor(start / 12);
  const ye = Math.floor(end / 12);
  if (future) {
    for (let y = ys; y <= ye + 1; y++) if (monthIndex(y, m) >= end) return y;
  }
  let best: number | undefined;
  let bestDistance = Infinity;
  for (let y = ys - 1; y <= ye + 1; y++) {
    const i = monthIndex(y, m);
    const distance = i < start ? start - i : i > end ? i - end : 0;
    if (distance < bestDistance) [best, bestDistance] = [y, distance];
  }
  return best;
}

function setYear(c: Candidate, y: number, implied = true): void {
  const { a, b } = c.value;
  a.y = y;
  if (b && b.y === undefined) b.y = b.m !== undefined && a.m !== undefined && b.m < a.m ? y + 1 : y;
  if (implied) c.implied = ['year'];
}

const monthOf = (p: Point) => p.m ?? 0;

/** The sentence speaks of the future at the date: a future cue before it, with no past-tense verb in between. */
function futureAt(text: string, from: number, at: number): boolean {
  const head = text.slice(from, at);
  let last = -1;
  FUTURE_CUE.lastIndex = 0;
  for (let m = FUTURE_CUE.exec(head); m; m = FUTURE_CUE.exec(head)) last = m.index + m[0].length;
  return last >= 0 && !PAST_AFTER_CUE.test(head.slice(last));
}

/** Fill missing years in place; returns the candidates that now have one (sorted by start). */
export function inferYears(cands: Candidate[], text: string, period: Period | undefined): Candidate[] {
  // 1. Lists share the year of their last item: "February, May and June 2007".
  for (let i = cands.length - 2; i >= 0; i--) {
    const c = cands[i]!;
    const next = cands[i + 1]!;
    if (c.value.a.y !== undefined || next.value.a.y === undefined) continue;
    if (!LIST_JOIN.test(text.slice(c.end, next.start)) || next.value.a.m === undefined) continue;
    const y = next.value.a.y;
    setYear(c, monthOf(c.value.a) > monthOf(next.value.a) ? y - 1 : y);
  }
  const out: Candidate[] = [];
  for (const c of cands) {
    if (c.value.a.y !== undefined) {
      out.push(c);
      continue;
    }
    const from = sentenceStart(text, c.start);
    // 2. A year that frames the sentence: "In 2006, … in March".
    const frame = lastFrom(out, (o) => o.start >= from && stated(o) && yearLevel(o) && FRAME.test(text.slice(Math.max(0, o.start - 30), o.start)));
    let y = frame?.value.a.y;
    // 3. The report period.
    if (y === undefined && period && c.value.a.m !== undefined) {
      const future = c.future || futureAt(text, from, c.start);
      y = yearFromPeriod(c.value.a.m, period, future);
    }
    // 4. The nearest stated year in the block.
    if (y === undefined) {
      const before = lastFrom(out, stated);
      const after = cands.find((o) => o.start > c.start && stated(o));
      const nearer = before && after ? (c.start - before.end <= after.start - c.end ? before : after) : (before ?? after);
      y = nearer?.value.a.y;
    }
    if (y === undefined) continue;
    setYear(c, y);
    out.push(c);
  }
  return out;
}
