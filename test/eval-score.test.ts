import { describe, expect, it } from 'vitest';
import { GOLD_FORMAT, type GoldEvent, type GoldFile, type GoldMention } from '../pipeline/gold.js';
import { MENTION_TYPES } from '../extractors/types.js';
import { TYPE_ORDER } from '../scripts/eval/types.js';
import { maxMatching } from '../scripts/eval/match.js';
import { prf } from '../scripts/eval/ratios.js';
import { score, sumCounts, toReport } from '../scripts/eval/score.js';

const TEXT = 'Peru and Chile met in Bogotá, Colombia in early May 2007 with 30 participants from the OAS.';

function at(text: string, nth = 0): { start: number; end: number; text: string } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXT.indexOf(text, start + 1);
  if (start < 0) throw new Error(`"${text}" not in the test text`);
  return { start, end: start + text.length, text };
}

function mention(type: string, text: string, value: string | number, extra: Partial<GoldMention> = {}): GoldMention {
  return { type, ...at(text), value, ...extra };
}

function file(parts: Partial<GoldFile> = {}): GoldFile {
  return { format: GOLD_FORMAT, document: 'x.txt', sha256: '', headings: [], mentions: [], events: [], ...parts };
}

const GOLD = file({
  mentions: [
    mention('country', 'Peru', 'PER'),
    mention('country', 'Chile', 'CHL'),
    mention('place', 'Bogotá', 'Bogotá, COL'),
    mention('country', 'Colombia', 'COL'),
    mention('date', 'early May 2007', '2007-05', { mod: 'START' }),
    mention('participants', '30', 30),
    mention('organization', 'OAS', 'OAS'),
  ],
});

