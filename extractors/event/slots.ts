/**
 * Slots of one activity from the mentions around its trigger (ANNOTATION.md §4): the date that
 * ties to it (an interval over a group's dates), where it took place, whose people took part,
 * how many people, and who organized, hosted, funded or delivered it. Ranges are raw offsets.
 */
import type { GoldEvent } from '../../pipeline/gold.js';
import type { Mention } from '../engine.js';
import { dateBounds, spanValues } from '../date/bounds.js';
import { DATELINE_PLACE } from '../date/dateline.js';
import { lastPairAt } from '../text/look-back.js';
import { ATTENDED, ORG_AUDIENCE_CHAIN, ORG_INTERESTED_BEFORE, ORG_NOT_ORGANIZER, ORG_RECIPIENT_BEFORE } from './lexicon.js';
import { demonymCountriesIn } from './demonyms.js';
import { datelinePlace, holdingOrganization, hostInName, hostsIt, laterInstance, negatedCountry, ONLINE, onlyFundedOrTaught, originPlace } from './country-roles.js';

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
  /** Where the trigger's paragraph (passage) starts (raw): a PDF's paragraph holds line breaks, so a line break is no paragraph's start. */
  passageStart?: number;
  trigger: Range;
  /** Raw start of the next trigger in the sentence: a name right before it is that activity's. */
  nextTrigger?: number;
  group: boolean;
  /** The section's reporting bodies: its part's body, and the larger body when that is a unit of it. */
  reportingBodies?: readonly string[];
  /** Keys of bodies the document names as units ("Programme Coordination Unit (PCU)"): a key alone ("PCU") may not say so. */
  unitKeys?: ReadonlySet<string>;
  /** Where countries and places come from besides `primary`, in place of `prefix` (its own clause, the clause after a later mention, the stretch of an activity coordinated with it: see country-context.ts and event/index.ts). */
  placePrefix?: Range[];
  /** Later sentences that only say who took part ("Participants came from …"): they lend countries, and a figure when the activity has none. */
  lent?: Range[];
  /** The next sentence when it says of "it" who ran, funded or hosted it ("It was delivered with the support of X"): it lends organizations. */
  credit?: Range[];
  /** Where the backers of a project the activity's sentence names back are named ("With funding from X, the Unit began a project … Under the project, …"): project-partners.ts. */
  backers?: Range[];
}

/** The slots of an activity, as the gold format has them. */
export type Slots = Pick<GoldEvent, 'date' | 'mod' | 'places' | 'countries' | 'participants' | 'organizations'>;

/** "a total of 70", "70 in total" is said before the figure as "total of" / "in all". */
const TOTAL_BEFORE = /\b(?:a total of|total of|in total|altogether|in all)\s*(?:some |about |approximately |more than |over )?$/i;
/** A table's total row ("\tTotal\t\t\t182"): the table's figure, not its last row's. */
const TABLE_TOTAL = /\btotal\t[\t ]*$/i;
const SUBSET_BEFORE = /\b(?:of whom|of which|of them|among them|among whom|including|of these|of those)\s*(?:some |about |approximately |more than |over )?$/i;
/** The same share written figure first: "85 officials …, 12 of whom followed online", "40 judges, 15 of them from Peru". */
const SUBSET_AFTER = /^\s*of\s+(?:whom|them)\b/i;
/** A figure for the women or men among people already counted: "28 officers (11 women)", "25 participants, 14 of them women", "18 of whom were women". */
const SUBGROUP_AFTER = /^\s*(?:of\s+(?:them|whom)\s+(?:were\s+|are\s+)?)?(?:women|men|female|male|females|males|girls|boys)\b/i;

const inside = (m: Range, ranges: readonly Range[]) => ranges.some((r) => m.start >= r.start && m.start < r.end);
const distinct = (values: string[]) => [...new Set(values)];
const NOT_WHEN = /\b(?:since|by|until|till|up to|as of)\s*$/i;
/** "postponed until May 2008": the new date, not a bound. */
const MOVED_TO = /\b(?:postponed|delayed|deferred|rescheduled|moved|put off|pushed back)\s+(?:\w+\s+)?(?:until|till|to|for)(?:\s+the)?\s*$/i;
/** "postponed from 2023", "carried over from last year": the old date, not when it takes place. */
const MOVED_FROM = /\b(?:postponed|delayed|deferred|rescheduled|moved|carried\s+over|brought\s+forward|put\s+off)\s+from\s*$/i;
/** Between a date and the activity it stands before: nothing but a comma or an article. */
const RIGHT_BEFORE = /^\s*,?\s*(?:the\s+|a\s+|an\s+)?$/i;
/** An activity named as what came before the sentence's event: "Following assessments, …", "After the workshop, …". */
const PRECEDING = /\b(?:following|after|upon|on completion of|prior to|before)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** An act about the activity that the sentence dates instead: a contract, a bid, an initiative or decision to hold it. */
const ACT_ABOUT = /\b(?:contracts?|bids?|solicitation|tenders?|initiative|proposal|decision|agreement|request|invitation|call)\b[^.;]{0,70}?\b(?:for|to\s+(?:hold|host|organi[sz]e|convene|conduct|carry\s+out|run|deliver))\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,4}$/iu;
/** From a date to the activity its clause introduces: a subject and a verb of holding, no punctuation ("in November it held a two-week"). */
const CLAUSE_TO_ACTIVITY = /^[^,.;:()]*\b(?:held|hosted|organi[sz]ed|ran|conducted|delivered|gave|offered|convened|carried\s+out)\b[^,.;:()]*$/i;
/** What may stand before such a date: a clause boundary and a preposition. */
const CLAUSE_OPENING = /(?:^|[,;.:]|\band|\bwhile|\bthen)\s*(?:in|on|during|from|between)?\s*(?:the\s+)?$/i;
/** A clause that adds a part still to come: "…, with Barbados planned for", "while two more are scheduled in". */
const PLANNED_REST = /[,;]\s*(?:with|while|and)\s+[^,.;]{0,50}\b(?:planned|scheduled|foreseen|expected|programmed)\s+(?:for|in)\s+(?:the\s+)?$/i;
const CONNECTOR = /^\s*(?:and|or|to|through|until|-|–)\s*$/;
const SELF = /\b(?:Secretariat|Department|Section|Division|Office|Unit|Program|Programme|Institute|Centre|Center|Academy|we|our)\b/;

/** A figure said of each activity of a group: "each for about 50", "with 30 officers each", "50 participants per course". */
const EACH_BEFORE = /\beach\s+(?:(?:for|with|of|had|trained|attended\s+by|reaching)\s+)?(?:(?:some|about|approximately|around|nearly|over|more\s+than|up\s+to)\s+)?$/i;
const EACH_AFTER = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:each|per\s+(?:course|workshop|seminar|session|event|activity|meeting|edition|exercise))\b/iu;

