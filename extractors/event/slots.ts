/**
 * Slots of one activity from the mentions around its trigger (ANNOTATION.md §4): the date that
 * ties to it (an interval over a group's dates), where it took place, whose people took part,
 * how many people, and who organized, hosted, funded or delivered it. Ranges are raw offsets.
 */
import type { GoldEvent } from '../../pipeline/gold.js';
import type { Mention } from '../engine.js';
import { spanValues } from '../date/bounds.js';
import { ATTENDED, COUNTRY_FUNDER_BEFORE, ORG_AUDIENCE_CHAIN, ORG_NOT_ORGANIZER } from './lexicon.js';

export interface Range {
  start: number;
  end: number;
}

export interface SlotScope {
  raw: string;
  /** The trigger's own stretch (to the next trigger), the rest of its bullet, and sentences that refer back to it. */
  primary: Range[];
  /** The sentence before its first trigger ("In March, the Dominican Republic hosted …"). */
  prefix: Range[];
  /** Other stretches of the same sentence, for a date the sentence gives once. */
  sentence: Range[];
  /** The sentence a bullet hangs from. */
  lead?: Range;
  /** From the previous trigger (or the sentence start) to this one: the subject and verb that govern it. */
  left: Range;
  /** Where the trigger's sentence starts (raw): an attendance verb earlier in it may govern a list the trigger is in. */
  sentenceStart?: number;
  trigger: Range;
  /** Raw start of the next trigger in the sentence: a name right before it is that activity's. */
  nextTrigger?: number;
  group: boolean;
  /** The section's reporting bodies: its part's body, and the larger body when that is a unit of it. */
  reportingBodies?: readonly string[];
  /** Later sentences that only say who took part ("Participants came from …"): they lend countries, and a figure when the activity has none. */
  lent?: Range[];
  /** The next sentence when it says of "it" who ran, funded or hosted it ("It was delivered with the support of X"): it lends organizations. */
  credit?: Range[];
}

/** The slots of an activity, as the gold format has them. */
export type Slots = Pick<GoldEvent, 'date' | 'mod' | 'places' | 'countries' | 'participants' | 'organizations'>;

/** "a total of 70", "70 in total" is said before the figure as "total of" / "in all". */
const TOTAL_BEFORE = /\b(?:a total of|total of|in total|altogether|in all)\s*(?:some |about |approximately |more than |over )?$/i;
const SUBSET_BEFORE = /\b(?:of whom|of which|of them|among them|among whom|including|of these|of those)\s*(?:some |about |approximately |more than |over )?$/i;

const inside = (m: Range, ranges: readonly Range[]) => ranges.some((r) => m.start >= r.start && m.start < r.end);
const distinct = (values: string[]) => [...new Set(values)];
const NOT_WHEN = /\b(?:since|by|until|till|up to|as of)\s*$/i;
const CONNECTOR = /^\s*(?:and|or|to|through|until|-|–)\s*$/;
const SELF = /\b(?:Secretariat|Department|Section|Division|Office|Unit|Program|Programme|we|our)\b/;

/** Participants per country, where the activity's own text gives a figure right after a country ("Guatemala (46)"). */
export type Breakdown = Record<string, number>;

export function fillSlots(scope: SlotScope, mentions: readonly Mention[]): Slots & { breakdown?: Breakdown } {
  // One function per slot: each is small, so a change in what it meets costs V8 a recompile of
  // that slot alone (one function for all of them was recompiled about ten times a batch).
  const byType = mentionsByType(mentions);
  const orgMentions = byType.get('organization') ?? NONE;
  const near = [...scope.primary, ...scope.prefix];
  const out: Slots & { breakdown?: Breakdown } = {};
  dateSlot(scope, byType.get('date') ?? NONE, out);
  const places = within(byType.get('place') ?? NONE, near);
  if (places.length) out.places = distinct(places.map((p) => String(p.value)));
  const countriesNear = within(byType.get('country') ?? NONE, scope.lent?.length ? [...near, ...scope.lent] : near);
  const codes = countryCodes(scope.raw, countriesNear, places, orgMentions);
  if (codes.length) out.countries = codes;
  participantsSlot(scope.raw, within(byType.get('participants') ?? NONE, near), within(countriesNear, near), out);
  // a later sentence that says who took part gives the figure only when the activity's own text gives none
  // (where it does, a figure there splits the total: "… 1,400 officials. Some 682 received …")
  if (out.participants === undefined && scope.lent?.length) participantsSlot(scope.raw, within(byType.get('participants') ?? NONE, scope.lent), within(countriesNear, scope.lent), out);
  const keys = organizationKeys(scope, orgMentions, near, byType.get('participants') ?? NONE);
  if (keys.length) out.organizations = keys;
  return out;
}

