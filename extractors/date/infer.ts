/**
 * Years for dates that state none (ANNOTATION.md §2, STYLE.md §5): from the next item of a list
 * ("February, May and June 2007"), else from a year that frames the sentence ("In 2006, … in
 * March") or, in a list item, the sentence its list hangs from, else from the report period (the year in which the month falls in the period, or the
 * next one for the future tense), else from a news item's dateline (dateline.ts), else from the
 * nearest year in the block, else from a year that frames the text just before the block. Without
 * any, decline.
 */
import type { Period } from '../types.js';
import { FUTURE_CUE, PAST_AFTER_CUE } from './lexicon.js';
import { monthIndex, periodBound, type Candidate, type Point } from './value.js';

const LIST_JOIN = /^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or|&)\s+)$/;
/**
 * Two dates of one pair of places joined by "and", each after its own place ("in Geneva in March and in
 * Panama City in September 2026"): the first shares the second's year. A few words between, no digit,
 * no clause break.
 */
const PAIR_JOIN = /^,?\s+(?:and|or)\s+(?:in|at|to|on)\s+[^.;:!?\d\n()]{1,40}?\s+(?:in|on|during)\s+$/;
const FRAME = /\b(?:in|during|throughout|for|over)\s+(?:the\s+(?:year\s+)?)?$/i;

const stated = (c: Candidate) => c.value.a.y !== undefined && !c.implied;
const yearLevel = (c: Candidate) => !c.value.b && c.value.a.m === undefined;

