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

/**
 * The words of `text` (runs of `\p{L}\p{N}`, as /[\p{L}\p{N}]+/gu finds them) as start and end
 * offsets, read character by character; undefined where a surrogate pair stands in the text, which
 * the table of character classes does not read (the regex then finds the words).
 */
function wordBounds(text: string): number[] | undefined {
  const out: number[] = [];
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
    out.push(start, i);
  }
  return out;
}

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
 * (making the words and joining each 3-gram into a string was most of the record stage).
 */
export function fingerprint(text: string): string | null {
  const lower = text.toLowerCase();
  const words = wordBounds(lower) ?? regexWordBounds(lower);
  const count = words.length / 2;
  if (count < MIN_WORDS) return null;
  const min = new Array<number>(SLOTS).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= count; i++) {
    let h = FNV_OFFSET;
    for (let k = 0; k < SHINGLE; k++) {
      if (k > 0) h = Math.imul(h ^ 32, FNV_PRIME); // the space between words
      h = fnvOn(h, lower, words[2 * (i + k)]!, words[2 * (i + k) + 1]!);
    }
    h = mix(h >>> 0, SEED);
    const bin = h & (SLOTS - 1);
    const v = h >>> 6;
    if (v < min[bin]!) min[bin] = v;
  }
  return min.map((v) => v.toString(16).padStart(8, '0')).join('');
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
