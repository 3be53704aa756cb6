/**
 * The corpus IS the test suite (Duckling): every extractor's examples, embedded cases and
 * negatives, read through the whole extractor chain on one block as the pipeline would.
 */
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../extractors/corpus-types.js';
import { extractBlock } from '../extractors/engine.js';
import { blockContext, MENTION_TYPES, type MentionType } from '../extractors/types.js';

const corpora = await Promise.all(
  MENTION_TYPES.map(async (type) => [type, (await import(`../extractors/${type}/corpus.ts`)).corpus as Corpus] as const),
);

function mentionsOf(type: MentionType, text: string, context = {}) {
  return extractBlock(text, blockContext(context)).filter((m) => m.type === type);
}

const show = (ms: { start: number; end: number; value: unknown; mod?: string; rule: string }[], text: string) =>
  ms.map((m) => `${JSON.stringify(text.slice(m.start, m.end))}=${JSON.stringify(m.value)}${m.mod ? ` ${m.mod}` : ''} (${m.rule})`).join('; ');

for (const [type, corpus] of corpora) {
  describe(`${type} corpus`, () => {
    for (const group of corpus.examples) {
      for (const phrasing of group.phrasings) {
        it(`${JSON.stringify(phrasing)} → ${JSON.stringify(group.value)}${group.mod ? ` ${group.mod}` : ''}`, () => {
          const found = mentionsOf(type, phrasing, group.context);
          const lead = phrasing.length - phrasing.trimStart().length;
          const expected = { start: lead, end: phrasing.trimEnd().length, value: group.value, mod: group.mod };
          const got = found.map((m) => ({ start: m.start, end: m.end, value: m.value, mod: m.mod }));
          expect(got, show(found, phrasing)).toEqual([expected]);
        });
      }
    }
    for (const c of corpus.embedded) {
      it(`${JSON.stringify(c.mention)} in ${JSON.stringify(c.text.slice(0, 60))}`, () => {
        const start = c.at ?? c.text.indexOf(c.mention);
        expect(start, 'mention must occur in text').toBeGreaterThanOrEqual(0);
        const found = mentionsOf(type, c.text, c.context);
        const hit = found.find((m) => m.start === start && m.end === start + c.mention.length);
        expect(hit ? { value: hit.value, mod: hit.mod } : undefined, show(found, c.text)).toEqual({ value: c.value, mod: c.mod });
        if (c.only) expect(found.length, show(found, c.text)).toBe(1);
      });
    }
    for (const n of corpus.negatives) {
      const { text, context } = typeof n === 'string' ? { text: n, context: {} } : n;
      it(`nothing in ${JSON.stringify(text.slice(0, 70))}`, () => {
        const found = mentionsOf(type, text, context);
        expect(found, show(found, text)).toEqual([]);
      });
    }
  });
}
