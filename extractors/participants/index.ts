/** participants extractor: not written yet (a stub that finds nothing). */
import type { Extractor } from '../types.js';

export const participantsExtractor: Extractor = {
  type: 'participants',
  rules: [],
  extract: () => [],
};
