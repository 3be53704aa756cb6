// extractors/text/capital.ts: the capital-letter openings match what the plain lookbehind and \p{Lu} match.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capitalNotAfter } from '../extractors/text/capital.js';

const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);

const texts = ['Jane Doe, J.Doe, 3Doe, xDoe, .Doe ÉMILE émile Ørsted ĲSSEL Ǆemal ǅemal 𝐀Doe Doe𝐀 ²Doe µDoe', ''];
for (const dir of ['../fixtures/texts', '../fixtures/heldout/texts']) {
  const folder = join(import.meta.dirname, dir);
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.txt'))) texts.push(readFileSync(join(folder, name), 'utf8'));
}
const ALPHABET = [...'AJDÉØĲǄǅ .,3²µxeé-\n', '𝐀', '𝐚', '\u0301', 'Doe ', 'Ω'];

describe('capitalNotAfter', () => {
  for (const before of [String.raw`\p{L}\p{N}.`, String.raw`\p{L}`, String.raw`\p{L}\p{M}'’`]) {
    const ours = new RegExp(`${capitalNotAfter(before)}\\p{L}*`, 'gu');
    const plain = new RegExp(`(?<![${before}])\\p{Lu}\\p{L}*`, 'gu');
    it(`matches as (?<![${before}])\\p{Lu} on the fixtures and on strings of tricky characters`, () => {
      for (const text of texts) expect(matches(ours, text)).toEqual(matches(plain, text));
      const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 30 }).map((parts) => parts.join(''));
      fc.assert(
        fc.property(text, (t) => {
          expect(matches(ours, t)).toEqual(matches(plain, t));
        }),
        { numRuns: 2000 },
      );
    });
  }
});
