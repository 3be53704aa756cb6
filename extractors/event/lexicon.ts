/**
 * Activity words as data (ANNOTATION.md §4): the nouns that name an activity and the kind each
 * stands for, and the small word lists the trigger, status and count rules consult.
 */

export type ActivityKind =
  | 'workshop' | 'seminar' | 'course' | 'training' | 'meeting' | 'conference' | 'session'
  | 'mission' | 'assessment' | 'exercise' | 'forum' | 'other';

export interface HeadEntry {
  kind: ActivityKind;
  /** False for mass nouns ("training"): a bare singular does not mean one activity. */
  countable: boolean;
}

/** Head nouns, singular and plural, lower case. */
export const HEADS: ReadonlyMap<string, HeadEntry> = new Map<string, HeadEntry>(
  ([
    [['workshop', 'workshops'], 'workshop'],
    [['seminar', 'seminars', 'webinar', 'webinars'], 'seminar'],
    [['course', 'courses'], 'course'],
    [['meeting', 'meetings', 'summit', 'summits', 'panel', 'panels', 'roundtable', 'roundtables', 'videoconference', 'videoconferences'], 'meeting'],
    [['conference', 'conferences', 'congress', 'congresses', 'symposium', 'symposia'], 'conference'],
    [['session', 'sessions'], 'session'],
    [['mission', 'missions'], 'mission'],
    [['assessment', 'assessments', 'audit', 'audits'], 'assessment'],
    [['exercise', 'exercises', 'simulation', 'simulations', 'drill', 'drills'], 'exercise'],
    [['forum', 'forums', 'fora'], 'forum'],
    [['event', 'events', 'visit', 'visits', 'intervention', 'interventions'], 'other'],
  ] as Array<[string[], ActivityKind]>).flatMap(([words, kind]) => words.map((w): [string, HeadEntry] => [w, { kind, countable: true }])),
)
  .set('training', { kind: 'training', countable: false })
  .set('trainings', { kind: 'training', countable: true })
  // "ToT", "TOT": a training of trainers, as activity tables abbreviate it ("ToT in forensic statistics")
  .set('tot', { kind: 'training', countable: true })
  .set('tots', { kind: 'training', countable: true });

/** Two-word heads ("round table", "mock trials"), first word → second word → kind. */
const pair = (kind: ActivityKind, ...words: string[]) => new Map<string, ActivityKind>(words.map((w) => [w, kind]));
export const PAIR_HEADS: ReadonlyMap<string, ReadonlyMap<string, ActivityKind>> = new Map([
  ['round', pair('meeting', 'table', 'tables')],
  ['mock', pair('exercise', 'trial', 'trials')],
  ['simulated', pair('exercise', 'trial', 'trials', 'attack', 'attacks', 'incident', 'incidents', 'emergency', 'emergencies')],
  ['study', pair('mission', 'tour', 'tours', 'visit', 'visits')],
  // an exchange held as a meeting ("a virtual exchange on women in policing"), not an exchange of information
  ['virtual', pair('meeting', 'exchange', 'exchanges')],
  ['online', pair('meeting', 'exchange', 'exchanges')],
  ['peer', pair('meeting', 'exchange', 'exchanges')],
  // a consultation held as a meeting ("two national consultations", "an expert consultation"), not "in consultation with"
  ['national', pair('meeting', 'consultation', 'consultations')],
  ['regional', pair('meeting', 'consultation', 'consultations')],
  ['subregional', pair('meeting', 'consultation', 'consultations')],
  ['expert', pair('meeting', 'consultation', 'consultations')],
  ['stakeholder', pair('meeting', 'consultation', 'consultations')],
]);

/** Generic heads that take the kind of an activity word among their modifiers ("training sessions", "training and cooperation event"). */
export const GENERIC_HEADS: ReadonlySet<string> = new Set(['session', 'sessions', 'event', 'events', 'intervention', 'interventions', 'activity', 'activities']);

/** Heads that name an activity only after an activity word ("training activities"); alone ("the activities of the Unit") they do not. */
export const MODIFIED_ONLY_HEADS: ReadonlySet<string> = new Set(['activity', 'activities']);

