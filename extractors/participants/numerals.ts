/**
 * Where the numerals of a block are: digits ("30", "1,400", "07") and number words
 * ("Twenty-seven", "one thousand"), with the integer each stands for. Numerals that are plainly
 * not counts are dropped here: parts of identifiers ("CP/CSH-837", "G8"), ordinals ("1st"),
 * compounds ("five-day", "40-member"), decimals, money, percentages, bare "one", and years.
 */
import { numberValue } from '../nlp.js';
import { LABEL_WORDS } from './lexicon.js';
import { gluedBefore, labelBefore, moneyBefore } from './look-back.js';

export interface Numeral {
  start: number;
  end: number;
  value: number;
  /** Written in words ("thirty") rather than digits. */
  words: boolean;
}

const UNIT = 'one|two|three|four|five|six|seven|eight|nine';
const TEEN = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SMALL = `(?:(?:${TENS})(?:[- ](?:${UNIT}))?|${TEEN}|${UNIT})`;
const HUNDREDS = `${SMALL}(?:\\s+hundred(?:\\s+(?:and\\s+)?${SMALL})?)?`;
const WORDS = `${HUNDREDS}(?:\\s+thousand(?:\\s+(?:and\\s+)?${HUNDREDS})?)?`;

/** Digits with thousands separators, or plain digits; or a number in words. */
const NUMERAL = new RegExp(`(\\d{1,3}(?:,\\d{3})+|\\d+)|\\b(${WORDS})\\b`, 'gi');
/** Quick test before any work: a digit or a number word somewhere in the block. */
export const HAS_NUMERAL = new RegExp(`\\d|\\b(?:${TENS}|${TEEN}|${UNIT}|hundred|thousand)`, 'i');

const GLUED_AFTER = /^(?:[\p{L}\d%°_]|[-–/][\p{L}\d]|[.,:]\d)/u;

/** What a number phrase stands for ("two", "Thirty-one"), read in lower case with single spaces (numberValue remembers it). */
const wordValue = (phrase: string): number | null => numberValue(phrase.toLowerCase().replace(/\s+/g, ' '));

export function findNumerals(text: string): Numeral[] {
  const out: Numeral[] = [];
  // exec on the shared global regex, not matchAll, which copies the regex on every call.
  NUMERAL.lastIndex = 0;
  for (let m = NUMERAL.exec(text); m; m = NUMERAL.exec(text)) {
    const start = m.index;
    const raw = m[0];
    const end = start + raw.length;
    // What stands before: the 24 characters before the numeral, read from their end (look-back.ts).
    const floor = Math.max(0, start - 24);
    const after = text.slice(end, end + 3);
    if (gluedBefore(text, start, floor) || GLUED_AFTER.test(after) || moneyBefore(text, start, floor)) continue;
    const label = labelBefore(text, start, floor)?.toLowerCase();
    if (label && LABEL_WORDS.has(label)) continue;
    const words = m[2] !== undefined;
    if (words && /^one$/i.test(raw)) continue;
    const value = words ? wordValue(raw) : Number(raw.includes(',') ? raw.replace(/,/g, '') : raw);
    if (value === null || !Number.isFinite(value) || value <= 0) continue;
    if (!words && /^(?:19|20)\d\d$/.test(raw)) continue;
    out.push({ start, end, value, words });
  }
  return out;
}
