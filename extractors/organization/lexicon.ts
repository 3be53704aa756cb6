/**
 * Plain data for the organization extractor: well-known bodies with the acronym in established
 * use, the head nouns that make a capitalized phrase an organization's name, and the heads and
 * acronyms that name things that are not bodies (programs, instruments, events, codes).
 */
import { knownBodies, type KnownBody } from './known-bodies.js';

export type { KnownBody } from './known-bodies.js';

/**
 * The widely known bodies: UN system, regional organizations, development banks, international
 * networks and the national agencies that recur as donors or partners. Data, with a source for each
 * body, in known-bodies.tsv (read by known-bodies.ts).
 */
export const KNOWN_BODIES: readonly KnownBody[] = knownBodies();

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
  'consortium', 'secretariats', 'mission', 'customs', 'ombudsman',
]);

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
export const WORD_ACRONYMS: ReadonlySet<string> = new Set([
  ...['WHO', 'CAN', 'ACT', 'AID', 'AIM', 'ARM', 'CARE', 'FIND', 'HOPE', 'IMPACT', 'LEAD', 'ONE', 'PEACE', 'SAFE', 'SEA', 'USE', 'WAR', 'ICE', 'CAB', 'CAP', 'OAK', 'ODD'],
  // The known bodies' acronyms that are everyday words (known-bodies.tsv, column word_acronyms).
  ...KNOWN_BODIES.flatMap((b) => b.wordAcronyms ?? []),
]);

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

