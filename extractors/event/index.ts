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
import type { GoldEvent } from '../../pipeline/gold.js';
import type { Mention } from '../engine.js';
import type { Period } from '../types.js';
import { countOf } from './count.js';
import { dateContext, type InheritedDate } from './date-context.js';
import { assignGroups } from './groups.js';
import { passagesOf, type Passage, type Sentence } from './passages.js';
import { reportingBodies } from './reporting-body.js';
import { fillSlots, type Breakdown, type Range } from './slots.js';
import { statusOf } from './status.js';
import { namesProgramContent } from './not-activities.js';
import { notAnActivity } from './not-activity-senses.js';
import { findTriggers, type Trigger } from './triggers.js';

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
  const perPassage = passages.map((p, pi) => {
    const orgs = mentionsOf[pi]!.filter((m) => m.type === 'organization');
    const found: Found[] = [];
    p.sentences.forEach((s, si) => {
      for (const trigger of findTriggers(view, s.start, s.end)) {
        // an activity word inside a name ("Spanish Cooperation Training Center", "Assistance Mission for Mine Clearance") is not an activity
        const at = doc.view.toRaw(trigger.headStart, 'start');
        if (orgs.some((o) => o.start <= at && at < o.end)) continue;
        // the content or parts of a program ("a program of assessments", "comprises three projects: 1) …")
        if (namesProgramContent(view, s.start, trigger)) continue;
        // background, a breakdown of a total, a multi-year figure, another sense of the word, a negation
        if (notAnActivity(view, s.start, s.end, trigger)) continue;
        found.push({ trigger, passage: pi, sentence: si, refs: [], lent: [] });
      }
    });
    return found;
  });
  const leads = dropLeads(view, passages, perPassage);
  const events = resolveReferences(view, passages, perPassage);
  lendFollowingSentences(view, passages, perPassage, events);
  const bodyOf = reportingBodies(doc, mentions);
  const reportYear = yearOfReport(mentions, period);
  const context = dateContext(doc, mentions, period, reportYear);

  const activities = events.flatMap((e): Activity[] => {
    const passage = passages[e.passage]!;
    const sentence = passage.sentences[e.sentence]!;
    const inSentence: Trigger[] = [];
    for (const f of perPassage[e.passage]!) if (f.sentence === e.sentence) inSentence.push(f.trigger);
    const index = inSentence.indexOf(e.trigger);
    const ownEnd = inSentence[index + 1]?.start ?? sentence.end;
    const own: Range = { start: e.trigger.start, end: ownEnd };
    const left: Range = { start: inSentence[index - 1]?.end ?? sentence.start, end: e.trigger.start };
    const primary: Range[] = [own, ...e.refs];
    if (passage.bullet) primary.push({ start: sentence.end, end: nextEventStart(events, e) ?? passage.end });
    const prefix: Range[] = [];
    if (inSentence[0] && inSentence[0].start > sentence.start) prefix.push({ start: sentence.start, end: inSentence[0].start });
    const rest: Trigger[] = [];
    for (const t of inSentence) if (t !== e.trigger) rest.push(t);
    const others: Range[] = [];
    for (let i = 0; i < rest.length; i++) others.push({ start: rest[i]!.start, end: rest[i + 1]?.start ?? sentence.end });
    const lead = leads.get(e.passage);
    const count = countOf(e.trigger);
    const near = [...mentionsOf[e.passage]!, ...(lead ? mentionsOf[lead.passage]! : [])];
    const { breakdown, ...slots } = fillSlots(
      {
        raw: doc.raw,
        primary: allToRaw(primary),
        prefix: allToRaw(prefix),
        sentence: allToRaw(others),
        lead: lead ? toRaw(lead.sentence) : undefined,
        left: toRaw(left),
        trigger: toRaw(e.trigger),
        nextTrigger: inSentence[index + 1] ? toRaw(inSentence[index + 1]!).start : undefined,
        group: e.trigger.plural || (count ?? 1) > 1 || !e.trigger.countable,
        reportingBodies: bodyOf(passage.section),
        lent: allToRaw(e.lent),
      },
      near,
    );
    if (weak(e.trigger) && !evidenced(view.slice(sentence.start, sentence.end), slots)) return [];
    const year = Number(slots.date?.split('/').at(-1)?.slice(0, 4));
    // A named event from years before the report is background ("the Second Summit of the Americas, held
    // in … 1998"); an ordinary activity of an earlier year is still an activity ("in 2011 a workshop was held").
    if (e.trigger.titled && reportYear && year && year < reportYear - 2) return [];
    const clause = [...prefix, { start: own.start, end: clauseEnd(view, own) }, ...e.refs].map((r) => view.slice(r.start, r.end));
    const status = statusOf(clause, lead ? view.slice(lead.sentence.start, lead.sentence.end) : undefined, slots.date?.split('/')[0], period?.end);
    const span = spanFromView(doc, e.trigger.start, e.trigger.end);
    const gold: GoldEvent = {
      trigger: { start: span.start, end: span.end, text: span.text },
      kind: e.trigger.kind,
      status,
      ...(count !== undefined ? { count } : {}),
      ...slots,
      rule: e.trigger.rule,
    };
    const block = blockOf(passage, e.trigger.start, doc);
    const inherited = gold.date === undefined ? context.at(block, span.start) : undefined;
    return [{ gold, block, ...(breakdown ? { breakdown } : {}), ...(inherited ? { inherited } : {}) }];
  });
  assignGroups(doc.raw, activities.map((a) => ({ gold: a.gold, section: doc.blocks[a.block]?.section ?? -1 })), (s) => doc.sections[s]?.parent ?? -1, (s) => isOverview(doc, s));
  return activities;
}

