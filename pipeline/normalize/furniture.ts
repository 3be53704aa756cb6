/**
 * Page furniture in PDF text: running headers and footers that repeat across pages (digits
 * folded, so "- 2 -" and "- 3 -" are one pattern), lone page numbers, and the document-symbol
 * block at the top of the first page ("OEA/Ser.G", "CP/CSH-946/08", "original: Spanish").
 */
import { isBlank, type Line } from './lines.js';

const EDGE_LINES = 3;
const PAGE_NUMBER = /^[\s\-–—]*(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?[\s\-–—]*$/i;
const SYMBOL_LINE = /^(?:[A-Z]{2,}\/[A-Za-z][\w.]*(?:[\/\-.][\w.]+)*|[A-Z]{1,6}\/[A-Z]+[\w.\/-]*\d[\w.\/-]*(?:\s+(?:rev|corr|add)\.?\s*\d*)*|original:?\s+\w+|distribution:?\s.*|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\s*$/i;

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
  for (const line of edgeLines) {
    const repeated = (pagesWithKey.get(foldKey(line.text))?.size ?? 0) >= threshold;
    if (repeated || PAGE_NUMBER.test(line.text)) furniture.add(line.index);
  }
  for (const index of symbolBlock(edges.get(1) ?? [])) furniture.add(index);
  return furniture;
}

/** The lines of page 1 down to the last document-symbol line among its first few short lines. */
function symbolBlock(firstPage: readonly Line[]): number[] {
  const head = firstPage.slice(0, 8);
  let last = -1;
  for (let i = 0; i < head.length; i++) {
    if (head[i]!.text.trim().length > 60) break;
    if (SYMBOL_LINE.test(head[i]!.text.trim())) last = i;
  }
  return head.slice(0, last + 1).map((l) => l.index);
}

const foldKey = (text: string): string => text.trim().replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();
