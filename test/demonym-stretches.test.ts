/**
 * demonymCountriesIn reads a stretch of a text through one list of the whole text's adjectives
 * (event/demonyms.ts) where demonymCountries scans the stretch itself: both must answer the same on
 * any stretch, adjectives cut by its edges, overlapping or in other cases (the Kelvin sign and
 * the long s fold to k and s) included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demonymCountries, demonymCountriesIn } from '../extractors/event/demonyms.js';

const PIECES = [
  'Colombian', 'colombian', 'ECUADORIAN', 'Costa Rican', 'costa rican', 'Peruvian', 'Koreans', 'Korean', 'Thai', 'Iraqi', 'Chilean',
  'South ', 'Latin ', ' and ', ', ', ' ', '-', 'officials', 'officers', 'customs officers', 'experts', ' by ', ' from ',
  'x', 'Pan', 'ſpanish', '\u212Aorean', 'Salvadoran', 'salvadorean', 'Argentinian', '.', '\n',
];

describe('demonymCountriesIn', () => {
  it('equals demonymCountries of the stretch', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(), fc.nat(), fc.boolean(), (pieces, a, b, atPiece) => {
        const text = pieces.join('');
        // half the stretches start where a piece does, often right on an adjective
        const bounds = pieces.map((_, i) => pieces.slice(0, i).join('').length);
        const start = atPiece && bounds.length ? bounds[a % bounds.length]! : text.length ? a % (text.length + 1) : 0;
        const end = start + (text.length ? b % (text.length - start + 1) : 0);
        expect(demonymCountriesIn(text, start, end)).toEqual(demonymCountries(text.slice(start, end)));
      }),
      { numRuns: 3000 },
    );
  });
  it('finds the adjectives of a stretch of a longer text', () => {
    const text = 'The Unit trained Colombian and Ecuadorian officials. Spanish experts taught Peruvian customs officers.';
    expect(demonymCountriesIn(text, 0, 52)).toEqual(['COL', 'ECU']);
    expect(demonymCountriesIn(text, 53, text.length)).toEqual(['PER']);
    expect(demonymCountriesIn(text, 20, 52)).toEqual(['ECU']); // "ombian and Ecuadorian officials": a cut word is no adjective
    expect(demonymCountriesIn(text, 0, 16)).toEqual([]);
    expect(demonymCountriesIn(text, 17, 52)).toEqual(['COL', 'ECU']);
    expect(demonymCountriesIn(text, 76, text.length)).toEqual(['PER']);
  });
});