describe('score: mentions', () => {
  it('scores a perfect prediction 1 everywhere', () => {
    const report = toReport(score(GOLD, GOLD), 1);
    expect(report.micro.value).toEqual({ p: 1, r: 1, f1: 1, tp: 7, fp: 0, fn: 0 });
    expect(report.types.country?.strict).toEqual({ p: 1, r: 1, f1: 1, tp: 3, fp: 0, fn: 0 });
  });

  it('counts a shifted span as relaxed and value, not strict', () => {
    const shifted = { ...at('Peru and'), type: 'country', value: 'PER' };
    const counts = score(file({ mentions: [mention('country', 'Peru', 'PER')] }), file({ mentions: [shifted] }));
    expect(counts.types.country).toEqual({ strict: { tp: 0, fp: 1, fn: 1 }, relaxed: { tp: 1, fp: 0, fn: 0 }, value: { tp: 1, fp: 0, fn: 0 } });
  });

  it('counts the right span with a wrong value as one fp and one fn of the value scheme', () => {
    const counts = score(file({ mentions: [mention('country', 'Peru', 'PER')] }), file({ mentions: [mention('country', 'Peru', 'PRY')] }));
    expect(counts.types.country).toEqual({ strict: { tp: 1, fp: 0, fn: 0 }, relaxed: { tp: 1, fp: 0, fn: 0 }, value: { tp: 0, fp: 1, fn: 1 } });
  });

  it('compares the date mod when the gold has one, and ignores an extra mod on the prediction', () => {
    const withMod = file({ mentions: [mention('date', 'May 2007', '2007-05', { mod: 'START' })] });
    const without = file({ mentions: [mention('date', 'May 2007', '2007-05')] });
    expect(score(withMod, without).types.date.value).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(score(without, withMod).types.date.value).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('compares organizations without case and places without case or accents', () => {
    const gold = file({ mentions: [mention('organization', 'OAS', 'OAS'), mention('place', 'Bogotá', 'Bogotá, COL')] });
    const pred = file({ mentions: [mention('organization', 'OAS', 'oas'), mention('place', 'Bogotá', 'BOGOTA, COL')] });
    const counts = score(gold, pred);
    expect(counts.types.organization.value.tp).toBe(1);
    expect(counts.types.place.value.tp).toBe(1);
  });

  it('gives 1 tp and 1 fp when two predictions overlap one gold item', () => {
    const gold = file({ mentions: [mention('date', 'early May 2007', '2007-05', { mod: 'START' })] });
    const pred = file({ mentions: [mention('date', 'early May', '2007-05', { mod: 'START' }), mention('date', '2007', '2007')] });
    expect(score(gold, pred).types.date.relaxed).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(score(gold, pred).types.date.value).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it('finds the maximum matching where greedy by overlap would not', () => {
    // g0 = [0,10) g1 = [10,20); p0 = [2,12) overlaps g0 by 8 and g1 by 2; p1 = [0,3) overlaps g0 by 3.
    // Greedy takes (g0,p0) first and ends with one pair; the maximum is (g0,p1) + (g1,p0).
    const candidates = [
      { gold: 0, pred: 0, weight: 8 },
      { gold: 1, pred: 0, weight: 2 },
      { gold: 0, pred: 1, weight: 3 },
    ];
    expect(maxMatching(candidates)).toEqual([{ gold: 0, pred: 1 }, { gold: 1, pred: 0 }]);
  });

  it('prefers the larger overlap among matchings of the same size', () => {
    expect(maxMatching([{ gold: 0, pred: 0, weight: 3 }, { gold: 0, pred: 1, weight: 8 }])).toEqual([{ gold: 0, pred: 1 }]);
    expect(maxMatching([{ gold: 0, pred: 0, weight: 3 }, { gold: 1, pred: 0, weight: 8 }])).toEqual([{ gold: 1, pred: 0 }]);
  });

  it('pairs, for the value scheme, a prediction with the overlapping gold item whose value it has', () => {
    const gold = file({ mentions: [mention('country', 'Peru', 'PER'), mention('country', 'Chile', 'CHL')] });
    const pred = file({ mentions: [{ ...at('Peru and Chile'), type: 'country', value: 'CHL' }] });
    expect(score(gold, pred).types.country.value).toEqual({ tp: 1, fp: 0, fn: 1 });
  });

  it('scores only items that start inside a region', () => {
    const cut = at('Bogotá').start;
    const gold = { ...GOLD, regions: [[0, cut]] as Array<[number, number]> };
    const pred = file({ mentions: [mention('country', 'Peru', 'PER'), mention('country', 'Colombia', 'XXX'), mention('organization', 'OAS', 'OAS')] });
    const counts = score(gold, pred);
    expect(counts.types.country.value).toEqual({ tp: 1, fp: 0, fn: 1 }); // Chile missed; Colombia is out of the region
    expect(counts.types.organization.value).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(counts.types.date.value).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('scores an empty gold file: 1 when nothing is predicted, 0 precision on any prediction', () => {
    const empty = toReport(score(file(), file()), 1);
    expect(empty.micro.value).toEqual({ p: 1, r: 1, f1: 1, tp: 0, fp: 0, fn: 0 });
    expect(empty.headings?.level_accuracy).toBe(1);
    expect(empty.events?.trigger.f1).toBe(1);
    const stray = toReport(score(file(), file({ mentions: [mention('country', 'Peru', 'PER')] })), 1);
    expect(stray.types.country?.value).toEqual({ p: 0, r: 0, f1: 0, tp: 0, fp: 1, fn: 0 });
    expect(stray.types.date?.value.f1).toBe(1);
  });

  it('sums counts over documents before taking ratios', () => {
    const half = file({ mentions: [mention('country', 'Peru', 'PER')] });
    const total = sumCounts([score(GOLD, GOLD), score(GOLD, half)]);
    expect(total.types.country.value).toEqual({ tp: 4, fp: 0, fn: 2 });
    expect(toReport(total, 2).types.country?.value.r).toBeCloseTo(4 / 6);
  });

  it('keeps the ratios 0 when a denominator is 0 but something was scored', () => {
    expect(prf({ tp: 0, fp: 0, fn: 3 })).toEqual({ p: 0, r: 0, f1: 0, tp: 0, fp: 0, fn: 3 });
  });
});

describe('score: headings and events', () => {
  it('matches headings on overlap and measures the level over matched pairs', () => {
    const gold = file({ headings: [{ ...at('Peru and Chile'), level: 1 }, { ...at('from the OAS'), level: 2 }] });
    const pred = file({ headings: [{ ...at('Peru and'), level: 1 }, { ...at('the OAS'), level: 1 }, { ...at('Colombia'), level: 1 }] });
    const report = toReport(score(gold, pred), 1);
    expect(report.headings?.relaxed).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(report.headings?.level_accuracy).toBe(0.5);
  });

  const event = (trigger: string, slots: Partial<GoldEvent>): GoldEvent => ({ trigger: at(trigger), kind: 'meeting', status: 'held', ...slots });

  it('scores set slots per element and scalar slots as tp, or fp and/or fn', () => {
    const gold = file({
      events: [event('met', { count: 1, date: '2007-05', mod: 'START', countries: ['PER', 'CHL'], places: ['Bogotá, COL'], organizations: ['OAS'], participants: 30 })],
    });
    const pred = file({
      events: [event('met in', { kind: 'meeting', status: 'planned', date: '2007-05', countries: ['PER', 'COL'], places: ['bogota, col'], organizations: ['oas', 'CICAD'], count: 1 })],
    });
    const { events } = score(gold, pred);
    expect(events.trigger).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(events.slots.kind).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(events.slots.status).toEqual({ tp: 0, fp: 1, fn: 1 }); // different value: both
    expect(events.slots.count).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(events.slots.date).toEqual({ tp: 0, fp: 1, fn: 1 }); // gold mod START missing
    expect(events.slots.participants).toEqual({ tp: 0, fp: 0, fn: 1 }); // missed
    expect(events.slots.countries).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(events.slots.places).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(events.slots.organizations).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it('counts an unneeded scalar as fp and scores slots over matched events only', () => {
    const gold = file({ events: [event('met', {})] });
    const pred = file({ events: [event('met', { count: 2 }), event('participants', { count: 5, countries: ['PER'] })] });
    const { events } = score(gold, pred);
    expect(events.trigger).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(events.slots.count).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(events.slots.countries).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('scores part_of as a pointer to the predicted event matched to the gold group', () => {
    const group = at('met');
    // gold: "met" is the group, "participants" and "OAS" its members
    const gold = file({ events: [event('met', {}), event('participants', { part_of: group.start }), event('OAS', { part_of: group.start })] });
    // predicted: the group's trigger is wider ("met in"), so a right pointer names where it starts; one member points elsewhere
    const wider = at('met in');
    const pred = file({ events: [event('met in', {}), event('participants', { part_of: wider.start }), event('OAS', { part_of: at('Peru').start })] });
    const { events } = score(gold, pred);
    expect(events.slots.part_of).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(events.record).toEqual({ tp: 2, fp: 1, fn: 1 });
    // a pointer where the gold has none is an fp; none where the gold has one is an fn
    const { events: loose } = score(file({ events: [event('met', {}), event('OAS', {})] }), file({ events: [event('met', { part_of: at('OAS').start }), event('OAS', { part_of: at('met').start })] }));
    expect(loose.slots.part_of).toEqual({ tp: 0, fp: 2, fn: 0 });
    expect(score(gold, file({ events: [event('met', {}), event('participants', {})] })).events.slots.part_of).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  it('counts an exact record only when every slot of a matched event is equal', () => {
    const gold = file({ events: [event('met', { date: '2007-05', countries: ['PER'] }), event('participants', { participants: 30 })] });
    const pred = file({ events: [event('met', { date: '2007-05', countries: ['PER', 'CHL'] }), event('participants', { participants: 30 }), event('OAS', {})] });
    expect(score(gold, pred).events.record).toEqual({ tp: 1, fp: 2, fn: 1 });
    expect(toReport(score(gold, gold), 1).events?.record).toMatchObject({ p: 1, r: 1, f1: 1, tp: 2 });
  });

  it('places events by where their trigger starts', () => {
    const gold = file({ regions: [[10, 30]], events: [event('met', {}), event('participants', {})] });
    expect(score(gold, file({ events: [event('participants', {})] })).events.trigger).toEqual({ tp: 0, fp: 0, fn: 1 });
  });
});

describe('toReport --types', () => {
  it('lists every mention type, in the order of ANNOTATION.md', () => {
    expect([...TYPE_ORDER].sort()).toEqual([...MENTION_TYPES].sort());
    expect(Object.keys(toReport(score(GOLD, GOLD), 1).types)).toEqual([...TYPE_ORDER]);
  });

  const counts = score(GOLD, GOLD);
  it('keeps headings and events unless one of them is named', () => {
    const dates = toReport(counts, 1, { only: ['date'] });
    expect(Object.keys(dates.types)).toEqual(['date']);
    expect(dates.micro.value.tp).toBe(1);
    expect(dates.headings).toBeDefined();
    expect(dates.events).toBeDefined();
    const sections = toReport(counts, 1, { only: ['events'] });
    expect(Object.keys(sections.types)).toEqual([]);
    expect(sections.headings).toBeUndefined();
    expect(sections.events).toBeDefined();
  });
});
