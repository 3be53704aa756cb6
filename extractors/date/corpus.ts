/**
 * The date corpus (ANNOTATION.md §2): phrasings that must each give one date, dates inside
 * sentences, and look-alikes that must give none. Written for this extractor, not taken from a report.
 */
import { examples, type Corpus } from '../corpus-types.js';

/** A report on February 2007 – January 2008. */
const P = { period: { start: '2007-02', end: '2008-01' } };
/**
 * A news page: several items, each under a dateline (dateline.ts). A block of the page is read with
 * the page's text and the block's offset in it.
 */
const NEWS = [
  'Latest news',
  'Coast guards meet in Belmopan',
  'Posted: 20/01/2031 | Category: Meetings',
  'The meeting held on 10 December, the first since the network began in 2026, set the year\'s plan.',
  'Analysts trained online',
  'Posted: 28/04/2031',
  'The online course began in 2027. Its latest edition met on 22-25 April for nine analysts.',
  'A review of the course is planned for early October.',
  'Patrol boats handed over',
  '14 May 2031 | Equipment',
  'The boats were handed over on 9 May in Dangriga.',
  // a title and its dateline that the text view joined on one line
  'Divers certified in Dangriga Posted: 2 February 2032',
  'Six navy divers passed their tests on 30 January.',
].join('\n\n');
const inNews = (block: string) => ({ documentText: NEWS, blockStart: NEWS.indexOf(block) });
/** A note with one date line of its own (the date it was issued), not a page of dated items. */
const NOTE = 'NOTE BY THE OFFICE\n                    9 March 2032\n\nThe first workshop took place from 10 to 12 March for 20 staff.';
/** A page whose lines only mention where and when events are, not when items were posted. */
const PLACES = 'Upcoming events\n\nLima | 3-4 May 2031\n\nQuito | 8 June 2031\n\nThe first of them follows a meeting on 2 April.';

/** Paragraphs after one that a year frames, in a text that states no period. */
const FRAMED = 'Work in 2031\n\nIn 2031 the office held three courses.\n\nThe first ran from 3 to 5 May in Lima.';
const UNFRAMED = 'The body was set up by resolution 77 (2019).\n\nIt met on 3 May in Lima.';
const RANGED = 'The plan covers 2030-2031.\n\nIts first course ran on 3 May in Lima.';
const at = (doc: string, block: string) => ({ documentText: doc, blockStart: doc.indexOf(block) });
/** A report on 2029 whose closing list hangs from a lead that a later year frames. */
const LEAD = 'The Office will keep its courses in 2030.\n\nIn 2030 the Office intends to:\n• open a training centre in Belmopan in March;\n• run two boarding courses in the second half of the year; and\n• review the plan in its annual meeting on 4 December.';
const UNLED = 'The Office expects to do more:\n• open a training centre in Belmopan in March;';
const item = (doc: string, block: string) => ({ blockKind: 'bullet', period: { start: '2029-01', end: '2029-12' }, documentText: doc, blockStart: doc.indexOf(block) });

/** A news page whose item is dated by the posting line above its text. */
const RELATIVE_NEWS = 'Boats handed over\n\nPosted on 14 October 2025\n\nA training session on their use took place on Monday in Belize City.';

/** A report on the calendar year 2014. */
const Y2014 = { period: { start: '2014-01', end: '2014-12' } };

