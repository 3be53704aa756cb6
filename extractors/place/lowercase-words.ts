/**
 * The lower-case words of a document: a name also written in lower case is a common word. A word
 * here is a run of a–z with no letter on either side, what LOWERCASE_WORD matches; it is read
 * character by character (about twice as fast on a whole report), except in text holding a
 * surrogate pair, which the regex reads as one character.
 */
import { isLetter, isSurrogate } from '../text/char-classes.js';

/** A lower-case ASCII word not inside a longer word; the "not after a letter" test comes after its first letter, so the scan stops only at a-z. */
const LOWERCASE_WORD = /[a-z](?<![\p{L}][a-z])[a-z]*(?![\p{L}])/gu;

const isLower = (code: number): boolean => code >= 0x61 && code <= 0x7a;
const isLetterAt = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  return code < 0x80 ? isLower(code) || (code >= 0x41 && code <= 0x5a) : isLetter(code);
};

export function lowercaseWords(text: string): Set<string> {
  const words = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSurrogate(code)) return new Set(text.match(LOWERCASE_WORD) ?? []);
    if (!isLower(code)) continue;
    let end = i + 1;
    while (end < text.length && isLower(text.charCodeAt(end))) end++;
    if (end < text.length && isSurrogate(text.charCodeAt(end))) return new Set(text.match(LOWERCASE_WORD) ?? []);
    if (!(i > 0 && isLetterAt(text, i - 1)) && !(end < text.length && isLetterAt(text, end))) words.add(text.slice(i, end));
    i = end - 1;
  }
  return words;
}
