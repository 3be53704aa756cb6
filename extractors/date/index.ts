/** date extractor: not written yet (a stub that finds nothing). */
import type { Extractor } from '../types.js';

export const dateExtractor: Extractor = {
  type: 'date',
  rules: [],
  extract: () => [],
};
