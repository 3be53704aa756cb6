/**
 * When two spans overlap, when an item is in scope, and when a predicted value equals the gold
 * one (ANNOTATION.md §5): dates compare the value string and the `mod` when the gold has one
 * (an extra mod on the prediction is not held against it); organizations compare without case;
 * places without case or accents; every other type compares the value as written (participants
 * as numbers). `mod` is compared for dates only, as §5 says.
 */
import type { GoldMention, GoldSpan } from '../../pipeline/gold.js';

export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Only items that start inside a region are scored; no regions means the whole document. */
export function inRegions(start: number, regions: ReadonlyArray<readonly [number, number]> | undefined): boolean {
  return regions === undefined || regions.some(([from, to]) => from <= start && start < to);
}

export function foldCase(value: string): string {
  return value.toLowerCase();
}

export function foldAccents(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The form a value is compared in, for a mention type or an event slot of the same kind. */
export function comparable(type: string, value: string | number): string {
  if (type === 'organization' || type === 'organizations') return foldCase(String(value));
  if (type === 'place' || type === 'places') return foldAccents(String(value));
  if (typeof value === 'number') return String(value);
  return type === 'participants' || type === 'count' ? String(Number(value)) : value;
}

/** A date equals when the value string does, and the mod too when the gold has one. */
export function sameDate(gold: { value?: string; mod?: string }, pred: { value?: string; mod?: string }): boolean {
  return gold.value === pred.value && (gold.mod === undefined || gold.mod === pred.mod);
}

export function sameValue(gold: GoldMention, pred: GoldMention): boolean {
  if (gold.type === 'date') return sameDate({ value: String(gold.value), mod: gold.mod }, { value: String(pred.value), mod: pred.mod });
  return comparable(gold.type, gold.value) === comparable(gold.type, pred.value);
}

export function sameSpan(a: GoldSpan, b: GoldSpan): boolean {
  return a.start === b.start && a.end === b.end;
}
