/**
 * One report as it moves through the pipeline: the raw text (never changed), the normalized
 * view with its offset map, the blocks and sections that segmentation finds, and the messages
 * stages raise. `doc.span` is the only way spans are made (STYLE.md §1).
 */
import type { Message } from './messages.js';
import { makeSpan, type Span } from './span.js';
import { TextView } from './text-view.js';

export type SourceFormat = 'txt' | 'pdf' | 'docx';

/** A page (PDF) or part (DOCX) of the raw text. */
export interface Page {
  number: number;
  start: number;
  end: number;
}

/**
 * `contents`: a contents list (its label is a heading of its own, its entries are never headings);
 * `front`: cover and distribution furniture (symbols, "Distr.", "Original:", dates, sessions, agenda
 * items, page-print codes, web addresses), one block per column of a flattened header line.
 */
export type BlockKind = 'heading' | 'paragraph' | 'bullet' | 'article' | 'contents' | 'front';

/** A unit of text: a heading line (or two), a paragraph, a bullet item, a quoted article, a contents list or a piece of cover furniture. View offsets. */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** Heading level (1 = top of the report's own hierarchy). */
  level?: number;
  /** For articles: where the label ("Article 4.u", "24", "m") lies, view offsets. */
  label?: { start: number; end: number };
  /** True for the report's title block: a level-1 heading (ANNOTATION.md §3), also where the title block is repeated. */
  titleBlock?: boolean;
  /** For headings: an item's headline (a newsletter story's or a web page event's title), which introduces what its text reports. */
  headline?: boolean;
  /** Index into Doc.sections of the section the block belongs to (-1: before any heading). */
  section: number;
}

export interface Section {
  /** Index of this section's heading block in Doc.blocks. */
  block: number;
  level: number;
  parent: number; // -1 for a top-level section
  /** View offsets of the heading text (trailing colon excluded) and of the whole section. */
  headingStart: number;
  headingEnd: number;
  start: number;
  end: number;
}

export interface Doc {
  readonly path: string;
  readonly format: SourceFormat;
  /** The text as decoded from the file: every offset the pipeline stores points into it. */
  readonly raw: string;
  /** Hex sha256 of the file's bytes. */
  readonly sha256: string;
  readonly bytes: number;
  readonly pages: Page[];
  view: TextView;
  blocks: Block[];
  sections: Section[];
  readonly messages: Message[];
}

export function createDoc(init: { path: string; format: SourceFormat; raw: string; sha256: string; bytes: number; pages?: Page[] }): Doc {
  return {
    ...init,
    pages: init.pages ?? [{ number: 1, start: 0, end: init.raw.length }],
    view: TextView.identity(init.raw),
    blocks: [],
    sections: [],
    messages: [],
  };
}

/** A span over raw offsets. */
export function span(doc: Doc, start: number, end: number): Span {
  return makeSpan(doc.raw, start, end);
}

/** A span over view offsets, mapped back to the raw text. */
export function spanFromView(doc: Doc, start: number, end: number): Span {
  const rawStart = doc.view.toRaw(start, 'start');
  const rawEnd = Math.max(rawStart, doc.view.toRaw(end, 'end'));
  return makeSpan(doc.raw, rawStart, rawEnd);
}

/**
 * A span as a reader reads it: its view text, with the page furniture and line breaks that lie
 * inside its raw extent cut out or folded ("Eleventh⏎CP/CSH-2318/24⏎- 2 -⏎Regular Session" reads
 * "Eleventh Regular Session"). The span itself keeps its raw offsets (ANNOTATION.md §1).
 */
export function readText(doc: Doc, span: { start: number; end: number }): string {
  return doc.view.text.slice(doc.view.fromRaw(span.start), doc.view.fromRaw(span.end)).replace(/\s+/g, ' ').trim();
}

/** The view text of a block. */
export function blockText(doc: Doc, block: { start: number; end: number }): string {
  return doc.view.text.slice(block.start, block.end);
}
