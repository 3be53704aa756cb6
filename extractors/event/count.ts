/**
 * How many activities a trigger stands for (ANNOTATION.md §4 `count`): the number before it
 * ("18 regional training seminars", "Eight national workshops"), the editions of one activity
 * ("Three editions of a hybrid course"), 1 for a singular ("a workshop", "the first workshop"),
 * and nothing for a bare plural or a range ("two to four courses").
 */
import { numberValue } from '../nlp.js';
import { EDITION_NOUNS } from './lexicon.js';
import { isCapitalized, type Token } from './tokens.js';
import type { Trigger } from './triggers.js';

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, a: 1, an: 1, single: 1,
};
/** A duration written as one hyphenated modifier: "five-day", "2-week", "half-day", "three-month-long". */
const DURATION = /^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|half|full|multi)-(?:day|week|month|hour|year|session|module)s?(?:-long)?$/;
const RANGE_BEFORE = new Set(['to', 'or', 'than', 'some', 'about', 'approximately', 'nearly', 'around']);

/** The integer a count word or numeral stands for, or null. */
export function countValue(token: Token | undefined): number | null {
  if (!token) return null;
  // Not a year, and not zero ("(00) meetings" is a breakdown figure, not a count: counts are positive).
  if (/^\d{1,4}$/.test(token.text)) return /^(?:19|20)\d\d$/.test(token.text) || Number(token.text) === 0 ? null : Number(token.text);
  const word = WORDS[token.lower];
  if (word !== undefined) return word;
  if (/^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-[a-z]+$/.test(token.lower)) return numberValue(token.text);
  return null;
}

/** Verbs that say an activity was given again: "a course … given twice", "the workshop was repeated three times". */
const GIVEN = new Set(['given', 'held', 'run', 'offered', 'delivered', 'repeated', 'conducted', 'organized', 'organised', 'taught', 'replicated', 'imparted']);

/**
 * "A course on X was given twice in Guatemala City", "offered three times": how many times a single
 * activity was run, said by a verb of giving after it in the same clause (at most eight words on,
 * no sentence or clause break), or null.
 */
function repeatsAfter(trigger: Trigger): number | null {
  const { tokens, last } = trigger;
  for (let i = last + 1; i <= last + 10 && i < tokens.length; i++) {
    if (/[;:]|[.!?]\s/.test(tokens[i]!.gap)) return null;
    if (!GIVEN.has(tokens[i]!.lower)) continue;
    return timesAt(tokens, i + 1);
  }
  return null;
}

/** "twice" or "three times" at token i: how many times, or null (one time is no repeat). */
function timesAt(tokens: readonly Token[], i: number): number | null {
  const next = tokens[i];
  if (next?.lower === 'twice') return 2;
  if (tokens[i + 1]?.lower === 'times' && !/[,;:(]/.test(tokens[i + 1]!.gap)) {
    const n = countValue(next);
    return n !== null && n > 1 ? n : null;
  }
  return null;
}

/** A lowercase word that can modify a noun before it: not plural, not a past participle, not a function word ("boarding", "officer"). */
const NOT_MODIFIERS = new Set(['of', 'for', 'in', 'on', 'at', 'to', 'and', 'or', 'the', 'a', 'an', 'by', 'with', 'from', 'into', 'than', 'some', 'about', 'more', 'other', 'were', 'was', 'are', 'is', 'be', 'been', 'held', 'gave', 'ran', 'delivered', 'times']);
function plainModifier(token: Token | undefined): boolean {
  if (!token || !/^[a-z][a-z-]*$/.test(token.text) || NOT_MODIFIERS.has(token.lower)) return false;
  return !/(?:[^s]s|ed)$/.test(token.lower);
}

const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'last', 'final', 'latest']);
const GROUP_DETERMINERS = new Set(['these', 'those', 'the', 'its', 'their']);

/**
 * "The first of these courses", "the last of the nine workshops": one activity of a group reported
 * before, picked by its place in the group (a determiner and at most one word between "of" and the trigger).
 */
