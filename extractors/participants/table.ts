/**
 * Figures in a table's participants column: a header row (tabs, or wide gaps of spaces) with a "Participants" cell
 * ("No.  Activity  Dates  Venue  Participants"), then rows whose cell in that column is a bare
 * number (a total row too). The header may be a block of its own, so the column is kept in the
 * document's state until a line that is no table row ends the table.
 */
import type { ExtractContext, Found } from '../types.js';
import { COLUMN_HEADER } from '../../pipeline/segment/patterns.js';
import { cellsOfLine } from '../text/cells.js';
import { MAX_PARTICIPANTS } from './cap.js';

export const TABLE_RULE = {
  id: 'participants/table-column',
  description: 'a bare number in the participants column of a table set apart by tabs or wide gaps ("… Paramaribo, Suriname  26")',
};

const KEY = 'participants/table';
const HEADER = /^\s*(?:participants|attendees|trainees|beneficiaries|attendance|(?:number|no\.?)\s+of\s+(?:participants|attendees|trainees|people|persons)|(?:people|persons|officials|officers)\s+trained)\s*$/i;
/** A word every HEADER cell holds: the cheap test before a line is split into cells. */
const HEADER_WORD = /participants|attendees|trainees|beneficiaries|attendance|people|persons|officials|officers/i;
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+|\d{1,5}`;
const FIGURE = new RegExp(`^(\\s*)(${NUMBER})\\s*$`);
const FIGURE_FIRST = new RegExp(`^(\\s*)(${NUMBER})(?= )`);
const FIGURE_LAST = new RegExp(`( )(${NUMBER})\\s*$`);

/** A figure with its breakdown in brackets that adds up to it: "24 (15 M / 9 F)", "42 (19 + 23)", "39 (9 on site, 30 online)". */
const BROKEN_DOWN = new RegExp(`^(\\s*)(${NUMBER})\\s*\\(([^()]*)\\)\\s*$`);
const NUMBERS = new RegExp(NUMBER, 'g');
/** A column that splits the participants by sex ("Women", "Men", "Female", "of whom women"): its figures are a breakdown of them. */
const SEX_HEADER = /^\s*(?:(?:of\s+(?:whom|which)\s+)?(?:women|men|females?|males?))\s*$/i;
/** A total row's label cell. */
const TOTAL_CELL = /^\s*(?:sub-?total|grand\s+total|total)\s*:?\s*$/i;

const toNumber = (figure: string): number => Number(figure.replace(/,/g, ''));
const plausible = (value: number): boolean => value > 0 && value <= MAX_PARTICIPANTS;

/**
 * The figures of one cell of a participants column at `offset`: a bare number, or a number and a
 * breakdown in brackets that adds up to it (the total and each part). Returns whether it held any.
 */
function cellFigures(cell: string, offset: number, out: Found[]): boolean {
  const bare = FIGURE.exec(cell);
  if (bare) {
    const value = toNumber(bare[2]!);
    if (!plausible(value)) return false;
    const start = offset + bare[1]!.length;
    out.push({ start, end: start + bare[2]!.length, value, rule: TABLE_RULE.id });
    return true;
  }
  const m = BROKEN_DOWN.exec(cell);
  if (!m) return false;
  const total = toNumber(m[2]!);
  const parts = [...m[3]!.matchAll(NUMBERS)];
  if (!plausible(total) || parts.length < 2 || parts.reduce((sum, p) => sum + toNumber(p[0]), 0) !== total) return false;
  const start = offset + m[1]!.length;
  out.push({ start, end: start + m[2]!.length, value: total, rule: TABLE_RULE.id });
  const inner = offset + cell.indexOf('(', start - offset + m[2]!.length) + 1;
  for (const p of parts) out.push({ start: inner + p.index!, end: inner + p.index! + p[0].length, value: toNumber(p[0]), rule: TABLE_RULE.id });
  return true;
}

interface Column {
  index: number;
  cells: number;
  /** Columns that split the participants by sex, as indices (tabs) or counted from the row's end (spaces). */
  sexes?: number[];
  /** Set apart by spaces, not tabs: empty cells leave no trace, so the column is counted from the row's end. */
  fromEnd?: number;
  /** A table whose column gaps were closed (PDF text): "Activity Dates Venue Participants", each row's figure at its end. */
  spaced?: true;
  /** The last line of a closed-gap table gave no figure and ends no sentence: the row may wrap onto the next. */
  wrapped?: true;
  /** A closed-gap table whose participants column has one column of names after it (partners, donors): the figure comes before the row's last words. */
  trailing?: true;
  /** Lines a row has wrapped onto so far: a closed-gap row with a trailing column (its cells of names wrap on both sides), or a tab row's cells under it. */
  wraps?: number;
}

/**
 * One line of a table whose columns are set apart by runs of spaces (PDF text export): a header
 * with a participants cell starts the column; a row of two cells or more gives the figure in that
 * column counted from its end (a cell left empty, or two cells run together on the left, do not
 * move it). Returns the column still open after the line.
 */
function spacedLine(line: string, at: number, column: Column | undefined, out: Found[]): Column | undefined {
  // no column open: only a header can open one, and a header names its people (most lines here are sentences set apart by two spaces)
  if (column?.fromEnd === undefined && !HEADER_WORD.test(line)) return undefined;
  const cells = cellsOfLine(line);
  const header = cells.length >= 3 ? cells.findIndex((c) => HEADER.test(c.text)) : -1;
  if (header >= 0) {
    const sexes = cells.flatMap((c, k) => (k !== header && SEX_HEADER.test(c.text) ? [cells.length - 1 - k] : []));
    return { index: header, cells: cells.length, fromEnd: cells.length - 1 - header, sexes };
  }
  if (column?.fromEnd === undefined) return undefined;
  // a cell wrapped onto a line of its own under its row ("     for first responders"): the table goes on; running text ends it
  if (cells.length < 2) return cells.length === 1 && line.trim().length <= 60 ? column : undefined;
  for (const fromEnd of [column.fromEnd, ...(column.sexes ?? [])]) {
    const k = cells.length - 1 - fromEnd;
    if (k > 0) cellFigures(cells[k]!.text, at + cells[k]!.start, out);
  }
  return column;
}

/** A closed-gap header row whose last label is the participants column. */
const SPACED_HEADER = /(?:^|\s)(?:participants|attendees|trainees|beneficiaries)\s*$/i;
/** A closed-gap row's figure at its end, or a dash for none. */
const SPACED_FIGURE = new RegExp(`\\s(${NUMBER})\\s*$`);
const SPACED_NONE = /\s[–—-]\s*$/;
/** A closed-gap header whose participants column has one column of names after it: "… Participants Partners". */
const SPACED_HEADER_TRAILING = /(?:^|\s)(?:participants|attendees|trainees|beneficiaries)\s+(?:partners?|donors?|organi[sz]ers?|funding|funded\s+by)\s*$/i;
/** Such a row's figure (or dash), then the names of the last column, with no figure in them, or a dash for none: "… Mombasa, Kenya 22 GIZ", "… Online 48 EU", "… Online 24 -". */
const TRAILING_FIGURE = new RegExp(`\\s(${NUMBER})\\s+(?:\\p{Lu}[^\\d\\t]{0,60}|[–—-])$`, 'u');
const TRAILING_NONE = /\s[–—-]\s+\p{Lu}[^\d\t]{0,60}$/u;
/** A line ending a sentence (a table's note, a paragraph after the table): no wrapped row. */
const SENTENCE_END = /[.!?:;]["'”’)]?\s*$/;

/**
 * Whether a line under a row of a tab table holds that row's wrapped cells: fewer cells than a row,
 * short ones, no figure (a figure would open a row of its own), no sentence; two such lines at most.
 */
function wrappedCells(line: string, cells: readonly string[], column: Column): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  if ((column.wraps ?? 0) >= 2 || filled.length === 0 || filled.length >= column.cells - 1) return false;
  return filled.every((c) => c.trim().length <= 40 && !FIGURE.test(c)) && !SENTENCE_END.test(line) && !TOTAL_CELL.test(filled[0]!);
}

export function tableFigures(text: string, ctx: Pick<ExtractContext, 'state'>): Found[] {
  const out: Found[] = [];
  let column = ctx.state.get(KEY) as Column | undefined;
  let at = 0;
  for (const line of text.split('\n')) {
    if (!line.includes('\t') && COLUMN_HEADER.test(line.trim()) && (SPACED_HEADER.test(line) || SPACED_HEADER_TRAILING.test(line))) {
      column = SPACED_HEADER.test(line) ? { index: -1, cells: 0, spaced: true } : { index: -1, cells: 0, spaced: true, trailing: true };
      at += line.length + 1;
      continue;
    }
    if (column?.spaced && column.trailing) {
      // a sentence under the table ("… was held in Lima on 24 and 25 November.") is no row: its last figure and words are no cells
      const m = TRAILING_NONE.test(line) || SENTENCE_END.test(line) ? null : TRAILING_FIGURE.exec(line);
      if (m) {
        const value = Number(m[1]!.replace(/,/g, ''));
        const start = at + m.index + m[0].indexOf(m[1]!);
        if (value > 0 && value <= MAX_PARTICIPANTS) out.push({ start, end: start + m[1]!.length, value, rule: TABLE_RULE.id });
        column = { index: -1, cells: 0, spaced: true, trailing: true };
      } else if (TRAILING_NONE.test(line)) column = { index: -1, cells: 0, spaced: true, trailing: true };
      // a row's cells wrap onto up to two lines ("crime scenes Djibouti Government of" / "France"); a sentence or a third such line ends the table
      else if ((column.wraps ?? 0) < 2 && !SENTENCE_END.test(line) && line.trim() !== '') column = { ...column, wraps: (column.wraps ?? 0) + 1 };
      else column = undefined;
      at += line.length + 1;
      continue;
    }
    if (column?.spaced) {
      const m = SPACED_FIGURE.exec(line);
      if (m) {
        const value = Number(m[1]!.replace(/,/g, ''));
        const start = at + m.index + m[0].indexOf(m[1]!);
        if (value > 0 && value <= MAX_PARTICIPANTS) out.push({ start, end: start + m[1]!.length, value, rule: TABLE_RULE.id });
        column = { index: -1, cells: 0, spaced: true };
      } else if (SPACED_NONE.test(line)) column = { index: -1, cells: 0, spaced: true };
      // a row whose cell wraps ("… Almaty," / "Kazakhstan 29"): a line that ends no sentence keeps the column for one more line
      else if (!column.wrapped && !SENTENCE_END.test(line) && line.trim() !== '') column = { index: -1, cells: 0, spaced: true, wrapped: true };
      else column = undefined;
      at += line.length + 1;
      continue;
    }
    const cells = line.split('\t');
    if (column?.fromEnd !== undefined && cells.length === 1 && !line.includes('  ')) {
      // a wrapped cell's next line under a row of a table set by spaces ("for first responders") goes on with it; running text ends the table
      if (line.trim().length > 60) column = undefined;
    } else if (cells.length < 3 && !line.includes('\t') && line.includes('  ')) column = spacedLine(line, at, column, out);
    else if (column && column.fromEnd === undefined && cells.length !== column.cells && TOTAL_CELL.test(cells.find((c) => c.trim() !== '') ?? '')) {
      // a total row whose empty cells the export dropped ("Total⇥77", "⇥Total⇥⇥⇥98"): its one figure is the column's total
      const figures = cells.flatMap((c, k) => (FIGURE.test(c) ? [k] : []));
      if (figures.length === 1) cellFigures(cells[figures[0]!]!, at + cells.slice(0, figures[0]!).reduce((n, c) => n + c.length + 1, 0), out);
      column = undefined;
    } else if (column && column.fromEnd === undefined && !column.spaced && wrappedCells(line, cells, column)) {
      // a row's cells wrapped onto a line of their own under it, the indent gone as PDF text gives it ("crime scenes⇥Djibouti⇥Government of", "France"): the table goes on
      column = { ...column, wraps: (column.wraps ?? 0) + 1 };
    } else if (cells.length < 3) column = undefined;
    else {
      const header = cells.findIndex((c) => HEADER.test(c));
      if (header >= 0) column = { index: header, cells: cells.length, sexes: cells.flatMap((c, k) => (k !== header && SEX_HEADER.test(c) ? [k] : [])) };
      else if (column && cells.length === column.cells) {
        // one row: the participants cell (a figure, or a figure and its breakdown) and any column by sex
        const offsets: number[] = [];
        for (let i = 0, o = at; i < cells.length; o += cells[i]!.length + 1, i++) offsets.push(o);
        for (const i of [column.index, ...(column.sexes ?? [])]) cellFigures(cells[i]!, offsets[i]!, out);
        if (column.wraps) column = { ...column, wraps: 0 };
      } else if (column && (cells.length - 1) % (column.cells - 1) === 0) {
        // rows the text joined into one line share a cell: "… Tobago\t30 4\tWorkshop …" (the last cell of one, a space, the first of the next)
        const rows = (cells.length - 1) / (column.cells - 1);
        const offsets: number[] = [];
        for (let i = 0, o = at; i < cells.length; o += cells[i]!.length + 1, i++) offsets.push(o);
        for (let r = 0; r < rows; r++) {
          const i = r * (column.cells - 1) + column.index;
          const joinedAfter = column.index === column.cells - 1 && r < rows - 1;
          const joinedBefore = column.index === 0 && r > 0;
          const cell = cells[i]!;
          const m = joinedAfter ? FIGURE_FIRST.exec(cell) : joinedBefore ? FIGURE_LAST.exec(cell) : FIGURE.exec(cell);
          if (!m) continue;
          const value = Number(m[2]!.replace(/,/g, ''));
          const start = offsets[i]! + m.index + m[1]!.length;
          if (value > 0 && value <= MAX_PARTICIPANTS) out.push({ start, end: start + m[2]!.length, value, rule: TABLE_RULE.id });
        }
      } else if (column) column = undefined;
    }
    at += line.length + 1;
  }
  if (column) ctx.state.set(KEY, column);
  else ctx.state.delete(KEY);
  return out;
}