/** The date that ties to the activity: in its own text, else before it, else once in its sentence, else in its lead. */
function dateSlot(scope: SlotScope, dateMentions: readonly Mention[], out: Slots): void {
  const { raw } = scope;
  let dates = usableDates(raw, within(dateMentions, scope.primary));
  if (dates.length === 0) dates = usableDates(raw, within(dateMentions, scope.prefix));
  if (dates.length === 0) dates = usableDates(raw, within(dateMentions, scope.sentence)).slice(0, 1);
  if (dates.length === 0 && scope.lead) dates = usableDates(raw, within(dateMentions, [scope.lead])).slice(0, 1);
  // "between January 20 and February 14", "late 2015 or early 2016": two mentions, one interval.
  if (dates.length >= 2 && CONNECTOR.test(raw.slice(dates[0]!.end, dates[1]!.start))) {
    out.date = spanValues([String(dates[0]!.value), String(dates[1]!.value)]);
  } else if (dates.length === 1 || (dates.length > 1 && !scope.group)) {
    out.date = String(dates[0]!.value);
    if (dates[0]!.mod) out.mod = dates[0]!.mod;
  } else if (dates.length > 1) {
    out.date = spanValues(dates.map((d) => String(d.value)));
  }
}

/** Countries near the activity (not inside a name, not a funder), then the countries of its places. */
function countryCodes(raw: string, countriesNear: readonly Mention[], places: readonly Mention[], orgMentions: readonly Mention[]): string[] {
  const countries = countriesNear.filter((c) => {
    if (withinAnOrganization(orgMentions, c)) return false;
    return !COUNTRY_FUNDER_BEFORE.test(raw.slice(Math.max(0, c.start - 50), c.start));
  });
  // Filled by push, not map/filter, so the list has one elements kind empty or not (see event/index.ts).
  const codes: string[] = [];
  for (const c of countries) codes.push(String(c.value));
  for (const p of places) {
    const code = /, ([A-Z]{3})$/.exec(String(p.value))?.[1];
    if (code) codes.push(code);
  }
  return distinct(codes);
}

/** Participants: one figure, or a total and its parts, or parts only (their sum); and the figures per country. */
function participantsSlot(raw: string, people: readonly Mention[], countriesNear: readonly Mention[], out: Slots & { breakdown?: Breakdown }): void {
  const breakdown = breakdownOf(people, countriesNear, raw);
  if (breakdown) out.breakdown = breakdown;
  const stated = people.find((m) => TOTAL_BEFORE.test(textBefore(raw, m, 30)));
  // a share of a figure already counted ("30 officers, of whom 18 were women") adds nothing
  const figures: number[] = [];
  for (const m of people) if (!SUBSET_BEFORE.test(textBefore(raw, m, 30))) figures.push(Number(m.value));
  if (stated) out.participants = Number(stated.value);
  else if (figures.length === 1) out.participants = figures[0];
  else if (figures.length > 1) {
    const sum = figures.reduce((a, b) => a + b, 0);
    out.participants = figures.find((f) => f * 2 === sum) ?? sum;
  }
}

