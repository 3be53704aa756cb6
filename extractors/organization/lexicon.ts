/**
 * Plain data for the organization extractor: well-known bodies with the acronym in established
 * use, the head nouns that make a capitalized phrase an organization's name, and the heads and
 * acronyms that name things that are not bodies (programs, instruments, events, codes).
 */

/** A well-known body: its key (the acronym in established use, else its usual name) and its names. */
export interface KnownBody {
  /** The acronym in established use; absent where the body goes by its name (the key is then its name as first written). */
  key?: string;
  names: string[];
  /** Other acronyms or short forms that mean the same body. */
  aliases?: string[];
  /** A national agency: its acronym is the key only where the report itself uses the acronym. */
  national?: boolean;
}

export const KNOWN_BODIES: readonly KnownBody[] = [
  // Inter-American system
  { key: 'OAS', names: ['Organization of American States', 'Organisation of American States'], aliases: ['OEA'] },
  { key: 'CICAD', names: ['Inter-American Drug Abuse Control Commission'] },
  { key: 'CICTE', names: ['Inter-American Committee against Terrorism', 'Inter-American Committee Against Terrorism'] },
  { key: 'CIP', names: ['Inter-American Committee on Ports', 'Inter-American Ports Commission', 'Inter-American Ports Committee'] },
  { key: 'CITEL', names: ['Inter-American Telecommunication Commission', 'Inter-American Telecommunications Commission'] },
  { key: 'CIM', names: ['Inter-American Commission of Women'] },
  { key: 'IACHR', names: ['Inter-American Commission on Human Rights'], aliases: ['CIDH'] },
  { key: 'IACtHR', names: ['Inter-American Court of Human Rights'] },
  { key: 'IADB', names: ['Inter-American Defense Board', 'Inter-American Defence Board'], aliases: ['JID'] },
  { key: 'IDB', names: ['Inter-American Development Bank'] },
  { key: 'PAHO', names: ['Pan American Health Organization', 'Pan-American Health Organization'], aliases: ['OPS'] },
  { key: 'IICA', names: ['Inter-American Institute for Cooperation on Agriculture'] },
  { key: 'IIN', names: ['Inter-American Children’s Institute', "Inter-American Children's Institute"] },
  { key: 'SMS', names: ['Secretariat for Multidimensional Security'] },
  { key: 'DPS', names: ['Department of Public Security'] },
  { key: 'OHMA', names: ['Office of Humanitarian Mine Action'] },
  // United Nations system
  { key: 'UN', names: ['United Nations', 'United Nations Organization'], aliases: ['U.N.', 'ONU'] },
  { key: 'UNGA', names: ['United Nations General Assembly', 'UN General Assembly', 'General Assembly of the United Nations'] },
  { names: ['United Nations Security Council', 'UN Security Council', 'Security Council of the United Nations'] },
  { key: 'UNODC', names: ['United Nations Office on Drugs and Crime'] },
  { key: 'UNDP', names: ['United Nations Development Programme', 'United Nations Development Program'] },
  { key: 'UNICEF', names: ["United Nations Children's Fund", 'United Nations Children’s Fund'] },
  { key: 'UNHCR', names: ['Office of the United Nations High Commissioner for Refugees', 'United Nations High Commissioner for Refugees'] },
  { key: 'UNESCO', names: ['United Nations Educational, Scientific and Cultural Organization'] },
  { key: 'UNICRI', names: ['United Nations Interregional Crime and Justice Research Institute', 'United Nations International Crime and Justice Research Institute'] },
  { key: 'UNLIREC', names: ['United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean'] },
  { key: 'UNODA', names: ['United Nations Office for Disarmament Affairs'] },
  { key: 'UNMAS', names: ['United Nations Mine Action Service'] },
  { key: 'UNIDIR', names: ['United Nations Institute for Disarmament Research'] },
  { key: 'UNITAR', names: ['United Nations Institute for Training and Research'] },
  { key: 'ECLAC', names: ['Economic Commission for Latin America and the Caribbean'], aliases: ['CEPAL'] },
  { key: 'CTED', names: ['Counter-Terrorism Committee Executive Directorate', 'Counter Terrorism Committee Executive Directorate'] },
  { key: 'CTITF', names: ['Counter-Terrorism Implementation Task Force', 'Counter Terrorism Implementation Task Force'] },
  { key: 'WHO', names: ['World Health Organization', 'World Health Organisation'] },
  { key: 'ILO', names: ['International Labour Organization', 'International Labor Organization', 'International Labour Office'] },
  { key: 'ICAO', names: ['International Civil Aviation Organization'] },
  { key: 'IMO', names: ['International Maritime Organization'] },
  { key: 'IOM', names: ['International Organization for Migration'] },
  { key: 'IAEA', names: ['International Atomic Energy Agency'] },
  { key: 'OPCW', names: ['Organisation for the Prohibition of Chemical Weapons', 'Organization for the Prohibition of Chemical Weapons'] },
  { key: 'ITU', names: ['International Telecommunication Union'] },
  { key: 'WCO', names: ['World Customs Organization'] },
  { key: 'WTO', names: ['World Trade Organization'] },
  { key: 'IMF', names: ['International Monetary Fund'] },
  { names: ['World Bank', 'International Bank for Reconstruction and Development'] },
  { key: 'FAO', names: ['Food and Agriculture Organization'] },
  { key: 'WFP', names: ['World Food Programme'] },
  { key: 'UNAIDS', names: ['Joint United Nations Programme on HIV/AIDS'] },
  { key: 'ICRC', names: ['International Committee of the Red Cross'] },
  { key: 'IFRC', names: ['International Federation of Red Cross and Red Crescent Societies'] },
  { key: 'Interpol', names: ['International Criminal Police Organization'], aliases: ['INTERPOL', 'Interpol'] },
  { names: ['Global Fund to Fight AIDS, Tuberculosis and Malaria', 'Global Fund to Fight AIDS, Tuberculosis, and Malaria'] },
  // Other regional and international bodies
  { key: 'OSCE', names: ['Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe'] },
  { key: 'EU', names: ['European Union'] },
  { names: ['European Commission', 'Commission of the European Communities'] },
  { names: ['Council of Europe'] },
  { key: 'NATO', names: ['North Atlantic Treaty Organization'] },
  { key: 'AU', names: ['African Union'] },
  { key: 'ASEAN', names: ['Association of Southeast Asian Nations'] },
  { key: 'APEC', names: ['Asia-Pacific Economic Cooperation'] },
  { key: 'CARICOM', names: ['Caribbean Community', 'Caribbean Community and Common Market'] },
  { key: 'IMPACS', names: ['CARICOM Implementation Agency for Crime and Security', 'Implementation Agency for Crime and Security'] },
  { key: 'CFATF', names: ['Caribbean Financial Action Task Force'] },
  { key: 'FATF', names: ['Financial Action Task Force'], aliases: ['GAFI'] },
  { key: 'GAFISUD', names: ['Financial Action Task Force of South America', 'Financial Action Task Force of South America against Money Laundering'] },
  { names: ['Egmont Group', 'Egmont Group of Financial Intelligence Units'] },
  { key: 'SICA', names: ['Central American Integration System'] },
  { key: 'CAN', names: ['Andean Community', 'Andean Community of Nations'] },
  { key: 'RSS', names: ['Regional Security System'] },
  { key: 'OECS', names: ['Organisation of Eastern Caribbean States', 'Organization of Eastern Caribbean States'] },
  { key: 'ACS', names: ['Association of Caribbean States'] },
  { names: ['Commonwealth', 'Commonwealth of Nations', 'Commonwealth Secretariat'] },
  { key: 'FLACSO', names: ['Latin American Faculty of Social Sciences'] },
  { key: 'CODEXTER', names: ['Committee of Experts on Terrorism', 'Council of Europe Committee of Experts on Terrorism'] },
  // National agencies that reports of the field cite by acronym
  { key: 'USAID', names: ['United States Agency for International Development', 'U.S. Agency for International Development'], national: true },
  { key: 'CDC', names: ['Centers for Disease Control and Prevention', 'Centers for Disease Control'], national: true },
  { key: 'DHS', names: ['Department of Homeland Security', 'U.S. Department of Homeland Security'], national: true },
  { key: 'FBI', names: ['Federal Bureau of Investigation'], national: true },
  { key: 'DEA', names: ['Drug Enforcement Administration'], national: true },
  { key: 'TSA', names: ['Transportation Security Administration', 'U.S. Transportation Security Administration'], national: true },
  { key: 'CBP', names: ['Customs and Border Protection', 'U.S. Customs and Border Protection'], national: true },
  { key: 'ICE', names: ['Immigration and Customs Enforcement', 'U.S. Immigration and Customs Enforcement'], national: true },
  { key: 'USCG', names: ['United States Coast Guard', 'U.S. Coast Guard'], national: true },
  { key: 'RCMP', names: ['Royal Canadian Mounted Police'], national: true },
  { key: 'CIDA', names: ['Canadian International Development Agency'], national: true },
  { key: 'AECID', names: ['Spanish Agency for International Development Cooperation'], national: true },
  { key: 'AECI', names: ['Spanish International Cooperation Agency', 'Spanish Agency for International Cooperation'], national: true },
  { names: ['Transport Canada', 'Public Safety Canada', 'Health Canada', 'Global Affairs Canada', 'Canada Border Services Agency'] },
  { key: 'GIZ', names: ['Deutsche Gesellschaft für Internationale Zusammenarbeit'], national: true },
  { key: 'JICA', names: ['Japan International Cooperation Agency'], national: true },
];

