/**
 * Status (ANNOTATION.md §4): `planned` when the text says the activity will happen, is planned,
 * expected or scheduled, or when its date lies after the report's period; else `held`.
 */
import { PLANNED } from './lexicon.js';

export type Status = 'held' | 'planned';

/** `clause`: the text that introduces the activity; `lead`: the sentence a bullet hangs from. */
export function statusOf(clause: string, lead: string | undefined, dateStart: string | undefined, periodEnd: string | undefined): Status {
  if (PLANNED.test(clause)) return 'planned';
  if (lead !== undefined && PLANNED.test(lead) && !/\b(?:was|were|has been|have been|took place|held on)\b/i.test(clause)) return 'planned';
  if (dateStart && periodEnd && dateStart.slice(0, periodEnd.length) > periodEnd) return 'planned';
  return 'held';
}
