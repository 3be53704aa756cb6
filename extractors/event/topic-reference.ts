/**
 * A definite mention that names its activity by topic ("The kinship workshop was held in two parts",
 * "to run the postponed course on mixture interpretation in March") refers to the earlier activity
 * of its kind whose own words hold every one of those topic words ("Workshop on kinship analysis
 * for DVI", "Advanced course on mixture interpretation"), however far back: a table row named
 * again in a note under the table, or in the outlook at the report's end. Words any activity may
 * carry ("national", "regional", "first", "postponed") name no topic.
 */
import type { Trigger } from './triggers.js';

const GENERIC: ReadonlySet<string> = new Set([
  'national', 'regional', 'international', 'subregional', 'local', 'joint', 'annual', 'first', 'second', 'third', 'last', 'final', 'next',
  'advanced', 'basic', 'introductory', 'refresher', 'specialized', 'specialised', 'technical', 'training', 'virtual', 'online', 'hybrid',
  'postponed', 'planned', 'cancelled', 'canceled', 'above', 'same', 'other', 'further', 'previous', 'earlier', 'said', 'latter', 'former',
  'this', 'that', 'these', 'those', 'their', 'its', 'high-level', 'two-day', 'three-day', 'five-day', 'one-day', 'week-long',
]);
/** Words that end the topic after "on" / "about": the rest of the sentence. */
const TOPIC_END: ReadonlySet<string> = new Set(['in', 'at', 'from', 'with', 'to', 'by', 'and', 'or', 'during', 'for', 'held', 'was', 'were', 'will', 'is', 'are', 'which', 'that', 'who', 'when', 'where', 'after', 'before', 'under', 'as']);

const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\d-]+/u).filter((w) => w !== '');

/** The topic after the activity noun: "on mixture interpretation in March" → mixture, interpretation. */
function complement(view: string, end: number): string[] {
  const m = /^[ \t]+(?:on|about|in)[ \t]+([^\n\t.;:,()]{3,80})/u.exec(view.slice(end, end + 90));
  if (!m) return [];
  const out: string[] = [];
  for (const w of wordsOf(m[1]!)) {
    if (TOPIC_END.has(w)) break;
    out.push(w);
  }
  return out;
}

const topical = (w: string): boolean => w.length >= 4 && !GENERIC.has(w) && !/^\d/.test(w);

/** The topic words of a mention: its modifiers before the activity noun and its "on …" complement. */
export function topicWords(view: string, t: Trigger): string[] {
  return [...wordsOf(view.slice(t.start, t.headStart)), ...complement(view, t.end)].filter(topical);
}

/**
 * An activity's own words: its trigger and what follows it in its cell or clause ("course" + "on mixture
 * interpretation"). Made once per activity: every later definite mention may read them all again.
 */
const ownWordsOf = new WeakMap<Trigger, Set<string>>();
function ownWords(view: string, t: Trigger): Set<string> {
  let words = ownWordsOf.get(t);
  if (!words) {
    const rest = /^[^\n\t.;:]{0,80}/.exec(view.slice(t.end, t.end + 80))![0];
    words = new Set(wordsOf(`${view.slice(t.start, t.end)} ${rest}`));
    ownWordsOf.set(t, words);
  }
  return words;
}

export function topicAntecedent<T extends { trigger: Trigger }>(view: string, mention: Trigger, earlier: readonly T[]): T | undefined {
  const topic = topicWords(view, mention);
  if (topic.length === 0) return undefined;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = earlier[i]!;
    if (e.trigger.kind !== mention.kind || e.trigger.start >= mention.start) continue;
    const own = ownWords(view, e.trigger);
    if (topic.every((w) => own.has(w))) return e;
  }
  return undefined;
}
