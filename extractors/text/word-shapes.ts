/**
 * The first character and length of a set of words, as bits: "no word of the set starts with this
 * character and has this length" is answered without making or hashing a string, which turns
 * down most tokens before a set or map is asked. One slot per ASCII first character and one for
 * all others; one bit per length, lengths of 31 and more sharing the last.
 */
const SLOTS = 129;

const slot = (first: number): number => (first < 128 ? first : 128); // NaN (an empty word) goes to the last slot
const lengthBit = (length: number): number => 1 << Math.min(length, 31);

export class WordShapes {
  private readonly bits: Uint32Array;

  /** Empty, or a copy of `from` that goes on on its own. */
  constructor(from?: WordShapes) {
    this.bits = from ? from.bits.slice() : new Uint32Array(SLOTS);
  }

  add(word: string): void {
    this.bits[slot(word.charCodeAt(0))]! |= lengthBit(word.length);
  }

  /** False when no word added starts with the character code `first` and has `length` characters. */
  mayHold(first: number, length: number): boolean {
    return (this.bits[slot(first)]! & lengthBit(length)) !== 0;
  }
}
