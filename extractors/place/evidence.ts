/**
 * What the words around a candidate name say about it: a locative cue before it, its country or
 * region after it, or capitalized neighbours that make it part of some other name.
 */
import { isSpace, lastNonSpace, letterWordBefore } from '../text/look-back.js';
import { CONNECTORS, isAllCaps, isCapitalized, joinable, type Token } from '../country/tokens.js';
import type { Neighbour } from '../types.js';
import { DISTRICTS, FOLLOWERS, INSTITUTION_WORDS, LOCATIVE_WORDS, MODIFIERS, MONTHS, PERSON_TITLES, PLACE_NOUN } from './lexicon.js';

export interface Window {
  text: string;
  tokens: readonly Token[];
  found: readonly Neighbour[];
}

/** A "." or "-" in text[from, to), as /[.-]/ on that slice: what the gap between two joined tokens is tested for. */
export function hasDotOrHyphen(text: string, from: number, to: number): boolean {
  for (let i = from; i < to && i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2e || code === 0x2d) return true;
  }
  return false;
}

/** A locative preposition right before a name, "the" allowed between ("held in the Bahamas"). */
const LOCATIVE = new RegExp(`\\b(?:${LOCATIVE_WORDS.join('|')})\\s+(?:the\\s+)?$`);

const PREPOSITIONS: ReadonlySet<string> = new Set(LOCATIVE_WORDS);

/** A locative preposition or place noun right before `start`. */
export function cueBefore(text: string, start: number): boolean {
  // Both cues end in white space: most capitalized words follow something else, and are settled here.
  if (start === 0 || !isSpace(text.charCodeAt(start - 1))) return false;
  const floor = Math.max(0, start - 40);
  // The rest by the word the cue turns on, the one before the name or before its "the": a
  // preposition for LOCATIVE, "of" for PLACE_NOUN. Each pattern is run only after its word.
  let word = letterWordBefore(text, start, floor);
  if (word === 'the') word = letterWordBefore(text, lastNonSpace(text, start, floor) - 2, floor);
  if (PREPOSITIONS.has(word)) return LOCATIVE.test(text.slice(floor, start));
  // a sentence or line that opens on where it happened: "In Belize City, the Office ran …", "At Kingston, …"
  // (the window is short enough that its "^" is the text's start only where the text starts there)
  if (word === 'In' || word === 'At') return SENTENCE_OPENING_LOCATIVE.test(text.slice(Math.max(0, start - 12), start));
  return word === 'of' && PLACE_NOUN.test(text.slice(floor, start));
}

/** "In" or "At" opening a sentence or a line, then the name ("the" allowed between). */
const SENTENCE_OPENING_LOCATIVE = /(?:^|\n|[.!?]["”’)]?\s)\s*(?:In|At)\s+(?:the\s+)?$/;

/** The country mention written right after a name: ", Colombia" (or " , Colombia"), or in parentheses: " (Costa Rica)". */
export function countryAfter({ text, found }: Window, end: number): string | undefined {
  // /^\s?,\s*/ on the text after the name, read in place: it is asked after every candidate.
  let at = end;
  if (isSpace(text.charCodeAt(at)) && text.charCodeAt(at + 1) === 0x2c) at++;
  if (text.charCodeAt(at) === 0x2c) {
    at++;
    while (isSpace(text.charCodeAt(at))) at++;
    return countryStartingAt(found, at)?.value;
  }
  // "in Chetumal (Mexico)": the country alone in the parentheses.
  if (text.charCodeAt(at) !== 0x20 || text.charCodeAt(at + 1) !== 0x28) return undefined;
  const c = countryStartingAt(found, at + 2);
  return c && text.charCodeAt(c.end) === 0x29 ? c.value : undefined;
}

/** A facility named after its town ("Comalapa international airport", "Puerto Cortés container terminal"): its words, up to the comma before the country. */
const FACILITY_AFTER = /^\s+(?:(?:international|national|regional|main|old|new|border|land|sea|river|air|container|cargo|ferry|customs)\s+){0,2}(?:airport|port|seaport|harbou?r|crossing|border\s+(?:post|crossing)|bridge|terminal|checkpoint|post|pier|dock|wharf)\s*,\s*/i;

/**
 * The country written after a facility named after the place: "the Comalapa international
 * airport, El Salvador" places Comalapa in El Salvador, whatever town of that name the gazetteer
 * knows best elsewhere.
 */
export function countryAfterFacility({ text, found }: Window, end: number): string | undefined {
  if (!isSpace(text.charCodeAt(end))) return undefined;
  const m = FACILITY_AFTER.exec(text.slice(end, end + 60));
  return m ? countryStartingAt(found, end + m[0].length)?.value : undefined;
}

/** The country of a district abbreviation after a name ("Washington, D.C." → USA). */
export function districtAfter(text: string, end: number): string | undefined {
  const rest = text.slice(end);
  return DISTRICTS.find(([re]) => re.test(rest))?.[1];
}

/**
 * A date mention that ends right before the name, a space or two between ("24–26 June Vienna 18", "12–14 May
 * Lima"): a table's or calendar's date cell, then its venue.
 */
export function dateBefore({ text, found }: Window, start: number): boolean {
  let at = start;
  while (at > 0 && (text.charCodeAt(at - 1) === 0x20 || text.charCodeAt(at - 1) === 0x09) && start - at < 4) at--;
  if (at === start || at === 0) return false;
  return found.some((f) => f.type === 'date' && f.end === at);
}

/** A capitalized word just before the name that makes it the tail of another name ("Juan Lima"); a date's month is none ("3–7 March Dakar"). */
export function nameBefore({ text, tokens, found }: Window, first: number): boolean {
  const prev = tokens[first - 1];
  if (!prev || !joinable(text, prev, tokens[first]!)) return false;
  if (MONTHS.test(prev.text) && dateBefore({ text, tokens, found }, tokens[first]!.start)) return false;
  if (PERSON_TITLES.has(prev.key) && prev.key !== 'st') return true;
  if (hasDotOrHyphen(text, prev.end, tokens[first]!.start)) return false;
  if (CONNECTORS.has(prev.text)) {
    const before = tokens[first - 2];
    return prev.text !== 'of' && prev.text !== 'and' && !!before && isCapitalized(before.text) && joinable(text, before, prev);
  }
  return isCapitalized(prev.text) && !isAllCaps(prev.text) && !MODIFIERS.has(prev.key);
}

/** "of", "the", "and" start a phrase ("Vienna of the UN …"); "de", "del" go on with a name. */
const ENGLISH_CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'and']);

