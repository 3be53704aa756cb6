/**
 * Group totals and their members (ANNOTATION.md §4, `part_of`): "In 2016 the Division delivered a
 * total of 38 training interventions, which reached 1,146 officers" is a group; the courses the
 * section then reports one by one are its members, and point to it, so that no view sums a total
 * with the activities it contains.
 *
 * A group is an activity whose clause gives a total: several activities with their participants
 * ("trained 57 analysts in four courses"), "a total of" / "in all", a count followed by "Among
 * them" / "Of these", or training given to a large number of people with no count (a program's
 * total). A member is a later activity, in a later sentence of the group's section or of a section
 * below it (a total in a part's overview subsection covers the part), not introduced as an addition
 * ("Besides these courses, …"), that fits the group: the same
 * kind (any training-like kind under a training group), a smaller count, and a date within the
 * group's when both have one. A total with no count (a program's) reaches a few paragraphs, and not
 * past one that opens on another named program or follows a cited article. A total that refers its activities to an annex ("All
 * six are listed in Annex I") covers the annex's activities too. The nearest fitting group before a member is its group; an activity
 * that is a group itself is top-level.
 */
import type { Doc } from '../../pipeline/document.js';
import type { GoldEvent } from '../../pipeline/gold.js';
import type { Mention } from '../engine.js';
import { dateBounds } from '../date/bounds.js';
import { HEADS } from './lexicon.js';

export interface Placed {
  gold: GoldEvent;
  /** Index of the section the activity stands in (-1 before any heading). */
  section: number;
  /** Index of the passage (paragraph or bullet) it stands in, and whether that is a bullet. */
  passage: number;
  bullet: boolean;
}

/** How many passages after it a total with no count of its own ("training for some 1,400 officers") reaches. */
const UNCOUNTED_REACH = 3;

const TOTAL_CUE = /\b(?:a\s+total\s+of|in\s+all|in\s+total|altogether|overall)\b/i;
const MEMBERS_CUE = /^\s*(?:among\s+(?:them|these|those)|of\s+(?:these|them|those)|these\s+included|they\s+included|one\s+of\s+(?:them|these))\b/i;
/**
 * A member's own sentence says it is one of a total told before ("Among them, an advisory mission …",
 * "Among them were the … session", "Another of those meetings, the … Forum"): the text places it in
 * the group (§4), whatever its kind's word, and a counted total it follows is a group though its own
 * sentence gave no cue.
 */
const SAID_MEMBER = /^\s*(?:among\s+(?:them|these|those)|one\s+of\s+(?:them|these|those)|another\s+of\s+(?:them|these|those))\b/i;
/** An activity added to a group, not one of it: "Besides these courses, a refresher course …". */
const ADDITION_CUE = /\b(?:besides|in\s+addition\s+to|apart\s+from|beyond|on\s+top\s+of|other\s+than)\s+(?:these|those|the|this|that)\b/i;
const TRAINING_LIKE = new Set(['training', 'course', 'workshop', 'seminar', 'exercise']);
/** A program's total with no count: training for this many people or more. */
const LARGE_TOTAL = 100;

export interface GroupContext {
  parentOf: (section: number) => number;
  isOverview: (section: number) => boolean;
  /** Whether a paragraph turns to another topic: it opens on another named program, or follows a cited article of a declaration. */
  opensProgram: (passage: number) => boolean;
  /** The section an annex reference names ("Annex I"), if the document has one. */
  annexSection: (name: string) => number | undefined;
}

/** "All six are listed in Annex I", "(see Annex II)": the total's activities are told in an annex too. */
const ANNEX_REF = /\b(?:listed|described|detailed|shown|set\s+out|given|presented|see)\s+(?:in\s+)?((?:Annex|Appendix)\s+[IVX\d]+)\b/i;

