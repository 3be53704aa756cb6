/** Checks every person rule makes of a name it found: its words can be a name's, and no body, country or place holds it. */
import type { ExtractContext } from '../types.js';
import { NON_ORG_HEADS, ORG_HEADS } from '../organization/lexicon.js';
import { NOT_NAME, PARTICLES } from './lexicon.js';

/** A name's words without its particles ("María de la Cruz" → María, Cruz). */
export const nameWords = (name: string): string[] => name.split(/\s+/).filter((w) => !PARTICLES.has(w));
/** A word of a body's name ("Ministry", "Unit", "Programme"). */
export const isOrgWord = (w: string): boolean => ORG_HEADS.has(w.toLowerCase()) || NON_ORG_HEADS.has(w.toLowerCase());
/** No word of the name is one that never belongs to a person's name, nor a body's word. */
export const plausible = (name: string): boolean => nameWords(name).every((w) => !NOT_NAME.has(w) && !isOrgWord(w));

/**
 * Whether a body, country or place found before overlaps the name. With `placesInside`, a place that lies inside the
 * name after its first word ("Ambassador Lucía Ferrer Castillo") does not count: the cue around the name says it is a person.
 */
export const overlapsFound = (ctx: ExtractContext, start: number, end: number, placesInside = false): boolean =>
  ctx.found.some((f) => (f.type === 'organization' || f.type === 'country' || (f.type === 'place' && !(placesInside && f.start > start && f.end <= end))) && f.start < end && start < f.end);
