/**
 * Report metadata from the report's own text:
 * - title: the title block (a level-1 heading, ANNOTATION.md §3) when the report has one; else
 *   none (issue 16: never a section heading such as "I. Introduction");
 * - issuer: the body that reports, as the reporting bodies of its sections are decided
 *   (extractors/event/reporting-body.ts): the most specific body its title block names above the
 *   "report" line, else the body its opening presents as acting, else the body that the title
 *   block names or the text presents as acting most often — never a series header's body;
 * - symbol: the document symbol of its cover or distribution header ("E/CN.15/2017/7",
 *   "CP/CSH-946/08"), the first one the front blocks hold; a series code alone ("OEA/Ser.G") is
 *   the series, not the document, and is taken only when there is nothing else;
 * - the reporting period comes from the period stage.
 */
import { reportIssuer } from '../extractors/event/reporting-body.js';
import type { Doc } from './document.js';
import { documentSymbol } from './symbol.js';
import type { Processed } from './index.js';

export { documentSymbol };

export interface ReportMetadata {
  title: string | null;
  issuer: string | null;
  symbol: string | null;
}

const MAX_TITLE = 200;
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function reportMetadata(result: Processed): ReportMetadata {
  const { doc } = result;
  const titleBlocks = doc.blocks.filter((b) => b.titleBlock);
  const symbol = documentSymbol(doc);
  // The title is the report's own title line or block; without one it stays empty, never a section heading.
  const title = titleBlocks.length > 0 ? oneLine(doc.view.text.slice(titleBlocks[0]!.start, titleBlocks[0]!.end)).slice(0, MAX_TITLE) : null;
  // The issuer is the body that reports (extractors/event/reporting-body.ts), never a series header's body.
  return { title, issuer: reportIssuer(doc, result.mentions), symbol };
}
