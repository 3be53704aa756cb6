/**
 * The participants rules, in order: the first whose `match` accepts a numeral makes the mention.
 * Each rule reads a Candidate (the numeral in its sentence) and never throws.
 */
import type { Rule } from '../types.js';
import type { Candidate } from './candidate.js';
import { classifyNoun, headAfter } from './head-noun.js';
import { ACTIVITY_CUES, DELIVERER_NOUNS, NON_ACTIVITY_CUES } from './lexicon.js';
import { endsWithCapitalizedWord, openParenBefore } from './look-back.js';
import { leadEnd, perSentence } from './neighbours.js';

export interface ParticipantsRule extends Rule {
  match(c: Candidate): boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const anyOf = (words: readonly string[]) => new RegExp(`\\b(?:${words.map(escape).join('|')})\\b`, 'i');

const ACTIVITY = anyOf(ACTIVITY_CUES);
const NON_ACTIVITY = anyOf(NON_ACTIVITY_CUES);
/** Nouns that name an activity (a survey's people are counted when the text turns to one of these). */
const ACTIVITY_NOUN = /\b(?:workshops?|seminars?|courses?|trainings?|meetings?|conferences?|sessions?|forums?|exercises?|symposi(?:um|a)|webinars?|round\s*tables?)\b/i;
/** People who only received a document or answered a survey; who make up a team; who gave the activity. */
const NOT_TAKING_PART =
  /\b(?:(?:sent|distributed|disseminated|mailed|e-?mailed|circulated|forwarded|addressed)\b(?:\s+\S+){0,4}\s+to|team\s+of|composed\s+of|comprised\s+of|consisting\s+of|made\s+up\s+of|(?:led|taught|given|delivered|conducted|facilitated|moderated|presented|imparted|run|staffed)\s+by|featured|featuring)$/i;
/** "the other two", "these three": a number standing for things named earlier, not a count of its own. */
const BACK_REFERENCE = /\b(?:the|other|remaining|these|those|its|their|all|both|first|last)$/i;
const SURVEY = /\b(?:survey(?:ed|s)?|questionnaires?|polled|interviewed|responded|replied)\b/i;
/** Words that say a sentence is about people taking part (for per-country figures without a noun). */
const PEOPLE_SIGNAL = /\b(?:participa\w*|attend\w*|trained|trainees?|took\s+part|benefi\w*|graduat\w*|certified|(?:they|who)\s+(?:came|come)\s+from)\b/i;
const COUNT_VERB =
  /^\s*,?\s*(?:(?:were|was|are|have|had|will)\s+(?:been\s+|be\s+)?)?(?:trained|certified|graduated|attended|participated|took\s+part|benefit+ed|completed\s+(?:the\s+)?(?:course|training|program)|received\b[^.;]{0,60}?\b(?:training|instruction|certification|assistance|courses?))\b/i;
const CUE_BEFORE =
  /\b(?:attended\s+by|(?:with\s+)?(?:the\s+)?participation\s+of|trained|training\s+(?:for|of)|brought\s+together|bringing\s+together|gathered|certified|graduated|benefit+ing|benefit+ed|assisted|reached|drew|drawing|attracted|attracting|(?:was|were)\s+followed\s+(?:online\s+)?by|total\s+attendance\s+(?:of|was)|attendance\s+of)$/i;
const COUNT_LABEL =
  /\b(?:participants|attendees|attendance|trainees|beneficiaries|number\s+of\s+(?:participants|attendees|trainees|people|persons|beneficiaries)|(?:people|persons|officials|officers|personnel|participants)\s+trained)\s*:$/i;
const FROM_PLACE = /^\s+(?:were\s+|are\s+)?from\s+(?:the\s+)?/i;
const NAME_PAREN_LIST = /\p{Lu}[\p{L}.'’-]*\s*\(\s*\d{1,4}\s*\)/gu;

/** How people took part: in the room or at a distance. */
const MODE = String.raw`(?:in\s+person|on\s*site|online|virtually|remotely|face[- ]to[- ]face)\b`;
const MODE_AFTER = new RegExp(String.raw`^\s+${MODE}`, 'i');
/** Before the second figure: a count of people taking part in one mode, then "and" or a comma. */
const MODE_PAIR_BEFORE = new RegExp(String.raw`\d[\d,]*\s+(?:[\p{L}-]+\s+){0,3}?${MODE}\s*(?:,|,?\s+and|\s+plus)$`, 'iu');

const WORD = /[\p{L}][\p{L}'’-]*/gu;
/** After a bare figure: "and" and a second figure (its noun read after it). */
const AND_FIGURE = /^\s+and\s+\d{1,3}(?:,\d{3})+|^\s+and\s+\d{1,5}(?=\s)/;
/** A range ("between 20 and 30 participants", "from 20 to 30"): its first figure is no audience of its own. */
const BETWEEN_BEFORE = /\b(?:between|from)$/i;

const mentionsPeople = perSentence(readsAsAboutPeople);
const nameParenCount = perSentence((sentence) => [...sentence.matchAll(NAME_PAREN_LIST)].length);
const aboutActivity = perSentence((sentence) => ACTIVITY.test(sentence) && !NON_ACTIVITY.test(sentence));
const notActivity = perSentence((sentence) => NON_ACTIVITY.test(sentence));
/** Where the sentence's first survey word ends (a lead holds one when it reaches that far), or -1. */
const surveyEnd = perSentence((sentence) => {
  const m = SURVEY.exec(sentence);
  return m ? m.index + m[0].length : -1;
});

const isPlace = (n: { type: string }) => n.type === 'country' || n.type === 'place';

function readsAsAboutPeople(sentence: string): boolean {
  if (PEOPLE_SIGNAL.test(sentence)) return true;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentence); m; m = WORD.exec(sentence)) {
    const cls = classifyNoun(m[0]);
    if (cls === 'strong' || cls === 'person') return true;
  }
  return false;
}

/** A figure right after a country or place in a list without parentheses: "Belize 12, Guatemala 15", "Jamaica: 45". */
function placeBeforeFigure(c: Candidate): boolean {
  if (!/^\s*(?:[,;.)]|and\b|$)/.test(c.tail)) return false;
  // A finding that ends where only white space and one colon are left before the numeral.
  for (let p = c.numeral.start; p >= 0; p--) {
    if (c.near.endingAt(p).some(isPlace) && /^\s*:?\s*$/.test(c.text.slice(p, c.numeral.start))) return true;
    if (p > 0 && !/[\s:]/.test(c.text[p - 1]!)) break;
  }
  return false;
}

