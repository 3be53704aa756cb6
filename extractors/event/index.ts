/**
 * Activities (ANNOTATION.md §4): one record per workshop, seminar, course, meeting or mission.
 *
 * The loop: passages → sentences → triggers (triggers.ts); a lead sentence that introduces a list
 * of bullets gives way to its bullets; a later mention of an activity ("That meeting will be held
 * in …") is not a new one but lends its sentence to the one it refers to; each remaining trigger
 * gets its count (count.ts), its slots from the mentions around it (slots.ts) and its status
 * (status.ts).
 */
import { spanFromView, type Doc } from '../../pipeline/document.js';
import { COLUMN_HEADER } from '../../pipeline/segment/patterns.js';
import type { GoldEvent } from '../../pipeline/gold.js';
import type { Mention } from '../engine.js';
import type { Period } from '../types.js';
import { dateBounds } from '../date/bounds.js';
import { countOf, countValue, oneDatedItem } from './count.js';
import { pairedCount } from './paired-count.js';
import { dateContext, type InheritedDate } from './date-context.js';
import { assignGroups, inheritGroupFunders, inheritGroupRunners, inheritGroupUnits } from './groups.js';
import { passagesOf, type Passage, type Sentence } from './passages.js';
import { isUnitName, reportingBodies } from './reporting-body.js';
import { fillSlots, type Breakdown, type Range } from './slots.js';
import { statusOf } from './status.js';
import { namesProgramContent } from './not-activities.js';
import { earlierSession, multiYear, notAnActivity } from './not-activity-senses.js';
import { topicAntecedent } from './topic-reference.js';
import { projectPartners } from './project-partners.js';
import { findTriggers, type Trigger } from './triggers.js';
import { splitOfEarlierTotal, withinPhrase } from './within-phrase.js';
import { tableRoles, type TableRole } from './table-rows.js';
import { hasCellGap, isRowLine } from '../text/cells.js';
import { memberByOrdinal } from './count.js';
import { memberStates, numberedMembers } from './member-states.js';
import { moreOfTheSame } from './more-of-the-same.js';
import { clauseAfterReference, followsUp, namesEarlierCountries, newClauseStart, placePrefixOf, saysWhereItTookPlace, whoTookPartBefore } from './country-context.js';

export interface Activity {
  /** The activity in the gold format (trigger span in raw offsets). */
  gold: GoldEvent;
  /** Participants per country (ISO3) where the text breaks the total down ("Guatemala (46), Honduras (29)"). */
  breakdown?: Breakdown;
  /** Index of the block it was found in. */
  block: number;
  /** For an activity whose text gives no date: the nearest date context, and where it came from. */
  inherited?: InheritedDate;
}

interface Found {
  trigger: Trigger;
  passage: number;
  sentence: number;
  /** View ranges of later sentences that refer back to this activity. */
  refs: Range[];
  /** View ranges of later sentences that only say who took part in it (they lend countries). */
  lent: Range[];
  /** View ranges of later sentences that say, of "it", who ran, funded or hosted it (they lend organizations). */
  credit: Range[];
  /** The activity an item's headline named, which this trigger in the item's first sentence repeats. */
  headline?: Found;
  /** The item's first-sentence trigger that told this headline's activity again ("… ran six webinars"): its count is the headline's. */
  restatedBy?: Trigger;
  /** The counted group this activity was singled out of ("six advisory missions" … "The mission to Ghana"): its group. */
  singledFrom?: Found;
}

/** How many passages back a later mention ("the workshop", "These exercises") may look for its activity. */
const REFERENCE_REACH = 3;

