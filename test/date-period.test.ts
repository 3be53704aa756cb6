/**
 * Report-period detection (extractors/date/period.ts): the period a report states about itself
 * near its start, and nothing when it states none.
 */
import { describe, expect, it } from 'vitest';
import { findReportPeriod } from '../extractors/date/period.js';

const cases: Array<[text: string, start: string, end: string, stated: string]> = [
  [
    'This report summarizes the work of the Department for the period comprised between March 2009 through February 2010.',
    '2009-03', '2010-02', 'March 2009 through February 2010',
  ],
  ['The Secretariat presents its activities during the period January to December 2014, by program.', '2014-01', '2014-12', 'January to December 2014'],
  ['This document covers activities from March 2010 to February 2011 in all member states.', '2010-03', '2011-02', 'March 2010 to February 2011'],
  ['ANNUAL REPORT 2014\n\nSecretariat for Multidimensional Security\n\nIntroduction', '2014-01', '2014-12', '2014'],
  ['Report for 2016 of the Inter-American Committee\n\nThe Committee met twice.', '2016-01', '2016-12', '2016'],
  ['The present report covers the period from 1 July 2011 to 30 June 2012.', '2011-07', '2012-06', '1 July 2011 to 30 June 2012'],
  ['This report covers 2018 and the first months of 2019.', '2018-01', '2018-12', '2018'],
  ['Activities carried out in the second half of 2009 are reported here.', '2009-07', '2009-12', 'second half of 2009'],
  // one chapter or section of a larger report saying what it reviews, or "the work carried out in"
  ['Chapter 3. Firearms\n\nThis chapter describes what the Unit achieved during 2017 in the field of firearms marking.', '2017-01', '2017-12', '2017'],
  ['The work done by the office over the first quarter of 2021 focused on ports.', '2021-01', '2021-03', 'first quarter of 2021'],
  // a newsletter's issue line: the number, then the stretch the issue covers
  ['PORT SECURITY NEWS\nIssue 7 | Second Quarter 2019\nA program of the Department', '2019-04', '2019-06', 'Second Quarter 2019'],
  ['THE MONITOR\nBulletin No. 22 – October to December 2020\n\nInside', '2020-10', '2020-12', 'October to December 2020'],
  ['Drug Control Update\nVol. 4, No. 3, May 2018\n\nHighlights', '2018-05', '2018-05', 'May 2018'],
  // a masthead line that says what the newsletter is before its issue number and month
  ['THE BEACON\nNewsletter of the Regional Harbour Pilots Association | No. 9 | October 2025\n\nInside', '2025-10', '2025-10', 'October 2025'],
  // a title that names what the report is of before its year
  ['COASTAL PATROL AGENCY\nANNUAL REPORT OF ACTIVITIES 2031\n\nPresented to the Board', '2031-01', '2031-12', '2031'],
  ['Report on the work of 2022\n\nThe office opened two branches.', '2022-01', '2022-12', '2022'],
  // a title that names the issuing body between "Report of" and the year closing its line
  ['INLAND WATERWAYS BOARD\nAnnual Report of the Executive Director 2029\n\nForeword', '2029-01', '2029-12', '2029'],
  ['Annual Report of the Office for Port Safety and Customs 2017\nContents', '2017-01', '2017-12', '2017'],
  // a link to another report on the page is passed over for the report's own title further on
  ['Related: Annual Report 2018 (PDF)\nANNUAL REPORT 2019\n\nIntroduction', '2019-01', '2019-12', '2019'],
];

describe('findReportPeriod', () => {
  for (const [text, start, end, stated] of cases) {
    it(`${JSON.stringify(text.slice(0, 60))} → ${start}..${end}`, () => {
      const found = findReportPeriod(text);
      expect(found && { start: found.start, end: found.end }).toEqual({ start, end });
      expect(text.slice(found!.span[0], found!.span[1])).toBe(stated);
    });
  }

  it('reads the shared report', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(new URL('../../shared/corpus/oas-sms-2007-declaration-on-security.txt', import.meta.url), 'utf8').catch(() => undefined);
    if (text === undefined) return;
    expect(findReportPeriod(text)).toMatchObject({ start: '2007-02', end: '2008-01' });
  });

  const negatives = [
    '',
    'Since its inception the mechanism completed three rounds: 1999-2000, 2001-2002 and 2003-2004.',
    'The program trained 2,000 officers and 1,500 judges in twelve countries.',
    'The Assembly adopted resolution AG/RES. 2299 (XXXVII-O/07) in June.',
    'The seminar was held on October 27-29, 2007 in Lima.',
    // a chapter's opening that names a year of something else than its own span
    'Chapter 2. Background\n\nThe network was founded in 2009 and now includes eleven agencies.',
    'This chapter reviews the strategy adopted by the Council, whose mid-term review took place on 4 May 2019.',
    // a number before a date on one line is not an issue line when it names a law or a resolution in running text
    'Under Decree No. 45 of March 2016 the ministry created a border unit, and later it held a workshop on 3 May.',
    'Under the agreement signed as No. 12, in June 2016, the two agencies exchange data on passengers every week from then on.',
    // an issue line whose date is one day is the date, not a period
    'Press release No. 31 | 14 May 2019\nThe Secretariat opened a course.',
    `${'Background text without dates. '.repeat(140)}This report covers the period January to December 2014.`,
    // a web page's link to a report, in its footer or on a "see also" line, is not the page's own title
    `News\n\n${'Officers met in the capital to share data. '.repeat(40)}\nRelated: Annual Report 2024 (PDF, 1 MB)`,
    'Latest items\nSee also the Annual Report 2023 on our library page.\nDownload the Report 2023 (PDF)',
    // a year after a body's name that does not close the line, or after a lower-case noun, is no title year
    'The Report of the Executive Director 2029 edition will follow in May.',
    'A report of activities in Chile and Peru 2019 was shared with donors.',
    'See also the Annual Report of the Secretariat 2024 (PDF)',
  ];
  for (const text of negatives) {
    it(`no period in ${JSON.stringify(text.slice(0, 60))}`, () => {
      expect(findReportPeriod(text)).toBeUndefined();
    });
  }
});
