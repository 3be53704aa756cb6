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
  'consortium', 'secretariats', 'mission', 'customs', 'ombudsman', 'branch', 'subgroup', 'subcommittee', 'subcommission',
  // the courts as a branch of a State, and a prosecution service named as one ('Judiciary of Sierra Leone', 'Supreme People’s Procuracy')
  'judiciary', 'procuracy',
  // charities, producer cooperatives and the named cells and wings of a service ('Halvorsen Water Trust', 'Lake Patrol Coordination Cell', 'Marine Wing')
  'trust', 'cooperative', 'co-operative', 'cell', 'wing',
  // German and Dutch names end on their head too ('Robert Koch Institut', 'Friedrich-Loeffler-Institut')
  'institut', 'instituut', 'ministerium', 'bundesamt', 'stiftung', 'gesellschaft', 'zentrum', 'universität', 'hochschule', 'akademie',
]);

/**
 * Heads that open a body's name in Spanish, French and Portuguese, where the head comes first
 * ("Instituto Nacional de Salud", "Centre Pasteur du Cameroun", "Fundação Oswaldo Cruz"). Words
 * spelt the same in English are left out: an English name ends on its head.
 */
export const HEAD_FIRST: ReadonlySet<string> = new Set([
  'instituto', 'institut', 'ministerio', 'ministère', 'ministério', 'secretaría', 'secretaria', 'secrétariat', 'dirección',
  'direção', 'comisión', 'comissão', 'policía', 'polícia', 'fundación', 'fundação', 'fondation', 'universidad', 'universidade',
  'université', 'centro', 'consejo', 'conselho', 'conseil', 'oficina', 'agencia', 'agência', 'agence', 'servicio', 'serviço',
  'superintendencia', 'procuraduría', 'fiscalía', 'defensoría', 'cámara', 'asociación', 'associação', 'comité', 'unidad',
  'unité', 'departamento', 'département', 'gendarmería', 'guardia', 'ejército', 'exército', 'banco', 'fondo', 'fundo', 'junta',
  'observatorio', 'observatoire', 'laboratorio', 'laboratoire', 'escuela', 'école', 'academia', 'colegio', 'tribunal', 'corte',
  'organismo', 'autoridad', 'autorité', 'direction', 'centre', 'escola', 'faculdade', 'facultad', 'faculté', 'rede', 'réseau',
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

/** Heads that common phrases end on too ("Stem Cell", "Building Trust"): a name on one of them takes three words or a complement. */
export const LONG_HEADS: ReadonlySet<string> = new Set(['cell', 'trust', 'wing']);

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
  { name: 'Executive Committee', of: {} },
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
