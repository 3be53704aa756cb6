/**
 * The one-pass search for national acronyms must find exactly the acronyms that the
 * per-acronym pattern finds standing alone (no letter or digit on either side), also where
 * acronyms overlap ("AECID" holds "AECI") or sit next to accented or astral letters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StandingAlone } from '../extractors/organization/standing-alone.js';

const ACRONYMS = ['USAID', 'CDC', 'DHS', 'ICE', 'USCG', 'AECID', 'AECI', 'GIZ', 'X1', 'A-B'];
const PIECES = [...ACRONYMS, 'A', 'E', 'C', 'I', 'D', 'S', 'ID', 'USA', 'a', 'é', 'É', '1', ' ', '-', '(', ',', '𝐀', '😀', '\u0301'];

const reference = (text: string): string[] =>
  ACRONYMS.filter((a) => new RegExp(`(?<![\\p{L}\\p{N}])${a}(?![\\p{L}\\p{N}])`, 'u').test(text)).sort();

describe('organization standing-alone acronyms', () => {
  const finder = new StandingAlone(ACRONYMS);
  it('finds what the per-acronym pattern finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }), (pieces) => {
        const text = pieces.join('');
        expect([...finder.in(text)].sort()).toEqual(reference(text));
      }),
      { numRuns: 5000 },
    );
  });
});
