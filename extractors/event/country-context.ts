/**
 * Countries an activity's paragraph gives outside its own sentence (ANNOTATION.md §4: slots come
 * from the sentence that introduces the activity and its immediate context, the same paragraph):
 *
 * - a later sentence that says where it took place, with a subject that points back to it ("During
 *   the year this program was conducted in A, B and C", "They took place in A and B");
 * - the words that say who took part, at the start of a later sentence that goes on to a new
 *   activity ("Twenty participants from A and B attended, and a follow-up workshop …");
 * - a phrase that names the countries of the activity before it without listing them ("meetings with
 *   the authorities of those two countries", "Both countries asked for follow-up missions",
 *   "a follow-up workshop for the same countries").
 *
 * Offsets are view offsets.
 */

/** A sentence whose subject points back to an activity and says where it took place. */
const WHERE_IT_TOOK_PLACE =
  /^\W*(?:(?:in|during|throughout|over)\s+[^,.;]{1,40}?,?\s+)?(?:this|these|the|it|they|both|each|all)\b[^.;:]{0,80}?\b(?:(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:conducted|held|carried out|delivered|given|offered|run|organi[sz]ed|replicated|repeated)\s+in|took place in|were in)\b/i;

/** Whether a later sentence of the paragraph says where the activity it refers to took place. */
export const saysWhereItTookPlace = (sentence: string) => WHERE_IT_TOOK_PLACE.test(sentence);

/**
 * The countries of an earlier activity, named as a group: "those two countries", "both countries",
 * "the same countries", "these member states". (A group named by a region, "the Central American
 * countries", is not an earlier activity's: it has words of its own between.)
 */
const NAMED_BEFORE =
  /\b(?:(?:those|these|both|the same|the two|the three|the four|the five|the six)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|participating|beneficiary)\s+)?(?:countries|member states|states|nations)|both (?:of them|governments))\b/i;

/** Whether the activity's own words name its countries as those of the activity before it. */
export const namesEarlierCountries = (text: string) => NAMED_BEFORE.test(text);

/** The words at the start of a sentence before its first new activity, when they say who took part; else undefined. */
export function whoTookPartBefore(sentence: string, whoTookPart: RegExp): string | undefined {
  return whoTookPart.test(sentence) && /,\s*(?:and|while|whereas)\s+(?:\w+\s+){0,4}$/i.test(sentence) ? sentence : undefined;
}
