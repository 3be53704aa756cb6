/**
 * Tables exported one cell a line (Word or PDF to text): "No." / "Activity" / "Dates" / "Venue" /
 * "Participants" / "1" / "Course on …" / "22–26 January" / "Kigali, Rwanda" / "16" / …. Three column
 * labels or more on consecutive lines open one; it runs to the next blank line. The view reads it as
 * the table it was, one row a line and its cells set apart by tabs, so that every later stage reads
 * it as a tab table: a lone figure is a participants cell (not a page number), a cell is no heading
 * and no wrapped line of the one before it.
 *
 * Rows: where the first label is a row number's ("No.", "#"), a row starts at the next number in
 * sequence (1, 2, 3 …); else every as many cells as there are labels. A "Total" cell starts a row too.
 *
 * Breaks that do not end a table:
 * - the blank line between two paragraphs where a format sets every paragraph apart so (a Word
 *   table read as text gives each cell a paragraph of its own): `gap` blank lines in a row;
 * - a page break (page furniture, or the page changing, with the blank lines around it) where the
 *   table goes on at the next page: its header has more labels, its row is not full yet, or the next
 *   row's number or "Total" follows.
 */
import { COLUMN_CELL } from '../segment/patterns.js';
import { isBlank, type Line } from './lines.js';

export interface FlattenedTables {
  /** Every line of such a table, its labels included. */
  cells: Set<number>;
  /** The lines that start a row (the first label starts the header row). */
  rowStarts: Set<number>;
}

export interface TableBreaks {
  /** Blank lines in a row that only part two paragraphs (1 in a Word document's text, else 0). */
  gap: number;
  /** Page furniture lines (running headers, page numbers, the symbol block): a page break. */
  furniture: ReadonlySet<number>;
  /**
   * Furniture lines that are a lone figure (read as a page number at a page's edge): the number of
   * the next row where a numbered table's row ends just above it ("… / 16 / INTERPOL / 2", then the
   * page break, then "Workshop on …"); else furniture.
   */
  rowNumbers?: ReadonlySet<number>;
}

const TOTAL = /^(?:sub-?total|grand\s+total|total)\s*:?$/i;
const NO_LINES: ReadonlySet<number> = new Set();
const NO_BREAKS: TableBreaks = { gap: 0, furniture: new Set() };

export function flattenedTables(lines: readonly Line[], breaks: TableBreaks = NO_BREAKS): FlattenedTables {
  const found: FlattenedTables = { cells: new Set(), rowStarts: new Set() };
  const { flow, pageBreakBefore } = flowOf(lines, breaks);
  const rowNumbers = breaks.rowNumbers ?? NO_LINES;
  for (let k = 0; k + 2 < flow.length; k++) {
    if (!isLabel(flow[k]!) || !isLabel(flow[k + 1]!) || !isLabel(flow[k + 2]!)) continue;
    let labels = k;
    while (labels < flow.length && isLabel(flow[labels]!)) labels++;
    const width = labels - k;
    const numbered = /^(?:No\.|#)$/.test(flow[k]!.text.trim());
    found.rowStarts.add(flow[k]!.index);
    let expected = 1;
    let inRow = width; // cells since the row's start: the header row is full
    let end = k;
    for (; end < flow.length && !isBlank(flow[end]!); end++) {
      const line = flow[end]!;
      const text = line.text.trim();
      // a figure at the page's edge: the next row's number only where the row before it is full and the number follows
      if (rowNumbers.has(line.index) && !(numbered && text === String(expected) && inRow >= width && end >= labels)) continue;
      const startsRow = TOTAL.test(text) || (numbered ? text === String(expected) : inRow >= width);
      // across a page break the table goes on only where it plainly does
      if (end > k && pageBreakBefore.has(end) && !(end < labels || inRow < width || TOTAL.test(text) || (numbered && text === String(expected)))) break;
      found.cells.add(line.index);
      if (end < labels) continue;
      if (startsRow) {
        found.rowStarts.add(line.index);
        if (numbered && text === String(expected)) expected++;
        inRow = 0;
      }
      inRow++;
    }
    k = end;
  }
  return found;
}

/**
 * The lines a table's scan reads: furniture left out, blank lines of a paragraph gap left out, a
 * page break marked on the line after it; any other run of blank lines kept as one blank line.
 */
function flowOf(lines: readonly Line[], { gap, furniture, rowNumbers = NO_LINES }: TableBreaks): { flow: Line[]; pageBreakBefore: Set<number> } {
  const flow: Line[] = [];
  const pageBreakBefore = new Set<number>();
  let blanks: Line[] = [];
  let crossed = false; // furniture since the last line kept
  let last: Line | undefined;
  for (const line of lines) {
    // a lone figure that may be a row's number stays in the flow, a page break after it all the same
    const figure = rowNumbers.has(line.index);
    if (furniture.has(line.index) && !figure) {
      crossed = true;
      continue;
    }
    if (isBlank(line)) {
      blanks.push(line);
      continue;
    }
    const pageBreak = crossed || (last !== undefined && last.page !== line.page);
    if (pageBreak && last !== undefined) pageBreakBefore.add(flow.length);
    else if (blanks.length > gap) flow.push(blanks[0]!);
    blanks = [];
    crossed = figure;
    last = line;
    flow.push(line);
  }
  if (blanks.length > 0) flow.push(blanks[0]!);
  return { flow, pageBreakBefore };
}

const isLabel = (line: Line): boolean => line.text.length <= 24 && COLUMN_CELL.test(line.text.trim());