export function assignGroups(raw: string, events: readonly Placed[], context: GroupContext): void {
  const { parentOf, isOverview, opensProgram } = context;
  // A total in a part's overview subsection ("1.1 Overview") covers the part's later subsections.
  const scopeOf = (section: number): number => (section >= 0 && isOverview(section) && parentOf(section) >= 0 ? parentOf(section) : section);
  const inside = (section: number, root: number): boolean => {
    for (let s = section, guard = 0; guard < 64; s = parentOf(s), guard++) {
      if (s === root) return true;
      if (s < 0) return false;
    }
    return false;
  };
  const groups: Group[] = [];
  /** Counted activities that gave no total's cue: a later "Among them, …" in their section makes one a group. */
  const uncued: Group[] = [];
  for (const e of events) {
    const g = e.gold;
    const end = sentenceEnd(raw, g.trigger.end);
    const said = SAID_MEMBER.test(raw.slice(sentenceStart(raw, g.trigger.start), g.trigger.start));
    let group = nearestGroup(groups, e, inside, opensProgram, said);
    if (!group && said) {
      group = nearestGroup(uncued, e, inside, opensProgram, said);
      if (group) groups.push(group);
    }
    const open = group && g.trigger.start >= group.sentenceEnd ? group : undefined;
    // A total with a count opens a group; a count-less program total does so only outside an open one.
    // a total with a count of its own opens a group unless a counted group it fits is open (a sub-total of that one)
    const counted = (g.count ?? 0) >= 2;
    const member = open !== undefined && !ADDITION_CUE.test(raw.slice(sentenceStart(raw, g.trigger.start), g.trigger.start)) && (!counted || open.event.gold.count !== undefined);
    // a sub-total inside an open group ("three national workshops … 140 officials" under "37 workshops") is one of its members, not a group of its own
    if (!member && isGroup(raw, g, end, open === undefined)) {
      const annex = ANNEX_REF.exec(raw.slice(sentenceStart(raw, g.trigger.start), sentenceEnd(raw, end + 1)));
      const annexScope = annex ? context.annexSection(annex[1]!) : undefined;
      groups.push({ event: e, sentenceEnd: end, scope: scopeOf(e.section), ...(annexScope !== undefined ? { annex: annexScope } : {}) });
      continue;
    }
    if (member) g.part_of = open!.event.gold.trigger.start;
    else if (counted && !e.bullet) uncued.push({ event: e, sentenceEnd: end, scope: scopeOf(e.section) });
  }
}

interface Group {
  event: Placed;
  sentenceEnd: number;
  /** The section whose subtree the members stand in. */
  scope: number;
  /** An annex section the total refers its activities to. */
  annex?: number;
}

function nearestGroup(groups: readonly Group[], e: Placed, inside: (s: number, root: number) => boolean, opensProgram: (passage: number) => boolean, said = false): Group | undefined {
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i]!;
    if (!inside(e.section, group.scope) && !(group.annex !== undefined && inside(e.section, group.annex))) continue;
    // a bullet's total covers that bullet only (its siblings are activities of their own, §4)
    if (group.event.bullet && e.passage !== group.event.passage) continue;
    if (group.event.gold.count === undefined && e.passage - group.event.passage > UNCOUNTED_REACH) continue;
    // a program's total with no count ends where a paragraph turns to another program ("Under the five training
    // projects of the Airport Security Program, …")
    if (group.event.gold.count === undefined && turnsAway(group.event.passage, e.passage, opensProgram)) continue;
    if (fits(group.event.gold, e.gold, e.bullet, said)) return group;
  }
  return undefined;
}

function turnsAway(from: number, to: number, opensProgram: (passage: number) => boolean): boolean {
  for (let p = from + 1; p <= to; p++) if (opensProgram(p)) return true;
  return false;
}

function isGroup(raw: string, g: GoldEvent, end: number, mayBeProgramTotal: boolean): boolean {
  const start = sentenceStart(raw, g.trigger.start);
  const sentence = raw.slice(start, end);
  const count = g.count ?? 0;
  if (count >= 2 && (g.participants !== undefined || TOTAL_CUE.test(sentence) || MEMBERS_CUE.test(raw.slice(end, end + 40)))) return true;
  // (a training told by its verb, "CONADIC trained 1,250 teachers in Chihuahua", has a place or date of its own: one activity, not a program's total)
  return mayBeProgramTotal && g.count === undefined && TRAINING_LIKE.has(g.kind) && (g.participants ?? 0) >= LARGE_TOTAL && g.rule !== 'event/trained';
}

function fits(group: GoldEvent, member: GoldEvent, bullet = false, said = false): boolean {
  // a planned activity is not part of a total of held ones (unless its own date lies within the group's),
  // nor "additional courses" part of the courses counted
  if (group.status === 'held' && member.status === 'planned' && !within(group.date, member.date)) return false;
  // (a table row's cell is its topic: "New psychoactive substances" is a course on them, not a new course)
  if (member.rule !== 'event/table-row' && /^(?:additional|further|more|other|new)\b/i.test(member.trigger.text)) return false;
  // a total of activities of mixed kinds ("a total of 10 capacity-building activities") holds any kind
  if (!said && group.kind !== 'other' && member.kind !== group.kind && !(TRAINING_LIKE.has(group.kind) && group.kind === 'training' && TRAINING_LIKE.has(member.kind)) && !namesKind(group.trigger.text, member.kind) && !(bullet && trainingCourses(group, member))) return false;
  if (group.count !== undefined && member.count !== undefined && member.count >= group.count) return false;
  if (group.participants !== undefined && member.participants !== undefined && member.participants > group.participants) return false;
  if (group.date && member.date) {
    const gb = dateBounds(group.date);
    const mb = dateBounds(member.date);
    if (gb && mb && (mb[0] < gb[0] || mb[1] > gb[1])) return false;
  }
  return true;
}