/** "… of whom 18 were women", "42 officers, 9 of them women": a bare figure said to be people. */
const WERE_PEOPLE = /^\s+(?:of\s+them\s+)?(?:were|was|are)\s+(?:[a-z-]+\s+)?([a-z-]+)|^\s+of\s+(?:them|whom)\s+(?:[a-z-]+\s+)?([a-z-]+)\b(?!\s+of\b)/i;
function saidToBePeople(c: Candidate): boolean {
  const m = WERE_PEOPLE.exec(c.tail);
  if (!m) return false;
  const cls = classifyNoun((m[1] ?? m[2])!);
  return cls === 'person' || cls === 'strong';
}

/**
 * "85 officials from ten countries, 12 of whom followed the debates online": a bare figure "of whom"
 * (or "of them") right after a count of people is a part of those people (a breakdown, §2).
 */
const OF_WHOM_AFTER = /^\s+of\s+(?:whom|them)\b/i;
const PEOPLE_COUNT_BEFORE = /\d[\d,]*\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)(?:\s+(?:from|of|in)\s+[^.;:,()]{1,60})?\s*,\s*$/u;
function partOfPeopleCounted(c: Candidate): boolean {
  if (!OF_WHOM_AFTER.test(c.tail)) return false;
  const m = PEOPLE_COUNT_BEFORE.exec(c.lead.slice(-140));
  if (!m) return false;
  const cls = classifyNoun(m[1]!);
  return cls === 'person' || cls === 'strong';
}

const PARTITIVE = /^\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?(?:[\d,]+\s+)?/i;

