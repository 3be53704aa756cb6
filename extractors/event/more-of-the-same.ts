/**
 * "A workshop on … was held in Cochabamba in March. Two more followed, in Riobamba in May and in Arica in August": a
 * sentence that opens with a count and "more", and no activity noun, adds that many activities of the kind the
 * sentence before named. Its trigger is the count and "more"; it is plural and counted by its number.
 */
import { tokenize } from './tokens.js';
import type { Trigger } from './triggers.js';

/** A sentence opening "Two more followed", "Three more were held …", "Two more took place …" (no noun after "more"). */
const OPENING = /^(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+more\s+(?:followed|(?:were|have\s+been)\s+(?:held|organi[sz]ed|given|delivered|run|conducted|carried\s+out)|took\s+place)\b/i;

export function moreOfTheSame(view: string, start: number, end: number, before: Trigger | undefined): Trigger | undefined {
  if (!before) return undefined;
  const lead = /^\s*/.exec(view.slice(start, end))![0].length;
  const m = OPENING.exec(view.slice(start + lead, end));
  if (!m) return undefined;
  const tokens = tokenize(view, start, end);
  const more = tokens.findIndex((t) => t.lower === 'more');
  if (more < 1) return undefined;
  return {
    start: tokens[0]!.start,
    end: tokens[more]!.end,
    headStart: tokens[more]!.start,
    kind: before.kind,
    countable: true,
    plural: true,
    titled: false,
    reference: 'none',
    rule: 'event/more-of-the-same',
    tokens,
    first: more,
    last: more,
  };
}
