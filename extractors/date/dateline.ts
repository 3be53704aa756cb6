/**
 * Datelines of news pages (issue 16): each item of a news or events page carries the day it was
 * posted on a line of its own ("Posted: 04/06/2025 | Category: Training", "Published on 3 May
 * 2025", "14 November 2025 | Training"). A date without a year in the item's text is about that
 * item's time, not about a year stated elsewhere on the page: with no report period, such a date
 * takes its year from the nearest dateline above its block (the year in which its month falls
 * nearest to the dateline, the next one for the future tense), before the nearest year of its own
 * block ("since its launch in 2022 … held on 22-25 April" is not 2022).
 *
 * A dateline is a line that names the posting ("Posted", "Published", "Updated", "Date(d)") before
 * a full date, or a short line that opens with a full date and then only a label after a bar or
 * dash. A line that only mentions a date ("Nassau | 16–18 July 2025", "Kingstown, March 2026") is
 * not one, and a document with a single dated line (a memo's or note's own date) has no items.
 */
import type { Period } from '../types.js';

export interface Dateline {
  /** Offset of the line in the document text. */
  at: number;
  /** 'YYYY-MM' of the posting. */
  month: string;
}

/** A posting line: "Posted: 04/06/2025 | Category: …", "Published on 3 May 2025" (the date and what follows in `rest`). */
export const CUED = /^[ \t]*(?:(?:last\s+)?(?:posted|published|updated|modified)|dated?)(?:\s+on)?\s*:?[ \t]*(?<rest>.+)$/gim;
/** The same cue, capitalized and closed by a colon, after a title that the text view joined to it on one line. */
const CUED_JOINED = /(?<=\S[ \t])(?:Posted|Published|Updated|Date):[ \t]*(?<rest>.+)$/gm;
const LEADING = /^[ \t]*(?<rest>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+(?:19|20)\d{2}|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}|\d{1,2}\/\d{1,2}\/(?:19|20)\d{2})[ \t]*(?:(?:[|–—-]|·)[ \t]*[^\n|]{0,40})?[ \t]*$/gm;

/** Reads the first full date of a line's remainder: 'YYYY-MM', or undefined. */
export type ReadMonth = (text: string) => string | undefined;

export function findDatelines(text: string, readMonth: ReadMonth): Dateline[] {
  const out: Dateline[] = [];
  for (const re of [CUED, CUED_JOINED, LEADING]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const rest = m.groups!.rest!;
      if (rest.length > 120) continue;
      const month = readMonth(rest);
      if (month) out.push({ at: m.index, month });
    }
  }
  // One dated line is a document's own date (a memo's "9 March 2026"), not a list of dated items.
  const lines = [...new Map(out.map((l) => [l.at, l])).values()];
  return lines.length >= MIN_ITEMS ? lines.sort((a, b) => a.at - b.at) : [];
}

/** A news page lists several dated items; fewer datelines than this are not read as items'. */
const MIN_ITEMS = 2;

/** The dateline nearest above a block, as a one-month period. */
export function datelinePeriod(lines: readonly Dateline[], blockStart: number): Period | undefined {
  let best: Dateline | undefined;
  for (const l of lines) {
    if (l.at > blockStart) break;
    best = l;
  }
  return best ? { start: best.month, end: best.month } : undefined;
}

/** A news item's opening place names before its date and a dash: "Lima, Peru, 4 May 2016 – " (the text from the line's start to the date). */
export const DATELINE_PLACE = /^[ \t]*(?:\p{Lu}[\p{L}.'’ -]{0,40},[ \t]*){1,4}$/u;