/** "12 of the 34 member states": a bare number that counts the things named after "of". */
function partOfThings(c: Candidate): boolean {
  const of = PARTITIVE.exec(c.tail);
  return of !== null && headAfter(c.text, c.numeral.end + of[0].length).kind === 'thing';
}

/**
 * "About 40 immigration officers of the region are expected.": people the text expects at an
 * announced activity (the sentence after the one that announces it) are its participants: the
 * people are the subject of "are/were expected", with at most a short "of/from …" between.
 */
const EXPECTED_AFTER = /^(?:\s+(?:of|from)\s+[^.;:,]{1,60}?)?\s+(?:are|were|will\s+be)\s+expected\b(?!\s+to\s+(?!attend|take\s+part|participate|join)\w)/i;
const expectedToCome = (c: Candidate): boolean => c.head.kind === 'person' && EXPECTED_AFTER.test(c.text.slice(c.head.end));
/** More people joined to the head by "and" ("… port inspectors and licensing officers from …"): one group with one count. */
const AND_PEOPLE = String.raw`(?:\s+and\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}+s)?`;
/**
 * "Twenty-one officials from Fiji, Samoa and Tonga met from 12 to 14 March to …": people who met
 * somewhere or at some time took part in that meeting ("met the requirements" is no meeting).
 */
const MET_AFTER = new RegExp(String.raw`^${AND_PEOPLE}(?:\s+(?:of|from)\s+[^.;:]{1,160}?)?\s+met\s+(?:in|at|on|from|for|during|online|virtually|twice|again)\b`, 'iu');
const metSomewhere = (c: Candidate): boolean => c.head.kind === 'person' && MET_AFTER.test(c.text.slice(c.head.end));

/**
 * "officials from all twelve members", "ships from seven members": people or things come from the
 * members of a body of states, so the count is of member states (ANNOTATION.md §2), not people;
 * "members of youth gangs", "members of the police" are people.
 */
const FROM_LEAD = /\bfrom(?:\s+(?:all|each|every|both))?(?:\s+(?:the|its|their|our))?$/i;
function memberSources(c: Candidate): boolean {
  if (c.head.kind !== 'person') return false;
  const word = /[\p{L}-]+$/u.exec(c.text.slice(c.numeral.end, c.head.end))?.[0]?.toLowerCase();
  if (word !== 'members') return false;
  return !/^\s+of\b/i.test(c.text.slice(c.head.end)) && FROM_LEAD.test(c.lead.trimEnd());
}

/**
 * "Sixty cadets and 12 instructors of the academy took part in …", "Six instructors of the school
 * spent a week at …": instructors who are the subject of taking part (after an "of/from …" that says
 * whose they are) are the activity's people, not its teachers.
 */
const TAKES_PART_AFTER = /^(?:\s+(?:of|from)\s+(?:(?!\b(?:who|which|that|whom)\b)[^.;:]){1,100}?)?\s+(?:took\s+part|participated|attended|joined|spent|visited|completed)\b/i;
/** "a study visit by 12 trainers", "an exchange by four instructors": those who made the visit. */
const VISIT_BY = /\b(?:visits?|exchanges?|tours?|trips?|internships?|placements?)\s+by$/i;

/**
 * "with two instructors from the agency", "12 speakers addressed the forum": those who gave the
 * activity, unless the text says they were the ones trained ("trained 30 instructors", "25 trainers
 * were certified", "a course for 18 instructors").
 */
function deliverers(c: Candidate): boolean {
  if (c.head.kind !== 'person') return false;
  const word = /[\p{L}-]+$/u.exec(c.text.slice(c.numeral.end, c.head.end))?.[0]?.toLowerCase();
  if (!word || !DELIVERER_NOUNS.has(word)) return false;
  if ((TAKES_PART_AFTER.test(c.text.slice(c.head.end)) && !/\bwith$/i.test(leadEnd(c.lead))) || VISIT_BY.test(leadEnd(c.lead))) return false;
  return !CUE_BEFORE.test(leadEnd(c.lead)) && !/\b(?:for|to)$/i.test(leadEnd(c.lead)) && !COUNT_VERB.test(c.text.slice(c.head.end, c.head.end + 80)) && !/\b(?:of|for)\s+(?:trainers|instructors)\b/i.test(c.sentence);
}

