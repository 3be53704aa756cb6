/**
 * Date values as the rules build them (parts may lack a year until inference fills it) and their
 * ISO form (ANNOTATION.md §2): YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn, or A/B.
 */
import type { DateMod } from '../types.js';

export interface Point {
  y?: number;
  m?: number;
  d?: number;
  /** Quarter 1–4 or half 1–2 of year `y`. */
  q?: number;
  h?: number;
}

/** One date the rules read: a point, or an interval from `a` to `b`. */
export interface DateValue {
  a: Point;
  b?: Point;
}

/** A date a rule read, offsets relative to the block text. */
export interface Candidate {
  start: number;
  end: number;
  value: DateValue;
  mod?: DateMod;
  rule: string;
  /** Length of the whole rule match; overlaps are settled by it (longest reading wins). */
  cover: number;
  /** Rank of the rule in its list, for ties. */
  rank: number;
  implied?: string[];
  /** The text places it after the report period ("will be held in March", "next March"). */
  future?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function formatPoint(p: Point): string | null {
  if (p.y === undefined) return null;
  if (p.q !== undefined) return `${p.y}-Q${p.q}`;
  if (p.h !== undefined) return `${p.y}-H${p.h}`;
  if (p.m === undefined) return String(p.y);
  if (p.d === undefined) return `${p.y}-${pad(p.m)}`;
  return `${p.y}-${pad(p.m)}-${pad(p.d)}`;
}

export function formatValue(v: DateValue): string | null {
  const a = formatPoint(v.a);
  if (!v.b) return a;
  const b = formatPoint(v.b);
  return a && b ? `${a}/${b}` : null;
}

/** Days in month `m` (1–12) of year `y` (a leap year when unknown, so Feb 29 stays readable). */
export function daysInMonth(m: number, y = 2000): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function validDay(m: number, d: number, y?: number): boolean {
  return d >= 1 && d <= daysInMonth(m, y);
}

/** Month index (y*12 + m-1) for comparing year-month pairs. */
export const monthIndex = (y: number, m: number) => y * 12 + (m - 1);

/** Parse a period bound ('2007-02', '2014', '2010-03-01') to a month index; `end` picks December for a bare year. */
export function periodBound(value: string, end: boolean): number | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(value);
  if (!m) return undefined;
  const y = Number(m[1]);
  const month = m[2] ? Number(m[2]) : end ? 12 : 1;
  return monthIndex(y, month);
}

/**
 * Give a range's years to the end that lacks one ("July 30-August 3, 2007", "March 2010 to June")
 * and check the range runs forward. A range that wraps the year end takes the next/previous year.
 */
export function completeRange(a: Point, b: Point): boolean {
  if (a.y === undefined && b.y !== undefined) a.y = a.m !== undefined && b.m !== undefined && a.m > b.m ? b.y - 1 : b.y;
  if (b.y === undefined && a.y !== undefined) b.y = a.m !== undefined && b.m !== undefined && b.m < a.m ? a.y + 1 : a.y;
  return compareKnown(a, b) < 0;
}

/** Compare two points on what both state (a missing year compares as equal); wrap is allowed without years. */
function compareKnown(a: Point, b: Point): number {
  if (a.y !== undefined && b.y !== undefined && a.y !== b.y) return a.y - b.y;
  if (a.y === undefined && (a.m ?? 0) > (b.m ?? 0)) return -1; // "December 28-January 3": wraps, years filled later
  if (a.m !== undefined && b.m !== undefined && a.m !== b.m) return a.m - b.m;
  if (a.d !== undefined && b.d !== undefined && a.d !== b.d) return a.d - b.d;
  return 0;
}
