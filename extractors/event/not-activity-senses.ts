/**
 * Activity words in sentences that do not report an activity of the period (issue 16, classes 2 and
 * 7). Each test reads the trigger's sentence around it; each is one class, named in `reason`:
 * - background: a meeting cited as the source of a mandate ("as agreed at the Second Meeting of
 *   Ministers", "was decided by the Council at its last session", "the Work Plan adopted by the
 *   member States at the Twelfth Regular Session"), a governing body's session where a report was
 *   considered or is due, a source cited ("Source: …, Sixty-ninth session");
 * - a breakdown: a clause that splits a total already given ("768 received awareness training", "The
 *   remaining four were national refresher sessions");
 * - a multi-year figure: a total since or over several years ("since 2009, some 2,000 officials
 *   were trained in 45 courses"), no activity of the report's period;
 * - another sense: "major events" (what a security program protects), a legislature ("the
 *   national Congress", "the Congresses of the member states");
 * - negated: "training could not be provided", "no workshop was held", "the course … was cancelled";
 * - purpose: an activity named as the aim of another act ("with a view to providing police training").
 */
import type { Trigger } from './triggers.js';
import { cellsOfLine } from '../text/cells.js';

const BACKGROUND_BEFORE = /\b(?:(?:as|was|were|had\s+been)\s+(?:agreed|decided|mandated|requested|recommended|established|adopted|instructed|called\s+for)\s+(?:\w+\s+){0,2}|(?:plan|programme|program|mandate|resolution|declaration|strategy|decision|agenda|guidelines)s?\s+(?:[\w/.()-]+,?\s+){0,2}(?:adopted|approved|agreed|established|endorsed)\s+(?:[\w-]+\s+){0,6})(?:at|by|in|during)\s+(?:[\w-]+\s+){0,6}$/i;
/**
 * A governing body's session or meeting cited for what was decided, considered or is due there, not
 * an activity of the period: "the previous report, which the Commission considered at its
 * twenty-fifth session", "requested the Secretary-General to report to it at its thirty-fifth
 * session", "to report on the matter before the next regular session", "the decision of the Council
 * (CONSLE) at its meeting held in Georgetown".
 */
const GOVERNING_BEFORE = new RegExp(
  [
    String.raw`\b(?:which|that)\s+(?:the\s+)?(?:[\w()-]+\s+){0,4}(?:considered|examined|took\s+note\s+of|welcomed)\s+(?:\w+\s+){0,2}(?:at|during)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}$`,
    String.raw`\bto\s+report\s+(?:to\s+(?:it|them|the\s+\w+)\s+)?(?:on\s+(?:[\w-]+\s+){0,10})?(?:at|before|by|to)\s+(?:it\s+at\s+)?(?:its|their|the)\s+(?:next\s+)?(?:[\w-]+\s+){0,3}$`,
    String.raw`\b(?:decisions?|resolutions?|requests?|mandates?|recommendations?|instructions?)\s+of\s+(?:the\s+)?(?:[\w()-]+\s+){1,10}(?:at|during)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}$`,
  ].join('|'),
  'i',
);
/** A citation of a source ("Source: Commission on the Status of Women, Sixty-ninth session, agreed conclusions"). */
/** A caption's label before the trigger. */
const CAPTION = /^\s*(?:Table|Figure|Fig\.|Chart|Graph|Box|Map|Annex\s+table)\s+[\dIVX]+(?:\.\d+)?\s*[.:–—-]\s*(?:[\w-]+\s+){0,3}$/i;
const CITATION = /^\s*(?:source|sources|see|cf\.?|reference)\s*:/i;
/** The rest or a part of a group just counted, said to be of a kind: "The remaining four were national refresher sessions", "Two of them were regional seminars". */
const SPLIT_SUBJECT = /(?:^|[.;:]\s*)(?:the\s+(?:remaining|other|last)\s+[\w-]+(?:\s+[\w-]+)?|(?:[\w-]+)\s+of\s+(?:them|these|those)|of\s+(?:these|them|those),\s+[\w-]+)\s+(?:were|was)\s+(?:(?:all|also|both)\s+)?(?:[\w-]+\s+){0,3}$/i;
const REST_OF_GROUP = /^\s*the\s+(?:remaining|other)\s+(?:[\w-]+\s+)?$/i;
const BREAKDOWN_BEFORE = /(?:^|[;:,]\s*|\band\s+)(?:(?:some|about|approximately|around|nearly|over|more\s+than|another|a\s+further)\s+)?\d[\d,.]*\s+(?:(?:were\s+)?(?:[a-z]+\s+){0,2}(?:received|completed|attended|took|followed|underwent|participated\s+in))\s[^;.:]{0,160}$/i;
const MULTI_YEAR = /\b(?:since\s+(?:\d{4}|its\s+(?:creation|establishment|inception|launch))|over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|decades?)|in\s+(?:the\s+)?(?:past|last)\s+\w+\s+years|to\s+date|so\s+far|cumulative(?:ly)?|altogether\s+since)\b/i;
const OTHER_SENSE_BEFORE = /\b(?:major|sporting|sports|mass|large-scale|public|cultural|high-profile|national)\s+$/i;
/** Before a body's name: what it holds or does, or who runs it ("the annual meeting of the", "organized by the", "in partnership with the", "members of the"). */
const BODY_BEFORE = /\b(?:(?:meeting|conference|session|assembly|secretariat|members?|chair|board|plenary|summit|congress|workshop|seminar|course)s?\s+of|(?:organi[sz]ed|hosted|convened|funded|run|led|sponsored)\s+by|(?:partnership|together|jointly)\s+with)\s+the\s+$/i;
const NEGATED = /\b(?:could\s+not|cannot|can\s+not|was\s+not|were\s+not|has\s+not|have\s+not|had\s+not|did\s+not|no\s+longer|unable\s+to|not\s+possible\s+to)\b/i;

