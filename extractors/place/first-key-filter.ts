/**
 * A Bloom filter over the gazetteer's first words: a 64 KB bit table that says "certainly not the
 * first word of a listed name" for most capitalized words without touching the gazetteer's own
 * set, whose tens of thousands of keys are rarely in the processor's cache. A "maybe" is
 * answered by that set, so the answers are exactly the set's. Built once, from the set itself.
 */

const BITS = 1 << 19;

/** Two 19-bit probes from one FNV-1a hash of the key's UTF-16 code units. */
function probes(key: string): [number, number] {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return [h & (BITS - 1), (h >>> 13) & (BITS - 1)];
}

export class FirstKeyFilter {
  private readonly bits = new Uint8Array(BITS / 8);

  constructor(private readonly keys: ReadonlySet<string>) {
    for (const key of keys) for (const p of probes(key)) this.bits[p >>> 3]! |= 1 << (p & 7);
  }

  has(key: string): boolean {
    const [a, b] = probes(key);
    if ((this.bits[a >>> 3]! & (1 << (a & 7))) === 0 || (this.bits[b >>> 3]! & (1 << (b & 7))) === 0) return false;
    return this.keys.has(key);
  }
}
