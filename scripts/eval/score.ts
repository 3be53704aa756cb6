/**
 * The accuracy contract (ANNOTATION.md §5) as pure functions: `score` counts one document,
 * `sumCounts` adds documents (tp/fp/fn summed, so the figures are micro over documents), and
 * `toReport` turns counts into the `--json` object.
 *
 * `only` (from `--types`) restricts what is reported: mention types named there, and `headings` /
 * `events` when named. When `only` names neither `headings` nor `events`, both are kept, so
 * `--types date` shows dates, headings and events, and `--types headings,events` shows no mention type.
 */
import type { GoldFile } from '../../pipeline/gold.js';
import type { MentionType } from '../../extractors/types.js';
import { addCounts, levelAccuracy, prf, zeroCounts } from './ratios.js';
import { scoreEvents } from './score-events.js';
import { scoreHeadings } from './score-headings.js';
import { scoreMentionType } from './score-mentions.js';
import { EVENT_SLOTS, SCHEMES, TYPE_ORDER, type Counts, type DocCounts, type EvalReport, type EventSlot, type Scheme, type SchemeScores, type Prf } from './types.js';

export const SECTIONS = ['headings', 'events'] as const;
export const REPORTABLE: readonly string[] = [...TYPE_ORDER, ...SECTIONS];

export function score(gold: GoldFile, predicted: GoldFile): DocCounts {
  const types = Object.fromEntries(TYPE_ORDER.map((t) => [t, scoreMentionType(gold, predicted, t)])) as DocCounts['types'];
  return { types, headings: scoreHeadings(gold, predicted), events: scoreEvents(gold, predicted) };
}

export function emptyCounts(): DocCounts {
  const schemes = (): Record<Scheme, Counts> => ({ strict: zeroCounts(), relaxed: zeroCounts(), value: zeroCounts() });
  return {
    types: Object.fromEntries(TYPE_ORDER.map((t) => [t, schemes()])) as DocCounts['types'],
    headings: { relaxed: zeroCounts(), levelEqual: 0 },
    events: { trigger: zeroCounts(), slots: Object.fromEntries(EVENT_SLOTS.map((s) => [s, zeroCounts()])) as Record<EventSlot, Counts>, record: zeroCounts() },
  };
}

export function sumCounts(docs: readonly DocCounts[]): DocCounts {
  const total = emptyCounts();
  for (const doc of docs) {
    for (const t of TYPE_ORDER) for (const s of SCHEMES) total.types[t][s] = addCounts(total.types[t][s], doc.types[t][s]);
    total.headings.relaxed = addCounts(total.headings.relaxed, doc.headings.relaxed);
    total.headings.levelEqual += doc.headings.levelEqual;
    total.events.trigger = addCounts(total.events.trigger, doc.events.trigger);
    for (const s of EVENT_SLOTS) total.events.slots[s] = addCounts(total.events.slots[s], doc.events.slots[s]);
    total.events.record = addCounts(total.events.record, doc.events.record);
  }
  return total;
}

export interface ReportOptions {
  /** Names from `--types`; absent means everything. */
  only?: readonly string[];
}

export function toReport(counts: DocCounts, documents: number, opts: ReportOptions = {}): EvalReport {
  const only = opts.only;
  const types = TYPE_ORDER.filter((t) => !only || only.includes(t));
  const namesSection = only?.some((n) => (SECTIONS as readonly string[]).includes(n)) ?? false;
  const showSection = (name: string): boolean => !namesSection || only!.includes(name);
  const schemeScores = (c: Record<Scheme, Counts>): SchemeScores => ({ strict: prf(c.strict), relaxed: prf(c.relaxed), value: prf(c.value) });
  const micro = (s: Scheme): Counts => types.reduce((sum, t) => addCounts(sum, counts.types[t][s]), zeroCounts());
  const report: EvalReport = {
    documents,
    types: Object.fromEntries(types.map((t) => [t, schemeScores(counts.types[t])])) as Partial<Record<MentionType, SchemeScores>>,
    micro: { strict: prf(micro('strict')), relaxed: prf(micro('relaxed')), value: prf(micro('value')) },
  };
  if (showSection('headings')) report.headings = { relaxed: prf(counts.headings.relaxed), level_accuracy: levelAccuracy(counts.headings.relaxed, counts.headings.levelEqual) };
  if (showSection('events')) {
    report.events = {
      trigger: prf(counts.events.trigger),
      slots: Object.fromEntries(EVENT_SLOTS.map((s) => [s, prf(counts.events.slots[s])])) as Record<EventSlot, Prf>,
      record: prf(counts.events.record),
    };
  }
  return report;
}
