/**
 * The `countries` and `places` slots' own tests (ANNOTATION.md §4): which countries and places near
 * an activity are not its own. A country that only funded the activity or sent its trainers is not
 * one of its countries, whether the cue stands right before it or before the list or name it ends
 * ("funded by the Governments of Spain and the United States", "instructors from the Security
 * Agency (SA) of the United States"). A country or place inside an organization's name is that
 * body's, not the activity's ("the ILO Geneva Office"), unless the body hosted it ("hosted by the
 * Judicial Institute of Jordan"). A place the participants came from is not where it took place
 * ("officers of the departments of Guairá and Caaguazú"). Also here: a news item's dateline place,
 * a country that hosts the activity from the clause before it, a country given a later instance of
 * its own ("with Barbados planned for January"), and a "non-US" that names no country of it.
 */
import type { Mention } from '../engine.js';
import { COUNTRY_FUNDER_AFTER, COUNTRY_FUNDER_BEFORE } from './lexicon.js';

/** What may join a country to the list item or name before it: a comma, "and", "of the", a parenthesis. */
const LINK = /^(?:\s*\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+of\s+|\s*\(\s*|\s+)(?:the\s+)?(?:Governments?\s+of\s+(?:the\s+)?)?$/i;

/**
 * A government named in a table's cell, as its partners or funders column gives them ("UNODC,⇥Government
 * of France", a cell wrapped over lines: "Government of" / "France"): it backed the activity; where it
 * hosted or asked for it, the sentences say so.
 */
const GOVERNMENT_IN_CELL = /(?:\t|\S {3,}|\t[^\t\n]*,[ \t]*)Governments?\s+of\s+(?:the\s+)?$/;

/** People of a teaching trade from a country: its trainers, unless they are the ones who take part. */
const TRAINERS_FROM = /\b(?:instructors?|trainers?|teachers?|facilitators?|lecturers?|mentors?)\s+(?:from|of)\s+(?:the\s+)?$/i;
/** After the list: those people took part, with no verb of teaching first ("… took part in a training of trainers", "… attended"). */
const TRAINERS_TAKE_PART = /^(?:(?!\b(?:taught|teach|teaches|delivered|gave|led|ran|conducted|facilitated|lectured)\b)[^.;]){0,200}?\b(?:took\s+part|take\s+part|participated|attended|were\s+trained|completed|graduated)\b/i;

/** How many list items or names a cue may reach across, and how far back a link may start. */
const REACH = 8;
const LINK_REACH = 40;

/**
 * Whether the country only funded the activity or sent its trainers: a funder or trainer cue right
 * before it, or before the list or name whose last item it is, or a paying verb right after it. `others` are the countries and
 * organizations around it, sorted by start.
 */
export function onlyFundedOrTaught(raw: string, c: Mention, others: readonly Mention[]): boolean {
  if (COUNTRY_FUNDER_AFTER.test(raw.slice(c.end, c.end + 40))) return true;
  if (GOVERNMENT_IN_CELL.test(raw.slice(Math.max(0, c.start - 160), c.start))) return true;
  let at = c.start;
  for (let step = 0; step <= REACH; step++) {
    const before = raw.slice(Math.max(0, at - 60), at);
    // "Twenty-two instructors from A, B and C took part in a training of trainers": instructors who are its trainees
    if (COUNTRY_FUNDER_BEFORE.test(before)) return !(TRAINERS_FROM.test(before) && TRAINERS_TAKE_PART.test(raw.slice(c.end, c.end + 240)));
    const previous = linkedBefore(raw, others, at);
    if (!previous) return false;
    at = previous.start;
  }
  return false;
}

/** The mention that ends closest before `at` with only a link between (binary search on starts, then a short walk back). */
function linkedBefore(raw: string, sorted: readonly Mention[], at: number): Mention | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  let best: Mention | undefined;
  for (let i = lo - 1; i >= 0; i--) {
    const m = sorted[i]!;
    if (m.start < at - 400) break;
    if (m.end > at || m.end < at - LINK_REACH) continue;
    if (!LINK.test(raw.slice(m.end, at))) continue;
    if (!best || m.end > best.end || (m.end === best.end && m.start < best.start)) best = m;
  }
  return best;
}