export function extractEvents(doc: Doc, mentions: Mention[], period: Period | undefined): Activity[] {
  const view = doc.view.text;
  const passages = passagesOf(doc);
  // The lists of this function are filled by push from one empty literal each, not made by map,
  // filter or flatMap: those hand back empty arrays of another elements kind than full ones, and
  // each kind that reached the per-activity step below (or fillSlots) for the first time made V8
  // throw its optimized code away and compile it again (six times a batch, 45–95 ms each).
  const toRaw = (r: Range): Range => ({ start: doc.view.toRaw(r.start, 'start'), end: Math.max(doc.view.toRaw(r.start, 'start'), doc.view.toRaw(r.end, 'end')) });
  const allToRaw = (ranges: readonly Range[]): Range[] => {
    const out: Range[] = [];
    for (const r of ranges) out.push(toRaw(r));
    return out;
  };
  const byBlock = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = byBlock.get(m.block);
    if (list) list.push(m);
    else byBlock.set(m.block, [m]);
  }
  // Each passage's mentions, gathered once: the trigger scan and every activity of the passage (and of its bullets) read them.
  const mentionsOf = passages.map((p) => {
    const list: Mention[] = [];
    for (const b of p.blocks) for (const m of byBlock.get(b) ?? []) list.push(m);
    return list;
  });
  // a table whose header names what each row is ("Course\tDates\tVenue\tParticipants"): its header is no activity, each row is one
  const tables = hasCellGap(view) ? tableRoles(view, passages) : undefined;
  // the first year the report covers (its period's start, else the year its dates name most often)
  const firstYear = period ? Number(period.start.slice(0, 4)) : yearOfReport(mentions, undefined);
  const perPassage = passages.map((p, pi) => {
    const orgs = mentionsOf[pi]!.filter((m) => m.type === 'organization');
    const orgsInOrder = inOrderApart(orgs);
    const found: Found[] = [];
    const table = tables?.get(pi);
    if (table?.header) return found;
    p.sentences.forEach((s, si) => {
      const triggers = findTriggers(view, s.start, s.end);
      // "Two more followed, in Riobamba in May and in Arica in August": more of the kind the sentence before named
      if (triggers.length === 0 && si > 0) {
        const more = moreOfTheSame(view, s.start, s.end, [...found].reverse().find((f) => f.sentence === si - 1)?.trigger);
        if (more) triggers.push(more);
      }
      const row = table?.row;
      if (row && row.start >= s.start && row.end <= s.end && !triggers.some((t) => t.start < row.end && t.end > row.start)) {
        found.push({ trigger: row, passage: pi, sentence: si, refs: [], lent: [], credit: [] });
      }
      // "… a total of 10 activities … They comprised two workshops, a mission, …": the next sentence only splits the total
      const earlierTotal = [...found].reverse().find((f) => f.sentence === si - 1 && f.trigger.plural);
      if (earlierTotal && splitOfEarlierTotal(view, s.start, triggers, countOf(earlierTotal.trigger))) return;
      // a split of a count just given ("nine activities, five workshops and four courses"), an activity word in another's topic
      const inPhrase = triggers.length > 1 ? withinPhrase(view, triggers) : undefined;
      for (const trigger of triggers) {
        if (inPhrase?.has(trigger)) continue;
        // a footnote the sentence runs over is read as a passage of its own
        if (p.holes?.some(([a, b]) => trigger.start >= a && trigger.start < b)) continue;
        // an activity word inside a name ("Spanish Cooperation Training Center", "Assistance Mission for Mine Clearance") is not an activity
        const at = doc.view.toRaw(trigger.headStart, 'start');
        if (insideAny(orgs, at, orgsInOrder) && !meetingOfBody(view, trigger)) continue;
        // the content or parts of a program ("a program of assessments", "comprises three projects: 1) …")
        if (namesProgramContent(view, s.start, trigger)) continue;
        // background, a breakdown of a total, a multi-year figure, another sense of the word, a negation
        if (notAnActivity(view, s.start, s.end, trigger)) continue;
        // a body's session before the period, cited for what it decided
        if (earlierSession(view, s.start, s.end, trigger, firstYear)) continue;
        found.push({ trigger, passage: pi, sentence: si, refs: [], lent: [], credit: [] });
      }
    });
    markHeadlineRepeats(doc, p, found);
    return found;
  });
  const leads = dropLeads(view, passages, perPassage, tables);
  const events = resolveReferences(view, passages, perPassage);
  lendFollowingSentences(view, passages, perPassage, events);
  const bodyOf = reportingBodies(doc, mentions);
  const members = memberStates(doc.raw, mentions);
  // bodies the document names as units, by key: "PCU" after "Programme Coordination Unit (PCU)" is a unit too
  const unitKeys = new Set(mentions.filter((m) => m.type === 'organization' && isUnitName(m.text)).map((m) => String(m.value)));
  const reportYear = yearOfReport(mentions, period);
  const context = dateContext(doc, mentions, period, reportYear);

  // Per activity, what its sentence and passage hold, gathered once (gathering it per activity was
  // quadratic in a report on one long line: issue 21 §4).
  const triggersBySentence = new Map<string, Trigger[]>();
  perPassage.forEach((found, pi) => {
    for (const f of found) {
      const key = `${pi}:${f.sentence}`;
      const list = triggersBySentence.get(key);
      if (list) list.push(f.trigger);
      else triggersBySentence.set(key, [f.trigger]);
    }
  });
  const nearMentions = new Map<string, Mention[]>();
  const mentionsNear = (pi: number, leadPassage: number | undefined): Mention[] => {
    if (leadPassage === undefined) return mentionsOf[pi]!;
    const key = `${pi}:${leadPassage}`;
    let list = nearMentions.get(key);
    if (!list) nearMentions.set(key, (list = [...mentionsOf[pi]!, ...mentionsOf[leadPassage]!]));
    return list;
  };

  const newTriggers = new Set<Trigger>();
  for (const e of events) newTriggers.add(e.trigger);
  const placedPassage: number[] = [];
  /** Each placed activity's record, for a member singled out of its group (Found.singledFrom). */
  const goldOf = new Map<Found, GoldEvent>();
  /** Where a headline's activity is told again in its item's first sentence (raw offset), for the body that ran its total. */
  const restatedAt = new Map<GoldEvent, number>();
  /** The last activity placed in each passage, for a later one that names its countries as "those two countries". */
  const lastPlaced = new Map<number, GoldEvent>();
  /** The same, among activities that have countries: a follow-up that names none takes those of the last one that did. */
  const lastWithCountries = new Map<number, GoldEvent>();
  /** The last activity of each kind placed in each passage ("passage:kind"), for a later one that adds to it ("Five more assessments …"). */
  const lastOfKind = new Map<string, GoldEvent>();
  const activities = events.flatMap((e): Activity[] => {
    const passage = passages[e.passage]!;
    const sentence = passage.sentences[e.sentence]!;
    const inSentence: Trigger[] = triggersBySentence.get(`${e.passage}:${e.sentence}`) ?? [];
    const index = inSentence.indexOf(e.trigger);
    // up to the next activity of the sentence, or to where the clause that leads to it begins ("…, and Chile has offered to host a second workshop")
    const nextInSentence = inSentence[index + 1];
    const ownEnd = nextInSentence ? (newTriggers.has(nextInSentence) ? newClauseStart(view, e.trigger.end, nextInSentence.start) : undefined) ?? nextInSentence.start : sentence.end;
    const own: Range = { start: e.trigger.start, end: ownEnd };
    const left: Range = { start: inSentence[index - 1]?.end ?? sentence.start, end: e.trigger.start };
    const primary: Range[] = [own, ...e.refs];
    if (passage.bullet) primary.push({ start: sentence.end, end: nextEventStart(events, e) ?? passage.end });
    const prefix: Range[] = [];
    if (inSentence[0] && inSentence[0].start > sentence.start) prefix.push({ start: sentence.start, end: inSentence[0].start });
    const placePrefix = prefix[0] ? placePrefixOf(view, prefix[0], inSentence[0] !== e.trigger && !newTriggers.has(inSentence[0]!)) : [];
    // "assessment and training in Jamaica and Guyana", "workshops, seminars and courses in Peru": coordinated activities share where the last one took place
    // … and who ran the last of them, said after it ("seminars and workshops organized by the UN and CARICOM")
    let joinedRunBy: Range | undefined;
    for (let k = index; k < index + MAX_JOINED && inSentence[k + 1] && coordinated(view, inSentence, k); k++) {
      const then = inSentence[k + 1]!;
      const after = inSentence[k + 2];
      const stretch = { start: then.start, end: after ? (newClauseStart(view, then.end, after.start) ?? after.start) : sentence.end };
      placePrefix.push(stretch);
      joinedRunBy = RUN_BY_AFTER.test(view.slice(then.end, then.end + 60)) ? { start: then.end, end: stretch.end } : undefined;
    }
    // "On the margins of the session of X, held in Vienna …, the Office organized a side event": an activity held at another shares its venue
    const host = inSentence[0];
    if (host && host !== e.trigger && HELD_AT_ANOTHER.test(view.slice(sentence.start, host.start))) placePrefix.push({ start: host.start, end: e.trigger.start });
    // after a later mention of an earlier activity, the clause that leads to this one is its own ("…, and A and B will assist in an upcoming exercise")
    const previousInSentence = inSentence[index - 1];
    if (previousInSentence && !newTriggers.has(previousInSentence)) placePrefix.push(...clauseAfterReference(view, left));
    const rest: Trigger[] = [];
    for (const t of inSentence) if (t !== e.trigger) rest.push(t);
    const others: Range[] = [];
    for (let i = 0; i < rest.length; i++) others.push({ start: rest[i]!.start, end: rest[i + 1]?.start ?? sentence.end });
    const lead = leads.get(e.passage);
    // the next activity of the sentence, not a restatement of this one (a headline's item that introduces it again: "… completed on 5 May a course")
    const nextOther = inSentence.slice(index + 1).find((t) => newTriggers.has(t) || t.kind !== e.trigger.kind || !refHolds(e.refs, t.start));
    // a headline's group ("WEBINAR SERIES ON …") counts as many as its item's first sentence says ("ran six webinars")
    let count = countOf(e.trigger) ?? (e.restatedBy && e.trigger.plural ? countOf(e.restatedBy) : undefined);
    const near = mentionsNear(e.passage, lead?.passage);
    const { breakdown, each, ...slots } = fillSlots(
      {
        raw: doc.raw,
        primary: allToRaw(primary),
        prefix: allToRaw(prefix),
        placePrefix: allToRaw(placePrefix),
        sentence: allToRaw(others),
        lead: lead ? toRaw(lead.sentence) : undefined,
        left: toRaw(left),
        sentenceStart: doc.view.toRaw(sentence.start, 'start'),
        passageStart: doc.view.toRaw(passage.start, 'start'),
        trigger: toRaw(e.trigger),
        nextTrigger: nextOther ? toRaw(nextOther).start : undefined,
        group: e.trigger.plural || (count ?? 1) > 1 || !e.trigger.countable,
        reportingBodies: bodyOf(passage.section),
        unitKeys,
        lent: allToRaw(e.lent),
        credit: allToRaw(joinedRunBy ? [...e.credit, joinedRunBy] : e.credit),
        backers: allToRaw(projectPartners(view, passages, e, lead)),
      },
      near,
    );
    // "meetings with the authorities of those two countries", "a follow-up workshop for the same countries": the countries of the activity before;
    // so too for a follow-up that names no country of its own ("As a follow-up, the Unit will deliver a course …")
    const ownWords = [...prefix, own].map((r) => view.slice(r.start, r.end)).join(' ');
    const earlier = lastPlaced.get(e.passage) ?? (passages[e.passage - 1]?.section === passage.section ? lastPlaced.get(e.passage - 1) : undefined);
    const followed = slots.countries === undefined && followsUp(ownWords) ? lastPlacedBefore(lastWithCountries, passages, e.passage) : undefined;
    // "with delegates of the five member States": the members the report listed, when they are five
    const numbered = numberedMembers(ownWords, members);
    if (numbered) {
      const codes: string[] = [...(slots.countries ?? [])];
      for (const c of numbered) if (!codes.includes(c)) codes.push(c);
      slots.countries = codes;
    } else if (followed?.countries) slots.countries = [...followed.countries];
    else if (earlier?.countries && namesEarlierCountries(ownWords)) {
      const codes: string[] = [...(slots.countries ?? [])];
      for (const c of earlier.countries) if (!codes.includes(c)) codes.push(c);
      slots.countries = codes;
    }
    if (count === undefined && e.trigger.plural) {
      const ownRaw = toRaw(own);
      count = pairedCount(doc.raw, ownRaw.start, ownRaw.end, mentionsOf[e.passage]!) ?? undefined;
    }
    if (count === undefined && oneDatedItem(e.trigger, passage.bullet && /^[\s\-–•·*]*$/.test(view.slice(sentence.start, e.trigger.start)), slots.date)) count = 1;
    // a figure said of each of a counted group ("two courses, each for 50 participants") is multiplied: participants is the total (ANNOTATION.md §4)
    if (each && count !== undefined && count > 1 && slots.participants !== undefined) slots.participants *= count;
    if (weak(e.trigger) && !evidenced(view.slice(sentence.start, sentence.end), slots)) return [];
    // "the Office trained 1,240 officials from 41 States" sums a period, and so does "In 2025, the Institute trained 684 …" (a whole
    // year); a training told by its verb has its own date within the year or its own place
    if (e.trigger.rule === 'event/trained' && (slots.date === undefined || /^\d{4}$/.test(slots.date)) && slots.places === undefined) return [];
    // "During the second half of 2007, the section held workshops … Meetings were also held …": a date
    // that opens the paragraph frames the activities of its later sentences that give none of their own.
    if (slots.date === undefined && e.sentence > 0 && !passage.bullet) {
      const frame = frameDate(view, passage, mentionsOf[e.passage]!, doc);
      if (frame) {
        slots.date = String(frame.value);
        if (frame.mod) slots.mod = frame.mod;
      }
    }
    // "ANNEX I: ACTIVITIES PLANNED FOR 2026", "Activities in 2025": a year the section's heading frames its activities with
    if (slots.date === undefined) {
      const framed = headingYear(doc, passage.section, byBlock);
      if (framed) slots.date = framed;
    }
    const year = Number(slots.date?.split('/').at(-1)?.slice(0, 4));
    // A named event from years before the report is background ("the Second Summit of the Americas, held
    // in … 1998"); an ordinary activity of an earlier year is still an activity ("in 2011 a workshop was held").
    if (e.trigger.titled && reportYear && year && year < reportYear - 2) return [];
    const clause = [...prefix, { start: own.start, end: clauseEnd(view, own) }, ...e.refs].map((r) => view.slice(r.start, r.end));
    const status = statusOf(clause, lead ? view.slice(lead.sentence.start, lead.sentence.end) : undefined, slots.date?.split('/')[0], period?.end, headingsAbove(doc, passage.section));
    const span = spanFromView(doc, e.trigger.start, e.trigger.end);
    const gold: GoldEvent = {
      trigger: { start: span.start, end: span.end, text: span.text },
      kind: e.trigger.kind,
      status,
      ...(count !== undefined ? { count } : {}),
      ...slots,
      rule: e.trigger.rule,
    };
    // "CBP ran assessments in three countries. Five more country assessments were completed …": more of the same, by the same bodies
    const addedTo = e.trigger.rule === 'event/more-of-the-same' || MORE_OF_THE_SAME.test(view.slice(Math.max(0, e.trigger.start - 30), e.trigger.start)) ? lastOfKind.get(`${e.passage}:${e.trigger.kind}`) : undefined;
    if (addedTo?.organizations) gold.organizations = [...new Set([...addedTo.organizations, ...(gold.organizations ?? [])])];
    lastOfKind.set(`${e.passage}:${e.trigger.kind}`, gold);
    const block = blockOf(passage, e.trigger.start, doc);
    const inherited = gold.date === undefined ? context.at(block, span.start) : undefined;
    placedPassage.push(e.passage);
    goldOf.set(e, gold);
    if (e.restatedBy) restatedAt.set(gold, doc.view.toRaw(e.restatedBy.start, 'start'));
    lastPlaced.set(e.passage, gold);
    if (gold.countries) lastWithCountries.set(e.passage, gold);
    return [{ gold, block, ...(breakdown ? { breakdown } : {}), ...(inherited ? { inherited } : {}) }];
  });
  dropRetold(activities, placedPassage, (pi) => tables?.has(pi) === true || /\t[^\t\n]+\t/.test(view.slice(passages[pi]!.start, passages[pi]!.end)) || isRowLine(view.slice(passages[pi]!.start, passages[pi]!.end)) || underColumnHeader(view, passages[pi]!.start));
  assignGroups(doc.raw, activities.map((a, i) => ({ gold: a.gold, section: doc.blocks[a.block]?.section ?? -1, passage: placedPassage[i]!, bullet: passages[placedPassage[i]!]?.bullet ?? false })), {
    parentOf: (s) => doc.sections[s]?.parent ?? -1,
    isOverview: (s) => isOverview(doc, s),
    opensProgram: (pi) => opensProgram(view, passages[pi]) || followsArticle(doc, passages, pi),
    annexSection: (name) => annexSection(doc, name),
  });
  // a member singled out of a counted group ("The mission to Ghana" after "six advisory missions") is that group's, when the group stands on its own
  const kept = new Set(activities.map((a) => a.gold));
  for (const e of events) {
    const member = goldOf.get(e);
    const group = e.singledFrom ? goldOf.get(e.singledFrom) : undefined;
    if (member && group && kept.has(member) && kept.has(group) && group.part_of === undefined && (group.count ?? 0) >= 2) member.part_of = group.trigger.start;
  }
  inheritGroupUnits(activities, (key) => unitKeys.has(key));
  inheritGroupRunners(doc, activities, mentions, bodyOf, (group) => restatedAt.get(group) ?? group.trigger.start);
  inheritGroupFunders(doc.raw, activities, mentions);
  return activities;
}

