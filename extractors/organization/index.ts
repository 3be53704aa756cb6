/** organization extractor: not written yet (a stub that finds nothing). */
import type { Extractor } from '../types.js';

export const organizationExtractor: Extractor = {
  type: 'organization',
  rules: [],
  extract: () => [],
};
