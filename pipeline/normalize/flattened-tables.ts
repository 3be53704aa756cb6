/**
 * Tables exported one cell a line (Word or PDF to text): "No." / "Activity" / "Dates" / "Venue" /
 * "Participants" / "1" / "Course on …" / "22–26 January" / "Kigali, Rwanda" / "16" / …. Three column
 * labels or more on consecutive lines open one; it runs to the next blank line. Its lines are cells:
 * a lone figure is a participants cell, not a page number, and no cell is a wrapped line of the one
 * before it (nor the first label of the caption above).
 */
import { COLUMN_CELL } from '../segment/patterns.js';
import { isBlank, type Line } from './lines.js';

/** Indices of the lines of every table flattened one cell a line, its header labels included. */
export function flattenedTableLines(lines: readonly Line[]): Set<number> {
  const cells = new Set<number>();
  for (let k = 0; k + 2 < lines.length; k++) {
    if (!isLabel(lines[k]!) || !isLabel(lines[k + 1]!) || !isLabel(lines[k + 2]!)) continue;
    let end = k;
    while (end < lines.length && !isBlank(lines[end]!)) cells.add(lines[end++]!.index);
    k = end;
  }
  return cells;
}

const isLabel = (line: Line): boolean => line.text.length <= 24 && COLUMN_CELL.test(line.text.trim());