/** The slots as fillSlots finds them, with what the caller settles: the figures per country and whether the figure is each activity's. */
export type SlotsFound = Slots & { breakdown?: Breakdown; each?: boolean };

/** Participants per country, where the activity's own text gives a figure right after a country ("Guatemala (46)"). */
export type Breakdown = Record<string, number>;

export function fillSlots(scope: SlotScope, mentions: readonly Mention[]): SlotsFound {
  // One function per slot: each is small, so a change in what it meets costs V8 a recompile of
  // that slot alone (one function for all of them was recompiled about ten times a batch).
  const byType = mentionsByType(mentions);
  const orgMentions = byType.get('organization') ?? NONE;
  const near = [...scope.primary, ...scope.prefix];
  const out: SlotsFound = {};
  dateSlot(scope, byType.get('date') ?? NONE, out);
  const nearPlaces = scope.placePrefix ? [...scope.primary, ...scope.placePrefix] : near;
  const placeMentions = within(byType.get('place') ?? NONE, nearPlaces);
  const placesNear = ownPlaces(scope.raw, placeMentions, orgMentions);
  const dateline = writtenElsewhere(scope, placesNear);
  const places = dateline ? placesNear.filter((p) => p !== dateline.place) : placesNear;
  if (places.length) out.places = distinct(places.map((p) => String(p.value)));
  let countriesNear = within(byType.get('country') ?? NONE, scope.lent?.length ? [...nearPlaces, ...scope.lent] : nearPlaces);
  if (dateline) countriesNear = countriesNear.filter((c) => !(c.start >= dateline.place.end && c.end <= dateline.end));
  // the country that hosts it, in the clause that leads to it from an earlier activity ("…, when Brazil has offered to host the first workshop")
  for (const c of within(byType.get('country') ?? NONE, [scope.left])) if (hostsIt(scope.raw, c, scope.trigger.start) && !countriesNear.includes(c)) countriesNear.push(c);
  // a place the participants came from is not where it took place, but its country is one whose people took part
  const codes = countryCodes(scope.raw, countriesNear, [...places, ...placeMentions.filter((p) => originPlace(scope.raw, p))], orgMentions, byType.get('country') ?? NONE);
  // whose people took part, named by their adjective ("a course given to Colombian and Ecuadorian officials")
  for (const r of scope.lent?.length ? [...nearPlaces, ...scope.lent] : nearPlaces) for (const c of demonymsIn(scope.raw, r)) if (!codes.includes(c)) codes.push(c);
  if (codes.length) out.countries = codes;
  const people = byType.get('participants') ?? NONE;
  participantsSlot(scope.raw, ownPeople(scope, people), within(countriesNear, near), out);
  // "62 officials from ASEAN states took part in a regional course": the subject of taking part, before the trigger
  if (out.participants === undefined) participantsSlot(scope.raw, within(people, [scope.left]).filter((m) => takesPartIn(scope.raw, m, scope.trigger.start)), NONE, out);
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
  // "In October, the contract for assessment and training …", "in September 2007 the Secretary General launched an initiative to hold the
  // First Meeting …": the date before the activity is the act's about it, not when it takes place
  if (ACT_ABOUT.test(raw.slice(Math.max(scope.left.start, scope.trigger.start - 200), scope.trigger.start))) {
    const after = usableDates(raw, within(dateMentions, scope.primary)).filter((m) => m.start >= scope.trigger.end && !(scope.nextTrigger !== undefined && m.start >= scope.nextTrigger));
    if (after.length > 0) setDate(raw, after, scope.group, out);
    return;
  }
  // "The October 27-29, 2007, Fifth Special Meeting", "and in late 2006 and early 2007 training": a date right before the trigger is its own
  const before = rightBefore(raw, usableDates(raw, within(dateMentions, [scope.left, ...scope.prefix])), scope.trigger.start);
  // … and a date right before the next activity is that one's
  const primary = usableDates(raw, within(dateMentions, scope.primary));
  const nextOwns = scope.nextTrigger === undefined ? [] : rightBefore(raw, primary, scope.nextTrigger);
  // its own stretch first; later sentences that refer back to it only when that gives none ("Because of a 2006 requirement to evaluate the course …")
  let own = primary.filter((m) => !nextOwns.includes(m) && inside(m, scope.primary.slice(0, 1)));
  // "planned for Q3 2025, was postponed to the first quarter of 2026": the date it was moved to is when it takes place
  const movedTo = own.filter((m) => MOVED_TO.test(textBefore(raw, m, 40)));
  if (movedTo.length > 0) own = movedTo;
  // "Five assessments were completed from September to December, with Barbados planned for January 2008": the plan's date is not theirs
  const planned = new Set<Mention>();
  own.forEach((m, i) => {
    const prev = own[i - 1];
    if (PLANNED_REST.test(raw.slice(Math.max(0, m.start - 80), m.start)) || (prev && planned.has(prev) && CONNECTOR.test(raw.slice(prev.end, m.start)))) planned.add(m);
  });
  const held = own.filter((m) => !planned.has(m));
  if (held.length > 0 && held.length < own.length) own = held;
  // ("In 2019 a seminar was held on 3 May": a plain year before it frames the finer date of its own text)
  const framed = before.length === 1 && !before[0]!.mod && /^\d{4}$/.test(String(before[0]!.value)) && own.some((m) => String(m.value).startsWith(String(before[0]!.value)) && String(m.value) !== String(before[0]!.value));
  // (… and its own text may say when it began: "completed on 19 September the course, which ran from July 7")
  let dates = before.length > 0 && !framed ? (own.some((d) => fromDate(raw, d)) ? [...before, ...own] : before) : own.length > 0 ? own : primary.filter((m) => !nextOwns.includes(m));
  if (dates.length === 0) dates = notPosted(raw, usableDates(raw, within(dateMentions, scope.prefix)));
  // the sentence's other dates are not lent to an activity named as what came before ("Following assessments, training was
  // conducted … in April"), nor when its own stretch gave its date to the next activity ("assessments and in 2006 training …")
  if (dates.length === 0 && nextOwns.length === 0 && !PRECEDING.test(raw.slice(Math.max(scope.left.start, scope.trigger.start - 80), scope.trigger.start))) dates = usableDates(raw, within(dateMentions, scope.sentence)).slice(0, 1);
  if (dates.length === 0 && scope.lead) dates = usableDates(raw, within(dateMentions, [scope.lead])).slice(0, 1);
  // "… 12 May 2016 – Officers today completed a course": the dateline is the day, when the item says "today"
  if (dates.length === 0) dates = within(dateMentions, [...scope.primary, ...scope.prefix, ...scope.sentence]).filter((m) => dateline(raw, m) && TODAY.test(raw.slice(m.end, lineEnd(raw, m.end)))).slice(0, 1);
  setDate(raw, dates, scope.group, out);
}

