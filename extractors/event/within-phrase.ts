/**
 * Activity words of a sentence that belong to the phrase of an activity named just before them
 * rather than naming one of their own (issue 16, classes 2 and 5; ANNOTATION.md §4):
 * - a split of a count just given, in apposition: "nine training activities, five workshops and
 *   four courses, for a total of 215 participants" (the parts add no event; the figure is the group's);
 * - the topic of an activity: "a course on damage and needs assessment", "a seminar on the design of
 *   crisis exercises" (what the course is about, not a second activity).
 * Each test reads only the triggers of one sentence and the text between them.
 */
import { countOf } from './count.js';
import type { Trigger } from './triggers.js';

/** Between a counted group and the first part of its split: a comma, colon, dash or parenthesis. */
const SPLIT_OPENS = /^\s*(?:,|:|\(|–|—|-)\s*(?:namely\s+|i\.e\.,?\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s*$/i;
/** Between two parts of a split: a comma or "and", the next part's count and modifiers, no other clause. */
const SPLIT_GOES_ON = /^\s*(?:,\s*(?:and\s+)?|and\s+)[\w-]+(?:\s+[\w-]+){0,2}\s*$/i;

/**
 * The triggers that only split the count of the group named right before them: two or more counted
 * parts, in apposition, whose counts add up to the group's.
 */
function countSplits(view: string, triggers: readonly Trigger[]): Set<Trigger> {
  const out = new Set<Trigger>();
  for (let g = 0; g < triggers.length - 2; g++) {
    const total = countOf(triggers[g]!);
    if (total === undefined || total < 2) continue;
    if (!SPLIT_OPENS.test(view.slice(triggers[g]!.end, triggers[g + 1]!.start))) continue;
    let sum = 0;
    let last = -1;
    for (let k = g + 1; k < triggers.length; k++) {
      if (k > g + 1 && !SPLIT_GOES_ON.test(view.slice(triggers[k - 1]!.end, triggers[k]!.start))) break;
      const n = countOf(triggers[k]!);
      if (n === undefined || triggers[k]!.titled) break;
      sum += n;
      last = k;
      if (sum >= total) break;
    }
    if (sum === total && last >= g + 2) {
      for (let p = g + 1; p <= last; p++) out.add(triggers[p]!);
      g = last;
    }
  }
  return out;
}

/** What a topic is introduced by, after an activity word: "a course on …", "a seminar about …". */
const TOPIC_OPENS = /^\s+(?:on|about|concerning|regarding|covering)\s+[^,;:.()\[\]]*$/i;
/** A determiner or count right before an activity word: it names an activity of its own ("… and a workshop"). */
const OWN_DETERMINER = /\b(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|several|various|some|its|their|\d+)\s+(?:(?!(?:of|on|for|in|to|by|with|about)\s)[\w-]+\s+){0,2}$/i;
const COORDINATED = /\b(?:and|or)\s+$/i;

/**
 * Whether a trigger stands in the topic of the activity before it: after "on"/"about" with no
 * clause break, no determiner of its own, and either nothing coordinates it with the activity
 * ("a seminar on crisis exercises") or it is a bare singular that cannot name an activity alone
 * ("a course on damage and needs assessment"). "a course on X and workshops in Y" and "a course on
 * X and training for Y" keep the second activity.
 */
function inTopicOf(view: string, before: Trigger, t: Trigger): boolean {
  // a topic follows an activity's noun, not a verb ("met on Friday …")
  if (t.titled || before.rule === 'event/met-in' || before.rule === 'event/met-with' || before.rule === 'event/trained') return false;
  const between = view.slice(before.end, t.start);
  if (!TOPIC_OPENS.test(between) || OWN_DETERMINER.test(between)) return false;
  return !COORDINATED.test(between) || (t.countable && !t.plural);
}

/** From "met" to the meeting it names, in one stretch with no comma: "met on Friday for the sixteenth Ministerial Meeting" (not "met in Quito, …, as agreed at the Fourth Meeting"). */
const MET_FOR = /^[^.;:(),]{0,80}?\b(?:for|at|during)\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?[^.;:(),]{0,40}$/i;
const MEETING_KINDS: ReadonlySet<string> = new Set(['meeting', 'session', 'conference', 'forum']);

/**
 * The triggers of one sentence (in order) that belong to the phrase of another activity: a split
 * or a topic of the activity before them, or a "met" whose meeting the sentence names after it
 * (one meeting, named by its noun).
 */
export function withinPhrase(view: string, triggers: readonly Trigger[]): Set<Trigger> {
  const out = triggers.length > 2 ? countSplits(view, triggers) : new Set<Trigger>();
  for (let i = 1; i < triggers.length; i++) {
    const t = triggers[i]!;
    const before = triggers[i - 1]!;
    if (before.rule === 'event/met-in' && MEETING_KINDS.has(t.kind) && MET_FOR.test(view.slice(before.end, t.start))) out.add(before);
    else if (!out.has(t) && !out.has(before) && inTopicOf(view, before, t)) out.add(t);
  }
  return out;
}

/** A sentence that opens by saying what the group just counted was made of: "They comprised …", "These included …", "The activities were …". */
const COMPOSED_OF = /^\s*(?:they|these|those|(?:the|these)\s+(?:[\w-]+\s+)?(?:activities|events))\s+(?:comprised|included|consisted\s+of|were|covered|comprise|include|consist\s+of)\s/i;

/**
 * The triggers of a sentence that only split a total given in the sentence before: "… a total of 10
 * activities … They comprised two regional workshops, an expert group meeting, four national
 * trainings, …": every activity word of the sentence is counted and the counts add up to the total
 * (one described member, "These included a workshop in Lima …", does not add up, and stays).
 */
export function splitOfEarlierTotal(view: string, sentenceStart: number, triggers: readonly Trigger[], total: number | undefined): boolean {
  if (total === undefined || total < 2 || triggers.length < 2) return false;
  if (!COMPOSED_OF.test(view.slice(sentenceStart, triggers[0]!.start))) return false;
  let sum = 0;
  for (const t of triggers) {
    const n = countOf(t);
    if (n === undefined || t.titled) return false;
    sum += n;
  }
  return sum === total;
}
