/**
 * The pipeline, as an ordered list of stages over one document:
 *
 *   1. parse      file → raw text (+ pages)                       pipeline/parse/
 *   2. normalize  raw → view text with an offset map back to raw   pipeline/normalize/
 *   3. segment    view → blocks and a section tree                pipeline/segment/
 *   4. period     the reporting period, from the report's own text extractors/date/period.ts
 *   5. extract    blocks → mentions, one extractor after another  extractors/engine.ts
 *   6. events     mentions + blocks → activities                  extractors/event/
 *
 * Loading into SQLite (db/load.ts) takes the result of these stages. Stages 2–6 are synchronous
 * and pure over the Doc, so they can run in a worker thread.
 */
import { now } from './clock.js';
import { relative } from 'node:path';
import { findReportPeriod } from '../extractors/date/period.js';
import { extractMentions, type Mention } from '../extractors/engine.js';
import { extractEvents, type Activity } from '../extractors/event/index.js';
import type { Period } from '../extractors/types.js';
import { spanFromView, type Doc } from './document.js';
import { GOLD_FORMAT, type GoldFile } from './gold.js';
import { checkKeptText } from './kept-text.js';
import { normalize } from './normalize/index.js';
import { parseFile, type ParseOptions } from './parse/index.js';
import { segment } from './segment/index.js';
import type { Span } from './span.js';

export interface ReportPeriod extends Period {
  /** Where the text states it (raw offsets), when it does. */
  span?: Span;
}

export interface Processed {
  doc: Doc;
  period?: ReportPeriod;
  mentions: Mention[];
  events: Activity[];
  /** Milliseconds per stage (and, when asked for, per extractor type under 'extract:<type>'). */
  timings: Record<string, number>;
}

export interface ProcessOptions {
  /**
   * Also time each extractor on each block (timings 'extract:<type>', for the bench's stage table):
   * two clock reads per extractor per block, which ingest has no use for.
   */
  timeExtractors?: boolean;
}

/** Stages 2–6 over a parsed document. */
export function processDoc(doc: Doc, options: ProcessOptions = {}): Processed {
  const timings: Record<string, number> = {};
  const time = <T>(name: string, run: () => T): T => {
    const t0 = now();
    const out = run();
    timings[name] = (timings[name] ?? 0) + now() - t0;
    return out;
  };
  time('normalize', () => {
    normalize(doc);
    checkKeptText(doc);
  });
  time('segment', () => segment(doc));
  const period = time('period', () => findPeriod(doc));
  const perExtractor: Record<string, number> | undefined = options.timeExtractors ? {} : undefined;
  const mentions = time('extract', () => extractMentions(doc, period, undefined, perExtractor));
  if (perExtractor) for (const [type, ms] of Object.entries(perExtractor)) timings[`extract:${type}`] = ms;
  const events = time('events', () => extractEvents(doc, mentions, period));
  return { doc, period, mentions, events, timings };
}

export async function processFile(path: string, options: ParseOptions = {}): Promise<Processed> {
  const t0 = now();
  const doc = await parseFile(path, options);
  const parseMs = now() - t0;
  const result = processDoc(doc);
  result.timings = { parse: parseMs, ...result.timings };
  return result;
}

function findPeriod(doc: Doc): ReportPeriod | undefined {
  const found = findReportPeriod(doc.view.text);
  if (!found) return undefined;
  return { start: found.start, end: found.end, span: spanFromView(doc, found.span[0], found.span[1]) };
}

/** Headings of a processed document as gold-format items (raw offsets). */
export function headingsOf(result: Processed): GoldFile['headings'] {
  const { doc } = result;
  return doc.sections.map((s) => ({ ...spanFromView(doc, s.headingStart, s.headingEnd), level: s.level }));
}

/** A processed document in the `reportkb-gold/1` format, `document` as given (or relative to `relativeTo`). */
export function toGold(result: Processed, documentPath: string, relativeTo?: string): GoldFile {
  const { doc } = result;
  return {
    format: GOLD_FORMAT,
    document: relativeTo ? relative(relativeTo, documentPath) : documentPath,
    sha256: doc.sha256,
    headings: headingsOf(result),
    mentions: result.mentions.map(({ start, end, text, type, value, mod, rule, implied }) => ({
      type, start, end, text, value, ...(mod ? { mod } : {}), rule, ...(implied ? { implied } : {}),
    })),
    events: result.events.map((e) => e.gold),
  };
}

/** Run the whole pipeline on a file and return what it found in the gold format (used by `eval`). */
export async function extractToGold(path: string): Promise<GoldFile> {
  return toGold(await processFile(path), path);
}