function setDate(raw: string, given: readonly Mention[], group: boolean, out: Slots): void {
  // "held in 2025, in Georgetown from 26 to 30 May, and in Port of Spain from 17 to 21 November": a year that holds
  // the finer dates says no more than they do
  const dates = given.length > 1 ? finest(given) : given;
  // a group (or training, counted by no one) over several dates: from the first to the last ("in April and May … and in October")
  if (dates.length > 1 && group) {
    out.date = spanValues(dates.map((d) => String(d.value)));
  // "between January 20 and February 14", "late 2015 or early 2016": two mentions, one interval.
  } else if (dates.length >= 2 && CONNECTOR.test(raw.slice(dates[0]!.end, dates[1]!.start))) {
    out.date = spanValues([String(dates[0]!.value), String(dates[1]!.value)]);
  } else if (dates.length > 1 && openStart(raw, dates)) {
    // "completed on 19 September the course …, which ran online from July 7": from its start to the other date
    const start = openStart(raw, dates)!;
    out.date = spanValues([String(start.value), ...dates.filter((d) => d !== start).map((d) => String(d.value))]);
  } else if (dates.length === 1 || (dates.length > 1 && !group)) {
    out.date = String(dates[0]!.value);
    if (dates[0]!.mod) out.mod = dates[0]!.mod;
  } else if (dates.length > 1) {
    out.date = spanValues(dates.map((d) => String(d.value)));
  }
}

/**
 * The dates that end right before `at`, with those joined to them ("late 2006 and early 2007"), in
 * order; or that open the clause leading to it ("…, and in November it held a two-week basic course").
 */
function rightBefore(raw: string, dates: readonly Mention[], at: number): Mention[] {
  let i = dates.length - 1;
  while (i >= 0 && dates[i]!.end > at) i--;
  if (i < 0) return [];
  const between = raw.slice(dates[i]!.end, at);
  const opensClause = between.length <= 60 && CLAUSE_TO_ACTIVITY.test(between) && CLAUSE_OPENING.test(raw.slice(Math.max(0, dates[i]!.start - 20), dates[i]!.start));
  if (!RIGHT_BEFORE.test(between) && !opensClause) return [];
  let first = i;
  while (first > 0 && CONNECTOR.test(raw.slice(dates[first - 1]!.end, dates[first]!.start))) first--;
  return dates.slice(first, i + 1);
}

/** A day or month after "from" with no end of its own ("ran online from July 7"). */
const fromDate = (raw: string, d: Mention) =>
  !String(d.value).includes('/') && /\bfrom\s*$/i.test(raw.slice(Math.max(0, d.start - 6), d.start)) && !/^\s*(?:to|until|till|through|-|–)/i.test(raw.slice(d.end, d.end + 8));

/** A day or month the activity ran "from", with no end of its own, before every other date given. */
function openStart(raw: string, dates: readonly Mention[]): Mention | undefined {
  const start = dates.find((d) => fromDate(raw, d));
  if (!start) return undefined;
  const from = dateBounds(String(start.value));
  return from && dates.every((d) => d === start || (dateBounds(String(d.value))?.[0] ?? '') > from[1]) ? start : undefined;
}

/** The dates, less those whose span holds another one's. */
function finest(dates: readonly Mention[]): readonly Mention[] {
  const bounds = dates.map((d) => dateBounds(String(d.value)));
  const out = dates.filter((_, i) => {
    const b = bounds[i];
    return !b || !bounds.some((o, j) => j !== i && o !== undefined && o[0] >= b[0] && o[1] <= b[1] && (o[0] !== b[0] || o[1] !== b[1]));
  });
  return out.length > 0 ? out : dates;
}

