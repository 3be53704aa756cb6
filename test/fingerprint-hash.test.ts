/**
 * fingerprint() hashes each word 3-gram word by word instead of joining it into a string first: the
 * signature must be the one the joined strings give, on every fixture text (and a text with words
 * outside Latin-1), so a database made before keeps finding its twins.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../pipeline/fingerprint.js';

/** The signature as first written: FNV-1a of `${a} ${b} ${c}`. */
function joinedFingerprint(text: string): string | null {
  const fnv = (s: string): number => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
  };
  const mix = (x: number, seed: number): number => {
    let h = (x ^ seed) >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < 200) return null;
  const min = new Array<number>(64).fill(0xffffffff);
  for (let i = 0; i + 3 <= words.length; i++) {
    const h = mix(fnv(`${words[i]} ${words[i + 1]} ${words[i + 2]}`), 0x9e3779b9);
    if (h >>> 6 < min[h & 63]!) min[h & 63] = h >>> 6;
  }
  return min.map((v) => v.toString(16).padStart(8, '0')).join('');
}

describe('fingerprint', () => {
  it('equals the signature of the joined 3-grams on every fixture text', () => {
    const dir = join(import.meta.dirname, '..', 'fixtures', 'texts');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join(dir, name), 'utf8');
      expect(fingerprint(text), name).toBe(joinedFingerprint(text));
    }
  });
  it('equals it on words outside Latin-1 and astral letters', () => {
    const text = Array.from({ length: 300 }, (_, i) => `Ελλάδα 𝐀𝐁 Łódź ${i} señor`).join(' ');
    expect(fingerprint(text)).toBe(joinedFingerprint(text));
    expect(fingerprint(text)).not.toBeNull();
  });
  it('equals it on random texts of letters, digits, other scripts and punctuation', () => {
    const pieces = ['a', 'B', 'É', 'é', 'ß', 'İ', 'Σ', 'ς', 'Ж', 'ǅ', 'Ⅻ', '٣', '𝐀', '’', "'", '-', '.', ' ', '\n', '\u00a0', '7'];
    // with astral letters (the regex finds the words) and without (read character by character)
    for (const pool of [pieces, pieces.filter((p) => p !== '𝐀')]) {
      const word = fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''));
      fc.assert(
        fc.property(fc.array(word, { minLength: 150, maxLength: 420 }), (words) => {
          const text = words.join(' ');
          expect(fingerprint(text)).toBe(joinedFingerprint(text));
        }),
        { numRuns: 40 },
      );
    }
  });
});
