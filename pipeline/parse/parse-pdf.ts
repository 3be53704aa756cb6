/**
 * .pdf → raw text with pdf-parse. The raw text is the pages' text joined by a blank line, and
 * each page's place in it is kept (Doc.pages). Page furniture is handled later by normalization.
 */
import { createRequire } from 'node:module';
import type { Page } from '../document.js';

export const PAGE_SEPARATOR = '\n\n';

export type PdfResult = { ok: true; raw: string; pages: Page[] } | { ok: false; reason: string };

export async function parsePdf(bytes: Uint8Array): Promise<PdfResult> {
  if (!startsWith(bytes, '%PDF-')) return { ok: false, reason: 'not a PDF (no %PDF- header)' };
  const { PDFParse } = loadPdfParse();
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0 });
  (parser as unknown as { getPageText: typeof pageText }).getPageText = pageText;
  try {
    const result = await parser.getText();
    const pages: Page[] = [];
    const parts: string[] = [];
    let offset = 0;
    for (const page of result.pages) {
      if (parts.length > 0) offset += PAGE_SEPARATOR.length;
      pages.push({ number: page.num, start: offset, end: offset + page.text.length });
      parts.push(page.text);
      offset += page.text.length;
    }
    const raw = parts.join(PAGE_SEPARATOR);
    if (raw.trim() === '') return { ok: false, reason: `PDF has no text layer (${pages.length} page(s) of images?): run OCR on it first (e.g. ocrmypdf)` };
    return { ok: true, raw, pages };
  } catch (error) {
    return { ok: false, reason: describePdfError(error) };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

/** Text items of a pdf.js page, as much of their shape as is read here. */
interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}
interface PdfPage {
  getViewport(o: { scale: number }): { convertToViewportPoint(x: number, y: number): number[] };
  getTextContent(o: object): Promise<{ items: Array<TextItem | object> }>;
}

const LINE_THRESHOLD = 4.6; // pdf-parse's defaults: a new line, and a new cell on one line
const CELL_THRESHOLD = 7;
/** A gap between two items on a line wider than this many line heights separates cells, not words (justified text stretches less). */
const CELL_GAP = 1.5;
/** A gap between two lines taller than this many line heights is a blank line (a paragraph break). */
const PARAGRAPH_GAP = 1.6;

/**
 * A page's text, as pdf-parse builds it (a line break where the baseline moves, a tab between
 * distant items on one line), with one addition: a blank line where the vertical gap between two
 * lines is clearly wider than a line, as between paragraphs and around headings. Segmentation reads
 * lines set apart by blank lines (titles, headlines, front-matter groups) the same in a PDF as in
 * its text twin.
 */
async function pageText(page: PdfPage): Promise<string> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
  const out: string[] = [];
  let lastX: number | undefined;
  let lastY: number | undefined;
  let lastTextY: number | undefined;
  let lineHeight = 0;
  let previousLineHeight = 0;
  for (const raw of content.items) {
    if (!('str' in raw)) continue;
    const item = raw as TextItem;
    const [x, y] = viewport.convertToViewportPoint(item.transform[4]!, item.transform[5]!) as [number, number];
    let str = item.str;
    if (lastY !== undefined && Math.abs(lastY - y) > LINE_THRESHOLD) {
      const newLineItem = str.startsWith('\n') || (str.trim() === '' && item.hasEOL);
      if (out.at(-1)?.endsWith('\n') === false && !newLineItem && Math.abs(lastY - y) - 1 > lineHeight) {
        out.push('\n');
        previousLineHeight = lineHeight;
        lineHeight = 0;
      }
    } else if (lastY !== undefined && lastX !== undefined && Math.abs(x - lastX) > Math.max(CELL_THRESHOLD, CELL_GAP * item.height) && str.trim() !== '') {
      if (out.at(-1) === ' ') out.pop(); // pdf.js's space between two distant items: the cells of a table row
      str = `\t${str}`;
    }
    // The baseline of the last line with text: an empty end-of-line item already stands on the next line.
    if (str.trim() !== '') {
      const height = previousLineHeight || item.height;
      if (lastTextY !== undefined && out.at(-1)?.endsWith('\n') && height > 0 && Math.abs(lastTextY - y) > PARAGRAPH_GAP * height) out.push('\n');
      lastTextY = y;
    }
    out.push(str);
    if (str.trim() === '' && !item.hasEOL) continue; // a space item: the gap is measured from the text before it
    lastX = x + item.width;
    lastY = y;
    lineHeight = Math.max(lineHeight, item.height);
    if (item.hasEOL) out.push('\n');
    if (item.hasEOL || str.endsWith('\n')) {
      previousLineHeight = lineHeight || previousLineHeight;
      lineHeight = 0;
    }
  }
  return out.join('');
}

/**
 * pdf-parse (pdf.js) is heavy, so it is loaded only when a PDF comes, and with require(): its
 * CommonJS build is the same pdf.js, but require() keeps it out of tsx's ESM loader, which
 * transforms pdf.js's large modules and keeps their source maps. Measured on the shared report's
 * PDF, three parses: peak RSS 522 → 338 MB, CPU 3.4 → 2.8 s.
 */
function loadPdfParse(): typeof import('pdf-parse') {
  return createRequire(import.meta.url)('pdf-parse') as typeof import('pdf-parse');
}

function describePdfError(error: unknown): string {
  const name = (error as { name?: string })?.name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException' || /password/i.test(message)) return 'PDF is encrypted (password protected): save an unprotected copy (e.g. qpdf --decrypt) and ingest that';
  if (/Invalid PDF|invalid pdf structure|XRef|startxref|Unexpected end/i.test(message)) return `corrupt or truncated PDF (${message.split('\n')[0]})`;
  return `unreadable PDF (${message.split('\n')[0]})`;
}

function startsWith(bytes: Uint8Array, prefix: string): boolean {
  // Allow a little junk before the header, as PDF readers do.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes(prefix);
}
