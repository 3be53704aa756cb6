/**
 * Activity words that name what a program, plan or project contains rather than an activity held
 * (ANNOTATION.md §4: programs, projects and plans are not events):
 * - the content of a program or plan: "a plan of studies for training in …", "a program of
 *   assessments of training needs", "materials for training";
 * - the parts of a program listed by number: "the program comprises three projects: 1) assessments
 *   … and follow-on training; 2) Crisis management exercises; and 3) Best Practices Workshops";
 * - a title set beside a project's name: "the third project–Subregional Workshops on …–".
 */
import type { Trigger } from './triggers.js';

/** "program of", "plan of studies for", "curriculum on" … right before the trigger (a few words may stand between). */
const CONTENT_OF = /\b(?:program(?:me)?s?|plans?(?: of studies)?|projects?|curricul(?:um|a)|strateg(?:y|ies)|methodolog(?:y|ies)|manuals?|guides?|materials?|modules?|polic(?:y|ies)|framework)\s+(?:of|for|on)\s+(?:(?:[\w-]+\s+){0,2}|(?:[\w-]+\s+){1,6}and\s+)$/i;
/** A title set beside a project's or program's name: "the third Port Security project–Subregional Workshops on Best Practices–has been delayed". */
const NAMED_PROJECT = /\b(?:project|program(?:me)?|initiative|component)\s*[–—]\s*$/i;

/** A list of a program's parts, introduced before a colon: "comprises three projects:", "has the following components:". */
const PARTS_LIST = /\b(?:compris\w*|consist\w*\s+of|includ\w*|cover\w*|has|have|ha[sd]\s+\w+)\s+(?:[\w-]+\s+){0,3}(?:projects|components|elements|modules|pillars|areas|phases|lines of (?:action|work)|parts|strands)\s*:/i;
const ITEM_FIRST = /:\s*(?:1|a)\)\s/;
const ITEM_LABEL = /(?:^|[\s;,(])(?:\d{1,2}|[a-z])\)\s+(?:[\w-]+\s+){0,6}$/;

export function namesProgramContent(view: string, sentenceStart: number, trigger: Trigger): boolean {
  const before = view.slice(Math.max(sentenceStart, trigger.start - 80), trigger.start);
  if (NAMED_PROJECT.test(before)) return true;
  if (trigger.titled && trigger.rule === 'event/titled' && !PARTS_LIST.test(view.slice(sentenceStart, trigger.start))) return false;
  if (CONTENT_OF.test(before)) return true;
  const sentenceBefore = view.slice(sentenceStart, trigger.start);
  const list = PARTS_LIST.exec(sentenceBefore);
  if (list === null) return false;
  // the parts are labelled items: every activity word of the first item, and the opening words of the later ones
  const parts = sentenceBefore.slice(list.index);
  return ITEM_LABEL.test(parts) || (ITEM_FIRST.test(parts) && !/[;.]/.test(parts.slice(parts.search(ITEM_FIRST) + 3)));
}
