/**
 * Places a report names once with their country and later alone: "in Kasanga and Muzi, Tanzania"
 * and, three paragraphs on, "a course at Kasanga". Small towns, lake ports and villages are in no
 * gazetteer a tool can ship, and the later bare mention has no cue of its own; the report itself
 * says what the name is. The document is read once (prepare) for names written after a locative
 * cue, or alone at the start of a line (a cover's or signature's "Mpulungu, Zambia, 20 February
 * 2026"), and followed by ", <country>"; every other stand-alone occurrence of such a name is then a
 * place in that country.
 */
import { lookupCountry } from '../country/names.js';
import { nameKey } from '../country/tokens.js';
import { INSTITUTION_WORDS, LOCATIVE_WORDS, MONTHS, NOT_PLACES } from './lexicon.js';

/** Names (by nameKey) the document places in a country, with that country. */
export type NamedElsewhere = ReadonlyMap<string, string>;

const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*`;
const NAME = String.raw`${WORD}(?: ${WORD})?`;
/** A cue and one to three names in a list ("in Rumonge", "from Kasanga and Muzi"), then ", " and the country's words. */
const AFTER_CUE = new RegExp(
  String.raw`\b(?:${LOCATIVE_WORDS.join('|')})\s+(${NAME}(?:(?:, | and )${NAME}){0,2}),\s+((?:\p{Lu}[\p{L}.'’&-]*|of|the|and)(?: (?:\p{Lu}[\p{L}.'’&-]*|of|the|and)){0,6})`,
  'gu',
);
/** A line that opens on one name, its country and a date: a cover's or a signature's place line. */
const LINE_START = new RegExp(String.raw`^(${WORD}),\s+((?:\p{Lu}[\p{L}.'’&-]*|of|the|and)(?: (?:\p{Lu}[\p{L}.'’&-]*|of|the|and)){0,6}),\s+\d`, 'gmu');

/** The country spelled by the longest leading run of `words` ("Democratic Republic of the Congo, in …"). */
function countryOf(words: string): string | undefined {
  const parts = words.split(' ');
  for (let n = parts.length; n > 0; n--) {
    const iso3 = lookupCountry(parts.slice(0, n).join(' '));
    if (iso3) return iso3;
  }
  return undefined;
}

/** Whether a name could be a town: no country, month, institution or common word in it. */
function townLike(name: string): boolean {
  if (lookupCountry(name)) return false;
  return name.split(/[ -]/).every((w) => {
    const key = w.toLowerCase();
    return !MONTHS.test(w) && !NOT_PLACES.has(key) && !INSTITUTION_WORDS.has(key);
  });
}

export function namesPlacedInDocument(text: string): NamedElsewhere {
  const out = new Map<string, string>();
  const learn = (names: string[], country: string) => {
    const iso3 = countryOf(country);
    if (!iso3) return;
    for (const name of names) if (townLike(name)) out.set(nameKey(name), iso3);
  };
  for (const m of text.matchAll(AFTER_CUE)) learn(m[1]!.split(/, | and /), m[2]!);
  for (const m of text.matchAll(LINE_START)) learn([m[1]!], m[2]!);
  return out;
}
