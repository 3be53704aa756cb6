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
 *   "a follow-up workshop for the same countries"), or a follow-up that names none of its own.
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

/** An activity that follows up the one before ("As a follow-up, …", "a follow-up mission"). */
const FOLLOW_UP = /\bfollow-?\s?ups?\b/i;

/** Whether the activity's own words make it a follow-up of an earlier one (it then takes that one's countries when it names none). */
export const followsUp = (text: string) => FOLLOW_UP.test(text);

/** Whether the activity's own words name its countries as those of the activity before it. */
export const namesEarlierCountries = (text: string) => NAMED_BEFORE.test(text);

/** The words at the start of a sentence before its first new activity, when they say who took part; else undefined. */
export function whoTookPartBefore(sentence: string, whoTookPart: RegExp): string | undefined {
  return whoTookPart.test(sentence) && /,\s*(?:and|while|whereas)\s+(?:\w+\s+){0,4}$/i.test(sentence) ? sentence : undefined;
}

/** A clause of its own before the activity's: ", and held a seminar" after "published surveys for A, B and C". */
const NEW_CLAUSE = /,\s+and\s+(?:also\s+)?(?!the\b|a\b|an\b|its\b|their\b|other\b|to\b)\p{Ll}+|;\s+/gu;

/**
 * The part of the words before a sentence's first activity that gives this activity countries and
 * places: none when the sentence opens with a later mention of an earlier activity ("Observers from
 * A and B attended the event, and C will host an upcoming exercise": A and B were the event's), else
 * what follows the last clause of its own ("The Office published surveys for A, B and C, and held a
 * seminar in D": A, B and C were the surveys').
 */
export function placePrefixOf(view: string, prefix: { start: number; end: number }, opensWithReference: boolean): { start: number; end: number }[] {
  if (opensWithReference) return [];
  let start = prefix.start;
  for (const m of view.slice(prefix.start, prefix.end).matchAll(NEW_CLAUSE)) start = prefix.start + m.index + m[0].length;
  return [{ start, end: prefix.end }];
}

/** The words after a later mention of an earlier activity that are the next activity's own clause (see newClauseStart). */
export function clauseAfterReference(view: string, left: { start: number; end: number }): { start: number; end: number }[] {
  const start = newClauseStart(view, left.start, left.end);
  return start === undefined ? [] : [{ start, end: left.end }];
}

/**
 * Where a clause with a subject and verb of its own begins: ", and Colombia will host …", ", the
 * Unit invited …", ", the Office, with support from X, held …". Not after a capitalized word: that
 * is a list ("Belize, Honduras and Panama attended") or a place's country ("in Lima, Peru, was …").
 */
const OWN_SUBJECT =
  /(?<!\p{Lu}[\p{L}\p{M}.'’-]*)[,;]\s+(?:and\s+)?(?=(?:the\s+)?\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}\p{M}.'’-]*)*(?:,\s+\p{Ll}[^,.;]{0,80},)?\s+(?:will|would|has|have|had|is|was|were|are|also|then|\p{Ll}+ed|\p{Ll}+s)\b)/u;

/**
 * Where the words that lead from a later mention of an earlier activity to a new activity in the
 * same sentence start to be the new one's: at the first clause with a subject of its own ("Observers
 * from A attended the exercise, and B will host a second exercise", "Following the Lima workshop,
 * the Unit invited officials from A to a meeting"); undefined when there is none ("The workshop,
 * held in Lima, was followed by a seminar": all of it speaks of the workshop).
 */
export function newClauseStart(view: string, from: number, to: number): number | undefined {
  const m = OWN_SUBJECT.exec(view.slice(from, to));
  return m ? from + m.index : undefined;
}
