/**
 * Plain data for the date rules: month names, ordinal and part words, modifiers, and the word
 * lists the guards use to tell a year from a number inside a name or a count.
 */
import type { DateMod } from '../types.js';

/** Full month names, index + 1 is the month number. */
export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Abbreviations (read only before a day or a year), lower case → month number. */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Ordinal words for halves and quarters; `last`/`final`/`latter` pick the final part. */
export const PART_ORDINALS: Readonly<Record<string, number | 'last'>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4,
  last: 'last', final: 'last', latter: 'last',
};

/** Part-of-year nouns and how many parts a year has. */
export const PART_NOUNS: Readonly<Record<string, { unit: 'H' | 'Q'; parts: number }>> = {
  half: { unit: 'H', parts: 2 },
  semester: { unit: 'H', parts: 2 },
  quarter: { unit: 'Q', parts: 4 },
  trimester: { unit: 'Q', parts: 4 },
};

/** Modifier phrases that stand before a date and belong to its span ("early 2008", "end of January 2015"). */
export const SPAN_MODIFIERS: ReadonlyArray<readonly [phrase: string, mod: DateMod]> = [
  ['early', 'START'], ['beginning of', 'START'], ['start of', 'START'], ['early part of', 'START'], ['outset of', 'START'],
  ['mid', 'MID'], ['middle of', 'MID'], ['midst of', 'MID'],
  ['late', 'END'], ['end of', 'END'], ['close of', 'END'], ['latter part of', 'END'], ['later part of', 'END'],
  ['pre', 'BEFORE'], ['post', 'AFTER'],
];

/** Prepositions before a date that set its mod but stay outside its span ("before February 2007"). */
export const OUTSIDE_MODIFIERS: ReadonlyArray<readonly [phrase: string, mod: DateMod]> = [
  ['before', 'BEFORE'], ['prior to', 'BEFORE'], ['no later than', 'BEFORE'], ['not later than', 'BEFORE'],
  ['after', 'AFTER'],
  ['around', 'APPROX'], ['circa', 'APPROX'], ['approximately', 'APPROX'], ['about', 'APPROX'],
];

/**
 * Capitalized words that may stand right before a bare year without making it part of a name
 * ("In 2007", "The 2007 seminars", "Since 1997"). Any other capitalized word before a year makes
 * the year part of a name ("UNGASS 1998", "Standards 2005").
 */
export const WORDS_BEFORE_YEAR = new Set([
  'in', 'during', 'throughout', 'since', 'until', 'till', 'by', 'for', 'from', 'through', 'between', 'of', 'on',
  'at', 'within', 'over', 'around', 'circa', 'before', 'after', 'as', 'to', 'and', 'or', 'the', 'this', 'that',
  'its', 'their', 'our', 'his', 'her', 'each', 'every', 'year', 'years', 'early', 'late', 'mid', 'also',
  'fiscal', 'calendar', 'fy', 'whereas', 'then', 'but', 'yet', 'still', 'only', 'both', 'prior',
  'following', 'starting', 'beginning', 'ending', 'end', 'half', 'quarter', 'semester', 'spring', 'summer',
  'autumn', 'fall', 'winter', 'a', 'an', 'last', 'next', 'past', 'up',
]);

/** Lower-case words before a number that make it an identifier or a measure, not a year. */
export const IDENTIFIER_WORDS = new Set([
  'resolution', 'resolutions', 'res', 'no', 'nos', 'number', 'numbers', 'nº', 'article', 'articles', 'paragraph',
  'paragraphs', 'page', 'pages', 'p', 'pp', 'law', 'decree', 'act', 'document', 'doc', 'code', 'item', 'items',
  'annex', 'room', 'ext', 'tel', 'phone', 'fax', 'box', 'route', 'km', 'us$', 'usd', 'eur', 'euros', 'dollars',
  'version', 'ver', 'v', 'iso', 'series', 'section', 'chapter', 'volume', 'vol', 'footnote', 'note', 'case',
  'file', 'ref', 'reference', 'exhibit', 'table', 'figure', 'fig', 'rule', 'regulation', 'directive', 'standard',
  'flight', 'model', 'unit', 'units', 'lot', 'serial', 'account', 'cost', 'costs', 'total', 'budget', 'sum',
]);

/** Plural nouns after a number that make it a count or a measure ("2000 participants"). */
export const COUNT_NOUNS = new Set([
  'participants', 'people', 'persons', 'officers', 'officials', 'students', 'members', 'agents', 'police',
  'policemen', 'personnel', 'individuals', 'trainees', 'attendees', 'delegates', 'experts', 'beneficiaries',
  'victims', 'children', 'youths', 'youth', 'women', 'men', 'families', 'inmates', 'prisoners', 'cases', 'copies',
  'units', 'mines', 'weapons', 'firearms', 'guns', 'rifles', 'rounds', 'munitions', 'cartridges', 'tons', 'tonnes',
  'kg', 'kilograms', 'kilos', 'km', 'kilometers', 'kilometres', 'meters', 'metres', 'miles', 'hectares', 'hours',
  'days', 'weeks', 'dollars', 'euros', 'pesos', 'pages', 'documents', 'items', 'visits', 'visitors', 'users',
  'calls', 'records', 'containers', 'vessels', 'ships', 'employees', 'workers', 'staff', 'teachers', 'judges',
  'prosecutors', 'soldiers', 'troops', 'guards', 'inspectors', 'graduates', 'recipients', 'applicants',
  'households', 'residents', 'inhabitants', 'citizens', 'migrants', 'addicts', 'patients', 'samples', 'kits',
  'doses', 'pills', 'grams', 'liters', 'litres', 'gallons', 'square', 'cubic', 'acres', 'points', 'percent',
  'devices', 'computers', 'vehicles', 'cars', 'boats', 'aircraft', 'explosives', 'tests', 'files', 'reports',
]);

/** Words before a lone month that show it is the month, not the modal "May" or a name. */
export const WORDS_BEFORE_MONTH = new Set([
  'in', 'on', 'of', 'during', 'since', 'until', 'till', 'by', 'from', 'through', 'to', 'last', 'next', 'this',
  'past', 'early', 'late', 'mid', 'and', 'or', 'between', 'the', 'throughout', 'before', 'after', 'around',
  'end', 'beginning', 'start', 'middle', 'within', 'for', 'as',
]);

/** Cues before a date in its sentence that the text speaks of the future ("will be held in March"). */
export const FUTURE_CUE = /\b(?:will|shall|upcoming|forthcoming|next|(?:is|are) (?:being )?(?:scheduled|planned|expected|programmed|slated|foreseen|due)|scheduled|expected (?:in|for|by|during|around)|to be (?:held|conducted|carried out|organized|launched)|plans? to|intends? to|expects? to)\b/gi;

/** Past-tense words between a future cue and the date that cut the cue off ("will continue the work begun in March"). */
export const PAST_AFTER_CUE = /\b(?:was|were|had|did|began|begun|started|launched|took place|(?<!\bbe\s)(?<!\bbeen\s)(?:held|conducted|organized|carried out|approved|adopted|created|established|signed|resulted|completed|concluded|ended|occurred|visited|hosted|participated|attended|trained|provided|delivered))\b/i;
