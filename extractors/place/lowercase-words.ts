/**
 * Whether a document also writes a word in lower case: a name also written in lower case is a
 * common word. A lower-case word is a run of a–z with no letter (`\p{L}`) on either side, what
 * LOWERCASE_WORD matches.
 *
 * The place rules ask this of about ten words a report, so each word is looked for when it is
 * asked about (and the answer kept for the document), rather than every lower-case word of the
 * report being collected first: that took 3% of all extraction time for those ten answers.
 */
import { isLetter } from '../text/char-classes.js';
import { memoize } from '../text/memo.js';

/** A lower-case ASCII word not inside a longer word: the definition of what the search below finds. */
export const LOWERCASE_WORD = /[a-z](?<![\p{L}][a-z])[a-z]*(?![\p{L}])/gu;

export interface LowercaseWords {
  /** Whether `word` is written as a lower-case word somewhere in the text (never, unless it is all a–z). */
  has(word: string): boolean;
}

/** The lower-case words of `text`, each looked for when first asked about (the answer kept for the document). */
export function lowercaseWords(text: string): LowercaseWords {
  return { has: memoize((word) => isLowercaseAscii(word) && standsAlone(text, word), Infinity) };
}

function isLowercaseAscii(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 0x61 || code > 0x7a) return false;
  }
  return true;
}

/** Whether `word` occurs in `text` with no letter just before or just after it. */
function standsAlone(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!letterEndsAt(text, i) && !letterStartsAt(text, i + word.length)) return true;
  }
  return false;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
const LETTER = /^\p{L}$/u;

/** Whether a letter starts at `i` (a surrogate pair read as one character, as the u flag reads it). */
function letterStartsAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1))) return LETTER.test(text.slice(i, i + 2));
  return isLetter(code);
}

/** Whether a letter ends just before `i`. */
function letterEndsAt(text: string, i: number): boolean {
  if (i <= 0) return false;
  const code = text.charCodeAt(i - 1);
  if (isLowSurrogate(code) && i >= 2 && isHighSurrogate(text.charCodeAt(i - 2))) return LETTER.test(text.slice(i - 2, i));
  return isLetter(code);
}
