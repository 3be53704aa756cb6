/**
 * A table exported one cell a line that runs over a page break in PDF text: a lone figure at the
 * page's edge is the next row's number where the row above it is full and the number follows in
 * sequence (kept as a cell), else a page number (dropped as furniture).
 */
import { describe, expect, it } from 'vitest';
import { createDoc, type Page } from '../pipeline/document.js';
import { normalize } from '../pipeline/normalize/index.js';
import { PAGE_SEPARATOR } from '../pipeline/parse/parse-pdf.js';

function pdfView(pages: string[]): string {
  const raw = pages.join(PAGE_SEPARATOR);
  const spans: Page[] = [];
  let at = 0;
  for (const [i, text] of pages.entries()) {
    spans.push({ number: i + 1, start: at, end: at + text.length });
    at += text.length + PAGE_SEPARATOR.length;
  }
  const doc = createDoc({ path: 'test.pdf', format: 'pdf', raw, sha256: '', bytes: raw.length, pages: spans });
  normalize(doc);
  return doc.view.text;
}

const PAGE_ONE = ['HA/doc.7/32', 'HARBOUR ACADEMY', 'Report of activities 2031', '', 'The Academy gave three courses for port police in 2031.', '', 'No.', 'Activity', 'Dates', 'Venue', '1', 'Boarding course', '3–5 May', 'Callao'];
const PAGE_TWO = ['HA/doc.7/32', '- 2 -', '', 'Radar course', '9–11 June', 'Paita', '3', 'Diving course', '1–4 July', 'Chimbote', '', 'The Academy will repeat them in 2032.'];

describe('a flattened table over a page break', () => {
  it('keeps the next row number at the foot of the page as a cell', () => {
    const view = pdfView([[...PAGE_ONE, '2'].join('\n'), PAGE_TWO.join('\n')]);
    expect(view).toContain('1\tBoarding course\t3–5 May\tCallao\n2\tRadar course\t9–11 June\tPaita\n3\tDiving course');
  });

  it('keeps the row number at the head of the next page as a cell', () => {
    const view = pdfView([PAGE_ONE.join('\n'), ['HA/doc.7/32', '- 2 -', '', '2', ...PAGE_TWO.slice(3)].join('\n')]);
    expect(view).toContain('2\tRadar course\t9–11 June\tPaita');
  });

  it('drops a page number out of sequence at the foot of the page', () => {
    const view = pdfView([[...PAGE_ONE, '2', 'Radar course', '9–11 June', 'Paita', '7'].join('\n'), ['HA/doc.7/32', '- 2 -', '', ...PAGE_TWO.slice(6)].join('\n')]);
    expect(view).toContain('2\tRadar course\t9–11 June\tPaita\n3\tDiving course');
    // the page number 7 is gone (the cover's own symbol "HA/doc.7/32" at the head of page 1 stays: pdf-furniture.test.ts)
    expect(view).not.toMatch(/(?:^|\s)7(?:\s|$)/);
    expect(view.startsWith('HA/doc.7/32\n')).toBe(true);
    expect(view.match(/HA\/doc\.7\/32/g)).toHaveLength(1);
  });

  it('drops a page number under a row that is not full yet', () => {
    const view = pdfView([[...PAGE_ONE.slice(0, -1), '2'].join('\n'), ['HA/doc.7/32', '- 2 -', '', 'Callao', ...PAGE_TWO.slice(3)].join('\n')]);
    expect(view).toContain('1\tBoarding course\t3–5 May\tCallao');
    expect(view).not.toMatch(/(?:^|\s)2(?:\s|$)/);
  });
});
