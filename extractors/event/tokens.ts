/** Word tokens of a stretch of view text, with what lies between neighbours. */
import { isLetterOrNumber, isSurrogate } from '../text/char-classes.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** The text between the previous token and this one ('' for the first). */
  gap: string;
}

/** A word: letters and digits, joined inside by a hyphen or an apostrophe ("co-host", "OAS’s"). */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

const isJoiner = (code: number): boolean => code === 0x2d /* - */ || code === 0x27 /* ' */ || code === 0x2019; /* ’ */

/**
 * The words of text[start, end), each with its gap to the word before. Read character by
 * character (a regex call allocates a match for every word of every sentence); a stretch with a
 * surrogate pair, which the table of character classes does not read, goes to the regex WORD.
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let last = start;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isSurrogate(code)) return tokenizeByRegex(text, start, end);
    if (!isLetterOrNumber(code)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      while (j < end && isLetterOrNumber(text.charCodeAt(j))) j++;
      if (j + 1 < end && isJoiner(text.charCodeAt(j)) && isLetterOrNumber(text.charCodeAt(j + 1))) j += 2;
      else break;
    }
    if (j < end && isSurrogate(text.charCodeAt(j))) return tokenizeByRegex(text, start, end);
    const word = text.slice(i, j);
    out.push({ start: i, end: j, text: word, lower: word.toLowerCase(), gap: text.slice(last, i) });
    last = j;
    i = j;
  }
  return out;
}

/** The same tokens, read by the regex WORD (exported for the test that compares the two). */
export function tokenizeByRegex(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  let last = 0;
  // exec on the one global regex, not matchAll, which copies the regex for every sentence.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const s = m.index;
    out.push({ start: start + s, end: start + s + m[0].length, text: m[0], lower: m[0].toLowerCase(), gap: slice.slice(last, s) });
    last = s + m[0].length;
  }
  return out;
}

/** Whether only spaces separate a token from the one before it (one space, the usual gap, is decided without a regex). */
export const tight = (t: Token | undefined): boolean => t !== undefined && (t.gap === ' ' || (/^[ \t\n]*$/.test(t.gap) && !/\n\s*\n/.test(t.gap)));

/** Whether a token starts with a capital letter; an ASCII first letter (the usual case) is decided by its code. */
export const isCapitalized = (t: Token): boolean => {
  const code = t.text.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(t.text);
};
export const isAcronym = (t: Token): boolean => t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text);
