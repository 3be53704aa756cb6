/**
 * Trigger rules: where a sentence names an activity (ANNOTATION.md §4). A trigger is a head noun
 * from the lexicon with the modifiers that belong to it ("regional training seminars"), or a
 * title built on one ("Fifth Special Meeting of Experts"). Words that only look like heads are
 * declined: modifiers ("training materials"), gerunds ("meeting the needs"), idioms ("in the course
 * of"). Whether a trigger is a later mention of an earlier activity is marked, not decided, here.
 */
import { ACTIVITY_MODIFIERS, GENERIC_HEADS, HEADS, MODIFIED_ONLY_HEADS, NOT_EVENT_AFTER, PAIR_HEADS, STOP_BEFORE, TRAINING_NOUN_AFTER, type ActivityKind } from './lexicon.js';
import { isAcronym, isCapitalized, tight, tokenize, type Token } from './tokens.js';

export interface Trigger {
  /** View offsets of the trigger phrase and of its head word(s). */
  start: number;
  end: number;
  headStart: number;
  kind: ActivityKind;
  countable: boolean;
  plural: boolean;
  /** A capitalized title or an ordinal marks a named, new activity. */
  titled: boolean;
  /** 'demonstrative': "these exercises"; 'definite': "the workshop" (a later mention if one came before); 'titled': "the Meeting of Experts" (a later mention if the same title came before). */
  reference: 'none' | 'demonstrative' | 'definite' | 'titled';
  rule: string;
  /** Sentence tokens and the index of the trigger's first token in them. */
  tokens: Token[];
  first: number;
  last: number;
}

export interface TriggerRule {
  id: string;
  description: string;
}

export const TRIGGER_RULES: readonly TriggerRule[] = [
  { id: 'event/head-noun', description: 'an activity noun with its modifiers: "regional training seminars"' },
  { id: 'event/titled', description: 'a capitalized title on an activity noun: "Second Meeting of Officials Responsible for …"' },
  { id: 'event/pair-head', description: 'a two-word activity noun: "round table", "mock trials"' },
  { id: 'event/met-with', description: '"met with" as a meeting' },
  { id: 'event/met-in', description: 'a group that "met in" a place or "met on" a date: "the Expert Group met in Quito"' },
  { id: 'event/table-row', description: 'a row of a table whose header names what each row is ("Course\tDates\tVenue"): the cell that names the activity' },
  { id: 'event/evaluated', description: 'a body (or its experts) that "evaluated", "assessed", "audited" or "inspected" something, when no activity noun names the assessment: "experts of PAHO evaluated six treatment centres"' },
  { id: 'event/more-of-the-same', description: 'a sentence opening "Two more followed" with no activity noun: more activities of the kind the sentence before named (more-of-the-same.ts)' },
  { id: 'event/trained', description: 'a body that "trained" a number of people, when no activity noun names the training: "CONADIC trained 1,250 teachers in Chihuahua"' },
];

/** Words that point back to an activity already named, between "the" and it: "the postponed course", "the above-mentioned workshop". */
const REFERRING = /^(?:postponed|deferred|rescheduled|above-mentioned|abovementioned|aforementioned|said|same)$/;

/** Who meets: after a name ("the Expert Group met") or one of these nouns ("the experts met in Lima"). */
const MEETERS = new Set(['experts', 'delegates', 'representatives', 'officials', 'ministers', 'members', 'heads', 'directors', 'authorities', 'committee', 'group', 'network', 'council', 'board', 'commission', 'working', 'focal', 'points', 'coordinators', 'partners', 'parties']);
/** Posts named by the field they are in charge of ("head of training", "coordinator of courses"). */
const ROLE_NOUNS: ReadonlySet<string> = new Set(['head', 'heads', 'director', 'directors', 'chief', 'chiefs', 'coordinator', 'coordinators', 'manager', 'managers', 'dean', 'officer', 'officers', 'commander', 'superintendent', 'inspector', 'supervisor']);