/**
 * "14 training courses" over bullets holds a bullet's "Training on risk analysis, 8–12 May …" and
 * "Mobile training …": a listed training is one of the training courses, named by the modifier's
 * word. In running text a training stays apart ("… to attend training by the aviation agency").
 */
const trainingCourses = (group: GoldEvent, member: GoldEvent): boolean =>
  group.kind === 'course' && member.kind === 'training' && /\btraining\s+courses\b/i.test(group.trigger.text);

/** Whether a group's trigger names activities of this kind among its nouns ("courses and workshops" holds workshops). */
function namesKind(text: string, kind: string): boolean {
  // only the nouns joined by "and" count, not a modifier ("training courses" holds courses only)
  const parts = text.toLowerCase().split(/\s+and\s+/);
  return parts.length > 1 && parts.some((p) => HEADS.get(p.split(/\s+/).at(-1) ?? '')?.kind === kind);
}

/** Whether a date lies within another (both given). */
function within(outer: string | undefined, inner: string | undefined): boolean {
  if (!outer || !inner) return false;
  const o = dateBounds(outer);
  const i = dateBounds(inner);
  return o !== undefined && i !== undefined && i[0] >= o[0] && i[1] <= o[1];
}

/** Where the sentence around `at` starts and ends (a full stop, "!" or "?" followed by a space or line break, or a blank line). */
function sentenceStart(raw: string, at: number): number {
  const before = raw.slice(Math.max(0, at - 600), at);
  const m = /[\s\S]*(?:[.!?]["'”’)]?\s+|\n\s*\n)/.exec(before);
  return m ? at - before.length + m[0].length : Math.max(0, at - 600);
}

function sentenceEnd(raw: string, at: number): number {
  const m = /[.!?](?=["'”’)]?\s)|\n\s*\n/.exec(raw.slice(at, at + 1200));
  return m ? at + m.index + 1 : Math.min(raw.length, at + 1200);
}

/**
 * A member is run by the unit its group's total names as running the group ("In 2023 the Border
 * Management Unit delivered 14 courses … Among them:" over the courses): the unit's key goes to each
 * member that does not name it, as the reporting body does. Other bodies of the total (its funder, a
 * partner) stay with the total: a member names its own.
 */
export function inheritGroupUnits(events: readonly { gold: GoldEvent }[], isUnit: (key: string) => boolean): void {
  const byTrigger = new Map<number, GoldEvent>();
  for (const e of events) byTrigger.set(e.gold.trigger.start, e.gold);
  for (const { gold } of events) {
    const group = gold.part_of !== undefined ? byTrigger.get(gold.part_of) : undefined;
    const units = (group?.organizations ?? []).filter(isUnit);
    if (units.length === 0) continue;
    const own = gold.organizations ?? [];
    const added = units.filter((u) => !own.some((k) => k.toLowerCase() === u.toLowerCase()));
    if (added.length) gold.organizations = [...added, ...own];
  }
}

/** Between a body and the total of a group it ran, in one clause: "LLT ran a total of nine …", "the Trust (LLT) delivered 12 …". */
const RAN_TOTAL = /^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:also|then|has|have|had)\s+)?(?:ran|run|held|delivered|organi[sz]ed|conducted|gave|offered|carried out)\s+(?:a total of\s+)?(?:[\w-]+\s+){0,4}$/i;

/**
 * A group total whose sentence names the body that ran it as its subject ("In 2025 LLT ran a total of nine
 * courses … Among them:"): each member is that body's too, as inheritGroupUnits has it for a unit. When the
 * total is that body's and not the reporting body's, a member that does not name the reporting body is not
 * the reporting body's either: the bullets under it go on telling the runner's activities.
 */
export function inheritGroupRunners(
  doc: Doc,
  activities: readonly { gold: GoldEvent; block: number }[],
  mentions: readonly Mention[],
  bodyOf: (section: number) => readonly string[],
  totalAt: (group: GoldEvent) => number = (group) => group.trigger.start,
): void {
  if (!activities.some((a) => a.gold.part_of !== undefined)) return; // no members: no mention list to read
  const byTrigger = new Map<number, GoldEvent>();
  for (const a of activities) byTrigger.set(a.gold.trigger.start, a.gold);
  const orgs = mentions.filter((m) => m.type === 'organization');
  const runners = new Map<GoldEvent, string | undefined>();
  const runnerOf = (group: GoldEvent): string | undefined => {
    if (runners.has(group)) return runners.get(group);
    // (a headline's group is told with its total in its item's first sentence: "WEBINAR SERIES …" / "X and Y ran six webinars")
    const at = totalAt(group);
    let m: Mention | undefined;
    // read on the view: a page break between the body and its total ("… (UACP) ran" / page furniture / "six webinars") is no text of the clause
    for (const o of orgs) if (o.end <= at && at - o.end <= 200 && RAN_TOTAL.test(doc.view.text.slice(doc.view.fromRaw(o.end), doc.view.fromRaw(at)))) m = o;
    const key = m && (group.organizations ?? []).some((k) => k.toLowerCase() === String(m.value).toLowerCase()) ? String(m.value) : undefined;
    runners.set(group, key);
    return key;
  };
  for (const a of activities) {
    const group = a.gold.part_of !== undefined ? byTrigger.get(a.gold.part_of) : undefined;
    const runner = group && runnerOf(group);
    if (!group || !runner) continue;
    const own = a.gold.organizations ?? [];
    const block = doc.blocks[a.block];
    const text = block ? doc.raw.slice(doc.view.toRaw(block.start), doc.view.toRaw(block.end)) : '';
    const groupKeys = (group.organizations ?? []).map((k) => k.toLowerCase());
    const bodies = new Set(bodyOf(block?.section ?? -1).filter((b) => !groupKeys.includes(b.toLowerCase()) && !text.includes(b)).map((b) => b.toLowerCase()));
    const kept = own.filter((k) => !bodies.has(k.toLowerCase()));
    a.gold.organizations = kept.some((k) => k.toLowerCase() === runner.toLowerCase()) ? kept : [runner, ...kept];
  }
}

/** A total's clause that puts every one of its activities under a funder: "all of them financed by the EU", "each funded by …", "all of which were sponsored by …". */
const ALL_BACKED_BY = /\b(?:all\s+(?:of\s+)?(?:them|these|which|those|two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,2})|each\s+(?:of\s+(?:them|these|which))?|both\s+(?:of\s+)?(?:them|which))\s*,?\s+(?:(?:were|was|being|are)\s+)?(?:(?:co-?)?financed|funded|sponsored|supported|paid\s+for)\s+by\s+(?:the\s+)?$/i;
/** Between two bodies of one list of funders. */
const FUNDER_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/;

/**
 * A total whose sentence says every one of its activities had a funder ("In 2025 the Centre delivered five courses …, all of
 * them financed by the EU"): each member names that funder too, as the text says it of each (a funder of the total alone
 * stays with the total).
 */
export function inheritGroupFunders(raw: string, activities: readonly { gold: GoldEvent }[], mentions: readonly Mention[]): void {
  if (!activities.some((a) => a.gold.part_of !== undefined)) return;
  const byTrigger = new Map<number, GoldEvent>();
  for (const a of activities) byTrigger.set(a.gold.trigger.start, a.gold);
  const orgs = mentions.filter((m) => m.type === 'organization');
  const funders = new Map<GoldEvent, string[]>();
  const fundersOf = (group: GoldEvent): string[] => {
    const known = funders.get(group);
    if (known) return known;
    const from = group.trigger.end;
    let to = sentenceEnd(raw, from);
    // … or the sentence right after it, said of all its activities ("… four courses … . All four were funded by the EU.")
    const nextOpensOnAll = /^\s*(?:All|Each|Both)\b/.test(raw.slice(to, to + 12));
    if (nextOpensOnAll) to = sentenceEnd(raw, to + 1);
    const keys: string[] = [];
    let last = -1;
    for (const o of orgs) {
      if (o.start < from || o.end > to) continue;
      const before = raw.slice(from, o.start);
      if ((last < 0 && ALL_BACKED_BY.test(before)) || (last >= 0 && FUNDER_JOIN.test(raw.slice(last, o.start)))) {
        keys.push(String(o.value));
        last = o.end;
      } else if (last >= 0) break;
    }
    // only a funder the total itself names, or the sentence after it says of all its activities (then the total's too)
    if (nextOpensOnAll) for (const k of keys) if (!(group.organizations ?? []).some((g) => g.toLowerCase() === k.toLowerCase())) group.organizations = [...(group.organizations ?? []), k];
    const own = keys.filter((k) => (group.organizations ?? []).some((g) => g.toLowerCase() === k.toLowerCase()));
    funders.set(group, own);
    return own;
  };
  for (const a of activities) {
    const group = a.gold.part_of !== undefined ? byTrigger.get(a.gold.part_of) : undefined;
    const keys = group ? fundersOf(group) : [];
    if (keys.length === 0) continue;
    const own = a.gold.organizations ?? [];
    const added = keys.filter((k) => !own.some((o) => o.toLowerCase() === k.toLowerCase()));
    if (added.length) a.gold.organizations = [...own, ...added];
  }
}
