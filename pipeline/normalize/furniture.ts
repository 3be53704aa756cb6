/**
 * Page furniture in PDF text: running headers and footers that repeat across pages (digits
 * folded, so "- 2 -" and "- 3 -" are one pattern) and lone page numbers. The document-symbol
 * block at the top of the first page stays in the text: segmentation marks it as cover furniture
 * (a 'front' block), as it does in a text file, and the document's symbol is read from it.
 */
import { SYMBOL_SOURCE } from '../segment/front-lines.js';
import { isBlank, type Line } from './lines.js';

/** A line that is a document symbol with at most a page mark ("REC/SES.14/5", "CP/CSH-946/08 - 7 -"). */
const SYMBOL_LINE = new RegExp(`^\\s*(?:${SYMBOL_SOURCE})(?:\\s*[-–—]?\\s*\\d{1,4}\\s*[-–—]?)?\\s*$`, 'u');

const EDGE_LINES = 3;
const PAGE_NUMBER = /^[\s\-–—]*(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?[\s\-–—]*$/i;

export function findFurniture(lines: readonly Line[], pageCount: number): Set<number> {
  const furniture = new Set<number>();
  if (pageCount < 2) return furniture;
  const edges = new Map<number, Line[]>();
  for (const line of lines) {
    if (isBlank(line)) continue;
    const list = edges.get(line.page) ?? [];
    list.push(line);
    edges.set(line.page, list);
  }
  const pagesWithKey = new Map<string, Set<number>>();
  const edgeLines: Line[] = [];
  for (const [page, list] of edges) {
    const picked = new Set([...list.slice(0, EDGE_LINES), ...list.slice(-EDGE_LINES)]);
    for (const line of picked) {
      edgeLines.push(line);
      const key = foldKey(line.text);
      const pages = pagesWithKey.get(key) ?? new Set<number>();
      pages.add(page);
      pagesWithKey.set(key, pages);
    }
  }
  const threshold = Math.max(2, Math.ceil(pageCount * 0.4));
  // the symbol at the head of the first page is the cover's own (its distribution block), though it runs as every later page's header
  const firstPage = Math.min(...edges.keys());
  const cover = edges.get(firstPage)?.slice(0, EDGE_LINES).find((line) => SYMBOL_LINE.test(line.text));
  for (const line of edgeLines) {
    if (line === cover) continue;
    const repeated = (pagesWithKey.get(foldKey(line.text))?.size ?? 0) >= threshold;
    if (repeated || PAGE_NUMBER.test(line.text)) furniture.add(line.index);
  }
  return furniture;
}

const foldKey = (text: string): string => text.trim().replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();