/** Countries near the activity (not inside a name unless its host's, not a funder or trainer), then the countries of its places. */
function countryCodes(raw: string, countriesNear: readonly Mention[], places: readonly Mention[], orgMentions: readonly Mention[], allCountries: readonly Mention[]): string[] {
  const beside = besideOf(allCountries, orgMentions);
  const countries = countriesNear.filter((c) => {
    if (withinAnOrganization(orgMentions, c)) {
      const org = holdingOrganization(orgMentions, c);
      if (!org || !hostInName(raw, org)) return false;
    }
    return !onlyFundedOrTaught(raw, c, beside) && !laterInstance(raw, c) && !negatedCountry(raw, c);
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

/** Verbs of taking part that lead from a figure, as their subject, to the activity right after. */
const TAKES_PART_IN = /^[^.;]*?\b(?:took\s+part|take\s+part|participated|were\s+trained|attended)\s+(?:in\s+)?(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
/** A clause of taking part that ends before the activity: "Twenty-six participants attended, and a follow-up workshop …". */
const CLOSED_TAKING_PART = /\b(?:attended|took\s+part|participated|were\s+trained)\s*(?:[,;]|\s+and\b)/i;

const takesPartIn = (raw: string, m: Mention, at: number) => m.end <= at && at - m.end <= 300 && TAKES_PART_IN.test(raw.slice(m.end, at));

/**
 * The figures of the activity's own text, less those of another activity: one whose clause leads
 * into the next activity ("… these workshops, 62 officials took part in a regional course") or
 * closes before this one ("26 participants attended, and a follow-up workshop …").
 */
function ownPeople(scope: SlotScope, people: readonly Mention[]): Mention[] {
  const { raw } = scope;
  const out: Mention[] = [];
  for (const m of within(people, [...scope.primary, ...scope.prefix])) {
    // a later sentence that refers back to the activity, cut where it introduces another ("… took part in a ⟨regional course⟩")
    const ref = scope.primary.slice(1).find((x) => m.start >= x.start && m.start < x.end);
    if (ref && ref.end > m.end && /\S/.test(raw[ref.end] ?? '') && takesPartIn(raw, m, ref.end) && !inside(m, scope.primary.slice(0, 1))) continue;
    if (m.end <= scope.trigger.start && inside(m, scope.prefix) && CLOSED_TAKING_PART.test(raw.slice(m.end, scope.trigger.start))) continue;
    out.push(m);
  }
  return out;
}

/**
 * A news item's dateline place, when the item shows it is only where the item was written: the
 * activity's own text names another place, or its sentence says it ran online. With the end of the dateline's
 * place names (its country too).
 */
function writtenElsewhere(scope: SlotScope, places: readonly Mention[]): { place: Mention; end: number } | undefined {
  const place = places.find((p) => datelinePlace(scope.raw, p));
  if (!place) return undefined;
  const elsewhere = places.some((p) => p !== place && p.value !== place.value) || [...scope.primary, ...scope.sentence].some((r) => ONLINE.test(scope.raw.slice(r.start, r.end)));
  if (!elsewhere) return undefined;
  const dash = /[–—-][ \t]/.exec(scope.raw.slice(place.end, place.end + 80));
  return { place, end: place.end + (dash?.index ?? 0) };
}

/** demonymCountries of a range, kept per range of the current text: the activities of one sentence share its prefix, which need not be read once each. */
let demonymCache: { raw: string; byRange: Map<string, string[]> } | undefined;
function demonymsIn(raw: string, r: Range): string[] {
  if (demonymCache?.raw !== raw) demonymCache = { raw, byRange: new Map() };
  const key = `${r.start}:${r.end}`;
  let codes = demonymCache.byRange.get(key);
  if (!codes) demonymCache.byRange.set(key, (codes = demonymCountriesIn(raw, r.start, r.end)));
  return codes;
}

/** Places where the activity took place: not inside a body's name (unless the body hosted it), not where its people came from. */
function ownPlaces(raw: string, places: readonly Mention[], orgMentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const p of places) {
    if (originPlace(raw, p)) continue;
    const org = withinAnOrganization(orgMentions, p) ? holdingOrganization(orgMentions, p) : undefined;
    if (org && !hostInName(raw, org)) continue;
    out.push(p);
  }
  return out;
}

/** A passage's countries and organizations in one list sorted by start, made once per passage. */
const besideLists = new WeakMap<readonly Mention[], { orgs: readonly Mention[]; length: number; list: Mention[] }>();
function besideOf(countries: readonly Mention[], orgs: readonly Mention[]): Mention[] {
  const had = besideLists.get(countries);
  if (had && had.orgs === orgs && had.length === countries.length + orgs.length) return had.list;
  const list = [...countries, ...orgs].sort((a, b) => a.start - b.start || b.end - a.end);
  besideLists.set(countries, { orgs, length: countries.length + orgs.length, list });
  return list;
}

/** Participants: one figure, or a total and its parts, or parts only (their sum); and the figures per country. */
function participantsSlot(raw: string, people: readonly Mention[], countriesNear: readonly Mention[], out: SlotsFound): void {
  const breakdown = breakdownOf(people, countriesNear, raw);
  if (breakdown) out.breakdown = breakdown;
  const stated = people.find((m) => TOTAL_BEFORE.test(textBefore(raw, m, 30)));
  // a share of a figure already counted ("30 officers, of whom 18 were women") adds nothing
  const figures: number[] = [];
  const wholes: number[] = [];
  // the women or men among a total the text gives too ("28 officers (11 women)"); with no other figure they are the people ("20 men and 15 women")
  const subgroup = (m: Mention) => SUBGROUP_AFTER.test(raw.slice(m.end, m.end + 30));
  const subgroupsAreShares = people.some((m) => !subgroup(m));
  for (const m of people) {
    if (SUBSET_BEFORE.test(textBefore(raw, m, 30)) || SUBSET_AFTER.test(raw.slice(m.end, m.end + 12)) || TABLE_TOTAL.test(textBefore(raw, m, 30)) || (subgroupsAreShares && subgroup(m))) continue;
    figures.push(Number(m.value));
    if (!breakdownPart(m, countriesNear, raw)) wholes.push(Number(m.value));
  }
  if (stated) out.participants = Number(stated.value);
  else if (figures.length === 1) {
    out.participants = figures[0];
    // "two courses, each for about 50 participants", "… for 50 officers each": the figure is one activity's
    const one = people.find((m) => Number(m.value) === figures[0])!;
    if (EACH_BEFORE.test(textBefore(raw, one, 40)) || EACH_AFTER.test(raw.slice(one.end, one.end + 40))) out.each = true;
  }
  // "20 officers, from Grenada (5), Dominica (3) …": one figure and the figures per country is a total and its parts,
  // whether or not every part was read
  else if (wholes.length === 1 && figures.length > 1) out.participants = wholes[0];
  else if (figures.length > 1) {
    const sum = figures.reduce((a, b) => a + b, 0);
    out.participants = figures.find((f) => f * 2 === sum) ?? sum;
  }
}

/** Where a sentence ends (a PDF line may end one), and where a clause does. */
const SENTENCE_STOPS = ['. ', '.\n', '.\r'];
const CLAUSE_STOPS = ['. ', '; '];

/** Who organized, hosted, funded or delivered it: names in its clause or right next to its trigger, and the reporting body when the activity is its own. */
function organizationKeys(scope: SlotScope, orgMentions: readonly Mention[], near: readonly Range[], people: readonly Mention[]): string[] {
  const { raw } = scope;
  const clause = [...scope.prefix, ...scope.primary.slice(0, 1)];
  const clauseText = [scope.left, ...scope.primary.slice(0, 1)].map((r) => raw.slice(r.start, r.end)).join(' ');
  // the subject of a later clause of the sentence runs this activity, not the first clause's subject
  // ("…, and the CICTE Secretariat expects to run a port security exercise")
  const leftSubjects = within(orgMentions, [scope.left]).filter((o) => !inside(o, near) && RUNS_IT.test(raw.slice(o.end, scope.trigger.start)));
  const unitBehind = namedUnitBehind(scope, orgMentions);
  // the partners the lead of a list or table names for all its items ("Jointly with the RVIN, the Programme ran three courses …:")
  // (a program's funder, "The Maritime Program, financed by X and Y, carried out the following activities:", funds the program, not each item)
  const leadPartners = scope.lead
    ? within(orgMentions, [scope.lead]).filter((o) => PARTNER_BEFORE.test(raw.slice(Math.max(scope.lead!.start, o.start - 60), o.start)) && !PROGRAM_FUNDER_BEFORE.test(raw.slice(scope.lead!.start, o.start)))
    : NONE;
  const candidates = [
    ...within(orgMentions, scope.credit?.length ? [...near, ...scope.credit] : near).filter((o) => leftSubjects.length === 0 || !inside(o, scope.prefix)),
    ...leadPartners,
    ...unitBehind,
    ...leftSubjects,
    ...orgMentions.filter((m) => adjacent(raw, m, scope.trigger.start) && !inside(m, near) && !leftSubjects.includes(m)),
  ];
  let orgs = candidates.filter((o) => {
    // an acronym in brackets after the body's name stands where the name stands ("observed by the United Nations Office … (UNODC)")
    const named = nameBeforeAcronym(raw, orgMentions, o);
    // read with its whitespace folded: a line end inside the role ("for 25 staff" / "of the National Institute …") is a space
    if (ORG_NOT_ORGANIZER.test(raw.slice(Math.max(0, named.start - 40), named.start).replace(/\s+/g, ' '))) return false;
    if (ORG_AUDIENCE_CHAIN.test(raw.slice(Math.max(0, o.start - 240), o.start))) return false;
    // a body the activity's outcome was sent to, or shared with ("its conclusions were later shared with UNODC and the WCO")
    if (ORG_RECIPIENT_BEFORE.test(raw.slice(Math.max(0, named.start - 240), named.start))) return false;
    // a body that only took an interest in it ("… has received interest from other organizations, especially the UNICRI")
    if (ORG_INTERESTED_BEFORE.test(raw.slice(Math.max(0, named.start - 240), named.start))) return false;
    // the subject of taking part or presenting ("The IIAC presented its strategy at the meeting", "UNODC also took part")
    // (not a body named as the agent of a passive verb, joined by ", and" to the next clause's subject: "co-financed by the IDB, and CARDIN presented …")
    if (subjectAttends(raw, orgMentions, o) && !unitBehind.includes(o) && !PASSIVE_AGENT_BEFORE.test(raw.slice(Math.max(0, named.start - 40), named.start))) return false;
    if (scope.nextTrigger !== undefined && adjacent(raw, o, scope.nextTrigger)) return false;
    // the subject of the sentence's next clause runs the next activity ("…, and the CICTE Secretariat expects to run a port security exercise")
    if (scope.nextTrigger !== undefined && o.start > scope.trigger.end && o.end <= scope.nextTrigger && NEXT_SUBJECT_BEFORE.test(raw.slice(Math.max(0, o.start - 24), o.start)) && NEXT_SUBJECT_VERB.test(raw.slice(o.end, scope.nextTrigger))) return false;
    // a body named after someone attended or presented at it ("…, at which the President presented the annual report of the CIM")
    if (o.start >= scope.trigger.end && namedAfterAttendance(raw, scope.trigger.end, o.start)) return false;
    // a body named in the activity's subject ("training on the ISPS code of the IMO", "a course on the rules of the WTO"): what it is about, not who ran it
    if (named.start >= scope.trigger.end && named.start - scope.trigger.end <= 160 && TOPIC_OF.test(raw.slice(scope.trigger.end, named.start))) return false;
    // the body whose name the activity carries ("presented its work to the CODEXTER meeting", "attended an INTERPOL workshop"): its own, whoever attended
    if (adjacent(raw, o, scope.trigger.start)) return true;
    // the subject of "participated in" only attended
    if (unitBehind.includes(o)) return true; // named sentences before, as the subject "the Unit" stands for
    // the sentence's start: after a full stop and a space, or a line break (a PDF line may end a sentence)
    const sentenceStart = lastPairAt(raw, SENTENCE_STOPS, o.start);
    // the body of a phrase that opens the sentence as its host or inviter ("At the invitation of the X (XY), the Office presented
    // its standards at the Institute's meeting"): the reporting body attended the host's activity; the host is not the one that attended
    // (the sentence may open a paragraph under a lettered heading, "B. Treatment" / "At the invitation of …": its line is read too)
    if (o.end <= scope.trigger.start && (FRONTED_HOST.test(raw.slice(sentenceStart, named.start)) || FRONTED_HOST.test(raw.slice(raw.lastIndexOf('\n', named.start) + 1, named.start)))) return true;
    if (o.end <= scope.trigger.start && ATTENDED.test(raw.slice(o.end, scope.trigger.start))) return false;
    // the reporting body joined another's activity: the bodies listed after its host with "with" took part beside it
    // ("the CIM joined a virtual exchange hosted by the X, with the African Union and ASEAN")
    if (o.start >= scope.trigger.end && ATTENDED.test(raw.slice(sentenceStart, scope.trigger.start)) && fellowsOfHost(raw.slice(scope.trigger.end, o.start))) return false;
    if (inside(o, clause)) return true;
    // after an attendance verb in its sentence, a body is one that attended unless a word of running or backing brings it in
    // ("150 investigators attended the symposium, which IMPACS co-hosted with the EU")
    const verb = lastAttendance(raw, sentenceStart, o.start);
    return verb === undefined || broughtInAsPartner(raw.slice(verb.end, o.start));
  });
  // a meeting cited as the source of a mandate ("As a result of the recommendations from the X, held … and coordinated by Y, the
  // Department has …"): only the bodies the citation says ran it, not the ones the sentence goes on to tell of
  const cited = citedAsSource(scope);
  if (cited) orgs = orgs.filter((o) => adjacent(raw, o, scope.trigger.start) || CITED_RUN_BY.test(raw.slice(Math.max(scope.trigger.end, o.start - 40), o.start)));
  // the project's backers, named with a word of backing where the project was brought in: far from the trigger, so no word between tells of attending
  if (scope.backers?.length) for (const o of within(orgMentions, scope.backers)) if (!orgs.includes(o) && !ORG_NOT_ORGANIZER.test(raw.slice(Math.max(0, o.start - 40), o.start).replace(/\s+/g, ' '))) orgs.push(o);
  const keys = distinct(orgs.map((o) => String(o.value)));
  const bodies = scope.reportingBodies ?? [];
  // (a meeting cited as the source of a mandate is not the reporting body's own: citedAsSource)
  if (bodies.length > 0 && !cited && ownActivity(scope, orgs, clauseText, bodies, people, orgMentions)) {
    for (const body of bodies) if (!keys.some((k) => k.toLowerCase() === body.toLowerCase())) keys.push(body);
  }
  return keys;
}

const NONE: readonly Mention[] = [];

/** The name an acronym in brackets follows ("… Office on Drugs and Crime (UNODC)"), else the mention itself. */
function nameBeforeAcronym(raw: string, orgMentions: readonly Mention[], o: Mention): Mention {
  if (raw[o.start - 1] !== '(' && !/\(\s+$/.test(raw.slice(Math.max(0, o.start - 4), o.start))) return o;
  for (const m of orgMentions) if (m.end <= o.start && /^\s*\(\s*$/.test(raw.slice(m.end, o.start))) return m;
  return o;
}

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
  // A short list is read again rather than kept: most lists asked about are made for one activity
  // (its countries), and filing each in the WeakMap cost more than reading it.
  if (mentions.length <= SHORT_LIST) return readSorted(mentions);
  const had = sortedLists.get(mentions);
  if (had && had.length === mentions.length) return had.sorted;
  const sorted = readSorted(mentions);
  sortedLists.set(mentions, { length: mentions.length, sorted });
  return sorted;
}

/** Lists up to this long are checked again each time rather than looked up (sortedByStart, inOrderApart). */
const SHORT_LIST = 16;

function readSorted(mentions: readonly Mention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i]!.start < mentions[i - 1]!.start) return false;
  return true;
}

/** The text right before a mention, up to `reach` characters. */
const textBefore = (raw: string, m: Mention, reach: number) => raw.slice(Math.max(0, m.start - reach), m.start);

/** Whether only spaces (and the bracket an acronym closes: "(CODEXTER) meeting") separate a mention from a position after it. */
const adjacent = (raw: string, o: Mention, at: number) => o.end <= at && /^\)?\s*$/.test(raw.slice(o.end, at));

/** Dates that can date an activity: not a bound ("since 2010"), not the date it was moved from ("postponed from 2023"), not a year that opens a name ("2012 Summit"), not a dateline. */
const usableDates = (raw: string, dates: readonly Mention[]) =>
  dates.filter((m) => (!NOT_WHEN.test(textBefore(raw, m, 12)) || MOVED_TO.test(textBefore(raw, m, 40))) && !MOVED_FROM.test(textBefore(raw, m, 40)) && !(/^\d{4}$/.test(String(m.value)) && /^\s+\p{Lu}\p{Ll}/u.test(raw.slice(m.end, m.end + 3))) && !dateline(raw, m));

const TODAY = /\btoday\b/i;
const lineEnd = (raw: string, at: number) => (raw.indexOf('\n', at) + 1 || raw.length + 1) - 1;
const DATELINE_DASH = /^[ \t]*(?:[–—]|-(?=[ \t]))/;

/**
 * Whether a date is the dateline of a news item (the day it was published): it opens its line
 * after the place's names, and a dash follows it. The item tells when its activity took place in
 * its own words ("took part on 20 and 21 April"); a dateline dates the writing. (A calendar's line
 * "14–16 October – Regional workshop …" names no place first: its date is the activity's.)
 */
/** "Posted: 04/06/2025", "Published on 3 May 2025": the day a news item was posted, not when its activity ran. */
const POSTED_CUE = /\b(?:posted|published|updated)(?:\s+on)?\s*:?\s*$/i;
/** The dates that are not a news item's posting date, when some are not (else all). */
function notPosted(raw: string, dates: Mention[]): Mention[] {
  const kept = dates.filter((m) => !POSTED_CUE.test(raw.slice(Math.max(0, m.start - 24), m.start)));
  return kept.length > 0 ? kept : dates;
}

function dateline(raw: string, m: Mention): boolean {
  if (!DATELINE_DASH.test(raw.slice(m.end, m.end + 4))) return false;
  return DATELINE_PLACE.test(raw.slice(raw.lastIndexOf('\n', m.start - 1) + 1, m.start));
}

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

/** Before a partner named in a lead sentence: a word of running or backing the activities with the reporting body. */
const PARTNER_BEFORE = /\b(?:jointly\s+with|together\s+with|in\s+(?:partnership|cooperation|collaboration|association)\s+with|with\s+(?:the\s+)?(?:financial\s+|technical\s+)?(?:support|funding|assistance|backing)\s+(?:of|from)|(?:funded|financed|sponsored|co-?organi[sz]ed)\s+by|organi[sz]ed\s+(?:jointly\s+)?with)\s+(?:the\s+)?$/i;

/** A program named with its funders: "The Maritime Security Program, financed by Transport Canada and the …". */
const PROGRAM_FUNDER_BEFORE = /\b(?:program|programme|project|initiative|mechanism|plan|fund)\s*,?\s*(?:(?:which\s+is|is|was)\s+)?(?:financed|funded|sponsored|supported)\s+by\s+[^.;:]*$/i;

/** After a body: it is the subject of taking part, presenting or attending. */
const SUBJECT_ATTENDS = /^\)?\s*(?:\([^()]{1,20}\)\s*)?(?:(?:also|further|then|later|again|actively)\s+)*(?:participated|took\s+part|attended|presented|made\s+(?:a\s+)?presentations?|gave\s+(?:a\s+)?presentations?|was\s+represented|were\s+represented|joined|received\s+(?:[\w,-]+\s+){0,4}?(?:kits|equipment|vehicles|computers|materials?|donations?|grants?|supplies|manuals|software|licen[cs]es)|benefit(?:t)?ed\s+from)\b/i;

