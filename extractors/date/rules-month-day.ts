/**
 * Month-first days and day ranges: "October 27-29, 2007", "July 30-August 3", "May 21 and 22",
 * "February 28 to March 2, 2007", "November 6th, 2014", "Oct. 27, 2007".
 */
import { ANY_MONTH, DAY, DAY_RANGE, group as g, monthNumber as mon, dayNumber as day, RANGE, sticky, YEAR, YEAR_JOIN, yearNumber as yr } from './patterns.js';
import { whole, type DateRule } from './rule.js';
import { completeRange, validDay, type Point } from './value.js';

const point = (m?: string, d?: string, y?: string): Point | null => {
  const p: Point = { m: mon(m), d: day(d), y: yr(y) };
  return p.m !== undefined && p.d !== undefined && validDay(p.m, p.d, p.y) ? p : null;
};

export const MONTH_DAY_RULES: DateRule[] = [
  {
    id: 'date/month-day-range-cross',
    digitAfter: true,
    description: 'a day range across two months: "February 28 to March 2, 2007", "July 30-August 3"',
    anchor: 'month',
    pattern: sticky(`${g('m1', ANY_MONTH)}\\s*${g('d1', DAY)}(?:${YEAR_JOIN}${g('y1', YEAR)})?${RANGE}${g('m2', ANY_MONTH)}\\s*${g('d2', DAY)}(?:${YEAR_JOIN}${g('y2', YEAR)})?`),
    read(m) {
      const x = m.groups!;
      const a = point(x.m1, x.d1, x.y1);
      const b = point(x.m2, x.d2, x.y2);
      return a && b && completeRange(a, b) ? whole(m, { a, b }) : null;
    },
  },
  {
    id: 'date/month-day-range',
    digitAfter: true,
    description: 'a day range in one month: "October 27-29, 2007", "May 21 and 22"',
    anchor: 'month',
    pattern: sticky(`${g('m1', ANY_MONTH)}\\s*${g('d1', DAY)}${DAY_RANGE}${g('d2', DAY)}(?:${YEAR_JOIN}${g('y', YEAR)})?`),
    read(m) {
      const x = m.groups!;
      const a = point(x.m1, x.d1, x.y);
      const b = point(x.m1, x.d2, x.y);
      return a && b && completeRange(a, b) ? whole(m, { a, b }) : null;
    },
  },
  {
    id: 'date/month-day',
    digitAfter: true,
    description: 'a month-first day: "November 6th, 2014", "Oct. 27, 2007", "September 12"',
    anchor: 'month',
    pattern: sticky(`${g('m1', ANY_MONTH)}\\s*${g('d1', DAY)}(?:${YEAR_JOIN}${g('y', YEAR)})?`),
    read(m) {
      const x = m.groups!;
      const a = point(x.m1, x.d1, x.y);
      return a ? whole(m, { a }) : null;
    },
  },
];