/** Words that make "activities" name activities of mixed kinds though no activity word stands before it ("capacity-building activities", "outreach activities"). */
export const ACTIVITY_MODIFIERS: ReadonlySet<string> = new Set(['capacity-building', 'outreach', 'awareness-raising', 'sensitization', 'sensitisation']);

/** Words after a head that make it a modifier of something else ("training materials", "course content"). */
export const NOT_EVENT_AFTER: ReadonlySet<string> = new Set([
  'material', 'materials', 'center', 'centers', 'centre', 'centres', 'program', 'programs', 'programme', 'programmes',
  'project', 'projects', 'manual', 'manuals', 'module', 'modules', 'curriculum', 'curricula', 'report', 'reports',
  'room', 'plan', 'plans', 'tool', 'tools', 'package', 'packages', 'methodology', 'fund', 'funds', 'budget', 'schedule',
  'agenda', 'statement', 'minutes', 'process', 'results', 'recommendations', 'needs', 'school', 'schools', 'academy',
  'academies', 'institute', 'institutes', 'unit', 'units', 'system', 'systems', 'platform', 'platforms', 'kit', 'kits',
  'guide', 'guides', 'content', 'contents', 'component', 'components', 'facility', 'facilities', 'capacity', 'standards',
  'instrument', 'instruments', 'framework', 'strategy', 'strategies', 'policy', 'policies', 'network', 'networks',
  'coordinator', 'coordinators', 'director', 'directors', 'instructor', 'instructors', 'participants', 'report',
  'cycle', 'series', 'proceedings', 'conclusions', 'mechanism', 'office', 'offices', 'team', 'teams', 'needs',
  'requirement', 'requirements', 'activities', 'activity', 'opportunities', 'method', 'methods', 'techniques',
  'organizers', 'organisers', 'planners', 'managers', 'venue', 'venues',
]);

/** Words after "training" that keep it a noun (the activity itself): prepositions, verbs, conjunctions. */
export const TRAINING_NOUN_AFTER: ReadonlySet<string> = new Set([
  'on', 'in', 'for', 'of', 'by', 'to', 'at', 'through', 'under', 'with', 'from', 'and', 'or', 'was', 'were', 'is', 'are',
  'will', 'has', 'have', 'had', 'took', 'takes', 'began', 'begins', 'continued', 'included', 'covered', 'focused', 'given',
  'provided', 'conducted', 'delivered', 'offered', 'held', 'during', 'between', 'since', 'that', 'which', 'as',
]);

/** Words that may stand inside a trigger before its head ("regional training seminars"); any other lower-case word stops it. */
export const STOP_BEFORE: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'of', 'in', 'on', 'at', 'for',
  'to', 'by', 'with', 'from', 'and', 'or', 'as', 'was', 'were', 'is', 'are', 'be', 'been', 'held', 'two', 'three', 'four',
  'five', 'six', 'seven', 'eight', 'nine', 'ten', 'one', 'several', 'some', 'many', 'most',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'dozen', 'various', 'numerous', 'few', 'first',
  'second', 'third', 'fourth', 'fifth', 'last', 'next', 'following', 'other', 'more', 'such', 'each', 'every', 'all',
  'both', 'further', 'new', 'latest', 'previous', 'same', 'through', 'during', 'after', 'before', 'conducted', 'organized',
  'organised', 'hosted', 'attended', 'offered', 'delivered', 'included', 'into', 'upcoming', 'planned', 'which', 'who',
  'will', 'also', 'has', 'have', 'had', 'not', 'no', 'any', 'than', 'successful', 'however', 'then', 'five-day', 'one-day',
  'two-day', 'three-day', 'four-day', 'one-week', 'two-week', 'three-week', 'week-long', 'half-day', 'made', 'gave',
  // verbs in the present tense that an activity follows ("The Secretariat holds seminars")
  'holds', 'offers', 'organizes', 'organises', 'conducts', 'hosts', 'includes', 'provides', 'supports', 'delivers', 'makes',
  'gives', 'attends', 'coordinates', 'plans', 'comprises', 'involves', 'promotes', 'convenes', 'sponsors', 'runs', 'funds',
  // verbs in the past and their particles ('carried out advisory missions', 'set up two working groups', 'fielded three missions')
  'out', 'up', 'carried', 'ran', 'undertook', 'undertaken', 'launched', 'completed', 'staged', 'convened', 'sent', 'dispatched',
  'fielded', 'implemented', 'facilitated', 'co-organized', 'co-organised', 'co-hosted',
]);

