/**
 * Slots of one activity from the mentions around its trigger (ANNOTATION.md §4): the date that
 * ties to it (an interval over a group's dates), where it took place, whose people took part,
 * how many people, and who organized, hosted, funded or delivered it. Ranges are raw offsets.
 */
import type { GoldEvent } from '../../pipeline/gold.js';
import type { Mention } from '../engine.js';
import { spanValues } from '../date/bounds.js';
import { ATTENDED, ORG_NOT_ORGANIZER } from './lexicon.js';
import { demonymCountries } from './demonyms.js';
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
  trigger: Range;
  /** Raw start of the next trigger in the sentence: a name right before it is that activity's. */
  nextTrigger?: number;
  group: boolean;
  /** The section's reporting bodies: its part's body, and the larger body when that is a unit of it. */
  reportingBodies?: readonly string[];
  /** Where countries and places come from besides `primary`, in place of `prefix` (its own clause, the clause after a later mention, the stretch of an activity coordinated with it: see country-context.ts and event/index.ts). */
  placePrefix?: Range[];
  /** Later sentences that only say who took part ("Participants came from …"): they lend countries, and a figure when the activity has none. */
  lent?: Range[];
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
const SELF = /\b(?:Secretariat|Department|Section|Office|Unit|Program|Programme|we|our)\b/;

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
  participantsSlot(scope.raw, within(byType.get('participants') ?? NONE, near), within(countriesNear, near), out);
  // a later sentence that says who took part gives the figure only when the activity's own text gives none
  // (where it does, a figure there splits the total: "… 1,400 officials. Some 682 received …")
  if (out.participants === undefined && scope.lent?.length) participantsSlot(scope.raw, within(byType.get('participants') ?? NONE, scope.lent), within(countriesNear, scope.lent), out);
  const keys = organizationKeys(scope, orgMentions, near);
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
  if (!codes) demonymCache.byRange.set(key, (codes = demonymCountries(raw.slice(r.start, r.end))));
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
function organizationKeys(scope: SlotScope, orgMentions: readonly Mention[], near: readonly Range[]): string[] {
  const { raw } = scope;
  const clause = [...scope.prefix, ...scope.primary.slice(0, 1)];
  const clauseText = [scope.left, ...scope.primary.slice(0, 1)].map((r) => raw.slice(r.start, r.end)).join(' ');
  const candidates = [...within(orgMentions, near), ...orgMentions.filter((m) => adjacent(raw, m, scope.trigger.start) && !inside(m, near))];
  const orgs = candidates.filter((o) => {
    if (ORG_NOT_ORGANIZER.test(raw.slice(Math.max(0, o.start - 40), o.start))) return false;
    if (scope.nextTrigger !== undefined && adjacent(raw, o, scope.nextTrigger)) return false;
    // the subject of "participated in" only attended
    if (o.end <= scope.trigger.start && ATTENDED.test(raw.slice(o.end, scope.trigger.start))) return false;
    const sentenceStart = Math.max(raw.lastIndexOf('. ', o.start), 0);
    return inside(o, clause) || !ATTENDED.test(raw.slice(sentenceStart, o.start));
  });
  const keys = distinct(orgs.map((o) => String(o.value)));
  const bodies = scope.reportingBodies ?? [];
  if (bodies.length > 0 && ownActivity(scope, orgs, clauseText, bodies)) {
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

/** Whether the text presents the activity as the reporting body's own (ANNOTATION.md §4). */
function ownActivity(scope: SlotScope, orgs: readonly Mention[], clauseText: string, bodies: readonly string[]): boolean {
  if (ATTENDED.test(clauseText)) return false;
  const owner = orgs.some((o) => {
    if (o.end <= scope.trigger.start) return /^\s*(?:the\s+)?$/i.test(scope.raw.slice(o.end, scope.trigger.start));
    const between = scope.raw.slice(scope.trigger.end, o.start);
    return o.start >= scope.trigger.end && /^\s*,?\s*(?:of|organi[sz]ed by|convened by|hosted by|run by|held by|led by)\s+(?:the\s+)?$/i.test(between);
  });
  if (!owner) return true;
  // "the Secretariat", "the Unit" speak of the reporting body, but not as words of another body's name ("Action Against Terrorism Unit")
  let own = clauseText;
  for (const o of orgs) own = own.split(o.text).join(' ');
  return SELF.test(own) || bodies.some((body) => clauseText.includes(body));
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