/** Right before an activity noun: it adds to ones just told ("five more", "two more", "another", "one more"). */
const MORE_OF_THE_SAME = /(?:\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few)\s+more|\banother)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** The last activity of the map placed in this passage or in one of the REFERENCE_REACH before it, in the same section. */
function lastPlacedBefore(lastPlaced: ReadonlyMap<number, GoldEvent>, passages: readonly Passage[], pi: number): GoldEvent | undefined {
  const section = passages[pi]!.section;
  for (let p = pi; p >= 0 && pi - p <= REFERENCE_REACH && passages[p]!.section === section; p--) {
    const placed = lastPlaced.get(p);
    if (placed) return placed;
  }
  return undefined;
}

/** Right after an activity noun: who ran it ("… organized by", ", hosted by", "co-sponsored by"). */
const RUN_BY_AFTER = /^\s*,?\s*(?:(?:jointly\s+|co-?)?organi[sz]ed|(?:co-?)?hosted|(?:co-?)?sponsored|convened|(?:co-?)?funded|financed|run|led|delivered|conducted|given)\s+(?:jointly\s+)?by\b/i;

/** How many activity words of one phrase share a place (a long run of them is no phrase, and would cost each of them the rest). */
const MAX_JOINED = 8;
const JOINED = /^\s*,?\s*(?:and|or|&)\s+(?:(?:an?|the)\s+)?$/;

/** Whether activity words k and k + 1 of a sentence are joined in one phrase: "assessment and training", "workshops, seminars and courses" (a comma only in a list that ends with "and" or "or"). */
function coordinated(view: string, triggers: readonly Trigger[], k: number): boolean {
  for (let j = k; triggers[j + 1] && j < k + MAX_JOINED; j++) {
    const gap = view.slice(triggers[j]!.end, triggers[j + 1]!.start);
    if (JOINED.test(gap)) return true;
    if (!/^\s*,\s*$/.test(gap)) return false;
  }
  return false;
}

/**
 * One activity told twice in one document, in places too far apart for a later mention to be
 * resolved: a newsletter's story and its events calendar, a report's narrative and its annex table.
 * Two single activities of the same kind on the same days (a date to the day) are one: the later
 * is dropped. Dates to the month or year are shared by different activities too often to tell.
 */
