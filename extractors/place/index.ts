/**
 * The place extractor (ANNOTATION.md §2 "place", value "Name, ISO3"). Looks up capitalized token
 * runs in the gazetteer and keeps a name only with evidence (rules.ts); countries are the country
 * extractor's, so places never overlap a country mention, and titles of instruments are skipped.
 */
import { opensWithNewsDateline } from '../../pipeline/segment/front-lines.js';
import { longestName, type NameHit } from '../country/match-names.js';
import { inRanges, titleRanges } from '../country/titles.js';
import { isAllCaps, isCapitalized, joinable, nameKey, tokenize, type Token } from '../country/tokens.js';
import type { ExtractContext, Extractor, Found } from '../types.js';
import { countryAfter, countryAfterFacility, cueBefore, dateBefore, districtAfter, eventTitleAfter, institutionBefore, listAfter, nameAfter, nameBefore, type Window } from './evidence.js';
import { gazetteer, placesByKey, type Gazetted } from './gazetteer.js';
import { gazetteerLookups } from './lookups.js';
import { lowercaseWords, type LowercaseWords } from './lowercase-words.js';
import { areaName, compoundName, namedAfterPlaceNoun, namedBeforeCountry } from './unlisted.js';
import { afterPersonTitle } from './person-names.js';
import { namesPlacedInDocument, type NamedElsewhere } from './named-elsewhere.js';
import { INSTITUTION_WORDS, NOT_PLACES, WELL_KNOWN_CAPITAL_POPULATION, WELL_KNOWN_POPULATION } from './lexicon.js';
import { countriesNear, placeValue, resolveCountry, UNKNOWN } from './resolve.js';
import { RULES, type PlaceRuleId } from './rules.js';

const STATE_KEY = 'place:lowercase-words';
const PLACED_KEY = 'place:named-elsewhere';
/** The country of the last place found in the document (per-document state). */
const LAST_COUNTRY = 'place:last-country';

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
  const push = (from: number, end: number, iso3: string, rule: PlaceRuleId): void => {
    // Spans never open on an article (ANNOTATION.md §2), though the name keeps it: "The Hague (Netherlands)" spans
    // "Hague" and is "The Hague, NLD".
    const article = /^the\s+/i.exec(text.slice(from, Math.min(end, from + 8)));
    const start = article && from + article[0].length < end ? from + article[0].length : from;
    out.push({ start, end, value: placeValue(text.slice(from, end), iso3), rule });
    lastEnd = end;
    if (iso3 !== UNKNOWN) ctx.state.set(LAST_COUNTRY, iso3);
  };
  // Titles are read on the first candidate: most blocks have none.
  const free = (a: Token, b: Token) => {
    for (let k = a.start; k < b.end; k++) if (taken[k] === 1) return false;
    return !inRanges(titleRanges(text), a.start, b.end);
  };

  let placed: NamedElsewhere | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!isCapitalized(tok.text)) continue;
    // "Ambassador Rosa Elena Cuenca": a person's name after her title, whatever places its words name
    if (i > 0 && afterPersonTitle(text, tokens, i)) continue;
    const area = areaName(w, i);
    if (area && free(tok, tokens[area.last]!)) {
      push(area.start, area.end, area.iso3, 'place/area-name');
      i = area.last;
      continue;
    }
    const m = longestName(text, tokens, i, maxTokens, entries, firstKeys);
    // "In Liberia (Costa Rica)", "in Liberia, Guanacaste": a city named like a country, placed by what follows.
    const namesake = m && countryNamesake(w, m);
    if (namesake) {
      push(namesake.start, namesake.end, namesake.iso3, 'place/country-namesake');
      i = namesake.last;
      const region = namesake.region;
      if (region && free(tokens[region.first]!, tokens[region.last]!)) {
        push(region.start, region.end, namesake.iso3, 'place/region-after-city');
        i = region.last;
      }
      continue;
    }
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
      push(compound.start, compound.end, compoundCountry(m.hit, ctx, compound.start), 'place/compound-name');
      i = compound.last;
      continue;
    }
    const noun = m ? undefined : namedAfterPlaceNoun(w, i);
    if (noun && free(tok, tokens[noun.last]!)) {
      push(noun.start, noun.end, noun.iso3, 'place/named-after-place-noun');
      i = noun.last;
      continue;
    }
    placed ??= (ctx.state.get(PLACED_KEY) as NamedElsewhere | undefined) ?? namesPlacedInDocument(text);
    const known = placed.size > 0 ? namedElsewhere(w, i, placed) : undefined;
    if (known && free(tok, tokens[known.last]!)) {
      push(known.start, known.end, known.iso3, 'place/named-elsewhere');
      i = known.last;
    }
  }
  return out;
}

/**
 * A name the document places in a country elsewhere (named-elsewhere.ts), standing alone here: not
 * inside a longer capitalized name ("Kasanga Fishers' Union") nor the tail of an institution's.
 */
function namedElsewhere(w: Window, i: number, placed: NamedElsewhere) {
  const { text, tokens } = w;
  if (tokens[i]!.text.toLowerCase() === 'the') return undefined; // "The Sesheke depot": the name starts after the article
  for (const last of [i + 1, i]) {
    const end = tokens[last];
    if (!end || (last > i && (!isCapitalized(end.text) || !joinable(text, tokens[i]!, end)))) continue;
    const iso3 = placed.get(nameKey(text.slice(tokens[i]!.start, end.end)));
    if (!iso3) continue;
    if (nameBefore(w, i) || nameAfter(w, last) || institutionBefore(w, i)) return undefined;
    return { start: tokens[i]!.start, end: end.end, last, iso3 };
  }
  return undefined;
}