/** Verbs that tell an assessment without its noun: "experts of the Unit evaluated six treatment centres", "the Centre assessed the procedures at the port". */
const EVALUATE_VERBS: ReadonlySet<string> = new Set(['evaluated', 'assessed', 'audited', 'inspected']);
/** Who evaluates, as the word before the verb when no body's name is: "experts evaluated", "the team assessed". */
const EVALUATORS: ReadonlySet<string> = new Set(['experts', 'assessors', 'evaluators', 'inspectors', 'auditors', 'consultants']);
/** What the assessed thing opens with: an article, a possessive, a number ("evaluated six centres", "assessed the procedures"). */
const EVALUATED_OBJECT = /^(?:the|a|an|its|their|all|both|several|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/;

/** Who "met with" someone as part of another activity (a mission, a visit). */
const PART_OF_VISIT = new Set(['mission', 'missions', 'team', 'teams', 'delegation', 'delegations', 'visit', 'visitors', 'assessors', 'evaluators']);
/** What follows a meeting's "met": where, when or how often. */
const MET_NEXT = new Set(['in', 'at', 'on', 'from', 'during', 'twice', 'again', 'virtually', 'online', 'remotely', 'once', 'three', 'four', 'five', 'six', 'several', 'regularly', 'monthly', 'quarterly', 'for']);

const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))$/;
const TITLE_LINK = new Set(['of', 'on', 'for', 'against', 'and', 'the', 'to', 'in', 'de', 'del', 'la', 'y', 'or']);
const DEMONSTRATIVE = new Set(['this', 'that', 'these', 'those', 'such', 'said', 'both']);
const MODAL_OR_TO = new Set(['to', 'can', 'could', 'may', 'might', 'will', 'would', 'should', 'must', 'shall', 'not']);
const GERUND_OBJECT = new Set(['its', 'their', 'our', 'his', 'her', 'these', 'those', 'all', 'member', 'international', 'national']);
const VERB_ING = /^[a-z]+ing$/;
/** -ing words that are nouns and may modify an activity ("drafting sessions", "policing course"). */
const NOUN_ING = new Set(['training', 'building', 'planning', 'policing', 'laundering', 'trafficking', 'networking', 'marking', 'keeping', 'learning', 'programming', 'banking', 'peacekeeping', 'drafting', 'mining', 'demining', 'financing', 'sharing', 'processing', 'profiling', 'screening', 'monitoring', 'reporting', 'testing', 'engineering', 'housing', 'nursing', 'accounting', 'auditing', 'mapping', 'modeling', 'modelling', 'budgeting', 'sentencing', 'counseling', 'counselling']);
const VERB_ED = /^[a-z]+ed$/;
/** -ed words that are adjectives of an activity ("specialized workshop"). */
const ADJ_ED = new Set(['specialized', 'specialised', 'advanced', 'integrated', 'combined', 'coordinated', 'extended', 'enhanced', 'tailored', 'targeted', 'related', 'focused', 'dedicated', 'improved', 'updated', 'revised', 'expanded', 'accelerated', 'simulated', 'mixed', 'blended', 'customized']);
const ARTICLE = new Set(['a', 'an', 'the', 'this', 'that', 'each', 'every', 'one']);

/**
 * Every word a trigger can rest on (see headAt): the heads, the first words of two-word heads, and
 * "met" and "meet". A sentence whose text holds none of them has no trigger, so one scan spares tokenizing it.
 * Unicode case folding ('iu') finds at least every word whose toLowerCase() is one of these (the
 * Kelvin sign folds to "k"); a false hit only costs the full scan.
 */
const HEAD_WORD = new RegExp([...HEADS.keys(), ...PAIR_HEADS.keys(), ...MODIFIED_ONLY_HEADS, 'met', 'meet', 'trained', 'assembly', ...EVALUATE_VERBS].join('|'), 'iu');

