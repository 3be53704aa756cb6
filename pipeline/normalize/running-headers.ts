/**
 * Running headers and page numbers that text extraction left inside the flow (issue 17 class 5):
 * the document's own symbol repeated at the top of each page, alone ("E/CN.15/2017/7 6/10") or run
 * into a line ("… a regional CP/CSH-2301/26 - 3 - course on …"), and page numbers on lines of
 * their own. They are cut out of the view (and so out of every span); offsets still map to raw.
 */
import { SYMBOL_SOURCE } from '../segment/front-lines.js';
import type { Line } from './lines.js';

const PAGE_LINE = /^\s*(?:[-–—]\s*)?(?:page\s+)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?(?:\s*[-–—])?\s*$/i;
/** A page mark after the symbol: "- 3 -", "6/10", "3", "Page 3"; never the day of a date ("CP/doc.51/24 14 March 2024"). */
const PAGE_MARK = String.raw`(?:\s*[-–—]\s*\d{1,4}\s*[-–—]|\s+\d{1,4}\s*\/\s*\d{1,4}|\s+(?:page\s+)?\d{1,4}(?![\d/])(?![\s,.]*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)))`;
const SYMBOL = new RegExp(`(?<![\\w/])(?:${SYMBOL_SOURCE})`, 'u');
const HEAD_LINES = 40;

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

export function findRunningHeaders(lines: readonly Line[]): RunningHeaders {
  const found: RunningHeaders = { lines: new Set(), cuts: new Map() };
  const symbol = documentSymbol(lines);
  const header = symbol ? new RegExp(`(?:^|\\s)${escape(symbol)}${PAGE_MARK}?(?=\\s|$)`, 'gi') : undefined;
  let firstSeen = false;
  for (const line of lines) {
    if (PAGE_LINE.test(line.text) && line.text.trim() !== '') {
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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