/** Who organized, hosted, funded or delivered it: names in its clause or right next to its trigger, and the reporting body when the activity is its own. */
function organizationKeys(scope: SlotScope, orgMentions: readonly Mention[], near: readonly Range[], people: readonly Mention[]): string[] {
  const { raw } = scope;
  const clause = [...scope.prefix, ...scope.primary.slice(0, 1)];
  const clauseText = [scope.left, ...scope.primary.slice(0, 1)].map((r) => raw.slice(r.start, r.end)).join(' ');
  // the subject of a later clause of the sentence runs this activity, not the first clause's subject
  // ("…, and the CICTE Secretariat expects to run a port security exercise")
  const leftSubjects = within(orgMentions, [scope.left]).filter((o) => !inside(o, near) && RUNS_IT.test(raw.slice(o.end, scope.trigger.start)));
  const unitBehind = namedUnitBehind(scope, orgMentions);
  const candidates = [
    ...within(orgMentions, scope.credit?.length ? [...near, ...scope.credit] : near).filter((o) => leftSubjects.length === 0 || !inside(o, scope.prefix)),
    ...unitBehind,
    ...leftSubjects,
    ...orgMentions.filter((m) => adjacent(raw, m, scope.trigger.start) && !inside(m, near) && !leftSubjects.includes(m)),
  ];
  const orgs = candidates.filter((o) => {
    if (ORG_NOT_ORGANIZER.test(raw.slice(Math.max(0, o.start - 40), o.start))) return false;
    if (ORG_AUDIENCE_CHAIN.test(raw.slice(Math.max(0, o.start - 240), o.start))) return false;
    if (scope.nextTrigger !== undefined && adjacent(raw, o, scope.nextTrigger)) return false;
    // the subject of the sentence's next clause runs the next activity ("…, and the CICTE Secretariat expects to run a port security exercise")
    if (scope.nextTrigger !== undefined && o.start > scope.trigger.end && o.end <= scope.nextTrigger && NEXT_SUBJECT_BEFORE.test(raw.slice(Math.max(0, o.start - 24), o.start)) && NEXT_SUBJECT_VERB.test(raw.slice(o.end, scope.nextTrigger))) return false;
    // a body named after someone attended or presented at it ("…, at which the President presented the annual report of the CIM")
    if (o.start >= scope.trigger.end && namedAfterAttendance(raw, scope.trigger.end, o.start)) return false;
    // the subject of "participated in" only attended
    if (unitBehind.includes(o)) return true; // named sentences before, as the subject "the Unit" stands for
    if (o.end <= scope.trigger.start && ATTENDED.test(raw.slice(o.end, scope.trigger.start))) return false;
    const sentenceStart = Math.max(raw.lastIndexOf('. ', o.start), 0);
    if (inside(o, clause)) return true;
    // after an attendance verb in its sentence, a body is one that attended unless a word of running or backing brings it in
    // ("150 investigators attended the symposium, which IMPACS co-hosted with the EU")
    const verb = lastAttendance(raw, sentenceStart, o.start);
    return verb === undefined || PARTNER_AFTER.test(raw.slice(verb.end, o.start));
  });
  const keys = distinct(orgs.map((o) => String(o.value)));
  const bodies = scope.reportingBodies ?? [];
  if (bodies.length > 0 && ownActivity(scope, orgs, clauseText, bodies, people, orgMentions)) {
    for (const body of bodies) if (!keys.some((k) => k.toLowerCase() === body.toLowerCase())) keys.push(body);
  }
  return keys;
}

const NONE: readonly Mention[] = [];

/**
 * The mentions that start inside any of the ranges, in their order. Mentions sorted by start (as a
 * block's are) are looked up by binary search per range: filtering all of a block's mentions for
 * every activity was quadratic in a report on one long line (issue 21 §4).
 */
function within(mentions: readonly Mention[], ranges: readonly Range[]): Mention[] {
  if (ranges.length === 0) return [];
  if (!sortedByStart(mentions)) return mentions.filter((m) => inside(m, ranges));
  const indexes: number[] = [];
  for (const { start, end } of ranges) {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < mentions.length && mentions[i]!.start < end; i++) indexes.push(i);
  }
  // In the list's order, each once (ranges may overlap), as filter would give them.
  if (ranges.length > 1) indexes.sort((a, b) => a - b);
  const out: Mention[] = [];
  for (let k = 0; k < indexes.length; k++) if (k === 0 || indexes[k] !== indexes[k - 1]) out.push(mentions[indexes[k]!]!);
  return out;
}

