/**
 * The shapes `reportkb eval` works with: raw counts per document (summed over documents),
 * and the report printed by `--json` (ANNOTATION.md §5).
 */
import type { MentionType } from '../../extractors/types.js';

/** Mention types in the order ANNOTATION.md §2 gives them, the order reports list them in. */
export const TYPE_ORDER = ['country', 'date', 'participants', 'organization', 'place', 'person', 'article'] as const satisfies readonly MentionType[];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Counts with their ratios: `{"p","r","f1","tp","fp","fn"}` in the JSON report. */
export interface Prf extends Counts {
  p: number;
  r: number;
  f1: number;
}

export const SCHEMES = ['strict', 'relaxed', 'value'] as const;
export type Scheme = (typeof SCHEMES)[number];

export const SET_SLOTS = ['countries', 'places', 'organizations'] as const;
export const SCALAR_SLOTS = ['kind', 'status', 'count', 'date', 'participants'] as const;
/** `part_of` is a scalar slot too, but its value is a pointer: it is equal when it points to the matched group event. */
export const POINTER_SLOTS = ['part_of'] as const;
export const EVENT_SLOTS = [...SCALAR_SLOTS, ...SET_SLOTS, ...POINTER_SLOTS] as const;
export type SetSlot = (typeof SET_SLOTS)[number];
export type ScalarSlot = (typeof SCALAR_SLOTS)[number];
export type EventSlot = (typeof EVENT_SLOTS)[number];

/** What one document (or a sum of documents) scored; everything is a count so documents add up. */
export interface DocCounts {
  types: Record<MentionType, Record<Scheme, Counts>>;
  headings: { relaxed: Counts; levelEqual: number };
  events: { trigger: Counts; slots: Record<EventSlot, Counts>; record: Counts };
}

export type SchemeScores = Record<Scheme, Prf>;

export interface EvalReport {
  documents: number;
  types: Partial<Record<MentionType, SchemeScores>>;
  micro: SchemeScores;
  headings?: { relaxed: Prf; level_accuracy: number };
  events?: { trigger: Prf; slots: Record<EventSlot, Prf>; record: Prf };
}
