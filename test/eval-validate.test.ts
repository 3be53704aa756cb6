import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGold } from '../scripts/eval/load-gold.js';
import { validateGold } from '../scripts/eval/validate-gold.js';

const TEXT = 'Peru met Chile in Lima in May 2007; 30 people came.';
const SHA = createHash('sha256').update(TEXT).digest('hex');
const doc = { content: TEXT, sha256: SHA };

function span(text: string): { start: number; end: number; text: string } {
  const start = TEXT.indexOf(text);
  return { start, end: start + text.length, text };
}

function gold(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'reportkb-gold/1',
    document: 'doc.txt',
    sha256: SHA,
    headings: [],
    mentions: [{ type: 'country', ...span('Peru'), value: 'PER' }],
    events: [{ trigger: span('met'), kind: 'meeting', status: 'held', date: '2007-05', places: ['Lima, PER'], countries: ['PER', 'CHL'] }],
    ...extra,
  };
}

const problemsOf = (extra: Record<string, unknown>): string[] => validateGold(gold(extra), doc);
const mentions = (...items: Array<Record<string, unknown>>): Record<string, unknown> => ({ mentions: items });

describe('validateGold', () => {
  it('accepts a well-formed file', () => {
    expect(problemsOf({})).toEqual([]);
    expect(problemsOf(mentions({ type: 'date', ...span('May 2007'), value: '2007-05/2008-Q1', mod: 'END' }))).toEqual([]);
    expect(problemsOf(mentions({ type: 'place', ...span('Lima'), value: 'Lima, ?' }))).toEqual([]);
  });

  it('names the file-level problems', () => {
    expect(problemsOf({ format: 'reportkb-gold/0' })).toEqual(['format is "reportkb-gold/0", expected "reportkb-gold/1"']);
    expect(problemsOf({ sha256: 'ab'.repeat(32) })[0]).toMatch(/sha256 .* does not match the document's bytes .*changed after annotation/);
    expect(problemsOf({ regions: [[10, 5]] })[0]).toMatch(/^regions\[0\]: \[10,5\] is not a \[start, end\] pair/);
    expect(problemsOf({ mentions: undefined })).toEqual(['mentions is not a list']);
  });

  it('reports a text that is not the slice, and offsets out of range', () => {
    expect(problemsOf(mentions({ type: 'country', start: 0, end: 4, text: 'Perú', value: 'PER' }))[0]).toMatch(/^mentions\[0\] \(country "Perú" 0-4\): text "Perú" is not the slice \[0, 4\) of the document, which reads "Peru"/);
    expect(problemsOf(mentions({ type: 'country', start: 50, end: 70, text: 'x', value: 'PER' }))[0]).toMatch(/offsets out of range \(the text has 51 characters\)/);
    expect(problemsOf(mentions({ type: 'country', start: 4, end: 4, text: '', value: 'PER' }))[0]).toMatch(/offsets out of range \(need 0 <= start < end\)/);
  });

  it('reports an unknown mention type', () => {
    expect(problemsOf(mentions({ type: 'city', ...span('Lima'), value: 'Lima' }))).toEqual(['mentions[0] (city "Lima" 18-22): unknown mention type "city"']);
  });

  it('reports overlapping spans of one type, not of different types', () => {
    const overlapping = problemsOf(mentions({ type: 'date', ...span('May 2007'), value: '2007-05' }, { type: 'date', ...span('2007'), value: '2007' }));
    expect(overlapping).toEqual(['mentions[1] (date "2007" 30-34): overlaps mentions[0] (date "May 2007" 26-34) (spans of one date layer never overlap)']);
    expect(problemsOf(mentions({ type: 'date', ...span('May 2007'), value: '2007-05' }, { type: 'person', ...span('May'), value: 'May' }))).toEqual([]);
  });

  it.each([
    [{ type: 'country', ...span('Peru'), value: 'Per' }, /country value "Per" is not three capital letters/],
    [{ type: 'date', ...span('May 2007'), value: '2007-13' }, /date value "2007-13" breaks the grammar/],
    [{ type: 'date', ...span('May 2007'), value: '2007-02-30' }, /breaks the grammar/],
    [{ type: 'date', ...span('May 2007'), value: '2007-Q5' }, /breaks the grammar/],
    [{ type: 'date', ...span('May 2007'), value: 'May 2007' }, /breaks the grammar/],
    [{ type: 'date', ...span('May 2007'), value: '2008/2007-05' }, /ends before it starts/],
    [{ type: 'date', ...span('May 2007'), value: '2007-05', mod: 'EARLY' }, /mod "EARLY" is not one of START\|MID\|END\|APPROX\|BEFORE\|AFTER/],
    [{ type: 'participants', ...span('30'), value: 30, mod: 'START' }, /mod "START" is not one of APPROX\|MORE_THAN\|AT_LEAST/],
    [{ type: 'participants', ...span('30'), value: '30' }, /participants value "30" is not a positive integer/],
    [{ type: 'participants', ...span('30'), value: 0 }, /participants value 0 is not a positive integer/],
    [{ type: 'place', ...span('Lima'), value: 'Lima' }, /place value "Lima" is not "Name, XXX" or "Name, \?"/],
    [{ type: 'article', ...span('30'), value: '' }, /article value "" is not a non-empty string/],
    [{ type: 'country', ...span('Peru'), value: 'PER', mod: 'APPROX' }, /mod "APPROX" is not allowed on a country mention/],
  ])('reports a value that breaks the grammar: %j', (item, reason) => {
    const problems = problemsOf(mentions(item));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(reason);
  });

  it.each([
    [{ kind: 'lecture' }, /kind "lecture" is not one of workshop\|/],
    [{ status: 'done' }, /status "done" is not one of held\|planned/],
    [{ count: 1.5 }, /count 1.5 is not a positive integer/],
    [{ participants: -3 }, /participants -3 is not a positive integer/],
    [{ date: '07-05' }, /date value "07-05" breaks the grammar/],
    [{ date: undefined, mod: 'START' }, /mod given without a date/],
    [{ countries: 'PER' }, /countries is not a list/],
    [{ countries: ['PER', 'peru'] }, /countries element "peru" is not three capital letters/],
    [{ places: ['Lima'] }, /places element "Lima" is not "Name, XXX"/],
    [{ organizations: [''] }, /organizations element "" is not a non-empty string/],
    [{ venue: 'Lima' }, /unknown slot "venue"/],
    [{ trigger: { start: 5, end: 8, text: 'xxx' } }, /text "xxx" is not the slice/],
  ])('reports a malformed event: %j', (slots, reason) => {
    const event = { trigger: span('met'), kind: 'meeting', status: 'held', ...slots };
    const problems = problemsOf({ events: [event] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^events\[0\] \(trigger "/);
    expect(problems[0]).toMatch(reason);
  });

  it('accepts part_of that points to another event, and reports one that does not', () => {
    const group = { trigger: span('Peru'), kind: 'meeting', status: 'held' };
    const member = (part_of: unknown) => ({ trigger: span('met'), kind: 'meeting', status: 'held', part_of });
    expect(problemsOf({ events: [group, member(span('Peru').start)] })).toEqual([]);
    expect(problemsOf({ events: [group, member(span('met').start)] })[0]).toMatch(/^events\[1\] \(trigger "met".*part_of points to the event itself/);
    expect(problemsOf({ events: [group, member(3)] })[0]).toMatch(/part_of 3 is not the trigger start of an event in this file/);
    expect(problemsOf({ events: [group, member('0')] })[0]).toMatch(/part_of "0" is not a trigger start/);
  });

  it('reports overlapping headings and event triggers', () => {
    const headings = [{ ...span('Peru met'), level: 1 }, { ...span('met Chile'), level: 0 }];
    expect(problemsOf({ headings })).toEqual([
      'headings[1] ("met Chile" 5-14): level 0 is not an integer >= 1',
      'headings[1] ("met Chile" 5-14): overlaps headings[0] ("Peru met" 0-8) (spans of one heading layer never overlap)',
    ]);
    const events = [{ trigger: span('met'), kind: 'meeting', status: 'held' }, { trigger: span('met Chile'), kind: 'meeting', status: 'held' }];
    expect(problemsOf({ events })[0]).toMatch(/overlaps events\[0\]/);
  });
});

describe('loadGold', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reportkb-eval-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'doc.txt'), TEXT);

  it('loads a valid file and resolves the document against its folder', async () => {
    writeFileSync(join(dir, 'ok.gold.json'), JSON.stringify(gold()));
    const { loaded, problems } = await loadGold(join(dir, 'ok.gold.json'));
    expect(problems).toEqual([]);
    expect(loaded?.documentPath).toBe(join(dir, 'doc.txt'));
  });

  it('reports a text edited after annotation, a missing document and broken JSON', async () => {
    writeFileSync(join(dir, 'edited.gold.json'), JSON.stringify(gold({ sha256: createHash('sha256').update('old text').digest('hex') })));
    writeFileSync(join(dir, 'lost.gold.json'), JSON.stringify(gold({ document: 'nowhere.txt' })));
    writeFileSync(join(dir, 'broken.gold.json'), '{"format": ');
    const edited = await loadGold(join(dir, 'edited.gold.json'));
    expect(edited.loaded).toBeUndefined();
    expect(edited.problems.map((p) => p.reason)).toEqual([expect.stringMatching(/does not match the document's bytes/)]);
    expect((await loadGold(join(dir, 'lost.gold.json'))).problems[0]?.reason).toMatch(/^document nowhere.txt cannot be read/);
    expect((await loadGold(join(dir, 'broken.gold.json'))).problems[0]).toMatchObject({ path: join(dir, 'broken.gold.json'), reason: expect.stringMatching(/^cannot read gold file/) });
  });
});