/** Cues that an activity lies in the future (status planned). */
export const PLANNED = /\b(?:will|shall|is|are)\s+(?:\w+\s+)?(?:be\s+)?(?:planned|scheduled|expected|foreseen|envisaged)\b|\bwill\b|\bshall\b|\bto be (?:held|conducted|organized|organised|offered|delivered|carried out|co-sponsored|launched)\b|\b(?:planned|scheduled|expected|foreseen|envisaged)\b|\bupcoming\b|\bforthcoming\b|\bplans?\s+(?:to|for|a|an|the)\b|\bis planning\b|\bare planning\b|\bis preparing\b|\bare preparing\b|\bcalls? for\b|\bmay be (?:offered|held|conducted)\b|\bto hold\b|\bdelayed until\b|\bpostponed (?:to|until)\b/i;

/** Cues that the reporting body only attended (it does not count as an organizer). */
export const ATTENDED = /\b(?:participated|participates|participating|took part|takes part|attended|attends|joined|joins|(?:was|were) (?:also |again )?represented|as (?:an )?observers?|(?:was|were) (?:also |again )?invited|spoke at|to speak at|presented|(?:contributed|made|delivered|gave|offered)\s+(?:\w+\s+)?remarks|made a presentation|gave a presentation|represented\s+(?:the\s+|its\s+|our\s+)?[\w-]+(?:\s+[\w-]+){0,5}?\s+at)\b/i;

/** Nouns that count editions of one activity ("Three editions of a hybrid course"). */
export const EDITION_NOUNS: ReadonlySet<string> = new Set(['editions', 'rounds', 'cycles', 'iterations', 'runs', 'sessions', 'series']);

/**
 * Roles of an organization that make it not an organizer when they precede it closely. People of a trade
 * counted as an audience ("with 44 prosecutors of the", "for 26 instructors of the") make their body one of
 * the audience's; trainers only after "for" ("delivered with two instructors of the Guardia Civil" delivers).
 */
export const ORG_NOT_ORGANIZER = /\b(?:(?<!\b(?:funds?|funding|support|grants?|thanks|responsible|responsibility)\s)for|(?:member\s+)?(?:states|countries|nations|governments)\s+of|observers?(?: (?:of|from))?|(?:observed|monitored|witnessed|attended) by|(?:at the )?request of|participation of(?! (?:experts|specialists|trainers|instructors) (?:of|from))(?: (?:officials|representatives|staff|delegates|members) (?:of|from))?|assist(?:ed|s|ing)?|advis(?:ed|es|ing)|mentor(?:ed|s|ing)|coach(?:ed|es|ing)|representatives? of|delegations? of|officials? (?:of|from)|staff (?:of|from)|members? of|officers? (?:of|from)|participants? (?:of|from)|personnel (?:of|from)|(?:prosecutors|judges|magistrates|inspectors|analysts|investigators|examiners|technicians|trainees|students|cadets|agents|employees|workers|legislators|regulators|practitioners) (?<=\b(?:for|to|with)\s+(?:[\w,-]+\s+){1,4}\w+ )(?:of|from)|(?:instructors|trainers|experts|specialists|teachers) (?<=\bfor\s+(?:[\w,-]+\s+){1,4}\w+ )(?:of|from)|(?:assess|review|evaluat|examin|inspect)\w*\s+(?:how|whether|(?:the\s+)?(?:[\w-]+\s+){0,2}of)|(?:recommendations?|mandates?|decisions?|conclusions?|resolutions?) (?:of|from|adopted by|made by|issued by)|adopted by)\s*(?:the\s+)?$/i;

