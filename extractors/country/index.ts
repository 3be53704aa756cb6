/** country extractor: not written yet (a stub that finds nothing). */
import type { Extractor } from '../types.js';

export const countryExtractor: Extractor = {
  type: 'country',
  rules: [],
  extract: () => [],
};
