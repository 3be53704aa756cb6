/**
 * Segmentation's corpus (issue 17): small documents in the layouts of its failure classes, written
 * for these tests, each with the headings (level and text, as the raw text has them), and the
 * block kinds or texts that must (or must not) come out. test/layout-corpus.test.ts runs them all.
 */

export interface LayoutExample {
  name: string;
  text: string;
  headings: Array<[level: number, text: string]>;
  /** Texts of blocks of kind 'front' (cover and distribution furniture), in order. */
  front?: string[];
  /** Texts of blocks of kind 'contents'. */
  contents?: string[];
  /** Texts that must not appear inside any paragraph or heading block (cut out of the flow). */
  cut?: string[];
  /** Texts that must stay whole inside some block. */
  kept?: string[];
}

const body = 'The Office trained forty-two customs officers in two courses held in Lima, Peru, in March.';

export const LAYOUT_EXAMPLES: LayoutExample[] = [
  {
    name: 'contents list: entries with page numbers are one block; its label is a heading at the level of the parts',
    text: ['ANNUAL REPORT 2024', 'Regional Office for Border Cooperation', '', 'Contents', 'I. OVERVIEW ............ 2', 'II. FINDINGS 5', 'A. Border controls ........ 6', 'III. THE YEAR AHEAD 9', '', 'I. OVERVIEW', body, '', 'II. FINDINGS', '', 'A. Border controls', body, '', 'III. THE YEAR AHEAD', body].join('\n'),
    headings: [[1, 'ANNUAL REPORT 2024\nRegional Office for Border Cooperation'], [2, 'Contents'], [2, 'I. OVERVIEW'], [2, 'II. FINDINGS'], [3, 'A. Border controls'], [2, 'III. THE YEAR AHEAD']],
    contents: ['I. OVERVIEW ............ 2\nII. FINDINGS 5\nA. Border controls ........ 6\nIII. THE YEAR AHEAD 9'],
  },
  {
    name: 'flattened two-column distribution header: its columns are separate furniture, never headings',
    text: ['EXECUTIVE BOARD OF THE Ser.X/II', 'REGIONAL FISHERIES AGENCY XB/doc.41/19', 'COMMITTEE ON BORDER SECURITY Original: French', '', 'REPORT OF THE TECHNICAL SECRETARIAT ON ITS WORK IN 2018', '', '1. Introduction', body, '', '2. Courses and missions', body].join('\n'),
    headings: [[1, 'REPORT OF THE TECHNICAL SECRETARIAT ON ITS WORK IN 2018'], [2, '1. Introduction'], [2, '2. Courses and missions']],
    front: ['EXECUTIVE BOARD OF THE', 'Ser.X/II', 'REGIONAL FISHERIES AGENCY', 'XB/doc.41/19', 'COMMITTEE ON BORDER SECURITY', 'Original: French'],
  },
  {
    name: 'UN-style cover: symbol, Distr., session and agenda item are furniture; the title block is level 1, the summary level 2',
    text: ['United Nations A/80/512', 'General Assembly Distr.: General 2 October 2025', 'Original: English', '', 'Eightieth session', 'Item 104 of the provisional agenda*', 'Crime prevention and criminal justice', '', 'Cooperation against the smuggling of migrants', 'Report of the Secretary-General', '', 'Summary', body, '', 'I. Introduction', '1. ' + body, '2. ' + body, '3. ' + body, '', 'II. Activities', '4. ' + body].join('\n'),
    headings: [[1, 'Cooperation against the smuggling of migrants\nReport of the Secretary-General'], [2, 'Summary'], [2, 'I. Introduction'], [2, 'II. Activities']],
    front: ['United Nations', 'A/80/512', 'General Assembly', 'Distr.: General 2 October 2025', 'Original: English', 'Eightieth session', 'Item 104 of the provisional agenda*', 'Crime prevention and criminal justice'],
  },
  {
    name: 'the title block repeated after the cover is a level-1 heading again',
    text: ['INTER-AGENCY TASK FORCE ON PORT SECURITY', 'Report for 2023', '', 'Issued by the Coordination Unit', '12 February 2024', '', 'INTER-AGENCY TASK FORCE ON PORT SECURITY', 'Report for 2023', '', 'PART ONE: MEETINGS', body, '', 'PART TWO: TRAINING', body].join('\n'),
    headings: [[1, 'INTER-AGENCY TASK FORCE ON PORT SECURITY\nReport for 2023'], [1, 'INTER-AGENCY TASK FORCE ON PORT SECURITY\nReport for 2023'], [2, 'PART ONE: MEETINGS'], [2, 'PART TWO: TRAINING']],
  },
  {
    name: 'split and run-in headings: a label alone on its line, two headings run into one line, a heading wrapped in two',
    text: ['VI. Cooperation with other bodies a. Exchange of information', body, '', 'b.', 'Joint operations', body, '', 'PART TWO: FIELD OPERATIONS 2.1 Maritime patrols in the', 'eastern Caribbean', body, '', '2.2', 'Air surveillance', body].join('\n'),
    headings: [[1, 'VI. Cooperation with other bodies'], [2, 'a. Exchange of information'], [2, 'b.\nJoint operations'], [1, 'PART TWO: FIELD OPERATIONS'], [2, '2.1 Maritime patrols in the\neastern Caribbean'], [2, '2.2\nAir surveillance']],
  },
  {
    name: 'a running header and a page number inside a paragraph are cut out, and the paragraph goes on',
    text: ['United Nations E/CN.7/2025/4', 'Economic and Social Council Distr.: General 1 March 2025', '', 'Report on drug control assistance', '', 'I. Activities', '1. The Office delivered a regional workshop for prosecutors whose cases concern', 'E/CN.7/2025/4 3/12', 'maritime trafficking, held in Panama City in May.', '', 'II. Partners', 'The Office worked with the regional CP/DOC-7/25 - 2 - office of the port authority.'].join('\n'),
    headings: [[1, 'Report on drug control assistance'], [2, 'I. Activities'], [2, 'II. Partners']],
    cut: ['E/CN.7/2025/4 3/12', '3/12'],
  },
  {
    name: 'levels across conventions: Part, decimal, lettered, parenthesized, and an annex at the rank of the parts',
    text: ['Part One: Prevention', body, '', '1.1 Schools', body, '', '(a) Curricula', body, '', '(b) Teachers', body, '', '1.2 Communities', body, '', 'Part Two: Enforcement', body, '', 'Annex I', 'Courses held in 2024', 'No.\tCourse\tPlace\tParticipants', '1\tDocument fraud\tLima\t24'].join('\n'),
    headings: [[1, 'Part One: Prevention'], [2, '1.1 Schools'], [3, '(a) Curricula'], [3, '(b) Teachers'], [2, '1.2 Communities'], [1, 'Part Two: Enforcement'], [1, 'Annex I\nCourses held in 2024']],
  },
  {
    name: 'newsletter: masthead title, issue line and bodies as furniture, "In this issue" as a contents list, headlines as items',
    text: ['HARBOUR WATCH', 'Issue No. 7 | January-March 2024', 'Regional Programme on Port Security', '', 'In this issue', '• Port officers drill a fire response in Callao', '• New scanners for the port of Colón', '', 'Port officers drill a fire response in Callao', '', 'Callao, Peru, 12 February 2024 – Thirty officers of the port authority took part in a two-day exercise.', '', 'Photo: Officers at the close of the exercise (Programme)', '', 'New scanners for the port of Colón', '', 'Colón, Panama, 20 March 2024 – The Programme handed over two container scanners.'].join('\n'),
    headings: [[1, 'HARBOUR WATCH'], [2, 'In this issue'], [2, 'Port officers drill a fire response in Callao'], [2, 'New scanners for the port of Colón']],
    front: ['Issue No. 7 | January-March 2024', 'Regional Programme on Port Security'],
    contents: ['• Port officers drill a fire response in Callao\n• New scanners for the port of Colón'],
  },
  {
    name: 'web page: address and breadcrumb are furniture, the page title is level 1; date and venue lines are never headings',
    text: ['www.example.org/security/events', 'Home › Security › Events', '', 'Events', '', 'Courses and meetings of the Programme.', '', 'Upcoming events', '', 'Regional Course on Container Profiling', '09/14/2025 - 09/18/2025', 'Venue: Kingston, Jamaica', 'Customs officers will learn to select containers for inspection.', '', 'Past events', '', 'Seminar on Port Facility Security Plans', 'June 3-5, 2025', 'Venue: Santo Domingo, Dominican Republic', 'Port facility officers reviewed their plans.'].join('\n'),
    headings: [[1, 'Events'], [2, 'Upcoming events'], [3, 'Regional Course on Container Profiling'], [2, 'Past events'], [3, 'Seminar on Port Facility Security Plans']],
    front: ['www.example.org/security/events', 'Home › Security › Events'],
  },
  {
    name: 'no title: a report that opens with running text keeps its parts at level 1; a signature block is not a heading',
    text: ['This report describes the work of the Unit in 2022, as requested by the Council.', '', 'TRAINING', body, '', 'Mariela T. Rojas', 'Head of the Unit', '', 'MISSIONS', body].join('\n'),
    headings: [[1, 'TRAINING'], [1, 'MISSIONS']],
  },
  {
    name: "the document's symbol before a date is not a running header: the date stays whole",
    text: ['ORGANIZATION OF AMERICAN STATES', 'PERMANENT COUNCIL', '', 'CP/doc.5123/24', '', 'REPORT ON THE SEMINAR', '', 'CP/doc.5123/24 14 March 2024', '', 'I. Activities', '', 'The seminar was held in Kingston on 5 February 2024 and the', 'CP/doc.5123/24 - 2 -', 'workshop followed.'].join('\n'),
    headings: [[1, 'REPORT ON THE SEMINAR'], [2, 'I. Activities']],
    cut: ['- 2 -'],
    kept: ['14 March 2024', 'and the workshop followed.'],
  },
];