/** Activity triggers in one sentence (view offsets in `text`). */
export function findTriggers(text: string, start: number, end: number): Trigger[] {
  const out: Trigger[] = [];
  if (!HEAD_WORD.test(text.slice(start, end))) return out;
  const tokens = tokenize(text, start, end);
  if (tokens.length <= 3) return out; // a run-in heading ("Police training.")
  for (let i = 0; i < tokens.length; i++) {
    const found = headAt(tokens, i);
    if (!found) continue;
    const trigger = build(tokens, i, found.last, found.kind, found.rule);
    if (!trigger) continue;
    if (out.some((t) => t.end > trigger.start && trigger.end > t.start)) continue;
    out.push(trigger);
    i = found.last;
  }
  // "the fifth Cyber Tabletop Exercise, a simulation in which …": an apposition describes the activity just named
  for (let k = out.length - 1; k > 0; k--) {
    const t = out[k]!;
    const article = t.tokens[t.first - 1];
    const named = out[k - 1]!;
    const sameKind = t.kind === named.kind || t.kind === 'other' || named.kind === 'other';
    // not after a fronted phrase ("Besides these courses, a refresher course …", "Following a seminar in Lima, a workshop …")
    const fronted = named.reference === 'demonstrative' || (FRONTING.has(tokens[0]?.lower ?? '') && named.first <= 3);
    if (t.reference === 'none' && sameKind && !fronted && article && (article.lower === 'a' || article.lower === 'an') && /^\s*,\s*$/.test(article.gap) && t.tokens[t.first - 2]?.end === named.end) out.splice(k, 1);
  }
  // "courses on intelligence analysis, and specialized courses on chemical control": the same activity noun twice, joined by
  // "and" with no count of its own, is one group of like activities reported together
  for (let k = out.length - 1; k > 0; k--) {
    const t = out[k]!;
    const prev = out[k - 1]!;
    const head = (x: Trigger) => x.tokens[x.last]!.lower;
    const joined = t.tokens[t.first - 1]?.lower === 'and';
    if (joined && t.plural && prev.plural && head(t) === head(prev) && t.reference === 'none' && prev.reference === 'none' && !t.titled && !prev.titled &&
      !countedBefore(tokens, prev.first) && !countedBefore(tokens, t.first) && t.first - prev.last <= 14) out.splice(k, 1);
  }
  // "two subregional workshops–one Ibero-American Seminar in Cartagena …, and one workshop …": the count's parts, told one
  // by one, are the activities; the count gives way to them (as a lead sentence gives way to its bullets)
  for (let k = 0; k < out.length - 1; k++) {
    const t = out[k]!;
    const after = tokens[t.last + 1];
    if (t.plural && after && /^\s*[–—:]\s*$/.test(after.gap) && after.lower === 'one' && countedBefore(tokens, t.first)) {
      out.splice(k, 1);
      k--;
    }
  }
  // "IMPACS runs courses, meetings and exercises for the border agencies of its member states": three or more bare activity
  // nouns of three kinds in a row after a verb in the present ("runs", "organizes"), with no count, no modifier and no title,
  // list the kinds of work a body does, not activities it held
  for (let k = 0; k + 2 < out.length; k++) {
    let end = k;
    while (end + 1 < out.length && bare(out[end + 1]!) && listed(tokens, out[end]!, out[end + 1]!)) end++;
    if (end - k >= 2 && bare(out[k]!) && REMIT_VERB.test(tokens[out[k]!.first - 1]?.lower ?? '') && new Set(out.slice(k, end + 1).map((t) => t.kind)).size >= 3) {
      out.splice(k, end - k + 1);
      k--;
    }
  }
  // "… trained 46 agents in national training sessions": the noun names the activity, the verb does not
  if (out.length > 1) return out.filter((t) => t.rule !== 'event/trained');
  return out;
}

