/**
 * Years: "2007", "2015-2018", "2008/2009", "2005-06", "2012 and 2014" after "between", "1980's",
 * and ISO days "2007-10-27". A year inside an identifier or a name is declined (guards.ts).
 */
import { group as g, RANGE, sticky, YEAR } from './patterns.js';
import { yearLooksLikeIdentifier } from './guards.js';
import { whole, type DateRule } from './rule.js';
import { completeRange, validDay } from './value.js';

/** A second year written in full or with two digits ("2005-06"). */
function secondYear(first: number, token: string): number | undefined {
  if (token.length === 4) return Number(token);
  const short = Number(token);
  let full = Math.floor(first / 100) * 100 + short;
  if (full <= first) full += 100; // "1999-00"
  return full > first && full - first <= 10 ? full : undefined;
}

function readYearRange(m: RegExpExecArray, text: string) {
  const x = m.groups!;
  const y1 = Number(x.y1);
  const y2 = secondYear(y1, x.y2!);
  if (y2 === undefined || y2 - y1 > 50) return null;
  const start = m.index;
  const end = start + m[0].length;
  if (yearLooksLikeIdentifier(text, start, end, { range: true })) return null;
  const a = { y: y1 };
  const b = { y: y2 };
  return completeRange(a, b) ? whole(m, { a, b }) : null;
}

export const YEAR_RULES: DateRule[] = [
  {
    id: 'date/iso-day',
    description: 'an ISO day: "2007-10-27"',
    anchor: 'year',
    pattern: sticky(`${g('y', '(?:19|20)\\d{2}')}-${g('m', '0[1-9]|1[0-2]')}-${g('d', '0[1-9]|[12]\\d|3[01]')}(?![\\w])`),
    read(m, text) {
      const x = m.groups!;
      const a = { y: Number(x.y), m: Number(x.m), d: Number(x.d) };
      if (!validDay(a.m, a.d, a.y) || yearLooksLikeIdentifier(text, m.index, m.index + m[0].length)) return null;
      return whole(m, { a });
    },
  },
  {
    id: 'date/year-range',
    description: 'a range of years: "2015-2018", "2008/2009", "2005-06", "2010 to 2012"',
    anchor: 'year',
    pattern: sticky(`${g('y1', YEAR)}(?:${RANGE}|\\s*\\/\\s*)${g('y2', '(?:19|20)\\d{2}|\\d{2}')}(?![\\w/-])`),
    read: readYearRange,
  },
  {
    id: 'date/between-years',
    description: 'a range of years after "between": "between 2012 and 2014" gives "2012 and 2014"',
    anchor: 'year',
    pattern: sticky(`(?<=\\b[Bb]etween\\s+)${g('y1', YEAR)}\\s+(?:and|&)\\s+${g('y2', YEAR)}`),
    read: readYearRange,
  },
  {
    id: 'date/decade',
    description: 'a decade: "1980\'s", "the 1990s"',
    anchor: 'year',
    pattern: sticky(`${g('y', '(?:19|20)\\d0')}['’]?s(?![\\w])`),
    read(m, text) {
      const y = Number(m.groups!.y);
      if (yearLooksLikeIdentifier(text, m.index, m.index + 4, { skipRight: true })) return null;
      return whole(m, { a: { y }, b: { y: y + 9 } });
    },
  },
  {
    id: 'date/year',
    description: 'a year alone: "2014" in "During 2014", "since 2014", "the 2004 Memorandum"',
    anchor: 'year',
    pattern: sticky(g('y', YEAR)),
    read(m, text) {
      if (yearLooksLikeIdentifier(text, m.index, m.index + 4)) return null;
      return whole(m, { a: { y: Number(m.groups!.y) } });
    },
  },
];
