/** organization corpus: whole-phrase examples, names inside sentences, and things that are no body. */
import { examples, type Corpus } from '../corpus-types.js';

export const corpus: Corpus = {
  examples: [
    examples('OAS', ['Organization of American States', 'OAS', 'Organisation of American States']),
    examples('CICAD', ['CICAD', 'Inter-American Drug Abuse Control Commission', 'Executive Secretariat of CICAD', 'ES/CICAD', 'CICAD Secretariat']),
    examples('CICTE', ['CICTE', 'Inter-American Committee against Terrorism', 'CICTE Secretariat', 'Secretariat of CICTE', 'OAS/CICTE', 'INTER-AMERICAN COMMITTEE AGAINST TERRORISM']),
    examples('UNODC', ['United Nations Office on Drugs and Crime', 'UNODC', 'UN Office on Drugs and Crime']),
    examples('UNGA', ['United Nations General Assembly']),
    examples('UN', ['United Nations', 'UN']),
    examples('WHO', ['World Health Organization']),
    examples('PAHO', ['Pan American Health Organization', 'PAHO']),
    examples('ICAO', ['International Civil Aviation Organization']),
    examples('IMO', ['International Maritime Organization']),
    examples('IOM', ['International Organization for Migration', 'International Organization for Migrations']),
    examples('OSCE', ['Organization for Security and Co-operation in Europe']),
    examples('IDB', ['Inter-American Development Bank', 'IDB']),
    examples('Interpol', ['Interpol']),
    examples('World Bank', ['World Bank']),
    // bodies of the lexicon whose head names no body elsewhere (a programme, a system, a forum): the lexicon says they are bodies
    examples('WFP', ['World Food Programme']),
    examples('UNDP', ['United Nations Development Programme']),
    examples('RSS', ['Regional Security System']),
    examples('PIF', ['Pacific Islands Forum']),
    examples('CARICOM', ['Caribbean Community', 'Secretariat of the Caribbean Community']),
    examples('DPS', ['Department of Public Security', 'DEPARTMENT OF PUBLIC SECURITY']),
    examples('SMS', ['Secretariat for Multidimensional Security']),
    examples('Ministry of Justice of Chile', ['Ministry of Justice of Chile']),
    examples('National Police of Colombia', ['National Police of Colombia']),
    examples('Carabineros de Chile', ['Carabineros de Chile']),
    examples('U.S. Coast Guard', ['U.S. Coast Guard']),
    examples('Group of Experts on Chemical Substances', ['Group of Experts on Chemical Substances']),
    // a role word before a body's head, the name going on with its subject: the body's name, not a role
    examples('Expert Group on Fisheries Statistics', ['Expert Group on Fisheries Statistics']),
    examples('Anti-Money Laundering Unit', ['Anti-Money Laundering Unit']),
    examples('Institution Building Section', ['Institution Building Section']),
    examples('Haitian National Police', ['Haitian National Police']),
    examples('Georgetown University Center for Latin American Studies', ['Georgetown University Center for Latin American Studies']),
    examples('Ministry of Public Works of Panama', ['Ministry of Public Works of Panama']),
    examples('Transport Canada', ['Transport Canada']),
  ],
  embedded: [
    // charities, cooperatives, a service's named cells and wings; a plural possessive inside a name
    { text: 'Grants went through the Kafue Wetlands Trust to six villages.', mention: 'Kafue Wetlands Trust', value: 'Kafue Wetlands Trust', only: true },
    { text: 'seed was bought from the Chipata Seed Growers Cooperative last year', mention: 'Chipata Seed Growers Cooperative', value: 'Chipata Seed Growers Cooperative', only: true },
    { text: 'The Border Analysis Fusion Cell shared two alerts.', mention: 'Border Analysis Fusion Cell', value: 'Border Analysis Fusion Cell', only: true },
    { text: 'boats lent by the Lusaka Police Marine Wing for the drill', mention: 'Lusaka Police Marine Wing', value: 'Lusaka Police Marine Wing', only: true },
    { text: 'a course run with the Mansa Farmers’ Union in May', mention: 'Mansa Farmers’ Union', value: 'Mansa Farmers’ Union', only: true },
    // the courts of a State and a prosecution service, named as bodies
    { text: 'The course was held with UNDP and the Judiciary of Liberia in Monrovia.', mention: 'Judiciary of Liberia', value: 'Judiciary of Liberia' },
    { text: "The mission met the Supreme People's Procuracy of Viet Nam in Hanoi.", mention: "Supreme People's Procuracy of Viet Nam", value: "Supreme People's Procuracy of Viet Nam", only: true },
    // a ministry whose name lists its fields, closed by "and"; a list of bodies is no name
    { text: 'At the request of the Ministry of Agriculture, Water and Land Reform of Namibia, a mission went to the border.', mention: 'Ministry of Agriculture, Water and Land Reform of Namibia', value: 'Ministry of Agriculture, Water and Land Reform of Namibia' },
    { text: 'The Ministry of Justice, Human Rights and Worship hosted the course.', mention: 'Ministry of Justice, Human Rights and Worship', value: 'Ministry of Justice, Human Rights and Worship', only: true },
    { text: 'The Ministry of Health, UNICEF and the Red Cross organized it.', mention: 'Ministry of Health', value: 'Ministry of Health' },
    // German names end on their head; one hyphenated word does too
    { text: 'It was implemented in partnership with the Friedrich-Loeffler-Institut (FLI) in Riems.', mention: 'Friedrich-Loeffler-Institut', value: 'FLI' },
    { text: 'Samples were tested at the Robert Koch Institut (RKI) in Berlin.', mention: 'Robert Koch Institut', value: 'RKI' },
    // Spanish, French and Portuguese names open on their head, with their own connectors
    { text: 'The course was hosted by the Instituto Nacional de Salud in Lima.', mention: 'Instituto Nacional de Salud', value: 'Instituto Nacional de Salud', only: true },
    { text: 'Samples went to the Centre Pasteur du Cameroun for testing.', mention: 'Centre Pasteur du Cameroun', value: 'Centre Pasteur du Cameroun', only: true },
    { text: 'Experts of the Ministério da Justiça hosted the meeting.', mention: 'Ministério da Justiça', value: 'Ministério da Justiça', only: true },
    { text: 'The Policía Nacional de Colombia hosted the course.', mention: 'Policía Nacional de Colombia', value: 'Policía Nacional de Colombia' },
    // a Portuguese school's name after a country's possessive, defined by its acronym
    { text: "Trainers from Portugal's Escola Prática de Polícia (EPP) ran the firearms module.", mention: 'Escola Prática de Polícia', value: 'EPP' },
    // French and Spanish names in sentence case open on their capitalized head; the acronym after them defines them
    { text: 'Eight officers of the École nationale des douanes (END) of Senegal took part.', mention: 'École nationale des douanes', value: 'END' },
    { text: 'The Escuela nacional de bomberos (ENB) hosted the drill in Quito.', mention: 'Escuela nacional de bomberos', value: 'ENB' },
    // another body before "and": the long form is the part the acronym spells
    { text: 'Arica, 3 May 2026 — CARPOL and the Instituto Regional de Estudios Aduaneros (IREA) ran two webinars.', mention: 'Instituto Regional de Estudios Aduaneros', value: 'IREA' },
    // a heading that wraps a name after a connector: one name over both lines, defined by the acronym after it
    { text: 'I.\tEXECUTIVE SECRETARIAT OF THE CARIBBEAN COMMISSION FOR\n\tMARITIME SAFETY (CCMS)', mention: 'EXECUTIVE SECRETARIAT OF THE CARIBBEAN COMMISSION FOR\n\tMARITIME SAFETY', value: 'CCMS' },
    { text: 'The National Police of Colombia and Colombian customs officers shared the results.', mention: 'National Police of Colombia', value: 'National Police of Colombia', only: true },
    // a tab separates columns, never the words of one name: an acronym list's row is the acronym and its name
    { text: 'Acronyms\nKPA\tKenya Ports Authority\nIMO\tInternational Maritime Organization', mention: 'KPA', value: 'KPA' },
    { text: 'Acronyms\nKPA\tKenya Ports Authority\nIMO\tInternational Maritime Organization', mention: 'International Maritime Organization', value: 'IMO' },
    // the same laid out in space-aligned columns (a gap of three spaces or more): each row defines its acronym
    { text: 'Abbreviations\nGRA       Gulf Rescue Academy\nWMO       World Meteorological Organization', mention: 'GRA', value: 'GRA' },
    { text: 'Abbreviations\nGRA       Gulf Rescue Academy\nWMO       World Meteorological Organization', mention: 'Gulf Rescue Academy', value: 'GRA' },
    { text: 'GULF RESCUE ACADEMY\n\nAbbreviations\nGRA       Gulf Rescue Academy\n\nThe GRA ran a drill in Manama.', mention: 'GULF RESCUE ACADEMY', value: 'GRA' },
    // the same list where PDF text closed the gap to one space: under its label, a row whose long form spells the acronym defines it
    { text: 'GULF FORENSIC INSTITUTE\n\nAcronyms\n\nGFI Gulf Forensic Institute\nWMO World Meteorological Organization\n\n1. Introduction\nThe GFI trained 20 analysts in Doha.', mention: 'GULF FORENSIC INSTITUTE', value: 'GFI' },
    // a French elided article inside a name ("d'", "l’") does not end it
    { text: "The course was hosted by the Directorate of Customs of Côte d'Ivoire in San Pedro.", mention: "Directorate of Customs of Côte d'Ivoire", value: "Directorate of Customs of Côte d'Ivoire", only: true },
    { text: 'Officers of the Gendarmerie of Côte d’Ivoire took part.', mention: 'Gendarmerie of Côte d’Ivoire', value: 'Gendarmerie of Côte d’Ivoire', only: true },
    { text: 'The Ministry of Science and Technology organized a forum on cybercrime.', mention: 'Ministry of Science and Technology', value: 'Ministry of Science and Technology', only: true },
    { text: 'Training was given with the Royal Canadian Mounted Police (RCMP) in Kingston.', mention: 'Royal Canadian Mounted Police', value: 'RCMP' },
    { text: 'Training was given with the Royal Canadian Mounted Police (RCMP) in Kingston.', mention: 'RCMP', value: 'RCMP' },
    { text: 'The Northern Border Agency (NBA) signed a pact; later the NBA hosted a course.', mention: 'NBA', at: 58, value: 'NBA' },
    // an acronym defined only in an acronym list, its long form in the next column
    { text: 'Acronyms\nNPA\tNorthern Ports Authority\n\nThe NPA held a course in Halifax.', mention: 'NPA', at: 43, value: 'NPA' },
    { text: 'The Northern Border Agency (NBA) signed a pact; later the NBA hosted a course.', mention: 'Northern Border Agency', value: 'NBA' },
    { text: 'The agreement was signed with the Coastal Police Academy (cpa) of the province.', mention: 'cpa', value: 'CPA' },
    { text: 'Funds came from the FRX (Federal Rescue Agency) for the pilot.', mention: 'Federal Rescue Agency', value: 'FRX' },
    { text: 'Funds came from the FRX (Federal Rescue Agency) for the pilot.', mention: 'FRX', value: 'FRX' },
    { text: 'Officials of the Island Revenue Directorate, IRD, joined the mission.', mention: 'IRD', value: 'IRD' },
    { text: 'Staff of the Ministry of Tourism of Belize and the Haitian National Police were trained.', mention: 'Ministry of Tourism of Belize', value: 'Ministry of Tourism of Belize' },
    { text: 'Staff of the Ministry of Tourism of Belize and the Haitian National Police were trained.', mention: 'Haitian National Police', value: 'Haitian National Police' },
    { text: 'The Director of the Office of Humanitarian Mine Action opened the meeting.', mention: 'Office of Humanitarian Mine Action', value: 'OHMA', only: true },
    { text: 'A course was hosted by the Police Investigations School in Valparaiso.', mention: 'Police Investigations School', value: 'Police Investigations School', only: true },
    { text: 'The Forensic Science Laboratory of the Federal Investigations Agency of the Department of Justice (FIA/DOJ) taught it.', mention: 'Forensic Science Laboratory', value: 'Forensic Science Laboratory' },
    { text: 'The Forensic Science Laboratory of the Federal Investigations Agency of the Department of Justice (FIA/DOJ) taught it.', mention: 'FIA/DOJ', value: 'FIA/DOJ' },
    { text: 'The seminar was co-organized by the CICTE Secretariat and UNODC.', mention: 'CICTE Secretariat', value: 'CICTE' },
    { text: 'The seminar was co-organized by the CICTE Secretariat and UNODC.', mention: 'UNODC', value: 'UNODC' },
    { text: 'The course was funded by IDB/CICAD under the project.', mention: 'IDB', value: 'IDB' },
    { text: 'The unit also serves the CICAD Group of Experts on Maritime Control.', mention: 'Group of Experts on Maritime Control', value: 'Group of Experts on Maritime Control' },
    { text: 'The unit also serves the CICAD Group of Experts on Maritime Control.', mention: 'CICAD', value: 'CICAD' },
    { text: 'Reports were sent to the OAS General Secretariat last year.', mention: 'OAS General Secretariat', value: 'OAS', only: true },
    { text: 'A contract went to a Dutch company PQRS for the assessment.', mention: 'PQRS', value: 'PQRS' },
    { text: 'During 2007 the MEM section held two workshops.', mention: 'MEM section', value: 'MEM section', only: true },
    { text: 'The meeting of the Fifth Conference of the UN Counter Narcotics Committee took place in Vienna.', mention: 'UN Counter Narcotics Committee', value: 'UN Counter Narcotics Committee', only: true },
    { text: 'The Department of Culture of the Executive Secretariat for Integral Development helped.', mention: 'Department of Culture', value: 'Department of Culture' },
    { text: 'The Department of Culture of the Executive Secretariat for Integral Development helped.', mention: 'Executive Secretariat for Integral Development', value: 'Executive Secretariat for Integral Development' },
    { text: 'A meeting organized by the Action Against Crime Unit of the Organization for Security and Cooperation in Europe (OSCE).', mention: 'Action Against Crime Unit', value: 'Action Against Crime Unit' },
    { text: 'A meeting organized by the Action Against Crime Unit of the Organization for Security and Cooperation in Europe (OSCE).', mention: 'OSCE', value: 'OSCE' },
    {
      text: 'Links grew with the Consultative Committee of the Inter-American Convention against the Illicit Manufacturing of and Trafficking in Firearms, Ammunition, Explosives, and Other Related Materials (CIFTA) this year.',
      mention: 'Consultative Committee of the Inter-American Convention against the Illicit Manufacturing of and Trafficking in Firearms, Ammunition, Explosives, and Other Related Materials',
      value: 'Consultative Committee of the Inter-American Convention against the Illicit Manufacturing of and Trafficking in Firearms, Ammunition, Explosives, and Other Related Materials',
      only: true,
    },
    { text: 'A Caribbean Drug Observatory Network, CDON, was launched.', mention: 'CDON', value: 'CDON' },
    { text: 'The Secretariat of the Andean Community held a seminar.', mention: 'Secretariat of the Andean Community', value: 'CAN', only: true },
    { text: 'Delegates of the Bilateral Safety Corridor Coalition and the Police of Aruba took part.', mention: 'Bilateral Safety Corridor Coalition', value: 'Bilateral Safety Corridor Coalition' },
    { text: 'The program was financed by the European Commission and USAID.', mention: 'USAID', value: 'USAID' },
    { text: 'The program was financed by the European Commission and USAID.', mention: 'European Commission', value: 'European Commission' },
    { text: 'Experts from the Ministry of Justice and Ministry of the Interior of Peru attended.', mention: 'Ministry of Justice', value: 'Ministry of Justice' },
    { text: 'The work of the investigations police of Peru (PIP) was praised.', mention: 'investigations police of Peru', value: 'PIP' },
    { text: 'A manual was prepared at the headquarters of FLACSO-Ecuador in Quito.', mention: 'FLACSO-Ecuador', value: 'FLACSO-Ecuador' },
    { text: 'The UN Counter Terrorism Interagency Task Force (CTITF) met at a Conference in Vienna.', mention: 'UN Counter Terrorism Interagency Task Force', value: 'CTITF' },
    // A name ending on its head, its modifiers joined by "and" (issue 18, extent).
    { text: 'Officers trained at the Northern Maritime Information and Coordination Centre (NMICC) last year.', mention: 'Northern Maritime Information and Coordination Centre', value: 'NMICC' },
    { text: 'Agents of the Customs and Excise Department met the police.', mention: 'Customs and Excise Department', value: 'Customs and Excise Department', only: true },
    // ... and going on with a complement after its head: the "and" does not end the head segment
    { text: 'Officers of the Customs and Excise Department of Grenada inspected the cargo.', mention: 'Customs and Excise Department of Grenada', value: 'Customs and Excise Department of Grenada', only: true },
    { text: 'The Trade and Transport Commission for Central Asia (TTCCA) met in Almaty; the TTCCA agreed.', mention: 'Trade and Transport Commission for Central Asia', value: 'TTCCA' },
    { text: 'The Trade and Transport Commission for Central Asia (TTCCA) met in Almaty; the TTCCA agreed.', mention: 'TTCCA', at: 79, value: 'TTCCA' },
    // a conference whose meetings the text counts is a standing body with its acronym
    { text: 'Staff serviced the third meeting of the Statistical Conference of West Africa (SCWA) in Accra; the SCWA adopted its programme.', mention: 'Statistical Conference of West Africa', value: 'SCWA' },
    { text: 'Staff serviced the third meeting of the Statistical Conference of West Africa (SCWA) in Accra; the SCWA adopted its programme.', mention: 'SCWA', at: 99, value: 'SCWA' },
    // a congress numbered in a series is a meeting; the body that organized it is the organization
    { text: 'Two officers spoke at the Sixth Congress of Port Engineers of Africa, organized by the Pan-African Ports Association in Dakar.', mention: 'Pan-African Ports Association', value: 'Pan-African Ports Association', only: true },
    // A name and its acronym in parentheses take the acronym, whatever the initials (issue 18).
    { text: 'The Bureau of Maritime and Port Enforcement Affairs (MPE) funded the course.', mention: 'Bureau of Maritime and Port Enforcement Affairs', value: 'MPE' },
    { text: 'Delegates of the Alliance of Four for the Andes (A4 Andes) met; the A4 Andes agreed.', mention: 'Alliance of Four for the Andes', value: 'A4 Andes' },
    { text: 'Delegates of the Alliance of Four for the Andes (A4 Andes) met; the A4 Andes agreed.', mention: 'A4 Andes', at: 68, value: 'A4 Andes' },
    { text: 'The Coastal Port Authority of Tampico (CPA Tampico) hosted it.', mention: 'CPA Tampico', value: 'CPA Tampico' },
    // Two bodies' acronyms joined by a hyphen: one mention each.
    { text: 'It was a joint INTERPOL-UNODC course on document fraud.', mention: 'INTERPOL', value: 'Interpol' },
    { text: 'It was a joint INTERPOL-UNODC course on document fraud.', mention: 'UNODC', value: 'UNODC' },
    // An office of the body whose acronym opens its name, and a role's office.
    { text: 'The UNDP Country Office for Haiti provided staff.', mention: 'UNDP Country Office for Haiti', value: 'UNDP Country Office for Haiti', only: true },
    { text: 'Officials of the Attorney General’s Office of Honduras attended.', mention: 'Attorney General’s Office of Honduras', value: 'Attorney General’s Office of Honduras', only: true },
    { text: 'The Maritime Crime Branch of UNODC assisted.', mention: 'Maritime Crime Branch', value: 'Maritime Crime Branch' },
    // Organs named without their parent, keyed by name where no parent leads (test/organization-organs.test.ts reads parents).
    { text: 'The mandate came from the General Assembly last June.', mention: 'General Assembly', value: 'General Assembly', only: true },
    { text: 'The report went to the OAS Permanent Council in May.', mention: 'OAS Permanent Council', value: 'Permanent Council', only: true },
    { text: 'Two officers attended the 85th INTERPOL General Assembly in Bali.', mention: 'INTERPOL', value: 'Interpol', only: true },
    // A unit named for its work, and three words of meaning, are names; "the Training Center" is not.
    { text: 'The Training Division delivered ten courses.', mention: 'Training Division', value: 'Training Division', only: true },
    { text: 'It was piloted at the Regional Police Training Centre in Barbados.', mention: 'Regional Police Training Centre', value: 'Regional Police Training Centre', only: true },
    // A forum with an acronym of its own is a standing body; a heading in capitals keeps its acronym; a line-end hyphen inside a known name.
    { text: 'The Global Forum on Cyber Expertise (GFCE) published a guide.', mention: 'Global Forum on Cyber Expertise', value: 'GFCE' },
    { text: 'DEPARTMENT AGAINST TRANSNATIONAL ORGANIZED CRIME (DTOC)', mention: 'DTOC', value: 'DTOC' },
    { text: 'The guide was reviewed by the Pan American Health Organiza- tion last year.', mention: 'Pan American Health Organiza- tion', value: 'PAHO', only: true },
    // Extent: a gerund's object, a session's ordinal, a document symbol, "and" before a group or another name, "and the" inside a defined name.
    { text: 'The Smuggling in Migrants Unit of the ministry met.', mention: 'Smuggling in Migrants Unit', value: 'Smuggling in Migrants Unit', only: true },
    { text: 'Source: Commission on the Status of Migrants Forty-second session, conclusions.', mention: 'Commission on the Status of Migrants', value: 'Commission on the Status of Migrants', only: true },
    { text: 'PERMANENT COUNCIL OF THE OEA/Ser.G', mention: 'PERMANENT COUNCIL', value: 'Permanent Council', only: true },
    { text: 'It asked the Office of the Special Envoy on Ocean Safety and Member States to report.', mention: 'Office of the Special Envoy on Ocean Safety', value: 'Office of the Special Envoy on Ocean Safety', only: true },
    { text: 'The fund was set up by the Department of Fisheries and Save the Reefs last year.', mention: 'Department of Fisheries', value: 'Department of Fisheries', only: true },
    { text: 'Staff of the Caribbean Institute for the Study of Crime and the Treatment of Offenders (CISCTO) took part.', mention: 'Caribbean Institute for the Study of Crime and the Treatment of Offenders', value: 'CISCTO' },
    { text: 'Analysts of the Island Cyber Incident Response Team (ICIRT) were trained.', mention: 'ICIRT', value: 'ICIRT' },
    // The report's own acronym for a body the lexicon knows by another.
    { text: 'Figures came from the Economic Commission for Latin America and the Caribbean (CEPAL).', mention: 'Economic Commission for Latin America and the Caribbean', value: 'CEPAL' },
    { text: 'It was presented to the Committee on Hemispheric Security on April 14, 2010.', mention: 'Committee on Hemispheric Security', value: 'Committee on Hemispheric Security', only: true },
    { text: 'The Asset Recovery Section of ES/CICAD took part.', mention: 'Asset Recovery Section', value: 'Asset Recovery Section' },
    { text: 'The Asset Recovery Section of ES/CICAD took part.', mention: 'ES/CICAD', value: 'CICAD' },
    { text: 'Guides came from the Peruvian Ministry of Tourism (MINTUR) for hotel staff.', mention: 'Peruvian Ministry of Tourism', value: 'MINTUR' },
    { text: 'A meeting of the Technical Subgroup on Port Management took place.', mention: 'Technical Subgroup on Port Management', value: 'Technical Subgroup on Port Management', only: true },
    // An acronym that is also an everyday word counts in a compound, or once the body's name was written.
    { text: 'The World Health Organization helped; later WHO issued a guide.', mention: 'WHO', at: 44, value: 'WHO' },
    { text: 'The WHO-PAHO guide was printed.', mention: 'WHO', value: 'WHO' },
    // A known name "of" a country is that country's own body.
    { text: 'The Directorate of Aliens (DIRAL) of Peru met the Directorate of Aliens of Chile.', mention: 'Directorate of Aliens of Chile', value: 'Directorate of Aliens of Chile' },
    // A known acronym after words that do not spell it is a credit, not a definition.
    { text: 'Photo: delegates visit San Isidro Centro (OAS)', mention: 'OAS', value: 'OAS', only: true },
    { text: 'Teachers were trained with the National Council for Youth and Life without Violence (CONAVI) in May.', mention: 'National Council for Youth and Life without Violence', value: 'CONAVI' },
    // A body's own secretariat under a long name of its own takes the body's key (ANNOTATION.md §2): tied by "Its", by "ACR's", by "of the ACR";
    // one "for" something, one with no body before "its", and the generic ones keep their own reading.
    { text: 'The Lagoon Fisheries Commission (LFC) was founded in 1998. Its Permanent Coordinating Secretariat sits in Belize City.', mention: 'Permanent Coordinating Secretariat', value: 'LFC' },
    { text: "The Plains Water Authority (PWA) met twice. The PWA's Joint Technical Coordinating Secretariat drafted the plan.", mention: 'Joint Technical Coordinating Secretariat', value: 'PWA' },
    { text: 'The Basin Water Council (BWC) met; the Regional Coordinating Secretariat of the BWC drafted the plan.', mention: 'Regional Coordinating Secretariat of the BWC', value: 'BWC' },
    { text: 'The River Plate Council (RPC) met in May. Its Secretariat for Water Affairs drafted the plan.', mention: 'Secretariat for Water Affairs', value: 'Secretariat for Water Affairs' },
    { text: 'Each province reports to its National Drug Control Secretariat every year.', mention: 'National Drug Control Secretariat', value: 'National Drug Control Secretariat', only: true },
    // in a line of capitals, a function word ends the name; a gerund still takes its object by "IN"
    { text: 'II. THE MEKONG RIVER POLICE NETWORK DURING 2022', mention: 'MEKONG RIVER POLICE NETWORK', value: 'Mekong River Police Network', only: true },
    { text: 'IV. MEKONG RIVER POLICE NETWORK DURING THE YEAR', mention: 'MEKONG RIVER POLICE NETWORK', value: 'Mekong River Police Network', only: true },
    { text: 'III. TRAFFICKING IN PERSONS UNIT', mention: 'TRAFFICKING IN PERSONS UNIT', value: 'Trafficking in Persons Unit', only: true },
    // a body's name, then in parentheses its name in its own language and the acronym of that: both names are the acronym's
    { text: 'Judges of the Supreme Electoral Tribunal of Bolivia (Tribunal Supremo Electoral, TSE) attended.', mention: 'Supreme Electoral Tribunal of Bolivia', value: 'TSE' },
    { text: 'Judges of the Supreme Electoral Tribunal of Bolivia (Tribunal Supremo Electoral, TSE) attended.', mention: 'Tribunal Supremo Electoral', value: 'TSE' },
    { text: 'Judges of the Supreme Electoral Tribunal of Bolivia (Tribunal Supremo Electoral, TSE) attended.', mention: 'TSE', value: 'TSE' },
    { text: "Analysts of Mexico's Financial Intelligence Unit (Unidad de Inteligencia Financiera, UIF) took part.", mention: 'Financial Intelligence Unit', value: 'UIF' },
    { text: "Lawyers of the Attorney General's Office of Peru (Procuraduría General del Estado, PGE) attended.", mention: "Attorney General's Office of Peru", value: 'PGE' },
    { text: 'Experts of the Forensic Science Agency (Agencia de Ciencias Forenses, ACF) attended.', mention: 'Forensic Science Agency', value: 'ACF' },
    { text: 'Staff of the National Gendarmerie Training Centre (Centre national de formation de la gendarmerie, CNFG) gave the module.', mention: 'Centre national de formation de la gendarmerie', value: 'CNFG' },
    { text: 'It sent officers from Chile and Peru to the Customs Laboratory Service (Servicio de Laboratorio Aduanero, SLA) for a week.', mention: 'Customs Laboratory Service', value: 'SLA' },
    // another body named before "and the": the long form is the part the acronym spells, even where its head ("Programme") is no body's by shape
    { text: 'UNICEF and the World Food Programme (WFP) took part.', mention: 'World Food Programme', value: 'WFP' },
    { text: 'UNICEF and the World Food Programme (WFP) took part.', mention: 'UNICEF', value: 'UNICEF' },
    // a head first with "of" still names a body when "and" joins its complement
    { text: 'The Office for Research and Statistics published the survey.', mention: 'Office for Research and Statistics', value: 'Office for Research and Statistics', only: true },
    // an organ that a body's own report names without its parent, as "Executive Board" and "Governing Council" are
    { text: 'The Executive Committee of the Fund approved the budget in March.', mention: 'Executive Committee', value: 'Executive Committee', only: true },
    // a place and its abbreviation in parentheses define nothing
    { text: 'The Ministry of Security (Buenos Aires, CABA) hosted the event.', mention: 'Ministry of Security', value: 'Ministry of Security', only: true },
    // a body the text says what it is in an apposition: the name, and its later mentions, are the body's
    { text: 'The Unit and Coral Metrics, a software company based in Durban, ran two webinars. Later, Coral Metrics shared its maps.', mention: 'Coral Metrics', value: 'Coral Metrics' },
    { text: 'Pescadores Unidos del Golfo, a fishers’ cooperative in Sinaloa, hosted the visit.', mention: 'Pescadores Unidos del Golfo', value: 'Pescadores Unidos del Golfo', only: true },
  ],
  negatives: [
    // an apposition that says what a person or a place is makes no body
    'The talk was given by Amina Odhiambo, a university lecturer in Kisumu.',
    'The boats were inspected in Port Victoria, a fishing town in Busia.',
    // a conference with an acronym that holds no counted meetings stays an event; a numbered congress is one
    'The Office organized the Regional Conference on Port Safety (RCPS) in Lima in May 2025.',
    'Delegates attended the 21st Congress of Maritime Pilots in Panama City.',
    // a title line in capitals over a mixed-case line: "OF THE" joins it as in Title Case, so it ends on no head of its own
    'MAIN ACHIEVEMENTS OF THE SECRETARIAT\nIN 2023\nNote by the Director',
    // a part's title listing lines of work joined by "and": the last a plural class or an activity
    'III. LEGAL SERVICES AND FIELD MISSIONS',
    'Advisory Services and Training Workshops were offered in 2024.',
    // "and" joining the modifiers of a head that names no body, with a complement ("Programme for …")
    'The Research and Innovation Programme for Belize (RIPB) ended in 2023.',
    'Stem Cell research and the Building Trust campaign were discussed.',
    // a part's title that joins a lone head to another field of work names no body
    '3. OBSERVATORY AND RESEARCH',
    'Part 5: Administration and Finance',
    'the farmers’ cooperative and the Workers’ rights desk',
    // the judiciary as a branch of government, not a named body
    'The course was for members of the judiciary in Ghana.',
    // a generic secretariat in a line of capitals, with the year after it
    'I. THE EXECUTIVE SECRETARIAT IN 2019',
    // a lower-case phrase before an acronym that opens on no body's head is no name
    'Officers learned the new standard operating procedures (SOP) in May.',
    'The team used open source intelligence (OSINT) tools.',
    // a row of an acronym list that names no body
    'Acronyms\nKPI\tKey performance indicator\n\nThe KPI rose in 2024.',
    'Abbreviations\nSOP       standard operating procedure\n\nThe SOP was revised in 2024.',
    'Acronyms\n\nKPI Key performance indicator\nSOP standard operating procedure\n\nThe KPI rose in 2024.',
    'Staff asked WHO would attend the course.',
    'The Latin American Congress on Addictions met in September.',
    'Home > Media Centre > Events',
    'A Port Safety Assistance Partnership (PSAP) was created.',
    'The Cartagena Forum on Women’s Security was held in December.',
    'Courses were given at the Training Center in the capital.',
    'The Commission and the Council approved the plan.',
    'Advance Passenger Information (API) systems were installed.',
    'Countering the Financing of Terrorism (CFT) standards were discussed.',
    'The Crime and Justice Report (CJR) was published.',
    'I. WHAT THE MEMBER STATES CAN DO AND WHO BENEFITS',
    'The Secretariat organized three workshops.',
    'The Department continued its work with national drug commissions.',
    'The Commission approved the report.',
    'With support from the Government of Brazil, the course took place.',
    'The Multilateral Evaluation Mechanism (MEM) completed its fourth round.',
    'The MEM and BIDAL programs were extended.',
    'Under the Jetway program, officers were trained.',
    'The Port Security Program grew steadily.',
    'The Declaration of Panama was adopted at the session.',
    'The Cricket World Cup was held in nine countries.',
    'The Summit of the Americas met in Santiago.',
    'The Meeting of Ministers of Justice took place in Washington.',
    'The document CP/CSH-837/07 was circulated.',
    'Training on the ISPS Code and ISO 9001 continued.',
    'The Minister of Education of Honduras attended.',
    'The Secretary General spoke at the opening.',
    // a role with its office's subject, and a role word before a head without a complement, stay roles
    'The Chief Inspector of Customs spoke at the opening.',
    'Two Expert Group members spoke at the opening.',
    'Financial Intelligence Units of member states took part.',
    'Officials of the Inter-American Police Training Program (PICAP) attended.',
    'The Western Hemisphere Transport Initiative met twice.',
    'The General Secretariat signed an agreement.',
    'Its Executive Secretariat prepared the annual plan.',
    'Assessments were completed in Guyana, Trinidad and Tobago, and Barbados.',
    'The Chilean Government offered twenty fellowships.',
    'A National Control Program for Synthetic Drugs was established.',
    'The Hemispheric Plan of Action was approved in October.',
  ],
};
