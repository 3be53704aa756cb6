/**
 * The contract every extractor folder implements (STYLE.md §2–§5).
 *
 * An extractor reads one block of text at a time (a paragraph, bullet, heading or article, as the
 * extractors see it after normalization) and returns what it found with offsets relative to that
 * text. The engine (extractors/engine.ts) maps them to raw-text spans and records them as mentions.
 */
export type MentionType = 'country' | 'date' | 'participants' | 'organization' | 'place' | 'person' | 'article';

export const MENTION_TYPES: readonly MentionType[] = ['article', 'date', 'country', 'place', 'organization', 'person', 'participants'];

export type DateMod = 'START' | 'MID' | 'END' | 'APPROX' | 'BEFORE' | 'AFTER';
export type CountMod = 'APPROX' | 'MORE_THAN' | 'AT_LEAST';

/** One finding, offsets relative to the text the extractor was given. */
export interface Found {
  start: number;
  end: number;
  value: string | number;
  mod?: string;
  /** Id of the rule that made it, `<type>/<pattern-name>`. */
  rule: string;
  /** Parts of the value that were inferred from context rather than stated (e.g. ['year']). */
  implied?: string[];
}

/** A finding of another type, already made on the same block (relative offsets), for extractors that read their neighbours. */
export interface Neighbour extends Found {
  type: MentionType;
}

/** The report period, found in the report's own text. */
export interface Period {
  /** ISO values, e.g. '2007-02' and '2008-01'. */
  start: string;
  end: string;
}

/** What an extractor may know beyond the text of its block. */
export interface ExtractContext {
  /** The kind of block: 'paragraph' | 'bullet' | 'heading' | 'article'. */
  blockKind: string;
  /** Report period, when the report states one. */
  period?: Period;
  /** Findings of the types that ran before this one on the same block. */
  found: readonly Neighbour[];
  /**
   * Per-document state an extractor keeps across blocks (acronyms defined earlier, the article
   * label a lettered item hangs from). Keyed by extractor type; an extractor only touches its own.
   */
  state: Map<string, unknown>;
  /** Whole-document text as extractors see it, for extractors that prepare from it (acronym definitions). */
  documentText?: string;
  /** Offset of the block in `documentText`, when the block is read as part of a document. */
  blockStart?: number;
}

export interface Rule {
  /** `<type>/<pattern-name>`, unique across extractors. */
  id: string;
  description?: string;
}

export interface Extractor {
  type: MentionType;
  /** The named rules, in order; `scripts/lint-rules.ts` checks ids are unique and each fires on the corpus. */
  rules: readonly Rule[];
  /** Optional once-per-document pass over the whole view text before blocks are read. */
  prepare?(documentText: string, state: Map<string, unknown>): void;
  extract(text: string, ctx: ExtractContext): Found[];
}

/** Default context for one block read on its own (tests, corpus examples). */
export function blockContext(partial: Partial<ExtractContext> = {}): ExtractContext {
  return { blockKind: 'paragraph', found: [], state: new Map(), ...partial };
}