const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\u00a0';
const OPENERS = /[A-Z“"(]/;

/** Does a sentence start at `i`: a capital (or opening quote) after ". " (or "!", "?", a closing quote)? */
function startsSentence(text: string, i: number): boolean {
  if (!isSpace(text[i - 1]) || !OPENERS.test(text[i]!)) return false;
  let j = i - 1;
  while (j > 0 && isSpace(text[j])) j--;
  if ('"”’)'.includes(text[j]!)) j--;
  return '.!?'.includes(text[j] ?? '');
}

/**
 * Start of the sentence around a position (after the last ". " before a capital, else 0), for
 * positions asked in increasing order: each call scans back only to the previous position, so a
 * long sentence with many dates is read once, not once per date (issue 21 §4, quadratic time).
 */
function sentenceStarts(text: string): (pos: number) => number {
  let lastPos = 0;
  let lastStart = 0;
  return (pos) => {
    const stop = pos >= lastPos ? Math.max(lastPos, 1) : 1;
    let found = pos >= lastPos ? lastStart : 0;
    for (let i = pos - 1; i >= stop; i--) {
      if (startsSentence(text, i)) {
        found = i;
        break;
      }
    }
    [lastPos, lastStart] = [pos, found];
    return found;
  };
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

/** [start, end) of every match of a global regex in `text`, in order. */
function matchRanges(re: RegExp, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Index of the first range whose `side` (0 start, 1 end) is at or after `pos` (ranges.length if none). */
function firstAtOrAfter(ranges: ReadonlyArray<[number, number]>, side: 0 | 1, pos: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]![side] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const PAST_AFTER_CUE_ALL = new RegExp(PAST_AFTER_CUE.source, 'gi');

/**
 * The sentence speaks of the future at the date: a future cue before it, with no past-tense verb in
 * between. Cues and past-tense words are found once over the whole text (lazily), then each date
 * looks them up by position, so many dates in one long sentence cost no rescans.
 */
function futureCues(text: string): (from: number, at: number) => boolean {
  let cues: Array<[number, number]> | undefined;
  let past: Array<[number, number]> | undefined;
  return (from, at) => {
    cues ??= matchRanges(FUTURE_CUE, text);
    // The last cue that ends by `at` (matches do not overlap, so starts and ends rise together).
    const k = firstAtOrAfter(cues, 1, at + 1) - 1;
    if (k < 0 || cues[k]![0] < from) return false;
    const last = cues[k]![1];
    past ??= matchRanges(PAST_AFTER_CUE_ALL, text);
    const p = firstAtOrAfter(past, 0, last);
    return !(p < past.length && past[p]![1] <= at);
  };
}

/** Fill missing years in place; returns the candidates that now have one (sorted by start). */
export function inferYears(
  cands: Candidate[],
  text: string,
  period: Period | undefined,
  datelineAt?: (pos: number) => Period | undefined,
  precedingFrame?: () => number | undefined,
  leadFrame?: () => number | undefined,
): Candidate[] {
  // 1. Lists share the year of their last item: "February, May and June 2007" (also "in Lima in May and in Quito in June 2007").
  for (let i = cands.length - 2; i >= 0; i--) {
    const c = cands[i]!;
    const next = cands[i + 1]!;
    if (c.value.a.y !== undefined || next.value.a.y === undefined) continue;
    const between = text.slice(c.end, next.start);
    if (!(LIST_JOIN.test(between) || (PAIR_JOIN.test(between) && c.value.a.m !== undefined)) || next.value.a.m === undefined) continue;
    const y = next.value.a.y;
    setYear(c, monthOf(c.value.a) > monthOf(next.value.a) ? y - 1 : y);
  }
  // What each date looks back or ahead for, kept as the loop goes so that no date rescans the
  // others: candidates come sorted by start.
  const sentenceStart = sentenceStarts(text);
  const futureAt = futureCues(text);
  const nextStated = statedAfter(cands);
  const out: Candidate[] = [];
  let lastStated: Candidate | undefined;
  let lastFrame: Candidate | undefined;
  const keep = (c: Candidate) => {
    out.push(c);
    if (!stated(c)) return;
    lastStated = c;
    if (yearLevel(c) && FRAME.test(text.slice(Math.max(0, c.start - 30), c.start))) lastFrame = c;
  };
  for (const [i, c] of cands.entries()) {
    if (c.value.a.y !== undefined) {
      keep(c);
      continue;
    }
    const from = sentenceStart(c.start);
    // 2. A year that frames the sentence: "In 2006, … in March".
    const frame = lastFrame && lastFrame.start >= from ? lastFrame : undefined;
    let y = frame?.value.a.y;
    // 2b. In a list item, a year that frames the sentence its list hangs from ("In 2024 the Unit plans to:").
    if (y === undefined && c.value.a.m !== undefined && !lastStated) y = leadFrame?.();
    // 3. The report period.
    if (y === undefined && period && c.value.a.m !== undefined) {
      const future = c.future || futureAt(from, c.start);
      y = yearFromPeriod(c.value.a.m, period, future);
    }
    // 3b. Without a period: the dateline of the news item the date stands in (dateline.ts).
    const item = y === undefined && !period && c.value.a.m !== undefined ? datelineAt?.(c.start) : undefined;
    if (item) y = yearFromPeriod(c.value.a.m!, item, c.future || futureAt(from, c.start));
    // 4. The nearest stated year in the block.
    if (y === undefined) {
      const before = lastStated;
      const after = nextStated(i);
      const nearer = before && after ? (c.start - before.end <= after.start - c.end ? before : after) : (before ?? after);
      y = nearer?.value.a.y;
    }
    // 5. A year that frames the text just before the block ("Activities in 2025", "In 2025 the unit
    // held four workshops." then a paragraph per workshop), when the report states no period.
    if (y === undefined && !period && c.value.a.m !== undefined) y = precedingFrame?.();
    if (y === undefined) continue;
    setYear(c, y);
    keep(c);
  }
  return out;
}

/**
 * For candidate i, the first later candidate (start beyond i's) whose year is stated. Step 1 has
 * already run, and inferring a year never makes a candidate stated, so this is fixed up front.
 */
function statedAfter(cands: readonly Candidate[]): (i: number) => Candidate | undefined {
  const firstStatedFrom: Array<Candidate | undefined> = new Array(cands.length + 1);
  for (let j = cands.length - 1; j >= 0; j--) firstStatedFrom[j] = stated(cands[j]!) ? cands[j] : firstStatedFrom[j + 1];
  return (i) => {
    let j = i + 1;
    while (j < cands.length && cands[j]!.start <= cands[i]!.start) j++; // same start: not "after"
    return firstStatedFrom[j];
  };
}
