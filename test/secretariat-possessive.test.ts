/**
 * The possessive pattern of organization/secretariats.ts has its leading lookbehind after its
 * first letter (capital.ts), for speed: it must match exactly as the pattern written with the
 * lookbehind in front, groups included, on texts of "Its"/acronyms, capitals of other scripts,
 * letters and digits right before, and secretariat names.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POSSESSIVE } from '../extractors/organization/secretariats.js';

const NAME = String.raw`((?:\p{Lu}[\p{Ll}-]+\s+){1,5}Secretariat)(?![\p{L}\p{N}])(?!\s+(?:of|for|on|against)\s+(?:the\s+)?\p{Lu})`;
const WRITTEN = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:[Ii]ts|(\p{Lu}[\p{Lu}\p{N}]*\p{Lu})['’]s)\s+${NAME}`, 'gu');

const PIECES = ['Its', 'its', 'ITS', 'CMRB', "CMRB's", 'CMRB’s', 'ÉCOLE’s', 'ĀB’s', '𝐀B’s', 'x', 'é', '7', ' ', '\n', 'Permanent ', 'Technical ', 'Coordinating ', 'Secretariat', ' for Water', ' of the Board', "'s", '’s', 'I', 'Öts', '(', '.'];

const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0], m[1], m[2]]);

describe('secretariat possessive pattern', () => {
  it('matches as the pattern with the lookbehind in front', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(all(POSSESSIVE, text)).toEqual(all(WRITTEN, text));
      }),
      { numRuns: 4000 },
    );
  });
  it('finds the two forms', () => {
    const text = "The CMRB was set up. Its Permanent Technical Secretariat met; the CMRB's Permanent Coordinating Secretariat too. xIts Other Secretariat";
    expect(all(POSSESSIVE, text).map((m) => m[3])).toEqual(['Permanent Technical Secretariat', 'Permanent Coordinating Secretariat']);
  });
});