export function memberByOrdinal(trigger: Trigger): boolean {
  const { tokens, first } = trigger;
  for (const of of [first - 2, first - 3]) {
    if (tokens[of]?.lower !== 'of' || !ORDINAL_WORDS.has(tokens[of - 1]?.lower ?? '') || !GROUP_DETERMINERS.has(tokens[of + 1]?.lower ?? '')) continue;
    if (of === first - 3 && countValue(tokens[first - 1]) === null) continue; // "the first of the nine courses": only a count between
    return !/[,;:(]/.test(tokens[of]!.gap) && trigger.plural;
  }
  return false;
}

/** "met twice", "met three times": how many meetings the verb stands for, or null. */
function metTimes(trigger: Trigger): number | null {
  const { tokens, last } = trigger;
  let i = last + 1;
  if (/^(?:again|also)$/.test(tokens[i]?.lower ?? '')) i++;
  const next = tokens[i];
  if (!next || /[,;:(]|[.!?]\s/.test(next.gap)) return null;
  return timesAt(tokens, i);
}

/** "the ninth and tenth meetings", "the third, fourth and fifth sessions": one activity per ordinal listed before a plural. */
function ordinalsListed(trigger: Trigger): number | null {
  const { tokens, first } = trigger;
  if (!trigger.plural) return null;
  const i = ORDINAL_WORDS.has(tokens[first]?.lower ?? '') ? first : first - 1;
  if (!ORDINAL_WORDS.has(tokens[i]?.lower ?? '')) return null;
  let n = 1;
  let joined = false;
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (/[.;:()]/.test(tokens[j + 1]!.gap)) break;
    if (t.lower === 'and' && !joined) {
      joined = true;
      continue;
    }
    if (!ORDINAL_WORDS.has(t.lower)) break;
    n++;
  }
  return joined && n > 1 ? n : null;
}

export function countOf(trigger: Trigger): number | undefined {
  if (memberByOrdinal(trigger)) return 1;
  const listed = ordinalsListed(trigger);
  if (listed !== null) return listed;
  if (trigger.rule === 'event/met-with' || trigger.rule === 'event/met-in') return metTimes(trigger) ?? 1;
  const n = countStated(trigger);
  if (n !== 1 || trigger.plural) return n;
  return repeatsAfter(trigger) ?? partsInBrackets(trigger) ?? n;
}

/**
 * "• Training on risk analysis, 8–12 May 2023, Lomé": an uncountable activity word opening a list item that gives
 * its own days or month is one activity; without a date of its own ("· Training of local players …") the item names
 * a line of work and its count stays unknown.
 */
export function oneDatedItem(trigger: Trigger, opensItem: boolean, date: string | undefined): boolean {
  return opensItem && !trigger.countable && !trigger.plural && date !== undefined && /^\d{4}-\d\d/.test(date);
}

/** Words for the times one activity was held, in a bracket after it: "(two sessions)", "(3 rounds)". */
const PART_NOUNS = new Set(['sessions', 'rounds', 'editions', 'parts', 'cohorts', 'meetings']);

/** "Review meeting (two sessions)", "Course on X (3 editions)": how many times the activity was held, said in a bracket right after it, or null. */
function partsInBrackets(trigger: Trigger): number | null {
  const { tokens, last } = trigger;
  const count = tokens[last + 1];
  const noun = tokens[last + 2];
  if (!count || !noun || !/^\s*\(\s*$/.test(count.gap) || !/^\s+$/.test(noun.gap) || !PART_NOUNS.has(noun.lower)) return null;
  const after = tokens[last + 3];
  if (after && !/^\s*\)/.test(after.gap)) return null;
  const n = countValue(count);
  return n !== null && n > 1 ? n : null;
}

function countStated(trigger: Trigger): number | undefined {
  const { tokens, first } = trigger;
  if (trigger.rule === 'event/met-with' || trigger.rule === 'event/met-in') return 1;
  // "One of these courses", "two of those workshops": as many as the number before "of"
  if (trigger.reference === 'demonstrative' && tokens[first - 2]?.lower === 'of') {
    const subset = countValue(tokens[first - 3]);
    if (subset !== null) return subset;
  }
  // "the Sixth Meetings of Ministers of Justice": a title numbered by an ordinal is one edition, whatever its number
  if (trigger.titled && ORDINAL_WORDS.has(tokens[first]!.lower) && isCapitalized(tokens[first]!) && tokens[first + 1] && !/^(?:and|or)$/.test(tokens[first + 1]!.lower) && !/[,;:(]/.test(tokens[first + 1]!.gap)) return 1;
  let i = first - 1;
  // "a five-day training", "Three two-week courses": a duration before the trigger is no count
  if (tokens[i] && DURATION.test(tokens[i]!.lower)) i--;
  // "Five more country assessments"
  if (tokens[i] && /^(?:more|additional|other|new|further)$/.test(tokens[i]!.lower) && countValue(tokens[i - 1]) !== null) i--;
  // "37 national and regional workshops": the number stands before modifiers joined by "and"/"or"
  if (tokens[i] && /^(?:and|or)$/.test(tokens[i]!.lower) && tokens[i - 1] && !isCapitalized(tokens[i - 1]!) && countValue(tokens[i - 1]) === null && countValue(tokens[i - 2]) !== null) i -= 2;
  // "37 CICTE training courses": a name may stand between the number and the trigger.
  if (tokens[i] && isCapitalized(tokens[i]!) && countValue(tokens[i - 1]) !== null && !isCapitalized(tokens[first]!)) i--;
  // "three boarding officer training sessions": one or two plain noun modifiers between the number and a plural trigger
  if (trigger.plural && countValue(tokens[i]) === null) {
    for (const skip of [1, 2]) {
      const words = tokens.slice(i - skip + 1, i + 1);
      if (words.length < skip || !words.every(plainModifier) || countValue(tokens[i - skip]) === null) continue;
      if (words.some((w) => /[,;:(]/.test(w.gap))) break;
      i -= skip;
      break;
    }
  }
  const before = tokens[i];
  // "Three editions of a hybrid course"
  if (before && /^(?:a|an|the|its|their)$/.test(before.lower) && tokens[i - 1]?.lower === 'of' && EDITION_NOUNS.has(tokens[i - 2]?.lower ?? '')) {
    const editions = countValue(tokens[i - 3]);
    if (editions !== null) return editions;
  }
  const n = countValue(before);
  if (n !== null && before && !/[,;:(]/.test(tokens[i + 1]?.gap ?? '')) {
    const prev = tokens[i - 1];
    if (prev && RANGE_BEFORE.has(prev.lower) && before.lower !== 'a' && before.lower !== 'an') return undefined;
    if (prev && countValue(prev) !== null && /[-–]/.test(before.gap)) return undefined;
    if (n === 1 || trigger.plural || !trigger.countable) return n === 1 && trigger.plural ? undefined : n;
    return 1;
  }
  if (trigger.plural) return undefined;
  // "a training", and "a fourth national training", "the second training" (one more of a series): one
  if (!trigger.countable) return before && (/^(?:a|an)$/.test(before.lower) || (ORDINAL_WORDS.has(before.lower) && /^(?:a|an|the)$/.test(tokens[i - 1]?.lower ?? ''))) ? 1 : undefined;
  return 1;
}
