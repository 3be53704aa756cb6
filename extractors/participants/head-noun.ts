/**
 * What a number counts: the noun that follows it, possibly after modifiers ("30 airport security
 * officials", "25 customs, immigration and law enforcement personnel", "13 distinguished academics").
 * The first listed noun met decides; a preposition, verb, determiner or punctuation ends the search.
 */
import {
  COUNTED_THINGS, MODIFIER_STOPS, NOT_PERSON_WORDS, PERSON_NOUNS, PERSON_SUFFIXES, STRONG_PERSON_NOUNS,
} from './lexicon.js';

export type Head =
  | { kind: 'person'; strong: boolean; end: number }
  | { kind: 'thing' }
  /** A plural word in no list ("handlers"? "vessels"?), right after the number or its modifiers. */
  | { kind: 'unknown' }
  | { kind: 'none' };

const MAX_WORDS = 6;
const TOKEN = /\s*(?:([\p{L}][\p{L}'’.-]*[\p{L}]|[\p{L}])|(,|&)|(\S))/uy;

export type NounClass = 'strong' | 'person' | 'thing' | 'other';

/** Which list a word belongs to (a hyphenated word by its last part: "Member-States"). */
export function classifyNoun(word: string): NounClass {
  let lower = word.toLowerCase();
  if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  const last = lower.slice(lower.lastIndexOf('-') + 1);
  const listed = listClass(lower) ?? (last === lower ? undefined : listClass(last));
  if (listed) return listed;
  if (NOT_PERSON_WORDS.has(last)) return 'other';
  if (last.length > 5 && PERSON_SUFFIXES.some((s) => last.endsWith(s))) return 'person';
  return 'other';
}

/** The list a lower-case word is in, if any. */
function listClass(w: string): NounClass | undefined {
  if (STRONG_PERSON_NOUNS.has(w)) return 'strong';
  if (PERSON_NOUNS.has(w)) return 'person';
  if (COUNTED_THINGS.has(w)) return 'thing';
  return undefined;
}

/** The head of the noun phrase starting at `from` (just after a numeral). */
export function headAfter(text: string, from: number): Head {
  TOKEN.lastIndex = from;
  let words = 0;
  let first = '';
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    if (m[2] !== undefined) continue;
    const word = m[1];
    if (word === undefined) break;
    const lower = word.toLowerCase();
    if (lower === 'and' && words > 0) continue;
    if (MODIFIER_STOPS.has(lower)) break;
    const cls = classifyNoun(word);
    if (cls === 'strong' || cls === 'person') return { kind: 'person', strong: cls === 'strong', end: TOKEN.lastIndex };
    // a counted thing used as a modifier of a person noun right after it ("24 firearms examiners", "12 weapons inspectors")
    if (cls === 'thing') return personNext(text, TOKEN.lastIndex) ?? { kind: 'thing' };
    if (words === 0) first = word;
    if (++words >= MAX_WORDS) break;
  }
  return /[^s]s$/i.test(first) ? { kind: 'unknown' } : { kind: 'none' };
}

/** The person noun that is the very next word after `from`, if it is one. */
function personNext(text: string, from: number): Head | undefined {
  const m = /^\s+([\p{L}][\p{L}'’.-]*[\p{L}])/u.exec(text.slice(from, from + 40));
  if (!m) return undefined;
  const cls = classifyNoun(m[1]!);
  return cls === 'strong' || cls === 'person' ? { kind: 'person', strong: cls === 'strong', end: from + m[0].length } : undefined;
}
