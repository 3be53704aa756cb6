/**
 * The words names are made of, read character by character: the same matches as the NAMELY
 * regex of tokens.ts, which stays their definition and still reads any text with a surrogate
 * pair. The regex tried its alternatives at every position of every block and allocated a match
 * array for each word; this scan reads each character once or twice, passes over the rest of a
 * lower-case word at once, and allocates only the numbers it returns.
 *
 * At each position, in NAMELY's order: "U.S.A.", "U.S.", "U.N." or "U.K."; a word that starts
 * with a capital (or with a lower-case letter just after "("), going on through letters, marks
 * and digits, and through - / & ' ’ when a letter or digit follows; a connector standing alone
 * ("of", "de", "the" …, neither letter, digit nor hyphen on either side); "&".
 */
import { isLetterOrNumber, isLower, isSurrogate, isUpper, isWordChar } from '../text/char-classes.js';

/** The lower-case words that stand alone as words of a name (NAMELY's connectors, built from this list). */
export const NAME_CONNECTORS: readonly string[] = ['of', 'for', 'against', 'on', 'and', 'the', 'de', 'del', 'la', 'las', 'los', 'y', 'in', 'to', 'du', 'des', 'da', 'do', 'dos', 'das', 'et'];
const LONGEST_CONNECTOR = NAME_CONNECTORS.reduce((longest, w) => Math.max(longest, w.length), 0);
/** The connectors by length. */
const CONNECTORS_BY_LENGTH: readonly (readonly string[])[] = Array.from({ length: LONGEST_CONNECTOR + 1 }, (_, n) => NAME_CONNECTORS.filter((w) => w.length === n));
/** Set at the char codes connectors begin with, so that most words are passed over on their first letter. */
const CONNECTOR_INITIAL = new Uint8Array(0x80);
for (const word of NAME_CONNECTORS) CONNECTOR_INITIAL[word.charCodeAt(0)] = 1;

/** A surrogate was met: the scan stops and the caller reads the text with the regex. */
const SURROGATE = -2;
const NONE = -1;

/** The character codes the scan tests by name. */
const CODE = { hyphen: 0x2d, slash: 0x2f, apostrophe: 0x27, rightQuote: 0x2019, openParen: 0x28, ampersand: 0x26, dot: 0x2e } as const;
const { hyphen: HYPHEN, slash: SLASH, apostrophe: APOSTROPHE, rightQuote: RIGHT_QUOTE, openParen: OPEN_PAREN, ampersand: AMPERSAND, dot: DOT } = CODE;

/** - / & ' ’: inside a word when a letter or digit follows. */
const isJoiner = (code: number): boolean => code === HYPHEN || code === SLASH || code === AMPERSAND || code === APOSTROPHE || code === RIGHT_QUOTE;
const isAsciiLower = (code: number): boolean => code >= 0x61 && code <= 0x7a;
const isAsciiLowerOrDigit = (code: number): boolean => (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);

/**
 * Pushes the start and end of each match of NAMELY in `text` onto `out`, in order, and returns
 * true; or returns false, with `out` in no defined state, when the text holds a surrogate.
 */
export function nameWordSpans(text: string, out: number[]): boolean {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const end = code < 0x80 ? matchEndAtAscii(text, i, code) : matchEndAt(text, i, code);
    if (end === SURROGATE) return false;
    if (end === NONE) {
      i++;
      // After a letter or digit, the lower-case letters and digits that follow start nothing: a
      // capital, a letter just inside "(" or a connector standing alone cannot begin there.
      if (isLetterOrNumber(code)) while (i < n && isAsciiLowerOrDigit(text.charCodeAt(i))) i++;
      continue;
    }
    out.push(i, end);
    i = end;
  }
  return true;
}

/** End of the match that starts at `i`, which holds the ASCII character `code`; else NONE. */
function matchEndAtAscii(text: string, i: number, code: number): number {
  if (code >= 0x61 && code <= 0x7a) {
    if (i > 0 && text.charCodeAt(i - 1) === OPEN_PAREN) return wordEnd(text, i + 1);
    return connectorEnd(text, i);
  }
  if (code >= 0x41 && code <= 0x5a) {
    const initials = code === 0x55 && text.charCodeAt(i + 1) === DOT ? initialsEnd(text, i) : NONE;
    return initials === NONE ? wordEnd(text, i + 1) : initials;
  }
  return code === AMPERSAND ? i + 1 : NONE;
}

/** The same for a character above ASCII: a capital (or a lower-case letter just inside "("), or a surrogate. */
function matchEndAt(text: string, i: number, code: number): number {
  if (isUpper(code) || (i > 0 && text.charCodeAt(i - 1) === OPEN_PAREN && isLower(code))) return wordEnd(text, i + 1);
  return isSurrogate(code) ? SURROGATE : NONE;
}

/** End of "U.S.A.", "U.S.", "U.N." or "U.K." at `i` (which holds "U."), else NONE. */
function initialsEnd(text: string, i: number): number {
  const letter = text.charCodeAt(i + 2);
  if (text.charCodeAt(i + 3) !== DOT) return NONE;
  if (letter === 0x53 /* S */) return text.charCodeAt(i + 4) === 0x41 /* A */ && text.charCodeAt(i + 5) === DOT ? i + 6 : i + 4;
  return letter === 0x4e /* N */ || letter === 0x4b /* K */ ? i + 4 : NONE;
}

/** End of a word whose first character is before `j`. */
function wordEnd(text: string, j: number): number {
  const n = text.length;
  while (j < n) {
    const code = text.charCodeAt(j);
    if (isWordChar(code)) {
      j++;
      continue;
    }
    if (isSurrogate(code)) return SURROGATE;
    if (!isJoiner(code) || j + 1 >= n) return j;
    const next = text.charCodeAt(j + 1);
    if (isSurrogate(next)) return SURROGATE;
    if (!isLetterOrNumber(next)) return j;
    j += 2;
  }
  return j;
}

/** End of a connector standing alone at `i` (an ASCII lower-case letter), else NONE. */
function connectorEnd(text: string, i: number): number {
  if (!CONNECTOR_INITIAL[text.charCodeAt(i)]) return NONE;
  if (i > 0) {
    const before = text.charCodeAt(i - 1);
    if (isLetterOrNumber(before) || before === HYPHEN) return NONE;
  }
  const n = text.length;
  let k = i + 1;
  while (k < n && k - i <= LONGEST_CONNECTOR && isAsciiLower(text.charCodeAt(k))) k++;
  if (k - i > LONGEST_CONNECTOR) return NONE;
  if (k < n) {
    const after = text.charCodeAt(k);
    if (isSurrogate(after)) return SURROGATE;
    if (isLetterOrNumber(after) || after === HYPHEN) return NONE;
  }
  for (const word of CONNECTORS_BY_LENGTH[k - i]!) if (sameAt(text, i, word)) return k;
  return NONE;
}

/** Whether `word` is written at `i` (char by char: startsWith is a call into the runtime here). */
function sameAt(text: string, i: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(i + k) !== word.charCodeAt(k)) return false;
  return true;
}
