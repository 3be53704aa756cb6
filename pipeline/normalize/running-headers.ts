/**
 * Running headers and page numbers that text extraction left inside the flow (issue 17 class 5):
 * the document's own symbol repeated at the top of each page, alone ("E/CN.15/2017/7 6/10") or run
 * into a line ("… a regional CP/CSH-2301/26 - 3 - course on …"), and page numbers on lines of
 * their own. They are cut out of the view (and so out of every span); offsets still map to raw.
 */
import { SYMBOL_SOURCE } from '../segment/front-lines.js';
import { COLUMN_CELL, COLUMN_HEADER, OPENS_WITH_MONTH } from '../segment/patterns.js';
import { isSpace } from '../../extractors/text/look-back.js';
import type { Line } from './lines.js';

const PAGE_LINE = /^\s*(?:[-–—]\s*)?(?:page\s+)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?(?:\s*[-–—])?\s*$/i;
/** A page mark after the symbol: "- 3 -", "6/10", "3", "Page 3"; never the day of a date ("CP/doc.51/24 14 March 2024"). */
const PAGE_MARK = String.raw`(?:\s*[-–—]\s*\d{1,4}\s*[-–—]|\s+\d{1,4}\s*\/\s*\d{1,4}|\s+(?:page\s+)?\d{1,4}(?![\d/])(?![\s,.]*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)))`;
const SYMBOL = new RegExp(`(?<![\\w/])(?:${SYMBOL_SOURCE})`, 'u');
const HEAD_LINES = 40;
/**
 * The print shop's marks at a page's foot in a UN-style document: the job number with the page mark on
 * either side ("2/6 24-21456", "V.24-01234 3/9"), with the language and dates on the first page
 * ("24-21456 (E) 251124 261124"), the barcode of the job number ("*2421456*") and "Please recycle".
 */
const PRINT_MARK_LINE = /^\s*(?:(?:\d{1,3}\s*\/\s*\d{1,3}\s+)?(?:[A-Z]\.)?\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6}){0,2}(?:\s+\d{1,3}\s*\/\s*\d{1,3})?|\*\d{7,9}\*|please\s+recycle)\s*$/i;

/**
 * A running header or footer with its page number set apart by a wide gap and the word "Page", seen
 * even once (the text kept one page break): "Fisheries Agency Activity Report 2024        Page 3",
 * "Page 3 of 12        Annual Report 2024". A row of a table never ends on "Page N".
 */
const PAGE_FOOTER = /^\s*(?:\S.{2,100}?\S(?:\t+|\s{3,})(?:page|pag\.|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|(?:page|pag\.|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?(?:\t+|\s{3,})\S.{2,100}?)\s*$/i;

export interface RunningHeaders {
  /** Lines that are nothing but a running header or a page number. */
  lines: Set<number>;
  /** Running headers inside a line: raw [start, end) ranges to cut, per line index. */
  cuts: Map<number, Array<[number, number]>>;
}

/** The document's own symbol: the first one standing at the head of the text ("E/CN.15/2017/7", "CP/CSH-2301/26"). */
export function documentSymbol(lines: readonly Line[]): string | undefined {
  for (const line of lines.slice(0, HEAD_LINES)) {
    const m = SYMBOL.exec(line.text);
    if (m && /\d/.test(m[0]) && /\//.test(m[0])) return m[0].replace(/\s*\([A-Z/]+\)$/, '').trim();
  }
  return undefined;
}

/**
 * A line's words without the page number at either end: "Fisheries Commission — Report 2021     7" →
 * "fisheries commission — report 2021". Every line of a report is keyed so: the two replacements
 * run only where they can change something (EDGE_PAGE_NUMBER needs a digit or a p at the start, or
 * a digit at the end; the spaces need a run other than one plain space), which most lines are not.
 */
export function withoutPageNumber(text: string): string {
  let key = text.trim();
  if (mayHaveEdgeNumber(key)) key = key.replace(EDGE_PAGE_NUMBER, '');
  if (hasLooseSpace(key)) key = key.replace(/\s+/g, ' ');
  return key.toLowerCase();
}
const EDGE_PAGE_NUMBER = /^(?:page\s+)?\d{1,4}\s{2,}|\s+(?:page\s+)?\d{1,4}$/i;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;
/** What EDGE_PAGE_NUMBER needs: a digit, "p" or "P" first (without the u flag, no other letter folds to p), or a digit last. */
function mayHaveEdgeNumber(text: string): boolean {
  const first = text.charCodeAt(0);
  return isDigit(first) || first === 112 || first === 80 || isDigit(text.charCodeAt(text.length - 1));
}
/** White space that /\s+/g → ' ' changes: any but a plain space, or two in a row. */
function hasLooseSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code) && (code !== 32 || isSpace(text.charCodeAt(i + 1)))) return true;
  }
  return false;
}
const PAGE_NUMBER_AT_EDGE = /^\s*(?:page\s+)?\d{1,4}\s{2,}\S|\S\s+(?:page\s+)?\d{1,4}\s*$/i;
const ENDS_SENTENCE = /[.!?:;]["'”’)]?\s*$/;

/**
 * A running title repeated where pages broke, in a text copied from a PDF, with no document symbol
 * in it ("Regional Fisheries Commission — Activity Report 2021     7" inside a paragraph, twice):
 * the same words, two times or more, and at each repeat a mark of a page break: a page number at
 * the line's edge or on the next or previous line, or a sentence running on across it. A heading
 * repeated as a label ("Key activities" under each output) carries no such mark and stays.
 */
/** key.split(' ').length < 3, without making the words. */
function fewerThanThreeWords(key: string): boolean {
  const space = key.indexOf(' ');
  return space < 0 || key.indexOf(' ', space + 1) < 0;
}

function repeatedTitles(lines: readonly Line[], found: RunningHeaders): void {
  const byKey = new Map<string, Line[]>();
  for (const line of lines) {
    const key = withoutPageNumber(line.text);
    if (key.length < 12 || !/\p{L}{3}/u.test(key) || fewerThanThreeWords(key)) continue;
    if (/^(?:[ivxlc]{1,6}|\d{1,2}(?:\.\d{1,2})*|[a-z])[.)]\s|(?:\.\s*){3}/.test(key)) continue; // a contents entry or a numbered heading, not a running title
    if (columnLabels(line.text)) continue; // the header row of tables with the same columns, not a running title
    const list = byKey.get(key);
    if (list) list.push(line);
    else byKey.set(key, [line]);
  }
  const text = (i: number) => lines[i]?.text.trim() ?? '';
  const nonBlank = (i: number, step: 1 | -1) => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) if (text(j) !== '') return j;
    return -1;
  };
  const pageBreak = (line: Line): boolean => {
    if (PAGE_NUMBER_AT_EDGE.test(line.text)) return true;
    const before = nonBlank(line.index, -1);
    const after = nonBlank(line.index, 1);
    if ((before >= 0 && PAGE_LINE.test(text(before))) || (after >= 0 && PAGE_LINE.test(text(after)))) return true;
    return before >= 0 && after >= 0 && !ENDS_SENTENCE.test(text(before)) && /^[\p{Ll}\d(]/u.test(text(after));
  };
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    // the first occurrence may be the document's own title at its head: it stays unless it too stands at a page break
    const repeats = list.filter((line, k) => k > 0 || line.index >= HEAD_LINES || PAGE_NUMBER_AT_EDGE.test(line.text));
    const marked = repeats.filter(pageBreak);
    if (marked.length < 2) continue;
    for (const line of marked) found.lines.add(line.index);
  }
}

