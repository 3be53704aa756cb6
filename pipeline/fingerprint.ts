/**
 * A report's fingerprint, to find the same document in another file (its .pdf and .txt, issue 16):
 * a MinHash signature of the word 3-grams of its text, lower-cased, letters and digits only. Words,
 * not lines, so line wrapping does not matter; a running header or page number adds a few 3-grams
 * among thousands, and hyphenation across a line end changes a handful. One hash per 3-gram, split
 * into 64 bins by its low bits, each bin keeping its smallest value (one-permutation MinHash): the
 * share of equal bins in two signatures estimates the Jaccard similarity of their 3-gram sets, in
 * one pass over the words.
 */
import { isLetterOrNumber, isSurrogate } from '../extractors/text/char-classes.js';

const SLOTS = 64; // a power of two: the bin is the hash's low 6 bits
const SHINGLE = 3;
/** Two reports whose estimated similarity reaches this are one document (a .txt and its PDF score ~0.9; different reports of one body well under 0.3). */
export const TWIN_SIMILARITY = 0.7;
/** Too few words to say: a signature of a near-empty text would match any other near-empty one. */
const MIN_WORDS = 200;

const FNV_OFFSET = 0x811c9dc5 | 0; // as an int32 (the XOR makes it one anyway), so the hash stays a small integer
const FNV_PRIME = 0x01000193;

/** FNV-1a's state after the characters text[start, end), from state `h`. */
function fnvOn(h: number, text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

/** The words of `text` (runs of `\p{L}\p{N}`) as start and end offsets, for a text with surrogate pairs. */
function regexWordBounds(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) out.push(m.index, m.index + m[0].length);
  return out;
}

/** A cheap 32-bit mix (murmur3's finalizer), so the low bits that pick a bin are well spread. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEED = 0x9e3779b9;

/**
 * The signature as 64 hex words of 8 digits, or null when the text is too short to tell. Each
 * 3-gram is hashed as the words joined by single spaces, read in place from the lower-cased text
 * (making the words and joining each 3-gram into a string was most of the record stage), in one
 * pass that keeps only the last three words' bounds (a list of every word's bounds cost more than
 * the hashing); a text with a surrogate pair has its words found by the regex (wordBounds).
 */
export function fingerprint(text: string): string | null {
  const lower = text.toLowerCase();
  let min = new Array<number>(SLOTS).fill(0xffffffff);
  let count = hashShingles(lower, min);
  if (count === undefined) {
    min = new Array<number>(SLOTS).fill(0xffffffff); // the bins hashShingles filled before the surrogate pair
    count = hashListedShingles(lower, regexWordBounds(lower), min);
  }
  return count < MIN_WORDS ? null : min.map((v) => v.toString(16).padStart(8, '0')).join('');
}

/** Each 3-gram's hash into its bin: the bin is its low bits, the bin keeps the smallest of the rest. */
function keep(min: number[], h: number): void {
  const bin = h & (SLOTS - 1);
  const v = h >>> 6;
  if (v < min[bin]!) min[bin] = v;
}

/** FNV-1a of three words joined by single spaces, each given by its bounds in `text`. */
function shingleHash(text: string, s0: number, e0: number, s1: number, e1: number, s2: number, e2: number): number {
  let h = fnvOn(FNV_OFFSET, text, s0, e0);
  h = fnvOn(Math.imul(h ^ 32, FNV_PRIME), text, s1, e1); // the space between words
  h = fnvOn(Math.imul(h ^ 32, FNV_PRIME), text, s2, e2);
  return mix(h >>> 0, SEED);
}

/**
 * Hash the 3-grams of `text`'s words (runs of `\p{L}\p{N}`, as /[\p{L}\p{N}]+/gu finds them), read
 * character by character, into `min`; the number of words, or undefined where a surrogate pair
 * stands in the text, which the table of character classes does not read.
 */
function hashShingles(text: string, min: number[]): number | undefined {
  let s0 = 0;
  let e0 = 0;
  let s1 = 0;
  let e1 = 0;
  let count = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isSurrogate(code)) return undefined;
    if (!isLetterOrNumber(code)) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isLetterOrNumber(text.charCodeAt(i))) i++;
    if (++count >= SHINGLE) keep(min, shingleHash(text, s0, e0, s1, e1, start, i));
    s0 = s1;
    e0 = e1;
    s1 = start;
    e1 = i;
  }
  return count;
}

/** The same from a list of the words' bounds (start, end, start, end, …). */
function hashListedShingles(text: string, words: readonly number[], min: number[]): number {
  const count = words.length / 2;
  for (let i = 0; i + SHINGLE <= count; i++) {
    const w = 2 * i;
    keep(min, shingleHash(text, words[w]!, words[w + 1]!, words[w + 2]!, words[w + 3]!, words[w + 4]!, words[w + 5]!));
  }
  return count;
}

/** The filled bins of a signature as [bin, value] pairs (an empty bin matches nothing). */
export function bins(signature: string | null): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!signature) return out;
  for (let i = 0; i < signature.length; i += 8) {
    const word = signature.slice(i, i + 8);
    if (word !== 'ffffffff') out.push([i / 8, Number.parseInt(word, 16)]);
  }
  return out;
}

/** Estimated Jaccard similarity of two signatures (0 when either is missing or they differ in size). */
export function similarity(a: string | null, b: string | null): number {
  if (!a || !b || a.length !== b.length) return 0;
  const EMPTY = 'ffffffff';
  let same = 0;
  let used = 0;
  for (let i = 0; i < a.length; i += 8) {
    const x = a.slice(i, i + 8);
    const y = b.slice(i, i + 8);
    if (x === EMPTY && y === EMPTY) continue;
    used++;
    if (x === y) same++;
  }
  return used === 0 ? 0 : same / used;
}
