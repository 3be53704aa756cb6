/**
 * The running-title key (pipeline/normalize/running-headers.ts) skips its two replacements where
 * they cannot change the line: it must give what the plain chain of trim, replace, replace and
 * toLowerCase gives, on every line of the fixture texts and on lines written for the edge cases
 * (page numbers at either end, "Page"/"PAGE", long digit runs, tabs, no-break and other spaces).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../pipeline/normalize/lines.js';
import { withoutPageNumber } from '../pipeline/normalize/running-headers.js';

const plain = (text: string): string => text.trim().replace(/^(?:page\s+)?\d{1,4}\s{2,}|\s+(?:page\s+)?\d{1,4}$/i, '').replace(/\s+/g, ' ').toLowerCase();

const WRITTEN = [
  '', ' ', '7', 'Fisheries Commission — Activity Report 2021     7', '12   Fisheries Commission', 'Page 3   Annual Report',
  'Annual Report page 3', 'Annual Report PAGE\t3', 'Annual report 12345', 'Annual report\u00a0 4', 'a\tb', 'a  b', 'a \u2003b',
  'p. 12', 'pages 3', 'Report 2021 7', '  Key activities  ', 'İSTANBUL Office  9', 'x\u00a0y', '3  ', 'page', '1234  x', '12345  x',
];

describe('running-title key', () => {
  it('equals the plain replacement chain on written lines', () => {
    for (const line of WRITTEN) expect(withoutPageNumber(line), JSON.stringify(line)).toBe(plain(line));
  });
  it('equals it on every line of the fixture texts', () => {
    const dir = join(import.meta.dirname, '..', 'fixtures', 'texts');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      for (const line of splitLines(readFileSync(join(dir, name), 'utf8'))) expect(withoutPageNumber(line.text)).toBe(plain(line.text));
    }
  });
});