/** A sentence's opening phrase naming the activity's host or inviter, up to the body's name. */
const FRONTED_HOST = /^[.\s]*(?:At\s+the\s+(?:invitation|initiative)\s+of|(?:Hosted|Convened|Organi[sz]ed)\s+by)\s+(?:the\s+)?$/;

/** Before the agent of a passive verb ("co-financed by the", "was hosted by"): a body there is no subject of a verb after it. */
const PASSIVE_AGENT_BEFORE = /\b\p{L}+(?:ed|en|un|ght)\s+(?:\p{L}+ly\s+)?by\s+(?:the\s+)?$/iu;

/** Between two bodies of one subject: "UNESCO and the International Council of Museums (ICOM) attended as observers". */
const SUBJECT_AND = /^\)?\s*(?:\([^()]{1,20}\)\s*)?(?:,|,?\s+and)\s+(?:the\s+)?$/;

/** The body, alone or in a list of bodies that is the subject, took part or presented (it ran nothing). */
function subjectAttends(raw: string, orgMentions: readonly Mention[], o: Mention): boolean {
  let cur = o;
  for (let k = 0; k < 6; k++) {
    if (SUBJECT_ATTENDS.test(raw.slice(cur.end, cur.end + 80))) return true;
    const at = cur.end;
    const next = orgMentions.find((m) => m.start > at && m.start - at <= 40 && SUBJECT_AND.test(raw.slice(at, m.start)));
    if (!next) return false;
    cur = next;
  }
  return false;
}

