/**
 * A report's fingerprint, to find the same document in another file (its .pdf and .txt, issue 16):
 * a MinHash signature of the word 3-grams of its text, lower-cased, letters and digits only. Words,
 * not lines, so line wrapping does not matter; a running header or page number adds a few 3-grams
 * among thousands, and hyphenation across a line end changes a handful. One hash per 3-gram, split
 * into 64 bins by its low bits, each bin keeping its smallest value (one-permutation MinHash): the
 * share of equal bins in two signatures estimates the Jaccard similarity of their 3-gram sets, in
 * one pass over the words.
 */
const SLOTS = 64; // a power of two: the bin is the hash's low 6 bits
const SHINGLE = 3;
/** Two reports whose estimated similarity reaches this are one document (a .txt and its PDF score ~0.9; different reports of one body well under 0.3). */
export const TWIN_SIMILARITY = 0.7;
/** Too few words to say: a signature of a near-empty text would match any other near-empty one. */
const MIN_WORDS = 200;

/** 32-bit FNV-1a of a string. */
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A cheap 32-bit mix (murmur3's finalizer), so the low bits that pick a bin are well spread. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEED = 0x9e3779b9;

/** The signature as 64 hex words of 8 digits, or null when the text is too short to tell. */
export function fingerprint(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  const min = new Array<number>(SLOTS).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const h = mix(fnv(`${words[i]} ${words[i + 1]} ${words[i + 2]}`), SEED);
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
