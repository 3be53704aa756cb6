// extractors/event/tokens.ts: the character-by-character tokenizer gives exactly the tokens of its regex.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeByRegex } from '../extractors/event/tokens.js';

const CASES = [
  'A workshop was held in Lima, Peru, on 3-4 May 2014.',
  "The OAS’s co-hosted seminar (CICTE/CICAD) trained 25 officers' staff -- and then some.",
  'rock ’n’ roll; ‘quoted’ - dash - end-',
  'Ñandú São Tomé Łódź Αθήνα Москва 東京 ١٢٣ ²',
  'Cafe\u0301 combining: e\u0301t\u0301e\u0301',
  'Math 𝐀𝐁 letters, emoji 🎉 and pairs-𝐀 end',
  "x-'y a''b a--b -a- 'a' a-1 1-a 12,500 3.5",
  '',
  '   ',
];

describe('event tokens', () => {
  it('are the regex tokens, offsets, gaps and lower case included', () => {
    for (const text of CASES) {
      expect(tokenize(text, 0, text.length)).toEqual(tokenizeByRegex(text, 0, text.length));
      // A stretch inside a longer text: words are cut at its ends, offsets stay in the text.
      const from = Math.min(3, text.length);
      const to = Math.max(from, text.length - 4);
      expect(tokenize(text, from, to)).toEqual(tokenizeByRegex(text, from, to));
    }
  });
  it('are the regex tokens on every line of the fixture texts', () => {
    const dir = join(import.meta.dirname, '../fixtures/texts');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join(dir, name), 'utf8');
      for (let at = 0; at < text.length; ) {
        const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at) + 1;
        expect(tokenize(text, at, end)).toEqual(tokenizeByRegex(text, at, end));
        at = end;
      }
    }
  });
  it('reads a word in pieces where the regex would, and never past the stretch', () => {
    const text = 'pre-workshop sessions';
    expect(tokenize(text, 0, 12).map((t) => t.text)).toEqual(['pre-workshop']);
    expect(tokenize(text, 0, 5).map((t) => t.text)).toEqual(['pre-w']);
    expect(tokenize(text, 0, 4).map((t) => t.text)).toEqual(['pre']);
    expect(tokenize(text, 4, 21).map((t) => [t.start, t.gap])).toEqual([[4, ''], [13, ' ']]);
  });
});
