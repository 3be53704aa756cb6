/**
 * The extractors, in the order they run on each block. Later ones see earlier findings:
 * articles and dates first (so numbers inside them are not counts), countries before places
 * ("Lima, Peru") and organizations ("National Police of Colombia"), participants last.
 */
import { articleExtractor } from './article/index.js';
import { countryExtractor } from './country/index.js';
import { dateExtractor } from './date/index.js';
import { organizationExtractor } from './organization/index.js';
import { participantsExtractor } from './participants/index.js';
import { personExtractor } from './person/index.js';
import { placeExtractor } from './place/index.js';
import type { Extractor } from './types.js';

export const EXTRACTORS: readonly Extractor[] = [
  articleExtractor,
  dateExtractor,
  countryExtractor,
  placeExtractor,
  organizationExtractor,
  personExtractor,
  participantsExtractor,
];
