/**
 * Status (ANNOTATION.md §4): `planned` when the text says the activity will happen, is planned,
 * expected or scheduled, or when its date lies after the report's period; else `held`.
 */
import { pointBounds } from '../date/bounds.js';
import { HEADS, PLANNED } from './lexicon.js';

export type Status = 'held' | 'planned';

/**
 * `clause`: the pieces of text that introduce the activity (what precedes it in its sentence, its
 * own clause, later sentences about it), each read on its own; `lead`: the sentence a bullet hangs from;
 * `headings`: the headings the activity stands under, innermost first.
 */
export function statusOf(clause: readonly string[], lead: string | undefined, dateStart: string | undefined, periodEnd: string | undefined, headings: readonly string[] = []): Status {
  if (clause.some(saysPlanned)) return 'planned';
  if (lead !== undefined && saysPlanned(lead) && !clause.some((c) => PAST.test(c))) return 'planned';
  if (dateStart && periodEnd && afterPeriod(dateStart, periodEnd)) return 'planned';
  // under a heading of things to come ("Upcoming events", "Outlook", "Activities planned for 2026"), unless the text says it took place
  if (underUpcoming(headings) && !clause.some((c) => TOOK_PLACE.test(c))) return 'planned';
  return 'held';
}

/** `headings`: the activity's section heading and those above it, innermost first; "Past events" ends what an outer "Upcoming events" announced. */
function underUpcoming(headings: readonly string[]): boolean {
  for (const heading of headings) {
    if (PAST_HEADING.test(heading)) return false;
    const upcoming = UPCOMING_HEADING.exec(heading);
    // "Assistance delivered in 2024 and activities planned for 2025", "Results and next steps": the plans are
    // only the heading's second subject, so what stands under it is not all to come
    if (upcoming) return !ALSO_DONE.test(heading.slice(0, upcoming.index));
  }
  return false;
}

/** What a heading names before "and" its plans: something else besides them ("… delivered in 2024 and activities planned …"). */
const ALSO_DONE = /\S\s*(?:,\s*)?(?:\band|&)\s+(?:(?:the|its|our)\s+)?$/i;


/** Words that say the activity took place; said just before a "will" they win ("A workshop held in June will allow …"). */
const HELD = /\b(?:took place|held|conducted|organi[sz]ed|hosted|convened|trained|delivered|carried out|attended)\b/i;
/** A bullet in the past under a lead that announces plans is no plan. */
const PAST = /\b(?:was|were|has been|have been|took place|held on)\b/i;

/**
 * A future or a plan in a relative clause speaks of something else ("for 28 officials who will take
 * part in the evaluations", "officers of units that manage and plan the use of resources").
 */
const RELATIVE_FUTURE = /\b(?:who|which|that|whose\s+\w+)\s+(?:will|shall|(?:\w+\s+(?:and|or)\s+)?plans?)\b[^,.;]*/gi;

/** A plan that is a document ("approved the work plan for 2026", "the action plan for the basin"), not a plan to hold something. */
const PLAN_DOCUMENT = /\b(?:work|action|strategic|operational|annual|management|implementation|business|investment|procurement|budget|response|contingency|master)\s+plans?\b/gi;

/**
 * A later sentence whose subject is what the activity produced ("The recommendations of the mission, which
 * were accepted …, will be applied …", "Its findings will feed …"): its future is the outcome's, not the activity's.
 */
const OUTCOME = String.raw`(?:\w+\s+)?(?:recommendations?|results?|findings?|conclusions?|outcomes?|proposals?|lessons|reports?|follow-up)`;
const ACTIVITY_WORD = String.raw`(?:${[...HEADS.keys()].join('|')})`;
const OUTCOME_SUBJECT = new RegExp(String.raw`^\s*(?:(?:its|their)\s+${OUTCOME}|the\s+${OUTCOME}\s+of\s+(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?${ACTIVITY_WORD})\b`, 'i');
/** An activity word past the subject: the future may be that activity's ("… will be presented at a seminar in May"). */
const ACTIVITY_AFTER = new RegExp(String.raw`\b${ACTIVITY_WORD}\b`, 'gi');

function outcomeOnly(whole: string): boolean {
  // a whole later sentence only: the words before an activity in its own sentence ("The results … will be presented at a") end on no stop
  if (!/[.!?]["'”’)]?\s*$/.test(whole)) return false;
  const m = OUTCOME_SUBJECT.exec(whole);
  if (!m) return false;
  ACTIVITY_AFTER.lastIndex = m.index + m[0].length;
  return !ACTIVITY_AFTER.test(whole);
}

function saysPlanned(whole: string): boolean {
  if (outcomeOnly(whole)) return false;
  const blanked = whole.includes('plan') ? whole.replace(PLAN_DOCUMENT, (m) => ' '.repeat(m.length)) : whole;
  const text = blanked.includes('will') || blanked.includes('shall') || blanked.includes('plan') ? blanked.replace(RELATIVE_FUTURE, (m) => ' '.repeat(m.length)) : blanked;
  const planned = PLANNED.exec(text);
  if (!planned) return false;
  // A "held" close before the cue describes the same activity as past ("held in June 2014 will allow").
  const window = text.slice(Math.max(0, planned.index - 60), planned.index);
  const held = HELD.exec(window);
  return !(held && !/\b(?:to be|will be)\s*$/i.test(window.slice(0, held.index)));
}

/** The date starts after the period's last day ('2014-H1' is inside a 2014 period; '2015-03' after it). */
function afterPeriod(dateStart: string, periodEnd: string): boolean {
  const start = pointBounds(dateStart)?.[0];
  const end = pointBounds(periodEnd)?.[1];
  return start !== undefined && end !== undefined && start > end;
}

/** A heading of things to come. */
const UPCOMING_HEADING = /\b(?:upcoming|forthcoming|coming\s+up|future\s+(?:events|activities)|(?:events|activities)\s+planned|planned\s+(?:events|activities)|outlook|next\s+steps|plans?\s+for\s+(?:19|20)\d\d|priorities\s+for\s+(?:19|20)\d\d|work\s+plan)\b/i;
/** A heading of things done: "Past events", "Recent activities", "Archive". */
const PAST_HEADING = /\b(?:past|previous|recent|completed|earlier)\s+(?:events|activities|meetings|courses)\b|\barchive\b/i;
/** Words that say an activity took place. */
const TOOK_PLACE = /\b(?:took place|was held|were held|was conducted|were conducted|was organi[sz]ed|were organi[sz]ed|was attended|were attended|held on|completed|ended|closed|trained)\b/i;