/** Activity words that name a topic or a venue as often as an activity ("police training", "the primary hemispheric forum"). */
const weak = (t: Trigger) => !t.titled && (t.kind === 'forum' || t.kind === 'other' || !t.countable);
const EVENT_VERB = /(?:held|hosted|organi[sz]ed|conducted|convened|took place|launched|offer(?:s|ed)?|provided|delivered|attend(?:ed)?|carried out|co-sponsored|financed|funded|supported|for (?:some |about |approximately )?\d)/i;
const evidenced = (sentence: string, slots: { date?: string; places?: string[]; countries?: string[]; participants?: number }) =>
  slots.date !== undefined || slots.places !== undefined || slots.countries !== undefined || slots.participants !== undefined || EVENT_VERB.test(sentence);

/** Where the clause that introduces an activity ends, for its status ("… at its 40th session in … (November 2007) and will be published"). */
function clauseEnd(view: string, own: Range): number {
  const m = /;|,\s+(?:and|with|while|which|where|but|whereas)\b|\)\s+and\b/.exec(view.slice(own.start, own.end));
  return m ? own.start + m.index : own.end;
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
function dropLeads(view: string, passages: Passage[], perPassage: Found[][]): Map<number, { passage: number; sentence: Sentence }> {
  const leads = new Map<number, { passage: number; sentence: Sentence }>();
  passages.forEach((p, pi) => {
    const last = p.sentences.at(-1);
    if (!last || !view.slice(last.start, last.end).trimEnd().endsWith(':')) return;
    const bullets: number[] = [];
    for (let j = pi + 1; j < passages.length && passages[j]!.bullet; j++) bullets.push(j);
    if (bullets.length === 0) return;
    for (const b of bullets) leads.set(b, { passage: pi, sentence: last });
    if (bullets.some((b) => perPassage[b]!.length > 0)) {
      perPassage[pi] = perPassage[pi]!.filter((f) => f.sentence !== p.sentences.length - 1);
    }
  });
  return leads;
}

/** New activities in order; a later mention lends its sentence to the activity it refers to. */
function resolveReferences(view: string, passages: Passage[], perPassage: Found[][]): Found[] {
  const events: Found[] = [];
  perPassage.forEach((found, pi) => {
    const section = passages[pi]!.section;
    for (const f of found) {
      if (f.trigger.reference !== 'none') {
        const antecedent = latest(events, (e) => passages[e.passage]!.section === section && refersTo(f, e, pi, view));
        if (antecedent) {
          const s = passages[pi]!.sentences[f.sentence]!;
          const next = found.find((g) => g.sentence === f.sentence && g.trigger.start > f.trigger.start);
          antecedent.refs.push({ start: s.start, end: next?.trigger.start ?? s.end });
          continue;
        }
        if (f.trigger.reference === 'demonstrative') continue;
      }
      events.push(f);
    }
  });
  return events;
}

/** A sentence that says who took part in the activity before it: "Participants came from …", "It was attended by officials of …". */
const WHO_TOOK_PART = /\b(?:participants?|attendees|trainees|delegations?|representatives|officials|officers|experts)\s+(?:\w+\s+){0,3}(?:came|were|from|of|representing)\b|\b(?:attended|joined)\s+by\b|\btook\s+part\b|\bparticipated\b|\b(?:was|were)\s+represented\b/i;

/**
 * The sentences after an activity's, in the same passage and up to the next activity, lend it their
 * countries when they say who took part ("Participants came from Chile, Peru and …"); a figure
 * there may split a total the activity's own sentence gave, so they lend nothing else.
 */
function lendFollowingSentences(view: string, passages: Passage[], perPassage: Found[][], events: Found[]): void {
  for (const e of events) {
    const passage = passages[e.passage]!;
    // the sentences after the activity's own, up to the one after the last that refers back to it
    let last = e.sentence;
    for (const r of e.refs) {
      const i = passage.sentences.findIndex((s) => s.start <= r.start && r.start < s.end);
      if (i > last) last = i;
    }
    for (let i = e.sentence + 1; i <= last + 1 && i < passage.sentences.length; i++) {
      const next = passage.sentences[i]!;
      const own = perPassage[e.passage]!.filter((f) => f.sentence === i);
      if (own.some((f) => !e.refs.some((r) => r.start <= f.trigger.start && f.trigger.start < r.end))) break; // a new activity
      if (e.refs.some((r) => r.start >= next.start && r.start < next.end)) continue;
      if (WHO_TOOK_PART.test(view.slice(next.start, next.end))) e.lent.push({ start: next.start, end: next.end });
    }
  }
}

/** The last item that satisfies `test`, searching from the end (without copying the list, as reverse() would need). */
function latest<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return items[i];
  return undefined;
}

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

/** Whether a section is the overview that opens its parent ("1.1 Overview", "Introduction"). */
function isOverview(doc: Doc, section: number): boolean {
  const s = doc.sections[section];
  if (!s || s.parent < 0 || doc.sections.findIndex((x) => x.parent === s.parent) !== section) return false;
  return /\b(?:overview|introduction|summary|general|background|highlights)\b/i.test(doc.view.text.slice(s.headingStart, s.headingEnd));
}

function nextEventStart(events: Found[], e: Found): number | undefined {
  const next = events.find((x) => x.passage === e.passage && x.trigger.start > e.trigger.start && x.sentence > e.sentence);
  return next?.trigger.start;
}

function blockOf(passage: Passage, at: number, doc: Doc): number {
  return passage.blocks.find((b) => doc.blocks[b]!.start <= at && at < doc.blocks[b]!.end + 1) ?? passage.blocks[0]!;
}

