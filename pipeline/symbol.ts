/**
 * The document symbol of a report's cover or distribution header ("E/CN.15/2017/7",
 * "CP/CSH-946/08"): the first one its front blocks hold; a series code alone ("OEA/Ser.G") is the
 * series, not the document, and is taken only when there is nothing else. Read by the report's
 * metadata and by the reporting body (a symbol is issued under its body's acronym).
 */
import type { Doc } from './document.js';
import { SYMBOL_SOURCE } from './segment/front-lines.js';

const SYMBOL = new RegExp(`(?<![\\w/])(?:${SYMBOL_SOURCE})`, 'gu');
export const SERIES = /^(?:OEA|OAS)\/Ser\.|^Ser\./;

/** The document symbol its front blocks hold, or null. */
export function documentSymbol(doc: Doc): string | null {
  let series: string | null = null;
  for (const block of doc.blocks) {
    if (block.kind !== 'front') continue;
    const text = doc.view.text.slice(block.start, block.end);
    for (const m of text.matchAll(SYMBOL)) {
      const symbol = m[0].trim();
      if (!/\d/.test(symbol) && !SERIES.test(symbol)) continue;
      if (SERIES.test(symbol)) series ??= symbol;
      else return symbol;
    }
  }
  return series;
}