/**
 * Head nouns of organization names ("Ministry of Justice", "Royal Canadian Mounted Police").
 * Lowercase; a name's head is compared case-insensitively (headings are often all capitals).
 */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'ministries', 'department', 'office', 'commission', 'committee', 'council', 'agency', 'police', 'service',
  'services', 'secretariat', 'institute', 'institution', 'university', 'center', 'centre', 'bank', 'fund', 'organization',
  'organisation', 'association', 'network', 'coalition', 'board', 'unit', 'section', 'court', 'guard', 'school',
  'laboratory', 'foundation', 'authority', 'administration', 'bureau', 'directorate', 'division', 'force', 'forces',
  'corps', 'observatory', 'academy', 'college', 'federation', 'union', 'community', 'tribunal', 'parliament',
  'congress', 'assembly', 'group', 'company', 'corporation', 'society', 'chamber', 'command', 'navy', 'army',
  'carabineros', 'gendarmerie', 'prosecutor’s', 'commissariat', 'inspectorate', 'registry', 'faculty', 'alliance',
  'consortium', 'secretariats', 'mission', 'customs', 'ombudsman', 'branch', 'subgroup', 'subcommittee', 'subcommission',
]);

/** Heads of a body's own offices and units: written after the body's acronym, they are named with it ("OAS Office of …"). */
export const UNIT_HEADS: ReadonlySet<string> = new Set(['office', 'unit', 'division', 'section', 'branch', 'department', 'bureau', 'directorate']);

