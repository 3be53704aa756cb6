/**
 * Months with or without a year: "February 2007 through January 2008", "September to December",
 * "between March and May 2008", "October 2007", "March of 2008", and a month alone ("in August").
 */
import { ANY_MONTH, FULL_MONTH, group as g, monthNumber as mon, RANGE, sticky, YEAR, yearNumber as yr } from './patterns.js';
import { lonelyMonthOk } from './guards.js';
import { whole, type DateRule } from './rule.js';
import { completeRange, type Point } from './value.js';

const MY = (m: string, y: string) => `${g(m, ANY_MONTH)}(?:(?:,?\\s+|\\s+of\\s+)${g(y, YEAR)})?`;
const point = (m?: string, y?: string): Point | null => {
  const p: Point = { m: mon(m), y: yr(y) };
  return p.m !== undefined ? p : null;
};

function readRange(m: RegExpExecArray) {
  const x = m.groups!;
  const a = point(x.m1, x.y1);
  const b = point(x.m2, x.y2);
  return a && b && completeRange(a, b) ? whole(m, { a, b }) : null;
}

export const MONTH_RULES: DateRule[] = [
  {
    id: 'date/month-range',
    description: 'a range of months: "February 2007 through January 2008", "September to December", "January-March 2008"',
    anchor: 'month',
    pattern: sticky(`${MY('m1', 'y1')}${RANGE}${MY('m2', 'y2')}`),
    read: readRange,
  },
  {
    id: 'date/between-months',
    // a year may follow the first month too ("between July 2023 and February 2024"): tried at a month with or without a digit after it
    description: 'a range of months after "between": "between March and May 2008", "between July 2023 and February 2024"',
    anchor: 'month',
    pattern: sticky(`(?<=\\b[Bb]etween\\s+)${MY('m1', 'y1')}\\s+(?:and|&)\\s+${MY('m2', 'y2')}`),
    read: readRange,
  },
  {
    id: 'date/month-year',
    digitAfter: true,
    description: 'a month and its year: "October 2007", "OCTOBER, 2007", "March of 2008"',
    anchor: 'month',
    pattern: sticky(`${g('m1', ANY_MONTH)}(?:,?\\s+|\\s+of\\s+|,)${g('y', YEAR)}`),
    read(m) {
      const a = point(m.groups!.m1, m.groups!.y);
      return a ? whole(m, { a }) : null;
    },
  },
  {
    id: 'date/month-alone',
    digitAfter: false,
    description: 'a full month name alone, its year taken from context: "in August", "March and April 2007"',
    anchor: 'month',
    pattern: sticky(g('m1', FULL_MONTH)),
    read(m, text) {
      const word = m.groups!.m1!;
      if (word !== word[0] + word.slice(1).toLowerCase()) return null; // "MAY" in capitals alone reads as a heading word
      if (!lonelyMonthOk(text, m.index, m.index + word.length)) return null;
      const a = point(word);
      return a ? whole(m, { a }) : null;
    },
  },
];
