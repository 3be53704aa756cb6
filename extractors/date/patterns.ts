/**
 * Regex fragments the date rules are written with, and the readers for what they capture.
 * Every rule pattern is sticky (`y`) and tried only where a month word, a day number or a year starts,
 * so a rule costs the length of its match, not a scan of the block.
 */
import { MONTH_ABBREVIATIONS, MONTHS } from './lexicon.js';

const upper = (s: string) => s.toUpperCase();
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const abbreviations = Object.keys(MONTH_ABBREVIATIONS).sort((a, b) => b.length - a.length);

/** A full month name (Title or UPPER case). */
export const FULL_MONTH = `(?:${[...MONTHS, ...MONTHS.map(upper)].join('|')})(?![A-Za-z])`;
/** A full month name or an abbreviation ("Oct.", "Sept"). */
export const ANY_MONTH = `(?:(?:${[...MONTHS, ...MONTHS.map(upper)].join('|')})|(?:${[...abbreviations.map(cap), ...abbreviations.map(upper)].join('|')})\\.?)(?![A-Za-z])`;
export const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\w])';
export const YEAR = '(?:19|20)\\d{2}(?![\\w])';
/** Separators of a range: a dash, "to", "through", "until". */
export const RANGE = '(?:\\s*[-–—‐‑]\\s*|\\s+(?:to|through|thru|until|till)\\s+)';
/** A day range joined by "and" ("May 21 and 22") also reads as one interval. */
export const DAY_RANGE = `(?:${RANGE}|\\s*(?:and|&)\\s*)`;
/** The comma or space between a month or day and its year. */
export const YEAR_JOIN = '(?:,?\\s+|,\\s*)';

/** Start of a block-level match for anchors: a month word or a number. */
export const ANCHOR = new RegExp(`\\b(?=[JFMASOND\\d])(?:${ANY_MONTH}|\\d+)`, 'g');

export const group = (name: string, src: string) => `(?<${name}>${src})`;
export const sticky = (src: string) => new RegExp(src, 'y');

const FULL_INDEX = new Map<string, number>(MONTHS.map((m, i) => [m.toLowerCase(), i + 1]));

/** Month number of a month word ("Oct." 10, "SEPTEMBER" 9), or undefined. */
export function monthNumber(word: string | undefined): number | undefined {
  if (!word) return undefined;
  const key = word.toLowerCase().replace(/\.$/, '');
  return FULL_INDEX.get(key) ?? MONTH_ABBREVIATIONS[key];
}

export const isFullMonth = (word: string) => FULL_INDEX.has(word.toLowerCase());

/** Day number of a day token ("6th" 6), or undefined. */
export function dayNumber(token: string | undefined): number | undefined {
  if (!token) return undefined;
  const n = parseInt(token, 10);
  return Number.isFinite(n) ? n : undefined;
}

export function yearNumber(token: string | undefined): number | undefined {
  return token ? Number(token) : undefined;
}

/** The word (letters and digits, lower case) that ends right before `end`, skipping spaces and dashes. */
export function wordBefore(text: string, end: number, floor = 0): string {
  let i = end - 1;
  for (let c = text.charCodeAt(i); i >= floor && (c === 32 || c === 9 || c === 10 || c === 160 || c === 45 || c === 0x2013); c = text.charCodeAt(--i));
  const stop = i + 1;
  for (let c = text.charCodeAt(i); i >= floor && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)); c = text.charCodeAt(--i));
  return stop - i > 16 ? '' : text.slice(i + 1, stop).toLowerCase();
}
