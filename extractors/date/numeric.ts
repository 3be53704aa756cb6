/**
 * Numeric dates, as web pages and forms write them: "02/16/2026", "16/02/2026", "16.02.2026", and
 * ranges "02/16/2026 - 02/20/2026", "28/02/2026 to 04/03/2026". Which number is the month is a
 * convention of the document: a first number above 12 makes it day-first, a second above 12 month-first. The document's own
 * unambiguous dates decide its ambiguous ones ("03/10/2026" beside "05/18/2026" is 10 March);
 * with no evidence either way, an ambiguous date is left out rather than guessed.
 */
import type { Rule } from '../types.js';
import { validDay, type Candidate, type Point } from './value.js';

export type NumericOrder = 'mdy' | 'dmy';

export const NUMERIC_RULES: readonly Rule[] = [
  { id: 'date/numeric', description: 'a numeric date, month or day first by the document\'s convention: "05/18/2026", "16/02/2026"' },
  { id: 'date/numeric-range', description: 'a range of numeric dates: "04/22/2026 - 04/24/2026", "28.02.2026 to 04.03.2026"' },
];

/** Day and month (in the document's order) and year, split by slashes or by dots alike ("16/02/2026", "16.02.2026"). */
const ONE_A = '(\\d{1,2})([/.])(\\d{1,2})\\2((?:19|20)\\d{2})';
const ONE_B = '(\\d{1,2})([/.])(\\d{1,2})\\6((?:19|20)\\d{2})';
const NUMERIC = new RegExp(`(?<![\\w/.])${ONE_A}(?:\\s*(?:[-–—]|to|until|till|through)\\s*${ONE_B})?(?![\\w/]|\\.\\d)`, 'g');
/** Whether a text may hold a numeric date at all. */
export const MAY_HOLD_NUMERIC = /\d[/.]\d{1,2}[/.](?:19|20)\d\d/;

/** The document's convention from its unambiguous numeric dates (the majority), or undefined. */
export function numericOrder(text: string): NumericOrder | undefined {
  let mdy = 0;
  let dmy = 0;
  NUMERIC.lastIndex = 0;
  for (let m = NUMERIC.exec(text); m; m = NUMERIC.exec(text)) {
    for (const [a, b] of [[m[1], m[3]], [m[5], m[7]]]) {
      if (a === undefined || b === undefined) continue;
      if (Number(a) > 12 && Number(b) <= 12) dmy++;
      else if (Number(b) > 12 && Number(a) <= 12) mdy++;
    }
  }
  return mdy > dmy ? 'mdy' : dmy > mdy ? 'dmy' : undefined;
}

function point(first: string, second: string, year: string, order: NumericOrder | undefined): Point | null {
  const x = Number(first);
  const y = Number(second);
  const own: NumericOrder | undefined = x > 12 ? 'dmy' : y > 12 ? 'mdy' : order;
  if (!own) return null;
  const p: Point = own === 'mdy' ? { y: Number(year), m: x, d: y } : { y: Number(year), m: y, d: x };
  return p.m! >= 1 && p.m! <= 12 && validDay(p.m!, p.d!, p.y) ? p : null;
}

/** Numeric dates of a block as date candidates (offsets relative to the block). */
export function numericDates(text: string, order: NumericOrder | undefined, rank: number): Candidate[] {
  const out: Candidate[] = [];
  if (!MAY_HOLD_NUMERIC.test(text)) return out;
  NUMERIC.lastIndex = 0;
  for (let m = NUMERIC.exec(text); m; m = NUMERIC.exec(text)) {
    const a = point(m[1]!, m[3]!, m[4]!, order);
    if (!a) continue;
    const b = m[5] !== undefined ? point(m[5], m[7]!, m[8]!, order) : undefined;
    if (b === null) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: b ? { a, b } : { a }, rule: b ? 'date/numeric-range' : 'date/numeric', cover: m[0].length, rank });
  }
  return out;
}
