/**
 * The country extractor (ANNOTATION.md §2 "country", value ISO 3166-1 alpha-3). Scans capitalized
 * token runs, takes the longest run the name index knows, and drops what a veto explains away.
 */
import { gazetteerLookups } from '../place/lookups.js';
import type { Extractor, Found } from '../types.js';
import { longestName } from './match-names.js';
import { type CountryName, nameIndex } from './names.js';
import { RULES, ruleFor } from './rules.js';
import { type Range, titleRanges } from './titles.js';
import { tokenize } from './tokens.js';
import { VETOES, type VetoInput } from './vetoes.js';

export { countryName, lookupCountry } from './names.js';

function findCountries(text: string): Found[] {
  const { byKey, maxTokens, firstKeys } = nameIndex();
  // The gazetteer as the vetoes read it (place/lookups.ts).
  const places = gazetteerLookups();
  const tokens = tokenize(text);
  let titles: readonly Range[] | undefined; // read once a name is found: most blocks name no country
  const isCountry = (key: string) => byKey.has(key);
  const lookup = (key: string, first: number, last: number): CountryName | undefined => {
    const hit = byKey.get(key);
    if (hit?.exact && tokens.slice(first, last + 1).map((w) => w.text).join('') !== hit.exact) return undefined;
    return hit;
  };
  const out: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const match = longestName(text, tokens, i, maxTokens, lookup, firstKeys);
    if (!match) continue;
    i = match.last;
    titles ??= titleRanges(text);
    if (vetoed({ text, tokens, match, titles, isCountry, places })) continue;
    out.push({ start: match.start, end: match.end, value: match.hit.iso3, rule: ruleFor(match.hit.source).id });
  }
  return out;
}

/** Whether a veto turns the match down (VETOES.some, without a closure per match). */
function vetoed(input: VetoInput): boolean {
  for (const veto of VETOES) if (veto.applies(input)) return true;
  return false;
}

export const countryExtractor: Extractor = {
  type: 'country',
  rules: RULES,
  extract(text) {
    return findCountries(text);
  },
};
