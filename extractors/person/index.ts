/** person extractor: not written yet (a stub that finds nothing). */
import type { Extractor } from '../types.js';

export const personExtractor: Extractor = {
  type: 'person',
  rules: [],
  extract: () => [],
};
