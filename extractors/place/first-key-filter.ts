/**
 * A Bloom filter over the gazetteer's first words: a 64 KB bit table that says "certainly not the
 * first word of a listed name" for most capitalized words without touching the gazetteer's own
 * set, whose tens of thousands of keys are rarely in the processor's cache. A "maybe" is
 * answered by that set, so the answers are exactly the set's. Built once, from the set itself.
 */

const BITS = 1 << 19;
const MASK = BITS - 1;

/**
 * FNV-1a hash of the key's UTF-16 code units; its low 19 bits and the 19 bits from bit 13 are the
 * two probes. One number, not a pair: building the filter hashes some 36 000 keys before V8 has
 * optimized anything, where a pair per key (an array, and an iterator to read it) took most of
 * the time.
 */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h;
}

export class FirstKeyFilter {
  private readonly bits = new Uint8Array(BITS / 8);

  constructor(private readonly keys: ReadonlySet<string>) {
    for (const key of keys) {
      const h = hash(key);
      this.set(h & MASK);
      this.set((h >>> 13) & MASK);
    }
  }

  has(key: string): boolean {
    const h = hash(key);
    if (!this.isSet(h & MASK) || !this.isSet((h >>> 13) & MASK)) return false;
    return this.keys.has(key);
  }

  private set(bit: number): void {
    this.bits[bit >>> 3]! |= 1 << (bit & 7);
  }

  private isSet(bit: number): boolean {
    return (this.bits[bit >>> 3]! & (1 << (bit & 7))) !== 0;
  }
}