function headAt(tokens: Token[], i: number): { last: number; kind: ActivityKind; rule: string } | undefined {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const pair = PAIR_HEADS.get(t.lower);
  if (pair && next && tight(next) && pair.has(next.lower)) return { last: i + 1, kind: pair.get(next.lower)!, rule: 'event/pair-head' };
  // "the mission met with customs officials" is part of the mission, not a meeting of its own
  if (t.lower === 'met' && next?.lower === 'with' && tight(next)) return PART_OF_VISIT.has(tokens[i - 1]?.lower ?? '') ? undefined : { last: i, kind: 'meeting', rule: 'event/met-with' };
  if (t.lower === 'met' && next && tight(next) && MET_NEXT.has(next.lower) && metBySomeone(subjectBefore(tokens, i))) return { last: i, kind: 'meeting', rule: 'event/met-in' };
  // "the Expert Group will meet again in early 2025 in Bridgetown", "the Board is due to meet in May": a group's planned meeting
  if (t.lower === 'meet' && next && tight(next) && MET_NEXT.has(next.lower)) {
    const subject = modalSubject(tokens, i);
    if (subject !== undefined && metBySomeone(subject)) return { last: i, kind: 'meeting', rule: 'event/met-in' };
  }
  // "the CIM trained 31 shelter managers": a named body (not a pronoun, not a passive) trained a number of people
  if (t.lower === 'trained' && next && tight(next) && (/^\d/.test(next.text) || countWord(next.lower) || /^(?:some|about|over|nearly|approximately|around)$/.test(next.lower)) && namedBody(tokens[i - 1])) return { last: i, kind: 'training', rule: 'event/trained' };
  // "experts of PAHO evaluated six treatment centres", "the RCPC assessed the procedures": a body's assessment told by its verb (not "were
  // assessed", "the assessed contributions")
  // (what a visit's or a mission's team did is part of that visit: "The visiting team, assisted by … (WHO), inspected two laboratories")
  if (EVALUATE_VERBS.has(t.lower) && next && tight(next) && EVALUATED_OBJECT.test(next.lower) && (namedBody(tokens[i - 1]) || EVALUATORS.has(tokens[i - 1]?.lower ?? '')) && !tokens.slice(0, i).some((w) => PART_OF_VISIT.has(w.lower) || w.lower === 'visiting')) return { last: i, kind: 'assessment', rule: 'event/evaluated' };
  // "the 85th INTERPOL General Assembly": an assembly numbered by an ordinal is one session of it (a bare "General Assembly" is the body)
  if ((t.text === 'Assembly' || t.text === 'ASSEMBLY') && numberedTitle(tokens, i)) return { last: i, kind: 'meeting', rule: 'event/titled' };
  if (MODIFIED_ONLY_HEADS.has(t.lower)) {
    const prev = tokens[i - 1];
    const modifier = prev && tight(t) ? HEADS.get(prev.lower) : undefined;
    // "capacity-building activities", "capacity building activities": activities of mixed kinds, named by what they do
    const mixed = prev !== undefined && tight(t) && (ACTIVITY_MODIFIERS.has(prev.lower) || (prev.lower === 'building' && tokens[i - 2]?.lower === 'capacity' && tight(prev)));
    return ((modifier && modifier.kind !== 'other') || mixed) && !(next && tight(next) && NOT_EVENT_AFTER.has(next.lower)) ? { last: i, kind: 'other', rule: 'event/head-noun' } : undefined;
  }
  const entry = HEADS.get(t.lower);
  // "a webinar series", "the WEBINAR SERIES on digital evidence": a series of one kind of activity is a group of them
  if (entry && entry.kind !== 'other' && entry.countable && next?.lower === 'series' && tight(next) && !HEADS.has(tokens[i + 2]?.lower ?? '')) return { last: i + 1, kind: entry.kind, rule: 'event/head-noun' };
  if (!entry || declined(tokens, i)) return undefined;
  return { last: i, kind: entry.kind, rule: 'event/head-noun' };
}

/** An ordinal stands before the capitalized words that lead to token i ("85th INTERPOL General", "Twentieth Regular"). */
function numberedTitle(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 5; j--) {
    const w = tokens[j]!;
    if (!tight(tokens[j + 1])) return false;
    if (ORDINAL.test(w.lower) || /^\w+-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$/.test(w.lower) || /^\w+(?:tieth)$/.test(w.lower)) return true;
    if (!isCapitalized(w) && !isAcronym(w) && w.lower !== 'of' && w.lower !== 'the') return false;
  }
  return false;
}

/** The word before "trained" is a body's name or acronym ("CONADIC", "the CIM"), not a pronoun or an activity ("The course trained"). */
function namedBody(prev: Token | undefined): boolean {
  return prev !== undefined && (isAcronym(prev) || (isCapitalized(prev) && !HEADS.has(prev.lower) && !/^(?:It|This|That|These|They|We|He|She|Which|Who)$/.test(prev.text)));
}

/** The word before "met" names who met (a name, an acronym or a group noun), not a need that was met ("needs were met in"). */
/**
 * The word before "met", over a relative clause set off by commas: "the Group of Experts …, for which the
 * Secretariat acts as secretariat, met twice" (the subject is the word before ", for which").
 */
function subjectBefore(tokens: readonly Token[], i: number): Token | undefined {
  const prev = tokens[i - 1];
  if (!prev || !/^\s*,\s*$/.test(tokens[i]!.gap)) return prev;
  for (let j = i - 1, n = 0; j > 0 && n < 20; j--, n++) {
    const t = tokens[j]!;
    if (/[.;:]/.test(t.gap)) return prev;
    if (/^\s*,\s*$/.test(t.gap) && /^(?:which|who|whom|whose|that|for|of|in|with|to|under|through)$/.test(t.lower)) return tokens[j - 1];
  }
  return prev;
}

