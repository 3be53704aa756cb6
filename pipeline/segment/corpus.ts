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
  /** The format the text comes from (default txt): a Word document's text sets every paragraph apart by a blank line. */
  format?: 'txt' | 'docx';
  /** Texts that must each be a block of their own, neither joined to a neighbour nor split (as the view reads them: wrapped lines joined by a space). */
  blocks?: string[];
}

const body = 'The Office trained forty-two customs officers in two courses held in Lima, Peru, in March.';

export const LAYOUT_EXAMPLES: LayoutExample[] = [
  {
    name: 'an e-mail newsletter whose chrome says only "View in browser", its masthead a name over a tagline with no report word and its issue line: the masthead is the title',
    text: ['View in browser', 'You are receiving this e-mail because you joined the mailing list. Unsubscribe', '', 'HARBOUR WATCH', 'Quarterly news from the West African Port Security Network', 'Issue 7 | Q3 2030', '', 'DIVERS CERTIFIED IN TEMA', '', body].join('\n'),
    headings: [[1, 'HARBOUR WATCH\nQuarterly news from the West African Port Security Network'], [2, 'DIVERS CERTIFIED IN TEMA']],
    front: ['View in browser', 'You are receiving this e-mail because you joined the mailing list. Unsubscribe', 'Issue 7 | Q3 2030'],
  },
  {
    name: "a column's byline under its question headline: the question is the heading, the byline is not",
    text: ['HARBOUR WATCH', 'Issue 7 | Q3 2030', '', 'Divers certified in Tema', '', body, '', 'Is radar enough for small ports?', '', 'By Kofi Mensah, Technical Adviser', '', body].join('\n'),
    headings: [[1, 'HARBOUR WATCH'], [2, 'Divers certified in Tema'], [2, 'Is radar enough for small ports?']],
  },
  {
    name: 'a flat "In this issue" list: its stories are one level, whether their headlines are in capitals or in title case',
    text: ['HARBOUR WATCH', 'Quarterly bulletin of the West African Port Security Network', '', 'In this issue', 'DIVERS CERTIFIED IN TEMA', 'Port of Lome hosts its first drill', 'CARGO SCREENING FOR CUSTOMS', 'New partners join the Network', '', 'DIVERS CERTIFIED IN TEMA', '', body, '', 'Port of Lome hosts its first drill', '', body, '', 'CARGO SCREENING FOR CUSTOMS', '', body, '', 'New partners join the Network', '', body].join('\n'),
    headings: [[1, 'HARBOUR WATCH\nQuarterly bulletin of the West African Port Security Network'], [2, 'In this issue'], [2, 'DIVERS CERTIFIED IN TEMA'], [2, 'Port of Lome hosts its first drill'], [2, 'CARGO SCREENING FOR CUSTOMS'], [2, 'New partners join the Network']],
  },
  {
    name: 'levels are relative: letters met first inside numbered parts nest under them, and stay there',
    text: ['1. Introduction', body, '', 'A. Background', body, '', 'B. Scope', body, '', '2. Activities', body, '', 'A. Courses', body, '', '(a) Port security', body, '', 'B. Missions', body].join('\n'),
    headings: [[1, '1. Introduction'], [2, 'A. Background'], [2, 'B. Scope'], [1, '2. Activities'], [2, 'A. Courses'], [3, '(a) Port security'], [2, 'B. Missions']],
  },
  {
    name: 'levels by default order where the document follows it: roman parts, letters, then numbers',
    text: ['I. Overview', body, '', 'A. Mandate', body, '', '1. Training', body, '', '2. Missions', body, '', 'B. Partners', body, '', 'II. Outlook', body].join('\n'),
    headings: [[1, 'I. Overview'], [2, 'A. Mandate'], [3, '1. Training'], [3, '2. Missions'], [2, 'B. Partners'], [1, 'II. Outlook']],
  },
  {
    name: "a committee note followed by a web page: the page's chrome and site name are furniture, its title is a title block again (level 1), its items under it",
    text: ['PERMANENT COUNCIL          CP/CFP-12/25', 'COMMITTEE ON FISHERIES          Original: English', '', 'NOTE ON PATROL TRAINING IN 2024', '', 'I. Courses', body, '', 'II. Missions', body, '', '', 'Skip to main content', 'GULF FISHERIES AGENCY', 'Home   About us   News   Contact', 'Home › News › Patrols', '', 'Patrol news', 'Last updated on 3 June 2025', '', 'Crews from Belize finish a patrol course in Dangriga', '21 May 2025 | Training', 'Eighteen crew members took a patrol course in Dangriga.'].join('\n'),
    headings: [[1, 'NOTE ON PATROL TRAINING IN 2024'], [2, 'I. Courses'], [2, 'II. Missions'], [1, 'Patrol news'], [2, 'Crews from Belize finish a patrol course in Dangriga']],
  },
  {
    name: "a web page's title set apart under its breadcrumb does not take in the first item's headline, dateline and text",
    text: ['Home › News › Stories', '', 'Stories from the field', '', 'Boarding course for port officers in Belize City', '12 May 2025 | Training', 'Twenty port officers took a course on boarding vessels.', '', 'New radios for the harbour police of Dangriga', '2 May 2025 | News', 'The Authority handed over twelve radios.'].join('\n'),
    headings: [[1, 'Stories from the field'], [2, 'Boarding course for port officers in Belize City'], [2, 'New radios for the harbour police of Dangriga']],
    front: ['Home › News › Stories', '12 May 2025 | Training', '2 May 2025 | News'],
  },
  {
    name: 'a title set between the lines of a distribution header (symbol above, "Original" below) is the title; the furniture around it is not',
    text: ['ANDEAN PORTS COUNCIL          APC/doc.9/25', 'REPORT ON THE PORT SECURITY PROGRAMME IN 2024', 'Original: Spanish', '', 'I. Courses', body, '', 'II. Missions', body].join('\n'),
    headings: [[1, 'REPORT ON THE PORT SECURITY PROGRAMME IN 2024'], [2, 'I. Courses'], [2, 'II. Missions']],
    front: ['ANDEAN PORTS COUNCIL', 'APC/doc.9/25', 'Original: Spanish'],
  },
  {
    name: 'a contents label with its page column read from a PDF ("Table of contents Page"): the label alone is the heading',
    text: ['REPORT ON BORDER TRAINING 2024', '', 'Table of contents Page', 'I. Courses ........ 2', 'II. Missions ........ 3', '', 'I. Courses', body, '', 'II. Missions', body].join('\n'),
    headings: [[1, 'REPORT ON BORDER TRAINING 2024'], [2, 'Table of contents'], [2, 'I. Courses'], [2, 'II. Missions']],
    contents: ['I. Courses ........ 2\nII. Missions ........ 3'],
  },
  {
    name: 'web page copied from a browser: skip link, language switch, menu, share and read-more links, pagination and copyright are furniture; headlines over their datelines are items',
    text: ['Skip to main content', 'English | Français', 'COASTAL FISHERIES AUTHORITY', 'Home   Who we are   Projects   Media   Contact', 'Home › Media › Stories', '', 'Stories from the field', 'Last updated on 3 June 2024', 'Share this page:  Facebook  X  Email', '', 'Inspectors in Belize learn to board fishing vessels safely', '21 May 2024 | Training', 'Eighteen inspectors spent a week at sea with the coast guard.', 'Share   Read more', '', 'Next steps for the observer programme', '2 May 2024 | News', 'The Authority will publish its observer manual in July.', 'Tags: observers, training', 'Share   Read more', '', '‹ Previous   1   2   Next ›', 'Follow us   |   Privacy   |   Accessibility', '© Coastal Fisheries Authority'].join('\n'),
    headings: [[1, 'Stories from the field'], [2, 'Inspectors in Belize learn to board fishing vessels safely'], [2, 'Next steps for the observer programme']],
    front: ['Skip to main content', 'English | Français', 'COASTAL FISHERIES AUTHORITY', 'Home   Who we are   Projects   Media   Contact', 'Home › Media › Stories', 'Last updated on', '3 June 2024', 'Share this page:  Facebook  X  Email', '21 May 2024 | Training', 'Share   Read more', '2 May 2024 | News', 'Tags: observers, training', 'Share   Read more', '‹ Previous   1   2   Next ›', 'Follow us   |   Privacy   |   Accessibility', '© Coastal Fisheries Authority'],
    kept: ['Eighteen inspectors spent a week at sea with the coast guard.'],
  },
  {
    name: 'not web furniture: a sentence about sharing, a line of four names in running text, a date line followed by its sentence',
    text: ['SUMMARY OF THE YEAR', '', 'Share of women among trainees', 'The share of women trained rose to 40 per cent, and we read more reports than ever.', '', 'Partners', 'Belize, Guatemala, Honduras and Mexico sent trainers.'].join('\n'),
    headings: [[1, 'SUMMARY OF THE YEAR'], [2, 'Share of women among trainees'], [2, 'Partners']],
    front: [],
  },
  {
    name: 'memo under a two-column header set with wide gaps: columns stay apart, memo fields are furniture, a caps title ending in a colon goes on, the annex sits at the level of the parts',
    text: ['ORGANIZATION OF EASTERN STATES        OES/Ser.K', 'GOVERNING BOARD                       GB/doc.77/25', '                                      14 July 2025', 'COMMITTEE ON FISHERIES                Original: Spanish', '', '', 'PATROL CAPACITY IN THE EASTERN ISLANDS:', 'NOTE BY THE FISHERIES UNIT', '', 'To:       Chair of the Committee on Fisheries', 'From:     Head, Fisheries Unit', 'Subject:  Patrol training in the first half of 2025', '', 'Purpose', '', '1. This note reports on the training the Unit gave to patrol crews from January to June 2025, as the Chair asked.', '', '2. Three courses were held, in Roseau, Castries and Kingstown, for 61 crew members.', '', 'Next steps', '', '3. The Unit will hold a fourth course in October, subject to funding.', '', 'ANNEX', 'COURSES HELD', '', '- Course in Roseau, 3 to 7 March 2025: 20 crew members.'].join('\n'),
    headings: [[1, 'PATROL CAPACITY IN THE EASTERN ISLANDS:\nNOTE BY THE FISHERIES UNIT'], [2, 'Purpose'], [2, 'Next steps'], [2, 'ANNEX\nCOURSES HELD']],
    front: ['ORGANIZATION OF EASTERN STATES', 'OES/Ser.K', 'GOVERNING BOARD', 'GB/doc.77/25', '14 July 2025', 'COMMITTEE ON FISHERIES', 'Original: Spanish', 'To:       Chair of the Committee on Fisheries', 'From:     Head, Fisheries Unit', 'Subject:  Patrol training in the first half of 2025'],
  },
  {
    name: 'annual report: title under the body\'s name, a contents list with a Page column, then parts, chapters and capital subsections in other conventions than the list',
    text: ['ANDEAN CUSTOMS NETWORK', 'ANNUAL REPORT OF ACTIVITIES 2024', '', 'La Paz, February 2025', '', 'CONTENTS                                        Page', '', 'Part I. The Network ................................ 2', '   1. Members ......................................... 2', 'Part II. Work in 2024 ............................... 3', '   2. Training ........................................ 3', '', 'PART ONE', 'THE NETWORK', '', 'Chapter 1', 'Members', '', 'Five customs services make up the Network. Chapter 4 of its statute was revised in 2023, as the members asked.', '', 'PART TWO', 'WORK IN 2024', '', 'Chapter 2', 'Training', '', 'RISK PROFILING', '', 'Two courses on risk profiling were held in Quito and Lima for 48 officers.', '', 'CONTAINER CONTROL', '', 'A course on container control was held in Callao.'].join('\n'),
    headings: [[1, 'ANDEAN CUSTOMS NETWORK\nANNUAL REPORT OF ACTIVITIES 2024'], [2, 'CONTENTS'], [2, 'PART ONE\nTHE NETWORK'], [3, 'Chapter 1\nMembers'], [2, 'PART TWO\nWORK IN 2024'], [3, 'Chapter 2\nTraining'], [4, 'RISK PROFILING'], [4, 'CONTAINER CONTROL']],
    contents: ['Part I. The Network ................................ 2\n   1. Members ......................................... 2\nPart II. Work in 2024 ............................... 3\n   2. Training ........................................ 3'],
  },
  {
    name: "the body's name set apart above the report's title belongs to the title block (level 1); the parts follow at level 2",
    text: ['CARIBBEAN PORT SECURITY FORUM', '', 'ANNUAL REPORT OF ACTIVITIES 2023', '', 'TRAINING', body, '', 'MISSIONS', body].join('\n'),
    headings: [[1, 'CARIBBEAN PORT SECURITY FORUM\n\nANNUAL REPORT OF ACTIVITIES 2023'], [2, 'TRAINING'], [2, 'MISSIONS']],
    front: [],
  },
  {
    name: "a title block that names a report, set apart above the document's symbol and date, stays the title (the symbol group is the cover)",
    text: ['ISTHMUS FISHERIES COUNCIL', 'Executive Office', '', 'ANNUAL REPORT ON PROGRAMMES 2025', '', 'IFC/EO/doc.4/26', 'Managua, January 2026', '', 'I. PATROLS', body, '', 'II. TRAINING', body].join('\n'),
    headings: [[1, 'ISTHMUS FISHERIES COUNCIL\nExecutive Office\n\nANNUAL REPORT ON PROGRAMMES 2025'], [2, 'I. PATROLS'], [2, 'II. TRAINING']],
    front: ['IFC/EO/doc.4/26', 'Managua, January 2026'],
  },
  {
    name: "body names set apart above a document's symbol, with no report named, are the header's other column, not a title",
    text: ['ISTHMUS FISHERIES COUNCIL', 'Executive Office', '', 'IFC/EO/doc.4/26', 'Managua, January 2026', '', 'I. PATROLS', body, '', 'II. TRAINING', body].join('\n'),
    headings: [[1, 'I. PATROLS'], [1, 'II. TRAINING']],
    front: ['ISTHMUS FISHERIES COUNCIL', 'Executive Office', 'IFC/EO/doc.4/26', 'Managua, January 2026'],
  },
  {
    name: 'a title right under a distribution header line, with no blank line between, is the title',
    text: ['CARIBBEAN PORT SECURITY FORUM          CPSF/doc.12/24', 'ANNUAL REPORT OF ACTIVITIES 2023', '', 'I. TRAINING', body].join('\n'),
    headings: [[1, 'ANNUAL REPORT OF ACTIVITIES 2023'], [2, 'I. TRAINING']],
    front: ['CARIBBEAN PORT SECURITY FORUM', 'CPSF/doc.12/24'],
  },
  {
    name: 'a body name under a distribution header line, with no report named, is furniture and not a title',
    text: ['PERMANENT COUNCIL OF THE          OEA/Ser.G', 'COMMITTEE ON PORTS', '', 'I. TRAINING', body, '', 'II. MISSIONS', body].join('\n'),
    headings: [[1, 'I. TRAINING'], [1, 'II. MISSIONS']],
    front: ['PERMANENT COUNCIL OF THE', 'OEA/Ser.G', 'COMMITTEE ON PORTS'],
  },
  {
    name: 'dotted-leader lines under a label that is not a contents label are never headings',
    text: ['What this report covers', 'Introduction ........................ 2', 'Courses held in 2024 ................ 3', '', 'Introduction', '', body, '', 'Courses held in 2024', '', body].join('\n'),
    headings: [[1, 'What this report covers'], [1, 'Introduction'], [1, 'Courses held in 2024']],
  },
  {
    name: 'contents list: entries with page numbers are one block; its label is a heading at the level of the parts',
    text: ['ANNUAL REPORT 2024', 'Regional Office for Border Cooperation', '', 'Contents', 'I. OVERVIEW ............ 2', 'II. FINDINGS 5', 'A. Border controls ........ 6', 'III. THE YEAR AHEAD 9', '', 'I. OVERVIEW', body, '', 'II. FINDINGS', '', 'A. Border controls', body, '', 'III. THE YEAR AHEAD', body].join('\n'),
    headings: [[1, 'ANNUAL REPORT 2024\nRegional Office for Border Cooperation'], [2, 'Contents'], [2, 'I. OVERVIEW'], [2, 'II. FINDINGS'], [3, 'A. Border controls'], [2, 'III. THE YEAR AHEAD']],
    contents: ['I. OVERVIEW ............ 2\nII. FINDINGS 5\nA. Border controls ........ 6\nIII. THE YEAR AHEAD 9'],
  },
  {
    name: "contents list: an annex's label alone over the line with its title and page number is one entry, no heading",
    text: ['REPORT ON BORDER TRAINING 2024', '', 'Contents', 'Page', 'I. Courses . . . . . . . . 2', 'II. Missions . . . . . . . 3', 'Appendix', 'List of trainers . . . . . 4', '', 'I. Courses', body, '', 'II. Missions', body, '', 'Appendix', 'List of trainers', body].join('\n'),
    headings: [[1, 'REPORT ON BORDER TRAINING 2024'], [2, 'Contents'], [2, 'I. Courses'], [2, 'II. Missions'], [2, 'Appendix\nList of trainers']],
    contents: ['Page\nI. Courses . . . . . . . . 2\nII. Missions . . . . . . . 3\nAppendix\nList of trainers . . . . . 4'],
  },
  {
    name: 'contents list in capitals: an entry whose title goes on, in capitals and with no label of its own, on the line with the page number is one entry, no heading; an annex label over a title in capitals is one heading',
    text: ['REPORT ON BORDER TRAINING 2024', '', 'CONTENTS', 'I. COURSES GIVEN TO CUSTOMS AND POLICE ........ 2', 'II. JOINT OPERATIONS CARRIED OUT WITH NEIGHBOURING', 'STATES IN 2024 ........ 3', 'III. OUTLOOK ........ 4', '', 'I. COURSES GIVEN TO CUSTOMS AND POLICE', body, '', 'II. JOINT OPERATIONS CARRIED OUT WITH NEIGHBOURING STATES IN 2024', body, '', 'III. OUTLOOK', body, '', 'Annex', 'COURSES BY PORT AND MONTH', body].join('\n'),
    headings: [[1, 'REPORT ON BORDER TRAINING 2024'], [2, 'CONTENTS'], [2, 'I. COURSES GIVEN TO CUSTOMS AND POLICE'], [2, 'II. JOINT OPERATIONS CARRIED OUT WITH NEIGHBOURING STATES IN 2024'], [2, 'III. OUTLOOK'], [2, 'Annex\nCOURSES BY PORT AND MONTH']],
    contents: ['I. COURSES GIVEN TO CUSTOMS AND POLICE ........ 2\nII. JOINT OPERATIONS CARRIED OUT WITH NEIGHBOURING\nSTATES IN 2024 ........ 3\nIII. OUTLOOK ........ 4'],
  },
  {
    name: 'flattened two-column distribution header: its columns are separate furniture, never headings',
    text: ['EXECUTIVE BOARD OF THE Ser.X/II', 'REGIONAL FISHERIES AGENCY XB/doc.41/19', 'COMMITTEE ON BORDER SECURITY Original: French', '', 'REPORT OF THE TECHNICAL SECRETARIAT ON ITS WORK IN 2018', '', '1. Introduction', body, '', '2. Courses and missions', body].join('\n'),
    headings: [[1, 'REPORT OF THE TECHNICAL SECRETARIAT ON ITS WORK IN 2018'], [2, '1. Introduction'], [2, '2. Courses and missions']],
    front: ['EXECUTIVE BOARD OF THE', 'Ser.X/II', 'REGIONAL FISHERIES AGENCY', 'XB/doc.41/19', 'COMMITTEE ON BORDER SECURITY', 'Original: French'],
  },
  {
    name: 'a cover line with a period range ("Reporting period: 1 April to 31 March 2025") is one piece: its end date is no second column',
    text: ['ANNUAL REPORT 2024', 'Reporting period: 1 April 2024 to 31 March 2025', 'Harare, May 2025', '', '1. Introduction', body, '', '2. Courses', body].join('\n'),
    headings: [[1, 'ANNUAL REPORT 2024'], [2, '1. Introduction'], [2, '2. Courses']],
    front: ['Reporting period: 1 April 2024 to 31 March 2025', 'Harare, May 2025'],
  },
  {
    name: 'a flattened header column that wraps after "AND" still splits from the symbol beside it',
    text: ['COMMITTEE ON BORDERS AND CP/doc.77/25', 'MIGRATION          Original: French', '', 'NOTE ON BORDER TRAINING IN 2024', '', 'I. Courses', body].join('\n'),
    headings: [[1, 'NOTE ON BORDER TRAINING IN 2024'], [2, 'I. Courses']],
    front: ['COMMITTEE ON BORDERS AND', 'CP/doc.77/25', 'MIGRATION', 'Original: French'],
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
    name: 'a roman numeral alone on its line over its title is one part heading; a sentence ending in a footnote marker after a page foot is no headline',
    text: ['Report on assistance to harbour masters', '', 'I. Activities', '1. The Office held a course on port state control for harbour masters. The', '', '3 See the course report, annex I.', '', '22 harbour masters from five States completed it and will teach it in 2032.4', '', 'II.', 'Cooperation with partners', '2. The Office worked with the regional port authority on a joint inspection.', '', 'III.', 'Outlook', '3. The Office will hold a second course in 2032.'].join('\n'),
    headings: [[1, 'Report on assistance to harbour masters'], [2, 'I. Activities'], [2, 'II.\nCooperation with partners'], [2, 'III.\nOutlook']],
  },
  {
    name: 'a running header and a page number inside a paragraph are cut out, and the paragraph goes on',
    text: ['United Nations E/CN.7/2025/4', 'Economic and Social Council Distr.: General 1 March 2025', '', 'Report on drug control assistance', '', 'I. Activities', '1. The Office delivered a regional workshop for prosecutors whose cases concern', 'E/CN.7/2025/4 3/12', 'maritime trafficking, held in Panama City in May.', '', 'II. Partners', 'The Office worked with the regional CP/DOC-7/25 - 2 - office of the port authority.'].join('\n'),
    headings: [[1, 'Report on drug control assistance'], [2, 'I. Activities'], [2, 'II. Partners']],
    cut: ['E/CN.7/2025/4 3/12', '3/12'],
  },
  {
    name: "a UN print shop's marks at the foot of pages (job number with the page mark, barcode, \"Please recycle\") are cut out, and the paragraph goes on",
    text: ['United Nations E/CN.9/2031/3', 'Economic and Social Council Distr.: General 2 February 2031', '', 'Report on assistance to customs services', '', 'Summary', 'The Office trained customs officers in two regions.', '', 'V.31-00412 (E) 020231 030231', '*3100412*', 'Please recycle', '', 'E/CN.9/2031/3', '', 'I. Activities', '1. The Office delivered a regional course for customs officers whose work concerns', '2/7 V.31-00412', '', 'E/CN.9/2031/3', '', 'container control, held in Douala in June.', '', 'II. Partners', body].join('\n'),
    headings: [[1, 'Report on assistance to customs services'], [2, 'Summary'], [2, 'I. Activities'], [2, 'II. Partners']],
    cut: ['V.31-00412 (E) 020231 030231', '*3100412*', 'Please recycle', '2/7 V.31-00412'],
    kept: ['whose work concerns container control, held in Douala in June.'],
  },
  {
    name: 'numbered paragraphs with numbered side headings under a lettered section: a short title whose number the next paragraph does not follow is a heading',
    text: ['REPORT ON PORT SECURITY ASSISTANCE', '', 'I. Activities', '1. In 2030 the Office gave advice and training to the port authorities of the region, as the member States asked it to do at their last meeting.', '2. The work is described below by type of activity and by the partners that took part in it.', 'A. Training', '1. Courses', '3. A course on the screening of containers was held in Mombasa in May 2030 for twenty-two officers of the port police.', '2. Exercises', '4. A drill on a chemical spill took place in Tanga in June 2030 with the fire service and the coast guard of the port.', '5. Short list items.', '6. It was followed by a debriefing in which the port police and the fire service agreed on a common procedure.'].join('\n'),
    headings: [[1, 'REPORT ON PORT SECURITY ASSISTANCE'], [2, 'I. Activities'], [3, 'A. Training'], [4, '1. Courses'], [4, '2. Exercises']],
  },
  {
    name: 'in hard-wrapped PDF text, the rows of a table whose column gaps were closed stay one a line under its header row, never joined as wrapped lines',
    text: ['REPORT ON BORDER TRAINING 2030', '', 'I. Courses', '1. The Office gave two courses for border officers of the Andean member States in the first', 'half of 2030, one on patrols in the high plateau and one on the analysis of risk at crossings,', 'with the support of the national police schools of Peru and Chile, as listed in the annex.', '', 'Annex', 'Courses given in 2030', 'Activity Dates Venue Participants', 'Course on patrols in the high plateau for border officers 3–7 March Tacna, Peru 24', 'Course on the analysis of risk at crossings for officers 12–14 May Arica, Chile 18', 'Total 42'].join('\n'),
    headings: [[1, 'REPORT ON BORDER TRAINING 2030'], [2, 'I. Courses'], [2, 'Annex\nCourses given in 2030']],
    blocks: ['Course on the analysis of risk at crossings for officers 12–14 May Arica, Chile 18'],
  },
  {
    name: 'in hard-wrapped PDF text, a table caption as wide as the wrap does not take in the header row of column labels under it, and the rows stay rows',
    text: ['REPORT ON BORDER TRAINING 2030', '', 'I. Courses', '1. The Office gave two courses for border officers of the Andean member States in the first', 'half of 2030, one on patrols in the high plateau and one on the analysis of risk at crossings,', 'with the support of the national police schools of Peru and Chile, as listed in the annex.', '', 'Annex', 'Selected border-management training courses delivered by the Secretariat in 2030', 'Activity Dates Venue Participants', 'Course on patrols in the high plateau 3–7 March Tacna,', 'Peru 24', 'Course on the analysis of risk at crossings 12–14 May Arica, Chile 18'].join('\n'),
    headings: [[1, 'REPORT ON BORDER TRAINING 2030'], [2, 'I. Courses'], [2, 'Annex\nSelected border-management training courses delivered by the Secretariat in 2030']],
    blocks: ['Activity Dates Venue Participants', 'Course on the analysis of risk at crossings 12–14 May Arica, Chile 18'],
  },
  {
    name: "a table whose column gaps were closed (PDF text): its header row of column labels and the rows under it are never headings",
    text: ['REPORT ON BORDER TRAINING 2030', '', 'I. Courses', body, '', 'Annex', 'Courses given in 2030', 'Activity Dates Venue Participants', 'Border patrol course 3–7 March Tacna, Peru 24', 'Risk analysis course 12–14 May Arica, Chile 18', 'Total 42'].join('\n'),
    headings: [[1, 'REPORT ON BORDER TRAINING 2030'], [2, 'I. Courses'], [2, 'Annex\nCourses given in 2030']],
    kept: ['Border patrol course 3–7 March Tacna, Peru 24'],
    blocks: ['Risk analysis course 12–14 May Arica, Chile 18'],
  },
  {
    name: 'a hard-wrapped paragraph whose line breaks at the hyphen of a compound before a capital ("Indo-" / "Pacific") keeps the hyphen and closes the break',
    text: ['REPORT ON FISHERIES TRAINING 2030', '', 'I. Courses', 'The Office gave three courses for fisheries inspectors of the member States of the Indo-', 'Pacific Fisheries Council in 2030, in cooperation with the ministries of Guinea-Bissau and', 'Timor-Leste, and with the support of the regional centre for fisheries law enforcement.'].join('\n'),
    headings: [[1, 'REPORT ON FISHERIES TRAINING 2030'], [2, 'I. Courses']],
    kept: ['member States of the Indo-Pacific Fisheries Council in 2030'],
  },
  {
    name: 'levels across conventions: Part, decimal, lettered, parenthesized, and an annex at the rank of the parts',
    text: ['Part One: Prevention', body, '', '1.1 Schools', body, '', '(a) Curricula', body, '', '(b) Teachers', body, '', '1.2 Communities', body, '', 'Part Two: Enforcement', body, '', 'Annex I', 'Courses held in 2024', 'No.\tCourse\tPlace\tParticipants', '1\tDocument fraud\tLima\t24'].join('\n'),
    headings: [[1, 'Part One: Prevention'], [2, '1.1 Schools'], [3, '(a) Curricula'], [3, '(b) Teachers'], [2, '1.2 Communities'], [1, 'Part Two: Enforcement'], [1, 'Annex I\nCourses held in 2024']],
  },
  {
    name: 'a total row of two cells set apart by spaces, right under a table of space-aligned rows, is no heading',
    text: ['1. Inspections', body, '', 'Course               Venue            Trainees', 'Hull surveys         Callao           21', 'Lifeboat drills      Valparaíso       17', 'Total                                 38', '', '2. Meetings', body].join('\n'),
    headings: [[1, '1. Inspections'], [1, '2. Meetings']],
  },
  {
    name: 'numbering labels set off by a tab, as word processors export them, are headings; a row of tab-separated cells is not',
    text: ['I.\tSECRETARIAT OF THE COASTAL COMMISSION', '', 'A.\tTraining', body, '', 'B.\tMissions', body, '', 'II.\tDEPARTMENT OF PORT SAFETY', '', '1.\tCourses', body, '', 'a)\tRegional courses', body, '', 'No.\tCourse\tPlace', '1\tFire safety\tCallao', '2\tDamage control'].join('\n'),
    headings: [[1, 'I.\tSECRETARIAT OF THE COASTAL COMMISSION'], [2, 'A.\tTraining'], [2, 'B.\tMissions'], [1, 'II.\tDEPARTMENT OF PORT SAFETY'], [2, '1.\tCourses'], [3, 'a)\tRegional courses']],
  },
  {
    name: 'a calendar whose column gaps PDF extraction closed: each dated row stays a block of its own and none is a heading, though the rows are as long as wrapped lines',
    text: ['UPCOMING EVENTS', '', '3-6 March 2026 Regional course on cargo profiling Kingston, Jamaica', '21 April 2026 Annual meeting of the port security network Lima, Peru', 'June 2026 (to be confirmed) Drone inspection workshop Colón, Panama', '', 'The Secretariat will confirm dates to members in January.'].join('\n'),
    headings: [[1, 'UPCOMING EVENTS']],
    blocks: ['3-6 March 2026 Regional course on cargo profiling Kingston, Jamaica', '21 April 2026 Annual meeting of the port security network Lima, Peru', 'June 2026 (to be confirmed) Drone inspection workshop Colón, Panama'],
  },
  {
    name: 'a wrapped paragraph whose lines happen to begin with a date is not a calendar when only one line does',
    text: ['I. Missions', '', 'The Unit sent a mission to Roseau in the first days of the year and a second one in', '12 March 2025 to Castries, where the team met the port authority and the coast', 'guard to review the plan agreed with the Ministry of National Security last year.'].join('\n'),
    headings: [[1, 'I. Missions']],
    blocks: ['The Unit sent a mission to Roseau in the first days of the year and a second one in 12 March 2025 to Castries, where the team met the port authority and the coast guard to review the plan agreed with the Ministry of National Security last year.'],
  },
  {
    name: 'a running title with its page number, repeated where pages broke and no document symbol in it, is cut out and the paragraph goes on; a label repeated under each part stays a heading',
    text: ['ISLAND PORTS AUTHORITY', 'Annual Activity Report 2022', '', 'I. Inspections', '', 'Key activities', '', 'In 2022 the inspectors of the Authority visited the container terminals of Castries and', 'Island Ports Authority — Annual Activity Report 2022                        4', 'Kingstown and drafted a joint plan with the port managers of both terminals.', '', 'II. Training', '', 'Key activities', '', 'A course on cargo seals was held in Roseau in May 2022 for officers of the three', 'Island Ports Authority — Annual Activity Report 2022                        5', 'member ports, with instructors lent by the customs service of Dominica.'].join('\n'),
    headings: [[1, 'ISLAND PORTS AUTHORITY\nAnnual Activity Report 2022'], [2, 'I. Inspections'], [3, 'Key activities'], [2, 'II. Training'], [3, 'Key activities']],
    cut: ['Island Ports Authority — Annual Activity Report 2022'],
    blocks: ['A course on cargo seals was held in Roseau in May 2022 for officers of the three member ports, with instructors lent by the customs service of Dominica.'],
  },
  {
    name: 'a bullet whose marker a tab follows, wrapped onto an indented line, is one item: the tab after the marker is its indent, not a column gap',
    text: ['1. Training', '', 'In 2024 the Office delivered two workshops with funding from the Nordic Fund for', 'the safety of small fishing boats. They were:', '', '-\ta workshop on life-jacket inspection in Castries, Saint Lucia, on 4-6 March', '\tfor 22 boat owners, given with the labour office of the island;', '-\ta workshop on weather alerts, organized with the meteorological service of', '\tSaint Vincent in Kingstown, in October.', '', 'No.\tActivity\tPlace', '1\tLife-jacket inspection\tCastries'].join('\n'),
    headings: [[1, '1. Training']],
    blocks: ['-\ta workshop on life-jacket inspection in Castries, Saint Lucia, on 4-6 March for 22 boat owners, given with the labour office of the island;', '-\ta workshop on weather alerts, organized with the meteorological service of Saint Vincent in Kingstown, in October.'],
  },
  {
    name: 'a lone line in another style after an all-capital report title, with running text under it, is the first section heading, not more title',
    text: ['ANNUAL REPORT 2025 OF THE HARBOUR PILOTS OFFICE', '', 'Training', '', 'In 2025 the Office ran four courses for harbour pilots in Castries and Roseau.', '', 'Missions', '', 'Two missions went to Kingstown in May to review the pilot boats of the port.'].join('\n'),
    headings: [[1, 'ANNUAL REPORT 2025 OF THE HARBOUR PILOTS OFFICE'], [2, 'Training'], [2, 'Missions']],
  },
  {
    name: "a body's name set apart under an all-capital report title stays in the title block",
    text: ['ANNUAL REPORT 2025', '', 'Regional Harbour Pilots Office', '', 'In 2025 the Office ran four courses for harbour pilots in Castries and Roseau.', '', 'Missions', '', 'Two missions went to Kingstown in May to review the pilot boats of the port.'].join('\n'),
    headings: [[1, 'ANNUAL REPORT 2025\n\nRegional Harbour Pilots Office'], [2, 'Missions']],
  },
  {
    name: 'in a text with one paragraph a line, a list item wrapped onto indented lines is one item, and so is a field line under it',
    text: ['1. Training', '', 'In 2024 the Unit, which serves the laboratories of nine countries and trains their staff in every field of quality management, ran three activities:', '- a workshop on biosafety in Maputo, Mozambique, 10-12 June, with 22 participants.', '  Partners: the national institute of animal science and the regional laboratory network;', '- a virtual course on quality management, 2-27 September, followed by', '  31 staff of 11 laboratories;', '- a seminar on sampling in Lusaka, Zambia, in October.', 'Venue: the national veterinary laboratory', 'The remaining activities were national refresher sessions.'].join('\n'),
    headings: [[1, '1. Training']],
    blocks: [
      '- a workshop on biosafety in Maputo, Mozambique, 10-12 June, with 22 participants. Partners: the national institute of animal science and the regional laboratory network;',
      '- a virtual course on quality management, 2-27 September, followed by 31 staff of 11 laboratories;',
      '- a seminar on sampling in Lusaka, Zambia, in October. Venue: the national veterinary laboratory',
      'The remaining activities were national refresher sessions.',
    ],
  },
  {
    name: 'an events page: each item title over its date field is a heading, its field lines stay lines of their own, and a title over a date field is no signature',
    text: ['Events of the Association', '', 'Workshop on radar navigation for harbour pilots', 'Date: 12-14 March 2026', 'Venue: Port of Spain, Trinidad and Tobago', '', 'Second Meeting of Pilot Station Managers', 'Date: May 2026 (to be confirmed)', 'Venue: Georgetown, Guyana'].join('\n'),
    headings: [[1, 'Events of the Association'], [2, 'Workshop on radar navigation for harbour pilots'], [2, 'Second Meeting of Pilot Station Managers']],
    blocks: ['Date: May 2026 (to be confirmed)', 'Venue: Georgetown, Guyana'],
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
    name: 'a bulletin with items framed by drawn rules: the rules separate like blank lines, each framed headline is a heading (an item, at the level of the signed editorial before it), the signature above a rule is not, and a calendar in columns is a table, not headings',
    text: ['=============================================', 'THE LIGHTHOUSE', 'Bulletin of the Northern Pilots Association', 'Issue No. 4  |  July - September 2025', '=============================================', '', 'WORD FROM THE PRESIDENT', '', 'This quarter our pilots trained more than ever, and the', 'new simulator in Halifax opened its doors to all members.', '', 'Captain Ines Moreau', 'President of the Association', '', '---------------------------------------------', 'Pilots from five ports train on the new simulator', '---------------------------------------------', 'Halifax, 2 August 2025 – Thirty pilots trained on the simulator.', '', '---------------------------------------------', 'COMING UP', '---------------------------------------------', '3-5 October 2025    Winter navigation course    Quebec City, Canada', '12 November 2025   Annual meeting     Saint John, Canada', 'December 2025 (TBC) Radar refresher course      Halifax, Canada'].join('\n'),
    headings: [[1, 'THE LIGHTHOUSE\nBulletin of the Northern Pilots Association'], [2, 'WORD FROM THE PRESIDENT'], [2, 'Pilots from five ports train on the new simulator'], [2, 'COMING UP']],
  },
  {
    name: 'no title: a report that opens with running text keeps its parts at level 1; a signature block is not a heading',
    text: ['This report describes the work of the Unit in 2022, as requested by the Council.', '', 'TRAINING', body, '', 'Mariela T. Rojas', 'Head of the Unit', '', 'MISSIONS', body].join('\n'),
    headings: [[1, 'TRAINING'], [1, 'MISSIONS']],
  },
  {
    name: 'a Word export with no blank line between paragraphs: a signature right under the last paragraph (name, title, office) is not a heading',
    text: ['ANNUAL REPORT 2024', '', 'Preface', 'Our partners in the coastal provinces carried the programme through a difficult year, and the Unit thanks each of them for the trust they placed in it.', 'Tomas K. Lindqvist', 'Head of Programme', 'Northern Fisheries Protection Office', '', 'Courses', 'The Office trained forty-two inspectors in two courses held in Tromsø in March.'].join('\n'),
    headings: [[1, 'ANNUAL REPORT 2024'], [2, 'Preface'], [2, 'Courses']],
  },
  {
    name: 'not a signature: a heading and its sub-heading right under a whole-paragraph line, with text under them, stay headings',
    text: ['ANNUAL REPORT 2024', '', 'Courses', 'The Office trained forty-two inspectors in two courses held in Tromsø in March, and a further twenty in Bodø in June of the same year.', 'Port Inspections', 'Eight inspections were held in the northern ports.'].join('\n'),
    headings: [[1, 'ANNUAL REPORT 2024'], [2, 'Courses'], [2, 'Port Inspections']],
  },
  {
    name: 'a logframe report: "Objective 1:" chapters hold "Result 1.1" sections, an unlabelled label under a result nests under it, a box of key figures is no heading, and a closing part ("Next steps") returns to the rank of the chapters',
    text: ['PROGRESS REPORT 2025', '', 'Summary', 'The Programme trained 300 coast guards in four countries and opened two training centres.', '', 'Objective 1: Coast guards patrol their waters safely', 'Result 1.1 Crews apply boarding procedures', 'The Programme ran six boarding courses for 140 crew members.', 'Main activities', '•\tBoarding course, 3–7 March 2025, Mombasa, Kenya.', 'Key figures', 'Courses held\t6', 'Crew members trained\t140', 'Share of women\t18%', '', 'Result 1.2 Centres train their own staff', 'Two training centres opened in Zanzibar and Tanga.', '', 'Objective 2: Courts try maritime cases', 'Result 2.1 Prosecutors build stronger cases', 'Twelve prosecutors took a course in Dar es Salaam.', '', 'Next steps', 'The Programme will open a third centre in 2026.'].join('\n'),
    headings: [[1, 'PROGRESS REPORT 2025'], [2, 'Summary'], [2, 'Objective 1: Coast guards patrol their waters safely'], [3, 'Result 1.1 Crews apply boarding procedures'], [4, 'Main activities'], [3, 'Result 1.2 Centres train their own staff'], [2, 'Objective 2: Courts try maritime cases'], [3, 'Result 2.1 Prosecutors build stronger cases'], [2, 'Next steps']],
  },
  {
    name: 'a closing part right under a top part ("II. PORT UNIT" / "Courses" / "Outlook for 2026") stays that part\'s last section',
    text: ['ANNUAL REPORT 2025', '', 'INTRODUCTION', body, '', 'I. PATROL UNIT', body, '', 'II. PORT UNIT', '', 'Courses', body, '', 'Outlook for 2026', 'The Unit will hold two courses in Mombasa in 2026.'].join('\n'),
    headings: [[1, 'ANNUAL REPORT 2025'], [2, 'INTRODUCTION'], [2, 'I. PATROL UNIT'], [2, 'II. PORT UNIT'], [3, 'Courses'], [3, 'Outlook for 2026']],
  },
  {
    name: 'not a logframe label: a paragraph that opens with "Output 2" or "Activity 3" and reads on is running text; a table of names under its title stays a heading',
    text: ['ANNUAL REPORT 2025', '', 'Courses', 'Output 2 reached its target early in the year.', 'Activity 3 was cancelled because of the rains in the north.', '', 'Partners', 'KPA\tKenya Ports Authority', 'IMO\tInternational Maritime Organization', '', 'Missions', 'The Programme sent two missions to Pemba.'].join('\n'),
    headings: [[1, 'ANNUAL REPORT 2025'], [2, 'Courses'], [2, 'Partners'], [2, 'Missions']],
  },
  {
    name: "the document's symbol before a date is not a running header: the date stays whole",
    text: ['ORGANIZATION OF AMERICAN STATES', 'PERMANENT COUNCIL', '', 'CP/doc.5123/24', '', 'REPORT ON THE SEMINAR', '', 'CP/doc.5123/24 14 March 2024', '', 'I. Activities', '', 'The seminar was held in Kingston on 5 February 2024 and the', 'CP/doc.5123/24 - 2 -', 'workshop followed.'].join('\n'),
    headings: [[1, 'REPORT ON THE SEMINAR'], [2, 'I. Activities']],
    cut: ['- 2 -'],
    kept: ['14 March 2024', 'and the workshop followed.'],
  },
  {
    name: 'a front part named by a section word ("PREFACE") right before the roman parts is their sibling, not their parent',
    text: ['REPORT ON COASTAL TRAINING 2024', '', 'PREFACE', body, '', 'I. COURSES', '', 'A. Port courses', body, '', 'II. MISSIONS', body].join('\n'),
    headings: [[1, 'REPORT ON COASTAL TRAINING 2024'], [2, 'PREFACE'], [2, 'I. COURSES'], [3, 'A. Port courses'], [2, 'II. MISSIONS']],
  },
  {
    name: 'not a section word: a capital heading that is not "Foreword"/"Summary" over roman parts stays their parent',
    text: ['REPORT ON COASTAL TRAINING 2024', '', 'NORTHERN DISTRICT', body, '', 'I. COURSES', body, '', 'II. MISSIONS', body].join('\n'),
    headings: [[1, 'REPORT ON COASTAL TRAINING 2024'], [2, 'NORTHERN DISTRICT'], [3, 'I. COURSES'], [3, 'II. MISSIONS']],
  },
  {
    name: "a page title set apart after the site's chrome does not take in the first item's headline over its posting stamp",
    text: ['Skip to main content', 'Andean Fisheries Agency', 'Home | Who we are | Projects | News | Contact', '', 'Latest stories', '', 'Fishery inspectors from three countries finish a boarding course', 'Posted: 12/05/2025 | Category: Courses', '', body, '', 'Observer manual published', 'Posted: 20/05/2025', '', body].join('\n'),
    headings: [[1, 'Latest stories'], [2, 'Fishery inspectors from three countries finish a boarding course'], [2, 'Observer manual published']],
  },
  {
    name: "not an item: a report's title over its publication stamp, under the body's name set apart, is still the title block",
    text: ['SOUTHERN PORTS COUNCIL', '', 'Annual report on port security', 'Published: 3 March 2025', '', 'I. Courses', body, '', 'II. Missions', body].join('\n'),
    headings: [[1, 'SOUTHERN PORTS COUNCIL\n\nAnnual report on port security'], [2, 'I. Courses'], [2, 'II. Missions']],
  },
  {
    name: "an item's headline with a lead-in word over its place-and-dates line is a heading; the place-and-dates line and a field line are not",
    text: ['Latest stories', '', 'Observer manual published', '20 May 2025 | News', body, '', 'Coming up: Regional course on container control', 'Castries, Saint Lucia | 3–5 June 2025', body, 'Venue: Castries, Saint Lucia', '', 'Next: Second meeting of the working group'].join('\n'),
    headings: [[1, 'Latest stories'], [2, 'Observer manual published'], [2, 'Coming up: Regional course on container control']],
  },
  {
    name: 'a title after a distribution header, run over two lines (the first ending on a comma), with its period and byline, is one title block',
    text: ['United Nations                      S/2025/77', 'Security Council                    Distr.: General', '                                    3 March 2025', '                                    Original: English', '', 'Assistance given by the Committee on maritime piracy,', '1 July to 31 December 2024', 'Note by the Secretariat', '', '1. The present note covers the second half of 2024, as the Council asked in its resolution.', '', '2. ' + body].join('\n'),
    headings: [[1, 'Assistance given by the Committee on maritime piracy,\n1 July to 31 December 2024\nNote by the Secretariat']],
  },
  {
    name: 'not a title: a group after a distribution header with a body name and its session over a byline is header furniture',
    text: ['United Nations                      S/2025/78', 'Security Council                    Distr.: General', '                                    Original: English', '', 'Commission on Maritime Security', 'Fourth session', '4 March 2025', 'Note by the Secretariat', '', '1. The present note covers the second half of 2024, as the Council asked in its resolution.', '', '2. ' + body].join('\n'),
    headings: [],
  },
  {
    name: "a web page after a note in the same file: the body's name over the page's title and its posting stamp; the title is a title block again, its items under it",
    text: ['NOTE ON PATROL COURSES IN 2024', '', 'I. Courses', body, '', 'II. Missions', body, '', '', 'Gulf Fisheries Agency', 'News and stories', 'Posted: 3 June 2025', '', 'Crews from Belize finish a patrol course', 'DANGRIGA, 21 May 2025 - Eighteen crew members took a patrol course in Dangriga.', '', 'Harbour police of Belize City receive new radios for their patrols at night', 'BELIZE CITY, 2 May 2025 - The Agency handed over twelve radios.'].join('\n'),
    headings: [[1, 'NOTE ON PATROL COURSES IN 2024'], [2, 'I. Courses'], [2, 'II. Missions'], [1, 'News and stories'], [2, 'Crews from Belize finish a patrol course'], [2, 'Harbour police of Belize City receive new radios for their patrols at night']],
    front: ['Gulf Fisheries Agency', 'Posted: 3 June 2025'],
  },
  {
    name: 'not a page header nor a headline: a headline and its stamp alone are an item, a sentence over a dateline paragraph is text',
    text: ['News and stories', '', 'Crews from Belize finish a patrol course', 'Posted: 3 June 2025', '', 'The crews also visited two ports, as the Agency had planned for the year.', 'DANGRIGA, 21 May 2025 - Eighteen crew members took a patrol course in Dangriga.'].join('\n'),
    headings: [[1, 'News and stories'], [2, 'Crews from Belize finish a patrol course']],
  },
  {
    name: "a signature closes the section it ends: the headlines after a signed editorial are its siblings, though in another style",
    text: ['PORT NEWS', 'Issue No. 9 | April-June 2025', '', 'FROM THE DIRECTOR', '', 'Our inspectors were busy this quarter, and two new ports joined us.', '', 'Laura Mendes', 'Director of the Programme', '', 'Inspectors from four ports finish a course on container seals', '', body, '', 'New scanners for the harbour of Colón', '', body, '', 'CALENDAR', '', body].join('\n'),
    headings: [[1, 'PORT NEWS'], [2, 'FROM THE DIRECTOR'], [2, 'Inspectors from four ports finish a course on container seals'], [2, 'New scanners for the harbour of Colón'], [2, 'CALENDAR']],
  },
  {
    name: 'not closed without a signature: sentence-case titles under a capital part, with no signature between, stay under it',
    text: ['REPORT ON PORT TRAINING 2025', '', 'This report covers the year.', '', 'NORTHERN PORTS', '', 'Our inspectors were busy this year, and two new ports joined us.', '', 'Inspectors from four ports finish a course on container seals', '', body, '', 'SOUTHERN PORTS', '', body].join('\n'),
    headings: [[1, 'REPORT ON PORT TRAINING 2025'], [2, 'NORTHERN PORTS'], [3, 'Inspectors from four ports finish a course on container seals'], [2, 'SOUTHERN PORTS']],
  },
  {
    name: 'a signature under a part with sub-sections closes only the innermost: the next sub-section stays in the part',
    text: ['REPORT ON PORT TRAINING 2025', '', 'I. LETTERS', '', 'A. Letter from the Chair', '', 'Our inspectors were busy this year, and two new ports joined us.', '', 'Laura Mendes', 'Chair of the Board', '', 'B. Letter from the Director', '', body, '', 'II. COURSES', '', body].join('\n'),
    headings: [[1, 'REPORT ON PORT TRAINING 2025'], [2, 'I. LETTERS'], [3, 'A. Letter from the Chair'], [3, 'B. Letter from the Director'], [2, 'II. COURSES']],
  },
  {
    name: 'a chapter, part or annex label closed by a full stop ("Chapter 1. Mandate") is that convention, not two sentences: chapters under parts, decimals and "(a)" under chapters, the next chapter back at its rank',
    text: ['PART ONE: THE NETWORK', '', 'Chapter 1. Mandate and members', '', body, '', 'PART TWO: WORK IN 2025', '', 'Chapter 2. Training', '', body, '', '2.1 Courses for port officers', '', '(a) Container seals', '', body, '', '2.2 Workshops for prosecutors', '', body, '', 'Chapter 3. Exercises', '', body, '', 'Annex B. Courses held', '', body].join('\n'),
    headings: [[1, 'PART ONE: THE NETWORK'], [2, 'Chapter 1. Mandate and members'], [1, 'PART TWO: WORK IN 2025'], [2, 'Chapter 2. Training'], [3, '2.1 Courses for port officers'], [4, '(a) Container seals'], [3, '2.2 Workshops for prosecutors'], [2, 'Chapter 3. Exercises'], [1, 'Annex B. Courses held']],
  },
  {
    name: 'not a chapter heading: a line of running text that opens with a chapter label and goes on in sentences, or within a wrapped paragraph',
    text: ['I. THE STATUTE', '', 'Chapter 4. The Council revised it in 2024. Members agreed', '', 'The statute was changed twice in the year, as the Council had asked. See', 'Chapter 4. The Council revised it in', '2024 and the members agreed to it.', '', 'II. COURSES', '', body].join('\n'),
    headings: [[1, 'I. THE STATUTE'], [1, 'II. COURSES']],
  },
  {
    name: "a cover: the body's name and acronym over the report's title are the title block; the place and date of issue under it are the imprint, not title; the block repeated without the acronym line is the title again (level 1), the parts under it at level 2",
    text: ['NORTHERN PORTS AUTHORITY', 'NPA', '', 'ANNUAL REPORT 2025', '', 'Halifax, Canada', 'March 2026', '', '', 'NORTHERN PORTS AUTHORITY', 'ANNUAL REPORT 2025', '', 'Foreword', '', body, '', 'PART ONE: COURSES', '', body, '', 'PART TWO: MISSIONS', '', body].join('\n'),
    headings: [[1, 'NORTHERN PORTS AUTHORITY\nNPA\n\nANNUAL REPORT 2025'], [1, 'NORTHERN PORTS AUTHORITY\nANNUAL REPORT 2025'], [2, 'Foreword'], [2, 'PART ONE: COURSES'], [2, 'PART TWO: MISSIONS']],
    front: ['Halifax, Canada', 'March 2026'],
  },
  {
    name: "not a repeat of the title: a later line equal to a line inside the cover's block that names no report ('Secretariat' under a signature) is no title block",
    text: ['GULF PORTS COUNCIL', 'Secretariat', '', 'ANNUAL REPORT 2025', '', 'PART ONE: COURSES', '', body, '', 'Maria Lopez', 'Secretariat', '', 'PART TWO: MISSIONS', '', body].join('\n'),
    headings: [[1, 'GULF PORTS COUNCIL\nSecretariat\n\nANNUAL REPORT 2025'], [2, 'PART ONE: COURSES'], [2, 'PART TWO: MISSIONS']],
  },
  {
    name: "not an imprint: the body's name set apart above the report's title, then a dated group, is still the title block (it names the report after the name)",
    text: ['NORTHERN PORTS AUTHORITY', '', 'Annual report on port security', 'Published: 3 March 2025', '', 'I. Courses', body, '', 'II. Missions', body].join('\n'),
    headings: [[1, 'NORTHERN PORTS AUTHORITY\n\nAnnual report on port security'], [2, 'I. Courses'], [2, 'II. Missions']],
  },
  {
    name: "the first heading set apart after a title that names the report, with running text under it, is a heading, not more title",
    text: ['ANNUAL REPORT 2024', '', 'Message from the Director', '', 'The Office trained twelve customs officers in a course held in Lima, Peru.', '', 'Highlights of the Year', '', 'The Office trained twenty customs officers in a course held in Quito.'].join('\n'),
    headings: [[1, 'ANNUAL REPORT 2024'], [2, 'Message from the Director'], [2, 'Highlights of the Year']],
  },
  {
    name: "not a first heading: a subtitle set apart under the report's title with more cover after it, and a byline over the labelled parts, stay in the title block",
    text: ['ANNUAL REPORT 2024', '', 'Border Cooperation Programme', '', 'Contents', 'Introduction ........ 2', 'Courses ........ 3', '', 'Introduction', '', 'The Office trained twelve customs officers in a course held in Lima, Peru.', '', 'Courses', '', 'The Office trained twenty customs officers in a course held in Quito.'].join('\n'),
    headings: [[1, 'ANNUAL REPORT 2024\n\nBorder Cooperation Programme'], [2, 'Contents'], [2, 'Introduction'], [2, 'Courses']],
  },
  {
    name: 'not a first heading: a byline set apart under the title, over the labelled parts, stays in the title block',
    text: ['REPORT ON THE ACTIVITIES OF THE BORDER UNIT IN 2025', '', '(Presented by the Secretariat for Border Security)', '', 'I. INTRODUCTION', '', 'The Unit trained thirty officers.', '', 'II. COURSES', '', 'The Unit held two courses in Quito.'].join('\n'),
    headings: [[1, 'REPORT ON THE ACTIVITIES OF THE BORDER UNIT IN 2025\n\n(Presented by the Secretariat for Border Security)'], [2, 'I. INTRODUCTION'], [2, 'II. COURSES']],
  },
  {
    name: 'section labels ("Section 1: Training", "SECTION 2 – MISSIONS") are a convention of their own, above the decimals inside them, and end a title block',
    text: ['REPORT ON BORDER TRAINING 2024', '', 'Section 1: Training', '', 'The Office trained twelve customs officers in a course held in Lima, Peru.', '', '1.1 Courses', '', 'The Office trained twenty customs officers in a course held in Quito.', '', '1.2 Workshops', '', 'The Office trained thirty customs officers in a course held in Cusco.', '', 'SECTION 2 – MISSIONS', '', 'The Office sent forty experts on missions to Tumbes.'].join('\n'),
    headings: [[1, 'REPORT ON BORDER TRAINING 2024'], [2, 'Section 1: Training'], [3, '1.1 Courses'], [3, '1.2 Workshops'], [2, 'SECTION 2 – MISSIONS']],
  },
  {
    name: 'not a section label: "Section 3 of the statute" (a reference, lower case after the number) is a plain title under its part',
    text: ['REPORT ON BORDER TRAINING 2024', '', 'I. TRAINING', '', 'Section 3 of the statute', '', 'The Office trained twelve customs officers in a course held in Lima, Peru.', '', 'II. MISSIONS', '', 'The Office trained twenty customs officers in a course held in Quito.'].join('\n'),
    headings: [[1, 'REPORT ON BORDER TRAINING 2024'], [2, 'I. TRAINING'], [3, 'Section 3 of the statute'], [2, 'II. MISSIONS']],
  },
  {
    name: 'numbers with a trailing zero part ("2.0 TRAINING") are top-level numbers, "2.1" and "2.10" under them',
    text: ['REPORT ON BORDER TRAINING 2024', '', '1.0 INTRODUCTION', '', 'The Office trained twelve customs officers in a course held in Lima, Peru.', '', '2.0 TRAINING', '', 'The Office trained twenty customs officers in a course held in Quito.', '', '2.1 Courses', '', 'The Office trained thirty customs officers in a course held in Cusco.', '', '2.10 Workshops', '', 'The Office trained forty customs officers in a course held in Puno.', '', '3.0 MISSIONS', '', 'The Office sent fifty experts on missions to Tumbes.'].join('\n'),
    headings: [[1, 'REPORT ON BORDER TRAINING 2024'], [2, '1.0 INTRODUCTION'], [2, '2.0 TRAINING'], [3, '2.1 Courses'], [3, '2.10 Workshops'], [2, '3.0 MISSIONS']],
  },
  {
    name: 'numbers closed by a parenthesis ("1) Training") are the numbered convention, above the letters "a)" inside them',
    text: ['NOTE ON PATROLS IN 2024', '', '1) Training', '', 'a) Courses', '', 'The Unit trained sixty crew members in Tacna.', '', 'b) Workshops', '', 'The Unit trained seventy crew members in Arica.', '', '2) Missions', '', 'The Unit sent eighty experts to Ilo.'].join('\n'),
    headings: [[1, 'NOTE ON PATROLS IN 2024'], [2, '1) Training'], [3, 'a) Courses'], [3, 'b) Workshops'], [2, '2) Missions']],
  },
  {
    name: 'a contents list indented by depth ranks the unlabelled headings it lists: those under an indented entry sit under the heading of the entry above, the rest stay siblings',
    text: ['REPORT ON BORDER TRAINING 2024', '', 'Contents', 'Introduction ........ 2', 'Training ............ 3', '    Courses for customs officers ..... 3', '    Workshops for judges ..... 4', 'Missions ............ 5', '', 'Introduction', '', 'The Office trained twelve customs officers in a course held in Lima, Peru.', '', 'Training', '', 'The Office trained twenty customs officers in a course held in Quito.', '', 'Courses for customs officers', '', 'The Office trained thirty customs officers in a course held in Cusco.', '', 'Workshops for judges', '', 'The Office trained forty judges in a workshop held in Puno.', '', 'Missions', '', 'The Office sent fifty experts on missions to Tumbes.'].join('\n'),
    headings: [[1, 'REPORT ON BORDER TRAINING 2024'], [2, 'Contents'], [2, 'Introduction'], [2, 'Training'], [3, 'Courses for customs officers'], [3, 'Workshops for judges'], [2, 'Missions']],
    contents: ['Introduction ........ 2\nTraining ............ 3\n    Courses for customs officers ..... 3\n    Workshops for judges ..... 4\nMissions ............ 5'],
  },
  {
    name: 'not ranked by the list: entries without indentation leave the same headings siblings',
    text: ['REPORT ON BORDER TRAINING 2024', '', 'Contents', 'Training ............ 3', 'Courses for customs officers ..... 3', 'Missions ............ 5', '', 'Training', '', 'The Office trained twenty customs officers in a course held in Quito.', '', 'Courses for customs officers', '', 'The Office trained thirty customs officers in a course held in Cusco.', '', 'Missions', '', 'The Office sent fifty experts on missions to Tumbes.'].join('\n'),
    headings: [[1, 'REPORT ON BORDER TRAINING 2024'], [2, 'Contents'], [2, 'Training'], [2, 'Courses for customs officers'], [2, 'Missions']],
  },
  {
    name: 'not ranked by the list: labelled headings keep their conventions, which an indented list only confirms',
    text: ['ANNUAL REPORT 2025', '', 'CONTENTS', '1. Training ............ 3', '    2.1 Courses ..... 3', '2. Missions ............ 5', '', '1. Training', '', 'The Unit trained sixty crew members in Tacna.', '', '2.1 Courses', '', 'The Unit trained seventy crew members in Arica.', '', '2. Missions', '', 'The Unit sent eighty experts to Ilo.'].join('\n'),
    headings: [[1, 'ANNUAL REPORT 2025'], [2, 'CONTENTS'], [2, '1. Training'], [3, '2.1 Courses'], [2, '2. Missions']],
  },
  {
    name: 'a list whose markers the export dropped, under a lead ending in a colon, is list items, not headings; a short label over such a list stays a heading, a sentence leading it does not',
    text: ['ANNUAL REPORT 2024', '', 'I. PARTNERS', '', 'The Unit worked with the following bodies:', '', 'Ministry of Security', 'National Police', 'Customs Service', '', 'All three sent trainers to the courses held in Lima.', '', 'Donors:', 'Government of Canada', 'European Union', '', 'II. COURSES', '', 'The Unit held two courses in Quito.'].join('\n'),
    headings: [[1, 'ANNUAL REPORT 2024'], [2, 'I. PARTNERS'], [3, 'Donors'], [2, 'II. COURSES']],
    blocks: ['The Unit worked with the following bodies:', 'Ministry of Security', 'National Police', 'Customs Service'],
  },
  {
    name: 'the lead of a bulleted list that a time frame and a subject open ("During 2030 the Office also:") is a sentence, not a heading; a label over bullets stays one',
    text: ['ANNUAL REPORT 2030', '', 'I. ASSISTANCE', '', 'During 2030 the Office also:', '• sent two experts to Lima;', '• hosted a visit of Bolivian judges.', '', 'The Section also:', '• trained ten clerks in Quito.', '', 'Partners:', '• European Union', '• Government of Spain', '', 'II. COURSES', '', 'The Unit held two courses in Quito.'].join('\n'),
    headings: [[1, 'ANNUAL REPORT 2030'], [2, 'I. ASSISTANCE'], [3, 'Partners'], [2, 'II. COURSES']],
  },
  {
    name: 'not a list: labels ending in a colon over paragraphs stay headings, and one short line after a colon is no list',
    text: ['ANNUAL REPORT 2024', '', 'I. PROGRAMMES', '', 'Gangs:', 'The Unit trained forty officers on the prevention of gang violence in Tegucigalpa.', '', 'Maritime security:', '', 'Port State Control', '', 'The Unit trained port officers in two courses held in Kingston.', '', 'II. COURSES', '', 'The Unit held two courses in Quito.'].join('\n'),
    headings: [[1, 'ANNUAL REPORT 2024'], [2, 'I. PROGRAMMES'], [3, 'Gangs'], [3, 'Maritime security'], [3, 'Port State Control'], [2, 'II. COURSES']],
  },
  {
    name: 'captions of figures, tables, charts and photos, and a pull quote wholly in quotation marks, are not headings',
    text: ['ANNUAL REPORT 2024', '', 'I. COURSES', '', 'The Unit held two courses in Lima for 40 officers.', '', 'Figure 1: Participants by country', '', 'Chart 2 – Courses per year', '', 'Photo: Officers at the port of Callao', '', '“Training is the best investment we can make”', '', 'II. MISSIONS', '', 'The Unit sent two missions to Tumbes.'].join('\n'),
    headings: [[1, 'ANNUAL REPORT 2024'], [2, 'I. COURSES'], [2, 'II. MISSIONS']],
  },
  {
    name: 'not captions nor quotes: a heading that opens with a caption word ("Mapping of …", "Tables of equivalence") or with a quoted name stays a heading',
    text: ['ANNUAL REPORT 2024', '', 'Mapping of border crossings', '', 'The Unit mapped twelve crossings in 2024.', '', '"Blue Horizon 2025" exercise off Barbados', '', 'The Unit ran its exercise off Barbados in May.'].join('\n'),
    headings: [[1, 'ANNUAL REPORT 2024'], [2, 'Mapping of border crossings'], [2, '"Blue Horizon 2025" exercise off Barbados']],
  },
  {
    name: "a web page's title set apart over an item whose headline stands over a plain date line and its text is the page's title, not joined to the headline; a photo caption between two items is neither heading nor label",
    text: ['News from the field', '', 'Officers from Belize complete a course on port security', '12 May 2025', 'Twenty officers took a course on port security in Belize City.', '', 'Participants of the course with the instructors in Belize City', '', 'New radios for the harbour police of Dangriga', '2 May 2025', 'The Authority handed over twelve radios.'].join('\n'),
    headings: [[1, 'News from the field'], [2, 'Officers from Belize complete a course on port security'], [2, 'New radios for the harbour police of Dangriga']],
  },
  {
    name: 'not a caption: a short label over the items right under it ("Upcoming events") stays a label, its items under it',
    text: ['News from the field', '', 'Officers from Belize complete a course on port security', '12 May 2025', 'Twenty officers took a course on port security in Belize City.', '', 'Upcoming events', '', 'Regional workshop on port inspections in Dangriga', '2 June 2025', 'The Authority will host twenty inspectors.'].join('\n'),
    headings: [[1, 'News from the field'], [2, 'Officers from Belize complete a course on port security'], [2, 'Upcoming events'], [3, 'Regional workshop on port inspections in Dangriga']],
  },
  {
    name: 'a front part that holds no numbered sections ("EXECUTIVE SUMMARY") right before decimal parts is their sibling, not their parent',
    text: ['ANNUAL REPORT 2024', '', 'EXECUTIVE SUMMARY', '', 'The Office trained twelve customs officers in a course held in Lima, Peru.', '', '1. INTRODUCTION', '', 'The Office trained twenty customs officers in a course held in Quito.', '', '2. ACTIVITIES', '', 'The Office trained thirty customs officers in a course held in Cusco.'].join('\n'),
    headings: [[1, 'ANNUAL REPORT 2024'], [2, 'EXECUTIVE SUMMARY'], [2, '1. INTRODUCTION'], [2, '2. ACTIVITIES']],
  },
  {
    name: 'not a front part: "INTRODUCTION" over decimal sections keeps them as its own',
    text: ['ANNUAL REPORT 2024', '', 'INTRODUCTION', '', 'The Office trained twelve customs officers in a course held in Lima, Peru.', '', '1. Background', '', 'The Office trained twenty customs officers in a course held in Quito.', '', '2. Mandate', '', 'The Office trained thirty customs officers in a course held in Cusco.', '', 'ACTIVITIES', '', 'The Office trained forty customs officers in a course held in Puno.'].join('\n'),
    headings: [[1, 'ANNUAL REPORT 2024'], [2, 'INTRODUCTION'], [3, '1. Background'], [3, '2. Mandate'], [2, 'ACTIVITIES']],
  },
  {
    name: 'lower-case roman numerals are a convention below the letters: "(i)" before "(ii)" and "(v)" after "(iv)" are roman, under the "(a)" they follow',
    text: ['REPORT ON BORDER TRAINING 2024', '', '1. Courses', '', '(a) Port courses', '', '(i) Customs officers', '', 'The Office trained twelve customs officers in Lima.', '', '(ii) Police officers', '', 'The Office trained twenty police officers in Quito.', '', '(iii) Prosecutors', '', 'The Office trained thirty prosecutors in Cusco.', '', '(iv) Judges', '', 'The Office trained forty judges in Puno.', '', '(v) Inspectors', '', 'The Office trained fifty inspectors in Tacna.', '', '(b) Airport courses', '', 'The Office trained sixty officers in Arica.', '', '2. Missions', '', 'The Office sent seventy experts to Ilo.'].join('\n'),
    headings: [[1, 'REPORT ON BORDER TRAINING 2024'], [2, '1. Courses'], [3, '(a) Port courses'], [4, '(i) Customs officers'], [4, '(ii) Police officers'], [4, '(iii) Prosecutors'], [4, '(iv) Judges'], [4, '(v) Inspectors'], [3, '(b) Airport courses'], [2, '2. Missions']],
  },
  {
    name: 'not roman: "(i)" after "(h)" is the ninth letter, and roman items closed by a semicolon are list items, not headings',
    text: ['REPORT ON BORDER TRAINING 2024', '', '1. Courses', '', '(h) Port courses', '', 'The Office trained twelve customs officers in Lima.', '', '(i) Airport courses', '', 'The Office trained twenty police officers in Quito, to:', '', '(ii) share risk profiles;', '(iii) exchange seizure data;', '', '2. Missions', '', 'The Office sent seventy experts to Ilo.'].join('\n'),
    headings: [[1, 'REPORT ON BORDER TRAINING 2024'], [2, '1. Courses'], [3, '(h) Port courses'], [3, '(i) Airport courses'], [2, '2. Missions']],
  },
  {
    name: "a web page whose site name opens the text over the site's menu and a slash path: the name, menu, path, share buttons and a related-links label are chrome; the article's headline is the page's title",
    text: ['Andean Border Agency', 'Home   About   Programmes   News   Contact', 'You are here: Home / News / Press releases', '', 'Border officers from five countries trained in Cusco', '', 'June 12, 2025', '', 'CUSCO – Forty border officers from Bolivia, Chile, Colombia, Ecuador and Peru completed a course on document fraud on 10 June.', '', 'Share this:', 'Twitter', 'Facebook', '', 'Related content', '', 'Ministers meet in Lima', 'New training centre opens', '', 'Contact us | Privacy policy | Terms of use'].join('\n'),
    headings: [[1, 'Border officers from five countries trained in Cusco']],
    front: ['Andean Border Agency', 'Home   About   Programmes   News   Contact', 'You are here: Home / News / Press releases', 'June 12, 2025', 'Share this:', 'Twitter', 'Facebook', 'Related content', 'Contact us | Privacy policy | Terms of use'],
  },
  {
    name: "not chrome: a masthead's name over its issue line stays the title, and headings that open with a chrome word ('Related work of the Commission', 'Twitter campaign on trafficking') stay headings",
    text: ['HARBOUR WATCH', 'Issue No. 7 | January-March 2024', '', 'Related work of the Commission', '', 'The Commission trained forty port officers in Callao.', '', 'Twitter campaign on trafficking', '', 'The Commission ran a campaign on trafficking in persons in May.'].join('\n'),
    headings: [[1, 'HARBOUR WATCH'], [2, 'Related work of the Commission'], [2, 'Twitter campaign on trafficking']],
    front: ['Issue No. 7 | January-March 2024'],
  },
  {
    name: 'a Word export: list numbers set off by a tab with no full stop ("1⇥Introduction") are the numbered convention; an acronym list in tab columns under its heading is no signature; a text box\'s title is no heading',
    text: ['ANNUAL REPORT 2025', '', 'Acronyms', 'NPA\tNorthern Ports Authority', 'IMO\tInternational Maritime Organization', '', '1\tIntroduction', 'The Authority trained forty port officers in Halifax.', '', '2\tResults', '2.1\tTraining', 'The Authority held two courses in Saint John.', '', 'Box 1: What a port control unit does', 'A port control unit brings customs and police officers together.', '', '2.2\tEquipment', 'The Authority bought two scanners.', '', '3\tNext steps', 'The Authority will hold a course in May.'].join('\n'),
    headings: [[1, 'ANNUAL REPORT 2025'], [2, 'Acronyms'], [2, '1\tIntroduction'], [2, '2\tResults'], [3, '2.1\tTraining'], [3, '2.2\tEquipment'], [2, '3\tNext steps']],
  },
  {
    name: "after a distribution header, a title block's closing period line is furniture (cover date), not part of the title",
    text: ['ISTHMUS FISHERIES COUNCIL          IFC/doc.8/26', 'EXECUTIVE BOARD          Original: Spanish', '', 'GULF PATROL NETWORK', 'Progress Report on Patrol Training', 'January – December 2025', '', 'I. Courses', 'The Network trained forty crew members in Puntarenas.'].join('\n'),
    headings: [[1, 'GULF PATROL NETWORK\nProgress Report on Patrol Training'], [2, 'I. Courses']],
  },
  {
    name: "an e-mail newsletter: its chrome is furniture, unmarked \"In this issue\" entries stay one contents list (not a wrapped paragraph), a box of short figure lines and a footer's name over its address are no headings",
    text: ['View this email in your browser', 'You are receiving this bulletin because you joined our list.  Unsubscribe | Update your preferences', '', 'RANGER POST', 'Issue 3 | January–March 2026', '', 'In this issue', 'Fire officers from three districts certified in Belmopan', 'Forest patrols of two countries plan the dry season', 'Volunteers join the watchtower rota in Orange Walk', 'Key figures', '', 'Fire officers from three districts certified in Belmopan', '', 'BELMOPAN, 12 February 2026 – Twenty fire officers received their certificates after a month of training.', 'Read the full story »', '', 'Forest patrols of two countries plan the dry season', '', 'Flores, Guatemala — Thirty rangers met on 3 March to share patrol routes.', '', 'Volunteers join the watchtower rota in Orange Walk', '', 'Orange Walk, 20 March 2026 — Fifteen volunteers signed up for the towers.', '', 'KEY FIGURES', '', '230 rangers trained by the network since January', '14 patrol posts in 3 countries', '9 new instructors', '', 'Regional Ranger Network · Secretariat', '12 Cedar Street, Belize City · Tel. +501 222 3333 · office@ranger.example', '© 2026 Regional Ranger Network'].join('\n'),
    headings: [[1, 'RANGER POST'], [2, 'In this issue'], [2, 'Fire officers from three districts certified in Belmopan'], [2, 'Forest patrols of two countries plan the dry season'], [2, 'Volunteers join the watchtower rota in Orange Walk'], [2, 'KEY FIGURES']],
    contents: ['Fire officers from three districts certified in Belmopan\nForest patrols of two countries plan the dry season\nVolunteers join the watchtower rota in Orange Walk\nKey figures'],
  },
  {
    name: 'not a list of short lines: a title over sentences, and a title over a field and a date line, stay headings; one dated item keeps its own rank',
    text: ['REPORT ON RANGER TRAINING 2025', '', 'I. Training', '', 'Courses for fire officers', 'Twenty officers took a course on fire lines in Belmopan, in March.', 'Ten more took it in Orange Walk in May.', '', 'Watchtower rota', 'Venue: Orange Walk', '20 March 2025', '', 'Patrol planning', '', 'Flores, Guatemala — Thirty rangers met on 3 March to share patrol routes.'].join('\n'),
    headings: [[1, 'REPORT ON RANGER TRAINING 2025'], [2, 'I. Training'], [3, 'Courses for fire officers'], [3, 'Watchtower rota'], [3, 'Patrol planning']],
  },
  {
    name: 'PDF lines of one paragraph stay one block: a short line stopping on "the" or "and", a day alone before its month, and a full-width line of country names after a full stop',
    text: [
      'REPORT ON HARBOUR POLICING 2031', '', 'I. Activities',
      '7. A regional course on the boarding of suspect vessels was held in Port of Spain in May with',
      'the',
      'National Coast Guard of Trinidad and Tobago and the harbour master, for thirty officers of the',
      'coast guards of the eastern Caribbean, who practised boarding drills at night and by day.',
      '8. The network of harbour police chiefs held its yearly meeting in Bridgetown on 2 and',
      '3',
      'September 2031, with delegates of twelve member States and of two partner organizations.',
      '9. A second course, on the search of shipping containers, took place in Castries in October.',
      'Forty officers from Saint Lucia, Grenada, Dominica, Barbados and Saint Vincent took part,',
      'and two instructors of the regional academy taught the practical part of the course.',
    ].join('\n'),
    headings: [[1, 'REPORT ON HARBOUR POLICING 2031'], [2, 'I. Activities']],
    blocks: [
      '7. A regional course on the boarding of suspect vessels was held in Port of Spain in May with the National Coast Guard of Trinidad and Tobago and the harbour master, for thirty officers of the coast guards of the eastern Caribbean, who practised boarding drills at night and by day.',
      '8. The network of harbour police chiefs held its yearly meeting in Bridgetown on 2 and 3 September 2031, with delegates of twelve member States and of two partner organizations.',
      '9. A second course, on the search of shipping containers, took place in Castries in October. Forty officers from Saint Lucia, Grenada, Dominica, Barbados and Saint Vincent took part, and two instructors of the regional academy taught the practical part of the course.',
    ],
  },
  {
    name: 'an abbreviations list laid out in two space-aligned columns is rows, not headings; a label set off from its title by wide spaces stays a heading',
    text: ['ANNUAL REPORT 2025', '', 'Abbreviations', 'CPA        Coastal Patrol Authority', 'IMO        International Maritime Organization', 'NGO        non-governmental organization', '', '1.    Introduction', body, '', '2.    Courses', body].join('\n'),
    headings: [[1, 'ANNUAL REPORT 2025'], [2, 'Abbreviations'], [2, '1.    Introduction'], [2, '2.    Courses']],
  },
  {
    name: "a table flattened one cell a line is read as its rows, cells set apart by tabs: its labels and cells are no headings, its lone figures are cells (not page numbers), the caption stays apart",
    text: ['REPORT ON PATROL TRAINING 2025', '', 'I. Courses', body, '', 'Table 1: Courses in 2025', 'No.', 'Activity', 'Dates', 'Venue', 'Participants', '1', 'Boarding course', '3–7 March', 'Belize City', '18', '2', 'Radar course', '9–11 June', 'Online', '25', 'Total', '43', '', 'II. Missions', body, '', 'III. Outlook', body].join('\n'),
    headings: [[1, 'REPORT ON PATROL TRAINING 2025'], [2, 'I. Courses'], [2, 'II. Missions'], [2, 'III. Outlook']],
    blocks: ['Table 1: Courses in 2025', 'No.\tActivity\tDates\tVenue\tParticipants', '1\tBoarding course\t3–7 March\tBelize City\t18', '2\tRadar course\t9–11 June\tOnline\t25', 'Total\t43'],
  },
  {
    name: 'a flattened table that a page break cuts (page number between its labels and before its rows) goes on at the next page: its lone figures stay cells; a full table ends at a page break before running text',
    text: ['REPORT ON PATROL TRAINING 2025', '', 'I. Courses', body, '', 'Table 1: Courses in 2025', 'No.', 'Activity', 'Dates', '', '- 2 -', '', 'Venue', 'Participants', '1', 'Boarding course', '3–7 March', 'Belize City', '12', '2', 'Radar course', '9–11 June', 'Online', '', '- 3 -', '', '25', '', '- 4 -', '', 'The radar course was moved online because of a storm.', '', 'II. Missions', body, '', 'III. Outlook', body].join('\n'),
    headings: [[1, 'REPORT ON PATROL TRAINING 2025'], [2, 'I. Courses'], [2, 'II. Missions'], [2, 'III. Outlook']],
    blocks: ['No.\tActivity\tDates\tVenue\tParticipants', '1\tBoarding course\t3–7 March\tBelize City\t12', '2\tRadar course\t9–11 June\tOnline\t25', 'The radar course was moved online because of a storm.'],
    cut: ['- 2 -', '- 3 -', '- 4 -'],
  },
  {
    name: "a Word table read as text, each cell a paragraph of its own (a blank line between): read as its rows; the document's empty paragraph ends it",
    format: 'docx',
    text: ['REPORT ON PATROL TRAINING 2025', '', '', '', 'I. Courses', '', body, '', '', '', 'Table 1: Courses in 2025', '', 'No.', '', 'Activity', '', 'Dates', '', 'Venue', '', 'Participants', '', '1', '', 'Boarding course', '', '3–7 March', '', 'Belize City', '', '12', '', '2', '', 'Radar course', '', '9–11 June', '', 'Online', '', '25', '', '', '', 'II. Missions', '', body].join('\n'),
    headings: [[1, 'REPORT ON PATROL TRAINING 2025'], [2, 'I. Courses'], [2, 'II. Missions']],
    blocks: ['Table 1: Courses in 2025', 'No.\tActivity\tDates\tVenue\tParticipants', '1\tBoarding course\t3–7 March\tBelize City\t12', '2\tRadar course\t9–11 June\tOnline\t25', body],
  },
  {
    name: 'a flattened table without a number column: every as many cells as it has labels make a row',
    text: ['PORT VISITS 2025', '', 'I. Visits', body, '', 'Table 2: Visits', 'Activity', 'Date', 'Place', 'Participants', 'Port visit', '3 May', 'Paita', '12', 'Dock visit', '9 May', 'Callao', '15', '', 'II. Outlook', body].join('\n'),
    headings: [[1, 'PORT VISITS 2025'], [2, 'I. Visits'], [2, 'II. Outlook']],
    blocks: ['Activity\tDate\tPlace\tParticipants', 'Port visit\t3 May\tPaita\t12', 'Dock visit\t9 May\tCallao\t15'],
  },
  {
    name: 'two tables with the same columns repeat their header row under their captions: it is no running title (past the head of the document), and stays in both',
    text: ['BORDER POLICE ACADEMY', 'Report 2024', '', 'I. Land borders', ...Array.from({ length: 20 }, () => [body, '']).flat(), 'Table 1: Land border courses', 'No.\tActivity\tDates\tVenue\tParticipants', '1\tPatrol course\t4–8 March\tOsh, Kyrgyzstan\t20', '2\tDocument checks\t6–9 May\tAktau, Kazakhstan\t16', '', 'II. Airports', body, '', 'Table 2: Airport courses', 'No.  Activity          Dates       Venue                 Participants', '1    Profiling course  2–5 July    Tashkent, Uzbekistan  14'].join('\n'),
    headings: [[1, 'BORDER POLICE ACADEMY\nReport 2024'], [2, 'I. Land borders'], [2, 'II. Airports']],
    blocks: ['No.\tActivity\tDates\tVenue\tParticipants', 'No.  Activity          Dates       Venue                 Participants'],
  },
  {
    name: 'a running footer with its page number after a wide gap ("… Report 2024      Page 2"), seen once, is cut out of the flow; a sentence that speaks of a page stays',
    text: ['FISHERIES AGENCY', 'Annual Report 2024', '', 'I. Courses', body, '', 'Fisheries Agency Annual Report 2024                    Page 2', '', 'II. Missions', 'The forms are on page 4 of the manual.'].join('\n'),
    headings: [[1, 'FISHERIES AGENCY\nAnnual Report 2024'], [2, 'I. Courses'], [2, 'II. Missions']],
    cut: ['Page 2'],
    kept: ['The forms are on page 4 of the manual.'],
  },
  {
    name: 'a footnote wrapped over two lines at a page foot stays a block of its own: the text at the head of the next page is not run onto the note',
    text: ['RIVER PILOTS COMMISSION          RPC/doc.14/25', '', 'REPORT ON RIVER POLICE TRAINING', '', 'I. Courses', 'The Unit trained forty-one river police officers in a course on the boarding of barges held in', 'Asuncion in June, and it organized, with the river commission, a workshop for pilots and', '', '4 Approved by the Council of Ministers of the Commission in Rosario, Argentina, in its annual', 'session of 2019 on the safety of navigation on the upper river (decision CM/DEC. 77 (XI-19)).', '', '- 3 -', '', 'RPC/doc.14/25', '', 'harbour masters in Encarnacion, Paraguay, on 2 and 3 October, with 30 participants.', 'The Unit also advised two member states on their river navigation rules in the', 'course of the year, at the request of their transport ministries and port authorities.', '', '5 See the report of the workshop in annex II.', '', '- 4 -', '', 'RPC/doc.14/25', '', 'II. Missions', '3 Officers of the river police of Paraguay and Argentina sailed on joint patrols of the upper river', 'in 2025 with the pilots of the Commission, who advised them on the safe boarding of barges,', '', '- 5 -', '', 'RPC/doc.14/25', '', 'convoys and tugs on the stretch between Asuncion and Corrientes.', '', 'III. Outlook', body].join('\n'),
    headings: [[1, 'REPORT ON RIVER POLICE TRAINING'], [2, 'I. Courses'], [2, 'II. Missions'], [2, 'III. Outlook']],
    kept: ['barges, convoys and tugs'],
    blocks: ['4 Approved by the Council of Ministers of the Commission in Rosario, Argentina, in its annual session of 2019 on the safety of navigation on the upper river (decision CM/DEC. 77 (XI-19)).'],
  },
];
