/**
 * Activities corpus (Duckling's way): short texts and the activities they must give, with the
 * fields that matter for each case, and negatives that must give none. Texts are read through the
 * whole pipeline (segmentation, every mention extractor, then events), so slot values follow the
 * mention extractors; cases state only the slots that the event rules decide.
 */
import type { GoldEvent } from '../../pipeline/gold.js';

export type ExpectedEvent = Partial<Omit<GoldEvent, 'trigger' | 'count' | 'part_of'>> & {
  /** The index, in this case's events, of the group event this one is a member of (`part_of`); null: top-level. */
  memberOf?: number | null;
  /** The trigger's text; it must contain (relaxed) or equal (`exact`) the predicted trigger. */
  trigger: string;
  exact?: boolean;
  /** null: the count must be left out. */
  count?: number | null;
};

export interface EventCase {
  text: string;
  events: ExpectedEvent[];
}

export const cases: EventCase[] = [
  // a generic head after an activity word: "training activities" (alone, "activities" names none)
  { text: 'In 2025 the Secretariat delivered a total of six training activities, attended by 182 officials from 17 member states.', events: [{ trigger: 'training activities', exact: true, kind: 'training', count: 6, participants: 182 }] },
  // a future in a relative clause is about something else
  { text: 'An assessor training workshop was held in Nassau, The Bahamas, in March 2025 for 28 officials who will take part in the next evaluations.', events: [{ trigger: 'assessor training workshop', kind: 'workshop', status: 'held' }] },
  // a mission's own talks are part of it; a webinar is a seminar
  { text: 'In July 2023 a technical mission visited the border post of Desaguadero, Peru, where the mission met with customs officials.', events: [{ trigger: 'technical mission', kind: 'mission', count: 1 }] },
  { text: 'On 14 June 2023 the Unit held a webinar on risk analysis for 112 participants from nine countries.', events: [{ trigger: 'webinar', kind: 'seminar', count: 1, participants: 112 }] },
  // a date that opens the paragraph frames its later activities that give none of their own
  { text: 'During the first half of 2025, the Unit ran a workshop on port security in Callao, Peru, in March. Meetings were also held with the customs authorities of Ecuador.', events: [{ trigger: 'workshop', kind: 'workshop', date: '2025-03' }, { trigger: 'Meetings', kind: 'meeting', date: '2025-H1' }] },
  // who took part, said in a later sentence of the same paragraph
  { text: 'A regional seminar on container control was held in Panama City, Panama, in March 2025. The event was opened by the Minister of Security. Participants came from Costa Rica, Honduras and Guatemala.', events: [{ trigger: 'regional seminar', kind: 'seminar', countries: ['PAN', 'CRI', 'HND', 'GTM'] }] },
  // activities introduced by a verb, and named simulations
  { text: 'In May 2025 the Working Group on Port Security met in Valparaíso, Chile, to review its guidelines.', events: [{ trigger: 'met', exact: true, kind: 'meeting', count: 1, countries: ['CHL'], date: '2025-05' }] },
  { text: 'Twenty prosecutors from Peru took part in a simulated trial held in Lima in June 2025.', events: [{ trigger: 'simulated trial', exact: true, kind: 'exercise', count: 1, participants: 20 }] },
  // groups (part_of): a total followed by members; an addition to the group is top-level; a group names no group itself
  {
    text: 'In 2016 the Division delivered a total of 38 training interventions, which reached 1,146 officers. In April it ran a firearms course in Kingston, Jamaica, for 24 officers. Besides these courses, a refresher course was held in Belmopan, Belize, in May.',
    events: [{ trigger: 'training interventions', kind: 'training', count: 38, memberOf: null }, { trigger: 'firearms course', kind: 'course', memberOf: 0 }, { trigger: 'refresher course', kind: 'course', memberOf: null }],
  },
  {
    text: 'In 2023 the Unit delivered a total of 9 courses that trained 310 officers. One of these courses, held in Cusco, Peru, in May, trained 42 officers.',
    events: [{ trigger: 'courses', kind: 'course', count: 9, participants: 310, memberOf: null }, { trigger: 'courses', kind: 'course', count: 1, participants: 42, countries: ['PER'], memberOf: 0 }],
  },
  {
    text: 'In 2016 the Office delivered 37 national and regional workshops, which trained 1,126 officials. Among them, a regional workshop in Nairobi, Kenya, in March trained 40 prosecutors.',
    events: [{ trigger: 'regional workshops', kind: 'workshop', count: 37, memberOf: null }, { trigger: 'regional workshop', kind: 'workshop', count: 1, memberOf: 0 }],
  },
  {
    text: 'The Office carried out 12 legislative drafting missions in 2016. Among them, a mission to Nairobi, Kenya, from 7 to 10 March reviewed a draft law.',
    events: [{ trigger: 'legislative drafting missions', kind: 'mission', count: 12, memberOf: null }, { trigger: 'mission', kind: 'mission', memberOf: 0 }],
  },
  {
    text: 'The Department held two workshops on police ethics in Quito, Ecuador, in 2014. A seminar on prison management took place in Lima, Peru, in June 2014.',
    events: [{ trigger: 'workshops', kind: 'workshop', count: 2, memberOf: null }, { trigger: 'seminar', kind: 'seminar', memberOf: null }],
  },
  // a country that only sent the trainers is not one of the activity's countries
  { text: 'In May 2014 the Department held a course on crime scene management in Tegucigalpa, Honduras, taught by instructors from Spain, for 28 police officers.', events: [{ trigger: 'course', kind: 'course', countries: ['HND'] }] },
  // an ordinary activity of an earlier year is still an activity
  { text: 'This report covers January to December 2014. In 2011 a workshop on border control was held in Quito, Ecuador, for 20 officers.', events: [{ trigger: 'workshop', kind: 'workshop', date: '2011' }] },
  // status: a date inside the period by half or quarter is held; a "will" about something else is not a plan
  { text: 'During the period January to December 2014, in the first half of 2014 the Department held a workshop on police ethics in Quito, Ecuador.', events: [{ trigger: 'workshop', kind: 'workshop', status: 'held' }] },
  { text: 'A workshop held in Quito in June 2014 will allow Ecuador to update its firearms registry.', events: [{ trigger: 'workshop', kind: 'workshop', status: 'held' }] },
  { text: 'A regional workshop will be held in Lima, Peru, in March 2015.', events: [{ trigger: 'regional workshop', kind: 'workshop', status: 'planned' }] },
  // participants: a total and a share of it; a stated total
  { text: 'The Department held a seminar in Lima, Peru, in May 2014 for 45 prosecutors, 20 judges and five defenders, a total of 70 participants.', events: [{ trigger: 'seminar', kind: 'seminar', participants: 70 }] },
  { text: 'The course on crime analysis, held in San José, Costa Rica, in May 2014, trained 30 officers, of whom 18 were women.', events: [{ trigger: 'course', kind: 'course', participants: 30 }] },
  // kinds and modifiers
  { text: 'In 2007, the program included 18 regional training seminars for police and customs officers.', events: [{ trigger: 'regional training seminars', exact: true, kind: 'seminar', count: 18, status: 'held', date: '2007' }] },
  { text: 'Eight national workshops were held in Central America in 2007.', events: [{ trigger: 'national workshops', exact: true, kind: 'workshop', count: 8 }] },
  { text: 'The Secretariat organized a workshop in Asuncion, Paraguay, July 30-August 3, 2007, for 25 customs officers.', events: [{ trigger: 'workshop', exact: true, kind: 'workshop', count: 1, date: '2007-07-30/2007-08-03', countries: ['PRY'], participants: 25 }] },
  { text: 'A first, and successful, Crisis Management Exercise was conducted in the port of Buenos Aires, Argentina, on September 12-14, 2007.', events: [{ trigger: 'Crisis Management Exercise', exact: true, kind: 'exercise', count: 1, status: 'held' }] },
  { text: 'The Department conducted two technical assistance missions to Haiti in 2014.', events: [{ trigger: 'technical assistance missions', exact: true, kind: 'mission', count: 2, countries: ['HTI'] }] },
  { text: 'The Secretariat held a Round Table on police reform in Port of Spain, Trinidad and Tobago, in November 2014.', events: [{ trigger: 'Round Table', kind: 'meeting', count: 1 }] },
  { text: 'In a joint initiative with the United Nations, mock trials on money laundering offenses were held in Bolivia and Peru in 2007.', events: [{ trigger: 'mock trials', exact: true, kind: 'exercise', count: null, countries: ['BOL', 'PER'] }] },
  { text: 'On February 20, 2007 the Executive Secretary met with the Minister of Education of Honduras.', events: [{ trigger: 'met', exact: true, kind: 'meeting', count: 1, date: '2007-02-20' }] },
  { text: 'The first teacher training sessions took place in Costa Rica in February 2007.', events: [{ trigger: 'teacher training sessions', exact: true, kind: 'training' }] },
  { text: 'On May 30 and 31, 2007, the Department hosted a regional training and cooperation event in La Paz, Bolivia.', events: [{ trigger: 'regional training and cooperation event', exact: true, kind: 'training', count: 1, date: '2007-05-30/2007-05-31' }] },
  { text: 'The Commission approved the reports at its 40th session in Santa Marta, Colombia, in November 2007.', events: [{ trigger: 'session', kind: 'session', count: 1, date: '2007-11' }] },
  { text: 'Five country assessments were completed in Guyana and Jamaica from September to December 2007.', events: [{ trigger: 'country assessments', exact: true, kind: 'assessment', count: 5 }] },
  { text: 'The Department organized an international forum of mayors in Santo Domingo, Dominican Republic, in April 2007.', events: [{ trigger: 'international forum', exact: true, kind: 'forum', count: 1 }] },
  { text: 'The Secretariat organized a Ministerial conference for the Caribbean in March 2007.', events: [{ trigger: 'Ministerial conference', kind: 'conference', count: 1, date: '2007-03' }] },
  // counts
  { text: 'The Secretariat conducted five training courses from August 2006 to February 2007 for 253 officials.', events: [{ trigger: 'training courses', exact: true, kind: 'course', count: 5, participants: 253 }] },
  { text: 'Three editions of a hybrid course on police management were offered in February, May and June 2014.', events: [{ trigger: 'hybrid course', kind: 'course', count: 3, date: '2014-02/2014-06' }] },
  // a zero is never a count (found by test/property.test.ts: "(00) meetings" gave count 0)
  { text: 'The Department convened 00 regional meetings in Lima, Peru, in 2014.', events: [{ trigger: 'regional meetings', exact: true, kind: 'meeting', count: null }] },
  { text: 'The Anti-Money Laundering Section organized two meetings on the financing of terrorism, in February and August 2007.', events: [{ trigger: 'meetings', kind: 'meeting', count: 2, date: '2007-02/2007-08' }] },
  { text: 'The Department offered workshops for judges and prosecutors on money laundering.', events: [{ trigger: 'workshops', kind: 'workshop', count: null }] },
  { text: 'Two to four additional courses are planned for 2008.', events: [{ trigger: 'additional courses', kind: 'course', count: null, status: 'planned', date: '2008' }] },
  { text: 'More than 620 airport security officials received training through 37 CICTE training courses in 13 countries.', events: [{ trigger: 'training courses', exact: true, kind: 'course', count: 37, participants: 620 }] },
  { text: 'Brazil has offered to host the first workshop in May 2008.', events: [{ trigger: 'workshop', exact: true, count: 1, date: '2008-05' }] },
  // status
  { text: 'The Secretariat will hold a seminar on organized crime in Montego Bay, Jamaica, on March 20-22, 2008.', events: [{ trigger: 'seminar', kind: 'seminar', status: 'planned', date: '2008-03-20/2008-03-22' }] },
  { text: 'Assessments will be conducted in Suriname and Saint Lucia in early 2008.', events: [{ trigger: 'Assessments', kind: 'assessment', status: 'planned', date: '2008', mod: 'START' }] },
  { text: 'Uruguay and Argentina will assist in an upcoming Crisis Management Exercise in Colombia in February 2008.', events: [{ trigger: 'Crisis Management Exercise', status: 'planned', date: '2008-02' }] },
  { text: 'The Department is planning a series of preparatory meetings with academics and civil society organizations.', events: [{ trigger: 'preparatory meetings', status: 'planned', count: null }] },
  { text: 'A workshop on police accountability was held in Santiago, Chile, in March 2007.', events: [{ trigger: 'workshop', status: 'held', date: '2007-03' }] },
  // later mentions, groups, bullets
  { text: 'The Department of Public Security is coordinating the Second Meeting of Officials Responsible for Penitentiary Policies. That meeting will be held in Santiago, Chile, in the first half of 2008.', events: [{ trigger: 'Second Meeting of Officials Responsible for Penitentiary Policies', kind: 'meeting', status: 'planned', date: '2008-H1', places: ['Santiago, CHL'] }] },
  { text: 'A workshop was held in Bogota, Colombia, in February 2007. The workshop was for prosecutors of the region.', events: [{ trigger: 'workshop', date: '2007-02' }] },
  { text: 'Together with the RCMP, the Secretariat organized regional seminars on covert operations. The 2007 seminars were held in Antigua, Colombia and Peru.', events: [{ trigger: 'regional seminars', kind: 'seminar', countries: ['ATG', 'COL', 'PER'] }] },
  { text: 'The Secretariat holds seminars and workshops on the safekeeping of weapons.', events: [{ trigger: 'seminars', exact: true, kind: 'seminar' }, { trigger: 'workshops', exact: true, kind: 'workshop' }] },
  {
    text: 'In 2014 the DPS delivered three courses:\n\n• Course on police leadership, Bogota, Colombia, February 10-21, 2014, for 32 senior officers.\n• Course on criminal investigation, San Pedro Sula, Honduras, March 17-21, 2014.\n• Course on firearms marking, Port of Spain, May 5-9, 2014, for 22 officers.\n',
    events: [
      { trigger: 'Course', kind: 'course', count: 1, date: '2014-02-10/2014-02-21', participants: 32 },
      { trigger: 'Course', kind: 'course', count: 1, date: '2014-03-17/2014-03-21' },
      { trigger: 'Course', kind: 'course', count: 1, date: '2014-05-05/2014-05-09', participants: 22 },
    ],
  },
  {
    text: 'The following activities are also planned:\n\n- a meeting of national police academies, to be held in Colombia in the first quarter of 2015;\n- a conference on citizen security in Panama.\n',
    events: [
      { trigger: 'meeting', kind: 'meeting', status: 'planned', date: '2015-Q1', countries: ['COL'] },
      { trigger: 'conference', kind: 'conference', status: 'planned', countries: ['PAN'] },
    ],
  },
  { text: 'A course on firearms was held in Lima, Peru, for 31 officers: Peru (12), Bolivia (9) and Ecuador (10).', events: [{ trigger: 'course', participants: 31 }] },
  // a mass noun with no slot of its own is an activity when a verb says it was held or given (EVENT_VERB)
  { text: 'Refresher training for prison guards is usually conducted by the national academy.', events: [{ trigger: 'Refresher training', kind: 'training', count: null }] },
  // a newsletter story's headline names its activity; the first sentence of the story tells it again (one activity, not two)
  {
    text: 'SECURE PORTS\nNewsletter No. 4 | January-March 2025\n\nPort security drill tests response in Kingston\n\nKingston, Jamaica, 4 March 2025 – Forty officers of the port authority took part on 2 and 3 March in a port security drill organized by the Unit. The Government of Canada funded it.\n\nCustoms officers meet in Lima\n\nLima, Peru, 20 March 2025 – Customs officers of five countries met on 18 March at the headquarters of the customs service for the first meeting of the regional network.\n',
    events: [{ trigger: 'Port security drill', kind: 'exercise' }, { trigger: 'meeting', kind: 'meeting' }],
  },
  // one activity told in the narrative and again in a calendar (same kind, same days, same country); two courses on the same days in two countries stay two
  { text: 'On 12 to 16 May 2025 the Unit ran a course on risk analysis in Lima, Peru, for 25 officers.\n\nCALENDAR\n\nCourse on Risk Analysis for Customs Officers\n05/12/2025 - 05/16/2025\nVenue: Lima, Peru\n', events: [{ trigger: 'course', kind: 'course', date: '2025-05-12/2025-05-16' }] },
  {
    text: 'From 12 to 16 May 2025 the Unit ran a course on risk analysis in Lima, Peru. From 12 to 16 May 2025 it also ran a course on port security in Santo Domingo, Dominican Republic.',
    events: [{ trigger: 'course', countries: ['PER'] }, { trigger: 'course', countries: ['DOM'] }],
  },
  // "Among them, the course …" is one of the group (a member), not a later mention of the group
  { text: 'The Unit delivered a total of six courses for 150 officers in 2025. Among them, the course held in Quito, Ecuador, from 3 to 7 March trained 30 officers.', events: [{ trigger: 'courses', count: 6, memberOf: null }, { trigger: 'course', countries: ['ECU'], memberOf: 0 }] },
  // a title ends before the date line under it
  { text: 'Past events\n\nThird Regional Conference on Border Management\nSeptember 2025\nVenue: Panama City, Panama\nDelegates of twelve countries reviewed the regional plan.\n', events: [{ trigger: 'Third Regional Conference on Border Management', exact: true, kind: 'conference' }] },
  // later mentions: a length between the demonstrative and the head, a share of a group
  { text: 'The Unit held a course on police management in Lima, Peru, in May 2025. This two-week course was the first of a series.', events: [{ trigger: 'course', kind: 'course', count: 1 }] },
  { text: 'The Office held 37 workshops in 2025 for 1,100 officials. Most workshops took place in West Africa.', events: [{ trigger: 'workshops', kind: 'workshop', count: 37 }] },
  // visits named by an activity word
  { text: 'In 2025 experts of the Office took part in eight assessment visits to Kenya, Mali and Niger.', events: [{ trigger: 'assessment visits', exact: true, kind: 'assessment', count: 8 }] },
  // a training told by its verb: a named body trained a number of people, at a place or date of its own
  { text: 'With a grant from the Andean Development Corporation, the Unit trained 27 border guards in Cusco, Peru, on 4-6 June 2025.', events: [{ trigger: 'trained', exact: true, kind: 'training', count: null, participants: 27 }] },
  // a later mention that sums several years lends the activity no figure
  { text: 'Forty women from 12 countries completed in June 2025 the third edition of the cyber leadership course in Lima, Peru. Since 2021 the course has trained 150 professionals.', events: [{ trigger: 'cyber leadership course', participants: 40 }] },
  // the verb gives way to the activity noun of its sentence
  { text: 'In the third quarter the Centre trained 52 shipping agents in national training sessions in Bridgetown, Barbados.', events: [{ trigger: 'national training sessions', exact: true, kind: 'training' }] },
  // a cancelled activity did not take place; the one before it did
  { text: 'A course on shelter management was held in Georgetown, Guyana, in July 2025. In Haiti, a similar course planned in Port-au-Prince was cancelled.', events: [{ trigger: 'course', countries: ['GUY'] }] },
  // one count over two bare activity nouns is one group; without a count they stay two (the "seminars and workshops" case above)
  {
    text: 'In 2025 the Unit ran a total of 10 courses and workshops on border control, which trained 300 officers. A national workshop on document fraud was held in Quito, Ecuador, in May. A seminar on port security followed in Lima, Peru, in June.',
    events: [{ trigger: 'courses and workshops', exact: true, kind: 'course', count: 10 }, { trigger: 'national workshop', memberOf: 0 }, { trigger: 'seminar', memberOf: null }],
  },
  // an apposition describes the activity just named
  { text: 'In May 2025 the Unit ran the Second Regional Port Exercise, a simulation in which 80 officers dealt with a hijacked ferry.', events: [{ trigger: 'Second Regional Port Exercise', kind: 'exercise' }] },
  // "without" in a topic is no negation
  { text: 'A seminar on asset recovery without a criminal conviction was held in Lima, Peru, in July 2025.', events: [{ trigger: 'seminar', kind: 'seminar', countries: ['PER'] }] },
  // a figure since a year in another part of the sentence does not make the activity a multi-year total
  { text: 'Assessments will be conducted in Belize and Grenada in early 2026—a total of 12 countries since 2019.', events: [{ trigger: 'Assessments', kind: 'assessment', status: 'planned' }] },
  // the same activity noun twice, joined by "and", is one group; a count split into its parts gives the parts
  { text: 'The school organizes courses on strategic analysis, and specialized courses on chemical control, for police officers of the region.', events: [{ trigger: 'courses', exact: true, kind: 'course' }] },
  { text: 'The Office also held two subregional workshops–one Andean Seminar in Lima, Peru, and one workshop on extradition hosted by Chile in October 2025.', events: [{ trigger: 'Andean Seminar', kind: 'seminar' }, { trigger: 'workshop', kind: 'workshop' }] },
  // an activity named as the aim of another is none; the one held is
  { text: 'A first meeting of experts was held in Lima, Peru, in May 2025 to begin work on the Regional Conference on Prison Reform.', events: [{ trigger: 'first meeting', kind: 'meeting' }] },
  // activities of three kinds held in the period are activities (a body's remit, "runs courses, meetings and exercises", is not)
  { text: 'In March 2025 the Unit held workshops, seminars and courses on firearms control in Lima, Peru.', events: [{ trigger: 'workshops', kind: 'workshop' }, { trigger: 'seminars', kind: 'seminar' }, { trigger: 'courses', kind: 'course' }] },
  // a program's total with no count covers what follows it, not a paragraph that turns to another named program
  {
    text: 'Port security remains the largest program of the Unit. It resulted in training for approximately 1,200 officials in 2025. In May a port security exercise was held in Callao, Peru.\n\nUnder the three projects of the Airport Security Program, the Unit also held a workshop on screening in Quito, Ecuador, in June 2025.\n',
    events: [{ trigger: 'training', participants: 1200, memberOf: null }, { trigger: 'port security exercise', memberOf: 0 }, { trigger: 'workshop', memberOf: null }],
  },
  // a total that refers its activities to an annex covers the annex's rows; visits named by their kind
  {
    text: 'ANNUAL REPORT 2025\n\n1. Training\n\nIn 2025 the Unit delivered a total of three courses, attended by 90 officers. All three are listed in Annex I.\n\n2. Outlook\n\nThe Unit plans a workshop on port security in Lima, Peru, in 2026.\n\n\nAnnex I\nCourses in 2025\n\nNo.\tActivity\tDates\tVenue\tParticipants\n1\tCourse on risk analysis\t3–7 March 2025\tQuito, Ecuador\t30\n2\tCourse on cargo control\t5–9 May 2025\tCallao, Peru\t32\n3\tCourse on port security\t1–5 September 2025\tColón, Panama\t28\n',
    events: [{ trigger: 'courses', count: 3, memberOf: null }, { trigger: 'workshop', memberOf: null }, { trigger: 'Course', memberOf: 0 }, { trigger: 'Course', memberOf: 0 }, { trigger: 'Course', memberOf: 0 }],
  },
  { text: 'In 2025 the Secretariat led two onsite visits, to Belize in February and to Grenada in June.', events: [{ trigger: 'onsite visits', exact: true, kind: 'assessment', count: 2 }] },
  { text: 'In 2025 officials of the Unit made two study visits to the port of Rotterdam, Netherlands.', events: [{ trigger: 'study visits', exact: true, kind: 'mission', count: 2 }] },
  // a count word past ten is a count, not a modifier; "Among them were" opens the group's members
  {
    text: 'The Division completed eleven security assessments of ports of entry during 2016. Among them were an assessment of the main airport of Dominica in February and a joint assessment of the port of Castries, Saint Lucia, in October.',
    events: [{ trigger: 'security assessments', exact: true, count: 11, memberOf: null }, { trigger: 'assessment', memberOf: 0 }, { trigger: 'joint assessment', memberOf: 0 }],
  },
  // a training told by its verb at a place of its own is one activity, not a program total over what follows
  {
    text: 'In Chihuahua, Mexico, the National Council Against Addictions trained 1,250 teachers in school prevention between September and November 2010. The Observatory held a training seminar for research teams in Paramaribo, Suriname, in October 2010.',
    events: [{ trigger: 'trained', participants: 1250, memberOf: null }, { trigger: 'training seminar', memberOf: null }],
  },
  // a modifier of the group's noun is not a second kind: "training courses" take courses, not a training
  {
    text: 'In 2007 the Secretariat delivered 37 training courses for more than 600 officials. A course on screening was held in Bogota, Colombia, in August. Scholarships were given to Haiti to attend training by the aviation agency.',
    events: [{ trigger: 'training courses', count: 37, memberOf: null }, { trigger: 'course', memberOf: 0 }, { trigger: 'training', memberOf: null }],
  },
  // an assembly numbered by an ordinal is one session of it; the body itself is no activity
  { text: 'Staff of the Division also represented the Agency at the 86th INTERPOL General Assembly in Rome, Italy, on 3–6 November 2025.', events: [{ trigger: 'INTERPOL General Assembly', kind: 'meeting' }] },
  // an exchange held as a meeting; an exchange of information is none
  // a body that "joined" an activity only attended it: the host is its organizer
  { text: 'On 25 September 2025 the CIM joined a virtual exchange on women in policing hosted by the Council of Europe.', events: [{ trigger: 'virtual exchange', exact: true, kind: 'meeting', count: 1, organizations: ['Council of Europe'] }] },
  // a titled congress of a named body is an activity, even inside what was read as an organization's name
  { text: 'Staff of the Secretariat took part in the World Congress of the World Federation of Therapeutic Communities (WFTC) in Bogotá, Colombia, in May 2025.', events: [{ trigger: 'World Congress', kind: 'conference' }] },
  // two bare singular activity nouns of two kinds, with no article, name one service; with articles they are two
  { text: 'In October 2025 the contract for assessment and training in Belize and Guyana was awarded to a private company.', events: [{ trigger: 'assessment and training', exact: true, kind: 'assessment', count: null }] },
  { text: 'In May 2025 the Unit held a workshop and a training on port security in Callao, Peru.', events: [{ trigger: 'workshop', exact: true }, { trigger: 'training', exact: true }] },
  { text: 'Virtual training on victim identification was held between January 20 and February 14, 2014, for 150 labor inspectors.', events: [{ trigger: 'training', kind: 'training', count: null, date: '2014-01-20/2014-02-14' }] },
];

