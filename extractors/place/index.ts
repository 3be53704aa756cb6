/** place extractor: not written yet (a stub that finds nothing). */
import type { Extractor } from '../types.js';

export const placeExtractor: Extractor = {
  type: 'place',
  rules: [],
  extract: () => [],
};
