/**
 * Guards that tell a date from look-alikes: a year inside an identifier, a name or a count
 * ("AG/RES. 2299", "ISO 9001-2015", "UNGASS 1998", "resolution 1373 (2001)", "2000 participants"),
 * and the month word "May" used as a verb or a month name used as a given name.
 */
import { COUNT_NOUNS, IDENTIFIER_WORDS, WORDS_BEFORE_MONTH, WORDS_BEFORE_YEAR } from './lexicon.js';
import { isFullMonth } from './patterns.js';

const GLUED_BEFORE = /[\w$€£#@&]/;
const JOINER = /[-–/.:]/;
const WORD_BEFORE = /([A-Za-z][A-Za-z.$&'’]*)[ \t\u00a0]+$/;
const SOFT_PREFIX = /\b(?:mid|pre|post|early|late)$/i;
const WORD_AFTER = /^[ \t\u00a0]+([a-z]+)/;
const IDENT_BEFORE_PAREN = /(?:\d|[A-Z]{2,}[/.-]\S*)\s*$/;

export interface YearGuardOptions {
  /** Do not look at the characters right after (a decade's "s"). */
  skipRight?: boolean;
  /** A range of years: after a capitalized word it still reads as a date ("the Secretariat 2006-2007 efforts"), except after an acronym. */
  range?: boolean;
}

/** True when the year at [start, end) is part of an identifier, a name, a sum or a count. */
export function yearLooksLikeIdentifier(text: string, start: number, end: number, opts: YearGuardOptions = {}): boolean {
  const { skipRight = false, range = false } = opts;
  const prev = text[start - 1] ?? '';
  if (GLUED_BEFORE.test(prev)) return true;
  if (JOINER.test(prev)) {
    const before = text.slice(Math.max(0, start - 6), start - 1);
    if (/\d$/.test(before)) return true;
    if (/[A-Za-z]$/.test(before) && !SOFT_PREFIX.test(before)) return true;
  }
  if (!skipRight) {
    const next = text[end] ?? '';
    if (/[\w%]/.test(next)) return true;
    const after = text[end + 1] ?? '';
    if (/[-–/.,:]/.test(next) && /\d/.test(after)) return true;
    if (/[-/]/.test(next) && /[A-Za-z]/.test(after)) return true;
  }
  const head = text.slice(Math.max(0, start - 40), start);
  if (/(?:US|USD|EUR)?\s?[$€£]\s*$/.test(head)) return true;
  const w = WORD_BEFORE.exec(head);
  if (w) {
    const word = w[1]!.replace(/[.’']+$/, '');
    const lower = word.toLowerCase();
    if (IDENTIFIER_WORDS.has(lower)) return true;
    const name = range ? /^[A-Z]{2,}$/.test(word) : /^[A-Z]/.test(word);
    if (name && !WORDS_BEFORE_YEAR.has(lower) && !isFullMonth(word)) return true;
  }
  if (prev === '(' && IDENT_BEFORE_PAREN.test(head.slice(0, -1))) return true;
  const noun = WORD_AFTER.exec(text.slice(end, end + 30));
  return !!noun && COUNT_NOUNS.has(noun[1]!);
}

const MAY_VERB = /^\s+(?:be|not|also|have|help|need|wish|include|require|serve|want|take|make|lead|result|use|benefit|consider|request|become|provide|well|only|still|then|apply|vary|seem|appear|choose|decide|continue|contribute|affect|allow|cause|give|get|go|come|find|offer|receive|enable|support)\b/;
const PUNCT_BEFORE = /[(,;:–—\-/[]\s*$/;

/** A lone month word reads as a month when a date word or punctuation precedes it ("in May", "(March"). */
export function lonelyMonthOk(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (word === 'May' && MAY_VERB.test(text.slice(end, end + 20))) return false;
  const head = text.slice(Math.max(0, start - 30), start);
  if (head.trim() === '' || PUNCT_BEFORE.test(head)) return true;
  const w = /([A-Za-z]+)\s+$/.exec(head);
  return !!w && (WORDS_BEFORE_MONTH.has(w[1]!.toLowerCase()) || isFullMonth(w[1]!));
}
