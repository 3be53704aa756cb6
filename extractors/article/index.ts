/** article extractor: not written yet (a stub that finds nothing). */
import type { Extractor } from '../types.js';

export const articleExtractor: Extractor = {
  type: 'article',
  rules: [],
  extract: () => [],
};
