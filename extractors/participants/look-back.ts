/**
 * What stands right before a numeral, read from right to left: the same answers as the patterns
 * anchored at the end of the text before it (`…$`), which a regex finds only by trying every
 * position of that text, at every numeral. A surrogate pair sends the question to the pattern.
 */
import { isLetter, isSurrogate, isUpper } from '../text/char-classes.js';
import { lastNonSpace } from '../text/look-back.js';

/** Index of the "(" that only white space separates from `at`, or -1: where /\(\s*$/ matches the text before `at`. */
export function openParenBefore(text: string, at: number): number {
  const i = lastNonSpace(text, at);
  return i >= 0 && text.charCodeAt(i) === 0x28 ? i : -1;
}

const CAPITALIZED_WORD_AT_END = /\p{Lu}[\p{L}.'’-]*\s*$/u;

/** The text before `end` ends with a capitalized word, then white space: CAPITALIZED_WORD_AT_END. */
export function endsWithCapitalizedWord(text: string, end: number): boolean {
  for (let i = lastNonSpace(text, end); i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (isSurrogate(code)) return CAPITALIZED_WORD_AT_END.test(text.slice(0, end));
    if (isUpper(code)) return true;
    if (!isLetter(code) && code !== 0x2e && code !== 0x27 && code !== 0x2019 && code !== 0x2d) return false;
  }
  return false;
}

const GLUED_BEFORE = /[\p{L}\d/$€£#§_.\-–]$/u;
const GLUED = new Set(['/', '$', '€', '£', '#', '§', '_', '.', '-', '–']);

/** A letter, digit or one of / $ € £ # § _ . - – right before `start` (GLUED_BEFORE on the text before it). */
export function gluedBefore(text: string, start: number, floor: number): boolean {
  if (start <= floor) return false;
  const code = text.charCodeAt(start - 1);
  if (isSurrogate(code)) return GLUED_BEFORE.test(text.slice(floor, start));
  return isLetter(code) || (code >= 0x30 && code <= 0x39) || GLUED.has(text[start - 1]!);
}

const MONEY_BEFORE = /(?:US\$|\$|USD|EUR|€|£)\s*$/i;
/** The characters a currency written before a figure can end with ("$", "€", "£", "USD", "EUR", in any case). */
const MONEY_ENDINGS = new Set(['$', '€', '£', 'D', 'd', 'R', 'r']);

/** A currency right before `start`, white space allowed between (MONEY_BEFORE on text[floor, start)). */
export function moneyBefore(text: string, start: number, floor: number): boolean {
  const i = lastNonSpace(text, start, floor);
  if (i < floor || !MONEY_ENDINGS.has(text[i]!)) return false;
  return MONEY_BEFORE.test(text.slice(floor, start));
}

const LABEL_BEFORE = /([\p{L}º°]+)\.?\s*$/u;

/** The word right before `start`, a dot and white space allowed after it ("No. 5", "Article 4"): LABEL_BEFORE's group on text[floor, start). */
export function labelBefore(text: string, start: number, floor: number): string | undefined {
  let end = lastNonSpace(text, start, floor);
  if (end >= floor && text.charCodeAt(end) === 0x2e) end--;
  let i = end;
  for (; i >= floor; i--) {
    const code = text.charCodeAt(i);
    if (isSurrogate(code)) return LABEL_BEFORE.exec(text.slice(floor, start))?.[1];
    if (!isLetter(code) && code !== 0xba && code !== 0xb0) break;
  }
  return i < end ? text.slice(i + 1, end + 1) : undefined;
}
