/**
 * Places the gazetteer does not list: named areas opened by a terrain or admin word
 * ("Cordillera del Condor", "Isla Margarita") and names written after a locative cue and before
 * their country ("in La Antigua, Guatemala").
 */
import { CONNECTORS, isCapitalized, joinable } from '../country/tokens.js';
import { countryAfter, cueBefore, hasDotOrHyphen, type Window } from './evidence.js';
import { AREA_HEADS, INSTITUTION_WORDS, LEAD_MODIFIERS, STRONG_PLACE_NOUN } from './lexicon.js';
import { nearestCountryTo, UNKNOWN } from './resolve.js';
import { afterPersonTitle } from './person-names.js';

export interface Unlisted {
  start: number;
  end: number;
  last: number;
  iso3: string;
}

/** The capitalized run from token `first` (connectors inside only), at most `max` tokens. */
function runFrom({ text, tokens }: Window, first: number, max: number): number {
  let last = first;
  while (last + 1 < tokens.length && last + 1 - first < max && joinable(text, tokens[last]!, tokens[last + 1]!)) {
    const next = tokens[last + 1]!;
    if (hasDotOrHyphen(text, tokens[last]!.end, next.start)) break;
    if (isCapitalized(next.text)) {
      last++;
      continue;
    }
    let k = last + 1;
    while (k < last + 3 && tokens[k] && CONNECTORS.has(tokens[k]!.text) && tokens[k]!.text !== 'and') k++;
    if (k > last + 1 && tokens[k] && isCapitalized(tokens[k]!.text)) last = k;
    else break;
  }
  return last;
}

export function areaName(w: Window, first: number): Unlisted | undefined {
  const head = w.tokens[first]!;
  if (!AREA_HEADS.has(head.key)) return undefined;
  const last = runFrom(w, first, 5);
  if (last === first) return undefined;
  // a body named after an area ("Cordillera Prevention Foundation", "Sierra Madre Institute") is no place
  if (w.tokens.slice(first, last + 1).some((t) => INSTITUTION_WORDS.has(t.key))) return undefined;
  const end = w.tokens[last]!.end;
  const iso3 = countryAfter(w, end) ?? nearestCountryTo(w.found, head.start) ?? UNKNOWN;
  return { start: head.start, end, last, iso3 };
}

/** A run before its country, after a cue or opening with a gazetteer name ("Cartagena de Indias, Colombia"). */
export function namedBeforeCountry(w: Window, first: number, gazetted: boolean): Unlisted | undefined {
  const head = w.tokens[first]!;
  if (LEAD_MODIFIERS.has(head.key) || !(gazetted || cueBefore(w.text, head.start))) return undefined;
  if (afterPersonTitle(w.text, w.tokens, first)) return undefined;
  const last = runFrom(w, first, 4);
  const words = w.tokens.slice(first, last + 1);
  if (words.some((t) => INSTITUTION_WORDS.has(t.key))) return undefined;
  const end = w.tokens[last]!.end;
  const iso3 = countryAfter(w, end);
  return iso3 ? { start: head.start, end, last, iso3 } : undefined;
}

/** A gazetteer name that goes on with "de …" ("Santiago de los Caballeros"), after a cue: the whole name. */
export function compoundName(w: Window, first: number, afterCue: boolean): Omit<Unlisted, 'iso3'> | undefined {
  const head = w.tokens[first]!;
  if (!afterCue) return undefined;
  const last = runFrom(w, first, 6);
  const words = w.tokens.slice(first, last + 1);
  const joint = words.find((t) => CONNECTORS.has(t.text));
  if (last === first || !joint || ['of', 'the', 'and'].includes(joint.text) || words.some((t) => INSTITUTION_WORDS.has(t.key))) return undefined;
  return { start: head.start, end: w.tokens[last]!.end, last };
}

/** A name the gazetteer lacks after "the city of", "the border post of" … ("the seaport of Vieux Fort"): the country from the block. */
export function namedAfterPlaceNoun(w: Window, first: number): Unlisted | undefined {
  const head = w.tokens[first]!;
  if (!STRONG_PLACE_NOUN.test(w.text.slice(Math.max(0, head.start - 40), head.start))) return undefined;
  const last = runFrom(w, first, 4);
  if (w.tokens.slice(first, last + 1).some((t) => INSTITUTION_WORDS.has(t.key))) return undefined;
  const end = w.tokens[last]!.end;
  const iso3 = countryAfter(w, end) ?? nearestCountryTo(w.found, head.start) ?? UNKNOWN;
  return { start: head.start, end, last, iso3 };
}
