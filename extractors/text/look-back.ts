/**
 * The characters just before a position, read from right to left. Patterns anchored at the end of
 * the text before a match (`…,\s*$`) are run only when those characters allow them: a regex tried
 * at every position of a window costs far more than this look at its last characters.
 */
import { isAsciiLetter } from './char-classes.js';

/** JavaScript's `\s`, on one UTF-16 code unit. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Index of the last character in text[floor, end) that is not white space, or floor - 1 when there is none. */
export function lastNonSpace(text: string, end: number, floor = 0): number {
  let i = end - 1;
  while (i >= floor && isSpace(text.charCodeAt(i))) i--;
  return i;
}

/** The character before `end`, white space skipped (back to `floor`), or '' when there is none. */
export function charBefore(text: string, end: number, floor = 0): string {
  const i = lastNonSpace(text, end, floor);
  return i >= floor ? text[i]! : '';
}

/** The ASCII letters (A–Z, a–z) that end right before `end`, white space skipped, read back no further than `floor`. */
export function letterWordBefore(text: string, end: number, floor = 0): string {
  const stop = lastNonSpace(text, end, floor) + 1;
  let i = stop - 1;
  while (i >= floor && isAsciiLetter(text.charCodeAt(i))) i--;
  return text.slice(i + 1, stop);
}


/**
 * The largest of `text.lastIndexOf(pair, from)` over the two-character strings in `pairs`, and
 * `floor`: the scan stops at `floor`, where `Math.max(…lastIndexOf…, floor)` reads the whole text
 * back to its start for a pair it does not hold ('.\r' in a text without carriage returns), once
 * per call: quadratic in a long report.
 */
export function lastPairAt(text: string, pairs: readonly string[], from: number, floor = 0): number {
  for (let i = Math.min(Math.max(from, 0), text.length - 2); i >= floor && i >= 0; i--) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    for (const p of pairs) if (p.charCodeAt(0) === a && p.charCodeAt(1) === b) return i;
  }
  return Math.max(floor, -1);
}
