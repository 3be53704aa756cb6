/**
 * upperRatio and isCaps count letters character by character against a table: they must give what
 * the regex versions gave (every `\p{L}` matched, each compared with its case mappings), on every
 * line of the fixture texts and on lines written for the edge cases (ß, titlecase ǅ, Greek, İ,
 * letters outside the BMP, no letters at all).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCaps, upperRatio } from '../pipeline/segment/heading-style.js';

function regexRatio(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  return letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length / letters.length;
}
function regexIsCaps(text: string): boolean {
  const first = text.split(/\s+/).filter(Boolean)[0] ?? '';
  return (regexRatio(text) >= 0.6 && (text.match(/\p{L}/gu)?.length ?? 0) >= 4) || /^\p{Lu}{7,}$/u.test(first);
}

const WRITTEN = ['', '123 456', 'ANNUAL REPORT', 'Annual Report', 'STRASSE ß', 'ǅEMAL ǄEMAL', 'ΕΛΛΆΔΑ Ελλάδα', 'İSTANBUL', '𝐀𝐁𝐂 ABC', 'ABC 𝐚', 'AbC', 'ÉTAT DES LIEUX', 'ﬁ ﬂ'];

describe('letter counts of heading styles', () => {
  it('match the regex versions on written lines', () => {
    for (const line of WRITTEN) {
      expect(upperRatio(line), line).toBe(regexRatio(line));
      expect(isCaps(line), line).toBe(regexIsCaps(line));
    }
  });
  it('match them on every fixture line', () => {
    const dir = join(import.meta.dirname, '..', 'fixtures', 'texts');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      for (const line of readFileSync(join(dir, name), 'utf8').split(/\r?\n/)) {
        expect(upperRatio(line)).toBe(regexRatio(line));
        expect(isCaps(line)).toBe(regexIsCaps(line));
      }
    }
  });
});
