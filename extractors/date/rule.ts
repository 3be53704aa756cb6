/**
 * The shape of a date rule: a sticky pattern tried where a month word or a number starts, and a
 * reader that turns the match into readings or declines with null (it never throws).
 */
import type { Rule } from '../types.js';
import type { DateValue } from './value.js';

export interface Reading {
  /** Offsets relative to the block text. */
  start: number;
  end: number;
  value: DateValue;
}

export interface DateRule extends Rule {
  /** Where the rule may start: at a month word, a one- or two-digit number, or a 19xx/20xx number. */
  anchor: 'month' | 'day' | 'year';
  /** For month anchors: whether the rule needs a digit right after the month word (a cheap dispatch). */
  digitAfter?: boolean;
  /** Sticky pattern with named groups. */
  pattern: RegExp;
  read(match: RegExpExecArray, text: string): Reading | null;
}

/** The whole match as one reading. */
export function whole(match: RegExpExecArray, value: DateValue): Reading {
  return { start: match.index, end: match.index + match[0].length, value };
}
