/**
 * Gazetteer lookups remembered for the length of a document. The same capitalized words and
 * names come back in block after block, and the gazetteer's tables (tens of thousands of keys)
 * are too large to stay in the processor's cache between two blocks: a small table per document
 * answers the repeats. Kept in the document's state, so it goes with the document.
 */
import { gazetteer, placesByKey, type Gazetted } from './gazetteer.js';

export interface DocumentLookups {
  /** Whether a gazetteer name starts with this key. */
  firstKeys: { has(key: string): boolean };
  /** The gazetteer entries for a key, or undefined when it lists none. */
  entries(key: string): readonly Gazetted[] | undefined;
}

const STATE_KEY = 'place:lookups';

export function documentLookups(state: Map<string, unknown>): DocumentLookups {
  let lookups = state.get(STATE_KEY) as DocumentLookups | undefined;
  if (!lookups) state.set(STATE_KEY, (lookups = rememberingLookups()));
  return lookups;
}

function rememberingLookups(): DocumentLookups {
  const { firstKeys } = gazetteer();
  const starts = new Map<string, boolean>();
  const entries = new Map<string, readonly Gazetted[] | undefined>();
  return {
    firstKeys: {
      has(key) {
        let starts_ = starts.get(key);
        if (starts_ === undefined) starts.set(key, (starts_ = firstKeys.has(key)));
        return starts_;
      },
    },
    entries(key) {
      if (entries.has(key)) return entries.get(key);
      const listed = placesByKey(key);
      const value = listed[0] ? listed : undefined;
      entries.set(key, value);
      return value;
    },
  };
}
