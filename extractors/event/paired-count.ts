/**
 * "Missions were carried out to Ecuador in April and to Niger in October", "assessments of Belize in
 * May and Guyana in July": a plural activity word whose clause pairs each place with a date of its own
 * stands for one activity per pair (ANNOTATION.md §4 `count`: "two meetings, in February and September").
 * The dates must name a month or a day: a year per place ("in Peru in 2029 and in Chile in 2030") may hold several.
 */
import type { Mention } from '../engine.js';

/** Between a place and its own date: "in", "on", "during", after an optional comma. */
const TO_DATE = /^\s*,?\s*(?:in|on|during)\s+$/;
/** Between one pair and the next place: "and", "and to", ", and in the port of". */
const TO_NEXT = /^\s*,?\s*(?:and\s+)?(?:(?:to|of|in|at)\s+)?(?:the\s+)?(?:[a-z]+\s+of\s+)?$/;
/** A place and its country after a comma: one destination ("Kingston, Jamaica"). */
const PLACE_COUNTRY = /^\s*,\s*$/;

/** The number of (place, date) pairs in the clause `[start, end)` of `raw`, when two or more follow each other; else null. */
export function pairedCount(raw: string, start: number, end: number, mentions: readonly Mention[]): number | null {
  const inClause = mentions.filter((m) => m.start >= start && m.end <= end && (m.type === 'country' || m.type === 'place' || m.type === 'date')).sort((a, b) => a.start - b.start);
  let pairs = 0;
  let best = 0;
  let lastEnd = -1;
  for (let i = 0; i < inClause.length; i++) {
    const where = inClause[i]!;
    if (where.type === 'date') continue;
    let j = i;
    if (where.type === 'place' && inClause[j + 1]?.type === 'country' && PLACE_COUNTRY.test(raw.slice(where.end, inClause[j + 1]!.start))) j++;
    const when = inClause[j + 1];
    if (!when || when.type !== 'date' || !/^\d{4}-\d\d/.test(String(when.value)) || !TO_DATE.test(raw.slice(inClause[j]!.end, when.start))) {
      pairs = 0;
      continue;
    }
    pairs = lastEnd >= 0 && pairs > 0 && TO_NEXT.test(raw.slice(lastEnd, where.start)) ? pairs + 1 : 1;
    best = Math.max(best, pairs);
    lastEnd = when.end;
    i = j + 1;
  }
  return best >= 2 ? best : null;
}
