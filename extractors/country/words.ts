/**
 * The words of a capitalized run, read character by character: the same words as the regex
 * `[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*|&` finds, at a fraction of its cost per
 * word (a regex call allocates a match for every word of every block).
 */

import { isLetterOrMark, isLetterOrNumber, isWordChar } from '../text/char-classes.js';

const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019;
const AMPERSAND = 0x26;

/**
 * End of the word that starts at `i` (reading no further than `to`), or `i` when none starts there.
 * A word never takes in a surrogate: the caller that meets one where no word starts hands the
 * text to the regex.
 */
export function wordEnd(text: string, i: number, to: number): number {
  const code = text.charCodeAt(i);
  if (code === AMPERSAND) return i + 1;
  if (!isLetterOrNumber(code)) return i;
  let j = i + 1;
  while (j < to && isWordChar(text.charCodeAt(j))) j++;
  // Elided or possessive parts: an apostrophe and at least one letter or mark, as often as they come.
  while (j + 1 < to && isApostrophe(text.charCodeAt(j)) && isLetterOrMark(text.charCodeAt(j + 1))) {
    j += 2;
    while (j < to && isLetterOrMark(text.charCodeAt(j))) j++;
  }
  return j;
}