/**
 * Heads that name things other than bodies: programs, instruments, events, documents, codes.
 * A phrase whose head is one of these is no organization ("Port Security Program").
 */
export const NON_ORG_HEADS: ReadonlySet<string> = new Set([
  'program', 'programme', 'programs', 'project', 'projects', 'initiative', 'mechanism', 'declaration', 'convention',
  'plan', 'strategy', 'summit', 'meeting', 'meetings', 'conference', 'session', 'workshop', 'seminar', 'course', 'forum',
  'round', 'table', 'exercise', 'cup', 'code', 'charter', 'treaty', 'protocol', 'agreement', 'resolution', 'report',
  'guide', 'manual', 'system', 'policy', 'fund-raising', 'memorandum', 'model', 'law', 'act', 'standard', 'standards',
  'framework', 'agenda', 'consensus', 'campaign', 'study', 'survey', 'award', 'day', 'week', 'year', 'games',
  'regulations', 'guidelines', 'principles', 'statute', 'accord', 'accords', 'directive', 'database', 'portal',
  'observatories', 'training', 'partnership', 'team', 'teams',
]);

/** Heads that make an organization only with a proper complement ("Group of Experts on …", "Office of …"). */
export const WEAK_HEADS: ReadonlySet<string> = new Set(['group', 'team', 'community', 'union', 'force', 'forces', 'service', 'services', 'mission', 'assembly', 'customs']);

/**
 * Parts of an organization that take its parent's key when they carry no name of their own:
 * "CICAD Secretariat", "Executive Secretariat of CICAD", "OAS General Secretariat".
 */
export const SECRETARIAT_WORDS: ReadonlySet<string> = new Set([
  'secretariat', 'executive secretariat', 'general secretariat', 'technical secretariat', 'permanent secretariat',
  'secretariats', 'office', 'headquarters',
]);

/**
 * Well-known acronyms of things that are not bodies: instruments, mechanisms, programs, codes,
 * standards and events. They decline even where a report spells them out.
 */
/**
 * Acronyms of bodies that are also English words ("WHO", "CAN"): in an all-capital line they are
 * read as the words ("WHAT THE MEMBER STATES CAN DO AND WHO BENEFITS"), never as the bodies.
 */