const CANCELLED_AFTER = /^[^.;:]{0,160}?\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:cancel+ed|called\s+off|suspended)\b/i;

/**
 * An activity named as the aim or prospect of another act, not one held: "with a view to providing
 * police training", "to begin work on the Ministerial Conference", "focused its prevention work on
 * training", "opened the way to bilateral meetings".
 */
const PURPOSE_BEFORE = /\b(?:(?:with\s+a\s+view\s+to|with\s+the\s+(?:aim|purpose|goal)\s+of|in\s+order\s+to|so\s+as\s+to)\s+(?:[\w-]+\s+){0,2}|(?:begin|start|began|started|begun)\s+(?:work|preparations?|planning)\s+(?:on|for)\s+(?:the\s+)?|focus(?:ed|es|ing)?\s+(?:[\w-]+\s+){1,3}on\s+|(?:give|gives|gave|giving|accord|accords|accorded)\s+(?:(?:high|top|special|particular)\s+)?priority\s+to\s+(?:the\s+)?|(?:open(?:ed|s|ing)?|pav(?:ed|es|ing)|clear(?:ed|s|ing)?)\s+the\s+way\s+(?:to|for)\s+(?:[\w-]+\s+){0,2})$/i;
/** A request to the body to add or organize an activity: "asked the Centre to add a", "requested the Office to include two more". */
const REQUESTED_BEFORE = /\b(?:asked|requested|invited|urged|called\s+(?:on|upon))\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){1,4}to\s+(?:add|include|consider|develop|design|offer|organi[sz]e|hold|run|plan)\s+(?:a|an|new|more|further|another|\w+\s+more)\s+(?:[\w-]+\s+){0,2}$/i;
/** After an activity: that it took place after all ("…, which was held in May"). */
const TOOK_PLACE = /\b(?:was|were)\s+(?:\w+\s+)?(?:held|conducted|organi[sz]ed|delivered|given|run)\b|\btook\s+place\b/i;

