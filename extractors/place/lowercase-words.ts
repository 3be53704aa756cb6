/**
 * Whether a document also writes a word in lower case: a name also written in lower case is a
 * common word. A lower-case word is a run of a–z with no letter (`\p{L}`) on either side, what
 * LOWERCASE_WORD matches.
 *
 * The place rules ask this of about ten words a report, so each word is looked for when it is
 * asked about (and the answer kept for the document), rather than every lower-case word of the
 * report being collected first: that took 3% of all extraction time for those ten answers.
 */
import { isLetter, isSurrogate } from '../text/char-classes.js';
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

const LETTER = /^\p{L}$/u;

/** Whether the character at code point `cp` is a letter: char-classes reads the BMP, the u-flag regex the rest. */
const isLetterCodePoint = (cp: number): boolean => (cp > 0xffff ? LETTER.test(String.fromCodePoint(cp)) : isLetter(cp));

/** Whether a letter starts at `i` (a surrogate pair read as one character, as the u flag reads it). */
function letterStartsAt(text: string, i: number): boolean {
  return i < text.length && isLetterCodePoint(text.codePointAt(i)!);
}

/** Whether a letter ends just before `i`. */
function letterEndsAt(text: string, i: number): boolean {
  if (i <= 0) return false;
  const code = text.charCodeAt(i - 1);
  // A pair ends here when codePointAt(i - 2) reads one (it does only for a high surrogate then a low one).
  const pair = i >= 2 && isSurrogate(code) ? text.codePointAt(i - 2)! : 0;
  return isLetterCodePoint(pair > 0xffff ? pair : code);
}
