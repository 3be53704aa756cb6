/**
 * participants corpus. The span is the numeral alone, so every case is embedded in a sentence;
 * negatives hold counts of things, labels, years, money, and people who did not take part.
 * Per-country figures get their country findings as given context (the country extractor's job).
 */
import type { Corpus, EmbeddedCase } from '../corpus-types.js';
import type { ExtractContext, Neighbour } from '../types.js';

/** Context with country findings at the first occurrence of each name in `text`. */
function countries(text: string, names: string[]): Partial<ExtractContext> {
  const found: Neighbour[] = names.map((name) => {
    const start = text.indexOf(name);
    return { type: 'country', start, end: start + name.length, value: name, rule: 'corpus/given' };
  });
  return { found };
}

function breakdown(text: string, names: string[], figures: Array<[string, number]>): EmbeddedCase[] {
  return figures.map(([mention, value]) => ({ text, mention: `(${mention})`, value, context: countries(text, names) }))
    .map((c) => ({ ...c, at: c.text.indexOf(c.mention) + 1, mention: c.mention.slice(1, -1) }));
}

const ccaText = 'The course trained 31 border officials: Panama (09), Costa Rica (07), Honduras (15).';
const tableText = 'Participants by country: Belize (12); Jamaica (20); Barbados (8).';