/** An agreement and what it is on ("a memorandum of understanding with … on joint postgraduate courses"): courses it provides for, none held. */
const AGREEMENT_ON_BEFORE = /\b(?:memorand(?:um|a)\s+of\s+understanding|MoUs?|MOUs?|agreements?|letters?\s+of\s+intent|framework\s+agreements?)\b[^.;:]{0,100}?\s(?:on|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/;

/** Every activity of a type, not one of them: "the module used in all legislative assistance and terrorism financing events". */
const EVERY_BEFORE = /\b(?:in|for|at|to|by|across|throughout)\s+all\s+(?:(?:the|its|their|our)\s+)?(?:[\w-]+\s+){0,5}$/i;

export type NotActivity = 'background' | 'breakdown' | 'multi-year' | 'other-sense' | 'negated' | 'purpose';

export function notAnActivity(view: string, sentenceStart: number, sentenceEnd: number, trigger: Trigger): NotActivity | undefined {
  const before = view.slice(Math.max(sentenceStart, trigger.start - 160), trigger.start);
  const head = view.slice(trigger.start, trigger.end).toLowerCase();
  if (BACKGROUND_BEFORE.test(before) || GOVERNING_BEFORE.test(before) || CITATION.test(view.slice(sentenceStart, trigger.start))) return 'background';
  // a table's or figure's caption names what it lists ("Table 1: Courses held in 2025")
  if (CAPTION.test(view.slice(sentenceStart, trigger.start))) return 'other-sense';
  // a row of a key-figures box counts activities, it reports none: "Meetings, exercises and visits supported⇥4"
  if (figureRowLabel(view, trigger)) return 'other-sense';
  // the rest of a group just counted, as the subject that a split goes on to describe: "The remaining nine courses were national courses …"
  if (trigger.plural && REST_OF_GROUP.test(view.slice(sentenceStart, trigger.start)) && /^\s+(?:were|was)\b/.test(view.slice(trigger.end, trigger.end + 6))) return 'breakdown';
  if (BREAKDOWN_BEFORE.test(clauseBefore(before)) || (trigger.reference === 'none' && !trigger.titled && SPLIT_SUBJECT.test(view.slice(sentenceStart, trigger.start)))) return 'breakdown';
  if (MULTI_YEAR.test(clauseAround(view, sentenceStart, sentenceEnd, trigger)) && (trigger.plural || !trigger.countable)) return 'multi-year';
  if (PURPOSE_BEFORE.test(before)) return 'purpose';
  // an activity others asked the body to add, not one it held or planned: "the police chiefs asked the Centre to add a course for analysts to its plan"
  if (REQUESTED_BEFORE.test(before) && !TOOK_PLACE.test(view.slice(trigger.end, sentenceEnd))) return 'purpose';
  // the subject of an agreement: "signed a memorandum of understanding with the University of X on joint courses"
  if (trigger.plural && AGREEMENT_ON_BEFORE.test(before)) return 'purpose';
  // the audit of a body's own accounts is no activity it ran for others: "the external audit of the accounts", "financial audits"
  if (/\baudits?$/.test(head) && (/\b(?:financial|external|internal|annual|statutory)\s+(?:audits?)?$/i.test(`${before}${head}`.replace(/audits?$/, '')) || /^\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:accounts|financial\s+statements|books|budget|expenditure)\b/i.test(view.slice(trigger.end, trigger.end + 60)))) return 'other-sense';
  // a body's function named with others, not one activity: "to pool their training, laboratory support and …", "to improve its training"
  if (!trigger.countable && /\b(?:their|its|our)\s+$/i.test(before) && (/\bto\s+[a-z]+\s+(?:their|its|our)\s+$/i.test(before) || /^\s*,\s*[a-z]/.test(view.slice(trigger.end, trigger.end + 4)))) return 'purpose';
  if (trigger.plural && EVERY_BEFORE.test(before)) return 'other-sense';
  // a mass noun among the topics of a parenthesized list: "public security policies (gangs, police training, prison systems)"
  if (!trigger.countable && /\([^()]*,\s*$|\(\s*$/.test(before) && /^\s*[,)]/.test(view.slice(trigger.end, trigger.end + 3)) && /^[^()]*\)/.test(view.slice(trigger.end, sentenceEnd))) return 'other-sense';
  if (/\bevents?$/.test(head) && OTHER_SENSE_BEFORE.test(`${before}${head.replace(/\s*events?$/, ' ')}`)) return 'other-sense';
  // a titled forum or congress that runs, hosts or holds something is a body's name: "the annual conference of the Global Coastal Forum", "organized by the Regional Security Forum"
  if (trigger.titled && /\b(?:forum|congress)$/.test(head) && BODY_BEFORE.test(before)) return 'other-sense';
  // a legislature: a bare "Congress" (no ordinal, no title of its own) after "national", "the", "its" …
  // (a title may have run on over the countries it belongs to: "national Congresses of Guatemala and Honduras")
  const named = view.slice(trigger.start, trigger.end).replace(/\s+of\s+[\s\S]*$/, '');
  const words = `${before}${named}`;
  if (/\b(?:national|the|their|its|respective)\s+(?:national\s+|federal\s+|[a-z-]+\s+)?congress(?:es)?$/i.test(words) && /^(?:(?:[Nn]ational|[Ff]ederal|[a-z-]+)\s+)?[Cc]ongress(?:es)?$/.test(named) && !/^\s+on\b/i.test(view.slice(trigger.end, trigger.end + 10))) return 'other-sense';
  // activities listed in a table, named together in the text that points to it ("the courses, workshops and exercises in Tables 1 to 3", "courses for quality managers (Table 4)"): the rows are the activities
  if (trigger.plural && !COUNT_BEFORE.test(before) && TABLE_POINTER_AFTER.test(view.slice(trigger.end, sentenceEnd))) return 'other-sense';
  // "meeting (two sessions)": the sessions of the activity just named, no other one
  if (PARTS_IN_BRACKETS_BEFORE.test(before) && /^\s*\)/.test(view.slice(trigger.end, trigger.end + 3))) return 'breakdown';
  // a row of a table marked as cancelled ("National course on crime scene … (cancelled)", a "Cancelled" cell): it did not take place
  if (cancelledRow(view, trigger)) return 'negated';
  const clause = view.slice(Math.max(sentenceStart, trigger.start - 60), Math.min(sentenceEnd, trigger.end + 60));
  // "a similar course planned in Port-au-Prince was cancelled": it did not take place
  if (CANCELLED_AFTER.test(view.slice(trigger.end, sentenceEnd))) return 'negated';
  if (NEGATED.test(clause) && /\b(?:provided|held|delivered|conducted|offered|organi[sz]ed|carried out|take place|took place)\b/i.test(clause)) return 'negated';
  return undefined;
}

