/**
 * The two questions the place extractor and the country vetoes ask the gazetteer, block after
 * block: does a listed name start with this word, and what does it list under this key. The
 * first goes through a Bloom filter (first-key-filter.ts) and the second through placesByKey's
 * memory of recent keys, both small enough to stay in the processor's cache, which the
 * gazetteer's tables of tens of thousands of keys do not.
 */
import { FirstKeyFilter } from './first-key-filter.js';
import { gazetteer, placesByKey, type Gazetted } from './gazetteer.js';

export interface GazetteerLookups {
  /** Whether a gazetteer name starts with this key. */
  firstKeys: { has(key: string): boolean };
  /** The gazetteer entries for a key, or undefined when it lists none. */
  entries(key: string): readonly Gazetted[] | undefined;
}

/** Made once: the gazetteer is loaded once and never changes. */
let lookups: GazetteerLookups | undefined;

export function gazetteerLookups(): GazetteerLookups {
  return (lookups ??= {
    firstKeys: new FirstKeyFilter(gazetteer().firstKeys),
    entries(key) {
      const all = placesByKey(key);
      return all[0] ? all : undefined;
    },
  });
}