/** Whether a gazetteer hit is a place here, by which rule, and in which country. */
function judge(w: Window, m: NameHit<readonly Gazetted[]>, seen: { common: LowercaseWords; lastEnd: number | undefined }) {
  const { text, tokens } = w;
  const tok = tokens[m.first]!;
  const entries = m.hit;
  const single = m.first === m.last;
  // (the common word is written without accents: "Malé" is the capital, "Male" the adjective)
  if (single && ((NOT_PLACES.has(tok.key) && !/[^\u0000-\u007f]/.test(tok.text)) || INSTITUTION_WORDS.has(tok.key))) return undefined;
  const region = regionAfter(w, m.last, entries);
  const stated = countryAfter(w, m.end) ?? region?.hit.iso3 ?? districtAfter(text, m.end);
  // A news item's text opening on its place and date ("TEGUCIGALPA, 11 April 2025 – …"): the place of the dateline.
  const dateline = !stated && /^\s*$/.test(text.slice(0, m.start)) && opensWithNewsDateline(text.slice(m.start, m.start + 120));
  // In a heading in capitals, a well-known city after "IN"/"AT" ("PARTNERS MEET IN ASUNCIÓN").
  if (single && isAllCaps(tok.text) && !stated && !dateline && !(/\b(?:IN|AT)\s+$/.test(text.slice(Math.max(0, m.start - 4), m.start)) && entries.some(wellKnown))) return undefined;
  // "the Sahel", "the Chaco": a region named with an article is an area across borders, not a listed region.
  if (!stated && entries[0]?.kind === 'region' && !entries.some(wellKnown) && /\bthe\s+$/.test(text.slice(Math.max(0, m.start - 4), m.start))) return undefined;
  if (!stated && (nameAfter(w, m.last) || (single && seen.common.has(tok.text.toLowerCase())))) return undefined;
  // Inside an institution's or an event's name, a city is no place mention (issue 18).
  if (institutionBefore(w, m.first) || eventTitleAfter(w, m.last)) return undefined;
  let rule: PlaceRuleId | undefined;
  if (stated) rule = countryAfter(w, m.end) || region ? 'place/city-country' : 'place/city-district';
  else if (nameBefore(w, m.first)) rule = undefined;
  else if (cueBefore(text, m.start)) rule = 'place/after-cue';
  else if (dateBefore(w, m.start)) rule = 'place/after-date';
  else if (listAfter(text, seen.lastEnd, m.start)) rule = 'place/list-item';
  else if (entries.some(wellKnown)) rule = 'place/well-known-city';
  else if (dateline) rule = 'place/dateline';
  if (!rule) return undefined;
  const iso3 = resolveCountry(rule === 'place/well-known-city' ? entries.filter(wellKnown) : entries, w.found, m.start, stated ?? countryAfterFacility(w, m.end));
  return { start: m.start, end: m.end, last: m.last, iso3, rule, region };
}

/**
 * The country of a compound name whose first part only is listed ("Santo Tomás de Castilla"): the
 * listed part's entries say little of the whole, so a country the block names wins over them.
 */
function compoundCountry(entries: readonly Gazetted[], ctx: ExtractContext, at: number): string {
  const near = countriesNear(ctx.found, at);
  if (near[0] && !entries.some((e) => near.includes(e.iso3))) return near[0];
  // A block that names no country goes on from the place before it in the document.
  const before = ctx.state.get(LAST_COUNTRY);
  if (!near[0] && typeof before === 'string' && !entries.some((e) => e.iso3 === before)) return before;
  return resolveCountry(entries, ctx.found, at);
}

const wellKnown = (e: Gazetted): boolean =>
  e.kind === 'city' && (e.population >= WELL_KNOWN_POPULATION || (!!e.capital && e.population >= WELL_KNOWN_CAPITAL_POPULATION[e.capital]));

/**
 * A gazetteer city that the country extractor read as a country of the same name, with its real
 * country in parentheses after it or its region after a comma: the city, in that country.
 */
function countryNamesake(w: Window, m: NameHit<readonly Gazetted[]>) {
  const own = w.found.find((f) => f.type === 'country' && f.start === m.start && f.end === m.end);
  if (!own) return undefined;
  const cities = m.hit.filter((e) => e.kind === 'city');
  // Only the country in parentheses: after a comma, a country is the next item of a list ("Senegal, Mali, Guinea").
  const stated = w.text.startsWith(' (', m.end) ? countryAfter(w, m.end) : undefined;
  const after = stated ? undefined : regionAfter(w, m.last, cities);
  // A region that is itself a country mention is the next item of a list of countries ("Mali, Guinea").
  const region = after && !w.found.some((f) => f.type === 'country' && f.start < after.end && after.start < f.end) ? after : undefined;
  const iso3 = region?.hit.iso3 ?? stated;
  if (!iso3 || iso3 === String(own.value) || !cities.some((e) => e.iso3 === iso3)) return undefined;
  return { start: m.start, end: m.end, last: m.last, iso3, region };
}

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
    state.set(PLACED_KEY, namesPlacedInDocument(documentText));
  },
  extract(text, ctx) {
    return extractPlaces(text, ctx);
  },
};
