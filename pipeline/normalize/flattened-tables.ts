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
 */
import { COLUMN_CELL } from '../segment/patterns.js';
import { isBlank, type Line } from './lines.js';

export interface FlattenedTables {
  /** Every line of such a table, its labels included. */
  cells: Set<number>;
  /** The lines that start a row (the first label starts the header row). */
  rowStarts: Set<number>;
}

const TOTAL = /^(?:sub-?total|grand\s+total|total)\s*:?$/i;

export function flattenedTables(lines: readonly Line[]): FlattenedTables {
  const found: FlattenedTables = { cells: new Set(), rowStarts: new Set() };
  for (let k = 0; k + 2 < lines.length; k++) {
    if (!isLabel(lines[k]!) || !isLabel(lines[k + 1]!) || !isLabel(lines[k + 2]!)) continue;
    let labels = k;
    while (labels < lines.length && isLabel(lines[labels]!)) labels++;
    const width = labels - k;
    const numbered = /^(?:No\.|#)$/.test(lines[k]!.text.trim());
    found.rowStarts.add(lines[k]!.index);
    let expected = 1;
    let inRow = width; // cells since the row's start: the header row is full
    let end = k;
    for (; end < lines.length && !isBlank(lines[end]!); end++) {
      const line = lines[end]!;
      found.cells.add(line.index);
      if (end < labels) continue;
      const text = line.text.trim();
      const starts = TOTAL.test(text) || (numbered ? text === String(expected) : inRow >= width);
      if (starts) {
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

const isLabel = (line: Line): boolean => line.text.length <= 24 && COLUMN_CELL.test(line.text.trim());
