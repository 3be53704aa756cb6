/**
 * The words of a capitalized run, read character by character: the same words as the regex
 * `[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*|&` finds, at a fraction of its cost per
 * word (a regex call allocates a match for every word of every block). Character classes come
 * from the same Unicode properties, looked up once per character and kept in a fixed table.
 */

const LETTER = 1;
const MARK = 2;
const NUMBER = 4;
const KNOWN = 8;

/** Classes of the BMP characters met so far (KNOWN set once looked up); fixed size, never grows. */
const classes = new Uint8Array(0x10000);

function classOf(code: number): number {
  let c = classes[code]!;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = KNOWN | (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{M}/u.test(ch) ? MARK : 0) | (/\p{N}/u.test(ch) ? NUMBER : 0);
    classes[code] = c;
  }
  return c;
}

/** `\p{L}` or `\p{M}`, on one UTF-16 code unit (a surrogate is neither). */
export const isLetterOrMark = (code: number): boolean => (classOf(code) & (LETTER | MARK)) !== 0;

const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019;
const AMPERSAND = 0x26;

/** Half of a surrogate pair: the regex reads the pair as one character, which may be a letter. */
export const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

/**
 * End of the word that starts at `i` (reading no further than `to`), or `i` when none starts there.
 * A word never takes in a surrogate: the caller that meets one where no word starts hands the
 * text to the regex.
 */
export function wordEnd(text: string, i: number, to: number): number {
  const code = text.charCodeAt(i);
  if (code === AMPERSAND) return i + 1;
  if ((classOf(code) & (LETTER | NUMBER)) === 0) return i;
  let j = i + 1;
  while (j < to && (classOf(text.charCodeAt(j)) & (LETTER | MARK | NUMBER)) !== 0) j++;
  // Elided or possessive parts: an apostrophe and at least one letter or mark, as often as they come.
  while (j + 1 < to && isApostrophe(text.charCodeAt(j)) && (classOf(text.charCodeAt(j + 1)) & (LETTER | MARK)) !== 0) {
    j += 2;
    while (j < to && (classOf(text.charCodeAt(j)) & (LETTER | MARK)) !== 0) j++;
  }
  return j;
}