export const corpus: Corpus = {
  examples: [],
  embedded: [
    // people joined by "and" into one group, from a long list of states, who met somewhere: the figure counts them all
    { text: 'Thirty-one customs officers and border guards from Ecuador, Peru, Colombia, Bolivia, Chile, Argentina, Paraguay and Uruguay met in Quito from 3 to 7 May.', mention: 'Thirty-one', value: 31 },
    // a counted thing as the modifier of a person noun ("weapons inspectors"); a verb of taking part right before the count ties it
    // whatever the topic ("detained migrants"); an audience split by how it took part
    { text: 'A course for 18 weapons inspectors was held in Lomé.', mention: '18', value: 18, only: true },
    // a bare figure joined by "and" to a count of people: each activity's audience; a range's first figure is none
    { text: 'Two workshops followed in Lima and Quito in May 2031, with 27 and 31 participants.', mention: '27', value: 27 },
    { text: 'Each workshop of 2031 was held for between 20 and 30 participants.', mention: '30', value: 30, only: true },
    { text: 'A webinar on the rights of detained migrants was attended by 140 lawyers.', mention: '140', value: 140, only: true },
    { text: 'The forum was followed by 60 delegates online and 25 in person.', mention: '25', value: 25 },
    { text: 'The forum was followed by 60 delegates online and 25 in person.', mention: '60', value: 60 },
    // per-country figures without parentheses, and a share said to be people
    { text: 'Participants by country: Belize 12, Guatemala 15 and Honduras 9.', mention: '12', value: 12, context: { found: [{ type: 'country', start: 25, end: 31, value: 'BLZ', rule: 'country/name' }, { type: 'country', start: 36, end: 45, value: 'GTM', rule: 'country/name' }, { type: 'country', start: 53, end: 61, value: 'HND', rule: 'country/name' }] } },
    { text: 'Participants by country: Belize 12, Guatemala 15 and Honduras 9.', mention: '9', value: 9, context: { found: [{ type: 'country', start: 25, end: 31, value: 'BLZ', rule: 'country/name' }, { type: 'country', start: 36, end: 45, value: 'GTM', rule: 'country/name' }, { type: 'country', start: 53, end: 61, value: 'HND', rule: 'country/name' }] } },
    { text: 'The course trained 32 participants, of whom 18 were women.', mention: '18', value: 18 },
    // parents as an activity's audience
    { text: 'The school held two talks on bullying for 300 parents in May.', mention: '300', value: 300 },
    // a share of the people given with "of them" and no verb
    { text: 'The seminar brought together 57 prosecutors, 23 of them women, from four provinces.', mention: '23', value: 23 },
    { text: 'The seminar brought together 57 prosecutors, 23 of them women, from four provinces.', mention: '57', value: 57 },
    // people for whom activities named in the plural were run (a weak noun needs an activity word in its sentence)
    { text: 'Three webinars were held in May 2025 for 300 officials.', mention: '300', value: 300 },
    { text: 'Two drills in the port of Callao involved 85 officers.', mention: '85', value: 85 },
    { text: 'Two regional consultations on farm labour in Dakar brought some 70 representatives of ministries and unions.', mention: '70', value: 70, mod: 'APPROX' },

    // people named by what they own or trade, after the number and a modifier
    { text: 'The course in Roseau trained 30 boat owners from the island.', mention: '30', value: 30 },
    { text: 'A workshop for 25 fish traders was held in May.', mention: '25', value: 25 },
    // a person noun right after the number
    { text: 'The seminar had 30 participants.', mention: '30', value: 30, only: true },
    { text: 'Twenty-seven officers completed the module on container inspection.', mention: 'Twenty-seven', value: 27, only: true },
    { text: 'Port security training reached 1,400 port security personnel across the subregion.', mention: '1,400', value: 1400, only: true },
    { text: 'The workshop gathered thirty police officers from the northern provinces.', mention: 'thirty', value: 30, only: true },
    { text: 'The course in Quito trained 43 students in forensic accounting.', mention: '43', value: 43, only: true },
    { text: 'A total of 64 prosecutors, judges and investigators took part in the program.', mention: '64', value: 64, only: true },
    { text: 'The conference brought together 210 delegates.', mention: '210', value: 210, only: true },
    { text: 'Eighteen trainees graduated from the canine detection course.', mention: 'Eighteen', value: 18, only: true },
    { text: 'The training was given to 35 airport security officials of the region.', mention: '35', value: 35, only: true },
    { text: 'The round table attracted 200 guests from civil society and academia.', mention: '200', value: 200, only: true },
    { text: 'The exercise involved 52 customs, immigration and coast guard personnel.', mention: '52', value: 52, only: true },
    { text: 'Nineteen representatives of national authorities attended the meeting in Lima.', mention: 'Nineteen', value: 19, only: true },
    { text: 'The forum was attended by 14 distinguished scholars and practitioners.', mention: '14', value: 14, only: true },
    { text: 'The new CSIRT course had 38 analysts in its first edition.', mention: '38', value: 38, only: true },
    { text: 'The program supported vocational training for 75 young people at risk.', mention: '75', value: 75, only: true },
    { text: 'Through the workshop, 120 teachers were certified as drug prevention instructors.', mention: '120', value: 120, only: true },
    { text: 'The mine action program assisted 310 landmine survivors with prosthetics.', mention: '310', value: 310, only: true },
    { text: 'During the pilot phase, 95 security officials from hotels and ports received training.', mention: '95', value: 95, only: true },
    { text: 'The 41 course participants drafted a joint statement.', mention: '41', value: 41, only: true },
    { text: 'The two-day awareness session reached 85 women leaders.', mention: '85', value: 85, only: true },
    { text: 'one thousand students took part in the school prevention campaign events', mention: 'one thousand', value: 1000, only: true },
    { text: 'The module was delivered to two hundred and fifty trainees.', mention: 'two hundred and fifty', value: 250, only: true },
    // a table's participants column, rows on lines of their own or joined into one line, and its total row
    { text: 'No.\tEvent\tDate\tCity\tParticipants\n1\tPort security course\t3–5 May 2019\tLima, Peru\t28\n2\tSeminar on ethics\t7 June 2019\tQuito, Ecuador\t1,035', mention: '1,035', value: 1035 },
    { text: 'No.\tEvent\tDate\tCity\tParticipants\n1\tPort security course\t3–5 May 2019\tLima, Peru\t28 2\tSeminar on ethics\t7 June 2019\tQuito, Ecuador\t17', mention: '28', value: 28 },
    { text: 'Activity\tTrainees\tVenue\nCanine handling course\t14\tBelmopan\n\tTotal\t\t', mention: '14', value: 14, only: true },
    // columns set apart by runs of spaces (PDF text export): the figure under the header's cell, counted from the row's end
    { text: 'Course              Place                 Trainees\nCanine handling     Belmopan, Belize      14\nX-ray screening     San Pedro Sula        9', mention: '9', value: 9 },
    { text: 'Course              Trainees      Place\nCanine handling     14            Belmopan, Belize', mention: '14', value: 14, only: true },
    // … and one whose column gaps were closed (PDF text): the figure at each row's end, under a header ending in "Participants"
    { text: 'Activity Dates Venue Participants\nBorder patrol course 3–7 March Tacna, Peru 24\nDocument check mission 9–11 April Arica, Chile –\nRisk analysis course 12–14 May Arica, Chile 18\nTotal 42', mention: '18', value: 18 },
    { text: 'Activity Dates Venue Participants\nBorder patrol course 3–7 March Tacna, Peru 24\nTotal 24', mention: '24', value: 24 },
    // … and where one column of names (partners, donors) follows the participants: the figure before the row's last words, its cells wrapping onto up to two lines
    { text: 'No. Activity Dates Venue Participants Partners\n1 Harbour patrol course 3–7 March Tela, Honduras 26 IMO\nfor coxswains\n2 Boarding drill 9–11 May Online 14 UNODC,\nGovernment of\nSpain\n3 Radar course 2–4 June Omoa, Honduras – IMO', mention: '26', value: 26 },
    { text: 'No. Activity Dates Venue Participants Partners\n1 Harbour patrol course 3–7 March Tela, Honduras 26 IMO\nfor coxswains\n2 Boarding drill 9–11 May Online 14 UNODC,\nGovernment of\nSpain\n3 Radar course 2–4 June Omoa, Honduras – IMO', mention: '14', value: 14 },
    // a row whose partners cell is a dash for none; the paragraph after the table gives no row figure
    { text: 'Date    Activity    Venue    Participants    Partners\n3-7 Mar    Radar course    Omoa, Honduras    26    IMO\n9-11 May    Boarding drill    Online    14    -\n\nA refresher course was held in Tela on 13 and 14 October.', mention: '14', value: 14 },
    // … a row whose venue cell wraps onto a second line keeps its figure in the column
    { text: 'Activity Dates Venue Participants\nBorder patrol course 3–7 March Tacna,\nPeru 24\nRisk analysis course 12–14 May Arica 18', mention: '18', value: 18 },
    { text: 'Activity Dates Venue Participants\nBorder patrol course for officers of the northern 3–7 March\nTacna, Peru 24', mention: '24', value: 24, only: true },
    // a figure set against another period's, after a count of people trained
    { text: 'In 2030 the Academy trained 410 cadets from 12 States, up from 350 in 2029.', mention: '350', value: 350 },
    { text: 'The Centre reached 1,200 officials in 2031, compared with 950 the previous year.', mention: '950', value: 950 },
    // a participants cell with its breakdown in brackets, which adds up to it: the total and each part
    { text: 'No.\tCourse\tDates\tCity\tParticipants\n1\tBoarding drill\t4–6 May\tCallao, Peru\t30 (22 M / 8 F)', mention: '30', value: 30 },
    { text: 'No.\tCourse\tDates\tCity\tParticipants\n1\tBoarding drill\t4–6 May\tCallao, Peru\t30 (22 M / 8 F)', mention: '8', value: 8 },
    { text: 'Course\tCity\tParticipants\nHybrid forum on ports\tPaita, Peru\t51 (11 in person, 40 online)', mention: '40', value: 40 },
    // a total row whose empty cells the export dropped
    { text: 'Activity\tDate\tPlace\tTrainees\nRadar course\t2 May\tColón\t12\nDiving course\t9 June\tChagres\t9\nTotal\t21', mention: '21', value: 21 },
    // a column of women beside the participants column: a breakdown of them
    { text: 'Country\tCourses\tParticipants\tWomen\nBelize\t3\t14\t6', mention: '6', value: 6 },
    { text: 'Country        Courses    Participants    Women\nBelize         3          14              6', mention: '6', value: 6 },
    // a table set by spaces whose activity cell wraps onto a line of its own: the rows after it are still read
    { text: 'No.  Course               City            Participants\n1    Boarding drill for   Callao          30\n     port police\n2    Radar course         Paita           12', mention: '12', value: 12 },
    // … and a tab table whose row's cells wrap onto lines of their own under it, the indent gone (PDF text)
    { text: 'No.\tCourse\tDates\tCity\tParticipants\tDonors\n1\tBoarding drill for\t4–6 May\tCallao\t30\tIMO,\nport police\tGovernment of\nNorway\n2\tRadar course\t9 June\tPaita\t12\tIMO', mention: '12', value: 12 },
    // learning and practising are taking part
    { text: 'Nineteen customs officers from Belize and Honduras learned to profile high-risk containers.', mention: 'Nineteen', value: 19, only: true },
    { text: 'Over three days, 32 coast guard officers practised boarding procedures at sea.', mention: '32', value: 32, only: true },
    // a survey named earlier in the sentence, then an activity that people attended
    { text: 'The unit published two victimization surveys and held a training seminar in Lima, attended by eighteen statisticians.', mention: 'eighteen', value: 18, only: true },
    // a survey word inside the activity's topic ("a course on survey methods") is no survey the people answered
    { text: 'In May the office gave a course on census and survey methods to 21 staff of the planning ministry.', mention: '21', value: 21, only: true },
    // a bare figure "of whom" right after a count of people is a part of them (a breakdown)
    { text: 'The forum drew 140 delegates from nine countries, 35 of whom joined by video link.', mention: '35', value: 35 },
    { text: 'The course was attended by 26 inspectors, 8 of them from Tonga.', mention: '8', value: 8 },
    // trainers who were themselves trained
    { text: 'The academy trained 30 instructors in crowd control.', mention: '30', value: 30, only: true },
    { text: 'Twenty-five trainers were certified at the end of the course.', mention: 'Twenty-five', value: 25, only: true },
    { text: 'A course for 18 instructors from the police academies was held in Lima.', mention: '18', value: 18, only: true },
    // mods
    { text: 'The workshop was designed for approximately thirty prosecutors and judges.', mention: 'thirty', value: 30, mod: 'APPROX', only: true },
    { text: 'Some 400 inspectors attended the regional courses.', mention: '400', value: 400, mod: 'APPROX', only: true },
    { text: 'About 60 participants joined the online seminar.', mention: '60', value: 60, mod: 'APPROX', only: true },
    { text: 'The campaign trained nearly 900 volunteers.', mention: '900', value: 900, mod: 'APPROX', only: true },
    { text: 'The courses trained more than 620 airport screeners this year.', mention: '620', value: 620, mod: 'MORE_THAN', only: true },
    { text: 'Since its creation the program has assisted over one thousand survivors with rehabilitation.', mention: 'one thousand', value: 1000, mod: 'MORE_THAN', only: true },
    { text: 'The conference drew in excess of 500 attendees.', mention: '500', value: 500, mod: 'MORE_THAN', only: true },
    { text: 'At least 45 participants completed the online module.', mention: '45', value: 45, mod: 'AT_LEAST', only: true },
    { text: 'The seminar had no fewer than 70 participants.', mention: '70', value: 70, mod: 'AT_LEAST', only: true },
    // two counts in one sentence
    { text: 'The congress had 98 in-person participants and 553 virtual participants.', mention: '98', value: 98 },
    { text: 'The congress had 98 in-person participants and 553 virtual participants.', mention: '553', value: 553 },
    { text: 'Twelve countries and 102 people attended the workshop.', mention: '102', value: 102, only: true },
    { text: 'Thirty-one Member-States and 88 officials took part in the exercise.', mention: '88', value: 88, only: true },
    { text: 'The 34 member states sent 120 delegates to the session.', mention: '120', value: 120, only: true },
    // a bare number with a verb of taking part
    { text: 'Around 680 received port facility security training; 770 received awareness training.', mention: '680', value: 680, mod: 'APPROX' },
    { text: 'Around 680 received port facility security training; 770 received awareness training.', mention: '770', value: 770 },
    { text: 'Of the officers invited, 37 attended the course.', mention: '37', value: 37, only: true },
    { text: 'The first session was attended by 25 from the host institution.', mention: '25', value: 25, only: true },
    // per-country figures
    ...breakdown(ccaText, ['Panama', 'Costa Rica', 'Honduras'], [['09', 9], ['07', 7], ['15', 15]]),
    { text: ccaText, mention: '31', value: 31, context: countries(ccaText, ['Panama', 'Costa Rica', 'Honduras']) },
    ...breakdown(tableText, ['Belize', 'Jamaica', 'Barbados'], [['12', 12], ['20', 20], ['8', 8]]),
    {
      text: 'Officers were trained in Guatemala (46), Honduras (29) and El Salvador (31).',
      mention: '29', value: 29, context: countries('Officers were trained in Guatemala (46), Honduras (29) and El Salvador (31).', ['Guatemala', 'Honduras', 'El Salvador']),
    },
    {
      text: 'Of the 60 participants, 46 from Guatemala and 14 from Belize.',
      mention: '46', value: 46, context: countries('Of the 60 participants, 46 from Guatemala and 14 from Belize.', ['Guatemala', 'Belize']),
    },
    { text: 'Trainees per country: Chile (11), Peru (13).', mention: '13', value: 13 },
    { text: 'Trainees by agency: Customs (14), Coast Guard (11), Immigration (9).', mention: '11', value: 11 },
    // bullet and table-like text
    { text: '· Jamaica: 45 officers trained', mention: '45', value: 45, only: true },
    { text: '- Port security course, Kingston: 32 participants', mention: '32', value: 32, only: true },
    { text: 'Number of participants: 27', mention: '27', value: 27, only: true },
    { text: '• Regional seminar on firearms marking (San José) – 36 participants from 8 countries', mention: '36', value: 36, only: true },
    { text: 'Workshop | Tegucigalpa | 24 participants', mention: '24', value: 24, only: true },
    { text: 'Attendance: 65', mention: '65', value: 65, only: true },
    { text: 'The session was attended by 12 of the 40 officers invited.', mention: '12', value: 12 },
    {
      text: 'Training was provided to Haiti (120 officers) and Jamaica (85 officers).',
      mention: '85', value: 85, context: countries('Training was provided to Haiti (120 officers) and Jamaica (85 officers).', ['Haiti', 'Jamaica']),
    },
    { text: 'In one province, 500 members of youth gangs received vocational training.', mention: '500', value: 500, only: true },
    // people the text expects at an activity announced just before
    { text: 'Some 25 border guards of the region are expected.', mention: '25', value: 25, mod: 'APPROX', only: true },
    { text: 'Thirty prosecutors from the three countries are expected to attend.', mention: 'Thirty', value: 30, only: true },
    // people who met somewhere or at some time
    { text: 'Eighteen prosecutors from Chile, Peru and Bolivia met in Arica from 4 to 6 May to compare their laws.', mention: 'Eighteen', value: 18, only: true },
    { text: 'Simulated trial on a piracy case, 2–4 June 2025, Mombasa, Kenya: 27 judges from Kenya and Tanzania.', mention: '27', value: 27, only: true },
    // members who are people: "members of" a group, or members who themselves attend
    { text: 'Officers from 14 members of the national police attended the workshop.', mention: '14', value: 14, only: true },
    { text: 'Twelve members of the board attended the seminar in Lima.', mention: 'Twelve', value: 12, only: true },
    { text: 'The seminar had 40 participants, of which 22 were women.', mention: '40', value: 40 },
    // instructors who took part (the subject of taking part, or the makers of a visit), not who taught
    { text: 'Forty recruits and 9 instructors of the regional academy took part in the night drill.', mention: '9', value: 9 },
    { text: 'Five trainers from the fire school of Cusco spent two weeks on a study visit to Arequipa.', mention: 'Five', value: 5, only: true },
    { text: 'A study visit by 14 instructors from Chile ended in Quito on Friday.', mention: '14', value: 14, only: true },
    // a bare figure after "drew" or "followed by" (the people of the activity named before)
    { text: 'The third online seminar, on border data, drew 180.', mention: '180', value: 180, only: true },
    { text: 'The closing session was followed by 95.', mention: '95', value: 95, only: true },
    // per-country figures in a sentence whose subject stands for the people of the sentence before
    ...breakdown('They came from Chile (12), Peru (10) and Bolivia (8).', ['Chile', 'Peru', 'Bolivia'], [['12', 12], ['8', 8]]),
  ],
  negatives: [
    // "of whom" after a count of things, not people
    'The agency surveyed 60 ports, 14 of which were in Chile.',
    'The plan covers 30 municipalities, 10 of them on the coast.',
    // "of them" before what they are that is no person noun: a count of things
    'Of the 14 ports, 6 of them regional hubs, few had scanners.',
    // a closed-gap row with a trailing column of names and a dash for its participants: the year of its date is no figure
    'No. Activity Dates Venue Participants Partners\n1 Radar course 2–4 June 2024 Omoa, Honduras – IMO',
    // a sentence after a table with a partners column: "14 October." is no row's figure and partner
    'Date    Activity    Venue    Participants    Partners\n9-11 May    Boarding drill    Online    –    IMO\nA refresher course was held in Tela on 13 and 14 October.',
    'The conflict left 85 people missing and 230 displaced.',
    'Police seized 40 firearms and 12 vehicles in the operation.',
    // those who gave the activity; counts of jurisdictions
    'The Unit delivered the seminar with three instructors from the coast guard.',
    'The drill was run with two trainers from the fire school who joined from Lima.',
    'The commission drew up 3 proposals for the ministers.',
    { text: 'The exports came from Chile (12) and Peru (10).', context: { found: [{ type: 'country', start: 22, end: 27, value: 'CHL', rule: 'country/name' }, { type: 'country', start: 33, end: 37, value: 'PER', rule: 'country/name' }] } },
    'Four speakers from the region addressed the forum on cybercrime.',
    'The trial of the 14 judges accused of bribery opened in Nairobi in June.',
    'Delegations from 17 member jurisdictions and observers from two banks attended the plenary.',
    { text: 'Guatemala 2, Honduras 3: the number of national plans approved.', context: { found: [{ type: 'country', start: 0, end: 9, value: 'GTM', rule: 'country/name' }, { type: 'country', start: 13, end: 21, value: 'HND', rule: 'country/name' }] } },
    'Of the 34 member states, 18 were represented at the meeting.',

    'The 34 member states of the Commission approved the report.',
    'Seventeen delegations gave presentations at the meeting.',
    'With OAS support, 5,842 mines were destroyed in the first half of the year.',
    'The program targets youths aged 13 to 17 years.',
    'The Committee adopted 456 recommendations for the member states.',
    'The Secretariat held 18 regional training seminars for police and customs officers.',
    'The program offered 20 training fellowships in 10 countries of the region.',
    'The survey has been sent to 20 professionals in the region.',
    // a figure set against another period's that is no count of people
    'Requests for assistance rose to 19, against 12 in 2029.',
    'The Academy trained cadets in 2030, and its budget rose to 900, up from 700 in 2029.',
    // a bracket after a figure that does not add up to it is no breakdown
    'No.\tCourse\tDates\tCity\tParticipants\n1\tBoarding drill\t4–6 May\tCallao, Peru\t30 (12 + 9)',
    // the number of courses a country took part in is no participants figure
    'Country\tCourses\tParticipants\nBelize\t3\t–',
    // a table without a participants column
    'No.\tEvent\tDate\tCity\tCountries\n1\tPort security course\t3–5 May 2019\tLima\t12',
    // a line with a figure under a tab row is no wrapped cell of it: the table ended there
    'No.\tCourse\tDates\tCity\tParticipants\n1\tBoarding drill\t4–6 May\tCallao\t–\nBoats bought\t4\n2\tRadar course\t9 June\tPaita\t12',
    'Activity Dates Venue Partners\nBorder patrol course 3–7 March Tacna, Peru 24',
    // a note under a closed-gap table ends it: the figure of the sentence after it is not in the column
    'Activity Dates Venue Participants\nBorder patrol course 3–7 March Tacna, Peru –\na Held online.\nThe unit also bought 12 vehicles',
    'Twelve officers from the border police examined the seized weapons.',
    'After the workshop, the survey was sent to 40 officials of the ministries.',
    'A questionnaire was distributed to 150 officials in the ministries.',
    'The course is led by four international experts and by local instructors.',
    'The events featured three experts in each area of money laundering.',
    'The national plan reached 95 per cent completion.',
    'Two units clear minefields and the other two trained to respond to emergencies.',
    'Fourteen companies submitted bids on the assessment project.',
    'By April, 11 Member States had designated national focal points.',
    'The Program Manager made 15 technical assistance missions to individual countries.',
    'Some 18,000 small arms were destroyed in a public ceremony.',
    'Nearly 500 tons of expired munitions were destroyed.',
    'The project received US$ 250,000 from the donor.',
    'The meeting took place on 12 March 2008 in Lima.',
    'In 2007 the program expanded its activities to Central America.',
    'Resolution AG/RES. 2299 (XXXVII-O/07) requests a report.',
    'Article 4 of the Declaration refers to multidimensional security.',
    'The project consists of 1) an assessment and 2) a training course.',
    'The agency employs 300 officers in the border region.',
    'In the region, 1,200 people were killed in gang violence last year.',
    'One of the participants presented the national strategy.',
    'The first course was held in Bogotá and the second in Lima.',
    'A five-day workshop was organized for the judiciary.',
    'Two of these 40-member units are dedicated to clearance.',
    'The Group of Experts met 3 times during the year.',
    'Colombia now operates with four humanitarian demining units.',
    'Eight national workshops were held in five countries.',
    'The report covers 2015-2018 and the strategy for 2019.',
    'The cooperation agreement has 12 articles and 3 annexes.',
    'Mines were cleared in Peru (2), Ecuador (3) and Colombia (5) minefields.',
    'The project trained staff in 12 ports and 7 airports.',
    'Phase 2 of the project began with 4 pilot countries.',
    'The 25th anniversary of the Commission was celebrated.',
    'The database holds 3,000 records of seized firearms.',
    'The unit trained 30 dogs for drug detection.',
    'The meeting, attended by 12 of the 34 member states, approved the agenda.',
    { text: 'The workshops were held in Peru (2), Bolivia (3) and Ecuador (1).', context: countries('The workshops were held in Peru (2), Bolivia (3) and Ecuador (1).', ['Peru', 'Bolivia', 'Ecuador']) },
    'The OAS has 35 member states and 70 permanent observers.',
    'The OAS deployed 45 electoral observers to the country.',
    'The database covers 3,500 persons detained for trafficking.',
    'The survey reached 1,500 households and 4,000 people.',
    'The Program granted 35 scholarships to young officials.',
    'The training targeted youths aged 15 to 24 in 6 municipalities.',
    'A 30-hour course was held for 3 days.',
    'The ministry has 2,500 staff.',
    'The Commission has 34 members.',
    // "met" that is no meeting
    'Only 14 officers met the new fitness standard.',
    // expected to do something other than attend: not a count of participants
    'About 300 officers are expected to retire within five years.',
    'The ministry hopes that 40 inspectors will be hired; results are expected later.',
    // people or ships that come from the members of a body of states: the members are states
    'Ministers from all nine members attended the annual session in Nassau.',
    'Patrol boats and crews from five members took part in the exercise.',
    'The program has 30 staff in five offices.',
    'The 20 officials received the draft report for comment.',
  ],
};
