/**
 * Place data no gazetteer gives: the words around a name that tell it is a place (or is not).
 * City names, regions and countries come from the gazetteer (gazetteer.ts) and the country list.
 */

/** Prepositions that put something at a place ("held in Lima", "at Isla Margarita"). */
export const LOCATIVE_WORDS: readonly string[] = ['in', 'at', 'near', 'outside', 'around', 'throughout', 'across', 'from', 'to', 'via'];

/** Nouns that name what follows as a place ("the city of", "the port of", "Mexico's state of"). */
export const PLACE_NOUN = /\b(?:[Cc]ity|cities|[Tt]owns?|[Pp]orts?|[Ss]eaports?|[Aa]irports?|[Hh]arbou?rs?|border (?:post|crossing|town)s?|[Ss]tate|states|[Pp]rovinces?|[Dd]epartments?|[Mm]unicipality|municipalities|[Dd]istricts?|[Cc]apital|[Rr]egions?|[Ii]slands?|[Vv]illages?|[Cc]ommunity|[Cc]ommunities|[Nn]eighbou?rhoods?) of\s+(?:the\s+)?$/;

/** Capitalized words that may precede a place name inside a longer one ("Metropolitan San Salvador", "ILO Geneva Office"). */
export const MODIFIERS: ReadonlySet<string> = new Set([
  'metropolitan', 'greater', 'downtown', 'port', 'city', 'town', 'province', 'state', 'department', 'municipality', 'of', 'the', 'in', 'at',
]);

/** Words before a place name that are not part of it ("Metropolitan San Salvador" is San Salvador). */
export const LEAD_MODIFIERS: ReadonlySet<string> = new Set(['metropolitan', 'greater', 'downtown', 'central', 'northern', 'southern', 'eastern', 'western']);

/** Capitalized words that may follow a place name inside a longer one ("Geneva Office", "Bogotá Workshop"). */
export const FOLLOWERS: ReadonlySet<string> = new Set([
  'office', 'offices', 'headquarters', 'center', 'centre', 'airport', 'port', 'harbor', 'harbour', 'seminar', 'workshop', 'meeting',
  'conference', 'summit', 'course', 'forum', 'round', 'session', 'branch', 'station', 'campus', 'metropolitan', 'area', 'region',
  'province', 'department', 'state', 'municipality', 'district', 'city', 'team', 'chapter', 'bureau', 'unit',
]);

/** Words that open the name of a named sub-national area ("Cordillera del Condor", "Isla Margarita"). */
export const AREA_HEADS: ReadonlySet<string> = new Set([
  'cordillera', 'sierra', 'serrania', 'isla', 'islas', 'peninsula', 'valle', 'provincia', 'departamento', 'municipio', 'comuna', 'distrito',
]);

/** Capitalized words that name things, not places, though some town somewhere bears them. */
export const NOT_PLACES: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'of', 'the', 'and', 'mission', 'police', 'central', 'commission', 'santa', 'program', 'programme', 'project', 'office', 'union',
  'general', 'national', 'american', 'americas', 'caribbean', 'latin', 'republic', 'member', 'state', 'states', 'security', 'justice',
  'progress', 'independence', 'liberty', 'providence', 'concord', 'hope', 'victory', 'paradise', 'mercedes', 'article', 'phase',
  'male', 'western', 'eastern', 'northern', 'southern', 'north', 'south', 'east', 'west', 'andes', 'alliance', 'justice', 'unity', 'reading',
]);

/** Capitalized word forms that say a month or a number follows, not more of a name. */
export const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;

/** A district abbreviation after a city, taken as the city's ("Washington, DC", "Washington, D.C."). */
export const DISTRICTS: ReadonlyArray<readonly [RegExp, string]> = [[/^,?\s*D\.\s?C\.?|^,?\s*DC\b/, 'USA']];

/** Smallest population for a city named with no other evidence ("the Bogotá workshop"), for a national and a regional capital. */
export const WELL_KNOWN_POPULATION = 300_000;
export const WELL_KNOWN_CAPITAL_POPULATION = { primary: 20_000, admin: 100_000 } as const;

/** Words that make a capitalized run an organization's or a program's name, not a place's. */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  'ministry', 'ministerio', 'police', 'policia', 'government', 'secretariat', 'office', 'department', 'commission', 'university',
  'universidad', 'center', 'centre', 'institute', 'instituto', 'agency', 'council', 'committee', 'bank', 'court', 'school', 'academy',
  'foundation', 'association', 'program', 'programme', 'project', 'unit', 'force', 'forces', 'army', 'navy', 'guard', 'service',
  'services', 'embassy', 'mission', 'group', 'network', 'organization', 'organisation', 'authority', 'board', 'directorate',
]);

/** Titles before a person's name ("Dr. Lima"): what follows is a person, not a place. */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'sra', 'srta', 'don', 'dona', 'ambassador', 'minister', 'judge', 'gen', 'general', 'col', 'capt',
  'colonel', 'captain', 'commissioner', 'secretary', 'president', 'director', 'mayor', 'hon', 'st',
]);

/** Nouns after which "of" names a place outright ("the city of X", "the border post of X"): an unlisted name there is still a place. */
export const STRONG_PLACE_NOUN = /\bthe (?:[a-z]+ and )?(?:city|town|port|seaport|airport|harbou?r|border (?:post|crossing|town)|municipality|village|province|district) of\s+$/;