/** Between a body and the trigger: the body runs it ("the Permanent Council held a special meeting", "UNODC will convene two regional meetings"). */
/** From the activity noun to a body its topic names: "on" (or "about") a subject, then "of the" body, with no word of running or backing between. */
const TOPIC_OF = /^\s+(?:on|about|regarding|concerning)\s+(?:(?!\b(?:organi[sz]ed|hosted|sponsored|funded|financed|run|led|delivered|given|conducted|with|by|for|at|in)\b)[^.;,:])*?\bof\s+(?:the\s+)?$/i;
const RUNS_IT = /^\s*(?:\([^()]{1,20}\)\s*)?(?:\s*(?:Secretary[- ]General|Executive\s+Secretary|Director(?:[- ]General)?|President|Chair(?:man|woman|person)?)\b)?(?:,[^,.;()]{1,80},\s*)?(?:(?:also|has|have|had|will|would|was|were|then|jointly|expects? to|plans? to|intends? to|decided to|agreed to|proposed to|offered to|(?:launched|took|announced) an initiative to)\s+)*(?:held|hosted|organi[sz]ed|convened|conducted|delivered|hold|host|organi[sz]e|convene|conduct|deliver|ran|run|led|lead|chaired|chair)\s+(?:a|an|the|its|their|two|three|four|five|several)?\s*(?:[\w-]+\s+){0,4}$/i;
/** Between the trigger and a body, later in its clause: it was run by that body ("…, held in April and coordinated by the Office of …", "under the coordination of the Committee …"). */
const RUN_BY = /^[^.;]{0,160}?\b(?:(?:organi[sz]ed|convened|coordinated|chaired|led)\s+by|under the (?:coordination|auspices|chairmanship) of)\s+(?:the\s+)?$/i;

