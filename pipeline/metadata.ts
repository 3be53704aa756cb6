/**
 * Report metadata from the report's own text:
 * - title: the title block (a level-1 heading, ANNOTATION.md §3) when the report has one, else the opening sentence
 *   when it describes the report ("This report summarizes …"), else the first heading;
 * - issuer: the most specific body named above the title block's "report" line, else the first
 *   organization the opening paragraph names;
 * - symbol: the document symbol of its cover or distribution header ("E/CN.15/2017/7",
 *   "CP/CSH-946/08"), the first one the front blocks hold; a series code alone ("OEA/Ser.G") is
 *   the series, not the document, and is taken only when there is nothing else;
 * - the reporting period comes from the period stage.
 */
import { spanFromView, type Block, type Doc } from './document.js';
import { SYMBOL_SOURCE } from './segment/front-lines.js';
import type { Processed } from './index.js';

export interface ReportMetadata {
  title: string | null;
  issuer: string | null;
  symbol: string | null;
}

const SYMBOL = new RegExp(`(?<![\\w/])(?:${SYMBOL_SOURCE})`, 'gu');
const SERIES = /^(?:OEA|OAS)\/Ser\.|^Ser\./;

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

const MAX_TITLE = 200;
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function reportMetadata(result: Processed): ReportMetadata {
  const { doc } = result;
  const titleBlocks = doc.blocks.map((b, i) => [b, i] as const).filter(([b]) => b.titleBlock);
  const textOf = (b: Block) => oneLine(doc.view.text.slice(b.start, b.end));
  const orgsIn = (indexes: number[]) => result.mentions.filter((m) => m.type === 'organization' && indexes.includes(m.block));
  const symbol = documentSymbol(doc);
  if (titleBlocks.length > 0) {
    // The bodies named above the line that says "report" are the issuer's hierarchy, most specific last.
    const reportLine = titleBlocks.findIndex(([b]) => /\breport\b/i.test(textOf(b)));
    const heading = reportLine > 0 ? titleBlocks.slice(0, reportLine) : titleBlocks;
    const orgs = orgsIn(heading.map(([, i]) => i));
    return { title: textOf(titleBlocks[0]![0]).slice(0, MAX_TITLE), issuer: orgs.length ? String(orgs.at(-1)!.value) : null, symbol };
  }
  const openingIndex = doc.blocks.findIndex((b) => b.kind === 'paragraph');
  const opening = doc.blocks[openingIndex];
  const firstOrg = openingIndex >= 0 ? orgsIn([openingIndex])[0] : undefined;
  let title: string | null = null;
  if (opening && /^(?:this|the present)\s+(?:\w+\s+)?report\b/i.test(textOf(opening))) {
    const sentence = textOf(opening).split(/(?<=[.!?])\s+(?=[A-Z])/)[0] ?? '';
    title = sentence.length > MAX_TITLE ? `${sentence.slice(0, MAX_TITLE - 1)}…` : sentence;
  } else if (doc.sections[0]) {
    title = oneLine(spanFromView(doc, doc.sections[0].headingStart, doc.sections[0].headingEnd).text);
  }
  return { title, issuer: firstOrg ? String(firstOrg.value) : null, symbol };
}