/**
 * A table's header row: column labels only, its cells set apart by tabs or wide gaps ("No.\tActivity\tDates\tVenue")
 * or run together where PDF text closed the gaps ("No. Activity Dates Venue Participants"). Two tables
 * with the same columns repeat it, mid-page, with a caption above and a row under it.
 */
function columnLabels(text: string): boolean {
  const t = text.trim();
  if (COLUMN_HEADER.test(t)) return true;
  const cells = t.split(/\t+|\s{2,}/);
  return cells.length >= 3 && cells.every((cell) => COLUMN_CELL.test(cell));
}

export function findRunningHeaders(lines: readonly Line[]): RunningHeaders {
  const found: RunningHeaders = { lines: new Set(), cuts: new Map() };
  repeatedTitles(lines, found);
  const symbol = documentSymbol(lines);
  const header = symbol ? new RegExp(`(?:^|\\s)${escape(symbol)}${PAGE_MARK}?(?=\\s|$)`, 'gi') : undefined;
  let firstSeen = false;
  for (const line of lines) {
    if ((PAGE_LINE.test(line.text) || PRINT_MARK_LINE.test(line.text) || PAGE_FOOTER.test(line.text)) && line.text.trim() !== '' && !dayOfBrokenDate(lines, line)) {
      found.lines.add(line.index);
      continue;
    }
    if (!header || !line.text.includes(symbol!)) continue;
    if (!firstSeen) {
      firstSeen = true; // the symbol's own place in the distribution header
      continue;
    }
    header.lastIndex = 0;
    for (let m = header.exec(line.text); m; m = header.exec(line.text)) {
      const whole = m[0].trim() === line.text.trim();
      if (whole) {
        found.lines.add(line.index);
        break;
      }
      const marked = m[0].trim().length > symbol!.length; // run into a line only with its page mark
      if (!marked) continue;
      const list = found.cuts.get(line.index) ?? [];
      list.push([line.start + m.index, line.start + m.index + m[0].length]);
      found.cuts.set(line.index, list);
    }
  }
  return found;
}

/**
 * A day left alone on its line where a sentence wrapped inside a date ("… On 14 and" / "15" /
 * "October 2024, staff …"): a number up to 31 between a line that stops mid-sentence and a line
 * that opens with a month. A page number stands between pages, not inside a date.
 */
function dayOfBrokenDate(lines: readonly Line[], line: Line): boolean {
  const day = /^\s*(\d{1,2})\s*$/.exec(line.text);
  if (!day || Number(day[1]) > 31) return false;
  let previous = line.index - 1;
  while (previous >= 0 && lines[previous]!.text.trim() === '') previous--;
  const next = lines.slice(line.index + 1, line.index + 4).find((l) => l.text.trim() !== '');
  return previous >= 0 && next !== undefined && !ENDS_SENTENCE.test(lines[previous]!.text) && OPENS_WITH_MONTH.test(next.text);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