/** Whether a list is sorted by start, kept per list (and its length, should it grow). */
const sortedLists = new WeakMap<readonly Mention[], { length: number; sorted: boolean }>();
function sortedByStart(mentions: readonly Mention[]): boolean {
  const had = sortedLists.get(mentions);
  if (had && had.length === mentions.length) return had.sorted;
  let sorted = true;
  for (let i = 1; i < mentions.length && sorted; i++) if (mentions[i]!.start < mentions[i - 1]!.start) sorted = false;
  sortedLists.set(mentions, { length: mentions.length, sorted });
  return sorted;
}

/** The text right before a mention, up to `reach` characters. */
const textBefore = (raw: string, m: Mention, reach: number) => raw.slice(Math.max(0, m.start - reach), m.start);

/** Whether only spaces separate a mention from a position after it. */
const adjacent = (raw: string, o: Mention, at: number) => o.end <= at && /^\s*$/.test(raw.slice(o.end, at));

/** Dates that can date an activity: not a bound ("since 2010"), not a year that opens a name ("2012 Summit"). */
const usableDates = (raw: string, dates: readonly Mention[]) =>
  dates.filter((m) => !NOT_WHEN.test(textBefore(raw, m, 12)) && !(/^\d{4}$/.test(String(m.value)) && /^\s+\p{Lu}\p{Ll}/u.test(raw.slice(m.end, m.end + 3))));

/** Mentions grouped by type, each group in the order given: every slot reads one type, so it need not pass over the others. */
/** Each passage's mentions filed by type once, not once per activity (quadratic in a one-line report). */
const byTypeOf = new WeakMap<readonly Mention[], { length: number; byType: Map<string, Mention[]> }>();
function mentionsByType(mentions: readonly Mention[]): Map<string, Mention[]> {
  const had = byTypeOf.get(mentions);
  if (had && had.length === mentions.length) return had.byType;
  const byType = fileByType(mentions);
  byTypeOf.set(mentions, { length: mentions.length, byType });
  return byType;
}

function fileByType(mentions: readonly Mention[]): Map<string, Mention[]> {
  const out = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = out.get(m.type);
    if (list) list.push(m);
    else out.set(m.type, [m]);
  }
  return out;
}

/** Between a body and the trigger: the body runs it ("the Permanent Council held a special meeting", "UNODC will convene two regional meetings"). */
const RUNS_IT = /^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:also|has|have|had|will|would|was|were|then|jointly|expects? to|plans? to|intends? to)\s+)*(?:held|hosted|organi[sz]ed|convened|conducted|delivered|hold|host|organi[sz]e|convene|conduct|deliver|ran|run|led|lead|chaired|chair)\s+(?:a|an|the|its|their|two|three|four|five|several)?\s*(?:[\w-]+\s+){0,4}$/i;
/** Between the trigger and a body, later in its clause: it was run by that body ("…, held in April and coordinated by the Office of …", "under the coordination of the Committee …"). */
const RUN_BY = /^[^.;]{0,160}?\b(?:(?:organi[sz]ed|convened|coordinated|chaired|led)\s+by|under the (?:coordination|auspices|chairmanship) of)\s+(?:the\s+)?$/i;

/** Whether an attendance or presentation verb comes between the trigger and a body, with no partner word after it. */
function namedAfterAttendance(raw: string, from: number, to: number): boolean {
  const verb = lastAttendance(raw, from, to);
  return verb !== undefined && !/\b(?:with|by|organi[sz]ed|co-?organi[sz]ed|hosted|funded|financed|sponsored|delivered|supported)\b/i.test(raw.slice(verb.end, to));
}

/** "the Unit" (a bare head) as the subject that runs the activity. */
const BARE_UNIT_SUBJECT = /\bthe\s+(Unit|Section|Division|Office|Centre|Center|Program|Programme|Branch)\s+(?:(?:also|has|have|had|will|then|further|jointly)\s+)*(?:held|hosted|organi[sz]ed|convened|conducted|delivered|ran|led|gave|offered|staged|carried out)\s+(?:[\w-]+\s+){0,5}$/i;
/** How far back in the paragraph a bare head looks for the unit it stands for. */
const UNIT_REACH = 700;