/** Whether an attendance or presentation verb comes between the trigger and a body, with no partner word after it. */
function namedAfterAttendance(raw: string, from: number, to: number): boolean {
  const verb = lastAttendance(raw, from, to);
  return verb !== undefined && !/\b(?:with|by|organi[sz]ed|co-?organi[sz]ed|hosted|funded|financed|sponsored|delivered|supported)\b/i.test(raw.slice(verb.end, to));
}

/**
 * "the Unit", "the school" (a bare head) as the subject that runs the activity, in the past or the
 * present ("The school organizes courses on …"). Not the heads of governing bodies ("the
 * Commission", "the Council"): a report's own body is so called, and a nearer body of that head is
 * often another one.
 */
const BARE_UNIT_SUBJECT = /\bthe\s+(Unit|Section|Division|Office|Centre|Center|Program|Programme|Branch|School|Institute|Academy|College|Laboratory|Network)\s+(?:(?:also|has|have|had|will|then|further|jointly|regularly|now|still)\s+)*(?:held|hosted|organi[sz]ed|convened|conducted|delivered|ran|led|gave|offered|staged|carried out|holds|hosts|organi[sz]es|convenes|conducts|delivers|runs|leads|gives|offers|stages|carries out)\s+(?:[\w-]+\s+){0,5}$/i;
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
  const paragraph = Math.max(scope.passageStart ?? raw.lastIndexOf('\n', at), at - UNIT_REACH);
  let unit: Mention | undefined;
  for (const o of orgMentions) {
    if (o.start < paragraph || o.end > at) continue;
    // the head ends the name ("the Regional Polygraph Unit"), or heads it before its complement ("the Regional Intelligence School of the Andean Community")
    if (new RegExp(`\\b${head}(?:\\s+(?:of|for|on|against)\\b.*)?\\s*$`, 'i').test(o.text) && (!unit || o.start > unit.start)) unit = o;
  }
  return unit ? [unit] : [];
}

/** Verbs that bring in a body as one that ran or backed the activity ("which IMPACS co-hosted with", "convened by"); a bare "together with" does not. */
const PARTNER_AFTER = /\b(?:organi[sz]ed|co-?organi[sz]ed|hosted|co-?hosted|convened|funded|financed|sponsored|co-?sponsored|delivered|supported|led|run)\b/i;

/** After a body brought in as a partner, a list that goes on with "with": "hosted by X, with Y and Z" (Y and Z took part beside the body that joined). */
const FELLOWS_AFTER = /,\s*(?:along\s*side|together\s+with|with)\s+(?!(?:the\s+)?(?:support|assistance|help|funding|financing|backing|sponsorship|cooperation|collaboration)\b)/i;

/** After a verb of running and its body, a list opened by "with": the bodies in it are fellow participants. */
function fellowsOfHost(between: string): boolean {
  let last: RegExpExecArray | undefined;
  PARTNER_AFTER_ALL.lastIndex = 0;
  for (let m = PARTNER_AFTER_ALL.exec(between); m; m = PARTNER_AFTER_ALL.exec(between)) last = m;
  return last !== undefined && FELLOWS_AFTER.test(between.slice(last.index + last[0].length));
}
const PARTNER_AFTER_ALL = new RegExp(PARTNER_AFTER.source, 'gi');

/**
 * Whether the text from an attendance verb to a body brings the body in as one that ran or backed
 * the activity: a verb of running stands between ("which IMPACS co-hosted with the EU"), and no
 * list of fellow participants opens after it ("hosted by the X, with the African Union and …").
 */
function broughtInAsPartner(between: string): boolean {
  return PARTNER_AFTER.test(between) && !fellowsOfHost(between);
}

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
  // a unit that runs it as the subject ("The PCU convened the fourth meeting of the Steering Committee, hosted by the Ministry …"): the
  // reporting body's own, whatever other bodies it was held with
  const isUnit = (o: Mention) => UNIT_NAME.test(String(o.value)) || scope.unitKeys?.has(String(o.value)) === true;
  if (orgs.some((o) => o.end <= scope.trigger.start && isUnit(o) && RUNS_IT.test(scope.raw.slice(o.end, scope.trigger.start)))) return true;
  const owner = orgs.some((o) => {
    // the body's own organ runs it ("regular meeting of the Council of Directors", "the Network's Steering Committee held its ninth meeting"): the body's activity still
    if (ownOrgan(scope.raw, o)) return false;
    // a unit named bare that runs it ("the Anti-Money Laundering Section organized two meetings") is taken for the reporting body's own
    if (o.end <= scope.trigger.start) return /^\s*(?:the\s+)?$/i.test(scope.raw.slice(o.end, scope.trigger.start)) || (RUNS_IT.test(scope.raw.slice(o.end, scope.trigger.start)) && !UNIT_NAME.test(String(o.value)) && !scope.unitKeys?.has(String(o.value)));
    const between = scope.raw.slice(scope.trigger.end, o.start);
    return o.start >= scope.trigger.end && (/^\s*,?\s*(?:of|organi[sz]ed by|convened by|hosted by|run by|held by|led by)\s+(?:the\s+)?$/i.test(between) || RUN_BY.test(between));
  });
  if (!owner) return true;
  // "the Secretariat", "the Unit" speak of the reporting body, but not as words of another body's name ("Action Against Terrorism Unit")
  let own = clauseText;
  for (const o of orgMentions) if (own.includes(o.text)) own = own.split(o.text).join(' ');
  return SELF.test(own) || bodies.some((body) => bodyActs(scope, body));
}

/**
 * Words that cite an activity as the source of what follows, with no comma between them and the activity (the citation
 * has not closed): "As a result of the recommendations from the", "on the basis of the mandate … contained in the
 * Conclusions … from their" ("Following the recommendations of the Board, the Unit held a workshop" has closed).
 */
