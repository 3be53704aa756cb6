// extractors/organization/tokens.ts: NAMELY, written with Latin-1 classes first (text/char-classes.ts latinFirst),
// matches exactly what the same pattern written with plain Unicode properties matches.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NAMELY } from '../extractors/organization/tokens.js';

/** The pattern as first written, with \p{…} classes only. */
const PLAIN =
  /U\.S\.(?:A\.)?|U\.N\.|U\.K\.|(?:[A-Z\u00C0-\u00D6\u00D8-\u00DE]|[\u0100-\u{10FFFF}](?<=\p{Lu})|(?<=\()\p{Ll})(?:[\p{L}\p{M}\p{N}]|[-/&'’](?=[\p{L}\p{N}]))*|(?:of|for|against|on|and|the|de|del|la|las|los|y|in|to)(?<![\p{L}\p{N}\-](?:of|for|against|on|and|the|de|del|la|las|los|y|in|to))(?![\p{L}\p{N}\-])|&/gu;

const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);

const CASES = [
  'The U.S. Department of State, the U.S.A. and the U.N. met the U.K. delegation; U.S without dots.',
  "UNODC’s office, AT&T, DHS/ICE, O'Neill & Sons, l’Office de la Sécurité, Ñandú del Sur y los Andes.",
  'of the on and-the to-day in2 de\u0301 del la las los y against for (of) (often) (élan) -of of- x&y & z',
  'Math 𝐀𝐁 letters, emoji 🎉 and the 𝐀-Team, U.S.𝐀; ÀÉÎÕÜ Ørsted Þór µ ß ĳ Ǆ ǅ Москва 東京 Ⅻ ١٢٣ ²',
];
const ALPHABET = [...'AUSNK.()-/&\'’ ofrthandelyinscwÉéñµ²1 \n', 'of ', 'the ', 'U.S.', '\u0301', 'Ǆ', 'ǅ', '𝐀', '٣'];

describe('organization NAMELY pattern', () => {
  it('matches as the plain-property pattern on hand-made cases and the fixture texts', () => {
    const texts = [...CASES];
    for (const dir of ['../fixtures/texts', '../fixtures/heldout/texts']) {
      const folder = join(import.meta.dirname, dir);
      for (const name of readdirSync(folder).filter((n) => n.endsWith('.txt'))) texts.push(readFileSync(join(folder, name), 'utf8'));
    }
    for (const text of texts) expect(matches(NAMELY, text)).toEqual(matches(PLAIN, text));
  });
  it('matches as the plain-property pattern on any string of tricky characters', () => {
    const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(matches(NAMELY, t)).toEqual(matches(PLAIN, t));
      }),
      { numRuns: 3000 },
    );
  });
});