export const corpus: Corpus = {
  examples: [
    // numeric dates: month or day first by the text's own unambiguous dates
    examples('2026-05-18', ['05/18/2026', '18/05/2026']),
    examples('2026-04-22/2026-04-24', ['04/22/2026 - 04/24/2026', '22/04/2026 – 24/04/2026']),
    examples('2026-05-18', ['18.05.2026']),
    examples('2026-02-28/2026-03-04', ['28/02/2026 to 04/03/2026', '28.02.2026 – 04.03.2026', '28.02.2026 until 04.03.2026']),
    examples('2007-10-27/2007-10-29', ['October 27-29, 2007', 'October 27–29, 2007', 'October 27 to 29, 2007', '27-29 October 2007', 'Oct. 27-29, 2007']),
    examples('2007-07-30/2007-08-03', ['July 30-August 3', 'July 30 - August 3', 'July 30 through August 3'], { context: P }),
    examples('2007-07-30/2007-08-03', ['30 July to 3 August 2007', 'July 30, 2007 to August 3, 2007']),
    examples('2007-05-21/2007-05-22', ['May 21 and 22', '21 and 22 May'], { context: P }),
    examples('2007-05-21/2007-05-22', ['May 21 and 22, 2007', '21 and 22 May 2007']),
    examples('2007-02-28/2007-03-02', ['February 28 to March 2, 2007', '28 February to 2 March 2007', 'Feb. 28 - Mar. 2, 2007']),
    examples('2007-12-28/2008-01-03', ['December 28 to January 3'], { context: P }),
    examples('2007-02/2008-01', ['February 2007 through January 2008', 'February 2007 - January 2008', 'Feb. 2007 to Jan. 2008', 'February, 2007 until January, 2008']),
    examples('2007-09/2007-12', ['September to December', 'September through December', 'September-December'], { context: P }),
    examples('2014-01/2014-12', ['January to December 2014', 'January-December 2014']),
    examples('2014-11-06', ['November 6th, 2014', 'November 6, 2014', '6 November 2014', '6th of November 2014', 'Nov. 6, 2014', 'NOVEMBER 6, 2014', '2014-11-06']),
    examples('2007-10-27', ['Oct. 27, 2007', '27 October 2007', 'October 27 2007']),
    examples('2007-09-27', ['Sept. 27, 2007', 'Sep 27, 2007']),
    examples('2007-10', ['October 2007', 'October, 2007', 'Oct. 2007', 'OCTOBER 2007', 'October of 2007']),
    examples('2007-08', ['last August', 'August', 'past August'], { context: P }),
    examples('2008-03', ['next March'], { context: P }),
    examples('2008-01', ['January'], { context: P }),
    examples('2007-03', ['March'], { context: P }),
    examples('2014-06', ['June'], { context: Y2014 }),
    examples('2008-H1', ['first half of 2008', '1st half of 2008', 'first semester of 2008', 'H1 2008']),
    examples('2007-H2', ['second half of 2007', 'latter half of 2007', 'last half of 2007']),
    examples('2008-Q1', ['first quarter of 2008', 'Q1 2008', 'first quarter of the year 2008']),
    examples('2009-Q4', ['last quarter of 2009', 'fourth quarter of 2009']),
    examples('2008', ['early 2008', 'Early 2008', 'beginning of 2008', 'start of 2008'], { mod: 'START' }),
    examples('2008', ['late 2008', 'end of 2008', 'close of 2008', 'end of the year 2008'], { mod: 'END' }),
    examples('2015-01', ['end of January 2015', 'late January 2015'], { mod: 'END' }),
    examples('2009', ['mid-2009', 'mid 2009', 'middle of 2009', 'Mid-2009'], { mod: 'MID' }),
    examples('2008-03', ['mid-March 2008', 'middle of March 2008'], { mod: 'MID' }),
    examples('2007-03', ['early March'], { mod: 'START', context: P }),
    examples('2015/2018', ['2015-2018', '2015 – 2018', '2015 to 2018', '2015 through 2018']),
    examples('2008/2009', ['2008/2009', '2008-09', '2008-2009']),
    examples('1999/2000', ['1999-2000', '1999-00']),
    examples('1980/1989', ["1980's", '1980s', '1980’s']),
    examples('1990/1999', ['late 1990s'], { mod: 'END' }),
    examples('2014', ['2014']),
    // a quarter or half written as a title, without "of"
    examples('2019-Q4', ['Fourth Quarter 2019', 'fourth quarter 2019', 'fourth quarter of 2019']),
    examples('2021-H2', ['Second Half 2021', 'second semester 2021']),
  ],
  embedded: [
    { text: 'During 2014 the unit trained customs officers in Lima.', mention: '2014', value: '2014', only: true },
    // a footnote marker run onto the full stop after a year ends the sentence; a decimal or a sub-number does not
    { text: 'The guide on evidence will be published in 2026.2', mention: '2026', value: '2026', only: true },
    { text: 'The network was set up in 2019.4 It now has 30 members.', mention: '2019', value: '2019', only: true },
    { text: 'Since 2014, the program has supported national observatories.', mention: '2014', value: '2014', only: true },
    // a report's title closed by its year
    { text: 'ANNUAL REPORT 2025', mention: '2025', value: '2025', only: true },
    { text: 'Annual Report of Activities 2024', mention: '2024', value: '2024', only: true },
    { text: 'INLAND WATERWAYS BOARD\nAnnual Report of the Executive Director 2029\n\nForeword', mention: '2029', value: '2029', only: true },
    { text: 'Assessments followed under the 2004 Memorandum of Understanding with the agency.', mention: '2004', value: '2004', only: true },
    { text: 'The 2009 seminars were hosted by three ministries.', mention: '2009', value: '2009', only: true },
    { text: 'Seizures rose sharply between 2012 and 2014 in the subregion.', mention: '2012 and 2014', value: '2012/2014', only: true },
    { text: 'The database was rebuilt from 2010 to 2012 with donor funds.', mention: '2010 to 2012', value: '2010/2012', only: true },
    { text: 'Work done before February 2007 appears in an earlier report.', mention: 'February 2007', value: '2007-02', mod: 'BEFORE', only: true },
    { text: 'No national plan existed prior to 2005 in most countries.', mention: '2005', value: '2005', mod: 'BEFORE', only: true },
    { text: 'The rules apply to all transfers after March 2010.', mention: 'March 2010', value: '2010-03', mod: 'AFTER', only: true },
    { text: 'The guidelines were adopted at a plenary session (November 2007) in Quito.', mention: 'November 2007', value: '2007-11', only: true },
    { text: 'Courses were taught in Managua in February, May and June 2007 for coast guards.', mention: 'February', value: '2007-02' },
    { text: 'Courses were taught in Managua in February, May and June 2007 for coast guards.', mention: 'May', value: '2007-05' },
    { text: 'Courses were taught in Managua in February, May and June 2007 for coast guards.', mention: 'June 2007', value: '2007-06' },
    { text: 'The experts met twice (March and September 2007) to draft the report.', mention: 'March', value: '2007-03' },
    { text: 'The experts met twice (March and September 2007) to draft the report.', mention: 'September 2007', value: '2007-09' },
    { text: 'Field visits are foreseen for late 2008 or early 2009.', mention: 'late 2008', value: '2008', mod: 'END' },
    { text: 'Field visits are foreseen for late 2008 or early 2009.', mention: 'early 2009', value: '2009', mod: 'START' },
    { text: 'Pilot sites will be chosen in the first half of 2008.', mention: 'first half of 2008', value: '2008-H1', only: true },
    { text: 'The network met by the end of the first quarter of 2008.', mention: 'end of the first quarter of 2008', value: '2008-Q1', mod: 'END', only: true },
    { text: 'In March, the ministry of security hosted a regional conference.', mention: 'March', value: '2007-03', context: P, only: true },
    { text: 'A second seminar will take place in Kingston on March 20-22.', mention: 'March 20-22', value: '2008-03-20/2008-03-22', context: P, only: true },
    { text: 'The final assessment is scheduled for May.', mention: 'May', value: '2008-05', context: P, only: true },
    { text: 'In 2006, two workshops were organized in Panama in May and June.', mention: 'May', value: '2006-05', context: P },
    { text: 'The course ran in Quito in 2009, with a follow-up visit in October.', mention: 'October', value: '2009-10' },
    { text: 'A port exercise took place in Cartagena, Colombia, September 12-14, 2011.', mention: 'September 12-14, 2011', value: '2011-09-12/2011-09-14', only: true },
    { text: 'Between March and May 2008 the unit trained forty guards.', mention: 'March and May 2008', value: '2008-03/2008-05', only: true },
    { text: 'Between July 2023 and February 2024, the unit trained forty guards.', mention: 'July 2023 and February 2024', value: '2023-07/2024-02', only: true },
    { text: 'The courses ran between Sept. 2019 and Jan. 2020 in three ports.', mention: 'Sept. 2019 and Jan. 2020', value: '2019-09/2020-01', only: true },
    { text: 'The campaign ran from December 28, 2007 to January 3, 2008 in ports.', mention: 'December 28, 2007 to January 3, 2008', value: '2007-12-28/2008-01-03', only: true },
    { text: 'Seminar held in Quito (EC), Monday, October 27, 2014.', mention: 'October 27, 2014', value: '2014-10-27', only: true },
    { text: 'Regional Workshop for National Authorities on Firearms Control, 2008.', mention: '2008', value: '2008', only: true },
    { text: 'The year 2007 also saw the start of a new project.', mention: '2007', value: '2007', only: true },
    { text: 'The report covers the activities undertaken between 1 January and 31 December 2016.', mention: '1 January and 31 December 2016', value: '2016-01-01/2016-12-31', only: true },
    // an ambiguous numeric date takes the order the text's unambiguous ones show
    { text: 'Posted 05/18/2026. Next course: 03/10/2026.', mention: '03/10/2026', value: '2026-03-10' },
    { text: 'Cooperation started in the 1990s and grew in the 2000s.', mention: '1990s', value: '1990/1999' },
    { text: 'The fourth evaluation round (2005-2006) is now closed.', mention: '2005-2006', value: '2005/2006', only: true },
    { text: 'The agency’s 2006-2007 work plan was approved.', mention: '2006-2007', value: '2006/2007', only: true },
    { text: 'A mission visited the border on 14 March 2011 and again on 2 April.', mention: '2 April', value: '2011-04-02' },
    { text: 'Courses ran on April 2-4 and May 7-9, 2008 in Tegucigalpa.', mention: 'April 2-4', value: '2008-04-02/2008-04-04' },
    { text: 'The Secretariat will continue the program launched in March.', mention: 'March', value: '2007-03', context: P, only: true },
    { text: 'Funding for FY 2012 was approved by the board.', mention: '2012', value: '2012', only: true },
    { text: 'A new round of visits, expected in September, will cover four ports.', mention: 'September', value: '2008-09', context: P, only: true },
    // "early in" / "late in" before a year
    { text: 'A follow-up visit to the border post is foreseen early in 2019.', mention: 'early in 2019', value: '2019', mod: 'START', only: true },
    { text: 'The new curriculum was approved late in the year 2012 by the board.', mention: 'late in the year 2012', value: '2012', mod: 'END', only: true },
    // a half or quarter without a year: the report's year, else the year stated before it
    // two dates of a pair of places joined by "and": the first takes the second's year, not the period's
    { text: 'It also plans two seminars, in Lima in April and in Quito in October 2015.', mention: 'April', value: '2015-04', context: Y2014 },
    { text: 'The first course was held in Lima in April, and the unit reported to the board in 2015.', mention: 'April', value: '2014-04', context: Y2014 },
    { text: 'During the second quarter the Unit ran a refresher course.', mention: 'second quarter', value: '2014-Q2', context: Y2014, only: true },
    { text: 'In 2012 the board met twice, and in the fourth quarter it approved the plan.', mention: 'fourth quarter', value: '2012-Q4' },
    // "in" after other modifiers is not read through: the year alone, with no mod
    { text: 'By the end in 2013 nothing had changed.', mention: '2013', value: '2013', only: true },
    // a news item's date without a year takes the year of the item's dateline (the nearer one for the past) ...
    { text: NEWS.split('\n\n')[3]!, mention: '10 December', value: '2030-12-10', context: inNews(NEWS.split('\n\n')[3]!) },
    // ... rather than a year the item mentions for something else
    { text: NEWS.split('\n\n')[6]!, mention: '22-25 April', value: '2031-04-22/2031-04-25', context: inNews(NEWS.split('\n\n')[6]!) },
    // ... the coming one for what is planned
    { text: NEWS.split('\n\n')[7]!, mention: 'early October', value: '2031-10', mod: 'START', only: true, context: inNews(NEWS.split('\n\n')[7]!) },
    // a dateline that is a date followed by a label
    { text: NEWS.split('\n\n')[10]!, mention: '9 May', value: '2031-05-09', only: true, context: inNews(NEWS.split('\n\n')[10]!) },
    { text: NEWS.split('\n\n')[12]!, mention: '30 January', value: '2032-01-30', only: true, context: inNews(NEWS.split('\n\n')[12]!) },
    // with no period, a year framing the text before the block ("In 2031 the office held …") gives the year
    { text: 'The first ran from 3 to 5 May in Lima.', mention: '3 to 5 May', value: '2031-05-03/2031-05-05', only: true, context: at(FRAMED, 'The first ran') },
    // a list item completes the sentence of its lead: the lead's framing year is the item's, before the report's period
    { text: '• open a training centre in Belmopan in March;', mention: 'March', value: '2030-03', only: true, context: item(LEAD, '• open') },
    { text: '• run two boarding courses in the second half of the year; and', mention: 'second half of the year', value: '2030-H2', only: true, context: item(LEAD, '• run') },
    { text: '• review the plan in its annual meeting on 4 December.', mention: '4 December', value: '2030-12-04', only: true, context: item(LEAD, '• review') },
    // a lead without a framing year: the report's period
    { text: '• open a training centre in Belmopan in March;', mention: 'March', value: '2029-03', only: true, context: item(UNLED, '• open') },
    // a year that frames the sentence gives a yearless half its year before the report's does
    { text: 'In 2015 the unit will hold its first course in the first half of the year.', mention: 'first half of the year', value: '2015-H1', context: Y2014 },
    // a day named relative to the item's dateline: the weekday before it in the past tense, after it in the future; the calendar week before it
    { text: 'Roseau, 6 October 2025 – Twenty divers passed their final tests on Friday.', mention: 'Friday', value: '2025-10-03' },
    { text: 'Roseau, 14 October 2025 – Last week the office handed two boats to the coast guard.', mention: 'Last week', value: '2025-10-06/2025-10-12' },
    { text: 'Roseau, 14 October 2025 – The office will meet the port managers on Friday.', mention: 'Friday', value: '2025-10-17' },
    { text: 'Roseau, 14 October 2025 – The course ended yesterday in Portsmouth.', mention: 'yesterday', value: '2025-10-13' },
    // "last Friday" in an item dated a Friday is the Friday before; a bare "on Friday" there is the item's own day
    { text: 'Roseau, 17 October 2025 – The divers passed their final tests last Friday.', mention: 'last Friday', value: '2025-10-10' },
    { text: 'Roseau, 17 October 2025 – The divers passed their final tests on Friday.', mention: 'Friday', value: '2025-10-17' },
    // a month named relative to the item's dateline
    { text: 'Castries, 21 January 2026 – Pilots from four ports trained in Vieux Fort earlier this month.', mention: 'earlier this month', value: '2026-01' },
    { text: 'Castries, 21 January 2026 – The office handed over two radars last month.', mention: 'last month', value: '2025-12' },
    { text: 'Castries, 21 January 2026 – A second course will open next month.', mention: 'next month', value: '2026-02' },
    // … or to the posting line above the item's block
    { text: RELATIVE_NEWS.split('\n\n')[2]!, mention: 'Monday', value: '2025-10-13', context: at(RELATIVE_NEWS, RELATIVE_NEWS.split('\n\n')[2]!) },
    // a weekday that opens a full date is that date's
    { text: 'The course opened on Monday, 3 March 2025, in Lima.', mention: '3 March 2025', value: '2025-03-03', only: true },
  ],
  negatives: [
    // a year after a capitalized name that does not close a report's title line is part of the name
    'The Report of the Harbour Masters 2019 edition was revised by the board.',
    'The budget line was raised to 2026.50 in the revised table.',
    'See paragraph 2019.3 of the manual for details.',
    // a weekday with no item date to count from
    'The committee meets on Tuesday to review the plan.',
    'Last week of each month the office closes its accounts.',
    'This month of training was the longest the unit has run.',
    'The office reports on its work at the end of each month.',
    // a half that is no part of a year; a quarter with no year anywhere to take
    { text: 'The first half of the match was played in heavy rain.', context: Y2014 },
    'During the second quarter the unit ran a refresher course.',
    'Form 03/10/2026 gives no way to tell the month from the day.',
    'Version 2.10.2026 of the software and section 1.3.2020 of the manual were read.',
    'Mixed marks 15/03.2026 are no date.',
    'The prosecutors attended a two-week course on asset forfeiture.',
    'The project lasted 18 months and ended with an evaluation.',
    'The mechanism works in a three-year cycle of evaluation rounds.',
    'Seizures have grown over the last five years in the region.',
    'The committee meets biannually in the capital.',
    'Most trainees were aged 25 to 40 and had prior experience.',
    'More work is expected in the near future; to date, eleven countries have joined.',
    'The Assembly adopted resolution AG/RES. 2299 (XXXVII-O/07) on the matter.',
    'The earlier activities are described in document CP/CSH-837/07 corr. 1.',
    'The laboratory is certified under ISO 9001-2015.',
    'The review covers the commitments of the special session (UNGASS 1998).',
    'Banks apply the Basel Standards 2005 to customer checks.',
    'The report was approved at its 40th session in Bogotá.',
    'The program has trained 2,000 officers and 1,500 judges.',
    'Article 24 of the Declaration deals with natural disasters.',
    'Each fellowship is worth US$1,500 for travel costs.',
    'The program may expand to other subregions next year.',
    'Member states may request technical assistance at any time.',
    { text: 'The network may grow if more donors join.', context: P },
    'The council recalled Security Council resolution 1373 (2001) in its preamble.',
    'A total of 2000 participants attended the regional events.',
    'The budget line reached US$ 2008 after the transfer.',
    'Officials reviewed Law 1908 of the penal code.',
    'The Vision 2020 strategy was presented to the ministers.',
    // a report word before a year inside a sentence: the year of a name, not a report's title line
    'The committee filled in the Monitoring Report 2019 format for each country.',
    'Some 34 member states sent 12 experts each.',
    'The seminars were held in Lima and in Quito.',
    'Peace is a value and a principle in itself.',
    { text: 'Planned for March of next year.', context: {} },
    'The new computers cost 1999 dollars each.',
    'The Assembly adopted AG/RES. 2004 (XXXIV-O/04) on terrorism.',
    'See Resolution 1977 (2011) of the Security Council.',
    'The office is at 1889 F Street, Suite 2010, room 20.',
    // a single date line of a note is its issue date, not an item's dateline: no year to give
    { text: 'The first workshop took place from 10 to 12 March for 20 staff.', context: { documentText: NOTE, blockStart: NOTE.indexOf('The first workshop') } },
    // the last year before the block frames nothing: a resolution's year, a range
    { text: 'It met on 3 May in Lima.', context: at(UNFRAMED, 'It met on') },
    { text: 'Its first course ran on 3 May in Lima.', context: at(RANGED, 'Its first course') },
    // lines that say where and when events are are not datelines
    { text: 'The first of them follows a meeting on 2 April.', context: { documentText: PLACES, blockStart: PLACES.indexOf('The first of them') } },
  ],
};