/** The subject before "will meet", "shall meet", "is due/expected/scheduled to meet", "plans to meet" (undefined where no such modal stands before "meet"). */
function modalSubject(tokens: readonly Token[], i: number): Token | undefined {
  const m1 = tokens[i - 1];
  if (!m1 || !tight(m1) || !tight(tokens[i])) return undefined;
  if (m1.lower === 'will' || m1.lower === 'shall') return tokens[i - 2];
  if (m1.lower !== 'to') return undefined;
  const m2 = tokens[i - 2];
  if (m2 && /^(?:plans|intends|expects)$/.test(m2.lower)) return tokens[i - 3];
  const m3 = tokens[i - 3];
  if (m2 && m3 && /^(?:due|expected|scheduled|set)$/.test(m2.lower) && /^(?:is|are)$/.test(m3.lower)) return tokens[i - 4];
  return undefined;
}

function metBySomeone(prev: Token | undefined): boolean {
  if (!prev) return false;
  return (isCapitalized(prev) && !/^(?:It|This|That|These|They|We)$/.test(prev.text)) || MEETERS.has(prev.lower);
}

/** Whether the head word at i is not an activity here. */
function declined(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const nextTight = next !== undefined && tight(next);
  if (nextTight && NOT_EVENT_AFTER.has(next.lower)) return true;
  // A head right before another head is its modifier ("training workshop", "assessment missions").
  if (nextTight && HEADS.has(next.lower)) return true;
  if (t.lower !== 'training' && joinsLaterHead(tokens, i)) return true;
  if (modifiesCoordinatedNoun(tokens, i)) return true;
  // a post named by its field ("head of training at the school", "Director of Courses", "chief of exercises"): a job, not an activity
  if (prev?.lower === 'of' && tight(t) && ROLE_NOUNS.has(tokens[i - 2]?.lower ?? '')) return true;
  switch (t.lower) {
    case 'training':
    case 'trainings':
      // "training" is the activity only when no noun follows it ("training materials", "Training Center").
      if (nextTight && !TRAINING_NOUN_AFTER.has(next.lower)) return true;
      if (prev && (MODAL_OR_TO.has(prev.lower) || /^receiv/.test(prev.lower) || (tight(t) && VERB_ING.test(prev.lower) && !NOUN_ING.has(prev.lower)))) return true;
      // a list of functions: "raising awareness, training, publicizing …"
      if ((prev && /,/.test(t.gap) && VERB_ING.test(prev.lower)) || (next && /,/.test(next.gap) && VERB_ING.test(next.lower))) return true;
      return joinsLaterHead(tokens, i);
    case 'meeting':
      if (next && GERUND_OBJECT.has(next.lower) && !(prev && ARTICLE.has(prev.lower))) return true;
      if (next?.lower === 'the' && !(prev && (ARTICLE.has(prev.lower) || isCapitalized(prev)))) return true;
      return false;
    case 'course':
    case 'courses':
      return !isCapitalized(t) && next?.lower === 'of' && (prev === undefined || ['the', 'a', 'of', 'over', 'during', 'in', 'throughout'].includes(prev.lower));
    case 'exercise':
    case 'exercises':
      if (prev && MODAL_OR_TO.has(prev.lower)) return true;
      return !isCapitalized(t) && next !== undefined && ['of', 'its', 'their', 'the', 'his', 'her', 'our', 'control', 'jurisdiction'].includes(next.lower);
    case 'event':
    case 'events':
      // "the events of the year"; "Events of the Network. Dates may change …" opening a calendar: a label over a list, not one activity
      return next?.lower === 'of' && (prev?.lower === 'the' || (prev === undefined && t.lower === 'events'));
    case 'visit':
    case 'visits':
      if (prev && HEADS.has(prev.lower) && tight(t)) return false; // "assessment visits", "training visits"
      return !prev || MODAL_OR_TO.has(prev.lower) || (!isCapitalized(prev) && !/^(?:a|an|two|three|four|five|several|technical|official|field|site|on-site|onsite|in-country|advisory|inspection|expert|familiarization|preparatory|joint|high-level|working|exchange|return|personnel|follow-up|country|monitoring|support|evaluation|verification|study)$/.test(prev.lower));
    case 'mission':
    case 'missions':
      // "Permanent Mission of Chile", "the principal mission is raising awareness"
      return /^(?:permanent|observer|principal|main|primary|core|overall|central|its|our|their|whose)$/.test(prev?.lower ?? '') || next?.lower === 'is';
    case 'session':
    case 'sessions':
      return prev?.lower === 'in' && !isCapitalized(t);
    case 'panel':
    case 'panels':
      return next?.lower === 'of' && isCapitalized(t);
    default:
      return false;
  }
}