function dropRetold(activities: Activity[], placedPassage: number[], tableRow: (passage: number) => boolean): void {
  const DAYS = /^\d{4}-\d{2}-\d{2}(?:\/\d{4}-\d{2}-\d{2})?$/;
  const single: GoldEvent[] = [];
  const earlier: GoldEvent[] = [];
  let kept = 0;
  for (let i = 0; i < activities.length; i++) {
    const g = activities[i]!.gold;
    const days = DAYS.test(g.date ?? '') && (g.count ?? 1) === 1 ? dateBounds(g.date!) : undefined;
    if (days && single.some((e) => e.kind === g.kind && sameDays(dateBounds(e.date!)!, days) && sharePlace(e, g))) continue;
    // a table that sums up activities the text told before ("Table 1: Courses held in 2025"): a row within an earlier
    // activity's (or group's) dates, at one of its places, is that activity again
    if (days && tableRow(placedPassage[i]!) && earlier.some((e) => e.kind === g.kind && e.date !== undefined && /\d{4}-\d{2}/.test(e.date) && containsDays(dateBounds(e.date), days) && (g.places?.length ? (e.places ?? []).some((p) => g.places!.includes(p)) : sharePlace(e, g)))) continue;
    // a row dated to the month ("National trainings (3) January–March Cambodia, …") within an earlier group of the same kind, in one of its countries
    const months = !days && g.date !== undefined && /^\d{4}-\d{2}/.test(g.date) ? dateBounds(g.date) : undefined;
    if (months && tableRow(placedPassage[i]!) && earlier.some((e) => e.kind === g.kind && e.date !== undefined && containsDays(dateBounds(e.date), months) && (e.countries ?? []).some((c) => (g.countries ?? []).includes(c)))) continue;
    earlier.push(g);
    if (days) single.push(g);
    activities[kept] = activities[i]!;
    placedPassage[kept] = placedPassage[i]!;
    kept++;
  }
  activities.length = kept;
  placedPassage.length = kept;
}

/** A row of a table whose column gaps were closed (PDF text): a header row of column labels above it, with no blank line between. */
function underColumnHeader(view: string, start: number): boolean {
  // back line by line to the blank line above, at most as far as the segmenter looks (60 lines): a text
  // with no blank lines (one paragraph a line) is not read back to its start for every activity
  let end = start;
  for (let k = 0; k < 60 && end > 0; k++) {
    const from = view.lastIndexOf('\n', end - 1) + 1;
    const line = view.slice(from, end).trim();
    if (k > 0 && line === '') return false;
    if (COLUMN_HEADER.test(line)) return true;
    end = from - 1;
  }
  return false;
}

/** Whether the outer span (if any) holds every day of the inner one. */
const containsDays = (outer: [string, string] | undefined, inner: [string, string]) => outer !== undefined && outer[0] <= inner[0] && inner[1] <= outer[1];
/**
 * The same days: equal spans, or one day within the other's span (a story may date an activity by its last day
 * only). Two different spans of several days each are two activities (a five-day course within a three-week online one).
 */
const sameDays = (a: [string, string], b: [string, string]) =>
  (a[0] === b[0] && a[1] === b[1]) || (b[0] === b[1] && a[0] <= b[0] && b[1] <= a[1]) || (a[0] === a[1] && b[0] <= a[0] && a[1] <= b[1]);
/** Both name where it took place and the places share no country: two activities. */
const sharePlace = (a: GoldEvent, b: GoldEvent) => !a.countries?.length || !b.countries?.length || a.countries.some((c) => b.countries!.includes(c));

/**
 * "the World Congress of the World Federation of Therapeutic Communities": a congress, conference or
 * meeting of a named body, titled, is that body's activity even where a name around it was taken
 * for an organization.
 */
function meetingOfBody(view: string, trigger: Trigger): boolean {
  const head = trigger.tokens.find((t) => t.start === trigger.headStart);
  return trigger.titled && head !== undefined && /^(?:Congress|Conference|Meeting|Summit|Session)$/.test(head.text) && /^\s+of\s+the\s+\p{Lu}/u.test(view.slice(head.end, head.end + 12));
}

/** Activity words that name a topic or a venue as often as an activity ("police training", "the primary hemispheric forum"). */
const weak = (t: Trigger) => !t.titled && (t.kind === 'forum' || t.kind === 'other' || !t.countable);
const EVENT_VERB = /\b(?:held|hosted|organi[sz]ed|conducted|convened|took place|launched|offer(?:s|ed)?|provided|delivered|attend(?:ed)?|carried out|co-sponsored|financed|funded|supported|for (?:some |about |approximately )?\d)/i;
const evidenced = (sentence: string, slots: { date?: string; places?: string[]; countries?: string[]; participants?: number }) =>
  slots.date !== undefined || slots.places !== undefined || slots.countries !== undefined || slots.participants !== undefined || EVENT_VERB.test(sentence);

/** Where the clause that introduces an activity ends, for its status ("… at its 40th session in … (November 2007) and will be published"). */
function clauseEnd(view: string, own: Range): number {
  const m = /;|,\s+(?:and|with|while|which|where|but|whereas)\b|\)\s+and\b/.exec(view.slice(own.start, own.end));
  return m ? own.start + m.index : own.end;
}

/** Around a year in a heading that frames its section with it: "Activities planned for 2026", "Training in 2025", "2025 activities". */
const FRAMES_YEAR_BEFORE = /\b(?:in|for|during|throughout)\s+$/i;
const FRAMES_YEAR_AFTER = /^\s+(?:activities|events|courses|meetings|missions|training|workshops)\b/i;

/** The year the activity's own section heading (not the title block) frames, read from the date mentions of the heading. */
function headingYear(doc: Doc, section: number, byBlock: ReadonlyMap<number, readonly Mention[]>): string | undefined {
  const sec = doc.sections[section];
  if (!sec || doc.blocks[sec.block]?.titleBlock) return undefined;
  for (const m of byBlock.get(sec.block) ?? []) {
    if (m.type !== 'date' || !/^\d{4}$/.test(String(m.value))) continue;
    if (FRAMES_YEAR_BEFORE.test(doc.raw.slice(Math.max(0, m.start - 12), m.start)) || FRAMES_YEAR_AFTER.test(doc.raw.slice(m.end, m.end + 16))) return String(m.value);
  }
  return undefined;
}

/** The headings of a section and of the sections it stands in, innermost first. */
function headingsAbove(doc: Doc, section: number): string[] {
  const out: string[] = [];
  for (let s = section, guard = 0; s >= 0 && guard < 64; s = doc.sections[s]?.parent ?? -1, guard++) {
    const sec = doc.sections[s];
    if (!sec) break;
    out.push(doc.view.text.slice(sec.headingStart, sec.headingEnd));
  }
  return out;
}

