/**
 * The date context of an activity whose own text gives no date (issue 16): the nearest date stated
 * before it in its paragraph ("During 2014 … a seminar was held"), else in its section or the
 * sections above it (a heading "Activities in 2014", an opening "In the first half of 2015, …"),
 * else the report's period. Only dates within the report's period count as context; a year named
 * as background ("the 2004 Memorandum") is not when a day or month of the period is meant.
 *
 * A day-precise context is coarsened to its month or year: a neighbour's own day is not this
 * activity's, but its year is the year this one falls in.
 */
import type { Doc } from '../../pipeline/document.js';
import { dateBounds } from '../date/bounds.js';
import type { Mention } from '../engine.js';
import type { Period } from '../types.js';

export type DateSource = 'paragraph' | 'section' | 'period';

export interface InheritedDate {
  /** A §2 date value. */
  date: string;
  source: DateSource;
}

export interface DateContext {
  /** The context of an activity in block `block` whose trigger starts at raw offset `at`. */
  at(block: number, at: number): InheritedDate | undefined;
}

export function dateContext(doc: Doc, mentions: readonly Mention[], period: Period | undefined, fallbackYear?: number): DateContext {
  const periodValue = period ? `${period.start}/${period.end}` : fallbackYear ? String(fallbackYear) : undefined;
  const periodBounds = period ? dateBounds(`${period.start}/${period.end}`) : undefined;
  const within = (value: string): boolean => {
    if (!periodBounds) return true;
    const b = dateBounds(value);
    return b !== undefined && b[0] <= periodBounds[1] && b[1] >= periodBounds[0];
  };
  const datesOf = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (m.type !== 'date' || !within(String(m.value))) continue;
    const kind = doc.blocks[m.block]?.kind;
    if (kind === 'front' || kind === 'contents') continue; // a cover's date is the document's date, not an activity's
    const list = datesOf.get(m.block);
    if (list) list.push(m);
    else datesOf.set(m.block, [m]);
  }
  // One pass in block order: for each block, the latest date of its section chain before it.
  const latestOfSection = new Map<number, string>();
  const before: Array<string | undefined> = [];
  doc.blocks.forEach((block, i) => {
    before.push(sectionChainDate(doc, block.section, latestOfSection));
    const last = datesOf.get(i)?.at(-1);
    if (last) latestOfSection.set(block.section, String(last.value));
  });
  return {
    at(block, at) {
      const own = datesOf.get(block);
      let nearest: Mention | undefined;
      for (const m of own ?? []) if (m.end <= at) nearest = m;
      if (nearest) return { date: coarse(String(nearest.value)), source: 'paragraph' };
      const section = before[block];
      if (section) return { date: coarse(section), source: 'section' };
      return periodValue ? { date: periodValue, source: 'period' } : undefined;
    },
  };
}

function sectionChainDate(doc: Doc, section: number, latest: ReadonlyMap<number, string>): string | undefined {
  for (let s = section, guard = 0; guard < 64; guard++) {
    const date = latest.get(s);
    if (date) return date;
    if (s < 0) return undefined;
    s = doc.sections[s]?.parent ?? -1;
  }
  return undefined;
}

/** A day is coarsened to its month ("2014-03-12" → "2014-03"), a span of days within one month too; other values stay. */
export function coarse(value: string): string {
  const [a, b] = value.split('/');
  const day = /^(\d{4}-\d{2})-\d{2}$/;
  const ma = day.exec(a ?? '');
  if (!b) return ma ? ma[1]! : value;
  const mb = day.exec(b);
  if (ma && mb) return ma[1] === mb[1] ? ma[1]! : a!.slice(0, 4) === b.slice(0, 4) ? a!.slice(0, 4) : `${ma[1]}/${mb[1]}`;
  return value;
}