/** "training and outreach materials", "police training and development centers": a modifier of a later non-activity noun. */
function modifiesCoordinatedNoun(tokens: Token[], i: number): boolean {
  const and = tokens[i + 1];
  if (!and || !tight(and) || (and.lower !== 'and' && and.lower !== 'or')) return false;
  for (let j = i + 2; j < Math.min(tokens.length, i + 5); j++) {
    const t = tokens[j]!;
    if (!tight(t) || STOP_BEFORE.has(t.lower) || HEADS.has(t.lower)) return false;
    if (NOT_EVENT_AFTER.has(t.lower)) return true;
  }
  return false;
}

/**
 * "training and cooperation event", "Training and Awareness Seminar": an activity word joined by
 * "and" to the modifiers of a later head only qualifies that head ("seminars and workshops" are two).
 */
function joinsLaterHead(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.lower !== 'and' || !tight(tokens[i + 1]) || HEADS.has(tokens[i + 2]?.lower ?? '')) return false;
  for (let j = i + 2; j < Math.min(tokens.length, i + 5); j++) {
    if (!tight(tokens[j]) || STOP_BEFORE.has(tokens[j]!.lower)) return false;
    if (HEADS.has(tokens[j]!.lower)) return true;
  }
  return false;
}

function build(tokens: Token[], headFirst: number, headLast: number, headKind: ActivityKind, rule: string): Trigger | undefined {
  const head = tokens[headLast]!;
  const titledHead = isCapitalized(tokens[headFirst]!) && headFirst > 0;
  let first = headFirst;
  if (rule !== 'event/met-with' && rule !== 'event/met-in' && rule !== 'event/trained' && rule !== 'event/evaluated') {
    // Modifiers to the left: lower-case words (or capitalized ones in a title), up to six.
    while (first > 0 && headFirst - first < 6) {
      const cand = tokens[first - 1]!;
      if (!tight(tokens[first])) break;
      if (/^\d/.test(cand.text)) break;
      if (!titledHead && ((VERB_ING.test(cand.lower) && !NOUN_ING.has(cand.lower)) || (VERB_ED.test(cand.lower) && !ADJ_ED.has(cand.lower)))) break;
      if (STOP_BEFORE.has(cand.lower) && !(titledHead && isCapitalized(cand) && ORDINAL.test(cand.lower))) {
        // "awareness and training seminar", "training and cooperation event": "and" joins two modifiers (not two activities).
        const joined = tokens[first - 2];
        const crossable = joined !== undefined && !STOP_BEFORE.has(joined.lower) && (!isCapitalized(joined) || titledHead || first - 2 === 0) && tight(tokens[first - 1]) &&
          first < headFirst && (HEADS.has(tokens[first]!.lower) || HEADS.has(joined.lower));
        if (cand.lower === 'and' && crossable) {
          first -= 2;
          continue;
        }
        break;
      }
      const sentenceStart = first - 1 === 0;
      if (isCapitalized(cand) && !titledHead && !sentenceStart) break;
      if (isAcronym(cand) && !titledHead) break;
      first--;
    }
  }
  let last = headLast;
  // "a total of 12 courses and workshops": one count for two bare activity nouns is one group of activities
  const and = tokens[headLast + 1];
  const second = tokens[headLast + 2];
  // "the contract for assessment and training in Jamaica": two bare singular activity nouns, no article, are one service
  if (rule === 'event/head-noun' && headFirst === first && !/s$/.test(head.lower) && !isCapitalized(head) && and?.lower === 'and' && tight(and) && second && tight(second) && !isCapitalized(second) &&
    !/s$/.test(second.lower) && HEADS.has(second.lower) && HEADS.get(second.lower)!.kind !== 'other' && HEADS.get(second.lower)!.kind !== HEADS.get(head.lower)?.kind && !ARTICLE.has(tokens[first - 1]?.lower ?? '') &&
    !(tokens[headLast + 3] && tight(tokens[headLast + 3]) && NOT_EVENT_AFTER.has(tokens[headLast + 3]!.lower))) last = headLast + 2;
  // (a service named so says nothing of how many activities it held)
  const service = last > headLast && !/s$/.test(head.lower);
  if (rule === 'event/head-noun' && /s$/.test(head.lower) && and?.lower === 'and' && tight(and) && second && tight(second) && !isCapitalized(second) && /s$/.test(second.lower) && HEADS.has(second.lower) && HEADS.get(second.lower)!.kind !== 'other' && !(tokens[headLast + 3] && tight(tokens[headLast + 3]) && NOT_EVENT_AFTER.has(tokens[headLast + 3]!.lower)) && countedBefore(tokens, first)) last = headLast + 2;
  const capitalHead = isCapitalized(tokens[headFirst]!) || (first < headFirst && isCapitalized(tokens[first]!) && first > 0);
  // a title's run past the head ("Meeting of Experts") makes a titled trigger; two nouns joined by "and" do not
  const titleLast = capitalHead && rule !== 'event/met-with' && rule !== 'event/met-in' && rule !== 'event/trained' && rule !== 'event/evaluated' ? extendTitle(tokens, headLast) : headLast;
  if (titleLast > headLast) last = titleLast;
  const firstTok = tokens[first]!;
  const lastTok = tokens[last]!;
  const before = tokens[first - 1];
  let det = first - 1;
  while (det > 0 && first - det <= 2 && tokens[det] && (/^\d/.test(tokens[det]!.text) || (isCapitalized(tokens[det]!) && !isCapitalized(head)) || countWord(tokens[det]!.lower) || DURATION.test(tokens[det]!.lower) || REFERRING.test(tokens[det]!.lower)) && tight(tokens[det + 1])) det--;
  const determiner = tokens[det];
  const titled = (isCapitalized(head) && headFirst > 0) || (titleLast > headLast) || (before !== undefined && ORDINAL.test(before.lower)) || tokens.slice(first, headLast).some((t) => ORDINAL.test(t.lower));
  let reference: Trigger['reference'] = 'none';
  const more = tokens[det - 1] && /^(?:more|other|additional|further)$/.test(tokens[det - 1]!.lower) || tokens[det - 2]?.lower === 'more';
  if (determiner && DEMONSTRATIVE.has(determiner.lower) && !more) reference = 'demonstrative';
  // "each course", "every workshop": one by one the activities of a set named elsewhere, never one of its own
  else if (determiner && DISTRIBUTIVE.has(determiner.lower) && !/s$/.test(head.lower) && !titled) reference = 'demonstrative';
  else if (determiner && determiner.lower === 'the' && !followedByName(tokens, last) && !(before && ORDINAL.test(before.lower))) reference = titled ? 'titled' : 'definite';
  // "Most workshops took place in Africa", "All the courses were …": a share of activities reported before
  else if (determiner && (QUANTIFIER.has(determiner.lower) || (determiner.lower === 'the' && QUANTIFIER.has(tokens[det - 1]?.lower ?? ''))) && /s$/.test(head.lower) && !titled) reference = 'definite';
  let kind = headKind;
  if (GENERIC_HEADS.has(head.lower)) {
    let modifierKind: ActivityKind | undefined;
    for (let j = first; j < headLast && !modifierKind; j++) {
      const k = HEADS.get(tokens[j]!.lower)?.kind;
      if (k && k !== 'other' && k !== 'session') modifierKind = k;
    }
    if (modifierKind) kind = modifierKind;
  }
  // visits take the kind of their activity word ("assessment visits"); an evaluation's onsite visits are assessments
  if (head.lower === 'visit' || head.lower === 'visits') {
    for (let j = first; j < headLast; j++) {
      const w = tokens[j]!.lower;
      const k = HEADS.get(w)?.kind;
      if (k && k !== 'other' && k !== 'session') kind = k;
      else if (/^(?:onsite|on-site|evaluation|verification|inspection)$/.test(w)) kind = 'assessment';
      // an exchange, return, working or familiarization visit is a mission (as a study visit is)
      else if (/^(?:exchange|return|working|familiari[sz]ation|official)$/.test(w)) kind = 'mission';
    }
  }
  const entry = HEADS.get(head.lower);
  return {
    start: firstTok.start,
    end: lastTok.end,
    headStart: tokens[headFirst]!.start,
    kind,
    // "trained 31 officers" says nothing of how many trainings there were
    countable: rule === 'event/met-with' || rule === 'event/met-in' || rule === 'event/pair-head' || rule === 'event/evaluated' ? true : rule === 'event/trained' || service ? false : (entry?.countable ?? true),
    plural: /s$/.test(head.lower) && head.lower !== 'congress' || head.lower === 'fora' || head.lower === 'symposia',
    titled,
    reference,
    rule: titleLast > headLast || (titled && isCapitalized(head)) ? (rule === 'event/head-noun' ? 'event/titled' : rule) : rule,
    tokens,
    first,
    last,
  };
}

