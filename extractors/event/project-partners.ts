/**
 * The partners of a project an activity's sentence names back (ANNOTATION.md §4 `organizations`: the bodies that
 * organized, hosted, funded, delivered or co-sponsored it). A report often brings in a project once, with who backs
 * it, and tells its activities in later sentences that only say "the project":
 *
 *   "With funding from the Nordic Fund and the University of Oslo, the Unit began a project on coastal patrols.
 *    Under the project, two workshops were held in Accra."
 *
 * The workshops are the project's, so the fund and the university backed them. The partners are read from the
 * nearest earlier sentence of the same paragraph that names bodies with a word of backing ("with funding from",
 * "financed by", "in partnership with"); a list's items look back from their lead ("… fieldwork under this project
 * in three areas, including:"). All offsets are view offsets.
 */
import type { Passage, Sentence } from './passages.js';
import type { Range } from './slots.js';

/** "the project", "this programme", "that initiative", "the pilot project": a project named back, not a project's own name ("the Coastal Program"). */
const PROJECT_BACK = /\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:[a-z][a-z-]+\s+)?(?:project|program|programme|initiative)\b/;

/** Words that bring bodies in as backers: "with (technical and financial) assistance from", "funded by", "jointly with", "thanks to a grant from". */
const PARTNER_CUE = /\b(?:with\s+(?:the\s+)?(?:(?:technical|financial|logistical|generous)\s+(?:and\s+(?:technical|financial|logistical)\s+)?)?(?:support|funding|assistance|backing|contributions?|sponsorship)\s+(?:of|from)|(?:funded|financed|sponsored|co-?funded|co-?financed|supported)\s+by|(?:jointly|together)\s+with|in\s+(?:partnership|cooperation|collaboration|association)\s+with|thanks\s+to\s+(?:a\s+|the\s+)?(?:contributions?|funding|grants?|support)\s+(?:of|from))\s+/gi;

/** Where the bodies a cue brings in end: a clause's punctuation outside brackets, or a relative clause. */
const NAMES_END = /[,;:.](?=\s|$)|\s(?:that|which|who|whose|to)\s/g;
const MAX_NAMES = 200;

/** The stretches of a sentence that name its backers: from each cue to the end of the names it brings in. */
export function partnerRanges(view: string, s: Sentence): Range[] {
  const text = view.slice(s.start, s.end);
  const out: Range[] = [];
  for (const cue of text.matchAll(PARTNER_CUE)) {
    const from = cue.index + cue[0].length;
    const end = namesEnd(text, from);
    if (end > from) out.push({ start: s.start + from, end: s.start + end });
  }
  return out;
}

function namesEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_NAMES);
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      NAMES_END.lastIndex = i;
      const m = NAMES_END.exec(text);
      if (m && m.index === i) return i;
    }
  }
  return limit;
}

/** Does the text name a project back? */
export const namesProjectBack = (text: string): boolean => PROJECT_BACK.test(text);

/**
 * The backers of the project an activity's sentence (or its list's lead) names back: the partner stretches of the
 * nearest earlier sentence of that paragraph that has any; none when nothing names a project back.
 */
export function projectPartners(view: string, passages: readonly Passage[], at: { passage: number; sentence: number }, lead?: { passage: number; sentence: Sentence }): Range[] {
  const own = passages[at.passage]!.sentences[at.sentence]!;
  if (namesProjectBack(view.slice(own.start, own.end))) return nearestBefore(view, passages[at.passage]!, at.sentence);
  if (lead && namesProjectBack(view.slice(lead.sentence.start, lead.sentence.end))) {
    const p = passages[lead.passage]!;
    const i = p.sentences.indexOf(lead.sentence);
    if (i < 0) return [];
    // the lead itself may name the backers ("Under this project, funded by X, the Unit ran:")
    const own = partnerRanges(view, lead.sentence);
    return own.length > 0 ? own : nearestBefore(view, p, i);
  }
  return [];
}

/** How many sentences back a project's backers may be named. */
const MAX_BACK = 12;

/** A project's word, in a name ("the Port Security Program") or not ("a pilot project"). */
const PROJECT_WORD = /\b(?:project|program|programme|initiative)s?\b/gi;

/**
 * The backers named where the project was brought in: the nearest earlier sentence that speaks of a project other than by
 * naming one back ("… began a pilot project", "… pursued activities under the X program"), or the sentence right before,
 * which may bring in the work without the word ("With funding from X, the Unit has been working with …. In 2030 the
 * project …"). A sentence that brings in a project with no backer ends the search: a backer of another activity further
 * back is not the project's.
 */
function nearestBefore(view: string, p: Passage, sentence: number): Range[] {
  // a few sentences back at most: a report on one long line is one passage, and each mention of "the project" would read it all again
  for (let i = sentence - 1; i >= 0 && sentence - i <= MAX_BACK; i--) {
    const s = p.sentences[i]!;
    const text = view.slice(s.start, s.end);
    if (bringsInProject(text)) return partnerRanges(view, s);
    if (i === sentence - 1) {
      const ranges = partnerRanges(view, s);
      if (ranges.length > 0) return ranges;
    }
  }
  return [];
}

/** Whether the sentence speaks of a project otherwise than by naming one back ("the project", "that program"). */
function bringsInProject(text: string): boolean {
  for (const m of text.matchAll(PROJECT_WORD)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index + m[0].length);
    if (!PROJECT_BACK_AT_END.test(before)) return true;
  }
  return false;
}
const PROJECT_BACK_AT_END = new RegExp(`(?:${PROJECT_BACK.source})$`);
