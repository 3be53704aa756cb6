/**
 * Events (ANNOTATION.md §5): triggers are matched one-to-one on overlap, as mentions are; then each
 * slot is scored over the matched pairs only.
 * - set slots (countries, places, organizations): each distinct element is a tp, fp or fn; places
 *   compare without case or accents, organizations without case, countries as written;
 * - scalar slots (kind, status, count, date, participants): tp when equal; fp when the prediction
 *   has a value that differs or is not wanted; fn when the gold value is missed or differs (a
 *   different value is both an fp and an fn). Dates compare the `mod` too when the gold has one.
 * - `part_of` is scalar, and a pointer (the trigger start of the group event): the prediction's
 *   equals the gold's when it points to the predicted event matched to the gold's group event.
 * - exact records: a matched pair whose every slot, `part_of` included, is equal (no fp, no fn);
 *   record P = exact / predicted events, R = exact / gold events.
 */
import type { GoldEvent, GoldFile } from '../../pipeline/gold.js';
import { addCounts, zeroCounts } from './ratios.js';
import { EVENT_SLOTS, SCALAR_SLOTS, SET_SLOTS, type Counts, type DocCounts, type EventSlot, type ScalarSlot, type SetSlot } from './types.js';
import { matchSpans, pairCounts } from './match-spans.js';
import { eventsOf } from './scope.js';
import { comparable, sameDate } from './values.js';

export function scoreEvents(gold: GoldFile, pred: GoldFile): DocCounts['events'] {
  const g = eventsOf(gold, gold.regions);
  const p = eventsOf(pred, gold.regions);
  const pairs = matchSpans(g.map((e) => e.trigger), p.map((e) => e.trigger));
  // part_of points by trigger start; the pairing says which predicted event stands for which gold one.
  const predFor = new Map<number, number>();
  for (const pair of pairs) predFor.set(g[pair.gold]!.trigger.start, p[pair.pred]!.trigger.start);
  const slots = Object.fromEntries(EVENT_SLOTS.map((slot) => [slot, zeroCounts()])) as Record<EventSlot, Counts>;
  let exact = 0;
  for (const pair of pairs) {
    const ge = g[pair.gold]!;
    const pe = p[pair.pred]!;
    const scored: Array<[EventSlot, Counts]> = [];
    for (const slot of SCALAR_SLOTS) scored.push([slot, scalarSlot(slot, ge, pe)]);
    for (const slot of SET_SLOTS) scored.push([slot, setSlot(slot, ge, pe)]);
    scored.push(['part_of', partOfSlot(ge, pe, predFor)]);
    for (const [slot, c] of scored) slots[slot] = addCounts(slots[slot], c);
    if (scored.every(([, c]) => c.fp === 0 && c.fn === 0)) exact++;
  }
  const record = { tp: exact, fp: p.length - exact, fn: g.length - exact };
  return { trigger: pairCounts(pairs, g.length, p.length), slots, record };
}

export function scalarSlot(slot: ScalarSlot, gold: GoldEvent, pred: GoldEvent): Counts {
  const g = gold[slot] ?? undefined;
  const p = pred[slot] ?? undefined;
  if (g === undefined && p === undefined) return zeroCounts();
  if (g === undefined) return { tp: 0, fp: 1, fn: 0 };
  if (p === undefined) return { tp: 0, fp: 0, fn: 1 };
  const equal = slot === 'date' ? sameDate({ value: gold.date, mod: gold.mod }, { value: pred.date, mod: pred.mod }) : comparable(slot, g) === comparable(slot, p);
  return equal ? { tp: 1, fp: 0, fn: 0 } : { tp: 0, fp: 1, fn: 1 };
}

/** `predFor`: gold trigger start → the trigger start of the predicted event matched to it. */
export function partOfSlot(gold: GoldEvent, pred: GoldEvent, predFor: ReadonlyMap<number, number>): Counts {
  const g = gold.part_of;
  const p = pred.part_of;
  if (g === undefined && p === undefined) return zeroCounts();
  if (g === undefined) return { tp: 0, fp: 1, fn: 0 };
  if (p === undefined) return { tp: 0, fp: 0, fn: 1 };
  return predFor.get(g) === p ? { tp: 1, fp: 0, fn: 0 } : { tp: 0, fp: 1, fn: 1 };
}

export function setSlot(slot: SetSlot, gold: GoldEvent, pred: GoldEvent): Counts {
  const g = new Set((gold[slot] ?? []).map((v) => comparable(slot, v)));
  const p = new Set((pred[slot] ?? []).map((v) => comparable(slot, v)));
  const tp = [...p].filter((v) => g.has(v)).length;
  return { tp, fp: p.size - tp, fn: g.size - tp };
}
