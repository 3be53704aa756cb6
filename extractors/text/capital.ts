/**
 * Pattern sources for regexes that scan for capitalized words. A regex that opens with a
 * lookbehind or with `\p{Lu}` makes V8 try every position of the text the slow way; one that
 * opens with a plain character class lets it skip ahead to the next candidate at once. These
 * sources give that opening without changing what matches.
 */
import { latinFirst } from './char-classes.js';

/** One upper-case letter, `\p{Lu}`: Latin-1 capitals as a plain class first (À–Ö, Ø–Þ are all of them below U+0100). */
export const CAPITAL = String.raw`(?:[A-Z\u00C0-\u00D6\u00D8-\u00DE]|[\u0100-\u{10FFFF}](?<=\p{Lu}))`;

/**
 * A capital letter that does not follow one of `before` (a class body such as `\p{L}\p{N}.`):
 * the same as `(?<![before])\p{Lu}`, with the lookbehind moved after the capital so the scan
 * stops only at capitals. Inside the lookbehind the capital just matched is any character (`.`,
 * never a line break here) and `before` tests Latin-1 with a plain class first: with the Unicode
 * properties there, every capital of every block cost V8 two calls into its range tables. Needs
 * the `u` flag.
 */
export const capitalNotAfter = (before: string): string => String.raw`${CAPITAL}(?<!${latinFirst(before)}.)`;
