/**
 * Gazetteer lookups remembered for the length of a document. The same capitalized words and
 * names come back in block after block, and the gazetteer's tables (tens of thousands of keys)
 * are too large to stay in the processor's cache between two blocks: a small table per document
 * answers the repeats. Kept in the document's state, so it goes with the document.
 */
import { FirstKeyFilter } from './first-key-filter.js';
import { gazetteer, placesByKey, type Gazetted } from './gazetteer.js';

export interface DocumentLookups {
  /** Whether a gazetteer name starts with this key. */
  firstKeys: { has(key: string): boolean };
  /** The gazetteer entries for a key, or undefined when it lists none. */
  entries(key: string): readonly Gazetted[] | undefined;
}

/** The lookups of the current document, kept in its state under `key` (each extractor keeps its own). */
export function documentLookups(state: Map<string, unknown>, key = 'place:lookups'): DocumentLookups {
  let lookups = state.get(key) as DocumentLookups | undefined;
  if (!lookups) state.set(key, (lookups = rememberingLookups()));
  return lookups;
}

/** Built once: the gazetteer is loaded once and never changes. */
let firstKeyFilter: FirstKeyFilter | undefined;

function rememberingLookups(): DocumentLookups {
  const firstKeys = (firstKeyFilter ??= new FirstKeyFilter(gazetteer().firstKeys));
  const isFirst = new Map<string, boolean>();
  // null for a key the gazetteer does not list, so that one get() answers both ways.
  const listed = new Map<string, readonly Gazetted[] | null>();
  return {
    firstKeys: {
      has(key) {
        let first = isFirst.get(key);
        if (first === undefined) isFirst.set(key, (first = firstKeys.has(key)));
        return first;
      },
    },
    entries(key) {
      let entries = listed.get(key);
      if (entries === undefined) {
        const all = placesByKey(key);
        listed.set(key, (entries = all[0] ? all : null));
      }
      return entries ?? undefined;
    },
  };
}
