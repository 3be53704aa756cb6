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

export function resolveCountry(entries: readonly Gazetted[], found: readonly Neighbour[], at: number, stated?: string): string {
  if (stated) return stated;
  const near = countriesNear(found, at);
  if (entries.length) {
    const inBlock = entries.filter((e) => near.includes(e.iso3));
    const best = inBlock.length ? inBlock.sort((a, b) => b.population - a.population)[0] : entries[0];
    if (best) return best.iso3;
  }
  return near[0] ?? UNKNOWN;
}

export const placeValue = (name: string, iso3: string): string => `${name.replace(/\s+/g, ' ')}, ${iso3}`;
