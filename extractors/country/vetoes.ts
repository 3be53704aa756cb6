/**
 * Named filters that turn a country-name match down (ANNOTATION.md §2 "Not annotated"). Each says
 * why a string that spells a country does not refer to it here. They run in order; the first that
 * applies wins. They are filters, not rules: they make no mention, so they are not in `rules`.
 */
import type { Gazetted } from '../place/gazetteer.js';
import type { GazetteerLookups } from '../place/lookups.js';
import { PREFIX_VETO, SUBNATIONAL_WORDS, SUFFIX_VETO } from './lexicon.js';
import { charBefore, isSpace, lastNonSpace } from '../text/look-back.js';
import type { NameHit } from './match-names.js';
import { lookupCountry, type CountryName } from './names.js';
import { inRanges, type Range } from './titles.js';
import { isAllCaps, isCapitalized, joinable, nameKey, type Token } from './tokens.js';
import { isLetterOrMark, isSurrogate } from '../text/char-classes.js';

export interface VetoInput {
  text: string;
  tokens: readonly Token[];
  match: NameHit<CountryName>;
  titles: readonly Range[];
  /** Whether a token run is itself a country name (so a list neighbour is a country, not a state). */
  isCountry: (key: string) => boolean;
  /** The gazetteer, as place/lookups.ts answers it. */
  places: GazetteerLookups;
}

const NONE: readonly Gazetted[] = [];
/** The gazetteer entries for a key, as placesByKey gives them. */
const placesNamed = ({ places }: VetoInput, key: string): readonly Gazetted[] => places.entries(key) ?? NONE;

export interface Veto {
  id: string;
  description: string;
  applies(input: VetoInput): boolean;
}

const before = ({ tokens, match, text }: VetoInput): Token | undefined => {
  const prev = tokens[match.first - 1];
  return prev && joinable(text, prev, tokens[match.first]!) ? prev : undefined;
};

/** The capitalized words of the list item next to the match: ", X" / " and X" after, "X, " / "X and " before. */
function listNeighbours({ text, match }: VetoInput): string[] {
  const out: string[] = [];
  const after = text.slice(match.end);
  const a = /^(?:,\s*|\s+and\s+|\s+&\s+)((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s?){1,3})/u.exec(after.slice(0, 60));
  if (a?.[1]) out.push(a[1].trim());
  // Before: the pattern ends in "," or "and" (and white space), so only those are worth its run.
  const floor = Math.max(0, match.start - 60);
  const last = charBefore(text, match.start, floor);
  if (last !== ',' && last !== 'd') return out;
  const b = /((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s?){1,3})(?:,\s*|\s+and\s+)$/u.exec(text.slice(floor, match.start));
  if (b?.[1]) out.push(b[1].trim());
  return out;
}

/** Whether tokens k and k + 1 both exist and are joined into one name. */
const joins = ({ text, tokens }: VetoInput, k: number): boolean => k >= 0 && k + 1 < tokens.length && joinable(text, tokens[k]!, tokens[k + 1]!);

/** Tokens a…b spell a city of at least 10 000 people that the gazetteer lists. */
function isCityName(input: VetoInput, a: number, b: number): boolean {
  const { text, tokens } = input;
  if (!isCapitalized(tokens[a]!.text) || !isCapitalized(tokens[b]!.text)) return false;
  // A name the gazetteer lists starts with one of its first words: the rest is not worth building otherwise.
  if (!input.places.firstKeys.has(tokens[a]!.key)) return false;
  if (/\.\s/.test(text.slice(tokens[a]!.start, tokens[b]!.end))) return false;
  const key = tokens.slice(a, b + 1).map((t) => t.key).join(' ');
  return placesNamed(input, key).some((p) => p.kind === 'city' && p.population >= 10000);
}

/** A city before ", <region>": up to three capitalized words, with single spaces between. */
const CITY_BEFORE_COMMA = /((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s){0,2}[\p{Lu}][\p{L}\p{M}'’-]*),\s*$/u;

/**
 * Where CITY_BEFORE_COMMA can start at the earliest, for a comma at `comma`: its words hold only
 * letters, marks and ’.- and at most two white-space characters, so the pattern is run from the
 * first of those before the comma, not over the whole window.
 */
function cityCanStart(text: string, comma: number, floor: number): number {
  let spaces = 0;
  let i = comma - 1;
  for (; i >= floor; i--) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (++spaces > 2) break;
    } else if (!isNameChar(code)) break;
  }
  return i + 1;
}

/** A character of CITY_BEFORE_COMMA's words (surrogates too: a pair may be a letter). */
const isNameChar = (code: number): boolean =>
  isLetterOrMark(code) || code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d || isSurrogate(code);

