/**
 * The country rules, in order. Each turns a run of capitalized tokens that spells a country, as
 * the name index (names.ts) knows it, into a mention; which rule fired tells where the name came
 * from. Matches that a veto (vetoes.ts) turns down make no mention.
 */
import type { Rule } from '../types.js';
import type { NameSource } from './names.js';

export interface CountryRule extends Rule {
  source: NameSource;
}

export const RULES: readonly CountryRule[] = [
  { id: 'country/name', source: 'name', description: 'an English name or alias from i18n-iso-countries ("Peru", "Saint Lucia", "United States")' },
  { id: 'country/alias', source: 'alias', description: 'a short form from lexicon.ts ("St. Lucia", "Korea", "Antigua")' },
  { id: 'country/code', source: 'code', description: 'an acronym in capitals ("US", "UK", "USA")' },
];

export const ruleFor = (source: NameSource): CountryRule => RULES.find((r) => r.source === source) ?? RULES[0]!;
