/**
 * person extractor (ANNOTATION.md §2 "person"): clear personal names, valued as written without
 * titles. Runs after organization, country and place, and never overlaps their findings.
 */
import { removeOverlaps } from '../refiners/remove-overlaps.js';
import type { Extractor, Found } from '../types.js';
import { RULES } from './rules.js';

export const personExtractor: Extractor = {
  type: 'person',
  rules: RULES,
  extract(text, ctx) {
    const all: Found[] = [];
    for (const rule of RULES) for (const f of rule.find(text, ctx)) all.push(f); // never push(...unbounded)
    return removeOverlaps(all);
  },
};