/**
 * The named unit that "the Unit" stands for where it runs the activity: the last body with that head
 * named earlier in the paragraph ("The Regional Polygraph Unit, which sits within the Division, …
 * During the second quarter the Unit also ran a refresher course").
 */
function namedUnitBehind(scope: SlotScope, orgMentions: readonly Mention[]): Mention[] {
  const { raw } = scope;
  const from = scope.sentenceStart !== undefined && scope.sentenceStart <= scope.left.start ? scope.sentenceStart : scope.left.start;
  const left = raw.slice(from, scope.trigger.start);
  const m = BARE_UNIT_SUBJECT.exec(left);
  if (!m) return [];
  const head = m[1]!.toLowerCase();
  const at = from + m.index;
  const paragraph = Math.max(raw.lastIndexOf('\n', at), at - UNIT_REACH);
  let unit: Mention | undefined;
  for (const o of orgMentions) {
    if (o.start < paragraph || o.end > at) continue;
    if (new RegExp(`\\b${head}\\s*$`, 'i').test(o.text) && (!unit || o.start > unit.start)) unit = o;
  }
  return unit ? [unit] : [];
}

/** Verbs that bring in a body as one that ran or backed the activity ("which IMPACS co-hosted with", "convened by"); a bare "together with" does not. */
const PARTNER_AFTER = /\b(?:organi[sz]ed|co-?organi[sz]ed|hosted|co-?hosted|convened|funded|financed|sponsored|co-?sponsored|delivered|supported|led|run)\b/i;

/** A unit's key by its head ("MEM section", "Secretariat for Coastal Affairs"): a unit named bare is taken for the reporting body's own. */
const UNIT_NAME = /^(?:[\w-]+\s+){0,5}?(?:Section|Unit|Division|Office|Department|Branch|Program|Programme|Secretariat)(?:\s+(?:for|of|on|against)\s.*)?$/i;
/** Before and after the subject of a sentence's next clause. */
const NEXT_SUBJECT_BEFORE = /[,;]\s+(?:and|while|whereas|but)\s+(?:the\s+)?$/i;
const NEXT_SUBJECT_VERB = /^\s*(?:\([^()]{1,20}\)\s*)?(?:will|would|expects?|plans?|intends?|is|are|has|have|also|then|organi[sz]ed|held|hosted|convened|ran|led|conducted|delivered)\b/i;

/**
 * Whether the reporting body named in the activity's clause acts in it: named before the trigger
 * (its subject side), or after it as a partner ("by", "with", "and" the body). A body only named
 * there ("… at which the President presented the annual report of the CIM") does not.
 */
function bodyActs(scope: SlotScope, body: string): boolean {
  const { raw } = scope;
  if (raw.slice(scope.left.start, scope.left.end).includes(body)) return true;
  const own = scope.primary[0];
  if (!own) return false;
  const text = raw.slice(own.start, own.end);
  for (let at = text.indexOf(body); at >= 0; at = text.indexOf(body, at + 1)) {
    if (/\b(?:by|with|and)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, at - 16), at))) return true;
  }
  return false;
}

/** Whether the text presents the activity as the reporting body's own (ANNOTATION.md §4). */
function ownActivity(scope: SlotScope, orgs: readonly Mention[], clauseText: string, bodies: readonly string[], people: readonly Mention[], orgMentions: readonly Mention[]): boolean {
  if (onlyAttended(scope, people, orgMentions)) return false;
  const owner = orgs.some((o) => {
    // a unit named bare that runs it ("the Anti-Money Laundering Section organized two meetings") is taken for the reporting body's own
    if (o.end <= scope.trigger.start) return /^\s*(?:the\s+)?$/i.test(scope.raw.slice(o.end, scope.trigger.start)) || (RUNS_IT.test(scope.raw.slice(o.end, scope.trigger.start)) && !UNIT_NAME.test(String(o.value)));
    const between = scope.raw.slice(scope.trigger.end, o.start);
    return o.start >= scope.trigger.end && (/^\s*,?\s*(?:of|organi[sz]ed by|convened by|hosted by|run by|held by|led by)\s+(?:the\s+)?$/i.test(between) || RUN_BY.test(between));
  });
  if (!owner) return true;
  // "the Secretariat", "the Unit" speak of the reporting body, but not as words of another body's name ("Action Against Terrorism Unit")
  let own = clauseText;
  for (const o of orgMentions) if (own.includes(o.text)) own = own.split(o.text).join(' ');
  return SELF.test(own) || bodies.some((body) => bodyActs(scope, body));
}