export const WORD_ACRONYMS: ReadonlySet<string> = new Set(['WHO', 'CAN', 'ACT', 'AID', 'AIM', 'ARM', 'CARE', 'FIND', 'HOPE', 'IMPACT', 'LEAD', 'ONE', 'PEACE', 'SAFE', 'SEA', 'USE', 'WAR', 'ICE', 'CAB', 'CAP', 'OAK', 'ODD']);

export const NON_ORG_ACRONYMS: ReadonlySet<string> = new Set([
  'CIFTA', 'MEM', 'ISPS', 'UNGASS', 'CSIRT', 'CSIRTs', 'SALW', 'ISO', 'HIV', 'AIDS', 'MOU', 'NGO', 'NGOs', 'GDP', 'ICT',
  'ICTs', 'PDF', 'CD', 'DVD', 'TV', 'USA', 'US', 'UK', 'DC', 'AG', 'RES', 'CP', 'OK', 'IT', 'LAC', 'WMD', 'CBRN', 'ATT',
  'REMJA', 'SOLAS', 'MANPADS', 'IED', 'IEDs', 'PPP',
]);

/** Words that begin a person's role, never an organization ("Minister of Education", "Secretary General"). */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'minister', 'ministers', 'secretary', 'secretaries', 'director', 'directors', 'president', 'vice', 'ambassador',
  'chair', 'chairman', 'chairperson', 'head', 'heads', 'representative', 'representatives', 'delegate', 'delegates',
  'commissioner', 'coordinator', 'officer', 'officers', 'advisor', 'adviser', 'deputy', 'chief', 'member', 'members',
  'expert', 'experts', 'specialist', 'specialists', 'manager', 'attorney', 'attorneys', 'prosecutor', 'judge', 'lady',
]);


/**
 * Organs that a body's own reports name without their parent ("the General Assembly", "the
 * Permanent Council"), with the key each takes under a parent: the acronym in common use there
 * ("UNGA" for the United Nations' General Assembly), or null where the organ goes by its name.
 * Under no known parent, or a parent not listed, an organ is keyed by its name as first written.
 * Sources: the charters and rules of procedure of each parent (UN Charter Art. 7; OAS Charter
 * Art. 53; CARICOM Revised Treaty Art. 10; AU Constitutive Act Art. 5).
 */
export const ORGANS: ReadonlyArray<{ name: string; of: Readonly<Record<string, string | null>> }> = [
  { name: 'General Assembly', of: { UN: 'UNGA', OAS: null } },
  { name: 'Security Council', of: { UN: 'UNSC' } },
  { name: 'Economic and Social Council', of: { UN: 'ECOSOC' } },
  { name: 'Trusteeship Council', of: { UN: null } },
  { name: 'Human Rights Council', of: { UN: 'HRC' } },
  { name: 'Permanent Council', of: { OAS: null } },
  { name: 'Inter-American Council for Integral Development', of: { OAS: 'CIDI' } },
  { name: 'Meeting of Consultation of Ministers of Foreign Affairs', of: { OAS: null } },
  { name: 'Conference of Heads of Government', of: { CARICOM: null } },
  { name: 'Council for National Security and Law Enforcement', of: { CARICOM: 'CONSLE' } },
  { name: 'Assembly of Heads of State and Government', of: { AU: null } },
  { name: 'Peace and Security Council', of: { AU: 'PSC' } },
  { name: 'Executive Council', of: { AU: null } },
  { name: 'Executive Board', of: {} },
  { name: 'Governing Council', of: {} },
  { name: 'Board of Governors', of: {} },
];

/**
 * The parents whose organs ORGANS lists, and the words by which a document shows it is that
 * parent's own (or addressed to it): the parent whose words a document uses most, well ahead of
 * the next, is the one its bare organs belong to.
 */
export const ORGAN_PARENTS: ReadonlyArray<{ key: string; cue: RegExp }> = [
  { key: 'UN', cue: /\b(?:United Nations|UN|UN[A-Z]{2,6}|ECOSOC)\b/g },
  { key: 'OAS', cue: /\b(?:OAS|OEA|Organization of American States|Inter-American)\b/g },
  { key: 'CARICOM', cue: /\b(?:CARICOM|Caribbean Community)\b/g },
  { key: 'AU', cue: /\b(?:AU|African Union)\b/g },
];

/** Capitalized groups that "and" may join to a body's name without being one ("… Children and Member States"). */
export const COMMON_GROUPS: ReadonlySet<string> = new Set([
  'member states', 'member countries', 'states parties', 'observer states', 'observers', 'governments', 'partners', 'donors',
  'civil society', 'academia', 'permanent observers', 'member organizations',
]);
