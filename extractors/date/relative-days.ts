/**
 * Days named relative to a news item's own date (ANNOTATION.md §2: expressions that place
 * something on the calendar): "completed the course on Friday", "Last week the office handed over
 * …", "yesterday", "next Tuesday". They are resolved against the item's date: its dateline at the
 * opening of the block ("Roseau, 6 October 2025 – …") or the posting line above it ("Posted on 14
 * October 2025"). Without such a date nothing is read (a report's "on Monday" has no anchor).
 * A weekday in the past tense is the latest such day on or before the item's date; in the future
 * tense (or "next") the first one after it ("last Friday" strictly before it). "last week" is the
 * calendar week (Monday to Sunday) before the item's week, "this week" the item's week; "earlier this
 * month", "last month", "next month" the item's month, the one before, the one after. The value is stated in the text only
 * relatively: every part of it is marked implied.
 */
import type { ExtractContext, Found } from '../types.js';
import { CUED, DATELINE_PLACE } from './dateline.js';

const RELATIVE = /\b(?:(?<mod>[Ll]ast|[Nn]ext|[Tt]his(?:\s+(?:past|coming))?)\s+)?(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?<week>[Ll]ast|[Tt]his|[Nn]ext)\s+week\b|\b(?<month>(?:[Ee]arlier|[Ll]ater)\s+this|[Ll]ast|[Tt]his|[Nn]ext)\s+month\b(?!\s+of\b)|\b(?<yesterday>[Yy]esterday)\b/g;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** A weekday written before the full date it names ("Monday, 3 May 2025", "Friday 12 June"): the date rules read that. */
const DATE_FOLLOWS = /^,?\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]|[A-Z][a-z]+\.?\s+\d{1,2}\b)/;
/** The future, in the clause before the word: "will meet on Tuesday", "is scheduled for next week". */
const FUTURE = /\b(?:will|shall|is\s+(?:scheduled|planned|expected|due)|are\s+(?:scheduled|planned|expected|due)|plans?\s+to|upcoming)\b[^.;!?]*$/i;
/** A posting line above an item (dateline.ts's, a copy of its own: the block's date rules, run inside, may use that one). */
const POSTED = new RegExp(CUED.source, 'gim');
/** How far above a block a posting line is looked for: the item the block belongs to. */
const ITEM_REACH = 700;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

/** Read a posting line's date to the day, with the block's own date rules (passed in: this module does not import the extractor). */
export type ReadDay = (text: string) => string | undefined;

export function relativeDays(text: string, ctx: ExtractContext, found: readonly Found[], readDay: ReadDay): Found[] {
  if (!/day\b|week\b|month\b|[Yy]esterday/.test(text)) return [];
  let reference: string | null | undefined;
  const out: Found[] = [];
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(text); m; m = RELATIVE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => f.start < end && f.end > start) || ctx.found.some((f) => f.start < end && f.end > start)) continue;
    const g = m.groups!;
    if (g.day && DATE_FOLLOWS.test(text.slice(end, end + 16))) continue;
    if (reference === undefined) reference = referenceDay(text, ctx, found, readDay) ?? null;
    if (reference === null) return out;
    const future = /^next|coming/i.test(g.mod ?? g.week ?? '') || (!/^last|past/i.test(g.mod ?? g.week ?? '') && FUTURE.test(clauseBefore(text, start)));
    const value = g.day
      ? weekday(reference, WEEKDAYS.indexOf(g.day), future, /^this$/i.test(g.mod ?? ''), /^(?:last|this\s+past)$/i.test(g.mod ?? ''))
      : g.week
        ? week(reference, g.week.toLowerCase())
        : g.month
          ? month(reference, g.month.toLowerCase())
          : shift(reference, -1);
    out.push({ start, end, value, rule: 'date/relative-day', implied: ['year', 'month', 'day'] });
  }
  return out;
}

/** The item's date: a dateline opening the block, else the last posting line within the item above it. */
function referenceDay(text: string, ctx: ExtractContext, found: readonly Found[], readDay: ReadDay): string | undefined {
  const opening = found.find((f) => DAY.test(String(f.value)) && !f.implied && /^\s*[-–—]/.test(text.slice(f.end, f.end + 3)) && DATELINE_PLACE.test(text.slice(0, f.start)));
  if (opening) return String(opening.value);
  if (ctx.documentText === undefined || ctx.blockStart === undefined) return undefined;
  const above = ctx.documentText.slice(Math.max(0, ctx.blockStart - ITEM_REACH), ctx.blockStart);
  let last: string | undefined;
  POSTED.lastIndex = 0;
  for (let p = POSTED.exec(above); p; p = POSTED.exec(above)) last = readDay(p.groups!.rest!) ?? last;
  return last;
}

const clauseBefore = (text: string, at: number) => text.slice(Math.max(0, text.lastIndexOf('.', at - 1) + 1, at - 160), at);

const toTime = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const toDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const shift = (day: string, days: number) => toDay(toTime(day) + days * MS_PER_DAY);

/**
 * The weekday `target` (0 = Sunday) nearest the reference: on or before it in the past, after it in
 * the future; "this Friday" in the reference's week. "Last Friday" in an item dated a Friday is the
 * Friday before (`strictlyBefore`), where a bare "on Friday" may be the item's own day.
 */
function weekday(reference: string, target: number, future: boolean, thisWeek: boolean, strictlyBefore = false): string {
  const today = new Date(toTime(reference)).getUTCDay();
  if (thisWeek) return shift(reference, ((target + 6) % 7) - ((today + 6) % 7));
  if (future) return shift(reference, ((target - today + 6) % 7) + 1);
  return shift(reference, -((today - target + 7) % 7 || (strictlyBefore ? 7 : 0)));
}

/** A calendar month relative to the reference's: "this month", "earlier this month", "later this month" its own, "last month" the one before, "next month" the one after. */
function month(reference: string, which: string): string {
  const index = Number(reference.slice(0, 4)) * 12 + Number(reference.slice(5, 7)) - 1 + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** A calendar week, Monday to Sunday, as an interval: the reference's own ("this"), the one before ("last") or after ("next"). */
function week(reference: string, which: string): string {
  const monday = shift(reference, -((new Date(toTime(reference)).getUTCDay() + 6) % 7));
  const start = shift(monday, which === 'last' ? -7 : which === 'next' ? 7 : 0);
  return `${start}/${shift(start, 6)}`;
}