const takingPart = (c: Candidate) => !NOT_TAKING_PART.test(leadEnd(c.lead)) && !surveyInLead(c);

/**
 * A survey word in the lead: the sentence's first one ends within it, and no activity is named
 * between it and the figure ("published school surveys … and held a training seminar … attended by
 * twenty-two researchers" counts the seminar's people).
 */
function surveyInLead(c: Candidate): boolean {
  const end = surveyEnd(c.sentence);
  if (end < 0 || end > c.lead.length) return false;
  if (surveyIsTopic(c.lead, end)) return false;
  return !ACTIVITY_NOUN.test(c.lead.slice(end));
}

/** A survey word inside an activity's topic: "a training on household survey sampling to 24 staff", "a course in survey design for …". */
const TOPIC_BEFORE = new RegExp(String.raw`${ACTIVITY_NOUN.source}\s+(?:on|in|about)\s+(?:[\p{L}-]+\s+){0,4}$`, 'iu');
function surveyIsTopic(lead: string, end: number): boolean {
  const m = SURVEY.exec(lead.slice(0, end));
  return m !== null && TOPIC_BEFORE.test(lead.slice(Math.max(0, m.index - 120), m.index));
}

/** A country or place finding that ends just before the "(" that opens the numeral. */
function placeBeforeParen(c: Candidate): boolean {
  const open = openParenBefore(c.text, c.numeral.start);
  if (open < 0 || !/^\s*\)/.test(c.tail)) return false;
  for (let p = open; p >= 0; p--) {
    if (c.near.endingAt(p).some(isPlace)) return true;
    if (p > 0 && !/\s/.test(c.text[p - 1]!)) break;
  }
  return false;
}

/** Before a figure set against another period's: "up from", "down from", "compared with", "against". */
const COMPARED_BEFORE = /\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|as\s+against|against|versus)$/i;
/** After it, the other period: "in 2024", "the year before", "a year earlier". */
const OTHER_PERIOD_AFTER = /^\s+(?:in|for|during)\s+(?:19|20)\d\d\b|^\s+(?:the\s+(?:year|previous\s+year)\s+before|the\s+previous\s+year|a\s+year\s+(?:earlier|before)|last\s+year)\b/i;
/** A count of people trained or reached earlier in the sentence: "trained 684 judges", "reached 1,200 officials". */
const PEOPLE_COUNTED_BEFORE = /\b(?:trained|reached|brought\s+together|attended\s+by|benefit+ed|assisted|certified)\s+(?:some\s+|about\s+|over\s+|nearly\s+|more\s+than\s+)?\d[\d,]*\s+\p{L}/iu;

/** The count of people is what the figure is set against: no other quantity rises or falls in between, and no clause break. */
const OTHER_QUANTITY = /[;:]|\b(?:rose|fell|grew|increased|decreased|declined|dropped|reached|totall?ed|amounted|stood)\b/i;
function comparesPeopleCount(lead: string): boolean {
  const m = PEOPLE_COUNTED_BEFORE.exec(lead);
  if (!m) return false;
  let last = m;
  for (let r = new RegExp(PEOPLE_COUNTED_BEFORE.source, 'giu'), x = r.exec(lead); x; x = r.exec(lead)) last = x;
  return !OTHER_QUANTITY.test(lead.slice(last.index + last[0].length));
}

