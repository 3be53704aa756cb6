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
  // where a partner is based is not where the activity took place, also when a line break splits "based" / "in"
  { text: 'With the Fundación Puerto Limpio, a charity based\nin Valparaíso, the Office ran a course for 18 harbour pilots in Antofagasta, Chile, in May 2031.', events: [{ trigger: 'course', kind: 'course', places: ['Antofagasta, CHL'] }] },
  // a body that, in the next sentence, helped prepare the activity's programme is one of its organizers; one that only read it is not
  { text: 'In June 2031 the Office organized an exchange visit to container terminals in Rotterdam for 12 customs officers from Ghana. The World Customs Organization (WCO) helped prepare the programme of the visit.', events: [{ trigger: 'exchange visit', kind: 'mission', organizations: ['WCO'] }] },
  { text: 'In June 2031 the Office organized an exchange visit to container terminals in Rotterdam for 12 customs officers from Ghana. The World Customs Organization (WCO) later read the report of the visit.', events: [{ trigger: 'exchange visit', kind: 'mission', organizations: [] }] },
  // the body of an opening "At the invitation of …" / "Hosted by …" phrase hosted the activity the reporting body only presented at;
  // a body that is itself the subject of "presented" ran nothing
  { text: 'C. Boarding\n\nAt the invitation of the Coast Guard Academy of Ecuador (CGAE), the Office presented its boarding manual at the Academy\'s annual symposium in Guayaquil on 3 May 2031.', events: [{ trigger: 'annual symposium', kind: 'conference', organizations: ['CGAE'] }] },
  { text: 'The Coast Guard Academy of Ecuador (CGAE) presented its boarding manual at an annual symposium in Guayaquil on 3 May 2031.', events: [{ trigger: 'annual symposium', kind: 'conference', organizations: [] }] },
  // a named group's planned meeting told with a modal ("will meet", "is expected to meet"), as its past one is told with "met in"
  { text: 'The Steering Committee on Fisheries Data will meet again in Suva, Fiji, in March 2032.', events: [{ trigger: 'meet', kind: 'meeting', status: 'planned', places: ['Suva, FJI'], date: '2032-03' }] },
  { text: 'The Working Party on Coastal Radar is expected to meet in Apia, Samoa, in the first half of 2032.', events: [{ trigger: 'meet', kind: 'meeting', status: 'planned', date: '2032-H1' }] },
  // a government that lent or donated what the activity used, in the next sentence, is no country of it; the activity's own city gives its country
  { text: 'In Puerto Cortés, Honduras, the Office ran a course on boarding for 20 naval officers on 3-7 March 2031. The Government of Norway lent a training vessel for the exercises.', events: [{ trigger: 'course', kind: 'course', countries: ['HND'] }] },
  { text: 'In Puerto Cortés, Honduras, the Office ran a course on boarding for 20 naval officers on 3-7 March 2031. Japan donated the radios used in the practical sessions.', events: [{ trigger: 'course', kind: 'course', countries: ['HND'] }] },
  // the agent of a passive funding verb, joined by ", and" to the next clause whose subject only presented: the funder is credited, the presenter is not
  { text: 'Chapter 2. Ports\n\nThis chapter reviews the work carried out in 2031 by the Technical Secretariat of the Andean Port Council (APC).\n\nThe Secretariat held a seminar on port security in Callao, Peru, in June. The seminar was funded by the Andean Development Fund (ADF), and the World Customs Organization (WCO) presented its new guidelines.', events: [{ trigger: 'seminar', kind: 'seminar', organizations: ['ADF', 'APC'] }] },
  // a body that received the activity's outcome (its report "sent to", its findings "shared with"), or received goods during it, did not run it;
  // a body the same sentence brings in as a partner did
  { text: 'In May 2031 the National Customs Service (NCS) hosted a meeting of customs directors in Lima, Peru; its report was later sent to the World Customs Organization (WCO) and the Andean Community.', events: [{ trigger: 'meeting', kind: 'meeting', organizations: ['NCS'] }] },
  { text: 'In May 2031 the National Customs Service (NCS) hosted a meeting of customs directors in Lima, Peru, organized with the World Customs Organization (WCO).', events: [{ trigger: 'meeting', kind: 'meeting', organizations: ['NCS', 'WCO'] }] },
  { text: 'In March 2031 the Harbour Safety Office (HSO) carried out an assessment mission in Guayaquil, Ecuador, during which the Port Authority of Guayaquil also received twelve drug test kits.', events: [{ trigger: 'assessment mission', kind: 'mission', organizations: ['HSO'] }] },
  // one chapter of a larger report: its opening paragraph names the body whose work it reviews; the activities it then presents
  // as "the Secretariat's" are that body's, not those of the funder the chapter names most
  { text: 'Chapter 6. Border control\n\nThis chapter reviews the work carried out in 2031 by the Technical Secretariat of the Andean Border Commission (ABC).\n\n6.1 Training\n\nWith funding from the World Customs Organization (WCO), the Secretariat held a course on risk profiling in Cusco, Peru, on 3-7 March. The WCO also paid for the manuals, and the WCO sent two trainers.', events: [{ trigger: 'course', kind: 'course', organizations: ['WCO', 'ABC'], date: '2031-03-03/2031-03-07' }] },
  // a group's "met" after a relative clause set off by commas: the group is still the one that met
  { text: 'The Working Group on Port Security, which the Office supports, met twice in 2031, in Panama City in March and online in October.', events: [{ trigger: 'met', kind: 'meeting', count: 2, date: '2031-03/2031-10' }] },
  // bodies that attended a body's own meeting as observers, named as the subject of "attended" after it: not organizers, and the
  // meeting stays the reporting body's
  { text: 'ANNUAL REPORT 2030\n\nCARIBBEAN CUSTOMS ENFORCEMENT COUNCIL (CCEC)\n\nThe Council held its Fourth Annual Meeting in Nassau, Bahamas, on 5-6 June 2030, with 14 member administrations; the World Customs Organization (WCO) and INTERPOL attended as observers.', events: [{ trigger: 'Fourth Annual Meeting', kind: 'meeting', organizations: ['CCEC'], places: ['Nassau, BHS'] }] },
  // "The remaining ten seminars were national seminars …": the rest of the group and what kind it was, no activity of its own
  { text: 'In 2030 the Program delivered 11 seminars on border control for 300 officers. Among them, a seminar on document fraud was held in La Paz, Bolivia, on 6-7 May for 35 immigration officers. The remaining ten seminars were national seminars held in Peru and Ecuador.', events: [{ trigger: 'seminars', kind: 'seminar', count: 11, participants: 300 }, { trigger: 'seminar', kind: 'seminar', participants: 35, memberOf: 0 }] },
  // a body's session before the report's year, cited for what it adopted, is background; its session of the year is an activity
  { text: 'At its Sixth Regular Session, held in Montevideo on 12-14 October 2029, the Council adopted the regional strategy for 2030-2032, whose guidelines were approved by the Council at its Fifth Session (Lima, 2027). In 2030 the Secretariat held a workshop on the strategy in Asunción, Paraguay, on 4-5 March 2030, and at its Seventh Regular Session, held in Quito on 3-4 May 2030, the Council approved the first progress report.', events: [{ trigger: 'workshop', kind: 'workshop', date: '2030-03-04/2030-03-05' }, { trigger: 'Seventh Regular Session', kind: 'session', date: '2030-05-03/2030-05-04' }] },
  // people of a trade counted as the audience ("for 28 prosecutors of …", "for 15 instructors of …"): their body is the audience's, not an
  // organizer; trainers brought in "with two trainers of …" deliver it
  { text: 'In 2031 the Regional Justice Unit (RJU) held a course on asset recovery in Tegucigalpa, Honduras, from 2 to 6 May for 28 prosecutors of the Public Ministry of Honduras. It also gave a refresher course for 15 instructors of the National Police of Honduras in San Pedro Sula in June, with two trainers of the Carabineros de Chile.', events: [{ trigger: 'course', kind: 'course', organizations: ['RJU'], participants: 28 }, { trigger: 'refresher course', kind: 'course', organizations: ['RJU', 'Carabineros de Chile'], participants: 15 }] },
  // a PDF page break in the middle of a sentence, with a footnote at the page's foot, the page number and the running header:
  // the sentence goes on after them, and the footnote's place and country are not the activity's
  { text: 'SEC/2030/14\n\nII. Regional activities\n\nDuring the year the Office continued to support the fisheries administrations of the Pacific\nisland states in the inspection of foreign vessels, in line with the regional guidelines.3 It\nheld a course on port state control in Suva, Fiji, from 3 to 7 June 2030 for 24 inspectors,\nfisheries observers and\n\n3 See the guidelines adopted in Apia, Samoa, in 2028.\n\n- 4 -\n\nSEC/2030/14\n\nharbour masters from Fiji, Tonga and Vanuatu. The course was funded by the Government of Japan\nand delivered by two instructors of the regional fisheries agency.\n', events: [{ trigger: 'course', kind: 'course', places: ['Suva, FJI'], countries: ['FJI', 'TON', 'VUT'], participants: 24 }] },
  // a web page's item: its headline names the activity, the item's text introduces it again with "a" (one activity, the headline's, with the text's slots);
  // an activity of another kind in the text is an activity of its own
  { text: 'Home › News › Stories\n\nStories from the field\n\nBoarding course for port officers in Belize City\n12 May 2025 | Training\nTwenty port officers from Belize and Guatemala took a course on boarding vessels in Belize City from 5 to 9 May 2025. The Authority organized it with the coast guard.\n\nShare   Read more', events: [{ trigger: 'Boarding course', kind: 'course', date: '2025-05-05/2025-05-09', places: ['Belize City, BLZ'], countries: ['BLZ', 'GTM'], participants: 20 }] },
  { text: 'Home › News › Stories\n\nStories from the field\n\nBoarding course for port officers in Belize City\n12 May 2025 | Training\nTwenty port officers from Belize took a course on boarding vessels in Belize City in May 2025. A meeting of port directors was held in Belmopan on 20 May 2025 with 12 participants.\n\nShare   Read more', events: [{ trigger: 'Boarding course', kind: 'course', participants: 20 }, { trigger: 'meeting', kind: 'meeting', participants: 12 }] },
  // a news item whose headline, posting line and text run together (as text taken from a web page can): the activity's date is the one
  // that opens its sentence, not the day the item was posted
  { text: 'News of the Academy\n\nCoaching scheme launched Posted: 20/02/2031 On 16 February, 11 women deck officers from Grenada began a coaching scheme with a one-day opening seminar in Kingstown.', events: [{ trigger: 'seminar', kind: 'seminar', date: '2031-02-16' }] },
  // a hard-wrapped paragraph (a PDF's lines): the sentence before ends at a line break, so its "attended" does not reach the organizer named in the next one
  // the audience's body named after a line break inside "staff / of" (a PDF or wrapped text line end) is no organizer, as on one line
  { text: 'In 2031 the Heritage Unit (HU) gave, with the help of the regional office, a workshop on the\nrestoration of colonial maps and land titles in Sucre, Bolivia, from 4 to 8 May, for 25 staff\nof the National Institute of Cartography of Bolivia (INCB). The maps will go on show in 2032.', events: [{ trigger: 'workshop', kind: 'workshop', organizations: ['HU'], participants: 25 }] },
  { text: 'In 2031 the Heritage Unit (HU) gave a workshop on the restoration of colonial maps in Sucre, Bolivia, in May, for 25 staff of the National Institute of Cartography of Bolivia (INCB).', events: [{ trigger: 'workshop', kind: 'workshop', organizations: ['HU'], participants: 25 }] },
  { text: 'A workshop on cargo screening was held in Castries, Saint Lucia, in June 2025, and thirty\nofficers from the customs services of five member states of the eastern region attended.\nThe Unit organized the workshop with the Regional Security System (RSS), which also paid\nfor the travel of the officers and lent the instructors for the whole of the five days.', events: [{ trigger: 'workshop', kind: 'workshop', participants: 30, organizations: ['RSS'] }] },
  // a generic head after an activity word: "training activities" (alone, "activities" names none)
  { text: 'In 2025 the Secretariat delivered a total of six training activities, attended by 182 officials from 17 member states.', events: [{ trigger: 'training activities', exact: true, kind: 'training', count: 6, participants: 182 }] },
  // a total of activities of mixed kinds ("capacity-building activities"): a group; the next sentence that only says what it comprised,
  // with counts that add up to the total, adds no activity; an activity then told on its own, of any kind, is one of the group
  {
    text: 'In 2031 the Office ran a total of six capacity-building activities for 150 port officials. They comprised three courses, two workshops and a simulation exercise. A course on container inspection was held in Mombasa, Kenya, from 4 to 8 March 2031 for 30 officers. The simulation exercise, on a chemical spill, took place in Dar es Salaam in May 2031.',
    events: [
      { trigger: 'capacity-building activities', exact: true, kind: 'other', count: 6, participants: 150, memberOf: null },
      { trigger: 'course', kind: 'course', participants: 30, memberOf: 0 },
    ],
  },
  // … while a next sentence whose counts do not add up to the total tells members of it
  {
    text: 'In 2031 the Office ran a total of six outreach activities for 150 port officials. These included a seminar on ballast water held in Tanga, Tanzania, in April 2031 for 25 harbour masters.',
    events: [
      { trigger: 'outreach activities', kind: 'other', count: 6, memberOf: null },
      { trigger: 'seminar', kind: 'seminar', memberOf: 0 },
    ],
  },
  // sentences that go on about the activity one after another: who ran it, then who took part in it
  { text: 'A seminar on catch documentation was held in Apia, Samoa, on 3 and 4 May 2031. It was organized by the Oceania Fisheries Bureau together with the University of Samoa. Eighteen inspectors from Samoa, Tonga and Kiribati took part.', events: [{ trigger: 'seminar', participants: 18, countries: ['WSM', 'TON', 'KIR'] }] },
  // a consultation held as a meeting, named with its scope ("two regional consultations")
  { text: 'In June 2031 the Ministry and the Office held two regional consultations on seasonal farm work, in Dakar and Bamako.', events: [{ trigger: 'regional consultations', kind: 'meeting', count: 2 }] },
  // the body a mission went to assess is its subject, not one of its organizers
  { text: 'At the request of the Government of Fiji, a technical mission of the Office visited Suva from 4 to 8 May 2030 to assess how the Ministry of Fisheries investigates licence fraud.', events: [{ trigger: 'technical mission', kind: 'mission', organizations: [] }] },
  { text: 'In May 2030 a technical mission of the Office visited Apia to review the procedures of the Samoa Ports Authority.', events: [{ trigger: 'technical mission', kind: 'mission', organizations: [] }] },
  // … while a body the mission was carried out with is one
  { text: 'In May 2030 a technical mission of the Office, with the Samoa Ports Authority, reviewed the procedures of the port of Apia.', events: [{ trigger: 'technical mission', kind: 'mission', organizations: ['Samoa Ports Authority'] }] },
  // a row of an annex table whose column gaps were closed, dated to the month, that repeats a group told in the text: no new activity
  { text: 'REPORT ON PORT TRAINING 2031\n\nI. Courses\nIn the first half of 2031 the Office gave three national courses on port screening in Kenya, Tanzania and Uganda for 75 officers.\n\nAnnex\nCourses given in 2031\nActivity Dates Venue Participants\nNational courses (3) February–April Kenya, Tanzania, Uganda 75\nTotal 75\n', events: [{ trigger: 'national courses', kind: 'course', count: 3 }] },
  // a single activity given more than once: the repeats are its count
  // a mass noun with an ordinal ("a third regional training"): one more of a series, one activity
  { text: 'A third regional training for fire inspectors was held in Kigali, Rwanda, in June 2030.', events: [{ trigger: 'regional training', kind: 'training', count: 1 }] },
  // a later sentence of the paragraph that names the group back by a plural says who paid for it, past a sentence that splits it
  { text: 'In 2030 the Port Authority ran a total of eight capacity-building activities for 160 cadets. Of these, five were national and three regional. The activities were funded mainly by the Nordic Maritime Fund (NMF).', events: [{ trigger: 'capacity-building activities', kind: 'other', count: 8, organizations: ['Port Authority', 'NMF'] }] },
  // a definite singular that singles one out of a counted group is that member, and an indefinite of its kind said of it after "was" is it again;
  // the body it advised is no organizer
  {
    text: 'In 2030 the Unit conducted four assessment missions, to Chad, Niger, Mali and Togo. The mission to Chad, from 3 to 6 May 2030, was a joint mission with UNICEF; it advised the Ministry of Justice of Chad on juvenile courts.',
    events: [{ trigger: 'assessment missions', kind: 'mission', count: 4, memberOf: null }, { trigger: 'mission', exact: true, kind: 'mission', count: 1, date: '2030-05-03/2030-05-06', organizations: ['UNICEF'], memberOf: 0 }],
  },
  // an activity held on the margins of another takes its venue; one held after another does not
  { text: 'On the sidelines of the annual conference of port authorities, held in Durban from 3 to 5 May 2030, the Unit organized a round table on port security.', events: [{ trigger: 'annual conference', kind: 'conference', places: ['Durban, ZAF'] }, { trigger: 'round table', kind: 'meeting', places: ['Durban, ZAF'], countries: ['ZAF'] }] },
  { text: 'After the annual conference of port authorities, held in Durban from 3 to 5 May 2030, the Unit organized a webinar on port security.', events: [{ trigger: 'annual conference', kind: 'conference', places: ['Durban, ZAF'] }, { trigger: 'webinar', kind: 'seminar', places: [] }] },
  // "the Institute" speaks of the reporting body as "the Secretariat" does: with a partner named beside it, the activity is still its own
  { text: 'Annual report of the Andean Judicial Institute (AJI) for 2030\n\nI. Activities\nThe Institute and UNODC organized a seminar on witness protection in Quito in May 2030.', events: [{ trigger: 'seminar', kind: 'seminar', organizations: ['AJI', 'UNODC'] }] },
  // a later mention with the same words as one of two activities of its kind names that one, not the latest of the kind
  { text: 'The Council held its annual meeting in Accra in March 2030 and an extraordinary meeting in Lomé in October 2030. The annual meeting, attended by 60 delegates, adopted the budget.', events: [{ trigger: 'annual meeting', kind: 'meeting', participants: 60 }, { trigger: 'extraordinary meeting', kind: 'meeting', participants: undefined }] },
  // a duration between the count (or article) and the trigger is no count
  { text: 'A three-day training for ferry inspectors was held in Mwanza in June 2030.', events: [{ trigger: 'training', kind: 'training', count: 1 }] },
  { text: 'Four two-week courses for ferry inspectors were held in Mwanza in 2030.', events: [{ trigger: 'courses', kind: 'course', count: 4 }] },
  { text: 'A course on document fraud detection was given twice in Guatemala City during 2024.', events: [{ trigger: 'course', kind: 'course', count: 2 }] },
  { text: 'The first-responder workshop was repeated three times for staff of the border posts.', events: [{ trigger: 'first-responder workshop', kind: 'workshop', count: 3 }] },
  // plain noun modifiers may stand between the count and a plural trigger; a count of people before other words is no count
  { text: 'With the navy, the Institute ran four docking pilot refresher courses in Mombasa in 2031.', events: [{ trigger: 'pilot refresher courses', exact: true, kind: 'course', count: 4 }] },
  { text: 'Some 40 participants from customs attended training sessions held in Accra in June 2031.', events: [{ trigger: 'training sessions', kind: 'training', count: null, participants: 40 }] },
  // a title numbered by an ordinal is one edition, even when its name is plural
  { text: 'The Ninth Meetings of Heads of Fire Services of the Andes took place in Quito in May 2031.', events: [{ trigger: 'Ninth Meetings of Heads of Fire Services of the Andes', kind: 'meeting', count: 1 }] },
  // an uncountable activity word opening a list item with its own date is one activity; without a date it names a line of work
  { text: 'Activities in 2030:\n• Training on cargo profiling, 4–8 March 2030, Mombasa, Kenya: 22 port officers.\n• Mentoring of customs brokers in Kisumu.', events: [{ trigger: 'Training', kind: 'training', count: 1 }] },
  { text: 'Lines of work in 2030:\n• Training of community health promoters in the use of rapid tests in Kisumu, Kenya.\n• Supply of test kits to rural clinics.', events: [{ trigger: 'Training', kind: 'training', count: null }] },
  // a plural activity word whose clause pairs each place with a month or day of its own: one activity per pair
  { text: 'Legislative assistance missions were carried out to Chad in March and to Benin in November 2030.', events: [{ trigger: 'Legislative assistance missions', kind: 'mission', count: 2, date: '2030-03/2030-11' }] },
  { text: 'The Office ran port assessments in Kingston, Jamaica, in April and in the port of Georgetown, Guyana, in June 2030.', events: [{ trigger: 'port assessments', kind: 'assessment', count: 2, places: ['Kingston, JAM', 'Georgetown, GUY'] }] },
  // … not one date for several places, nor a year per place (a year may hold several)
  { text: 'Workshops were held in Lima and Quito in May 2030.', events: [{ trigger: 'Workshops', kind: 'workshop', count: null }] },
  { text: 'Seminars were held in Peru in 2029 and in Chile in 2030.', events: [{ trigger: 'Seminars', kind: 'seminar', count: null }] },
  // a series of one kind of activity is a group of them; a story's headline that names one is the group, counted as its item's first sentence counts it,
  // and the members its item singles out are the group's, run by the body that ran its total
  { text: 'In 2031 the Academy ran a webinar series on digital evidence for 300 officers.', events: [{ trigger: 'webinar series', exact: true, kind: 'seminar', participants: 300 }] },
  {
    text: 'HARBOUR NOTES\n\nIssue 9, July 2031\n\nNEW PATROL BOAT HANDED OVER\n\nMombasa, 2 July 2031 — The Authority received a patrol boat from the navy.\n\nSEMINAR SERIES ON CARGO FRAUD ENDS\n\nMombasa, 30 June 2031 — The Authority and the Coast Institute (CI) gave four seminars between 5 May and 26 June, which drew 380 participants. The first seminar, on 5 May, on false manifests, drew 120 participants; the last seminar, on 26 June, drew 70.\n\nSlides are online.',
    events: [
      { trigger: 'SEMINAR SERIES', kind: 'seminar', count: 4, participants: 380, organizations: ['CI'], memberOf: null },
      { trigger: 'seminar', kind: 'seminar', count: 1, participants: 120, organizations: ['CI'], memberOf: 0 },
      { trigger: 'seminar', kind: 'seminar', count: 1, participants: 70, organizations: ['CI'], memberOf: 0 },
    ],
  },
  // a sentence after a total that says all its activities had a funder ("All four were funded by …") credits the total and each member
  {
    text: 'In 2031 the Pacific Fisheries Agency (PFA) ran four national observer courses, which certified 80 observers in total. All four were funded by the European Union (EU).\n\nOf these, the course in Lautoka, Fiji, held from 2 to 13 February 2031, trained 24 observers.',
    events: [
      { trigger: 'national observer courses', kind: 'course', count: 4, organizations: ['PFA', 'EU'], memberOf: null },
      { trigger: 'course', kind: 'course', participants: 24, organizations: ['PFA', 'EU'], memberOf: 0 },
    ],
  },
  // a definite singular placed where the single activity before it was not is another activity (here another member of the group)
  {
    text: 'In 2031 the Pacific Fisheries Agency (PFA) ran four national observer courses, which certified 80 observers in total. Of these, the course in Lautoka, Fiji, held from 2 to 13 February 2031, trained 24 observers. The course in Honiara in August trained 21 observers and was hosted by the Ministry of Fisheries of Solomon Islands.',
    events: [
      { trigger: 'national observer courses', kind: 'course', count: 4, participants: 80, memberOf: null },
      { trigger: 'course', kind: 'course', participants: 24, places: ['Lautoka, FJI'], organizations: ['PFA'], memberOf: 0 },
      { trigger: 'course', kind: 'course', participants: 21, places: ['Honiara, SLB'], organizations: ['Ministry of Fisheries of Solomon Islands', 'PFA'], memberOf: 0 },
    ],
  },
  // the activities a series is said to have held are the series again, and give its count
  { text: 'In 2031 the Office ran the "Port Talks" webinar series, run with the University of Mombasa (UoM), which offered six webinars between March and June for 300 participants.', events: [{ trigger: 'webinar series', kind: 'seminar', count: 6, participants: 300, organizations: ['UoM'] }] },
  // a definite plural with a count names again the earlier group of that count, whatever word it was told with
  { text: 'In 2031 the Office ran six webinars on port data for 300 officers.\n\nRecordings of all six sessions are online.', events: [{ trigger: 'webinars', kind: 'seminar', count: 6, participants: 300 }] },
  // a meeting cited as the source of a mandate is run by the bodies the citation names, not by the body the sentence goes on to tell of;
  // a body whose recommendations an activity follows did not run it
  { text: 'In 2031 the Port Security Unit (PSU) continued its work. As a result of the recommendations of the Fourth Meeting of Port Ministers, held in May 2030 and chaired by the Maritime Authority of Panama (AMP), the PSU has been asked to draft a port security manual.', events: [{ trigger: 'Fourth Meeting of Port Ministers', kind: 'meeting', organizations: ['AMP'] }] },
  { text: 'In 2031 the Port Security Unit (PSU) continued its work. Following the recommendations of the Steering Committee, the PSU organized a workshop in Lima in May 2031.', events: [{ trigger: 'workshop', kind: 'workshop', organizations: ['PSU'] }] },
  { text: 'In 2031 the Port Security Unit (PSU) continued its work. On the basis of the mandate contained in the conclusions of the harbour masters from their meeting of May 2030 in Mombasa, Kenya, the PSU drafted a list of terms.', events: [{ trigger: 'meeting', kind: 'meeting', organizations: [] }] },
  // a body that only took an interest in an activity, or whose texts its topic names, did not run it
  { text: 'In 2031 the Unit ran three webinars on cargo rules. The webinars have received interest from other bodies, especially the Regional Shipping Institute (RSI), which wants to repeat them.', events: [{ trigger: 'webinars', kind: 'seminar', organizations: [] }] },
  { text: 'The Unit took part in two consultation meetings in 2031, organized by the Port Council (PC), dealing with the standards adopted by the Maritime Assembly (MA).', events: [{ trigger: 'consultation meetings', kind: 'meeting', organizations: ['PC'] }] },
  // a meeting another body's head launched an initiative to hold is that body's, not the reporting unit's
  {
    text: 'ANNUAL REPORT 2031\n\nDEPARTMENT OF MARITIME SECURITY\n\nIn 2031 the Department of Maritime Security (DMS) of the Coastal Police Alliance (CPA) ran ten courses in Accra, Ghana. In May 2031 the CPA Secretary General, Amara Diallo, launched an initiative to hold the First Meeting of Coastal Police Chiefs in Dakar.',
    events: [{ trigger: 'courses', kind: 'course', organizations: ['DMS', 'CPA'] }, { trigger: 'First Meeting of Coastal Police Chiefs', kind: 'meeting', organizations: ['CPA'] }],
  },
  // … but not a verb of giving followed by something else, nor a later figure of another thing
  { text: 'A workshop was held in Quito, and twice as many officials attended as in 2023.', events: [{ trigger: 'workshop', kind: 'workshop', count: 1 }] },
  { text: 'A seminar on customs valuation was offered for the third time, and two times as many customs brokers applied.', events: [{ trigger: 'seminar', kind: 'seminar', count: 1 }] },
  // a later sentence that says whom the activity brought together lends its figure and countries
  { text: 'The Third Regional Conference on Border Health took place in Quito from 4 to 6 June 2025. It brought together 120 delegates from four countries: Ecuador (60), Peru (30), Colombia (20) and Bolivia (10).', events: [{ trigger: 'Third Regional Conference on Border Health', kind: 'conference', participants: 120, countries: ['ECU', 'PER', 'COL', 'BOL'] }] },
  // … but not a sentence of something else that "had" a number
  { text: 'A workshop on port inspection was held in Callao, Peru, in March 2025. The port had 12 berths in use that month.', events: [{ trigger: 'workshop', kind: 'workshop', participants: undefined }] },
  // "The first of these courses …": one of the group, a new activity (a member), not a later mention of the group
  {
    text: 'In 2025 the Unit gave a total of six training courses to 180 customs officers. The first of these courses took place in Leticia, Colombia, from 3 to 7 February and trained 30 officers.',
    events: [{ trigger: 'training courses', kind: 'course', count: 6, participants: 180, memberOf: null }, { trigger: 'courses', kind: 'course', count: 1, participants: 30, countries: ['COL'], memberOf: 0 }],
  },
  // … while "these courses" alone is the group again
  { text: 'In 2025 the Unit gave a total of six training courses to 180 customs officers. These courses took place in Colombia and Peru.', events: [{ trigger: 'training courses', kind: 'course', count: 6 }] },
  // the body joined an activity hosted by another; the bodies listed after the host with "with" took part beside it, they did not run it
  { text: 'On 3 June 2025 the Commission joined a virtual exchange on border policing hosted by the Police Academy of Chile, with Interpol, Frontex and the World Bank.', events: [{ trigger: 'virtual exchange', organizations: ['Police Academy of Chile'] }] },
  // … while a host "with the support of" a body is backed by it
  { text: 'On 3 June 2025 the Commission joined a virtual exchange on border policing hosted by the Police Academy of Chile, with the support of Interpol.', events: [{ trigger: 'virtual exchange', organizations: ['Police Academy of Chile', 'Interpol'] }] },
  // a future in a relative clause is about something else
  { text: 'An assessor training workshop was held in Nassau, The Bahamas, in March 2025 for 28 officials who will take part in the next evaluations.', events: [{ trigger: 'assessor training workshop', kind: 'workshop', status: 'held' }] },
  // a mission's own talks are part of it; a webinar is a seminar
  { text: 'In July 2023 a technical mission visited the border post of Desaguadero, Peru, where the mission met with customs officials.', events: [{ trigger: 'technical mission', kind: 'mission', count: 1 }] },
  { text: 'On 14 June 2023 the Unit held a webinar on risk analysis for 112 participants from nine countries.', events: [{ trigger: 'webinar', kind: 'seminar', count: 1, participants: 112 }] },
  // a date that opens the paragraph frames its later activities that give none of their own
  { text: 'During the first half of 2025, the Unit ran a workshop on port security in Callao, Peru, in March. Meetings were also held with the customs authorities of Ecuador.', events: [{ trigger: 'workshop', kind: 'workshop', date: '2025-03' }, { trigger: 'Meetings', kind: 'meeting', date: '2025-H1' }] },
  // who took part, said in a later sentence of the same paragraph
  { text: 'A regional seminar on container control was held in Panama City, Panama, in March 2025. The event was opened by the Minister of Security. Participants came from Costa Rica, Honduras and Guatemala.', events: [{ trigger: 'regional seminar', kind: 'seminar', countries: ['PAN', 'CRI', 'HND', 'GTM'] }] },
  // a later sentence that only gives how many took part ("… attended.", "… were trained.", "The 35 participants …")
  { text: 'The Unit held three workshops on port safety in Callao, Peru, in May 2019. More than 90 customs officers attended.', events: [{ trigger: 'workshops', count: 3, participants: 90 }] },
  { text: 'In 2018 the Office delivered four seminars on money laundering in Panama. A total of 130 people were trained.', events: [{ trigger: 'seminars', count: 4, participants: 130 }] },
  { text: 'A workshop on police ethics was held in Quito, Ecuador, in June 2019. The 35 participants drafted a code of conduct.', events: [{ trigger: 'workshop', participants: 35 }] },
  { text: 'A regional meeting on migration was held in San José, Costa Rica, on 8 and 9 May 2019. Some 40 participants, among them heads of migration services, approved a joint plan.', events: [{ trigger: 'regional meeting', participants: 40 }] },
  // people who attended something else later on lend no figure
  { text: 'A workshop on police ethics was held in Quito, Ecuador, in June 2019. Later that year 12 advisers of the Minister attended the closing of the police academy.', events: [{ trigger: 'workshop', participants: undefined }] },
  // a total and figures per country: the total, even when the parts do not add up to it; parts only: their sum
  { text: 'A course on crime scene management was held in Belmopan, Belize, in May 2019 for 25 officers, from Belize (6), Guatemala (9) and Honduras (7).', events: [{ trigger: 'course', participants: 25 }] },
  { text: 'A workshop on trafficking was held in San Salvador in March 2019 for officers from Guatemala (12), Honduras (9) and El Salvador (14).', events: [{ trigger: 'workshop', participants: 35 }] },
  // a figure that is the subject of taking part in the next activity is that one's, not the earlier one's it refers back to
  { text: 'In 2019 the Office held 12 national workshops on prison security in Kenya, training some 300 prison officers. In addition to these workshops, 40 officers from the region took part in a regional training course held in Nairobi from 6 to 10 May 2019.', events: [{ trigger: 'national workshops', participants: 300 }, { trigger: 'regional training course', participants: 40 }] },
  // a clause that says who attended, closed before the sentence turns to a new activity, is the earlier activity's
  { text: 'The Unit organized a workshop on cybercrime in Lima, Peru, on 3 and 4 June 2019. Thirty prosecutors from Peru and Bolivia attended, and a second workshop took place in La Paz in August, with 25 participants.', events: [{ trigger: 'workshop', participants: 30, countries: ['PER', 'BOL'] }, { trigger: 'second workshop', participants: 25 }] },
  { text: 'Forty officers took part in a workshop on port security in Callao, Peru, in May 2019.', events: [{ trigger: 'workshop', participants: 40 }] },
  // the women or men among people already counted are a share of them, not more people; alone, they are the people
  { text: 'In May 2023 the Office gave a course on risk analysis in Castries, Saint Lucia, for 28 customs officers (11 women).', events: [{ trigger: 'course', participants: 28 }] },
  { text: 'A workshop on victim care was held in Belmopan in June 2023 with 25 participants, 14 of them women.', events: [{ trigger: 'workshop', participants: 25 }] },
  { text: 'A seminar on community policing took place in Kingston in July 2023: 30 officers attended, 18 of whom were women.', events: [{ trigger: 'seminar', participants: 30 }] },
  { text: 'A training on first response was held in Roseau in August 2023 for 20 men and 15 women of the fire service.', events: [{ trigger: 'training', participants: 35 }] },
  // a date right before an activity is its own, not the activity's named before it; one named as what came first takes none of the sentence's
  { text: 'The Unit conducted assessments and in late 2018 and early 2019 training at four ports of the countries that hosted the regional games in March 2019.', events: [{ trigger: 'assessments', date: undefined }, { trigger: 'training', date: '2018/2019' }] },
  { text: 'Following assessments, training was conducted at three ports in Panama in April and May 2019.', events: [{ trigger: 'assessments', date: undefined }, { trigger: 'training', date: '2019-04/2019-05' }] },
  { text: 'The 12-14 March 2019, Third Regional Meeting of Port Authorities in Lima, Peru, reviewed the guidelines. A workshop held in Quito in June 2019 prepared the regional meetings.', events: [{ trigger: 'Third Regional Meeting of Port Authorities', date: '2019-03-12/2019-03-14' }, { trigger: 'workshop', date: '2019-06' }] },
  // "The meeting" refers back to the paragraph's meeting, not to a conference named after it
  { text: 'To this end, a first preparatory meeting of experts was held in Quito, Ecuador, to begin work on the Regional Conference on Prison Reform. The meeting was attended by 15 experts from six countries.', events: [{ trigger: 'preparatory meeting', participants: 15 }] }, // the conference it prepares is its aim, no activity of its own (see below)
  // the activity's own sentence dates it; a later sentence about it only when its own gives no date
  { text: 'The Unit delivered three courses on hotel security in Jamaica between March and June 2019. The courses answered a request made by the ministry in 2017.', events: [{ trigger: 'courses', count: 3, date: '2019-03/2019-06' }] },
  { text: 'A seminar on port security was held in Callao, Peru. The seminar took place in May 2019.', events: [{ trigger: 'seminar', date: '2019-05' }] },
  // "postponed until March 2020" is the new date; "since 2015" is a bound, no date
  { text: 'The regional seminar on cybercrime has been postponed until March 2020.', events: [{ trigger: 'regional seminar', date: '2020-03' }] },
  { text: 'A workshop on container control was delayed until June 2019, when Panama offered to host it.', events: [{ trigger: 'workshop', date: '2019-06' }] },
  { text: 'The network has grown steadily since 2015, and a regional seminar on cybercrime was held in Lima, Peru.', events: [{ trigger: 'regional seminar', date: undefined }] },
  // a date before an act about the activity (a contract for it, an initiative to hold it) dates the act; a date after it is the activity's
  { text: 'In May 2019, the contract for port assessments in Haiti was awarded to a Canadian firm.', events: [{ trigger: 'port assessments', date: undefined }] },
  { text: 'In March 2019 the Secretary General launched an initiative to hold the First Meeting of Ministers of Prison Affairs.', events: [{ trigger: 'First Meeting of Ministers of Prison Affairs', date: undefined }] },
  { text: 'The ministry signed an agreement to hold a workshop on cybercrime in Quito in June 2019.', events: [{ trigger: 'workshop', date: '2019-06' }] },
  { text: 'In May 2019 the Unit held a workshop on port security for 30 officers.', events: [{ trigger: 'workshop', date: '2019-05' }] },
  // a table with a participants column: each row's figure, not the total row's
  { text: 'Training delivered in 2019\n\nNo.\tActivity\tDates\tVenue\tParticipants\n1\tWorkshop on port security\t3–5 May 2019\tLima, Peru\t28\n2\tSeminar on police ethics\t7–8 June 2019\tQuito, Ecuador\t19\n\tTotal\t\t\t47', events: [{ trigger: 'Workshop', participants: 28 }, { trigger: 'Seminar', participants: 19 }] },
  // a year that opens the paragraph frames its later activities, without a comma too, and after the paragraph's number
  { text: 'During 2019 the Unit continued its work on prison health. Two courses for prison nurses were given in Kingston, Jamaica.', events: [{ trigger: 'courses', date: '2019' }] },
  { text: '7. In 2019, the Office expanded its work in the Sahel. A regional workshop on border control was held in Niamey, Niger.', events: [{ trigger: 'regional workshop', date: '2019' }] },
  // a date that opens the clause of the next activity ("and in November 2019 it held a basic course") is that one's
  { text: 'During the spring the Unit ran a refresher course for nine examiners in Belmopan, Belize, and in November 2019 it held a basic course for new examiners from Guyana.', events: [{ trigger: 'refresher course', date: undefined }, { trigger: 'basic course', date: '2019-11' }] },
  // a year that holds the finer dates adds nothing to them, for a group and for one activity
  { text: 'Two plenary meetings were held in 2019, in Kingston, Jamaica, from 6 to 9 May, and in Nassau from 11 to 14 November.', events: [{ trigger: 'plenary meetings', count: 2, date: '2019-05-06/2019-11-14' }] },
  { text: 'In 2019 a seminar on ethics was held in Lima on 3 May.', events: [{ trigger: 'seminar', date: '2019-05-03' }] },
  // training given at several places and times runs from the first date to the last
  { text: 'Port security training was conducted in five ports in the Dominican Republic in April and May 2019 and in Kingstown, Saint Vincent and the Grenadines, in October.', events: [{ trigger: 'training', date: '2019-04/2019-10' }] },
  // an activity that ran "from" a day to the day it ended; an open "from" that is not before the other date adds nothing
  { text: 'Thirty women completed on 19 September 2019 the leadership course in cybersecurity, which the Unit ran online from July 8.', events: [{ trigger: 'leadership course', date: '2019-07-08/2019-09-19' }] },
  { text: 'A workshop was held from 3 May 2019 in Lima, and a second session on 10 May in Quito.', events: [{ trigger: 'workshop', date: '2019-05-03' }, { trigger: 'session', date: '2019-05-10' }] },
  // a reference named after another activity in its sentence takes none of that one's places or dates
  { text: 'The Ninth Regional Meeting of Port Authorities was held in Lima, Peru, in October 2019. A workshop held in Quito, Ecuador, in June 2019 had prepared the meeting.', events: [{ trigger: 'Ninth Regional Meeting of Port Authorities', date: '2019-10', places: ['Lima, PER'], countries: ['PER'] }, { trigger: 'workshop', date: '2019-06', places: ['Quito, ECU'] }] },
  // a part still to come, added "with … planned for", is not in the interval of those held
  { text: 'Five more country assessments were completed from September to December 2019 in Guyana, Grenada and Belize, with Barbados planned for January and February 2020.', events: [{ trigger: 'country assessments', count: 5, date: '2019-09/2019-12' }] },
  { text: 'Two workshops were held in March and June 2019, with a third planned for November.', events: [{ trigger: 'workshops', count: 2, date: '2019-03/2019-06' }] },
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
  // a plan in a relative clause is the audience's work, not the activity's status
  { text: 'On 3 May 2025 the Academy opened a course in Lima, Peru, for commanders of units that organize and plan the deployment of patrols.', events: [{ trigger: 'course', kind: 'course', status: 'held' }] },
  { text: 'The Academy plans a course in Lima, Peru, in 2026 for commanders of patrol units.', events: [{ trigger: 'course', kind: 'course', status: 'planned' }] },
  // bullets before any heading: each names its own partner, and none is the report's body (a list is no cover)
  {
    text: 'During 2023 the Unit delivered three courses:\n\n-\ta course on customs procedures in Kingston, Jamaica, on 22-24 May (28 participants), given with the World Health Organization;\n-\ta course on warehouses in Lima, Peru, in June, held with the World Customs Organization;\n-\ta course on relief in Quito, Ecuador, in July, run jointly with the Pan American Health Organization.',
    events: [{ trigger: 'course', organizations: ['WHO'] }, { trigger: 'course', organizations: ['WCO'] }, { trigger: 'course', organizations: ['PAHO'] }],
  },
  // the reporting body's own organ (named bare, or after the body's possessive) runs a meeting of the body's: the body is credited beside it; another body's organ is that body's
  {
    text: "ANNUAL REPORT 2025 OF THE ANDEAN WATER AGENCY (AWA)\n\nI. Governance\n\nThe ninth regular meeting of the Board of Directors took place in Quito, Ecuador, on 4 April 2025. The Agency's Drought Monitoring Working Group held its second meeting in Lima, Peru, in June 2025. In September 2025 the Steering Committee of the Pan-Andean Health Forum met in La Paz, Bolivia.",
    events: [{ trigger: 'ninth regular meeting', kind: 'meeting', organizations: ['Board of Directors', 'AWA'] }, { trigger: 'meeting', kind: 'meeting', organizations: ['Drought Monitoring Working Group', 'AWA'] }, { trigger: 'met', kind: 'meeting', organizations: ['Steering Committee of the Pan-Andean Health Forum'] }],
  },
  // a program's total with no count reaches no activity past a cited article of a declaration: the report turns to that article's topic
  {
    text: 'In 2024 the Mine Action Program also supported literacy training for some 300 former combatants in Guatemala and Honduras.\n\nArticle 7. c:\nWe commit to cooperate in the removal of the mines laid along our common borders.\n\nApart from clearance, the Program also supports survivors. Refresher training for rural nurses is held each year in one of the beneficiary countries.',
    events: [{ trigger: 'literacy training', kind: 'training', memberOf: null }, { trigger: 'Refresher training', kind: 'training', memberOf: null }],
  },
  // a member is run by the unit the total names as running the group, not by the total's funder
  {
    text: 'In 2024 the Coastal Patrol Unit of the Agency gave a total of 11 courses to 260 sailors, with money from the Nordic Maritime Fund. Among them, a course on night navigation was held in Walvis Bay, Namibia, in June for 22 sailors.',
    events: [{ trigger: 'courses', kind: 'course', count: 11, memberOf: null }, { trigger: 'course', kind: 'course', count: 1, participants: 22, organizations: ['Coastal Patrol Unit'], memberOf: 0 }],
  },
  {
    text: 'In 2016 the Office delivered 37 national and regional workshops, which trained 1,126 officials. Among them, a regional workshop in Nairobi, Kenya, in March trained 40 prosecutors.',
    events: [{ trigger: 'regional workshops', kind: 'workshop', count: 37, memberOf: null }, { trigger: 'regional workshop', kind: 'workshop', count: 1, memberOf: 0 }],
  },
  {
    text: 'The Office carried out 12 legislative drafting missions in 2016. Among them, a mission to Nairobi, Kenya, from 7 to 10 March reviewed a draft law.',
    events: [{ trigger: 'legislative drafting missions', kind: 'mission', count: 12, memberOf: null }, { trigger: 'mission', kind: 'mission', memberOf: 0 }],
  },
  // a counted total whose members come after a heading, each sentence saying it is one of them ("Among these visits, …"):
  // the total is a group though its own sentence gave no cue; a later lone activity without the cue stays apart
  {
    text: 'II. FIELD SUPPORT\n\nIn 2027 the Centre made 40 field visits to eight countries.\n\nA. Visits to laboratories\n\nAmong these visits, a field visit to Lusaka, Zambia, in May 2027 checked the cold chain of two laboratories. A field visit to Harare, Zimbabwe, in October 2027 followed the same plan.',
    events: [{ trigger: 'field visits', count: 40, memberOf: null }, { trigger: 'field visit', count: 1, memberOf: 0 }, { trigger: 'field visit', count: 1, memberOf: 0 }],
  },
  {
    text: 'In 2027 the Centre made 40 field visits to eight countries. In May 2027 it held a field visit to Lusaka, Zambia, on the cold chain.',
    events: [{ trigger: 'field visits', count: 40, memberOf: null }, { trigger: 'field visit', count: 1, memberOf: null }],
  },
  // the member's own sentence places it in the total whatever its kind's word: a body's session and a named forum among "meetings"
  {
    text: 'In 2027 the secretariat serviced six intergovernmental meetings. Among them was the fifth session of the Council of Ministers, held in Windhoek, Namibia, in March 2027. Another of those meetings, the Southern Water Forum, took place in Maputo, Mozambique, in August 2027.',
    events: [{ trigger: 'intergovernmental meetings', count: 6, memberOf: null }, { trigger: 'session', kind: 'session', memberOf: 0 }, { trigger: 'Southern Water Forum', kind: 'forum', memberOf: 0 }],
  },
  // a later sentence whose subject is what the activity produced speaks of that outcome's future, not the activity's
  { text: 'In April 2025 the Office sent a mission to Apia, Samoa, to review the fisheries law. The recommendations of the mission, which the ministry accepted, will be applied from next year.', events: [{ trigger: 'mission', kind: 'mission', status: 'held' }] },
  // one activity per ordinal listed before a plural; the editions of a course named with a possessive
  { text: 'In 2027 the secretariat serviced the ninth and tenth meetings of the Water Board, held in Quito, Ecuador, in May and in Lima, Peru, in October.', events: [{ trigger: 'meetings', kind: 'meeting', count: 2 }] },
  { text: 'In 2027 the Board held the third, fourth and fifth sessions of its plenary in Lima, Peru.', events: [{ trigger: 'sessions', kind: 'session', count: 3 }] },
  { text: 'In 2027 the Institute offered four editions of its online course on budgeting, with 300 participants.', events: [{ trigger: 'online course', kind: 'course', count: 4 }] },
  { text: 'In 2027 the Board held its fifth sessions in Lima, Peru.', events: [{ trigger: 'sessions', kind: 'session', count: null }] },
  // a share of the people written figure first ("12 of whom …") adds nothing to the activity's figure
  { text: 'The seminar in Suva, Fiji, on 4 May 2027 drew 140 delegates from nine countries, 35 of whom joined by video link.', events: [{ trigger: 'seminar', kind: 'seminar', participants: 140 }] },
  // a line of cells that names one activity with its date and place stays an activity, though a figure ends it
  { text: 'The Academy trained coast guards in 2024.\n\nBoarding course in Mombasa, Kenya, on 4–8 March 2024\t22\nPort security course in Dar es Salaam, Tanzania, on 10–14 June 2024\t30', events: [{ trigger: 'course', kind: 'course', date: '2024-03-04/2024-03-08' }, { trigger: 'Port security course', kind: 'course', date: '2024-06-10/2024-06-14' }] },
  // the date an activity was moved from is not its date; the date it was moved to is
  { text: 'The Unit plans the following for 2025:\n•\tTwo workshops on port control for Kenyan officers, postponed from 2024, to be held in Mombasa in the first half of 2025.', events: [{ trigger: 'workshops', kind: 'workshop', status: 'planned', date: '2025-H1' }] },
  { text: 'Two seminars on maritime law, rescheduled from March 2025, will be held in Arusha, Tanzania, in June and July 2025.', events: [{ trigger: 'seminars', kind: 'seminar', status: 'planned', date: '2025-06/2025-07' }] },
  // a body the activity was for is its audience, not an organizer; a partner named beside it stays one
  // "the school" / "the institute" runs it: the body of that head named just before, also when the head opens its name ("… School of Guyana")
  { text: 'The Ministry supports the National Customs Training School of Guyana (NCTS), based in Georgetown. The school runs courses on the control of precursor chemicals for customs officers of the region.', events: [{ trigger: 'courses', kind: 'course', organizations: ['NCTS'] }] },
  // not a governing body's head: "the Commission" is the report's own body, not the last commission named
  { text: 'The Council thanked the European Commission for its support. In May the Commission held a seminar on drug courts in Quito.', events: [{ trigger: 'seminar', kind: 'seminar', organizations: [] }] },
  { text: 'In May 2025 the Unit held a seminar on digital evidence in Arusha, Tanzania, for the Tanzania Police Force.', events: [{ trigger: 'seminar', kind: 'seminar', organizations: [] }] },
  { text: 'In May 2025 the Unit held a course on port security in Tanga, Tanzania, for the Tanzania Ports Authority, jointly with the Kenya Maritime Authority.', events: [{ trigger: 'course', kind: 'course', organizations: ['Kenya Maritime Authority'] }] },
  // a training told in a bullet is one of the training courses counted above it; a workshop is not
  {
    text: 'In 2024 the Academy delivered 11 training courses for a total of 260 coast guards.\n•\tTraining on vessel boarding, 4–8 March 2024, Mombasa, Kenya: 22 officers.\n•\tWorkshop on port state control, 10–12 June 2024, Dar es Salaam, Tanzania: 30 officers.',
    events: [{ trigger: 'training courses', kind: 'course', count: 11, memberOf: null }, { trigger: 'Training', kind: 'training', memberOf: 0 }, { trigger: 'Workshop', kind: 'workshop', memberOf: null }],
  },
  {
    text: 'The Department held two workshops on police ethics in Quito, Ecuador, in 2014. A seminar on prison management took place in Lima, Peru, in June 2014.',
    events: [{ trigger: 'workshops', kind: 'workshop', count: 2, memberOf: null }, { trigger: 'seminar', kind: 'seminar', memberOf: null }],
  },
  // where it took place, said in a later sentence of the paragraph that points back to it; an unrelated later sentence lends nothing
  { text: 'In 2025 the Unit organized regional workshops on asset forfeiture for prosecutors and judges. Each one lasted three days and used real cases. During the year they were held in Chile, Uruguay and Paraguay.', events: [{ trigger: 'regional workshops', kind: 'workshop', countries: ['CHL', 'URY', 'PRY'] }] },
  { text: 'A workshop on asset forfeiture was held in Santiago, Chile, in May 2025. Similar laws were later adopted in Uruguay and Paraguay.', events: [{ trigger: 'workshop', kind: 'workshop', countries: ['CHL'] }] },
  // who took part, said before a new activity in the next sentence; a later activity "for the same countries", with "both countries"
  {
    text: 'The Office organized a seminar on electronic evidence in Quito, Ecuador, in May 2025. Thirty prosecutors from Colombia, Ecuador and Peru attended, and a second seminar for the same countries took place in Lima in October.',
    events: [{ trigger: 'seminar', kind: 'seminar', countries: ['ECU', 'COL', 'PER'] }, { trigger: 'second seminar', kind: 'seminar', countries: ['PER', 'COL', 'ECU'] }],
  },
  { text: 'In June 2025 the Section held workshops on customs risk in Belize and Guyana. Meetings were also held with the customs directors of both countries.', events: [{ trigger: 'workshops', kind: 'workshop', countries: ['BLZ', 'GUY'] }, { trigger: 'Meetings', kind: 'meeting', countries: ['BLZ', 'GUY'] }] },
  { text: 'In June 2025 the Section held a workshop on customs risk in Belize. Meetings were also held with the customs directors of several Caribbean countries.', events: [{ trigger: 'workshop', kind: 'workshop', countries: ['BLZ'] }, { trigger: 'Meetings', kind: 'meeting', countries: [] }] },
  // the words before the activity give it countries only from its own clause, and not when they speak of an earlier activity
  { text: 'The Unit released victimization surveys for Honduras, Panama and Belize, and ran a workshop for census staff in Managua, Nicaragua, in October 2025.', events: [{ trigger: 'workshop', kind: 'workshop', countries: ['NIC'] }] },
  { text: 'In Peru, Chile, and the Dominican Republic, the Department held workshops on prison management in 2025.', events: [{ trigger: 'workshops', kind: 'workshop', countries: ['PER', 'CHL', 'DOM'] }] },
  {
    text: 'A regional exercise on port security took place in Callao, Peru, in May 2025. Observers from Chile and Ecuador attended the exercise, and Colombia will host a second exercise in 2026.',
    events: [{ trigger: 'regional exercise', kind: 'exercise', countries: ['PER', 'CHL', 'ECU'] }, { trigger: 'second exercise', kind: 'exercise', countries: ['COL'] }],
  },
  {
    text: 'A workshop on migration data was held in Lima, Peru, in May 2025. Following the Lima workshop, the Unit invited officials from Bolivia and Paraguay to a meeting in July 2025.',
    events: [{ trigger: 'workshop', kind: 'workshop', countries: ['PER'] }, { trigger: 'meeting', kind: 'meeting', countries: ['BOL', 'PRY'] }],
  },
  { text: 'The Unit ran a workshop on border data in May 2025. The workshop, held in Lima, Peru, was followed by a seminar in Quito, Ecuador, in June.', events: [{ trigger: 'workshop', kind: 'workshop', countries: ['PER'] }, { trigger: 'seminar', kind: 'seminar', countries: ['ECU'] }] },
  // a news item's dateline place is where the activity took place unless the item names another venue or says it ran online
  { text: 'Kingston, Jamaica, 8 August 2025 – Twenty-six analysts took part in a course on ransomware handling.', events: [{ trigger: 'course', kind: 'course', places: ['Kingston, JAM'], countries: ['JAM'] }] },
  { text: 'Quito, Ecuador, 12 June 2025 – Thirty customs officers took part in a workshop on risk profiling held in Guayaquil from 9 to 11 June.', events: [{ trigger: 'workshop', kind: 'workshop', places: ['Guayaquil, ECU'], countries: ['ECU'] }] },
  { text: 'Washington, D.C., 4 May 2025 – The Unit ran an online course on incident handling for 40 analysts from Peru and Chile.', events: [{ trigger: 'course', kind: 'course', places: [], countries: ['PER', 'CHL'] }] },
  // the country that hosts it, in the clause that leads to it; that clause is not the earlier activity's
  {
    text: 'The Unit ran a workshop on port security in Callao, Peru, in March 2025, and Chile has offered to host a second workshop in 2026.',
    events: [{ trigger: 'workshop', kind: 'workshop', countries: ['PER'] }, { trigger: 'second workshop', kind: 'workshop', countries: ['CHL'] }],
  },
  { text: 'Officials from Belize, Honduras and Panama attended a workshop on customs risk in Belmopan in March 2025.', events: [{ trigger: 'workshop', kind: 'workshop', countries: ['BLZ', 'HND', 'PAN'] }] },
  // a partner country, and a country given a later instance of its own, are not the activity's; a place where its people work gives their country, not a venue
  { text: 'A partnership with Norway made possible two seminars on maritime law held in Panama City, Panama, in May 2025.', events: [{ trigger: 'seminars', kind: 'seminar', countries: ['PAN'] }] },
  { text: 'Four border assessments were completed in Guyana and Suriname from March to June 2025, with Belize planned for August.', events: [{ trigger: 'border assessments', kind: 'assessment', countries: ['GUY', 'SUR'] }] },
  { text: 'Four border assessments were completed in Guyana, Suriname and Belize from March to June 2025.', events: [{ trigger: 'border assessments', kind: 'assessment', countries: ['GUY', 'SUR', 'BLZ'] }] },
  { text: 'A workshop on document fraud was held in Tacna, Peru, in May 2025 for 30 officers of the Chilean police posted in Arica.', events: [{ trigger: 'workshop', kind: 'workshop', places: ['Tacna, PER'], countries: ['PER', 'CHL'] }] },
  // whose people took part, named by their adjective; not the trainers' adjective, nor a region's
  { text: 'A two-week course on container control was given to Peruvian and Bolivian customs officers in Arica, Chile, in June 2025.', events: [{ trigger: 'course', kind: 'course', countries: ['CHL', 'PER', 'BOL'] }] },
  { text: 'A course on cyber defence was held in Lima, Peru, in June 2025, taught by Spanish experts and Canadian instructors.', events: [{ trigger: 'course', kind: 'course', countries: ['PER'] }] },
  { text: 'The Unit held a seminar in Bogotá, Colombia, in May 2025 for South American police officers.', events: [{ trigger: 'seminar', kind: 'seminar', countries: ['COL'] }] },
  // coordinated activities share where the last one took place; a comma alone does not coordinate; a "non-X" is not X
  {
    text: 'In June 2025 the Unit completed an assessment and a training course in Grenada and Dominica.',
    events: [{ trigger: 'assessment', kind: 'assessment', countries: ['GRD', 'DMA'] }, { trigger: 'training course', kind: 'course', countries: ['GRD', 'DMA'] }],
  },
  {
    text: 'Following assessments, training was held in five ports of Jamaica in May 2025.',
    events: [{ trigger: 'assessments', kind: 'assessment', countries: [] }, { trigger: 'training', kind: 'training', countries: ['JAM'] }],
  },
  { text: 'In May 2025 a workshop on port audits was held in Kingston, Jamaica, where the first non-US firm won the audit contract.', events: [{ trigger: 'workshop', kind: 'workshop', countries: ['JAM'] }] },
  // a follow-up that names no country takes those of the activity it follows; one that names its own keeps them; an activity that is no follow-up borrows nothing
  {
    text: 'In April 2025 the Unit ran a port security assessment in Castries, Saint Lucia. The port authority received the report in May. As a follow-up, the Unit will deliver a training course for port officers in the third quarter of 2025.',
    events: [{ trigger: 'port security assessment', kind: 'assessment', countries: ['LCA'] }, { trigger: 'training course', kind: 'course', countries: ['LCA'] }],
  },
  {
    text: 'A workshop on asset recovery was held in Lima, Peru, in April 2025. A follow-up workshop was held in Quito, Ecuador, in June 2025.',
    events: [{ trigger: 'workshop', kind: 'workshop', countries: ['PER'] }, { trigger: 'follow-up workshop', kind: 'workshop', countries: ['ECU'] }],
  },
  {
    text: 'In April 2025 the Unit ran a port security assessment in Castries, Saint Lucia. The port authority received the report in May. The Unit will also deliver a training course for port officers in 2026.',
    events: [{ trigger: 'port security assessment', kind: 'assessment', countries: ['LCA'] }, { trigger: 'training course', kind: 'course', countries: [] }],
  },
  // funders and trainers named in a list or inside a body's name are not the activity's countries either
  { text: 'The course was held in Lima, Peru, in May 2025 and was funded by the Governments of Norway and the Netherlands.', events: [{ trigger: 'course', kind: 'course', countries: ['PER'] }] },
  // the funder cue broken over two lines of hard-wrapped text ("funded" / "by Denmark")
  { text: 'Two courses on port inspection were held in Ghana and Togo in May 2025 and funded\nby Denmark, which reached 40 inspectors.', events: [{ trigger: 'courses', kind: 'course', countries: ['GHA', 'TGO'] }] },
  { text: 'In June 2025 the Unit ran a course on financial investigation in Quito, Ecuador, with two instructors from the National Crime Agency (NCA) of the United Kingdom.', events: [{ trigger: 'course', kind: 'course', countries: ['ECU'] }] },
  { text: 'A workshop on port security was held in Callao in June 2025 for officials from Peru and Chile, with funding from Canada.', events: [{ trigger: 'workshop', kind: 'workshop', countries: ['PER', 'CHL'] }] },
  // a funder named as a kingdom, by "funds from", or as the subject of a paying verb after the activity is not one of its countries either
  { text: 'A seminar on witness protection was held in Arusha, Tanzania, in August 2025, financed by the Kingdom of Sweden.', events: [{ trigger: 'seminar', kind: 'seminar', countries: ['TZA'] }] },
  { text: 'In October 2025 the Unit ran a course on cyber forensics in Kigali, Rwanda, with funds from the Government of Korea.', events: [{ trigger: 'course', kind: 'course', countries: ['RWA'] }] },
  { text: 'A refresher course for 20 coast guards was held in Banjul, Gambia, in March 2025, paid for by the Government of Ireland.', events: [{ trigger: 'refresher course', kind: 'course', countries: ['GMB'] }] },
  { text: 'A workshop on prison intelligence was held in Lusaka, Zambia, in July 2025; Denmark paid for the travel of the speakers.', events: [{ trigger: 'workshop', kind: 'workshop', countries: ['ZMB'] }] },
  // a country that is the subject of another verb after the activity stays one of its countries
  { text: 'A workshop on prison intelligence was held in Lusaka in July 2025 for officials from Zambia and Malawi; Malawi presented its new prison law.', events: [{ trigger: 'workshop', kind: 'workshop', countries: ['ZMB', 'MWI'] }] },
  // a body that hosted the activity gives its country; a place the participants came from is not where it took place
  { text: 'In March 2025 a workshop on cybercrime was hosted by the National Police of Panama for 30 officers.', events: [{ trigger: 'workshop', kind: 'workshop', countries: ['PAN'] }] },
  { text: 'A workshop on cybercrime was held in Lima, Peru, in March 2025 with funding from the Department of State of the United States.', events: [{ trigger: 'workshop', kind: 'workshop', countries: ['PER'] }] },
  { text: 'A workshop was held in Cusco, Peru, in May 2025 for 25 police officers of the Peruvian provinces of Puno and Arequipa.', events: [{ trigger: 'workshop', kind: 'workshop', places: ['Cusco, PER'], countries: ['PER'] }] },
  { text: 'A seminar for 40 prosecutors from Arequipa was held in Tacna, Peru, in April 2025.', events: [{ trigger: 'seminar', kind: 'seminar', places: ['Tacna, PER'] }] },
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
  // a news item's dateline ("Place, Country, day – ") dates the writing, not the activity; with "today" it is the day
  { text: 'Santo Domingo, Dominican Republic, 9 March 2019 – Twenty customs officers took part on 5 and 6 March in a workshop on container inspection organized by the Unit.', events: [{ trigger: 'workshop', date: '2019-03-05/2019-03-06', participants: 20 }] },
  { text: 'Tegucigalpa, Honduras, 2 October 2018 – The Unit delivered a seminar on cybercrime for prosecutors of the Public Ministry.', events: [{ trigger: 'seminar', date: undefined }] },
  { text: 'Quito, Ecuador, 14 June 2017 – Thirty police officers today completed a course on crowd control given by the Department.', events: [{ trigger: 'course', date: '2017-06-14', participants: 30 }] },
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
  // a part whose heading names no body, opened by a sentence about the body that heads it: that body runs the part's activities; a unit of
  // the report's body with it, a partner centre alone; a body that only did something else in the opening sentence heads nothing
  {
    text: 'ISTHMUS FISHERIES COUNCIL\nAnnual Report 2031\n\n2. INSPECTION\n\nThe Port Inspection Unit (PIU) of the Secretariat coordinates the port inspections of the member States.\n\nA course on catch documents was held in Colon, Panama, on 4-6 May 2031 for 30 inspectors.',
    events: [{ trigger: 'course', organizations: ['PIU', 'ISTHMUS FISHERIES COUNCIL'] }],
  },
  {
    text: 'ISTHMUS FISHERIES COUNCIL\nAnnual Report 2031\n\n2. BOARDING\n\nThe Caribbean Maritime Training Centre (CMTC) in Kingston, Jamaica, an independent school and the Council partner for boarding, reports on its own work below.\n\nA course on boarding was held in Kingston on 4-6 May 2031 for 30 coast guards.',
    events: [{ trigger: 'course', organizations: ['CMTC'] }],
  },
  {
    text: 'ISTHMUS FISHERIES COUNCIL\nAnnual Report 2031\n\n2. INSPECTION\n\nThe Port Inspection Unit (PIU) of the Organization of Eastern Caribbean States coordinates the port inspections of its members.\n\nA course on catch documents was held in Colon, Panama, on 4-6 May 2031 for 30 inspectors.',
    events: [{ trigger: 'course', organizations: ['ISTHMUS FISHERIES COUNCIL'] }],
  },
  {
    text: 'ISTHMUS FISHERIES COUNCIL\nAnnual Report 2031\n\n2. INSPECTION\n\nThe World Health Organization (WHO) published new guidance on port health in 2031.\n\nA course on catch documents was held in Colon, Panama, on 4-6 May 2031 for 30 inspectors.',
    events: [{ trigger: 'course', organizations: ['ISTHMUS FISHERIES COUNCIL'] }],
  },
  // a total whose paragraph sends the reader to the table below ("They are shown in the following table"): the rows of a table headed
  // "Activity" are activities of the total's kind, and its members; without the reference the rows' kind is unknown and they stand alone
  {
    text: 'PORT ACADEMY\nAnnual Report 2031\n\n2. TRAINING\n\nIn 2031 the Academy gave three seminars for 70 port officers. They are shown in the following table.\n\nDate        Activity                      Venue               Participants\n3-4 Mar     Container risk profiling      Callao, Peru        25\n8-9 Jun     Passenger screening           Paita, Peru         20\n1-2 Sep     Cargo manifests               Ilo, Peru           25\n',
    events: [
      { trigger: 'seminars', kind: 'seminar', count: 3 },
      { trigger: 'Container risk profiling', kind: 'seminar', memberOf: 0 },
      { trigger: 'Passenger screening', kind: 'seminar', memberOf: 0 },
      { trigger: 'Cargo manifests', kind: 'seminar', memberOf: 0 },
    ],
  },
  {
    text: 'PORT ACADEMY\nAnnual Report 2031\n\n2. TRAINING\n\nIn 2031 the Academy gave three seminars for 70 port officers.\n\nDate        Activity                      Venue               Participants\n3-4 Mar     Container risk profiling      Callao, Peru        25\n8-9 Jun     Passenger screening           Paita, Peru         20\n1-2 Sep     Cargo manifests               Ilo, Peru           25\n',
    events: [
      { trigger: 'seminars', kind: 'seminar', count: 3 },
      { trigger: 'Container risk profiling', kind: 'other', memberOf: null },
      { trigger: 'Passenger screening', kind: 'other', memberOf: null },
      { trigger: 'Cargo manifests', kind: 'other', memberOf: null },
    ],
  },
  // a report that lists its member countries in its opening, then names them by their number: "the four member States" are those four;
  // a number that is not the list's names no countries
  {
    text: 'CORAL SEA FISHERIES AGENCY\nAnnual Report 2031\n\nIntroduction\n\nThe Agency brings together the fisheries services of Fiji, Samoa, Tonga and Vanuatu.\n\n1. MEETINGS\n\nThe Agency held a meeting on observer data in Suva, Fiji, on 3-4 May 2031 with delegates of the four member States.\n',
    events: [{ trigger: 'meeting', countries: ['FJI', 'WSM', 'TON', 'VUT'] }],
  },
  {
    text: 'CORAL SEA FISHERIES AGENCY\nAnnual Report 2031\n\nIntroduction\n\nThe Agency brings together the fisheries services of Fiji, Samoa, Tonga and Vanuatu.\n\n1. MEETINGS\n\nThe Agency held a meeting on observer data in Suva, Fiji, on 3-4 May 2031 with delegates of the three member States.\n',
    events: [{ trigger: 'meeting', countries: ['FJI'] }],
  },
  // a total whose clause puts every one of its activities under a funder ("all of them funded by …"): each member names it too; a funder
  // of the total alone stays with the total
  {
    text: 'In 2031 the Radar Unit (RU) delivered three courses for 70 officers, all of them funded by the Nordic Development Fund (NDF). Among them, a course on radar was held in Suva, Fiji, on 3-4 May 2031 for 20 officers.',
    events: [{ trigger: 'courses', count: 3, organizations: ['RU', 'NDF'] }, { trigger: 'course', memberOf: 0, organizations: ['RU', 'NDF'] }],
  },
  {
    text: 'In 2031 the Radar Unit (RU) delivered three courses for 70 officers, funded by the Nordic Development Fund (NDF). Among them, a course on radar was held in Suva, Fiji, on 3-4 May 2031 for 20 officers.',
    events: [{ trigger: 'courses', count: 3, organizations: ['RU', 'NDF'] }, { trigger: 'course', memberOf: 0, organizations: ['RU'] }],
  },
  // an assessment told by its verb, with a body or its experts as subject and what was assessed as object
  { text: 'In June 2031 experts of the Port Safety Unit (PSU) evaluated four container terminals in Callao, Peru.', events: [{ trigger: 'evaluated', exact: true, kind: 'assessment', status: 'held', places: ['Callao, PER'] }] },
  { text: 'At the request of the harbour master, the Coastal Fisheries Agency (CFA) assessed the cold stores of Manta, Ecuador, from 3 to 5 March 2031.', events: [{ trigger: 'assessed', exact: true, kind: 'assessment', date: '2031-03-03/2031-03-05' }] },
  // "Two more followed, …": more activities of the kind the sentence before named, counted by the number; "two more" before another
  // noun is no activity
  {
    text: "A course on radar maintenance was held in Suva, Fiji, on 3-4 May 2031 for 20 technicians. Two more followed, in Apia, Samoa, in July and in Nuku'alofa, Tonga, in September.",
    events: [{ trigger: 'course', kind: 'course', countries: ['FJI'] }, { trigger: 'Two more', exact: true, kind: 'course', count: 2, countries: ['WSM', 'TON'], date: '2031-07/2031-09' }],
  },
  {
    text: 'A course on radar maintenance was held in Suva, Fiji, on 3-4 May 2031 for 20 technicians. Two more technicians joined the radar team of Samoa in July.',
    events: [{ trigger: 'course', kind: 'course', countries: ['FJI'] }],
  },
  // a table row whose topic opens with "New" is a member like the others (its cell names a topic, not an additional activity)
  {
    text: 'PORT ACADEMY\nAnnual Report 2031\n\n2. TRAINING\n\nIn 2031 the Academy gave two seminars for 45 port officers. They are shown in the following table.\n\nDate        Activity                      Venue               Participants\n3-4 Mar     New customs rules             Callao, Peru        25\n8-9 Jun     Passenger screening           Paita, Peru         20\n',
    events: [
      { trigger: 'seminars', kind: 'seminar', count: 2 },
      { trigger: 'New customs rules', kind: 'seminar', memberOf: 0 },
      { trigger: 'Passenger screening', kind: 'seminar', memberOf: 0 },
    ],
  },
  // the same, as PDF text gives them: the list of members after a line break inside its sentence; a part's opening sentence wrapped
  // onto a second line; a tab table whose Activity cell wraps onto a line of its own
  {
    text: 'CORAL SEA FISHERIES AGENCY\nAnnual Report 2031\n\nIntroduction\n\nThe Agency brings together the fisheries services of\nFiji, Samoa, Tonga and Vanuatu.\n\n1. MEETINGS\n\nThe Agency held a meeting on observer data in Suva, Fiji, on 3-4 May 2031 with delegates of the four member States.\n',
    events: [{ trigger: 'meeting', countries: ['FJI', 'WSM', 'TON', 'VUT'] }],
  },
  {
    text: 'ISTHMUS FISHERIES COUNCIL\nAnnual Report 2031\n\n2. BOARDING\n\nThe Caribbean Maritime Training Centre (CMTC) in Kingston, Jamaica, an\nindependent school and the Council partner for boarding, reports on its own work below.\n\nA course on boarding was held in Kingston on 4-6 May 2031 for 30 coast guards.',
    events: [{ trigger: 'course', organizations: ['CMTC'] }],
  },
  {
    text: 'PORT ACADEMY\nAnnual Report 2031\n\n2. TRAINING\n\nIn 2031 the Academy gave three seminars for 70 port officers. They are shown in the following table.\n\nDate\tActivity\tVenue\tParticipants\n3-4 Mar\tContainer risk\tCallao, Peru\t25\nprofiling\n8-9 Jun\tPassenger screening\tPaita, Peru\t20\n1-2 Sep\tCargo manifests\tIlo, Peru\t25\n',
    events: [
      { trigger: 'seminars', kind: 'seminar', count: 3 },
      { trigger: 'Container risk', kind: 'seminar', memberOf: 0 },
      { trigger: 'Passenger screening', kind: 'seminar', memberOf: 0 },
      { trigger: 'Cargo manifests', kind: 'seminar', memberOf: 0 },
    ],
  },
  // a five-day course inside the span of a three-week online course told later, in the same country: two courses (different spans of days)
  {
    text: 'The Unit gave a course on port inspection for 20 harbour officers in Manta, Ecuador, from 9 to 13 June 2031.\n\nLater the Unit trained 30 analysts of Ecuador and Peru in an online course from 2 to 20 June 2031.',
    events: [{ trigger: 'course', countries: ['ECU'], participants: 20 }, { trigger: 'online course', date: '2031-06-02/2031-06-20', participants: 30 }],
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
  // … also when a relative clause on who was to hold it, where and when, stands between the activity and "has been cancelled"
  { text: 'A course on radar was held in Paita, Peru, in May 2025. The regional workshop on pilotage and port approaches that the field office in Lima was to hold for pilots of three countries in Callao in March 2026 has been cancelled.', events: [{ trigger: 'course', status: 'held', countries: ['PER'], places: ['Paita, PER'] }] },
  // one count over two bare activity nouns is one group; without a count they stay two (the "seminars and workshops" case above)
  {
    text: 'In 2025 the Unit ran a total of 10 courses and workshops on border control, which trained 300 officers. A national workshop on document fraud was held in Quito, Ecuador, in May. A seminar on port security followed in Lima, Peru, in June.',
    events: [{ trigger: 'courses and workshops', exact: true, kind: 'course', count: 10 }, { trigger: 'national workshop', memberOf: 0 }, { trigger: 'seminar', memberOf: null }],
  },
  // a count split in apposition right after the group adds no event: the figure after it is the group's, and the members described later are the group's
  {
    text: 'In 2025 the Unit delivered seven training activities, four workshops and three courses, for a total of 190 participants from nine countries. They included:\n\n- a workshop on boat inspection in Castries, Saint Lucia, on 4-6 March (22 participants);\n- a course on engine maintenance in Roseau, Dominica, on 9-11 July (30 participants).\n',
    events: [{ trigger: 'training activities', exact: true, count: 7, participants: 190, memberOf: null }, { trigger: 'workshop', memberOf: 0, participants: 22 }, { trigger: 'course', memberOf: 0, participants: 30 }],
  },
  { text: 'The Office held five meetings (three in Lima and two in Quito) with 60 officials from Peru and Ecuador in May 2025.', events: [{ trigger: 'meetings', count: 5 }] },
  // parts whose counts do not add up to the group's are not a split of it
  { text: 'In June 2025 the Unit ran six courses, two workshops and a seminar in Lima, Peru.', events: [{ trigger: 'courses', count: 6 }, { trigger: 'workshops', count: 2 }, { trigger: 'seminar', count: 1 }] },
  // an activity word in the topic of the activity before it is that activity's topic; one with its own article is an activity
  { text: 'In May 2025 the Office held a course on vessel stability and load assessment in Bridgetown, Barbados, for 18 inspectors.', events: [{ trigger: 'course', exact: true, places: ['Bridgetown, BRB'], participants: 18 }] },
  { text: 'A seminar on the design of crisis exercises was held in Lima, Peru, in April 2025.', events: [{ trigger: 'seminar', exact: true, countries: ['PER'] }] },
  { text: 'In April 2025 the Unit held a course on port security and a workshop on customs risk in Lima, Peru.', events: [{ trigger: 'course', exact: true }, { trigger: 'workshop', exact: true }] },
  // a figure said of each activity of a counted group is multiplied (participants is the total); a single activity's figure is not
  { text: 'Two online courses on data quality were held in April and June 2025, each for about 50 participants.', events: [{ trigger: 'online courses', count: 2, participants: 100 }] },
  { text: 'The Unit held three workshops in Lima, Peru, in May 2025 with 20 officers each.', events: [{ trigger: 'workshops', count: 3, participants: 60 }] },
  { text: 'A workshop for 25 officers was held in Lima, Peru, in May 2025, and each of them received a manual.', events: [{ trigger: 'workshop', count: 1, participants: 25 }] },
  // an attendance verb that takes the next activity ("and took part in the annual meeting") leaves this one the body's own
  {
    text: 'Annual Report 2025 of the Coastal Health Office\n\nIn May 2025 the Office ran a simulation exercise with the Ministry of Health of Jamaica and took part in the annual meeting of the Regional Health Network in Lima, Peru.',
    events: [{ trigger: 'simulation exercise', organizations: ['Ministry of Health of Jamaica', 'Coastal Health Office'] }, { trigger: 'annual meeting', organizations: ['Regional Health Network'] }],
  },
  // a verb's particle or a past verb is no modifier of the activity it governs
  { text: 'In March 2025 the secretariat carried out advisory missions to Malawi and Zambia.', events: [{ trigger: 'advisory missions', exact: true, kind: 'mission', countries: ['MWI', 'ZMB'] }] },
  { text: 'In 2025 the Office fielded three assessment missions to Belize.', events: [{ trigger: 'assessment missions', exact: true, count: 3 }] },
  // a report of the secretariat that serves the one commission its cover names: that commission runs what "the secretariat" ran
  {
    text: 'United Nations\nCommission on Inland Fisheries\nTwelfth session\n\nCapacity-building activities of the secretariat in 2024\n\nReport of the Secretary-General\n\nThe present report describes the technical assistance delivered by the secretariat of the Commission in 2024.\n\nI. Training\n\n1. In June 2024 the secretariat held a regional workshop on stock assessment in Nairobi, Kenya, for 35 fisheries officers.',
    events: [{ trigger: 'regional workshop', organizations: ['Commission on Inland Fisheries'] }],
  },
  // a body that only observed or attended is no organizer, also by its acronym in brackets; a body that sent the experts in the next sentence is one
  {
    text: 'ANNUAL REPORT 2024 OF THE EAST AFRICAN PORTS AUTHORITY\n\nOperations\n\nThe Authority held a drill on oil spill response in Mombasa, Kenya, in July 2024, observed by the International Maritime Organization (IMO). Then, a seminar on ballast water was given in Dar es Salaam. The Indian Ocean Commission provided three marine experts.',
    events: [
      { trigger: 'drill', organizations: ['East African Ports Authority'] },
      { trigger: 'seminar', places: ['Dar es Salaam, TZA'], organizations: ['Indian Ocean Commission', 'East African Ports Authority'] },
    ],
  },
  // a body the activity is for is its beneficiary, not its organizer
  {
    text: 'Annual report 2023 of the Gulf Fisheries Council\n\nTraining\n\nThe Council gave a course on vessel inspection for the Coast Guard of Oman in Muscat in March 2023.',
    events: [{ trigger: 'course', organizations: ['Gulf Fisheries Council'] }],
  },
  // the bloc whose member countries sent the participants is no organizer
  {
    text: 'Report of the Office for 2022\n\nTraining\n\nThe Office ran a course on container checks in Suva in May 2022 for 30 officers from six member countries of the Pacific Islands Forum (PIF).',
    events: [{ trigger: 'course', organizations: undefined }],
  },
  // a group that "met online" held a meeting
  {
    text: 'The second session of the Reef Alliance took place online on 9 March 2021. Its technical group met online on 14 June.',
    events: [
      { trigger: 'second session', kind: 'session', date: '2021-03-09' },
      { trigger: 'met', kind: 'meeting', count: 1, date: '2021-06-14' },
    ],
  },
  // "met twice" / "met three times": as many meetings, dated from the first to the last
  {
    text: 'The Board of Trustees met three times in 2022, in February, in June and in October, in Nairobi.',
    events: [{ trigger: 'met', count: 3, date: '2022-02/2022-10', places: ['Nairobi, KEN'] }],
  },
  // a body shown acting once, in one activity, is that activity's partner, not the report's own body
  {
    text: 'Progress report 2023\n\n1. Training\n\nThe project trained 120 border guards in four courses in 2023.\n\n2. Partners\n\nThe project also supported a seminar on risk analysis organized by the Customs Service of Georgia in Batumi in June.\n',
    events: [
      { trigger: 'courses', organizations: undefined },
      { trigger: 'seminar', organizations: ['Customs Service of Georgia'] },
    ],
  },
  // the title says whose report it is after its word "report" ("… REPORT … OF THE X"); each unit's part credits the unit and that body, never a unit of another part
  {
    text: 'ACTIVITY REPORT FOR 2023 OF THE PACIFIC BORDER AGENCY\n\n1. Training Branch\n\nThe Training Branch delivered a course on passenger screening in Suva, Fiji, in March 2023.\n\nThe Branch also gave two workshops in Samoa in May.\n\n2. Extradition Unit\n\nIn August the Extradition Unit convened a seminar on extradition in Apia for 18 prosecutors.\n',
    events: [
      { trigger: 'course', organizations: ['Training Branch', 'Pacific Border Agency'] },
      { trigger: 'workshops', organizations: ['Training Branch', 'Pacific Border Agency'] },
      { trigger: 'seminar', organizations: ['Extradition Unit', 'Pacific Border Agency'] },
    ],
  },
  // a space-aligned row whose long cells wrap onto a line of their own: the line goes on the row above (joined to it or left apart), no row of its own
  {
    text: 'Report of the Border Unit for 2022\n\n1. Training\n\nDetails of each course are given below.\n\nCourse name                 Dates            Venue              Participants\nInspection of reefer        3-5 April 2022   Puerto Cortés,     19\ncontainers                                   Honduras\nDocument checks             8-9 June 2022    Belize City,       15\nAt border posts                              Belize\n',
    events: [
      { trigger: 'Inspection of reefer', exact: true, kind: 'course', date: '2022-04-03/2022-04-05', participants: 19 },
      { trigger: 'Document checks', exact: true, kind: 'course', date: '2022-06-08/2022-06-09', participants: 15 },
    ],
  },
  // the same table as PDF text export lays it out, its columns set apart by runs of spaces; a cell run into its neighbour by one space does not shift the figure column; two sentences set apart by two spaces are no row
  {
    text: 'Inspections\n\nThe Board ran the following workshops in 2023:\n\nWorkshop                      Dates              Venue                 Participants\nHull surveys                  6-9 February 2023  Valparaíso, Chile     21\nLifeboat launching            2-4 August 2023    Callao, Peru          17\nFire-fighting on board        11-13 October 2023 Guayaquil, Ecuador    26\nTotal                                                                  64\n\nThe Board also met twice.  Its annual meeting was held in Lima, Peru.\n',
    events: [
      { trigger: 'Hull surveys', exact: true, kind: 'workshop', date: '2023-02-06/2023-02-09', places: ['Valparaíso, CHL'], participants: 21 },
      { trigger: 'Lifeboat launching', exact: true, kind: 'workshop', places: ['Callao, PER'], participants: 17 },
      { trigger: 'Fire-fighting on board', exact: true, kind: 'workshop', date: '2023-10-11/2023-10-13', participants: 26 },
      { trigger: 'annual meeting', places: ['Lima, PER'] },
    ],
  },
  // a table whose header names what each row is: each row is one activity (its header none), with the row's own slots; the lead gives way to the rows as to bullets
  {
    text: 'Training\n\nThe Office delivered three courses in 2022:\n\nCourse\tDates\tVenue\tParticipants\nCargo inspection\t7-11 March 2022\tKingston, Jamaica\t24\nPort security\t4-6 May 2022\tGeorgetown, Guyana\t31\nRisk profiling (online)\t20 June 2022\tOnline\t57\nTotal\t\t\t112\n',
    events: [
      { trigger: 'Cargo inspection', exact: true, kind: 'course', date: '2022-03-07/2022-03-11', places: ['Kingston, JAM'], participants: 24 },
      { trigger: 'Port security', exact: true, kind: 'course', places: ['Georgetown, GUY'], participants: 31 },
      { trigger: 'Risk profiling (online)', exact: true, kind: 'course', date: '2022-06-20', participants: 57 },
    ],
  },
  { text: 'II. Activities\n\nThe Office held two activities in 2022.\n\nNo.\tActivity\tDate\n1\tRegional seminar on port security in Lima, Peru\t3 May 2022\n2\tSecond meeting of port directors\t9 June 2022\n', events: [{ trigger: 'Regional seminar', kind: 'seminar' }, { trigger: 'Second meeting of port directors', kind: 'meeting' }] },
  // a label sentence after the activity names its partners; bodies that only sent participants are none
  { text: 'In June 2025 a seminar on mangrove restoration took place in Belize City, Belize. Partners: UNEP and the University of the West Indies.', events: [{ trigger: 'seminar', organizations: ['UNEP', 'UWI'] }] },
  // the team that did the work was made up of another body's experts: that body delivered it too; its officers on the team are its audience
  { text: 'At the request of the Ministry of Security of Grenada, a technical mission visited the country from 3 to 7 March 2025 to review controls at its ports. The team, which included experts of the Regional Security System (RSS) and of the Caribbean Customs Law Enforcement Council (CCLEC), met the port authorities.', events: [{ trigger: 'technical mission', kind: 'mission', organizations: ['RSS', 'CCLEC'] }] },
  { text: 'The Board carried out an assessment visit to Freetown, Sierra Leone, from 4 to 6 June 2025. The visiting team, assisted by specialists from the World Health Organization (WHO), inspected two laboratories.', events: [{ trigger: 'assessment visit', organizations: ['WHO'] }] },
  { text: 'A technical mission visited Grenada from 3 to 7 March 2025 to review controls at its ports. The team included officers of the Customs and Excise Division of Grenada.', events: [{ trigger: 'technical mission', kind: 'mission', organizations: [] }] },
  { text: 'A training session on drone surveys, hosted by the Coast Guard of Jamaica, was held in Kingston, Jamaica, in October 2025 with the participation of experts from the World Bank.', events: [{ trigger: 'training session', organizations: ['Coast Guard of Jamaica', 'World Bank'] }] },
  { text: 'A training session on drone surveys, hosted by the Coast Guard of Jamaica, was held in Kingston, Jamaica, in October 2025 with the participation of officials from the Maritime Authority of Jamaica.', events: [{ trigger: 'training session', organizations: ['Coast Guard of Jamaica'] }] },
  // a titled forum whose conference it is, is the body that holds it, no activity of its own
  { text: 'In November 2025 the Unit attended the annual conference of the Global Coastal Forum in Lisbon, Portugal.', events: [{ trigger: 'annual conference', countries: ['PRT'] }] },
  // a body that presented or took part at an activity, named in a later sentence about it, did not run it
  { text: 'The Committee held its Ninth Regular Meeting in Tegucigalpa, Honduras, on 4-5 June 2025. The Institute for Farm Cooperation (IFC) presented its new strategy at the meeting.', events: [{ trigger: 'Ninth Regular Meeting', organizations: undefined }] },
  // the body's taking part in something else, in the next sentence, lends no countries
  { text: 'The Office organized a workshop on irrigation in Quito, Ecuador, in July 2025. It also took part in the World Water Week in Stockholm, Sweden, in August 2025.', events: [{ trigger: 'workshop', countries: ['ECU'] }] },
  // a lead that gives the group's total is the group of its list's items; a partner it names backs every item
  {
    text: 'Training\n\nJointly with the Regional Port Network (RPN), the Office ran three courses in 2022, with 70 participants in all:\n\n- a course on cargo inspection in Kingston, Jamaica, in March (24 participants);\n- a course on port security in Georgetown, Guyana, in May (31 participants);\n- an online course on risk profiling in June (15 participants).\n',
    events: [
      { trigger: 'courses', count: 3, participants: 70, organizations: ['RPN'], memberOf: null },
      { trigger: 'course', participants: 24, organizations: ['RPN'], memberOf: 0 },
      { trigger: 'course', participants: 31, organizations: ['RPN'], memberOf: 0 },
      { trigger: 'online course', participants: 15, organizations: ['RPN'], memberOf: 0 },
    ],
  },
  // the body whose name the activity carries, after its acronym's bracket, runs it even when the reporting body only presented at it
  { text: 'The Office also took part in a seminar on port security in Lisbon in July and presented its annual results to the Regional Committee on Maritime Crime (RCMC) meeting on piracy in Mombasa, Kenya, in October 2030.\n', events: [{ trigger: 'seminar', organizations: [] }, { trigger: 'meeting', organizations: ['RCMC'] }] },
  // "N more" of an activity just told: the same bodies ran them; "another" activity of another kind borrows nothing
  {
    text: 'ANNUAL REPORT 2030\n\nSECRETARIAT OF THE CARIBBEAN BORDER COUNCIL (CBC)\n\nThe Secretariat manages two projects under its Port Program. The Canada Border Services Agency (CBSA) conducted risk assessments at three ports in Jamaica in early 2030. Two more port assessments were completed in Barbados and Grenada in May 2030. Another workshop on port security was held in Kingston in June 2030.\n',
    events: [{ trigger: 'risk assessments', organizations: ['CBSA'] }, { trigger: 'port assessments', organizations: ['CBSA', 'CBC'] }, { trigger: 'workshop', organizations: ['CBC'] }],
  },
  // coordinated activities share who ran the last of them, said right after it
  { text: 'To this end the Office takes part in national and regional courses and workshops organized by the World Customs Organization (WCO) and the Caribbean Customs Law Enforcement Council (CCLEC), and in other events.\n', events: [{ trigger: 'regional courses', organizations: ['WCO', 'CCLEC'] }, { trigger: 'workshops', organizations: ['WCO', 'CCLEC'] }, { trigger: 'events', organizations: [] }] },
  // a body named in what the activity is about ("training on the code of X") did not run it; a body that only gave remarks at another's conference attended it
  {
    text: 'ANNUAL REPORT 2030\n\nREGIONAL MARITIME OFFICE (RMO)\n\nThe Office ran training on the safety code of the International Labour Organization (ILO) for some 300 inspectors in Accra, Ghana, in 2030. At the May 2030 Conference in Geneva of the World Maritime University (WMU) and UNCTAD on port logistics, the Office contributed remarks on regional cooperation.\n',
    events: [{ trigger: 'training', organizations: ['RMO'] }, { trigger: 'Conference', organizations: ['WMU', 'UNCTAD'] }],
  },
  // instructors from countries who take part in a training of trainers are its trainees; instructors who teach it are not
  {
    text: 'SEA SAFETY NEWS\n\nDIVERS TRAIN IN MOMBASA\n\nMOMBASA, 3 March 2030 – Eighteen instructors from Kenya, Tanzania, Somalia and the Comoros took part from 20 to 24 February in a training of trainers on hull inspection that the Network organized at the Maritime Academy (KMA) of Kenya. Instructors from Norway taught the diving modules, and trainers from Spain gave the lectures on 22 February.\n',
    events: [{ trigger: 'training', countries: ['KEN', 'TZA', 'SOM', 'COM'], participants: 18 }],
  },
  // a story's headline names its activity and the story introduces it again after its date: the date is the headline activity's
  {
    text: 'HARBOUR WATCH\nQuarterly bulletin of the West African Port Security Network (WAPSN)\nNo. 7 | July–September 2030\n\nCARGO SCREENING COURSE FOR CUSTOMS\n\nCotonou, Benin — Twenty customs officers from Benin and Nigeria completed on 5 September a course on cargo screening, delivered by the World Customs Organization (WCO).\n\nPORT AUTHORITY RUNS ITS FIRST DRILL\n\nLomé, Togo — The port of Lomé held its first security drill on 30 July, with 120 staff.\n',
    events: [{ trigger: 'CARGO SCREENING COURSE FOR CUSTOMS', date: '2030-09-05', countries: ['BEN', 'NGA'], participants: 20 }, { trigger: 'FIRST DRILL', date: '2030-07-30' }],
  },
  // a capitals headline that is a sentence names no activity of its own ("… SPEAKS … AT … MEETING"); one whose head is the activity noun does
  {
    text: 'HARBOUR WATCH\nQuarterly bulletin of the West African Port Security Network (WAPSN)\nNo. 7 | July–September 2030\n\nNETWORK SPEAKS FOR PORTS AT HARBOUR MASTERS MEETING\n\nDAKAR, 20 September 2030 – The Coordinator attended the annual meeting of the Harbour Masters Association of West Africa (HMAWA), held in Dakar on 18 and 19 September.\n\nREGIONAL WORKSHOP ON PORT STATE CONTROL\n\nAccra, Ghana — Thirty inspectors took part in the workshop, which the Network ran on 2-4 September.\n',
    events: [{ trigger: 'annual meeting', organizations: ['HMAWA'] }, { trigger: 'REGIONAL WORKSHOP ON PORT STATE CONTROL', participants: 30, organizations: ['WAPSN'] }],
  },
  // a story's headline names a workshop and its first sentence tells it with "met in": one activity, the headline's
  {
    text: 'PORT NEWS\nIssue 7 | Q3 2030\n\nREGIONAL WORKSHOP ON PORT INSPECTION\n\nAccra, Ghana — Twenty-two port inspectors from Ghana, Togo and Benin met in Accra from 2 to 6 June 2030 to practise the boarding of foreign vessels. The workshop was organized by the Network.\n',
    events: [{ trigger: 'REGIONAL WORKSHOP ON PORT INSPECTION', kind: 'workshop', participants: 22, date: '2030-06-02/2030-06-06', countries: ['GHA', 'TGO', 'BEN'] }],
  },
  // an events page's item: a fragment that says who organized and hosted the item's activity credits it, after a sentence that names another activity
  {
    text: 'UPCOMING EVENTS\n\nSubregional Workshop on Cruise Terminal Security\n12/02/2030\nVenue: Castries, Saint Lucia\nFollowing the March drill in Kingston, security officers from Jamaica, Barbados and Grenada will compare their screening procedures. Organized by the Maritime Office and the Caribbean Ports Association (CPA); hosted by the Saint Lucia Air and Sea Ports Authority (SLASPA).\n',
    events: [{ trigger: 'Subregional Workshop on Cruise Terminal Security', organizations: ['Maritime Office', 'CPA', 'SLASPA'] }],
  },
  // a project brought in with its backers, and its activities told in later sentences that name it back: the backers back them
  { text: 'With funding from the Nordic Development Fund (NDF) and the University of Oslo, the Unit began a pilot project on coastal patrols in 2030. Under the project, two workshops were held in Accra, Ghana, in May.\n', events: [{ trigger: 'workshops', organizations: ['NDF', 'University of Oslo'] }] },
  { text: 'A new programme financed by the Inter-American Development Bank (IDB) started in 2030 to modernize border posts in Central America. The programme will open with a regional seminar in Tegucigalpa, Honduras, in March 2031.\n', events: [{ trigger: 'regional seminar', organizations: ['IDB'] }] },
  // … also for a list whose lead names the project back, the backers named in the sentence before it
  {
    text: 'With technical and financial support from the Nordic Development Fund (NDF) and the Ministry of Fisheries of Norway, the Secretariat has been working with three coastal states to strengthen inspection at sea. In 2030 the project moved forward in several areas, including:\n\n· Drafting of national inspection manuals.\n· Training of boarding officers in Accra, Ghana, in May 2030.\n',
    events: [{ trigger: 'Training', organizations: ['NDF', 'Ministry of Fisheries of Norway'] }],
  },
  // a project brought in with no backer: the partner of an activity told before it backs no activity of the project
  { text: 'The Unit held a course in Lima, Peru, in March 2030 in collaboration with the Andean Police Academy. In April, the Unit started a pilot project on patrol data. The results of this pilot project will be discussed at a regional meeting in Quito, Ecuador, in June 2030.\n', events: [{ trigger: 'course', organizations: ['Andean Police Academy'] }, { trigger: 'regional meeting', organizations: [] }] },
  // a program's funder named in the lead funds the program, not each item
  {
    text: 'Annual Report 2022 of the Caribbean Port Office\n\nThe Port Security Program, financed by the Nordic Fund, carried out the following activities in 2022:\n\n- a course on cargo inspection in Kingston, Jamaica, in March;\n- a workshop on port security in Georgetown, Guyana, in May.\n',
    events: [{ trigger: 'course', organizations: ['Caribbean Port Office'] }, { trigger: 'workshop', organizations: ['Caribbean Port Office'] }],
  },
  // staff invited to speak at an event did not run it; the reporting body is not credited
  {
    text: 'Annual Report 2025 of the Regional Health Office\n\nStaff of the Office were also invited to speak at:\n- the General Session of the World Assembly of Delegates in Paris, France, 26-30 May 2025;\n- a regional workshop on rabies organized by the African Animal Bureau in Nairobi, Kenya, in October 2025.\n',
    events: [{ trigger: 'General Session of the World Assembly of Delegates', organizations: ['World Assembly of Delegates'] }, { trigger: 'regional workshop', organizations: ['African Animal Bureau'] }],
  },
  // the next sentence says how many they trained: the activities' figure
  { text: 'In May 2025 the Unit ran two national workshops in Chipata, Zambia, and Mzuzu, Malawi. They trained 62 animal health assistants (Zambia 35, Malawi 27).', events: [{ trigger: 'national workshops', count: 2, participants: 62 }] },
  // the rest of a group said to be of a kind splits its count: no activity
  { text: 'In 2025 the Unit ran seven training activities for 118 technicians. Among them, a course on diagnosis was held in Lilongwe, Malawi, in March 2025. The remaining six were national refresher sessions.', events: [{ trigger: 'training activities', count: 7, memberOf: null }, { trigger: 'course', memberOf: 0 }] },
  // an audit of a plant or a service is an assessment; the audit of accounts is none
  { text: 'In March 2025 the Programme carried out a quality audit of a vaccine plant in Francistown, Botswana.', events: [{ trigger: 'quality audit', kind: 'assessment', countries: ['BWA'] }] },
  // an events page: each item's title over its field lines (Date:, Venue:, Participants:) is one activity with the fields' slots;
  // items under "Upcoming events" are planned, those under "Past events" held
  {
    text: 'Home > News > Events\n\nHarbour Pilots Association\n\nUpcoming events\n\nWorkshop on radar navigation for harbour pilots\nDate: 12-14 March 2026\nVenue: Port of Spain, Trinidad and Tobago\n\nPast events\n\nRegional course for pilot boat crews\nDate: 3-7 November 2025\nVenue: Castries, Saint Lucia\nParticipants: 26 crew members from six member states\n',
    events: [
      { trigger: 'Workshop', status: 'planned', date: '2026-03-12/2026-03-14', places: ['Port of Spain, TTO'] },
      { trigger: 'Regional course', status: 'held', date: '2025-11-03/2025-11-07', places: ['Castries, LCA'], participants: 26 },
    ],
  },
  // the next sentence in which a body says it ran or backed the activity ("… provided the instructors", "… hosted it", "… co-organized both")
  { text: 'A five-day course on bird identification took place in Leticia, Colombia, in March 2025. The Andean Ornithology Institute provided the instructors.', events: [{ trigger: 'course', organizations: ['Andean Ornithology Institute'] }] },
  { text: 'Two national workshops were held in La Paz, Bolivia, and Quito, Ecuador, in 2025. The Regional Justice Office (RJO) co-organized both.', events: [{ trigger: 'national workshops', organizations: ['RJO'] }] },
  // a title that names the year's work and then its plans ("… given in 2030 and activities planned for 2031") does not make
  // everything under it planned; a part of plans alone does
  {
    text: 'Training given to lighthouse services in 2030\nand activities planned for 2031\nReport of the Secretariat\n\nI. Training given\n\n1. A course on radio procedures for lighthouse keepers was hosted by the Port Authority of Mindelo, Cabo Verde, in May 2030.\n\nII. Activities planned for 2031\n\n2. A seminar for harbour pilots in Praia, Cabo Verde, in the first half of the year.\n',
    events: [{ trigger: 'course', status: 'held' }, { trigger: 'seminar', status: 'planned' }],
  },
  // an activity with no date of its own under a heading that frames a year takes that year
  { text: 'ANNUAL REPORT 2025\n\nI. Training\n\nA course was held in Lima, Peru, in May 2025.\n\nANNEX I: ACTIVITIES PLANNED FOR 2026\n\n- Second regional exercise on port security, Callao, Peru (dates to be confirmed)\n', events: [{ trigger: 'course', date: '2025-05' }, { trigger: 'regional exercise', date: '2026', status: 'planned' }] },
  // a table that sums up the activities the text told before repeats them: no new activity, and its caption is none
  {
    text: '2.1 Courses\n\nThe Office organized two basic courses on container profiling in 2025: in Santos, Brazil, from 10 to 14 March, and in Buenos Aires, Argentina, from 6 to 10 October. They trained 46 analysts in all.\n\nTable 1: Courses held in 2025\nCourse\tPlace\tDates\tParticipants\nBasic course\tSantos\t10-14 March\t24\nBasic course\tBuenos Aires\t6-10 October\t22\n',
    events: [{ trigger: 'basic courses', count: 2, participants: 46 }],
  },
  // "met … for the Xth Meeting": one meeting, named by its noun (with the day the verb's clause gives)
  { text: 'KINGSTON, 10 March 2025 – The Council of Port Ministers met on Friday for its ninth Regular Meeting, hosted by the Port Authority of Jamaica.', events: [{ trigger: 'ninth Regular Meeting', date: '2025-03-07' }] },
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
  // a photo's caption shows the item's activity again and introduces none, under a headline or after the item's text
  { text: 'Firefighters of three districts finish a course in Belmopan\n\nPhoto: graduates of the wildfire course at the fire station. Credit: Office\n\nBELMOPAN, 2 May 2026 – Twenty firefighters completed a course on wildfire lines on 30 April.\n\nPhoto: the closing drill of the course in the station yard.', events: [{ trigger: 'course', kind: 'course', participants: 20 }] },
  // an exchange visit and the return visit it plans are missions too
  { text: 'Four firefighters from Belize spent a week in Mérida in an exchange visit funded by the Office.', events: [{ trigger: 'exchange visit', exact: true, kind: 'mission', count: 1 }] },
  { text: 'A return visit by three Mexican firefighters to Belmopan is planned for November.', events: [{ trigger: 'return visit', exact: true, kind: 'mission', count: 1, status: 'planned' }] },
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
  // organizations (issue 16): a body's secretariat named under a long name of its own, in the title block below the body
  // and in the text, is the body (one key, not two); a secretariat "for" something is a body of its own
  {
    text: 'LAGOON FISHERIES COMMISSION\nReport of the Permanent Coordinating Secretariat for 2025\n\nThe Lagoon Fisheries Commission (LFC) brings together three coastal states.\n\nIn May 2025 the Permanent Coordinating Secretariat held a workshop on net sizes in Dangriga, Belize, for 30 fishers.\n',
    events: [{ trigger: 'workshop', kind: 'workshop', organizations: ['LFC'] }],
  },
  {
    text: 'LAGOON FISHERIES COMMISSION\nReport of the Secretariat for Coastal Affairs for 2025\n\nThe Lagoon Fisheries Commission (LFC) brings together three coastal states.\n\nIn May 2025 the Secretariat for Coastal Affairs held a workshop on net sizes in Dangriga, Belize, for 30 fishers.\n',
    events: [{ trigger: 'workshop', kind: 'workshop', organizations: ['Secretariat for Coastal Affairs', 'LFC'] }],
  },
  // a partner set off by an aside as the subject that will run the activity: the partner's, not the reporting body's
  {
    text: 'WESTERN LAKES OFFICE\nAnnual Report 2031\n\nThe Office trained 20 rangers in May 2031.\n\nThe Nile Basin Research Institute (NBRI), a public university centre in Entebbe, will host a follow-up course for the same rangers in 2032.\n',
    events: [{ trigger: 'trained', kind: 'training' }, { trigger: 'follow-up course', kind: 'course', status: 'planned', organizations: ['NBRI'] }],
  },
  // a unit of the reporting body, named by the acronym it was given, runs a meeting of another body hosted by a ministry: the reporting body's
  {
    text: 'WESTERN LAKES OFFICE\nAnnual Report 2031\n\nThe Office works through its Data Support Unit (DSU).\n\n1. Coordination\n\nThe DSU convened the second meeting of the Basin Data Committee in Jinja, Uganda, on 4 May 2031, hosted by the Ministry of Water of Uganda.\n',
    events: [{ trigger: 'second meeting', kind: 'meeting', organizations: ['DSU', 'Basin Data Committee', 'Ministry of Water of Uganda', 'WESTERN LAKES OFFICE'] }],
  },
  // a group total run by a partner named as its subject: each bullet member is the partner's, not the reporting body's
  {
    text: 'WESTERN LAKES OFFICE\nAnnual Report 2031\n\n1. Fisheries\n\nIn 2031 the Kagera Fishers Trust (KFT) ran a total of four net-repair courses for 96 fishers. Among them:\n- a course in Bukoba, Tanzania, on 3-5 March 2031 for 22 fishers;\n- a course in Musoma, Tanzania, in June 2031 for 25 fishers.\n',
    events: [
      { trigger: 'net-repair courses', kind: 'course', organizations: ['KFT'] },
      { trigger: 'course', kind: 'course', organizations: ['KFT'], memberOf: 0 },
      { trigger: 'course', kind: 'course', organizations: ['KFT'], memberOf: 0 },
    ],
  },
  // a plan that is a document adopted at the activity says nothing of the activity's being to come; a plan to hold one does
  { text: 'The Board held its regular session in Kampala, Uganda, on 3 November 2031 and adopted the action plan for 2032.', events: [{ trigger: 'regular session', kind: 'session', status: 'held' }] },
  { text: 'The Board plans a regular session in Kampala, Uganda, in November 2031.', events: [{ trigger: 'regular session', kind: 'session', status: 'planned' }] },
  // an activity planned for one date and then postponed to another: it takes place (is planned) at the new one
  { text: 'A national seminar on net sizes, scheduled for March 2031, was postponed to the second half of 2031 because of floods.', events: [{ trigger: 'national seminar', kind: 'seminar', status: 'planned', date: '2031-H2' }] },
  { text: 'The regional course, first planned for May 2031, has been rescheduled for 14-18 September 2031.', events: [{ trigger: 'regional course', kind: 'course', status: 'planned', date: '2031-09-14/2031-09-18' }] },
  // a cover naming a body, its office and the office's unit above the report's title: the unit signs, but a text that speaks of
  // itself as "the Office" (never "the Unit") is the Office's report, and its activities are the Office's; without that, the unit's
  {
    text: 'WESTERN LAKES AUTHORITY\nNorthern Field Office\nMonitoring Support Unit\nProgress Report 2031\n\nIn June 2031 the Office held a workshop on fish counts in Kisumu, Kenya, for 25 officers.\n',
    events: [{ trigger: 'workshop', kind: 'workshop', organizations: ['Northern Field Office'] }],
  },
  {
    text: 'WESTERN LAKES AUTHORITY\nNorthern Field Office\nMonitoring Support Unit\nProgress Report 2031\n\nIn June 2031 the Unit held a workshop on fish counts in Kisumu, Kenya, for 25 officers.\n',
    events: [{ trigger: 'workshop', kind: 'workshop', organizations: ['Monitoring Support Unit'] }],
  },
  // the bodies of an activity's audience, of its observers and of whoever asked for it are not its organizers; partners brought in by "together with" are
  {
    text: 'The Lagoon Fisheries Commission (LFC) held a course in Belize City, Belize, in May 2025 for 31 officers of the Fisheries Department of Belize, the Coast Guard Service (CGS) and the Port Authority of Belize.',
    events: [{ trigger: 'course', organizations: ['LFC'] }],
  },
  {
    text: 'The Lagoon Fisheries Commission (LFC) held a course in Belize City, Belize, in May 2025 for 20 officers of Belize, together with the Coast Guard Service (CGS) and the Port Authority of Belize.',
    events: [{ trigger: 'course', organizations: ['LFC', 'CGS', 'Port Authority of Belize'] }],
  },
  { text: 'At the request of the Ministry of Fisheries of Belize, the Lagoon Fisheries Commission (LFC) sent a technical mission to Dangriga, Belize, in June 2025.', events: [{ trigger: 'technical mission', organizations: ['LFC'] }] },
  {
    text: 'The Lagoon Fisheries Commission (LFC) held a meeting of fisheries directors in Roseau, Dominica, in June 2025, with observers from the Caribbean Fisheries Network and the Reef Trust.',
    events: [{ trigger: 'meeting', organizations: ['LFC'] }],
  },
  // the sentence right after an activity's own that credits "it" lends its bodies; one further on, or one that says who attended, does not
  {
    text: 'The Lagoon Fisheries Commission (LFC) held a course on net repair in Belize City, Belize, in May 2025 for 20 fishers. It was delivered with the support of the Caribbean Fisheries Network.',
    events: [{ trigger: 'course', organizations: ['LFC', 'Caribbean Fisheries Network'] }],
  },
  {
    text: 'The Lagoon Fisheries Commission (LFC) held a course on net repair in Belize City, Belize, in May 2025 for 20 fishers. The boats came from three villages. It was funded by the Caribbean Fisheries Network.',
    events: [{ trigger: 'course', organizations: ['LFC'] }],
  },
  {
    text: 'The Lagoon Fisheries Commission (LFC) held a course on net repair in Belize City, Belize, in May 2025. It was attended by 20 officers of the Coast Guard Service (CGS).',
    events: [{ trigger: 'course', organizations: ['LFC'] }],
  },
  // another body that runs the activity (its subject, "under the coordination of" it) makes it not the reporting body's; a body only
  // named after a presentation is no organizer; a later clause's subject runs the later activity; a unit named bare is the body's own
  {
    text: 'The Lagoon Fisheries Commission (LFC) organized a course on net repair in Belize City, Belize, in March 2025. In May 2025 the Reef Council held a special meeting on coral bleaching, at which the Chair presented the annual report of the LFC.',
    events: [{ trigger: 'course', organizations: ['LFC'] }, { trigger: 'special meeting', organizations: ['Reef Council'] }],
  },
  {
    text: 'The Lagoon Fisheries Commission (LFC) organized a course on net repair in Belize City, Belize, in March 2025. A special meeting on quotas was held in Roseau, Dominica, in June 2025 under the coordination of the Reef Council.',
    events: [{ trigger: 'course', organizations: ['LFC'] }, { trigger: 'special meeting', organizations: ['Reef Council'] }],
  },
  {
    text: 'In 2026 the Coast Guard Service (CGS) will hold a regional meeting of harbour masters in Belize City, Belize, and the Reef Council expects to run a coral survey exercise in Dangriga, Belize.',
    events: [{ trigger: 'regional meeting', organizations: ['CGS'] }, { trigger: 'coral survey exercise', organizations: ['Reef Council'] }],
  },
  {
    text: 'LAGOON FISHERIES COMMISSION\nAnnual Report 2025\n\nIn May 2025 the Licensing Section organized two workshops on permits in Dangriga, Belize.',
    events: [{ trigger: 'workshops', organizations: ['Licensing Section', 'LAGOON FISHERIES COMMISSION'] }],
  },
  // a bullets' lead that names the body whose officers attended lends it to no bullet; "the Division" speaks of the reporting body
  {
    text: 'LAGOON FISHERIES COMMISSION\nAnnual Report 2025\n\nThe Commission organized the following courses, attended by officers of the Coast Guard Service (CGS):\n- Course on sea rescue, Belize City, Belize, 3-7 March 2025, for 20 officers;\n- Course on boat engines, Dangriga, Belize, 5-9 May 2025, for 18 officers.\n',
    events: [{ trigger: 'Course', organizations: ['LAGOON FISHERIES COMMISSION'] }, { trigger: 'Course', organizations: ['LAGOON FISHERIES COMMISSION'] }],
  },
  {
    text: 'LAGOON FISHERIES COMMISSION\nAnnual Report 2025\n\nIn May 2025 the Division hosted a joint INTERPOL-UNODC workshop on sea rescue in Dangriga, Belize.',
    events: [{ trigger: 'workshop', organizations: ['Interpol', 'UNODC', 'LAGOON FISHERIES COMMISSION'] }],
  },
  // "the Unit" that runs the activity stands for the unit of that head named earlier in the paragraph; none without "the Unit", none of another head
  {
    text: 'LAGOON FISHERIES COMMISSION\nAnnual Report 2025\n\nThe Net Licensing Unit checked 300 boats in Belize. In May 2025 the Unit also held a workshop on permits in Dangriga, Belize, for 25 fishers.',
    events: [{ trigger: 'workshop', organizations: ['Net Licensing Unit', 'LAGOON FISHERIES COMMISSION'] }],
  },
  {
    text: 'LAGOON FISHERIES COMMISSION\nAnnual Report 2025\n\nThe Net Licensing Unit checked 300 boats in Belize. In May 2025 a workshop on permits was held in Dangriga, Belize, for 25 fishers.',
    events: [{ trigger: 'workshop', organizations: ['LAGOON FISHERIES COMMISSION'] }],
  },
  {
    text: 'LAGOON FISHERIES COMMISSION\nAnnual Report 2025\n\nThe Reef Survey Division checked 300 boats in Belize. In May 2025 the Unit also held a workshop on permits in Dangriga, Belize, for 25 fishers.',
    events: [{ trigger: 'workshop', organizations: ['LAGOON FISHERIES COMMISSION'] }],
  },
  // in a sentence that refers back to the activity, a body after an attendance verb is one that attended unless a verb of running brings it in
  {
    text: 'LAGOON FISHERIES COMMISSION\nEvents 2025\n\nReef Fishing Forum in Dangriga\nSome 60 fishers attended the forum in Dangriga, Belize, in June 2025, which the Commission co-hosted with the Caribbean Fisheries Network.',
    events: [{ trigger: 'Reef Fishing Forum', organizations: ['Caribbean Fisheries Network', 'Lagoon Fisheries Commission'] }],
  },
  {
    text: 'The Lagoon Fisheries Commission (LFC) organized a course on net repair in Belize City, Belize, in March 2025. In June 2025 a forum on reef fishing was held in Dangriga, Belize. The forum was also attended by the Reef Council.',
    events: [{ trigger: 'course', organizations: ['LFC'] }, { trigger: 'forum', organizations: ['LFC'] }],
  },
  // the reporting body is credited when an audience attended its activity, not when the body itself attended one
  // (a verb of attending with a body, its staff or "the Commission" for subject; in the sentence, after a colon, or in a bullets' lead)
  {
    text: 'The Lagoon Fisheries Commission (LFC) organized a course on net repair in Belize City, Belize, in March 2025. In May 2025, 35 fishers of local cooperatives attended a workshop on catch records in Dangriga, Belize.',
    events: [{ trigger: 'course', organizations: ['LFC'] }, { trigger: 'workshop', organizations: ['LFC'] }],
  },
  {
    text: 'The Lagoon Fisheries Commission (LFC) held a workshop in Dangriga, Belize, in May 2025, in which 30 fishers from Belize and Guatemala took part. In June 2025 the LFC also took part in a regional forum on fisheries in Belmopan, Belize, convened by the Caribbean Fisheries Network.',
    events: [{ trigger: 'workshop', organizations: ['LFC'] }, { trigger: 'regional forum', organizations: ['Caribbean Fisheries Network'] }],
  },
  {
    text: 'The Lagoon Fisheries Commission (LFC) organized a course on net repair in Belize City, Belize, in March 2025. In May 2025 the Executive Director represented the Commission at the Reef Forum in Belmopan, Belize, convened by the Caribbean Fisheries Network.',
    events: [{ trigger: 'course', organizations: ['LFC'] }, { trigger: 'Reef Forum', organizations: ['Caribbean Fisheries Network'] }],
  },
  {
    text: 'The Lagoon Fisheries Commission (LFC) organized a course on net repair in Belize City, Belize, in March 2025. A seminar on reef protection, attended by 40 officials, was held in Dangriga, Belize, in June 2025.',
    events: [{ trigger: 'course', organizations: ['LFC'] }, { trigger: 'seminar', organizations: ['LFC'] }],
  },
  {
    text: 'The Lagoon Fisheries Commission (LFC) organized a course on net repair in Belize City, Belize, in March 2025.\n\nDuring 2025, staff of the Commission also took part in:\n- the Reef Forum, Belize City, Belize, in April;\n- the Regional Fisheries Summit, Roseau, Dominica, in June.\n',
    events: [{ trigger: 'course', organizations: ['LFC'] }, { trigger: 'Reef Forum', organizations: [] }, { trigger: 'Regional Fisheries Summit', organizations: [] }],
  },
  {
    text: 'The Lagoon Fisheries Commission (LFC) organized a course on net repair in Belize City, Belize, in March 2025. The Commission also participated in meetings of regional scope: the Coastal Summit in Belmopan, Belize, and the Reef Conference in Roseau, Dominica.',
    events: [{ trigger: 'course', organizations: ['LFC'] }, { trigger: 'meetings', organizations: [] }, { trigger: 'Coastal Summit', organizations: [] }, { trigger: 'Reef Conference', organizations: [] }],
  },
  // a table row marked cancelled, in its cell or on the wrapped line under it, did not take place; the others did
  { text: 'REPORT 2025\n\n1. Courses\n\nPort safety is the first aim of the Academy.\n\nNo.\tActivity\tDates\tVenue\n1\tBoarding course\t3–5 May 2025\tCallao, Peru\n2\tRadar course (cancelled)\t9–11 June 2025\tPaita, Peru\n3\tDiving course\t1–4 July 2025\tCallao, Peru', events: [{ trigger: 'Boarding course', date: '2025-05-03/2025-05-05' }, { trigger: 'Diving course', date: '2025-07-01/2025-07-04' }] },
  { text: 'REPORT 2025\n\n1. Courses\n\nPort safety is the first aim of the Academy.\n\nNo.  Activity                   Dates          Venue\n1    Boarding course for        3–5 May 2025   Callao, Peru\n     port police\n2    Radar course for pilots    9–11 June 2025 Paita, Peru\n     (cancelled)\n3    Diving course              1–4 July 2025  Callao, Peru', events: [{ trigger: 'Boarding course', date: '2025-05-03/2025-05-05' }, { trigger: 'Diving course', date: '2025-07-01/2025-07-04' }] },
  // … in PDF text, a tab row's wrapped cells stand under it without their indent: the mark on them is still the row's
  { text: 'REPORT 2025\n\n1. Courses\n\nPort safety is the first aim of the Academy.\n\nNo.\tActivity\tDates\tVenue\tDonor\n1\tBoarding course for\t3–5 May 2025\tCallao, Peru\tIMO\nport police\n2\tRadar course for pilots\t9–11 June 2025\tPaita, Peru\tIMO\n(cancelled)\n3\tDiving course\t1–4 July 2025\tCallao, Peru\tIMO', events: [{ trigger: 'Boarding course', date: '2025-05-03/2025-05-05' }, { trigger: 'Diving course', date: '2025-07-01/2025-07-04' }] },
  // the times one activity was held, in a bracket after it: one activity, that many times, from its first day to its last; the bracket names no other activity
  { text: 'REPORT 2025\n\n1. Meetings\n\nThe Academy met its partners.\n\nNo.\tActivity\tDates\tVenue\n1\tPlanning meeting (three sessions)\t4 February, 6 May and 9 September 2025\tOnline', events: [{ trigger: 'Planning meeting', kind: 'meeting', count: 3, date: '2025-02-04/2025-09-09' }] },
  // activities named together where the text points to the table that lists them: the rows are the activities, not the sentence
  { text: 'REPORT 2025\n\n1. Courses\n\nThe Academy supports ports with inspections and courses for harbour masters (Table 1).\n\nNo.\tActivity\tDates\tVenue\n1\tBoarding course\t3–5 May 2025\tCallao, Peru', events: [{ trigger: 'Boarding course' }] },
  // a table row named again by its topic, in a note under the table or in the outlook ("The radar workshop", "the postponed course on hull inspection"): no new activity; a course on another topic is one
  { text: 'REPORT 2025\n\n1. Courses\n\nPort safety is the first aim of the Academy.\n\nNo.\tActivity\tDates\tVenue\n1\tWorkshop on radar navigation\t3–5 May 2025\tCallao, Peru\n2\tCourse on hull inspection\tPostponed to May 2026\tPaita, Peru\n3\tCourse on diving safety\t1–4 July 2025\tIlo, Peru\n4\tCourse on cargo checks\t4–8 August 2025\tIlo, Peru\n\nThe radar workshop was given with the navy.\n\n2. Outlook\n\nPort safety stays the first aim of the Academy.\n\nIn 2026 the Academy will run the postponed course on hull inspection and hold the course on port law in Lima.', events: [{ trigger: 'Workshop on radar navigation' }, { trigger: 'Course on hull inspection', status: 'planned' }, { trigger: 'Course on diving safety' }, { trigger: 'Course on cargo checks' }, { trigger: 'course on port law', status: 'planned', places: ['Lima, PER'] }] },
  // "ToT": a training of trainers, as reports abbreviate it, in running text or in a table's activity cell
  { text: 'A ToT on boarding procedures was held in Callao, Peru, from 3 to 5 May 2025 for 22 instructors.', events: [{ trigger: 'ToT', kind: 'training', count: 1, date: '2025-05-03/2025-05-05' }] },
  // the sentence after a group total that says who funded some of "them" names the group's funders
  { text: 'In 2025 the Academy held four courses for 80 harbour pilots. Three of them were funded by the World Bank and one by UNODC.', events: [{ trigger: 'courses', count: 4, participants: 80, organizations: ['World Bank', 'UNODC'] }] },
  // a government in a table's partners cell backed the activity: its country is none of the activity's; a government that hosted it in a sentence is
  { text: 'REPORT 2025\n\n1. Courses\n\nPort safety is the first aim of the Academy.\n\nNo.\tActivity\tDates\tVenue\tPartners\n1\tBoarding course\t3–5 May 2025\tCallao, Peru\tUNODC, Government of Spain', events: [{ trigger: 'Boarding course', countries: ['PER'] }] },
  { text: 'A boarding course was hosted by the Government of Spain in Madrid from 3 to 5 May 2025.', events: [{ trigger: 'boarding course', countries: ['ESP'] }] },
  // an agreement to hold activities plans them
  { text: 'The Academy signed an agreement with the navy to hold two workshops on port law in Callao, Peru, in 2026.', events: [{ trigger: 'workshops', status: 'planned', count: 2 }] },
  // a requested activity that then took place is one
  { text: 'The Ministry of Transport asked the Academy to organize a workshop on port law, which was held in Callao, Peru, in May 2025.', events: [{ trigger: 'workshop', status: 'held', date: '2025-05' }] },
];

