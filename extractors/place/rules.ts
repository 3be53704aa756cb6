/**
 * The place rules, in the order the extractor tries them on a capitalized token. Each names the
 * evidence that made a capitalized name a place; the gazetteer alone is never enough for a small
 * or ambiguous name.
 */
import type { Rule } from '../types.js';

export const RULES = [
  { id: 'place/area-name', description: 'a named area opened by a terrain or admin word ("Cordillera del Condor", "Isla Margarita")' },
  { id: 'place/country-namesake', description: 'a city named like a country, placed by the country or region after it ("Liberia (Costa Rica)", "Liberia, Guanacaste")' },
  { id: 'place/city-country', description: 'a gazetteer name followed by its country ("Santa Marta, Colombia")' },
  { id: 'place/city-district', description: 'a city followed by a district abbreviation ("Washington, D.C.")' },
  { id: 'place/region-after-city', description: 'the region written after its city ("San Diego, California")' },
  { id: 'place/after-cue', description: 'a gazetteer name after a locative cue ("held in Lima", "the port of Saint George’s")' },
  { id: 'place/after-date', description: 'a gazetteer name right after a date, as a table or calendar row gives its date and venue ("24–26 June Vienna 18")' },
  { id: 'place/list-item', description: 'a gazetteer name listed after a place ("in El Alto and La Paz")' },
  { id: 'place/well-known-city', description: 'a large city named with no other cue ("the Bogotá workshop")' },
  { id: 'place/dateline', description: 'a gazetteer name opening a news dateline, in capitals or not ("QUITO, 2 May 2025 – …")' },
  { id: 'place/compound-name', description: 'a gazetteer name that goes on with "de …", after a cue ("in Santiago de los Caballeros")' },
  { id: 'place/named-after-place-noun', description: 'a name the gazetteer lacks after "the city of", "the seaport of", "the border post of" ("the border post of Puerto Quijarro")' },
  { id: 'place/named-elsewhere', description: 'a name the report places in a country elsewhere, standing alone ("Kasanga" after "in Kasanga and Muzi, Tanzania")' },
  { id: 'place/named-before-country', description: 'a name the gazetteer lacks, after a cue and before its country ("in La Antigua, Guatemala")' },
] as const satisfies readonly Rule[];

export type PlaceRuleId = (typeof RULES)[number]['id'];