/** More capitalized name right after the last token ("Santiago Pérez", "Central America"). */
export function nameAfter({ text, tokens }: Window, last: number): boolean {
  const next = tokens[last + 1];
  if (!next || !joinable(text, tokens[last]!, next) || hasDotOrHyphen(text, tokens[last]!.end, next.start)) return false;
  if (CONNECTORS.has(next.text)) {
    if (ENGLISH_CONNECTORS.has(next.text)) return false;
    let k = last + 2;
    if (tokens[k] && CONNECTORS.has(tokens[k]!.text) && joinable(text, next, tokens[k]!)) k++;
    const after = tokens[k];
    return !!after && isCapitalized(after.text) && joinable(text, tokens[k - 1]!, after);
  }
  return isCapitalized(next.text) && !isAllCaps(next.text) && !FOLLOWERS.has(next.key) && !MONTHS.test(next.text);
}

/** Only a list separator between the previous place and this one ("El Alto and La Paz"). */
export function listAfter(text: string, previousEnd: number | undefined, start: number): boolean {
  if (previousEnd === undefined || previousEnd > start) return false;
  return /^(?:\s*,\s*|,?\s+(?:and|or|y)\s+)$/.test(text.slice(previousEnd, start));
}

/**
 * The name is the tail of an institution's name: "of (the)" after a capitalized run holding an
 * institution word ("University of Buenos Aires", "Port Administration of Manzanillo").
 */
export function institutionBefore({ text, tokens }: Window, first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.text === 'the') k--;
  if (tokens[k]?.text !== 'of' || !joinable(text, tokens[k]!, tokens[k + 1]!)) return false;
  for (let j = k - 1, n = 0; j >= 0 && n < 5 && joinable(text, tokens[j]!, tokens[j + 1]!); j--, n++) {
    const t = tokens[j]!;
    if (INSTITUTION_WORDS.has(t.key)) return true;
    if (!isCapitalized(t.text) && !CONNECTORS.has(t.text)) return false;
  }
  return false;
}

/** Event words that, capitalized after a place and going on with "on"/"of"/"for", make it an event's title ("Cartagena Forum on …"). */
const TITLED_EVENTS: ReadonlySet<string> = new Set(['forum', 'conference', 'summit', 'seminar', 'workshop', 'meeting', 'congress', 'symposium', 'dialogue']);

export function eventTitleAfter({ text, tokens }: Window, last: number): boolean {
  const next = tokens[last + 1];
  if (!next || !joinable(text, tokens[last]!, next) || !isCapitalized(next.text) || !TITLED_EVENTS.has(next.key)) return false;
  return /^ (?:on|of|for) (?:the )?\p{Lu}/u.test(text.slice(next.end, next.end + 16));
}

/** Each list of findings' countries filed by start, once (and again if the list grows). */
const countriesByStart = new WeakMap<readonly Neighbour[], { length: number; byStart: Map<number, { value: string; end: number }> }>();

/** The value and end of the first country finding that starts at `at` (as found.find would give it). */
function countryStartingAt(found: readonly Neighbour[], at: number): { value: string; end: number } | undefined {
  let filed = countriesByStart.get(found);
  if (!filed || filed.length !== found.length) {
    const byStart = new Map<number, { value: string; end: number }>();
    for (const f of found) if (f.type === 'country' && !byStart.has(f.start)) byStart.set(f.start, { value: String(f.value), end: f.end });
    filed = { length: found.length, byStart };
    countriesByStart.set(found, filed);
  }
  return filed.byStart.get(at);
}
