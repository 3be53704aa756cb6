// extractors/place/lowercase-words.ts: a word is "written in lower case" in a text exactly when
// LOWERCASE_WORD, its definition, matches it there; the search per word must agree with the regex
// on every text, surrogate pairs included.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOWERCASE_WORD, lowercaseWords } from '../extractors/place/lowercase-words.js';
import { ROOT } from './helpers.js';

/** The words LOWERCASE_WORD finds in `text`. */
const byRegex = (text: string): Set<string> => new Set(text.match(LOWERCASE_WORD) ?? []);

/** Every a–z run of the text, and the same words with a letter more or less: the words worth asking about. */
function candidates(text: string): string[] {
  const runs = text.match(/[a-z]+/g) ?? [];
  return [...new Set([...runs, ...runs.map((w) => w.slice(1)), ...runs.map((w) => `${w}s`), 'santiago', 'Lima', 'bogotá', ''])];
}

describe('lower-case words of a document', () => {
  it('answers as the regex on hand-made cases', () => {
    const text = 'Santiago met in santiago; lima-based, LIMA, Limaé, élima, xlima, 𝐀lima, lima𝐀, lima🎉 and (ocean) city.';
    const words = lowercaseWords(text);
    expect(words.has('santiago')).toBe(true);
    expect(words.has('lima')).toBe(true); // "lima-based"
    expect(words.has('ocean')).toBe(true);
    expect(words.has('city')).toBe(true);
    expect(words.has('Santiago')).toBe(false); // not all a–z
    expect(words.has('based')).toBe(true);
    expect(words.has('ima')).toBe(false); // only inside longer words
    expect(words.has('')).toBe(false);
    for (const w of candidates(text)) expect(words.has(w), w).toBe(byRegex(text).has(w));
  });

  it('answers as the regex on the fixture texts', () => {
    for (const dir of ['fixtures/texts', 'fixtures/heldout/texts']) {
      const folder = join(ROOT, dir);
      for (const name of readdirSync(folder).filter((n) => n.endsWith('.txt'))) {
        const text = readFileSync(join(folder, name), 'utf8');
        const words = lowercaseWords(text);
        const expected = byRegex(text);
        for (const w of candidates(text)) expect(words.has(w), `${name}: ${w}`).toBe(expected.has(w));
      }
    }
  });

  it('answers as the regex on any string of tricky characters', () => {
    const parts = ['lima', 'li', 'ma', 'a', 'x', 'L', 'É', 'é', ' ', '-', '\n', '’', '2', '𝐀', '🎉', '\ud835', '\udc00', 'ж', '\u0301'];
    const text = fc.array(fc.constantFrom(...parts), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const words = lowercaseWords(t);
        const expected = byRegex(t);
        for (const w of candidates(t)) expect(words.has(w)).toBe(expected.has(w));
      }),
      { numRuns: 5000 },
    );
  });
});
