/**
 * The cheap tests that front-lines.ts runs before its costlier patterns (isDateLine's word count and
 * its digit-or-month test, frontKind's separator, 'session'/'meeting', comma-and-digit and a-z tests)
 * must never change an answer: isDateLine is compared with its full tokenization (as it was written
 * before the prefilters), on every line of the fixture texts and on lines written for this test; and
 * frontKind keeps the kind it gave before them on lines of each prefiltered kind and near misses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../pipeline/document.js';
import { normalize } from '../pipeline/normalize/index.js';
import { frontKind, isDateLine } from '../pipeline/segment/front-lines.js';
import { viewLines } from '../pipeline/segment/view-lines.js';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';
const MONTH = new RegExp(`^(?:${MONTHS})\\.?,?$`, 'i');

/** isDateLine without its prefilters: the tokenization alone. */
function fullIsDateLine(text: string): boolean {
  const tokens = text.replace(/[()]/g, ' ').split(/[\s,]+|(?<=\d)(?=[-–])|(?<=[-–])(?=\d)/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 10) return false;
  let dated = false;
  for (const token of tokens) {
    if (MONTH.test(token) || /^\d{4}$/.test(token) || /^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(token) || /^\d{4}-\d{2}-\d{2}$/.test(token)) dated = true;
    else if (/^(?:[-–—/]|\d{1,2}(?:st|nd|rd|th)?|to|through|and|until|de|al|y)$/i.test(token)) continue;
    else if (/^(?:[A-Za-z]+[-–][A-Za-z]+)$/.test(token) && token.split(/[-–]/).every((t) => MONTH.test(t))) dated = true;
    else return false;
  }
  return dated;
}

const WRITTEN = [
  'May 2016', '9 March 2017', 'April-June 2016', '07/26/2016 - 07/28/2016', 'July 2011 to June 2012', '(March 2024)',
  'enero de 2020', 'Dec. 2019', 'SEPTIEMBRE Y OCTUBRE 2019', '1 2 3 4 5 6 7 8 9 10 2016', '1 2 3 4 5 6 7 8 9 10 11 2016',
  '2016-2017', '2016–2017 and 2018', 'March,April,May,June,July,August,September,October,November,December,January',
  'December', 'diciembre', 'Nov.', 'Marine resources', 'Summary', 'to and through', '12th', 'Sept 2020', 'ſeptember 2020', '2020-01-15',
];

function fixtureLines(): string[] {
  const dir = join(import.meta.dirname, '..', 'fixtures', 'texts');
  const out: string[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    const raw = readFileSync(join(dir, name), 'utf8');
    const doc = createDoc({ path: name, format: 'txt', raw, sha256: '', bytes: raw.length });
    normalize(doc);
    for (const line of viewLines(doc.view.text)) out.push(line.text);
  }
  return out;
}

describe('front-lines prefilters', () => {
  it('isDateLine answers as its full tokenization does', () => {
    const lines = [...fixtureLines(), ...WRITTEN];
    expect(lines.length).toBeGreaterThan(300);
    const dated = lines.filter((l) => fullIsDateLine(l));
    expect(dated.length).toBeGreaterThan(10); // the comparison meets date lines, not only rejections
    for (const line of lines) expect(isDateLine(line), line).toBe(fullIsDateLine(line));
  });

  it('frontKind keeps its kinds on lines of each prefiltered kind and near misses', () => {
    const kinds: Array<[string, string | undefined]> = [
      ['Home › News › Events', 'breadcrumb'],
      ['About | Programs | News | Contact', 'breadcrumb'],
      ['Forty-fourth regular session', 'session'],
      ['ſession', 'session'], // folded as SESSION folds it (/iu)
      ['Fifty-first Regular Session (Washington, D.C.)', undefined],
      ['Meeting of experts', undefined],
      ['Kingston, 10 March 2024', 'date'],
      ['Washington, D.C., May 5, 2016', 'date'],
      ['Lima, Peru', undefined],
      ['CP19666E01', 'code'],
      ['E 123 456 (S)', 'code'],
      ['GE.17-01234 (E)', 'code'],
      ['24.', undefined],
      ['Marine resources', undefined],
      ['Distr.: General', 'header'],
      ['A/70/123', 'symbol'],
    ];
    for (const [line, kind] of kinds) expect(frontKind(line), line).toBe(kind);
  });
});