/** "two-week", "three-day": a length that stands between a determiner and its activity ("This two-week course"). */
const DURATION = /^(?:\w+-(?:day|week|month|hour)|week-long|half-day)$/;
/** Shares of a group: "Most workshops", "all the courses". */
const QUANTIFIER = new Set(['most', 'all']);
/** Determiners that take the activities of a set one at a time. */
const DISTRIBUTIVE = new Set(['each', 'every']);
/** Words that open a phrase put before the clause ("Following a seminar in Lima, a workshop …"). */
const FRONTING = new Set(['following', 'after', 'before', 'besides', 'apart', 'unlike', 'like', 'during', 'at', 'in', 'on', 'since', 'as', 'with', 'beyond', 'alongside']);
/** Verbs in the present that introduce what a body does in general. */
const REMIT_VERB = /^(?:runs|holds|organi[sz]es|offers|provides|delivers|conducts|hosts|convenes|supports|carries)$/;
const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** A trigger that is one plural activity noun and nothing else ("courses"). */
const bare = (t: Trigger) => t.first === t.last && t.plural && !t.titled && t.reference === 'none';
/** Two triggers next to each other in a list: only ",", "and" or "or" between them. */
function listed(tokens: Token[], a: Trigger, b: Trigger): boolean {
  if (b.first === a.last + 1) return /^\s*,\s*$/.test(tokens[b.first]!.gap);
  return b.first === a.last + 2 && /^(?:and|or)$/.test(tokens[a.last + 1]!.lower) && /^\s*,?\s*$/.test(tokens[a.last + 1]!.gap);
}

