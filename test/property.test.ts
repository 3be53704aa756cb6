/**
 * Property tests over random and mutated report text (issue 7): no stage throws, every span
 * (headings, mentions, activity triggers) lies in the raw text and quotes it exactly, and every
 * value follows ANNOTATION.md §2 — checked by the eval's own gold validator, so what the pipeline
 * emits is always a valid gold file. Bounded runs on short texts, so the file stays quick.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../pipeline/document.js';
import { processDoc, toGold } from '../pipeline/index.js';
import { toRecord } from '../pipeline/record.js';
import { validateGold } from '../scripts/eval/validate-gold.js';
import { ROOT } from './helpers.js';

const TEXTS = join(ROOT, 'fixtures', 'texts');
const PARAGRAPHS = readdirSync(TEXTS)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(join(TEXTS, f), 'utf8').split(/\n\s*\n/))
  .filter((p) => p.trim() !== '');

/** Pieces that trouble text pipelines: line ends, page breaks, odd Unicode, list and label shapes. */
const NASTY = [
  '\r\n', '\r', '\n', '\n\n', '\n\n\n\n', '\f', '\t', '\u00A0', '\u2028', '\uFEFF', '\uFFFD', '\u200B', '\u0301',
  '😀', '𝐀', '\uD83D', '\uDE00', '• ', '- ', '* ', '1. ', 'a) ', 'IV. ', 'Article 4.u:', '24.', 'Gangs:',
  'CICAD', '(RCMP)', 'U.S.', 'St. Kitts', 'Peru', 'Lima, Peru', 'May 21', ' 2014', '-', '–', '/', ',', '.', '(', ')', '"', "'s",
  '30 participants', 'more than 1,400', 'Q1', 'early', 'late 2008 or early 2009', 'between 2012 and', '07)',
  // values at the edges of the grammar: impossible days, reversed ranges, zero and huge counts
  'February 30, 2014', '31 June 2014', 'June 31', 'May 29-27, 2014', 'December 2014 through January 2013', '2014-2012', '2012 and 2009',
  'second half of 2008', 'fourth quarter of', '0 participants', '00 officers', 'Costa Rica (00)', '99999999999999999999 participants',
  'zero officers', 'one thousand', 'nine hundred thousand million', '1,400,000,000,000 people', 'the 1st to the 31st of February',
];

const mutation = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...NASTY) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 4 }) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('crlf' as const) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('one-line' as const) }), weight: 1 },
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'insert': {
      const at = text.length === 0 ? 0 : m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'delete': {
      const at = text.length === 0 ? 0 : m.at % text.length;
      return text.slice(0, at) + text.slice(at + m.length);
    }
    case 'crlf':
      return text.replace(/\n/g, '\r\n');
    case 'one-line':
      return text.replace(/\s*\n\s*/g, ' '); // a very long line
  }
}

/** One to four fixture paragraphs, blank-line separated, with up to eight mutations. */
const mutatedReport = fc
  .tuple(fc.array(fc.constantFrom(...PARAGRAPHS), { minLength: 1, maxLength: 4 }), fc.array(mutation, { maxLength: 16 }))
  .map(([paragraphs, mutations]) => mutations.reduce(mutate, paragraphs.join('\n\n')));

const FIXTURES = readdirSync(TEXTS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(TEXTS, f), 'utf8'));

/** A whole fixture report (headings, parts, lists) with up to forty mutations. */
const mutatedFixture = fc
  .tuple(fc.constantFrom(...FIXTURES), fc.array(mutation, { maxLength: 40 }))
  .map(([text, mutations]) => mutations.reduce(mutate, text));

/** Text from scratch: words, numbers, the nasty pieces and random Unicode, in any order. */
const randomReport = fc
  .array(fc.oneof(fc.constantFrom(...NASTY), fc.constantFrom('workshop', 'held in', 'the', 'officers', 'of', 'and', 'January', 'Department of'), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 60 })
  .map((parts) => parts.join(' '));

/** Everything the pipeline says about `raw` that a user sees, or the reasons it is wrong. */
function problemsOf(raw: string): string[] {
  const sha256 = createHash('sha256').update(raw).digest('hex');
  const doc = createDoc({ path: 'prop.txt', format: 'txt', raw, sha256, bytes: Buffer.byteLength(raw) });
  const result = processDoc(doc);
  toRecord('prop.txt', result); // the database rows can be made too
  const gold = toGold(result, 'prop.txt');
  const problems = validateGold(gold, { content: raw, sha256 });
  // An extractor that throws is caught by the engine and said as an error message: none may appear.
  for (const m of result.doc.messages) if (m.severity === 'error') problems.push(`${m.source}: ${m.reason}`);
  // The same span contract, said directly (validateGold also checks it, with overlaps and values).
  for (const item of [...gold.headings, ...gold.mentions, ...gold.events.map((e) => e.trigger)]) {
    if (!(Number.isInteger(item.start) && 0 <= item.start && item.start < item.end && item.end <= raw.length && raw.slice(item.start, item.end) === item.text)) {
      problems.push(`span ${JSON.stringify(item)} is not a slice of the text`);
    }
  }
  return problems;
}

/** PROPERTY_RUNS=5000 for a longer hunt. */
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 100), endOnFailure: true };

describe('the pipeline over mutated and random text', () => {
  it('never throws, and emits only spans that quote the text and values that follow the grammar (mutated fixture paragraphs)', () => {
    fc.assert(fc.property(mutatedReport, (raw) => {
      expect(problemsOf(raw)).toEqual([]);
    }), RUNS);
  }, 30_000);

  it('the same over whole mutated fixture reports', () => {
    fc.assert(
      fc.property(mutatedFixture, (raw) => {
        expect(problemsOf(raw)).toEqual([]);
      }),
      { ...RUNS, numRuns: Math.ceil(RUNS.numRuns / 4) },
    );
  }, 30_000);

  it('the same over random text', () => {
    fc.assert(fc.property(randomReport, (raw) => {
      expect(problemsOf(raw)).toEqual([]);
    }), RUNS);
  }, 30_000);

  it('the same on edge cases: empty, blank, lone labels, a lone surrogate, only a BOM', () => {
    for (const raw of ['', ' ', '\n\n\n', '\uFEFF', '\uFEFF\n', 'Article 4.u:', '24.', '•', '- ', 'a)', '\uD83D', '\uDE00abc', '\f\f', '\r\n\r\n', '2014', 'May', 'Peru', '(07)', 'x'.repeat(5000)]) {
      expect(problemsOf(raw), JSON.stringify(raw.slice(0, 40))).toEqual([]);
    }
  });
});