const AT_ITS_BEFORE = /\b(?:at|during)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}$/i;
const DECIDED = /\b(?:adopted|approved|decided|agreed|endorsed|elected|resolved|mandated|requested|established)\b/i;
const YEAR = /(?<![\w/.-])(?:19|20)\d{2}(?![\w/])/;

/**
 * A body's own session cited for what it decided there, held before the report's first year: "At its
 * Fourteenth Regular Session, held in Quito, Ecuador, on November 8-10, 2022, the Commission adopted its
 * Work Plan for 2023-2025" in a report on 2023. The session's year is the first written after it in the
 * sentence; a session of the period, or one without a year, is left to be read as an activity.
 */
export function earlierSession(view: string, sentenceStart: number, sentenceEnd: number, trigger: Trigger, firstYear: number | undefined): boolean {
  if (firstYear === undefined || !trigger.titled) return false;
  if (!AT_ITS_BEFORE.test(view.slice(Math.max(sentenceStart, trigger.start - 60), trigger.start))) return false;
  if (!DECIDED.test(view.slice(sentenceStart, sentenceEnd))) return false;
  const year = YEAR.exec(view.slice(trigger.end, sentenceEnd));
  return year !== null && Number(year[0]) < firstYear;
}

/** After activities named together: where the text lists them ("in Tables 1 to 3", "listed in Annex I", "(Table 4)"). */
const TABLE_POINTER_AFTER = /^(?:[^.;(\d]{0,70}?\b(?:in|of|from|listed\s+in|shown\s+in|see)\s+|[^.;(\d]{0,70}?\(\s*(?:see\s+)?)(?:Tables?|Annex(?:es)?|Appendix|Appendices)\s+(?:\d|[IVX]+\b)/;
/** A count before the activities ("five training activities … listed in Table 1"): a group total the table details, an activity of its own. */
const COUNT_BEFORE = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)\s+(?:[\w-]+\s+){0,3}$/i;
/** An activity noun, then a bracket opening on a number: "meeting (two sessions)", "course (3 parts)". */
const PARTS_IN_BRACKETS_BEFORE = /\b(?:meetings?|courses?|workshops?|seminars?|trainings?|sessions?|conferences?|forums?|exercises?|missions?|visits?)\s*\(\s*(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+$/i;
const CANCELLED_MARK = /\(\s*(?:cancel+ed|called\s+off)\s*\)|(?:^|\t| {2,})(?:cancel+ed|called\s+off)\s*(?:$|\t| {2,})/im;

/**
 * Whether the trigger stands in a table row marked cancelled: its line holds cells (a tab or a
 * wide gap) and the row, with the lines a wrapped cell goes on over (indented, under it), says so.
 */
function cancelledRow(view: string, trigger: Trigger): boolean {
  const lineStart = view.lastIndexOf('\n', trigger.start - 1) + 1;
  let end = view.indexOf('\n', trigger.end);
  if (end < 0) end = view.length;
  const line = view.slice(lineStart, end);
  if (!line.includes('\t') && !/\S {3,}\S/.test(line)) return false;
  // cells wrapped onto the next lines: indented under the row, or (PDF text, the indent gone) short lines of fewer cells
  const cells = cellsOfLine(line).length;
  let unindented = 0;
  while (end < view.length) {
    const nl = view.indexOf('\n', end + 1);
    const nextEnd = nl < 0 ? view.length : nl;
    const next = view.slice(end + 1, nextEnd);
    if (!/^[ \t]+\S/.test(next) && !(unindented++ < 2 && wrappedCells(next, cells))) break;
    end = nextEnd;
  }
  return CANCELLED_MARK.test(view.slice(lineStart, end));
}

/** A line under a row of `cells` cells that holds that row's wrapped cells: fewer cells, short, no figure first (a row's number), no sentence. */
function wrappedCells(next: string, cells: number): boolean {
  const own = cellsOfLine(next);
  return own.length > 0 && own.length < cells - 1 && next.length <= 60 && !/^\s*\d/.test(next) && !/[.!?:;]\s*$/.test(next) && !/^\s*(?:sub-?)?total\b/i.test(next);
}

/** A line that is a label, a tab and a figure ("Courses delivered⇥14", "Share of women⇥27%"). */
const FIGURE_ROW = /^[^\t\n\d]*\p{L}[^\t\n\d]*\t+[+−–-]?(?:US\$\s?|\$|€|£)?\d[\d.,]*\s*(?:%|per\s?cent|points?)?\s*$/u;

/** Whether the trigger stands in the label of a key-figures row (its line: label, tab, figure). */
function figureRowLabel(view: string, trigger: Trigger): boolean {
  const lineStart = view.lastIndexOf('\n', trigger.start - 1) + 1;
  const nl = view.indexOf('\n', trigger.end);
  const line = view.slice(lineStart, nl < 0 ? view.length : nl);
  const tab = line.indexOf('\t');
  return tab >= 0 && trigger.end - lineStart <= tab && FIGURE_ROW.test(line);
}

/** A total since a year or over several years ("Since 2023 the course has trained 118 professionals"). */
export const multiYear = (text: string): boolean => MULTI_YEAR.test(text);

/** The part of the sentence the trigger stands in, between dashes or semicolons ("Assessments will be conducted … in 2008—a total of 10 countries since 2005"). */
function clauseAround(view: string, sentenceStart: number, sentenceEnd: number, trigger: Trigger): string {
  const before = view.slice(sentenceStart, trigger.start);
  const after = view.slice(trigger.end, sentenceEnd);
  const from = Math.max(before.lastIndexOf(';'), before.lastIndexOf('—'));
  const cut = after.search(/[;—]/);
  return `${from >= 0 ? before.slice(from + 1) : before}${view.slice(trigger.start, trigger.end)}${cut >= 0 ? after.slice(0, cut) : after}`;
}

/** The clause the trigger stands in, up to it: from the last ";", ":" or sentence start. */
function clauseBefore(before: string): string {
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'));
  return cut >= 0 ? before.slice(cut) : before;
}