/** A number stands right before the trigger ("12 courses", "twelve courses", "a total of 12 courses"). */
function countedBefore(tokens: Token[], first: number): boolean {
  const prev = tokens[first - 1];
  return prev !== undefined && tight(tokens[first]) && (/^\d[\d,]*$/.test(prev.text) || countWord(prev.lower) || /^(?:eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozen)$/.test(prev.lower));
}

const countWord = (w: string) => /^(?:two|three|four|five|six|seven|eight|nine|ten)$/.test(w);

/** A capitalized title continues after its head: "Meeting of Experts", "Workshop on Border Security". */
function extendTitle(tokens: Token[], headLast: number): number {
  let last = headLast;
  let j = headLast + 1;
  while (j < tokens.length && j - headLast <= 16) {
    const t = tokens[j]!;
    // a title goes on over spaces, not over a line break (a headline over its "Date:" line)
    if (!/^[ \t]+$/.test(t.gap)) break;
    // a date after a title ("Third Conference on Border Management" / "September 2016") is not part of it
    if (MONTH.test(t.lower) && /^\d/.test(tokens[j + 1]?.text ?? '')) break;
    if (isCapitalized(t) || /^\d+(?:st|nd|rd|th)$/.test(t.text)) {
      last = j;
      j++;
      continue;
    }
    if (TITLE_LINK.has(t.lower) && t.lower !== 'in' && t.lower !== 'to') {
      j++;
      continue;
    }
    break;
  }
  return last;
}

/** "the meeting of the CFATF", "the meetings of National Drug Observatories": a named activity, not a later mention. */
function followedByName(tokens: Token[], last: number): boolean {
  const a = tokens[last + 1];
  const b = tokens[last + 2];
  const c = tokens[last + 3];
  if (!a || (a.lower !== 'of' && a.lower !== 'on')) return false;
  return (b !== undefined && isCapitalized(b)) || (b?.lower === 'the' && c !== undefined && isCapitalized(c));
}
