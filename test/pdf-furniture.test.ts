/**
 * PDF page furniture (pipeline/normalize/furniture.ts): a line repeated at the edge of most pages is a
 * running header, except the document symbol at the head of the first page, which is the cover's own.
 */
import { describe, expect, it } from 'vitest';
import { findFurniture } from '../pipeline/normalize/furniture.js';
import { splitLines } from '../pipeline/normalize/lines.js';

function pagesOf(pages: string[]): { raw: string; starts: number[] } {
  const starts: number[] = [];
  let raw = '';
  for (const page of pages) {
    starts.push(raw.length);
    raw += page + '\n\n';
  }
  return { raw, starts };
}

const body = (n: number) => `Paragraph ${n} of the note goes on with its text about the secretariat's work.\nIt has a second line.`;

describe('PDF page furniture', () => {
  it('keeps the cover symbol of the first page and drops its repeats as running headers', () => {
    const { raw, starts } = pagesOf([
      `COASTAL STATES COMMISSION\tDistr.: GENERAL\nCSC/EB.3/7\n2 May 2031\n\n${body(1)}`,
      `CSC/EB.3/7\n2\n${body(2)}`,
      `CSC/EB.3/7\n3\n${body(3)}`,
      `CSC/EB.3/7\n4\n${body(4)}`,
    ]);
    const lines = splitLines(raw, starts);
    const dropped = findFurniture(lines, starts.length);
    const symbolLines = lines.filter((l) => l.text.trim() === 'CSC/EB.3/7');
    expect(symbolLines).toHaveLength(4);
    expect(dropped.has(symbolLines[0]!.index)).toBe(false);
    for (const line of symbolLines.slice(1)) expect(dropped.has(line.index)).toBe(true);
  });

  it('drops a running title repeated at the head of every page, the first page too', () => {
    const { raw, starts } = pagesOf([`Fisheries Agency Annual Report\n${body(1)}`, `Fisheries Agency Annual Report\n${body(2)}`, `Fisheries Agency Annual Report\n${body(3)}`]);
    const lines = splitLines(raw, starts);
    const dropped = findFurniture(lines, starts.length);
    for (const line of lines.filter((l) => l.text === 'Fisheries Agency Annual Report')) expect(dropped.has(line.index)).toBe(true);
  });
});