/** Before an organization that hosted the activity: its country is where the activity took place. */
const HOSTED_BY = /\b(?:hosted|held|organi[sz]ed) (?:by|at)\s+(?:the\s+)?$/i;

/** The organization that holds `m`, if any (organizations sorted by start; a few overlap at most). */
export function holdingOrganization(orgs: readonly Mention[], m: Mention): Mention | undefined {
  let lo = 0;
  let hi = orgs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (orgs[mid]!.start <= m.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) {
    const o = orgs[i]!;
    if (m.start >= o.start && m.end <= o.end && !(m.start === o.start && m.end === o.end)) return o;
  }
  return undefined;
}

/** Whether a country inside an organization's name is the activity's: the body hosted it. */
export function hostInName(raw: string, org: Mention): boolean {
  return HOSTED_BY.test(raw.slice(Math.max(0, org.start - 30), org.start));
}

/** Before a place the participants came from, not where the activity took place (a hard-wrapped line may break the cue: "based" / "in Tegucigalpa"). */
const ORIGIN_BEFORE = /\b(?:[Ff]rom|(?:posted|based|stationed|serving|working)\s+(?:in|at)|of\s+the\s+(?:\p{L}+\s+)?(?:departments?|provinces?|states?|municipalities|municipality|districts?|regions?)\s+of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:,\s*|\s+and\s+|,\s+and\s+)){0,5}$/u;

/** Whether a place is where people came from or work ("officers from Santa Cruz", "of the provinces of A and B", "police posted in C"). */
export function originPlace(raw: string, place: Mention): boolean {
  return ORIGIN_BEFORE.test(raw.slice(Math.max(0, place.start - 80), place.start));
}

/** After a news item's opening place: its country or state, maybe the day, then a dash ("KINGSTON, Jamaica — ", "Lima, Peru, 4 May 2016 – "). */
const DATELINE_TAIL = /^(?:,[ \t]*[\p{L}.'’ ]+){0,2},?[ \t]*(?:\d{1,2}[ \t]+\p{L}+[ \t]+\d{4}|\p{L}+[ \t]+\d{1,2},?[ \t]+\d{4})?[ \t]*[–—-][ \t]/u;

/** Whether a place opens a news item's dateline: where the item was written, which may not be where its activity took place. */
export function datelinePlace(raw: string, place: Mention): boolean {
  const lineStart = raw.lastIndexOf('\n', place.start - 1) + 1;
  if (!/^[ \t]*$/.test(raw.slice(lineStart, place.start))) return false;
  return DATELINE_TAIL.test(raw.slice(place.end, place.end + 80));
}

/** Words that say the activity took place online. */
export const ONLINE = /\b(?:online|virtual(?:ly)?|by video-?conference|webinars?)\b/i;

/** Between a country and the activity it hosts: "Brazil has offered to host the first workshop", "Chile will host a second meeting". */
const HOSTS_IT = /^\s+(?:(?:has|have|had|will|would|is|was|also|then|later|kindly)\s+)*(?:(?:offered|agreed|volunteered|expected|scheduled|planning|ready)\s+to\s+)?host(?:s|ed|ing)?\s+(?:the|a|an|its|this)\s+(?:[\w-]+\s+){0,3}$/i;

/** Whether the country is the subject that hosts the activity whose trigger starts at `trigger`. */
export const hostsIt = (raw: string, c: Mention, trigger: number) => c.end <= trigger && trigger - c.end < 100 && HOSTS_IT.test(raw.slice(c.end, trigger));

/** After a country: another instance of the activity with its own time ("… and Antigua, with Barbados planned for March"). */
const OWN_LATER_TIME = /^\s+(?:is\s+|are\s+)?(?:planned|scheduled|programmed|foreseen|expected|to follow)\b/i;

/** Whether the country is given a later instance of its own, after "with": "with Barbados planned for January" is not one of the completed ones. */
export const laterInstance = (raw: string, c: Mention) => /\bwith\s+(?:the\s+)?$/i.test(raw.slice(Math.max(0, c.start - 12), c.start)) && OWN_LATER_TIME.test(raw.slice(c.end, c.end + 30));

/** Whether the country is named to be excluded: "a non-US contractor". */
export const negatedCountry = (raw: string, c: Mention) => /\bnon-\s*$/i.test(raw.slice(Math.max(0, c.start - 6), c.start));