export const VETOES: readonly Veto[] = [
  {
    id: 'country/veto-title',
    description: 'a place named in the title of a declaration, charter, convention … ("Declaration of Panama")',
    applies: ({ titles, match }) => inRanges(titles, match.start, match.end),
  },
  {
    id: 'country/veto-prefix',
    description: 'part of a longer place name ("New Mexico", "La Antigua")',
    applies: (input) => {
      const prev = before(input);
      return !!prev && isCapitalized(prev.text) && PREFIX_VETO.has(prev.key);
    },
  },
  {
    id: 'country/veto-suffix',
    description: 'a city, district or thing named after the country ("Mexico City", "Mexico DF", "Guinea pig", "US$")',
    applies: ({ text, match }) => SUFFIX_VETO.test(text.slice(match.end)),
  },
  {
    id: 'country/veto-state-of',
    description: 'a state or province sharing the name ("State of Mexico")',
    // "… of " or "… of the " ends in a space: without one right before, the pattern is not run.
    applies: ({ text, match }) =>
      text.charCodeAt(match.start - 1) === 0x20 &&
      /\b(?:[Ss]tate|[Pp]rovince|[Dd]epartment|[Cc]ity) of (?:the )?$/.test(text.slice(Math.max(0, match.start - 20), match.start)),
  },
  {
    id: 'country/veto-city-name',
    description: 'part of a city name ("Antigua Guatemala", "Port of Spain")',
    applies: (input) => {
      const { first, last } = input.match;
      for (let k = first; k < last; k++) if (!joins(input, k)) return false;
      const before = joins(input, first - 1);
      const after = joins(input, last);
      return (
        (before && joins(input, first - 2) && isCityName(input, first - 2, last)) ||
        (before && isCityName(input, first - 1, last)) ||
        (after && isCityName(input, first, last + 1)) ||
        (after && joins(input, last + 1) && isCityName(input, first, last + 2))
      );
    },
  },
  {
    id: 'country/veto-region-after-city',
    description: 'a state of another country written after its city ("Atlanta, Georgia")',
    applies: (input) => {
      const { text, match } = input;
      const floor = Math.max(0, match.start - 40);
      const comma = lastNonSpace(text, match.start, floor);
      if (comma < floor || text[comma] !== ',') return false; // the pattern ends in ",\s*"
      const city = CITY_BEFORE_COMMA.exec(text.slice(cityCanStart(text, comma, floor), match.start));
      if (!city?.[1]) return false;
      const region = nameKey(text.slice(match.start, match.end));
      return placesNamed(input, nameKey(city[1])).some((p) => p.kind === 'city' && p.iso3 !== match.hit.iso3 && p.region !== undefined && nameKey(p.region) === region);
    },
  },
  {
    id: 'country/veto-subnational-list',
    description: 'a state listed with states ("Chiapas, Mexico and Oaxaca" after "the states of"; "Georgia and Florida")',
    applies: (input) => {
      const own = placesNamed(input, nameKey(input.text.slice(input.match.start, input.match.end))).filter((p) => p.kind === 'region');
      if (!own.length) return false;
      const subnational = mentionsSubnational(input.text);
      return listNeighbours(input).some((n) => {
        const key = nameKey(n);
        if (input.isCountry(key)) return false;
        return placesNamed(input, key).some((p) => p.kind === 'region' && own.some((o) => o.iso3 === p.iso3 && (subnational || o.iso3 !== input.match.hit.iso3)));
      });
    },
  },
  {
    id: 'country/veto-city-of-country-in-parentheses',
    description: 'a city named like a country, with its own country in parentheses ("Liberia (Costa Rica)")',
    applies: (input) => {
      const { text, match } = input;
      if (text.charCodeAt(match.end) !== 0x20 || text.charCodeAt(match.end + 1) !== 0x28) return false; // " ("
      const inner = /^ \(([^()\n]{2,40})\)/.exec(text.slice(match.end, match.end + 44))?.[1];
      const iso3 = inner ? lookupCountry(inner) : undefined;
      if (!iso3 || iso3 === match.hit.iso3) return false;
      return placesNamed(input, nameKey(text.slice(match.start, match.end))).some((p) => p.kind === 'city' && p.iso3 === iso3);
    },
  },
  {
    id: 'country/veto-acronym-of-other-name',
    description: 'a country code in parentheses that abbreviates the name before it ("Danish Refugee Council (DRC)")',
    applies: (input) => {
      const { text, match } = input;
      if (!match.hit.exact || text[match.start - 1] !== '(' || text[match.end] !== ')') return false;
      const name = /((?:[\p{Lu}][\p{L}\p{M}'’-]*\s+(?:(?:of|for|and|the|on|de|du|des|la|le)\s+)*){1,8})\($/u.exec(
        text.slice(Math.max(0, match.start - 120), match.start),
      )?.[1];
      if (!name) return false;
      const tokens = name.trim().split(/\s+/);
      const initials = tokens.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      if (!initials.endsWith(match.hit.exact)) return false;
      // "… and the Democratic Republic of the Congo (DRC)": the country's own name before it keeps it
      return !tokens.some((w, i) => /^\p{Lu}/u.test(w) && lookupCountry(tokens.slice(i).join(' ')) === match.hit.iso3);
    },
  },
  {
    id: 'country/veto-pronoun-us',
    description: '"US" as the pronoun in an all-capitals line ("JOIN US")',
    applies: (input) => {
      const prev = before(input);
      return input.match.hit.exact === 'US' && !!prev && isAllCaps(prev.text) && prev.text.length > 1;
    },
  },
];

/**
 * SUBNATIONAL_WORDS in a block, read once per block rather than once per country name in it (a
 * long list of countries that are also region names was quadratic: issue 21 §4). The last block's
 * answer is kept with the block itself, so the next name compares the same string in O(1).
 */
let lastBlock: { text: string; subnational: boolean } | undefined;
function mentionsSubnational(text: string): boolean {
  if (lastBlock?.text !== text) lastBlock = { text, subnational: SUBNATIONAL_WORDS.test(text) };
  else lastBlock.text = text;
  return lastBlock.subnational;
}