/**
 * Before a body that is one more of an audience's bodies: "officers of the Immigration Division and the
 * Police Service", "officials of the Port Company (", "officers of Paraguay's Directorate …" (the
 * first body after the role is ORG_NOT_ORGANIZER's). The stretch between holds no verb or preposition
 * that brings in a partner ("… officials of Peru, with UNODC and the …" is no chain).
 */
export const ORG_AUDIENCE_CHAIN = /\b(?:observers?|representatives?|delegations?|delegates|officials?|staff|members?|officers?|participants?|personnel|agents|prosecutors|judges|inspectors|analysts|investigators|students|trainees)\s+(?:of|from)\s+(?:(?!\b(?:with|by|under|through|thanks|funded|financed|organi[sz]ed|hosted|supported|sponsored|delivered|together)\b)[^.;:]){0,160}?(?:(?:,|\band\b|\bor\b)\s+(?:of\s+|from\s+)?(?:the\s+)?|\(\s*|['’]s\s+)$/i;

/**
 * Before a body that only received what the activity produced: "its conclusions were later shared with UNODC
 * and the …", "the report was sent to the Ministry …", "submitted to the Board". The bodies listed after the
 * verb are recipients too; a word that brings in a partner ends the list.
 */
export const ORG_RECIPIENT_BEFORE = /\b(?:shared|sent|submitted|forwarded|transmitted|circulated|distributed|handed\s+over|made\s+available)\s+(?:\w+ly\s+)?(?:with|to)\s+(?:the\s+)?(?:(?:(?!\b(?:with|by|under|through|thanks|funded|financed|organi[sz]ed|hosted|supported|sponsored|delivered|together)\b)[^.;:]){0,160}?(?:,|\band\b)\s+(?:the\s+)?)?$/i;

/**
 * Before a body that only took an interest in the activity or its results: "has received interest from other
 * organizations, especially the X", "drew the attention of the Y and the Z". They neither ran nor backed it.
 */
export const ORG_INTERESTED_BEFORE = /\b(?:received|attracted|drew|aroused|generated|raised)\s+(?:(?:the|much|great|considerable|strong)\s+)?(?:interest|attention|praise|enquiries|inquiries)\s+(?:from|of)\s+(?:the\s+)?(?:(?:(?!\b(?:with|by|under|through|thanks|funded|financed|organi[sz]ed|hosted|supported|sponsored|delivered|together)\b)[^.;:]){0,160}?(?:,|\band\b|\bespecially\b|\bsuch\s+as\b|\bincluding\b)\s+(?:the\s+)?)?$/i;

/** Before a country that only funded an activity or sent its trainers (§4: not one of its countries). */
export const COUNTRY_FUNDER_BEFORE = spaced(/\b(?:funded by|financed by|sponsored by|paid for by|(?:costs? )?(?:covered|borne|met) by|(?:technical |financial )?partnership with|(?:financial )?(?:support|contributions?|funding|funds|grant) (?:from|of)|donated by|thanks to|(?:instructors?|trainers?|teachers?|facilitators?|lecturers?|mentors?) (?:from|of)|(?:taught|given|delivered|led|facilitated) by (?:\w+ ){0,3}from)\s*(?:the\s+)?(?:(?:Governments?|Kingdom) of\s+(?:the\s+)?)?$/i);

/** After a country that paid for the activity or part of it, or lent or gave what it used: "Germany paid for the travel of the trainers", "Norway covered the costs", "The Government of Canada lent two patrol boats". */
export const COUNTRY_FUNDER_AFTER = spaced(/^\s+(?:also\s+|kindly\s+)?(?:paid\s+for|covered\s+the\s+costs?|funded|financed|sponsored|lent|loaned|donated|contributed)\b/i);

/** A cue pattern whose spaces match any run of white space: hard-wrapped text breaks a cue over lines ("funded" / "by Norway"). */
function spaced(re: RegExp): RegExp {
  return new RegExp(re.source.replace(/ /g, '\\s+'), re.flags);
}
