/**
 * Contents lists (ANNOTATION.md §3, issue 17 class 1): under a label ("Contents", "Table of
 * contents", "Index", "In this issue"), lines that end in a page number ("III. FINDINGS 12",
 * "B. Border controls ........ 21"), or bullet items. The list is one block of kind `contents`;
 * its label is a heading; its entries never are. The entries' titles (page numbers and leaders
 * cut off) are kept, so the real headings later in the document can be recognized by them.
 */
import { BULLET } from './patterns.js';
import type { ViewLine } from './view-lines.js';
import { isLetterOrNumber } from '../../extractors/text/char-classes.js';

export const CONTENTS_LABEL = /^(?:table\s+of\s+contents|contents|summary\s+of\s+contents|index|in\s+this\s+issue|inside\s+this\s+issue|índice|contenido|sommaire|table\s+des\s+matières)\s*:?(?:\s+(?:page|pages|pág(?:ina)?s?\.?|p\.))?$/i;
/** The page column's header at the end of a contents label ("CONTENTS      Page"): not part of the label. */
export const PAGE_COLUMN = /\s+(?:page|pages|pág(?:ina)?s?\.?|p\.)$/i;
const PAGE_REF = /(?:\s*(?:\.\s*){2,}|\s*…+\s*|\s+)(?:\d{1,4}|[ivxlc]{1,6})$/;
/** A part's label with no title of its own: "Annex", "Annex II", "Appendix A", "Chapter 3", "Part two". */
const PART_LABEL_ALONE = /^(?:annex(?:es)?|appendix|appendices|attachment|chapter|part)(?:\s+(?:[IVXLC]+|\d{1,3}|[A-Z]|one|two|three|four|five|six))?\.?$/i;
const PAGE_HEADER = /^(?:page|pages|pág(?:ina)?s?\.?|p\.)$/i;

export interface ContentsList {
  /** Index of the label line. */
  label: number;
  /** Indices of the first and last line of the list (after the label), inclusive. */
  first: number;
  last: number;
  /** Entry titles without page numbers or leaders, in order. */
  entries: string[];
  /** Each entry's depth in the list by its indentation (0: the least indented), parallel to `entries`. */
  depths: number[];
}

/** Leading white space of the line at `start` in `text` (a tab counts four). */
function indentAt(text: string, start: number): number {
  let width = 0;
  for (let k = start - 1; k >= 0 && (text[k] === ' ' || text[k] === '\t'); k--) width += text[k] === '\t' ? 4 : 1;
  return width;
}

/** The contents list whose label is line `i`, when it is one (two entries at least). */
export function contentsAt(lines: readonly ViewLine[], i: number, text = ''): ContentsList | undefined {
  if (!CONTENTS_LABEL.test(lines[i]!.text)) return undefined;
  const entries: string[] = [];
  const indents: number[] = [];
  const entry = (title: string, k: number) => {
    entries.push(title);
    indents.push(indentAt(text, lines[k]!.start));
  };
  let last = i;
  let bullets = false;
  for (let k = i + 1; k < lines.length; k++) {
    const line = lines[k]!.text;
    if (PAGE_HEADER.test(line)) {
      last = k;
      continue;
    }
    const page = PAGE_REF.exec(line);
    if (page && /\p{L}{2}/u.test(line.slice(0, page.index)) && !bullets) {
      entry(line.slice(0, page.index).trim(), k);
      last = k;
      continue;
    }
    // An entry wrapped onto the next line, which carries the page number.
    const next = lines[k + 1];
    // (it goes on in lower case, or with a bare number that ends the title: "Activities planned for" / "2024 ........ 12",
    // or a title in capitals goes on in capitals with no entry label of its own: "IV. MEETINGS SERVICED BY THE SECRETARIAT" / "IN 2024-2025 ...... 6")
    if (!bullets && next && (/^\p{Ll}/u.test(next.text) || /^\d{1,4}$/.test(next.text.replace(PAGE_REF, '').trim()) || (!lines[k]!.gap && !next.gap && capitalsGoOn(line, next.text))) && PAGE_REF.test(next.text) && line.length < 120 && !/[.;]$/.test(line)) {
      entry(`${line} ${next.text.replace(PAGE_REF, '')}`.trim(), k);
      last = ++k;
      continue;
    }
    // A part's label alone ("Annex", "Annex II", "Chapter 3") over the line with its title and page number: one entry.
    if (!bullets && next && PART_LABEL_ALONE.test(line) && PAGE_REF.test(next.text) && /\p{L}{2}/u.test(next.text.replace(PAGE_REF, ''))) {
      entry(`${line} ${next.text.replace(PAGE_REF, '')}`.trim(), k);
      last = ++k;
      continue;
    }
    if ((entries.length === 0 || bullets) && BULLET.test(line) && !(bullets && lines[k]!.gap)) {
      bullets = true;
      entry(line.replace(BULLET, '$<body>').trim(), k);
      last = k;
      continue;
    }
    break;
  }
  if (entries.length === 0) plainEntries(lines, i, entries, (k) => (last = k));
  if (entries.length < 2) return undefined;
  while (indents.length < entries.length) indents.push(0);
  const widths = [...new Set(indents)].sort((a, b) => a - b);
  return { label: i, first: i + 1, last, entries, depths: indents.map((w) => widths.indexOf(w)) };
}

/** An entry's own label: "III.", "B.", "2.1", "(a)", "Annex", "Chapter 3". */
const ENTRY_LABEL = /^(?:(?:[IVXLC]+|[A-Z]|\d{1,3}(?:\.\d{1,3})*)[.)](?:\s|$)|\(\w{1,4}\)\s|(?:annex|appendix|chapter|part)\b)/i;
const inCapitals = (text: string): boolean => /\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text);

/**
 * A title in capitals whose next line, in capitals too, opens on no label of its own and ends on a
 * page number (not a year: "ANNUAL REPORT 2025" under the body's name is a title block): the title goes on there.
 */
function capitalsGoOn(line: string, next: string): boolean {
  const page = PAGE_REF.exec(next);
  if (!page || /\d{4}$/.test(page[0])) return false;
  const title = next.slice(0, page.index);
  return inCapitals(line) && inCapitals(title) && !ENTRY_LABEL.test(title.trim());
}

/**
 * Entries with neither page numbers nor bullet markers (a list whose markers the Word export
 * dropped): the short title-like lines right under the label, up to the next blank line.
 */
function plainEntries(lines: readonly ViewLine[], i: number, entries: string[], setLast: (k: number) => void): void {
  let k = i + 1;
  const found: string[] = [];
  while (k < lines.length && (k === i + 1 || !lines[k]!.gap) && lines[k]!.text.length <= 120 && !/[.;:]$/.test(lines[k]!.text)) found.push(lines[k++]!.text);
  if (found.length < 2 || (k < lines.length && !lines[k]!.gap)) return;
  entries.push(...found);
  setLast(k - 1);
}

/** The key a contents entry and the heading it lists share: case, spaces and punctuation folded. */
export const entryKey = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Whether `text` holds more than `n` letters and digits of the BMP. Its entryKey keeps each of them
 * (lower-cased into at least one letter or digit: test/segment-contents-key.test.ts checks every
 * BMP character), so a line with more than the longest listed key has no key in the list, and its
 * key (a regex over the whole line, asked of every paragraph of a report with contents) is not made.
 */
export function moreWordCharsThan(text: string, n: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isLetterOrNumber(text.charCodeAt(i)) && ++count > n) return true;
  return false;
}
