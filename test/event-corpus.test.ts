/**
 * The activities corpus (extractors/event/corpus.ts) read through the whole pipeline: each case
 * must give exactly its activities, in order, with the stated fields; each negative none.
 */
import { describe, expect, it } from 'vitest';
import { cases, negatives, type ExpectedEvent } from '../extractors/event/corpus.js';
import { createDoc } from '../pipeline/document.js';
import type { GoldEvent } from '../pipeline/gold.js';
import { processDoc } from '../pipeline/index.js';

function eventsOf(text: string): GoldEvent[] {
  return processDoc(createDoc({ path: 'corpus.txt', format: 'txt', raw: text, sha256: '', bytes: text.length })).events.map((e) => e.gold);
}

const show = (events: GoldEvent[]) => events.map((e) => `${e.trigger.start} ${JSON.stringify(e.trigger.text)} ${JSON.stringify({ ...e, trigger: undefined })}`).join('\n');

function check(got: GoldEvent, want: ExpectedEvent, context: string, all: readonly GoldEvent[]): void {
  const { trigger, exact, count, memberOf, ...slots } = want;
  if (memberOf === null) expect(got.part_of, `part_of\n${context}`).toBeUndefined();
  else if (memberOf !== undefined) expect(got.part_of, `part_of\n${context}`).toBe(all[memberOf]?.trigger.start);
  if (exact) expect(got.trigger.text, context).toBe(trigger);
  else expect(trigger.includes(got.trigger.text) || got.trigger.text.includes(trigger), `${JSON.stringify(got.trigger.text)} ~ ${JSON.stringify(trigger)}\n${context}`).toBe(true);
  if (count === null) expect(got.count, context).toBeUndefined();
  else if (count !== undefined) expect(got.count, context).toBe(count);
  for (const [key, value] of Object.entries(slots)) {
    const actual = got[key as keyof GoldEvent];
    if (Array.isArray(value)) expect([...((actual as string[] | undefined) ?? [])].sort(), `${key}\n${context}`).toEqual([...value].sort());
    else expect(actual, `${key}\n${context}`).toEqual(value);
  }
}

describe('event corpus', () => {
  for (const c of cases) {
    it(c.text.slice(0, 90), () => {
      const got = eventsOf(c.text);
      const context = show(got);
      expect(got.length, context).toBe(c.events.length);
      c.events.forEach((want, i) => check(got[i]!, want, context, got));
      for (const e of got) expect(c.text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    });
  }
  for (const text of negatives) {
    it(`nothing in ${JSON.stringify(text.slice(0, 70))}`, () => {
      const got = eventsOf(text);
      expect(got, show(got)).toEqual([]);
    });
  }
});
