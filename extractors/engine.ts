/**
 * The extraction loop (chrono's engine): every block of a document goes through every extractor
 * in order; each extractor sees what the earlier ones found on the same block; overlapping
 * findings of one type are resolved; findings become mentions with raw-text spans.
 */
import { now } from '../pipeline/clock.js';
import { blockText, spanFromView, type Doc } from '../pipeline/document.js';
import type { Span } from '../pipeline/span.js';
import { EXTRACTORS } from './index.js';
import { removeOverlaps } from './refiners/remove-overlaps.js';
import type { ExtractContext, Extractor, Found, MentionType, Neighbour, Period } from './types.js';

export interface Mention extends Span {
  type: MentionType;
  value: string | number;
  mod?: string;
  rule: string;
  implied?: string[];
  /** Index of the block (Doc.blocks) the mention lies in. */
  block: number;
}

/** Called when an extractor throws on a block; without it the error propagates (tests see it). */
export type OnExtractorError = (type: MentionType, error: unknown) => void;

/** Run the extractors on one block of text; offsets in the result are relative to `text`. */
export function extractBlock(text: string, ctx: ExtractContext, extractors: readonly Extractor[] = EXTRACTORS, timings?: Timings, onError?: OnExtractorError): Neighbour[] {
  const found: Neighbour[] = ctx.found.slice();
  // One context for the whole block: each extractor sees `found` as it stands when its turn comes.
  const blockCtx: ExtractContext = { blockKind: ctx.blockKind, period: ctx.period, found, state: ctx.state, documentText: ctx.documentText, blockStart: ctx.blockStart };
  for (const extractor of extractors) {
    const t0 = timings ? now() : 0;
    let own: Found[];
    try {
      own = removeOverlaps(extractor.extract(text, blockCtx));
    } catch (error) {
      if (!onError) throw error;
      onError(extractor.type, error); // a bug in one extractor costs that block's mentions of its type, not the report
      own = [];
    }
    if (timings) timings[extractor.type] = (timings[extractor.type] ?? 0) + now() - t0;
    for (const f of own) found.push(asNeighbour(f, extractor.type));
  }
  return found.slice(ctx.found.length);
}

/**
 * A finding tagged with its type, built field by field in one order rather than spread: every
 * neighbour then has the same shape, whichever extractor made it (optional fields undefined).
 */
function asNeighbour(f: Found, type: MentionType): Neighbour {
  return { start: f.start, end: f.end, value: f.value, mod: f.mod, rule: f.rule, implied: f.implied, type };
}

/** Fresh per-document state, after each extractor's optional whole-document pass. */
export function prepareState(documentText: string, extractors: readonly Extractor[] = EXTRACTORS): Map<string, unknown> {
  const state = new Map<string, unknown>();
  for (const extractor of extractors) extractor.prepare?.(documentText, state);
  return state;
}

/** Milliseconds spent per extractor type, summed over blocks. */
export type Timings = Record<string, number>;

export function extractMentions(doc: Doc, period: Period | undefined, extractors: readonly Extractor[] = EXTRACTORS, timings?: Timings): Mention[] {
  const t0 = timings ? now() : 0;
  const state = prepareState(doc.view.text, extractors);
  if (timings) timings['prepare'] = (timings['prepare'] ?? 0) + now() - t0;
  const mentions: Mention[] = [];
  doc.blocks.forEach((block, index) => {
    const text = blockText(doc, block);
    const ctx: ExtractContext = { blockKind: block.kind, period, found: [], state, documentText: doc.view.text, blockStart: block.start };
    const onError: OnExtractorError = (type, error) => {
      doc.messages.push({
        severity: 'error',
        reason: `the ${type} extractor failed on this block: ${error instanceof Error ? error.message : String(error)}`,
        source: `extract/${type}`,
        start: doc.view.toRaw(block.start, 'start'),
        end: doc.view.toRaw(block.end, 'end'),
      });
    };
    for (const f of extractBlock(text, ctx, extractors, timings, onError)) {
      mentions.push(toMention(spanFromView(doc, block.start + f.start, block.start + f.end), f, index));
    }
  });
  return mentions;
}

/**
 * A finding as a mention of the raw text. The fields are set one by one, in the order they have
 * always had (optional ones only when present), rather than spread from temporary objects: this
 * runs once per mention, and spreading costs a copy per optional field.
 */
function toMention(span: Span, f: Neighbour, block: number): Mention {
  const m = { start: span.start, end: span.end, text: span.text, type: f.type, value: f.value } as Mention;
  if (f.mod) m.mod = f.mod;
  m.rule = f.rule;
  if (f.implied?.length) m.implied = f.implied;
  m.block = block;
  return m;
}
