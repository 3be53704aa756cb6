/**
 * Day-first (European) days and day ranges: "27 October 2007", "6th of November", "27-29 October 2007",
 * "30 July to 3 August 2007".
 */
import { ANY_MONTH, DAY, DAY_RANGE, group as g, monthNumber as mon, dayNumber as day, RANGE, sticky, YEAR, YEAR_JOIN, yearNumber as yr } from './patterns.js';
import { whole, type DateRule } from './rule.js';
import { completeRange, validDay, type Point } from './value.js';

const point = (m?: string, d?: string, y?: string): Point | null => {
  const p: Point = { m: mon(m), d: day(d), y: yr(y) };
  return p.m !== undefined && p.d !== undefined && validDay(p.m, p.d, p.y) ? p : null;
};
const OF = '\\s+(?:of\\s+)?';

export const DAY_MONTH_RULES: DateRule[] = [
  {
    id: 'date/day-month-between',
    description: 'a day-first span after "between": "between 1 January and 31 December 2016"',
    anchor: 'day',
    pattern: sticky(`${g('d1', DAY)}${OF}${g('m1', ANY_MONTH)}(?:${YEAR_JOIN}${g('y1', YEAR)})?\\s+and\\s+${g('d2', DAY)}${OF}${g('m2', ANY_MONTH)}(?:${YEAR_JOIN}${g('y2', YEAR)})?`),
    read(m, text) {
      if (!/\bbetween\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
      const x = m.groups!;
      const a = point(x.m1, x.d1, x.y1);
      const b = point(x.m2, x.d2, x.y2);
      return a && b && completeRange(a, b) ? whole(m, { a, b }) : null;
    },
  },
  {
    id: 'date/day-month-range-cross',
    description: 'a day-first range across months: "30 July to 3 August 2007"',
    anchor: 'day',
    pattern: sticky(`${g('d1', DAY)}${OF}${g('m1', ANY_MONTH)}(?:${YEAR_JOIN}${g('y1', YEAR)})?${RANGE}${g('d2', DAY)}${OF}${g('m2', ANY_MONTH)}(?:${YEAR_JOIN}${g('y2', YEAR)})?`),
    read(m) {
      const x = m.groups!;
      const a = point(x.m1, x.d1, x.y1);
      const b = point(x.m2, x.d2, x.y2);
      return a && b && completeRange(a, b) ? whole(m, { a, b }) : null;
    },
  },
  {
    id: 'date/day-month-range',
    description: 'a day-first range in one month: "27-29 October 2007", "21 and 22 May"',
    anchor: 'day',
    pattern: sticky(`${g('d1', DAY)}${DAY_RANGE}${g('d2', DAY)}${OF}${g('m1', ANY_MONTH)}(?:${YEAR_JOIN}${g('y', YEAR)})?`),
    read(m) {
      const x = m.groups!;
      const a = point(x.m1, x.d1, x.y);
      const b = point(x.m1, x.d2, x.y);
      return a && b && completeRange(a, b) ? whole(m, { a, b }) : null;
    },
  },
  {
    id: 'date/day-month',
    description: 'a day-first date: "27 October 2007", "6th of November"',
    anchor: 'day',
    pattern: sticky(`${g('d1', DAY)}${OF}${g('m1', ANY_MONTH)}(?:${YEAR_JOIN}${g('y', YEAR)})?`),
    read(m) {
      const x = m.groups!;
      const a = point(x.m1, x.d1, x.y);
      return a ? whole(m, { a }) : null;
    },
  },
];
