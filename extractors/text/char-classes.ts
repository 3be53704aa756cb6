/**
 * Unicode classes of single characters (`\p{L}`, `\p{Lu}`, `\p{Ll}`, `\p{M}`, `\p{N}`), for the code that
 * reads text character by character instead of running a regex at every position. Each BMP
 * character is looked up once, with the regex property itself, and kept in a fixed table.
 */

const LETTER = 1;
const MARK = 2;
const NUMBER = 4;
const UPPER = 8;
const KNOWN = 16;
const LOWER = 32;

/** Classes of the BMP characters met so far (KNOWN once looked up); fixed size, never grows. */
const classes = new Uint8Array(0x10000);

function classOf(code: number): number {
  let c = classes[code]!;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = KNOWN;
    if (/\p{L}/u.test(ch)) c |= LETTER;
    if (/\p{M}/u.test(ch)) c |= MARK;
    if (/\p{N}/u.test(ch)) c |= NUMBER;
    if (/\p{Lu}/u.test(ch)) c |= UPPER;
    if (/\p{Ll}/u.test(ch)) c |= LOWER;
    classes[code] = c;
  }
  return c;
}

/** A space, a tab or a no-break space (`[ \t\u00a0]`). */
export const isBlank = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0xa0;
/** A–Z or a–z. */
export const isAsciiLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** Half of a surrogate pair: a regex with the u flag reads the pair as one character, which none of these tests do. */
export const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

/** `\p{L}` or `\p{N}`. */
export const isLetterOrNumber = (code: number): boolean => (classOf(code) & (LETTER | NUMBER)) !== 0;
/** `\p{L}`, `\p{M}` or `\p{N}`. */
export const isWordChar = (code: number): boolean => (classOf(code) & (LETTER | MARK | NUMBER)) !== 0;
/** `\p{L}` or `\p{M}`. */
export const isLetterOrMark = (code: number): boolean => (classOf(code) & (LETTER | MARK)) !== 0;
/** `\p{L}`. */
export const isLetter = (code: number): boolean => (classOf(code) & LETTER) !== 0;
/** `\p{Lu}`. */
export const isUpper = (code: number): boolean => (classOf(code) & UPPER) !== 0;
/** `\p{Ll}`. */
export const isLower = (code: number): boolean => (classOf(code) & LOWER) !== 0;

/**
 * A regex source for one character of `[body]` (a class body such as `\p{L}\p{M}`), with the
 * characters below U+0100 listed as a plain class first: V8 tests those far faster than a Unicode
 * property, and the rest still go through the property, by lookbehind. Needs the u flag.
 */
export function latinFirst(body: string): string {
  const property = new RegExp(`[${body}]`, 'u');
  const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
  let latin = '';
  for (let code = 0; code < 0x100; code++) {
    if (!property.test(String.fromCharCode(code))) continue;
    let last = code;
    while (last + 1 < 0x100 && property.test(String.fromCharCode(last + 1))) last++;
    latin += last === code ? hex(code) : `${hex(code)}-${hex(last)}`;
    code = last;
  }
  return `(?:[${latin}]|[\\u0100-\\u{10FFFF}](?<=[${body}]))`;
}