const SOURCE_OF_MANDATE = /\b(?:as\s+a\s+result\s+of|on\s+the\s+basis\s+of|following(?:\s+up\s+on)?|pursuant\s+to|in\s+(?:follow-?up|response)\s+to|as\s+mandated\s+by|in\s+accordance\s+with)\s+(?:the\s+)?(?:recommendations?|mandates?|decisions?|conclusions?|agreements?|resolutions?|requests?)\b[^,;.]{0,200}$/i;

/** Who ran a cited meeting, said in the citation: "coordinated by the", "organized by". */
const CITED_RUN_BY = /\b(?:organi[sz]ed|co-?organi[sz]ed|coordinated|convened|hosted|held|chaired|led)\s+by\s+(?:the\s+)?$/i;
const citedAsSource = (scope: SlotScope): boolean => SOURCE_OF_MANDATE.test(scope.raw.slice(Math.max(scope.sentenceStart ?? 0, scope.trigger.start - 300), scope.trigger.start));

/** An organ's name with no body's name in it: "Board of Directors", "Steering Committee", "Working Group on Early Warning". */
const BARE_ORGAN = /^(?:(?:Working|Expert|Technical|Advisory)\s+Group|Task\s+Force|Steering\s+Committee|Executive\s+(?:Committee|Board|Council)|Governing\s+(?:Board|Council|Body)|Advisory\s+(?:Board|Committee|Council)|Management\s+(?:Board|Committee)|Technical\s+Committee|(?:Board|Council)\s+of\s+(?:Directors|Governors|Ministers))(?:\s+(?:on|for)\s+[^()]+)?$/;
/** The same head after words of its own ("Border Policing Working Group"), when a possessive makes it the body's ("the Network's …", "its …"). */
const NAMED_ORGAN = /^(?:[\p{Lu}][\p{L}-]*\s+(?:(?:and|&)\s+)?){1,5}(?:Working\s+Group|Task\s+Force|Steering\s+Committee|Expert\s+Group)(?:\s+(?:on|for)\s+[^()]+)?$/u;
const POSSESSIVE_BEFORE = /(?:['’]s|\bits|\bour|\btheir)\s+$/i;

/** A body's own organ, named without the body: its meetings are the body's activities too. */
function ownOrgan(raw: string, o: Mention): boolean {
  const name = o.text.replace(/^the\s+/i, '');
  if (BARE_ORGAN.test(name)) return true;
  return NAMED_ORGAN.test(name) && POSSESSIVE_BEFORE.test(raw.slice(Math.max(0, o.start - 12), o.start));
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
    // "… ran an exercise with the Ministry and took part in the annual meeting of X": the verb takes the next activity, not this one
    const governsNext = after !== undefined && scope.nextTrigger !== undefined && /^[^,.;:()]{0,60}$/.test(raw.slice(after.end, scope.nextTrigger));
    if (after !== undefined && !governsNext && !othersAttend(scope, after, orgMentions) && bodyAttends(raw, trigger.end, after, people, orgMentions)) return true;
  }
  if (scope.lead) {
    const lead = lastAttendance(raw, scope.lead.start, scope.lead.end);
    if (lead !== undefined && bodyAttends(raw, scope.lead.start, lead, people, orgMentions)) return true;
  }
  return false;
}

/**
 * After the trigger, the attendance verb's subject is other bodies, named, and not the reporting one
 * ("…; UNESCO and the International Council of Museums (ICOM) attended as observers"): they took part in
 * the activity, which stays the reporting body's.
 */
function othersAttend(scope: SlotScope, verb: Range, orgMentions: readonly Mention[]): boolean {
  const { raw, trigger } = scope;
  const text = raw.slice(trigger.end, verb.start);
  const cut = Math.max(text.lastIndexOf(';'), text.lastIndexOf(','), text.lastIndexOf(':'));
  const from = trigger.end + (cut >= 0 ? cut + 1 : 0);
  const subject = raw.slice(from, verb.start);
  if (SELF.test(subject)) return false;
  const bodies = (scope.reportingBodies ?? []).map((b) => b.toLowerCase());
  const named = orgMentions.filter((o) => o.start >= from && o.end <= verb.start);
  return named.length > 0 && named.every((o) => !bodies.includes(String(o.value).toLowerCase()));
}

/** The last attendance verb between two raw offsets. */
function lastAttendance(raw: string, start: number, end: number): Range | undefined {
  if (end <= start) return undefined;
  const text = raw.slice(start, end);
  let last: Range | undefined;
  // exec on the one global regex, not matchAll, which copies it on every call
  ATTENDED_ALL.lastIndex = 0;
  for (let m = ATTENDED_ALL.exec(text); m; m = ATTENDED_ALL.exec(text)) last = { start: start + m.index, end: start + m.index + m[0].length };
  return last;
}
const ATTENDED_ALL = new RegExp(ATTENDED.source, 'gi');
const PEOPLE_ALL = new RegExp(PEOPLE.source, 'gi');

/** Whether the subject of an attendance verb (from `from` to the verb) is a body, not an audience. */
function bodyAttends(raw: string, from: number, verb: Range, people: readonly Mention[], orgMentions: readonly Mention[]): boolean {
  // "was attended by 40 officers": the audience comes after a passive
  if (/^\s+by\b/.test(raw.slice(verb.end, verb.end + 4))) return false;
  const stop = lastPairAt(raw, CLAUSE_STOPS, verb.start, from);
  const subject = raw.slice(stop, verb.start);
  // the last figure or people noun before the verb; a body named after it makes them its staff
  let audience = -1;
  for (const p of people) if (p.start >= stop && p.end <= verb.start) audience = Math.max(audience, p.end);
  PEOPLE_ALL.lastIndex = 0;
  for (let m = PEOPLE_ALL.exec(subject); m; m = PEOPLE_ALL.exec(subject)) audience = Math.max(audience, stop + m.index + m[0].length);
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

/** Whether a figure is one country's part (right after the country's name). */
function breakdownPart(p: Mention, countries: readonly Mention[], raw: string): boolean {
  const byEnd = sortedByEnd(countries);
  return (byEnd ? countryRightBefore(byEnd, p.start, raw) : countries.find((c) => c.end <= p.start && BREAKDOWN_GAP.test(raw.slice(c.end, p.start)))) !== undefined;
}

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
  if (mentions.length <= SHORT_LIST) return readApart(mentions);
  const had = apartLists.get(mentions);
  if (had && had.length === mentions.length) return had.apart;
  const apart = readApart(mentions);
  apartLists.set(mentions, { length: mentions.length, apart });
  return apart;
}

function readApart(mentions: readonly Mention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i]!.start < mentions[i - 1]!.end) return false;
  return true;
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