export const RULES: readonly ParticipantsRule[] = [
  {
    id: 'participants/count-label',
    description: 'a figure after a label in a list or table: "Participants: 45", "Officers trained: 30"',
    match: (c) => c.head.kind !== 'thing' && COUNT_LABEL.test(leadEnd(c.lead)),
  },
  {
    id: 'participants/country-breakdown',
    description: 'a figure in parentheses after a country or place, in a sentence about people: "Guatemala (46)"',
    match: (c) => placeBeforeParen(c) && mentionsPeople(c.sentence),
  },
  {
    id: 'participants/name-list-breakdown',
    description: 'a list of at least two capitalized names each with a figure in parentheses, about people',
    match: (c) => {
      // "Name (" right before the numeral: /\p{Lu}[\p{L}.'’-]*\s*\(\s*$/u on the text before it.
      const open = openParenBefore(c.text, c.numeral.start);
      if (open < 0 || !endsWithCapitalizedWord(c.text, open) || !/^\s*\)/.test(c.tail)) return false;
      return nameParenCount(c.sentence) >= 2 && mentionsPeople(c.sentence);
    },
  },
  {
    id: 'participants/country-figure',
    description: 'a figure after a country or place in a list without parentheses, about people: "Belize 12, Guatemala 15"',
    match: (c) => c.head.kind === 'none' && placeBeforeFigure(c) && mentionsPeople(c.sentence),
  },
  {
    id: 'participants/were-people',
    description: 'a bare figure said to be people: "32 participants; 18 were women"',
    match: (c) => c.head.kind === 'none' && saidToBePeople(c) && !BACK_REFERENCE.test(leadEnd(c.lead)) && mentionsPeople(c.sentence),
  },
  {
    id: 'participants/of-whom',
    description: 'a bare figure "of whom" right after a count of people: "85 officials from ten countries, 12 of whom followed online"',
    match: (c) => c.head.kind === 'none' && partOfPeopleCounted(c) && takingPart(c),
  },
  {
    id: 'participants/from-country',
    description: 'a bare figure followed by "from" and a country or place: "46 from Guatemala"',
    match: (c) => {
      if (c.head.kind !== 'none') return false;
      const from = FROM_PLACE.exec(c.tail);
      if (!from) return false;
      const at = c.numeral.end + from[0].length;
      return c.near.startingAt(at).some(isPlace) && mentionsPeople(c.sentence);
    },
  },
  {
    id: 'participants/person-noun',
    description: 'a count of people ("30 participants", "1,400 port security officials") tied to an activity',
    match: (c) => {
      if (c.head.kind !== 'person' || !takingPart(c)) return false;
      if (deliverers(c) || memberSources(c)) return false;
      if (c.head.strong) return true;
      // a verb of taking part right before the count ties it, whatever the topic ("a conference on the search for missing persons, attended by 85 people")
      return aboutActivity(c.sentence) || expectedToCome(c) || metSomewhere(c) || (ACTIVITY.test(c.sentence) && CUE_BEFORE.test(leadEnd(c.lead)));
    },
  },
  {
    id: 'participants/coordinated-figure',
    description: 'a bare figure joined by "and" to a count of people that names them: "with 39 and 36 participants" (two activities\' audiences)',
    match: (c) => {
      if (c.head.kind !== 'none' || BETWEEN_BEFORE.test(leadEnd(c.lead))) return false;
      const m = AND_FIGURE.exec(c.tail);
      if (!m) return false;
      const second = headAfter(c.text.slice(0, c.numeral.end + c.tail.length), c.numeral.end + m[0].length);
      return second.kind === 'person' && takingPart(c) && !deliverers(c);
    },
  },
  {
    id: 'participants/count-verb',
    description: 'a bare figure as the subject of taking part: "682 received security training", "45 attended"',
    match: (c) =>
      c.head.kind === 'none' && COUNT_VERB.test(c.tail) && !BACK_REFERENCE.test(leadEnd(c.lead)) && !notActivity(c.sentence),
  },
  {
    id: 'participants/compared-figure',
    description: 'a bare figure set against another period after a count of people trained: "trained 684 judges …, up from 540 in 2024"',
    match: (c) => c.head.kind === 'none' && COMPARED_BEFORE.test(leadEnd(c.lead)) && OTHER_PERIOD_AFTER.test(c.tail) && comparesPeopleCount(c.lead),
  },
  {
    id: 'participants/attendance-mode',
    description: 'the second figure of an audience split by how it took part: "85 people in person and 230 online"',
    match: (c) => c.head.kind === 'none' && MODE_AFTER.test(c.tail) && MODE_PAIR_BEFORE.test(c.lead),
  },
  {
    id: 'participants/cue-before',
    description: 'a figure right after a verb of taking part or training: "attended by 30 from", "trained 45 in"',
    match: (c) => c.head.kind === 'none' && CUE_BEFORE.test(leadEnd(c.lead)) && takingPart(c) && !partOfThings(c),
  },
];
