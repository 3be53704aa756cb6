import type { Corpus } from '../corpus-types.js';

export const corpus: Corpus = { examples: [], embedded: [], negatives: [] };
