/**
 * The shape of every extractor's corpus (Duckling's way: the corpus is the test suite).
 *
 * - `examples`: an expected value and phrasings that must each yield exactly one mention of the
 *   type, covering the whole phrasing (after trimming), with that value (and mod when given).
 * - `embedded`: a longer text where the mention lies at `span` (relative offsets) with `value`;
 *   other mentions of the type in the text are allowed unless `only` is true.
 * - `negatives`: texts that must yield no mention of the type.
 * - `context`: optional extra context (period, neighbours) the group is read with.
 */
import type { ExtractContext } from './types.js';

export interface ExampleGroup {
  value: string | number;
  mod?: string;
  phrasings: string[];
  context?: Partial<ExtractContext>;
}

export interface EmbeddedCase {
  text: string;
  /** The expected mention's text; its span is where it first occurs in `text` (or at `at`). */
  mention: string;
  at?: number;
  value: string | number;
  mod?: string;
  /** Demand that this is the only mention of the type in the text. */
  only?: boolean;
  context?: Partial<ExtractContext>;
}

export interface Corpus {
  examples: ExampleGroup[];
  embedded: EmbeddedCase[];
  negatives: Array<string | { text: string; context?: Partial<ExtractContext> }>;
}

export function examples(value: string | number, phrasings: string[], extra: { mod?: string; context?: Partial<ExtractContext> } = {}): ExampleGroup {
  return { value, phrasings, ...extra };
}
