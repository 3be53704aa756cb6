/**
 * A table row's cells. Word processors and PDF text export set a table's columns apart with tabs,
 * or with runs of spaces ("Port inspection      4-8 March 2024      Tromsø, Norway      22"); a
 * single space is a word gap inside a cell. Offsets are relative to the line (add its start).
 */
export interface Cell {
  start: number;
  end: number;
  text: string;
}

/** Between two cells: one or more tabs (with any spaces around them), or two spaces or more. */
const GAP = /[ ]*\t[\t ]*| {2,}/g;

/** Whether a line has a cell gap at all (cheap test before splitting). */
export const hasCellGap = (line: string): boolean => line.includes('\t') || line.includes('  ');

/** The non-empty cells of one line, trimmed, with their offsets in the line. */
export function cellsOfLine(line: string): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  const push = (a: number, b: number) => {
    while (a < b && line[a] === ' ') a++;
    while (b > a && line[b - 1] === ' ') b--;
    if (b > a) cells.push({ start: a, end: b, text: line.slice(a, b) });
  };
  GAP.lastIndex = 0;
  for (let m = GAP.exec(line); m; m = GAP.exec(line)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, line.length);
  return cells;
}

/** A cell that reads as running text: a sentence break inside, or too long for a table. */
const PROSE_CELL = (c: Cell) => c.text.length > 80 || /[.!?]\s+\p{Lu}/u.test(c.text);

/** Whether a one-line text is a row of three cells or more (not sentences set apart by two spaces). */
export function isRowLine(text: string): boolean {
  if (!hasCellGap(text) || text.includes('\n')) return false;
  const cells = cellsOfLine(text);
  return cells.length >= 3 && !cells.some(PROSE_CELL);
}