/** Texts that name no new activity: programs, materials, verbs, idioms, topics, later mentions. */
export const negatives: string[] = [
  'The Secretariat carried out the Work Plan adopted by the member States at the Twelfth Regular Session.',
  'The activities of the Unit in 2025 were financed by the European Union.',
  'The needs of the member states were met in full during the period.',
  // background, breakdowns, multi-year figures, other senses, negations (not-activity-senses.ts)
  'The plan was prepared as agreed at the Third Meeting of Ministers of Justice held in Brasilia.',
  'Of those officers, some 240 received firearms training, customs training or refresher training; 95 received awareness training.',
  'Since 2009, more than 2,000 border officials have been trained in the courses of the program.',
  'The unit also advised the security forces on the protection of major events in the subregion.',
  'The draft law was sent to the national Congress for its approval.',
  'Because of the elections, training could not be provided to the new prison staff.',
  'The Inter-American Police Training Program remained the main vehicle of the Department.',
  'The Secretariat prepared training materials and a course manual for local players.',
  'In the course of the year, the Department strengthened its ties with national police forces.',
  'The Department focused on meeting the needs of member states in this area.',
  'Member states exercise their sovereign right to define their own security priorities.',
  'The Permanent Mission of Chile delivered the instrument of ratification.',
  'Police training.',
  'These exercises strengthened coordination among the participating agencies.',
  'The principal mission of the office is raising awareness, training, publicizing legal frameworks and assisting victims.',
  'The project will build a regional database on firearms and a plan for its use.',
  'The Training Center of the Spanish Agency in Cartagena hosts many activities.',
  'Prison staff training remains a priority of the national authorities.',
  // a governing body's session where a report was considered or is due, a cited source
  'This report should be read with the earlier report, which the Council examined at its fortieth session, held in Geneva in May 2025.',
  'The Board asked the Director to report on the matter before the next regular session of the Assembly.',
  'Source: Commission on Narcotic Drugs, Sixty-eighth session, resolution 68/2.',
  // a period's sum told by a verb, no activity of its own; a total since a year
  'Over the year, the Office trained 1,300 officials from 40 States and advised nine States on their legislation.',
  'Since 2019 the Office has trained 4,000 officials in Lima, Peru.',
  // a legislature named with its countries; a role named after an activity word
  'The Unit sent a draft law on migrant smuggling to the national Congresses of Peru and Chile.',
  'The Unit advised police officers and event organizers on the safety of crowded places.',
  // the parts or content of a program, a title set beside a project's name
  'The programme now comprises three projects: 1) assessments of training needs under the port security code and follow-on training; 2) crisis management exercises; and 3) workshops on best practices.',
  'In 2026 the Unit will develop a program of assessments of training needs and follow-on training for airport staff.',
  'The Unit’s second project–Regional Workshops on Port Safety–was postponed until June 2026.',
  // purposes and prospects, every activity of a type, a topic in a parenthesized list
  'A memorandum was signed in December 2025 with a view to providing police training through the national academy.',
  'The Unit focused its prevention work on training and on raising awareness among officials.',
  'The talks opened the way to bilateral meetings between Peru and Chile.',
  'The guide, used in all police training and firearms control events, was updated.',
  'The Department works on public security policies (gangs, police training, prison systems).',
  'The General Assembly of the Organization adopted the resolution on citizen security.',
  'The platform supports the exchange of information among the financial intelligence units.',
  // the kinds of work a body does, listed bare
  'The Agency runs courses, meetings and exercises for the border agencies of its member states.',
  'Acting on the decision of the Council of Ministers at its meeting held in Nassau in May 2019, the Unit connected the border posts to the database.',
];
