/**
 * The place extractor (ANNOTATION.md §2 "place", value "Name, ISO3"). Looks up capitalized token
 * runs in the gazetteer and keeps a name only with evidence (rules.ts); countries are the country
 * extractor's, so places never overlap a country mention, and titles of instruments are skipped.
 */
import { longestName, type NameHit } from '../country/match-names.js';
import { inRanges, titleRanges } from '../country/titles.js';
import { isAllCaps, isCapitalized, tokenize, type Token } from '../country/tokens.js';
import type { ExtractContext, Extractor, Found } from '../types.js';
import { countryAfter, cueBefore, districtAfter, listAfter, nameAfter, nameBefore, type Window } from './evidence.js';
import { gazetteer, placesByKey, type Gazetted } from './gazetteer.js';
import { gazetteerLookups } from './lookups.js';
import { lowercaseWords, type LowercaseWords } from './lowercase-words.js';
import { areaName, compoundName, namedBeforeCountry } from './unlisted.js';
import { INSTITUTION_WORDS, NOT_PLACES, WELL_KNOWN_CAPITAL_POPULATION, WELL_KNOWN_POPULATION } from './lexicon.js';
import { placeValue, resolveCountry } from './resolve.js';
import { RULES, type PlaceRuleId } from './rules.js';

const STATE_KEY = 'place:lowercase-words';

function extractPlaces(text: string, ctx: ExtractContext): Found[] {
  const tokens = tokenize(text);
  const w: Window = { text, tokens, found: ctx.found };
  // The characters of country and date findings, marked once: a candidate checks only its own
  // characters (checking it against every finding was quadratic in a long list: issue 21 §4).
  const taken = new Uint8Array(text.length + 1);
  for (const f of ctx.found) if (f.type === 'country' || f.type === 'date') taken.fill(1, Math.max(0, f.start), Math.min(text.length, f.end));
  const common = (ctx.state.get(STATE_KEY) as LowercaseWords | undefined) ?? lowercaseWords(text);
  const { maxTokens } = gazetteer();
  const { firstKeys, entries } = gazetteerLookups();
  const out: Found[] = [];
  let lastEnd: number | undefined;
  const push = (start: number, end: number, iso3: string, rule: PlaceRuleId): void => {
    out.push({ start, end, value: placeValue(text.slice(start, end), iso3), rule });
    lastEnd = end;
  };
  // Titles are read on the first candidate: most blocks have none.
  const free = (a: Token, b: Token) => {
    for (let k = a.start; k < b.end; k++) if (taken[k] === 1) return false;
    return !inRanges(titleRanges(text), a.start, b.end);
  };

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!isCapitalized(tok.text)) continue;
    const area = areaName(w, i);
    if (area && free(tok, tokens[area.last]!)) {
      push(area.start, area.end, area.iso3, 'place/area-name');
      i = area.last;
      continue;
    }
    const m = longestName(text, tokens, i, maxTokens, entries, firstKeys);
    const listed = m && free(tokens[m.first]!, tokens[m.last]!) ? judge(w, m, { common, lastEnd }) : undefined;
    if (listed) {
      push(listed.start, listed.end, listed.iso3, listed.rule);
      i = listed.last;
      const region = listed.region;
      if (region && free(tokens[region.first]!, tokens[region.last]!)) {
        push(region.start, region.end, listed.iso3, 'place/region-after-city');
        i = region.last;
      }
      continue;
    }
    const named = namedBeforeCountry(w, i, !!m);
    if (named && free(tok, tokens[named.last]!)) {
      push(named.start, named.end, named.iso3, 'place/named-before-country');
      i = named.last;
      continue;
    }
    const compound = m && compoundName(w, i, cueBefore(text, tok.start) || listAfter(text, lastEnd, tok.start));
    if (m && compound && free(tok, tokens[compound.last]!)) {
      push(compound.start, compound.end, resolveCountry(m.hit, ctx.found, compound.start), 'place/compound-name');
      i = compound.last;
    }
  }
  return out;
}

/** Whether a gazetteer hit is a place here, by which rule, and in which country. */
function judge(w: Window, m: NameHit<readonly Gazetted[]>, seen: { common: LowercaseWords; lastEnd: number | undefined }) {
  const { text, tokens } = w;
  const tok = tokens[m.first]!;
  const entries = m.hit;
  const single = m.first === m.last;
  if (single && (NOT_PLACES.has(tok.key) || INSTITUTION_WORDS.has(tok.key))) return undefined;
  const region = regionAfter(w, m.last, entries);
  const stated = countryAfter(w, m.end) ?? region?.hit.iso3 ?? districtAfter(text, m.end);
  if (single && isAllCaps(tok.text) && !stated) return undefined;
  if (!stated && (nameAfter(w, m.last) || (single && seen.common.has(tok.text.toLowerCase())))) return undefined;
  let rule: PlaceRuleId | undefined;
  if (stated) rule = countryAfter(w, m.end) || region ? 'place/city-country' : 'place/city-district';
  else if (nameBefore(w, m.first)) rule = undefined;
  else if (cueBefore(text, m.start)) rule = 'place/after-cue';
  else if (listAfter(text, seen.lastEnd, m.start)) rule = 'place/list-item';
  else if (entries.some(wellKnown)) rule = 'place/well-known-city';
  if (!rule) return undefined;
  const iso3 = resolveCountry(rule === 'place/well-known-city' ? entries.filter(wellKnown) : entries, w.found, m.start, stated);
  return { start: m.start, end: m.end, last: m.last, iso3, rule, region };
}

const wellKnown = (e: Gazetted): boolean =>
  e.kind === 'city' && (e.population >= WELL_KNOWN_POPULATION || (!!e.capital && e.population >= WELL_KNOWN_CAPITAL_POPULATION[e.capital]));

/** "San Diego, California": the region written after a city, when the gazetteer puts the city in it. */
function regionAfter(w: Window, last: number, entries: readonly Gazetted[]) {
  const { text, tokens } = w;
  const next = tokens[last + 1];
  if (!next || !/^\s?,\s*$/.test(text.slice(tokens[last]!.end, next.start))) return undefined;
  const cities = entries.filter((e) => e.kind === 'city' && e.region);
  return longestName(text, tokens, last + 1, 4, (key) => placesByKey(key).find((p) => p.kind === 'region' && cities.some((c) => c.iso3 === p.iso3 && c.region === p.name)));
}

export const placeExtractor: Extractor = {
  type: 'place',
  rules: RULES,
  prepare(documentText, state) {
    state.set(STATE_KEY, lowercaseWords(documentText));
  },
  extract(text, ctx) {
    return extractPlaces(text, ctx);
  },
};