/** Words that make a body of the subject that attended ("staff of the Division", "officers of the Secretariat"). */
const BODY_WORD = /\b(?:Secretariat|Department|Section|Office|Unit|Division|Program|Programme|Commission|Committee|Agency|Centre|Center|Institute)\b/;
/** People who attend as the activity's audience, not as a body's delegation. */
const PEOPLE = /\b(?:participants|officials|officers|experts|prosecutors|judges|investigators|analysts|inspectors|technicians|students|teachers|delegates|agents|supervisors|staff|representatives|members|personnel|observers|fishers|farmers|journalists)\b/i;
/** A verb of running an activity: after it, the activity is the subject's own doing, not one it attended. */
const RUNS = /\b(?:organi[sz]ed|co-?organi[sz]ed|held|hosted|co-?hosted|delivered|conducted|convened|carried out|offered|ran|runs|run|led|gave|give|co-?sponsored|sponsored|financed|funded|launched)\b(?![^.;]*\b(?:by|with)\b)/i;

/** A clause of its own after the attendance verb ("… participated in the event, and Uruguay will assist in an upcoming exercise"). */
const NEW_CLAUSE = /[,;]\s+(?:and|but|while|whereas)\s+[^,.;:]{0,60}?\b(?:will|would|shall|has|have|had|was|were|is|are)\b/i;

/**
 * Whether an attendance verb that governs the activity has a body for subject (ANNOTATION.md §4: a body
 * that only attended is not an organizer; the reporting body is not credited then). Before the trigger:
 * the last attendance verb of the sentence, with no verb of running after it ("The Commission also
 * attended the annual meeting", "… participated in meetings of hemispheric scope: the Regional Summit
 * …"); after it, in the trigger's own stretch ("a forum, in which the Secretariat took part"); and the
 * lead a bullet hangs from ("staff of the Executive Secretariat also took part in:"). An audience is
 * no body: "35 supervisors of banks attended a workshop", "… in which 18 experts from Serbia took
 * part", "a course attended by 40 officers" leave the activity the reporting body's.
 */
function onlyAttended(scope: SlotScope, people: readonly Mention[], orgMentions: readonly Mention[]): boolean {
  const { raw, trigger } = scope;
  const from = scope.sentenceStart !== undefined && scope.sentenceStart <= scope.left.start ? scope.sentenceStart : scope.left.start;
  const before = lastAttendance(raw, from, trigger.start);
  if (before !== undefined && !RUNS.test(raw.slice(before.end, trigger.start)) && !NEW_CLAUSE.test(raw.slice(before.end, trigger.start)) && bodyAttends(raw, from, before, people, orgMentions)) return true;
  const own = scope.primary[0];
  if (own) {
    const after = lastAttendance(raw, trigger.end, own.end);
    if (after !== undefined && bodyAttends(raw, trigger.end, after, people, orgMentions)) return true;
  }
  if (scope.lead) {
    const lead = lastAttendance(raw, scope.lead.start, scope.lead.end);
    if (lead !== undefined && bodyAttends(raw, scope.lead.start, lead, people, orgMentions)) return true;
  }
  return false;
}

/** The last attendance verb between two raw offsets. */
function lastAttendance(raw: string, start: number, end: number): Range | undefined {
  if (end <= start) return undefined;
  const text = raw.slice(start, end);
  let last: Range | undefined;
  for (const m of text.matchAll(ATTENDED_ALL)) last = { start: start + (m.index ?? 0), end: start + (m.index ?? 0) + m[0].length };
  return last;
}
const ATTENDED_ALL = new RegExp(ATTENDED.source, 'gi');