/** Texts that name no new activity: programs, materials, verbs, idioms, topics, later mentions. */
export const negatives: string[] = [
  // a headline whose subject is an activity, over a story whose opening tells no activity of its kind: the story is about something else
  'COAST NEWS\n\nIssue 3, May 2031\n\nEXERCISE SHOWS GAPS IN RADIO LINKS\n\nBridgetown, 4 May 2031 — The Network’s review finds that radio links between the two coast guards failed twice. A new radio plan is due in June.',
  // "assessed" as an adjective, or in the passive with no body that did it: no activity
  'Member States paid their assessed contributions in full in 2031.',
  'Twelve cold stores were assessed in 2031 under the national scheme.',
  // "meet" a standard, a need or a deadline is no meeting
  'The new scanners will meet in full the standards set by the customs administrations in 2031.',
  // a body that trained people over a whole year, with no activity named and no place: a total of the year, no activity
  'In 2030, the Academy trained 540 port officers from 22 member States, more than in any year before.',
  // an activity others asked the body to add: a request, not an activity held or planned
  'The port directors asked the Academy to add a course for pilots to its programme.',
  // courses an agreement provides for: the agreement's subject, no activity held or planned
  'In May the Academy signed a memorandum of understanding with the Naval University of Callao on joint diploma courses in port law.',
  // a body that trained a number of people in the report's own year, with no place: a sum of the period, no activity
  'ACTIVITY REPORT 2024\n\nIn 2024 the Academy trained 350 port officers, more than in any earlier year.',
  'Table 3 gives the participants of the courses and workshops in Tables 1 and 2 by country.',
  // "each course", "every workshop": the activities of a set one at a time, not one of its own
  'Trainers file a short report, and every workshop is rated by the people who attended it.',
  'The programme of each course is agreed with the host ministry.',
  // a post named by its field, not an activity
  '"We work differently now," said Inspector Ana Ruiz, head of training at the fire school.',
  'Mr. Lee, the Director of Courses of the academy, retired in May.',
  // a calendar's lead that names its list
  'Events of the Association. Dates may change; check the website.',
  // rows of a key-figures box: counts of activities, no activity
  'Key figures\nWorkshops and seminars held\t12\nPatrol exercises supported\t3\nShare of women\t22%',
  'The Unit backed the new harbour committees in 2024.\n\nAt a glance\nCommittees formed\t5\nMeetings, drills and visits supported\t7\nParticipants\t210',
  'The external audit of the accounts of the Centre for 2024 was completed in March 2025.',
  'The annual audit found no irregularities in the budget of the Office.',
  // a body's function named with others
  'The Centre was set up in 2009 by the veterinary services of nine countries to pool their training, laboratory support and disease intelligence.',
  'The agency wants to improve its training before 2026.',
  // a table of figures whose header names no activity
  'Participants by country in 2022:\n\nCountry\tParticipants\tWomen\nJamaica\t24\t10\nGuyana\t31\t12\n',
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
  // a decision cited by its number, with the session where it was adopted
  'In its resolution 12/4, adopted at its twelfth session, held in Nairobi from 2 to 4 May 2029, the Council asked for a review of the fund.',
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
  // "in consultation with": a way of working, not a meeting; training named as a priority, not given
  'The Office drafted the guide in consultation with the national authorities of Senegal in 2031.',
  'The regional strategy gives priority to the training of customs officers and to the exchange of data in 2031.',
  // "capacity-building activities" with nothing that places them: the body's line of work, not a group it ran
  'The capacity-building activities of the Office are described in its strategy.',
];
