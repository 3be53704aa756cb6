// extractors/organization/tokens.ts: NAMELY, written with Latin-1 classes first (text/char-classes.ts latinFirst),
// matches exactly what the same pattern written with plain Unicode properties matches; and so does
// the character scan of name-words.ts, or it says it met a surrogate (the regex then reads the text).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameWordSpans } from '../extractors/organization/name-words.js';
import { NAMELY, tokenize } from '../extractors/organization/tokens.js';

/** The pattern as first written, with \p{…} classes only. */
const PLAIN =
  /U\.S\.(?:A\.)?|U\.N\.|U\.K\.|(?:[A-Z\u00C0-\u00D6\u00D8-\u00DE]|[\u0100-\u{10FFFF}](?<=\p{Lu})|(?<=\()\p{Ll})(?:[\p{L}\p{M}\p{N}]|[-/&'’](?=[\p{L}\p{N}]))*|(?:of|for|against|on|and|the|de|del|la|las|los|y|in|to|du|des|da|do|dos|das|et)(?<![\p{L}\p{N}\-](?:of|for|against|on|and|the|de|del|la|las|los|y|in|to|du|des|da|do|dos|das|et))(?![\p{L}\p{N}\-])|&/gu;

const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);

/** The scan's matches in the same form, or 'surrogate' when it gave the text back to the regex. */
function scanned(text: string): Array<[number, string]> | 'surrogate' {
  const spans: number[] = [];
  if (!nameWordSpans(text, spans)) return 'surrogate';
  const out: Array<[number, string]> = [];
  for (let k = 0; k < spans.length; k += 2) out.push([spans[k]!, text.slice(spans[k]!, spans[k + 1]!)]);
  return out;
}

/** What the scan must give: the plain pattern's matches, or 'surrogate' for a text that holds one. */
const expectedScan = (text: string) => (/[\uD800-\uDFFF]/.test(text) ? 'surrogate' : matches(PLAIN, text));

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
  it('is what the character scan reads, on the hand-made cases and the fixture texts', () => {
    const texts = [...CASES];
    for (const dir of ['../fixtures/texts', '../fixtures/heldout/texts']) {
      const folder = join(import.meta.dirname, dir);
      for (const name of readdirSync(folder).filter((n) => n.endsWith('.txt'))) texts.push(readFileSync(join(folder, name), 'utf8'));
    }
    for (const text of texts) expect(scanned(text)).toEqual(expectedScan(text));
    expect(scanned(CASES[0]!)).not.toEqual([]);
  });
  it('gives the same tokens by the scan and by the regex (a surrogate anywhere sends the block to the regex)', () => {
    const text = 'The U.S. Department of State and the OAS’s Inter-American Committee (CICTE) met.';
    const withSurrogate = `${text} 🎉`;
    expect(tokenize(withSurrogate)).toEqual(tokenize(text));
    expect(tokenize(text).map((t) => t.text)).toEqual(['The', 'U.S.', 'Department', 'of', 'State', 'and', 'the', 'OAS', 'Inter-American', 'Committee', 'CICTE']);
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
  it('is what the character scan reads, on any string of tricky characters', () => {
    const text = fc.array(fc.constantFrom(...ALPHABET, 'against ', 'las', 'los ', 'del', '(', '(ж', 'ß', 'Ж', 'UNODC’s ', 'U.S.A.', 'U.N.', 'U.K', 'ofx', '-', 'iPhone'), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(scanned(t)).toEqual(expectedScan(t));
      }),
      { numRuns: 5000 },
    );
  });
});