/** Whether the subject of an attendance verb (from `from` to the verb) is a body, not an audience. */
function bodyAttends(raw: string, from: number, verb: Range, people: readonly Mention[], orgMentions: readonly Mention[]): boolean {
  // "was attended by 40 officers": the audience comes after a passive
  if (/^\s+by\b/.test(raw.slice(verb.end, verb.end + 4))) return false;
  const stop = Math.max(raw.lastIndexOf('. ', verb.start), raw.lastIndexOf('; ', verb.start), from);
  const subject = raw.slice(stop, verb.start);
  // the last figure or people noun before the verb; a body named after it makes them its staff
  let audience = -1;
  for (const p of people) if (p.start >= stop && p.end <= verb.start) audience = Math.max(audience, p.end);
  const noun = new RegExp(PEOPLE.source, 'gi');
  for (const m of subject.matchAll(noun)) audience = Math.max(audience, stop + (m.index ?? 0) + m[0].length);
  if (audience < 0) return true;
  const rest = raw.slice(audience, verb.start);
  if (BODY_WORD.test(rest) && /\b(?:of|from)\s+(?:the\s+)?(?:its\s+|our\s+)?\p{Lu}/u.test(rest)) return true;
  // "officials from ASEAN member States" are the states' people, not the body's staff
  return orgMentions.some(
    (o) =>
      o.start >= audience &&
      o.end <= verb.start &&
      /\b(?:of|from)\s+(?:the\s+)?$/.test(raw.slice(Math.max(audience, o.start - 12), o.start)) &&
      !/^\s+(?:member\s+)?(?:states|countries|nations|governments)\b/i.test(raw.slice(o.end, o.end + 24)),
  );
}

/** Each country's figure, once: the participants mention that follows the country's name (within "(" or ": "). */
function breakdownOf(people: readonly Mention[], countries: readonly Mention[], raw: string): Breakdown | undefined {
  const out: Breakdown = {};
  const byEnd = sortedByEnd(countries);
  for (const p of people) {
    const country = byEnd ? countryRightBefore(byEnd, p.start, raw) : countries.find((c) => c.end <= p.start && BREAKDOWN_GAP.test(raw.slice(c.end, p.start)));
    if (country && out[String(country.value)] === undefined) out[String(country.value)] = Number(p.value);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

const BREAKDOWN_GAP = /^\s*[(:]?\s*$/;

/** The countries when they are in order of their ends and do not overlap (as findings do not), else undefined. */
function sortedByEnd(countries: readonly Mention[]): readonly Mention[] | undefined {
  for (let i = 1; i < countries.length; i++) if (countries[i]!.start < countries[i - 1]!.end) return undefined;
  return countries;
}

/**
 * The country that only white space and one "(" or ":" separate from `at`: among countries that do
 * not overlap, only the last to end by `at` can be (any earlier one has that one's text between).
 */
function countryRightBefore(countries: readonly Mention[], at: number, raw: string): Mention | undefined {
  let lo = 0;
  let hi = countries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (countries[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  const last = countries[lo - 1];
  return last && BREAKDOWN_GAP.test(raw.slice(last.end, at)) ? last : undefined;
}

/** Whether a list's mentions come in order of their starts with none overlapping the next, kept per list. */
const apartLists = new WeakMap<readonly Mention[], { length: number; apart: boolean }>();
function inOrderApart(mentions: readonly Mention[]): boolean {
  const had = apartLists.get(mentions);
  if (had && had.length === mentions.length) return had.apart;
  let apart = true;
  for (let i = 1; i < mentions.length && apart; i++) if (mentions[i]!.start < mentions[i - 1]!.end) apart = false;
  apartLists.set(mentions, { length: mentions.length, apart });
  return apart;
}

/**
 * Whether `c` lies inside one of the organization mentions. When they come in order and apart, only
 * the last to start at or before `c` can hold it (binary search): checking every organization of
 * the passage for every country of every activity was quadratic (issue 21 §4).
 */
function withinAnOrganization(orgs: readonly Mention[], c: Mention): boolean {
  if (!inOrderApart(orgs)) return orgs.some((o) => c.start >= o.start && c.end <= o.end);
  let lo = 0;
  let hi = orgs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (orgs[mid]!.start <= c.start) lo = mid + 1;
    else hi = mid;
  }
  const last = orgs[lo - 1];
  return last !== undefined && c.end <= last.end;
}
