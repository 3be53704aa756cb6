/**
 * The look-back helpers that replace a costlier formulation must give its answer: lastPairAt is
 * compared with the largest of String.lastIndexOf over its pairs and the floor, at every position
 * of the fixture texts and of strings written for this test (pairs at both ends, none at all).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastPairAt } from '../extractors/text/look-back.js';

const reference = (text: string, pairs: readonly string[], from: number, floor = 0): number =>
  Math.max(...pairs.map((p) => text.lastIndexOf(p, from)), floor);

const PAIR_SETS = [['. ', '.\n', '.\r'], ['. ', '; ']];
const WRITTEN = ['', '.', '. ', 'a. b', 'a.\rb. c', 'x;', '; ', 'no stop at all', 'end.\n', 'a; b. c; d', '..  ;;'];

describe('lastPairAt', () => {
  it('gives Math.max(lastIndexOf…, floor) on written strings at every position and floor', () => {
    for (const pairs of PAIR_SETS)
      for (const text of WRITTEN)
        for (let from = -1; from <= text.length + 2; from++)
          for (let floor = -2; floor <= text.length + 1; floor++) expect(lastPairAt(text, pairs, from, floor)).toBe(reference(text, pairs, from, floor));
  });
  it('gives the same on the fixture texts', () => {
    const dir = join(import.meta.dirname, '..', 'fixtures', 'texts');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join(dir, name), 'utf8');
      for (const pairs of PAIR_SETS)
        for (let from = 0; from < text.length; from += 37) {
          expect(lastPairAt(text, pairs, from)).toBe(reference(text, pairs, from));
          expect(lastPairAt(text, pairs, from, from - 50)).toBe(reference(text, pairs, from, from - 50));
        }
    }
  });
});
