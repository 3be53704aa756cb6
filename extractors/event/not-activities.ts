/**
 * Activity words that name what a program, plan or project contains rather than an activity held
 * (ANNOTATION.md §4: programs, projects and plans are not events):
 * - the content of a program or plan: "a plan of studies for training in …", "a program of
 *   assessments of training needs", "materials for training";
 * - the parts of a program listed by number: "the program comprises three projects: 1) assessments
 *   …; 2) Crisis management exercises; and 3) Best Practices Workshops".
 */
import type { Trigger } from './triggers.js';

/** "program of", "plan of studies for", "curriculum on" … right before the trigger (a few words may stand between). */
const CONTENT_OF = /\b(?:program(?:me)?s?|plans?(?: of studies)?|projects?|curricul(?:um|a)|strateg(?:y|ies)|methodolog(?:y|ies)|manuals?|guides?|materials?|modules?|polic(?:y|ies)|framework)\s+(?:of|for|on)\s+(?:[\w-]+\s+){0,2}$/i;

/** A list of a program's parts, introduced before a colon: "comprises three projects:", "has the following components:". */
const PARTS_LIST = /\b(?:compris\w*|consist\w*\s+of|includ\w*|cover\w*|has|have|ha[sd]\s+\w+)\s+(?:[\w-]+\s+){0,3}(?:projects|components|elements|modules|pillars|areas|phases|lines of (?:action|work)|parts|strands)\s*:/i;
const ITEM_LABEL = /(?:^|[\s;,(])(?:\d{1,2}|[a-z])\)\s+(?:[\w-]+\s+){0,6}$/;

export function namesProgramContent(view: string, sentenceStart: number, trigger: Trigger): boolean {
  if (trigger.titled && trigger.rule === 'event/titled' && !PARTS_LIST.test(view.slice(sentenceStart, trigger.start))) return false;
  const before = view.slice(Math.max(sentenceStart, trigger.start - 80), trigger.start);
  if (CONTENT_OF.test(before)) return true;
  const sentenceBefore = view.slice(sentenceStart, trigger.start);
  const list = PARTS_LIST.exec(sentenceBefore);
  return list !== null && ITEM_LABEL.test(sentenceBefore.slice(list.index));
}
