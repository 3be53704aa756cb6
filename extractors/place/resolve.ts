/**
 * Which country a place belongs to (ANNOTATION.md §2 "place"): the country written after it
 * ("Lima, Peru"), else the most populous gazetteer entry in a country the same block mentions,
 * else the gazetteer's most populous entry, else the nearest country mention, else "?".
 */
import type { Neighbour } from '../types.js';
import type { Gazetted } from './gazetteer.js';

export const UNKNOWN = '?';

/** Country mentions of the block, nearest to `at` first (a mention before `at` wins a tie). */
export function countriesNear(found: readonly Neighbour[], at: number): string[] {
  return found
    .filter((f) => f.type === 'country')
    .map((f) => ({ iso3: String(f.value), distance: f.end <= at ? at - f.end : f.start - at + 0.5 }))
    .sort((a, b) => a.distance - b.distance)
    .map((c) => c.iso3);
}

/**
 * The block's countries as resolveCountry reads them, made once per list of findings (and again
 * only when it grows): sorting every country by distance for every place was quadratic in a long
 * one-line report (issue 21 §4).
 */
interface BlockCountries {
  size: number;
  codes: Set<string>;
  countries: Neighbour[];
}
const blockCountries = new WeakMap<readonly Neighbour[], BlockCountries>();

function countriesOf(found: readonly Neighbour[]): BlockCountries {
  const had = blockCountries.get(found);
  if (had && had.size === found.length) return had;
  const countries = found.filter((f) => f.type === 'country').sort((a, b) => a.end - b.end || a.start - b.start);
  const made = { size: found.length, codes: new Set(countries.map((f) => String(f.value))), countries };
  blockCountries.set(found, made);
  return made;
}

/**
 * The first of countriesNear(found, at) for countries that do not overlap (as findings do not):
 * the last to end by `at` or the first to end after it, found by binary search over `countries`
 * sorted by end.
 */
function nearestCountry(countries: readonly Neighbour[], at: number): string | undefined {
  let lo = 0;
  let hi = countries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (countries[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  const before = countries[lo - 1];
  const after = countries[lo];
  if (!before) return after === undefined ? undefined : String(after.value);
  if (!after) return String(before.value);
  return String((after.start - at + 0.5 < at - before.end ? after : before).value);
}

/** The country mention nearest to `at` (countriesNear's first), or undefined. */
export const nearestCountryTo = (found: readonly Neighbour[], at: number): string | undefined => nearestCountry(countriesOf(found).countries, at);

export function resolveCountry(entries: readonly Gazetted[], found: readonly Neighbour[], at: number, stated?: string): string {
  if (stated) return stated;
  const { codes, countries } = countriesOf(found);
  if (entries.length) {
    const inBlock = entries.filter((e) => codes.has(e.iso3));
    const best = inBlock.length ? inBlock.sort((a, b) => b.population - a.population)[0] : entries[0];
    if (best) return best.iso3;
  }
  return nearestCountry(countries, at) ?? UNKNOWN;
}

export const placeValue = (name: string, iso3: string): string => `${name.replace(/\s+/g, ' ')}, ${iso3}`;