/** The year a report is about: its period's end, else the year its dates name most often. */
function yearOfReport(mentions: readonly Mention[], period: Period | undefined): number | undefined {
  if (period) return Number(period.end.slice(0, 4));
  const tally = new Map<number, number>();
  for (const m of mentions) if (m.type === 'date') { const y = Number(String(m.value).slice(0, 4)); tally.set(y, (tally.get(y) ?? 0) + 1); }
  return [...tally].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * A sentence ending in a colon and followed by bullets is their lead: its own triggers ("the DPS
 * delivered six courses:") give way to the bullets when any bullet names an activity, and it lends
 * the bullets its context (date, status).
 */
/** A lead sentence that gives a group's total: "a total of", "in all", or a count of people. */
const LEAD_TOTAL = /\b(?:a\s+total\s+of|in\s+all|in\s+total|altogether)\b|\b\d[\d,]*\s+(?:[\p{L}-]+\s+){0,2}?(?:participants|officials|officers|trainees|people|persons|staff|experts|inspectors|students|attendees)\b/iu;

function dropLeads(view: string, passages: Passage[], perPassage: Found[][], tables: ReadonlyMap<number, TableRole> | undefined): Map<number, { passage: number; sentence: Sentence }> {
  const leads = new Map<number, { passage: number; sentence: Sentence }>();
  passages.forEach((p, pi) => {
    const last = p.sentences.at(-1);
    if (!last || !view.slice(last.start, last.end).trimEnd().endsWith(':')) return;
    const bullets: number[] = [];
    for (let j = pi + 1; j < passages.length && passages[j]!.bullet; j++) bullets.push(j);
    // a table of the activities under the lead is as its bullets: its rows after the header
    if (bullets.length === 0 && tables?.get(pi + 1)?.header) for (let j = pi + 2; j < passages.length && tables.has(j) && !tables.get(j)!.header; j++) bullets.push(j);
    if (bullets.length === 0) return;
    for (const b of bullets) leads.set(b, { passage: pi, sentence: last });
    // a lead that gives the group's total ("… ran three courses, with 71 participants in all:") is the group its items belong to (§4 part_of)
    if (bullets.some((b) => perPassage[b]!.length > 0) && !LEAD_TOTAL.test(view.slice(last.start, last.end))) {
      perPassage[pi] = perPassage[pi]!.filter((f) => f.sentence !== p.sentences.length - 1);
    }
  });
  return leads;
}

/** New activities in order; a later mention lends its sentence to the activity it refers to. */
function resolveReferences(view: string, passages: Passage[], perPassage: Found[][]): Found[] {
  const events: Found[] = [];
  // The latest activity by section and trigger words, for titled references; other references
  // reach back REFERENCE_REACH passages at most. Neither rescans every earlier activity (issue 21 §4).
  const titled = new Map<string, Found>();
  const titleKey = (section: number, t: Trigger) => `${section}\u0000${view.slice(t.start, t.end).toLowerCase().replace(/\s+/g, ' ')}`;
  perPassage.forEach((found, pi) => {
    const section = passages[pi]!.section;
    // An item's headline names its activity ("… document fraud seminar in Panama City"); the item's
    // text then introduces the same activity again, with "a" ("The Academy will hold a two-day
    // seminar …"): the first activity of the headline's kind after the headline is that activity.
    const headlineEnd = passages[pi]!.headlineEnd;
    const restated = new Set<Found>();
    for (const [k, f] of found.entries()) {
      if (headlineEnd !== undefined && f.trigger.start >= headlineEnd && f.trigger.reference === 'none' && !f.trigger.plural && !f.trigger.titled) {
        // ("REGIONAL WORKSHOP ON …" / "Twenty-seven inspectors … met in Port Louis from 2 to 6 February …": a verb of meeting in the item's first sentence tells the headline's activity of any kind)
        const met = f.trigger.rule === 'event/met-in' && f.sentence === passages[pi]!.sentences.findIndex((x) => x.end > headlineEnd);
        const named = found.find((h) => h.trigger.end <= headlineEnd && (h.trigger.kind === f.trigger.kind || met) && !h.trigger.plural && events.includes(h) && !restated.has(h));
        if (named) {
          restated.add(named);
          const s = passages[pi]!.sentences[f.sentence]!;
          const next = found.slice(k + 1).find((n) => n.sentence === f.sentence && n.trigger.start > f.trigger.start);
          named.refs.push({ start: s.start, end: next?.trigger.start ?? s.end });
          continue;
        }
      }
      if (f.headline && events.includes(f.headline)) {
        const s = passages[pi]!.sentences[f.sentence]!;
        f.headline.refs.push({ start: f.trigger.start, end: found[k + 1]?.sentence === f.sentence ? found[k + 1]!.trigger.start : s.end });
        f.headline.restatedBy ??= f.trigger;
        continue;
      }
      if (f.trigger.reference !== 'none' && !subsetOf(f.trigger) && !namedAsMember(view, passages[pi]!.sentences[f.sentence]!, f.trigger)) {
        const antecedent =
          f.trigger.reference === 'titled'
            ? titled.get(titleKey(section, f.trigger))
            : // "The meeting was attended by …" is the latest meeting's of its paragraph, before another kind of activity named in between
              // ("The annual session, attended by …" after "its annual session … and its second regular session": the one named with the same words first)
              (f.trigger.reference === 'demonstrative' || f.trigger.kind === 'other' ? undefined : latest(events, (e) => e.passage !== pi, (e) => e.trigger.kind === f.trigger.kind && sameWords(view, e.trigger, f.trigger)) ?? latest(events, (e) => e.passage !== pi, (e) => e.trigger.kind === f.trigger.kind)) ??
              latest(events, (e) => pi - e.passage > REFERENCE_REACH, (e) => passages[e.passage]!.section === section && refersTo(f, e, pi, view)) ??
              // "the postponed course on mixture interpretation": the earlier activity on that topic, however far back
              (f.trigger.reference === 'definite' ? topicAntecedent(view, f.trigger, events) : undefined) ??
              // "Recordings of all six sessions are online" after "ran six webinars": the earlier group of that count, whatever word names it
              sameCountGroup(f.trigger, events, pi, section, passages);
        // "six advisory missions … The mission to Ghana, from 2 to 4 July, …": a definite singular that singles one out of a group
        // reported before is that member's own introduction (§4, part_of), not a later mention of the group
        const singled = antecedent !== undefined && antecedent.trigger.plural && !f.trigger.plural && f.trigger.reference === 'definite' && SINGLED_OUT.test(view.slice(f.trigger.end, f.trigger.end + 40));
        if (singled) f.singledFrom = antecedent;
        // "Of these, the course in Lautoka, …, trained 24 … The course in Honiara in August …": a definite singular placed
        // where the single activity before it was not is another activity, not that one again
        const elsewhere = !singled && antecedent !== undefined && !antecedent.trigger.plural && placedElsewhere(view, f.trigger, antecedent, passages);
        if (antecedent && !singled && !elsewhere) {
          const s = passages[pi]!.sentences[f.sentence]!;
          // found is in order of sentence, then start: the next trigger of the sentence follows f.
          let next: Found | undefined;
          for (let j = k + 1; j < found.length && found[j]!.sentence === f.sentence; j++) {
            if (found[j]!.trigger.start > f.trigger.start) {
              next = found[j];
              break;
            }
          }
          // from the reference itself when an activity is named before it in the sentence: the text before is that one's
          // ("A workshop in Vilnius in June … prepared the UN meetings")
          let from = s.start;
          for (let j = k - 1; j >= 0 && found[j]!.sentence === f.sentence; j--) {
            if (found[j]!.trigger.end <= f.trigger.start) {
              from = f.trigger.start;
              break;
            }
          }
          // up to the next activity, or to where the clause that leads to it begins ("…, and B will host a second exercise")
          const end = next ? (newClauseStart(view, f.trigger.end, next.trigger.start) ?? next.trigger.start) : s.end;
          // "Since 2023 the course has trained 118 professionals": a later mention that sums several years lends nothing
          if (!multiYear(view.slice(s.start, s.end))) antecedent.refs.push({ start: from, end });
          continue;
        }
        if (f.trigger.reference === 'demonstrative') continue;
      }
      // "The webinar series, run with USP, offered eight webinars": the series' webinars are the series again, with its count
      const series = seriesRestated(view, found, k);
      if (series && events.includes(series)) {
        series.refs.push({ start: f.trigger.start, end: found[k + 1]?.sentence === f.sentence ? found[k + 1]!.trigger.start : passages[pi]!.sentences[f.sentence]!.end });
        series.restatedBy ??= f.trigger;
        continue;
      }
      // "The mission to Ghana … was a joint mission with OHCHR": an activity of the kind said of the subject is the subject again
      const subject = restatedSubject(view, found, k, passages[pi]!.sentences[f.sentence]!);
      if (subject && events.includes(subject)) {
        subject.refs.push({ start: f.trigger.start, end: found[k + 1]?.sentence === f.sentence ? found[k + 1]!.trigger.start : passages[pi]!.sentences[f.sentence]!.end });
        continue;
      }
      events.push(f);
      titled.set(titleKey(section, f.trigger), f);
    }
  });
  return events;
}

/**
 * A newsletter story or a web page item opens with a headline that names its activity ("Container
 * profiling workshop brings together customs officers in Manzanillo"); the item's first sentence
 * then tells it again ("… took part in a workshop on container profiling", "Delegations … met on 8
 * and 9 June … for the second meeting"). A trigger of the headline's kind in that first sentence,
 * after the headline, is the same activity, not a new one (ANNOTATION.md §4: the trigger is where the
 * text first introduces it). Later sentences of the item go through the usual reference rules.
 */
function markHeadlineRepeats(doc: Doc, p: Passage, found: Found[]): void {
  const heading = doc.blocks[p.blocks[0]!];
  if (!p.headline || !heading || heading.kind !== 'heading' || p.blocks.length < 2) return;
  const inHeading = found.filter((f) => f.trigger.end <= heading.end);
  if (inHeading.length === 0) return;
  const sentence = inHeading[0]!.sentence;
  for (const f of found) {
    if (f.sentence !== sentence || f.trigger.start < heading.end) continue;
    const named = inHeading.find((h) => h.trigger.kind === f.trigger.kind);
    if (named) f.headline = named;
  }
}

/**
 * A sentence that says who took part in the activity before it: "Participants came from …", "It was
 * attended by officials of …", "More than 300 police officers attended.", "A total of 210 people were
 * trained.", "The 43 participants drafted …", "Some 35 participants, among them …", "Officers from
 * the X and Y attended", "It brought together 146 delegates from eight countries: …".
 */
const WHO_TOOK_PART = /\b(?:participants?|attendees|trainees|delegations?|representatives|officials|officers|experts)\s+(?:\w+\s+){0,3}(?:came|were|from|of|representing)\b|\b(?:attended|joined)\s+by\b|\btook\s+part\b|\bparticipated\b|\b(?:was|were)\s+represented\b|\battended\s*[.;]|\b(?:were|was|have\s+been|had\s+been)\s+trained\b|\b(?:(?:the|these|its|all)\s+\p{Ll}+(?:-\p{Ll}+)?|\d[\d,]*)\s+(?:\S+\s+)?(?:participants|attendees|trainees|graduates)\b|\b\w+s\s+from\s+(?:the\s+)?[A-Z][^.;]*?\b(?:attended|participated)\b|^\s*(?:it|they|the\s+[\p{L}-]+)\s+(?:(?:also|then)\s+)?(?:brought\s+together|gathered|drew|welcomed|assembled|reached|had|trained)\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?(?:\d[\d,]*|[\p{L}-]+)\s+(?:\S+\s+){0,2}?(?:participants|delegates|officials|officers|experts|representatives|people|persons|attendees|trainees|students|judges|prosecutors|agents|assistants|technicians|inspectors|analysts|staff|workers)\b/iu;

/** The body itself took part in something else ("It also took part in the World Water Week in Stockholm"): no one of this activity's participants. */
const BODY_TOOK_PART_IN = /^\s*(?:It|They|The\s+(?:Office|Unit|Secretariat|Committee|Commission|Department|Division|Programme|Program|Agency|Centre|Center|Section|Network|Council|Institute))\s+(?:(?:also|further|then|later|again)\s+)*(?:took\s+part|participated|was\s+represented)\s+(?:in|at)\b/;

/** A sentence's opening clause that says who took part and closes before the sentence goes on to another activity. */
const CLOSED_WHO_TOOK_PART = /^[^;]*\b(?:attended|took\s+part|participated|were\s+trained)\s*(?:[,;]\s*(?:and|while|whereas|but)?|\s+and)\s+[^,;]*$/i;

/**
 * A sentence that says, of the activity before it, who ran, funded or hosted it, without naming it:
 * "It was delivered with the support of INTERPOL.", "They were funded by the European Union.", "Two of them were
 * funded by the EU, one by UNODC …" (of a group: its funders), "Partners: UNEP and …"
 * (and the team that did the work, made up of another body's experts: "The team, which included experts of
 * the RSS and of IMPACS, …")
 * (a sentence that names it, "The workshop was …", is a reference and lends its whole text).
 */
/** "The Humboldt Institute provided the instructors.", "UNODC co-organized both.", "The Federal Police of Brazil hosted it.", "The CNTP helped prepare the programme of the visit.": a body names itself as running or backing the activity just told. */
const BODY_CREDITS_IT = /^\s*(?:The\s+)?(?:[A-Z][\w'’.&-]*\s+(?:(?:of|for|on|and|de|del)\s+(?:the\s+)?)?){1,10}(?:\([A-Z][\w/&-]{1,12}\)\s+)?(?:also\s+|jointly\s+)?(?:hosted|co-?hosted|organi[sz]ed|co-?organi[sz]ed|funded|co-?funded|financed|sponsored|co-?sponsored|supported|provided|delivered|taught|ran|helped\s+(?:to\s+)?(?:prepare|organi[sz]e|design|plan|run|deliver))\s+(?:it|them|both|all\s+(?:of\s+them|two|three|four|five)|the\s+(?:instructors|trainers|experts|venue|funding|course|courses|workshop|workshops|meeting|event|exercise|seminar|training|mission|visit)|the\s+(?:programme|program|agenda|content|curriculum)\s+(?:of|for)\s+the\s+(?:visit|course|workshop|meeting|seminar|training|mission|exercise|event)|(?:the|its|their|several|one|two|three|four|five|six|\d{1,2})\s+(?:[\w-]+\s+){0,2}(?:instructors|trainers|experts|facilitators|lecturers|specialists|mentors))\b/;

/** A sentence that names a group of activities back by a plural and says who ran or paid for them: "The activities were funded mainly by …". */
const GROUP_CREDITED = /^\s*(?:The|These|Those|All(?:\s+(?:the|these))?)\s+(?:activities|events|trainings|courses|workshops|seminars|meetings|sessions|missions|exercises)\s+(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:organi[sz]ed|co-?organi[sz]ed|hosted|co-?hosted|funded|co-?funded|financed|sponsored|co-?sponsored|delivered|co-?delivered|supported|run|conducted|made\s+possible|carried\s+out|implemented)\b/;

const CREDITS_IT = /^\s*(?:(?:The|Its|Their)\s+(?:(?:mission|assessment|training|expert|visiting|evaluation|review)\s+)?(?:team|teams|faculty|panel\s+of\s+trainers)\s*,?\s*(?:which\s+|that\s+)?(?:(?:was|were)\s+)?(?:included|comprised|was\s+made\s+up\s+of|consisted\s+of|brought\s+together|supported\s+by|assisted\s+by|joined\s+by|accompanied\s+by|reinforced\s+by)\s+(?:\w+\s+){0,3}?(?:experts|specialists|trainers|instructors|staff|officers|members)\s+(?:of|from)\b|(?:It|They|This|These|Both|All\s+of\s+them|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Some|Most|\d{1,2})\s+of\s+(?:them|these|those))\s+(?:was|were|had been|has been|is|are)\s+(?:\w+ly\s+)?(?:organi[sz]ed|co-?organi[sz]ed|hosted|co-?hosted|funded|co-?funded|financed|sponsored|co-?sponsored|delivered|co-?delivered|supported|run|conducted|given|taught|made possible|carried out|implemented)\b|(?:(?:Implementing|Technical|Financial|Main)\s+)?(?:Partners?|Co-?organi[sz]ers?|Organi[sz]ers?|Donors?|Sponsors?|Funded\s+by|Organi[sz]ed\s+(?:with|by)|In\s+partnership\s+with)\s*:)/;

/** A fragment that says who ran the item's activity, with no subject: "Organized by the DPS; hosted by EMPORNAC.", "In partnership with UNODC." */
const ITEM_CREDIT = /^\s*(?:(?:Jointly\s+)?(?:Co-?)?(?:[Oo]rgani[sz]ed|[Hh]osted|[Ss]ponsored|[Ff]unded|[Ff]inanced|[Ss]upported|[Cc]onvened|[Dd]elivered)\s+(?:jointly\s+)?(?:by|with)|In\s+(?:partnership|cooperation|collaboration)\s+with|With\s+(?:the\s+)?(?:support|funding|financing)\s+(?:of|from))\s/;

/**
 * The sentences after an activity's, in the same passage and up to the next activity, lend it their
 * countries when they say who took part ("Participants came from Chile, Peru and …"); a figure
 * there may split a total the activity's own sentence gave, so they lend nothing else. The sentence
 * right after its own (or its last reference) lends its organizations when it credits "it" (CREDITS_IT).
 */
function lendFollowingSentences(view: string, passages: Passage[], perPassage: Found[][], events: Found[]): void {
  // Each passage's activities filed by sentence once, not filtered per activity (issue 21 §4).
  const bySentence = new Map<string, Found[]>();
  perPassage.forEach((found, pi) => {
    for (const f of found) {
      const key = `${pi}:${f.sentence}`;
      const list = bySentence.get(key);
      if (list) list.push(f);
      else bySentence.set(key, [f]);
    }
  });
  for (const e of events) {
    const passage = passages[e.passage]!;
    // an item's headline activity: a fragment of its item that says who ran it ("Organized by X and Y; hosted by Z.") credits it wherever it stands
    if (passage.headlineEnd !== undefined && e.trigger.end <= passage.headlineEnd) {
      for (let i = e.sentence + 1; i < passage.sentences.length; i++) {
        const s = passage.sentences[i]!;
        if (ITEM_CREDIT.test(view.slice(s.start, s.end))) e.credit.push({ start: s.start, end: s.end });
      }
    }
    // the sentences after the activity's own, up to the one after the last that refers back to it
    let last = e.sentence;
    for (const r of e.refs) {
      const i = sentenceAt(passage.sentences, r.start);
      if (i > last) last = i;
    }
    for (let i = e.sentence + 1; i < passage.sentences.length; i++) {
      const next = passage.sentences[i]!;
      const own = bySentence.get(`${e.passage}:${i}`) ?? [];
      const fresh = own.find((f) => !refHolds(e.refs, f.trigger.start));
      if (fresh) {
        // a new activity; the clause before it may still speak of this one ("Twenty-six participants
        // attended, and a follow-up workshop …", "Twenty participants from A and B attended, and …")
        const before = view.slice(next.start, fresh.trigger.start);
        if ((before.length <= 400 && CLOSED_WHO_TOOK_PART.test(before)) || (i <= last + 1 && whoTookPartBefore(before, WHO_TOOK_PART))) e.lent.push({ start: next.start, end: fresh.trigger.start });
        break;
      }
      if (refStartsIn(e.refs, next.start, next.end)) continue;
      const text = view.slice(next.start, next.end);
      const lends = ((i <= last + 1 && WHO_TOOK_PART.test(text)) || saysWhereItTookPlace(text)) && !BODY_TOOK_PART_IN.test(text);
      if (lends) e.lent.push({ start: next.start, end: next.end });
      // "The activities were funded mainly by …": a plural that names the group back credits it from any later sentence of the passage
      const credits = (i === last + 1 && (CREDITS_IT.test(text) || BODY_CREDITS_IT.test(text))) || (e.trigger.plural && GROUP_CREDITED.test(text));
      if (credits) e.credit.push({ start: next.start, end: next.end });
      // a run of sentences that go on about it ("It was organized by …. Twenty-six officers … took part."): the next may too
      if ((lends || credits) && i === last + 1) last = i;
    }
  }
}

/** A date that opens a paragraph ("In 2007, …", "During the second half of 2007, …"), as a frame for its later sentences. */
const FRAME_BEFORE = /^\s*(?:\(?\d{1,3}[.)]\s+)?(?:(?:in|during|throughout|over|for)\s+(?:the\s+)?(?:course\s+of\s+)?(?:year\s+)?)?$/i;
function frameDate(view: string, passage: Passage, mentions: readonly Mention[], doc: Doc): Mention | undefined {
  // a paragraph's number ("13.") may stand as a sentence of its own
  const label = passage.sentences[0] && /^\s*\(?\d{1,3}[.)]\s*$/.test(view.slice(passage.sentences[0].start, passage.sentences[0].end));
  const firstSentence = passage.sentences[label ? 1 : 0];
  if (!firstSentence) return undefined;
  const rawStart = doc.view.toRaw(firstSentence.start, 'start');
  const rawEnd = doc.view.toRaw(firstSentence.end, 'end');
  for (const m of mentions) {
    if (m.type !== 'date' || m.start < rawStart || m.start >= rawEnd) continue;
    if (!FRAME_BEFORE.test(doc.raw.slice(rawStart, m.start))) return undefined;
    // a frame is a year, a half, a quarter or a month, followed by a comma: not a day of one activity
    // ("During 2025 the Secretariat …" frames without the comma: a year, half or quarter)
    if (/\d{4}-\d{2}-\d{2}/.test(String(m.value))) return undefined;
    if (!/^\s*,/.test(doc.raw.slice(m.end, m.end + 3)) && !/^\d{4}(?:-[QH]\d)?$/.test(String(m.value))) return undefined;
    return m;
  }
  return undefined;
}

/**
 * "One of these courses", "two of those workshops", "The first of these courses", "the last of the
 * nine workshops": a member of a group reported before, a new activity, not a later mention.
 */
function subsetOf(trigger: Trigger): boolean {
  const { tokens, first } = trigger;
  if (trigger.reference === 'demonstrative' && tokens[first - 2]?.lower === 'of' && countValue(tokens[first - 3]) !== null) return true;
  return memberByOrdinal(trigger);
}

/**
 * A definite plural with a count ("all six sessions", "the four events") names again the latest group of that count in
 * its section, within REFERENCE_REACH passages, whatever activity word the group was told with.
 */
function sameCountGroup(trigger: Trigger, events: readonly Found[], pi: number, section: number, passages: readonly Passage[]): Found | undefined {
  if (trigger.reference !== 'definite' || !trigger.plural) return undefined;
  const n = countOf(trigger);
  if (n === undefined || n < 2) return undefined;
  return latest(events, (e) => pi - e.passage > REFERENCE_REACH, (e) => passages[e.passage]!.section === section && e.trigger.plural && countOf(e.restatedBy && !countOf(e.trigger) ? e.restatedBy : e.trigger) === n);
}

/** "Among them, the course held in Santa Cruz …": one of a group reported before, a new activity (§4, part_of), not a later mention of the group. */
function namedAsMember(view: string, sentence: Sentence, trigger: Trigger): boolean {
  return trigger.reference === 'definite' && /^\s*(?:among\s+(?:them|these|those)|of\s+(?:these|them|those)|one\s+of\s+(?:them|these|those))\s*,?\s*the\s+(?:[\w-]+\s+){0,3}$/i.test(view.slice(sentence.start, trigger.start));
}

/**
 * The last item that satisfies `test`, searching from the end (without copying the list, as
 * reverse() would need) and stopping at the first item `beyond` the reach (items come in order).
 */
function latest<T>(items: readonly T[], beyond: (item: T) => boolean, test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    if (beyond(items[i]!)) return undefined;
    if (test(items[i]!)) return items[i];
  }
  return undefined;
}

/** A sentence that opens on the activity another one was held at: "On the margins of the …", "On the sidelines of …", "During the …". */
const HELD_AT_ANOTHER = /^\s*(?:(?:on|at)\s+the\s+(?:margins?|sidelines?|occasion)\s+of|during|in\s+the\s+(?:framework|context)\s+of)\s+(?:the\s+|its\s+|a\s+)?(?:[\p{L}\d-]+\s+){0,3}$/iu;

/** After a definite singular: the place or partner that singles it out of a group ("The mission to Ghana", "the workshop in Lima", "the course, held in …"). */
const SINGLED_OUT = /^(?:\s+(?:to|in|at|for)\s+(?:the\s+)?\p{Lu}|\s*,\s+(?:held|hosted|conducted|organi[sz]ed)\s+(?:in|at|by|on)\b)/u;

/** Between an activity and an indefinite one of its kind said of it: "The mission to Ghana, from 2 to 4 July 2025, was a joint". */
const COPULA_INDEFINITE = /^[^.;:]{0,120}?\b(?:was|is|were|will\s+be|became)\s+(?:also\s+)?(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** The earlier trigger of the sentence that an indefinite trigger of the same kind restates after a copula, if any. */
function restatedSubject(view: string, found: readonly Found[], k: number, sentence: Sentence): Found | undefined {
  const f = found[k]!;
  if (f.trigger.reference !== 'none' || f.trigger.plural) return undefined;
  for (let j = k - 1; j >= 0 && found[j]!.sentence === f.sentence; j--) {
    const g = found[j]!;
    if (g.trigger.end > f.trigger.start || g.trigger.start < sentence.start) continue;
    return g.trigger.kind === f.trigger.kind && !g.trigger.plural && COPULA_INDEFINITE.test(view.slice(g.trigger.end, f.trigger.start)) ? g : undefined;
  }
  return undefined;
}

/** Right after a definite trigger, the place it is told by: "The course in Honiara", "the mission to Quito". */
const PLACED_AT = /^\s+(?:in|to|at)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+)/u;

/** Whether `trigger` ("The course in Honiara") names a place that the sentence introducing the singular `antecedent` does not. */
function placedElsewhere(view: string, trigger: Trigger, antecedent: Found, passages: readonly Passage[]): boolean {
  if (trigger.plural) return false;
  const place = PLACED_AT.exec(view.slice(trigger.end, trigger.end + 40))?.[1];
  if (!place) return false;
  const s = passages[antecedent.passage]?.sentences[antecedent.sentence];
  return s !== undefined && !view.slice(s.start, s.end).includes(place);
}

/** Between a series and what it held: "…, run with USP, offered", "comprised", "consisted of". */
const SERIES_HELD = /^[^.;:]{0,80}?\b(?:offered|comprised|included|consisted\s+of|featured|held|ran|delivered|had)\s+(?:[\w-]+\s+){0,2}$/i;

/** The series named earlier in the sentence whose activities this plural trigger of its kind counts ("… series … offered eight webinars"), if any. */
function seriesRestated(view: string, found: readonly Found[], k: number): Found | undefined {
  const f = found[k]!;
  if (f.trigger.reference !== 'none' || !f.trigger.plural) return undefined;
  const g = found[k - 1];
  if (!g || g.sentence !== f.sentence || g.trigger.end > f.trigger.start || g.trigger.kind !== f.trigger.kind) return undefined;
  if (!/\bseries$/i.test(view.slice(g.trigger.start, g.trigger.end))) return undefined;
  return SERIES_HELD.test(view.slice(g.trigger.end, f.trigger.start)) ? g : undefined;
}

/** Whether two triggers are written with the same words, case and spacing aside ("annual session" / "The annual session"). */
const sameWords = (view: string, a: Trigger, b: Trigger): boolean =>
  view.slice(a.start, a.end).toLowerCase().replace(/\s+/g, ' ') === view.slice(b.start, b.end).toLowerCase().replace(/\s+/g, ' ');

/** Whether a later mention `f` (in passage `pi`) can refer to the activity `e`. */
function refersTo(f: Found, e: Found, pi: number, view: string): boolean {
  const norm = (t: Trigger) => view.slice(t.start, t.end).toLowerCase().replace(/\s+/g, ' ');
  switch (f.trigger.reference) {
    case 'titled':
      return norm(e.trigger) === norm(f.trigger);
    case 'demonstrative':
      return pi - e.passage <= REFERENCE_REACH;
    default:
      return pi - e.passage <= REFERENCE_REACH && (e.trigger.kind === f.trigger.kind || f.trigger.kind === 'other' || pi === e.passage);
  }
}

/** A paragraph whose first sentence names a program: "Under the five training projects of the Airport Security Program, …". */
function opensProgram(view: string, passage: Passage | undefined): boolean {
  const first = passage?.sentences[0];
  return first !== undefined && /\b(?:\p{Lu}[\p{L}’'-]*\s+(?:(?:and|of|for|on)\s+)?){1,6}(?:Program|Programme)\b/u.test(view.slice(first.start, first.end));
}

/**
 * A passage right after a cited article of a declaration ("Article 15: We reaffirm …"): a report that
 * follows a declaration's articles turns to the next article's topic there.
 */
function followsArticle(doc: Doc, passages: readonly Passage[], pi: number): boolean {
  const first = passages[pi]?.blocks[0];
  if (first === undefined) return false;
  const previousLast = pi > 0 ? passages[pi - 1]!.blocks.at(-1)! : -1;
  for (let b = previousLast + 1; b < first; b++) if (doc.blocks[b]?.kind === 'article') return true;
  return false;
}

/** The section headed by an annex's name ("Annex I", "ANNEX I. Training activities"), not one of a longer number ("Annex II"). */
function annexSection(doc: Doc, name: string): number | undefined {
  const [word, number] = name.split(/\s+/);
  const heading = new RegExp(`^\\s*${word}\\s+${number}(?![\\w])`, 'i');
  for (let i = doc.sections.length - 1; i >= 0; i--) {
    const s = doc.sections[i]!;
    if (heading.test(doc.view.text.slice(s.headingStart, s.headingEnd))) return i;
  }
  return undefined;
}

/** Whether a section is the overview that opens its parent ("1.1 Overview", "Introduction"). */
function isOverview(doc: Doc, section: number): boolean {
  const s = doc.sections[section];
  if (!s || s.parent < 0) return false;
  // the first subsection of its parent: sections are in document order, so it is the one right after the parent's
  if (section !== s.parent + 1) return false;
  return /\b(?:overview|introduction|summary|general|background|highlights)\b/i.test(doc.view.text.slice(s.headingStart, s.headingEnd));
}

function nextEventStart(events: Found[], e: Found): number | undefined {
  const next = events.find((x) => x.passage === e.passage && x.trigger.start > e.trigger.start && x.sentence > e.sentence);
  return next?.trigger.start;
}

function blockOf(passage: Passage, at: number, doc: Doc): number {
  return passage.blocks.find((b) => doc.blocks[b]!.start <= at && at < doc.blocks[b]!.end + 1) ?? passage.blocks[0]!;
}

/**
 * Whether `at` lies inside one of the mentions. Mentions that do not overlap and come in order (as
 * a passage's organizations do) are searched by halves, not one by one for every trigger.
 */
function insideAny(mentions: readonly Mention[], at: number, inOrder: boolean): boolean {
  if (!inOrder) return mentions.some((o) => o.start <= at && at < o.end);
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  const last = mentions[lo - 1];
  return last !== undefined && at < last.end;
}

/** Mentions in order of their starts, none overlapping the next. */
function inOrderApart(mentions: readonly Mention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i]!.start < mentions[i - 1]!.end) return false;
  return true;
}

/** Index of the sentence that holds `at` (sentences in order, apart), by binary search; -1 if none. */
function sentenceAt(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  const i = lo - 1;
  return i >= 0 && at < sentences[i]!.end ? i : -1;
}

/** Index of the first range starting at or after `at` (ranges in order of start). */
function firstStartingFrom(ranges: readonly Range[], at: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether one of an activity's references holds `at`. References are added in text order and do not
 * overlap, so only the last to start at or before `at` can: a binary search, where scanning them
 * all for every following sentence was quadratic for an activity referred to thousands of times.
 */
function refHolds(refs: readonly Range[], at: number): boolean {
  const i = firstStartingFrom(refs, at + 1) - 1;
  if (i >= 0 && at < refs[i]!.end) return true;
  // references out of order after all: the plain scan answers
  return !inOrder(refs) && refs.some((r) => r.start <= at && at < r.end);
}

/** Whether a reference starts in [start, end). */
function refStartsIn(refs: readonly Range[], start: number, end: number): boolean {
  if (!inOrder(refs)) return refs.some((r) => r.start >= start && r.start < end);
  const i = firstStartingFrom(refs, start);
  return i < refs.length && refs[i]!.start < end;
}

const orderChecked = new WeakMap<readonly Range[], { length: number; inOrder: boolean }>();
function inOrder(ranges: readonly Range[]): boolean {
  const had = orderChecked.get(ranges);
  if (had && had.length === ranges.length) return had.inOrder;
  let sorted = true;
  for (let i = 1; i < ranges.length && sorted; i++) if (ranges[i]!.start < ranges[i - 1]!.end) sorted = false;
  orderChecked.set(ranges, { length: ranges.length, inOrder: sorted });
  return sorted;
}
