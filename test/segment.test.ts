/** Segmentation on small reports in several layouts, written for these tests. */
import { describe, expect, it } from 'vitest';
import { createDoc, spanFromView } from '../pipeline/document.js';
import { normalize } from '../pipeline/normalize/index.js';
import { segment } from '../pipeline/segment/index.js';

function outline(raw: string) {
  const doc = createDoc({ path: 'test.txt', format: 'txt', raw, sha256: '', bytes: raw.length });
  normalize(doc);
  segment(doc);
  return {
    headings: doc.sections.map((s) => [s.level, spanFromView(doc, s.headingStart, s.headingEnd).text] as const),
    kinds: doc.blocks.map((b) => b.kind),
    labels: doc.blocks.filter((b) => b.label).map((b) => doc.view.text.slice(b.label!.start, b.label!.end)),
  };
}

describe('segment', () => {
  it('agency parts, program titles, colon titles and quoted articles', () => {
    const raw = [
      'This report covers the work of the Secretariat from March 2010 to February 2011.',
      '',
      'INTER-AMERICAN COMMITTEE ',
      '',
      'AGAINST TERRORISM (CICTE)',
      'Maritime Security',
      'Article 4.u:',
      'Confidence-building measures contribute to stability.',
      '',
      'The Secretariat held nine port security courses in the Caribbean.',
      'Youth violence:',
      '12.',
      'We will strengthen cooperation among our border authorities.',
      'Article 2.  Our concept of security is multidimensional.',
      'DEPARTMENT OF PUBLIC SECURITY',
      'The Department trained 40 officers.',
    ].join('\n');
    const o = outline(raw);
    expect(o.headings).toEqual([
      [1, 'INTER-AMERICAN COMMITTEE \n\nAGAINST TERRORISM (CICTE)'],
      [2, 'Maritime Security'],
      [3, 'Youth violence'],
      [1, 'DEPARTMENT OF PUBLIC SECURITY'],
    ]);
    expect(o.labels).toEqual(['Article 4.u', '12', 'Article 2']);
    expect(o.kinds).toEqual(['paragraph', 'heading', 'heading', 'article', 'paragraph', 'heading', 'article', 'article', 'heading', 'paragraph']);
  });

  it('numbered parts, lettered subsections, a lone letter line and bullets', () => {
    const raw = [
      'I. Introduction',
      '',
      'The Department reports on its work in 2014.',
      '',
      'II. Strengthening police capacity',
      '',
      'a) Training of police officers',
      '',
      '• A course on crime analysis was held in Lima, Peru.',
      '- A workshop for 25 investigators took place in Quito.',
      '',
      'b. Meetings and events',
      'The Department met twice with national authorities.',
      '',
      'c.',
      'Cooperation with civil society',
      '',
      'III. Outlook for 2015',
      'Three courses will be held in 2015.',
    ].join('\n');
    const o = outline(raw);
    expect(o.headings).toEqual([
      [1, 'I. Introduction'],
      [1, 'II. Strengthening police capacity'],
      [2, 'a) Training of police officers'],
      [2, 'b. Meetings and events'],
      [2, 'c.\nCooperation with civil society'],
      [1, 'III. Outlook for 2015'],
    ]);
    expect(o.kinds.filter((k) => k === 'bullet')).toHaveLength(2);
  });

  it('joins a hard-wrapped paragraph and keeps a heading broken over two lines whole', () => {
    const para = 'The Secretariat organized a regional workshop on the control of precursor chemicals for\n' +
      'customs officers of the Andean countries, which took place in Bogota, Colombia, with the\n' +
      'support of the Government of Canada and the participation of thirty officials from five\n' +
      'member states of the region.';
    const raw = ['II. National strategies against transnational', 'organized crime', '', para, '', para, '', para].join('\n');
    const o = outline(raw);
    expect(o.headings).toEqual([[1, 'II. National strategies against transnational\norganized crime']]);
    expect(o.kinds).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('takes the title block at the top for a level-1 heading, the parts below it at level 2 (ANNOTATION.md §3)', () => {
    const body = 'The Secretariat held nine courses on port security in the Caribbean during the year.';
    expect(outline(['Inter-American Committee against Terrorism', 'Annual Report 2016', '', '1. Introduction', '', body].join('\n')).headings).toEqual([
      [1, 'Inter-American Committee against Terrorism\nAnnual Report 2016'],
      [2, '1. Introduction'],
    ]);
    expect(outline(['DEPARTMENT OF PUBLIC SECURITY', '', 'I. Introduction', '', body].join('\n')).headings).toEqual([[1, 'DEPARTMENT OF PUBLIC SECURITY'], [2, 'I. Introduction']]);
  });

  it('does not take sentences for headings', () => {
    const raw = [
      'The DPS plans the following activities for 2008:',
      'Salient among them are:',
      'CICAD also offers training for personnel of national drug commissions.',
      'Seventeen delegations gave presentations.',
    ].join('\n');
    expect(outline(raw).headings).toEqual([]);
  });
});
