/**
 * Guards that tell a date from look-alikes: a year inside an identifier, a name or a count
 * ("AG/RES. 2299", "ISO 9001-2015", "UNGASS 1998", "resolution 1373 (2001)", "2000 participants"),
 * and the month word "May" used as a verb or a month name used as a given name.
 */
import { COUNT_NOUNS, IDENTIFIER_WORDS, WORDS_BEFORE_MONTH, WORDS_BEFORE_YEAR } from './lexicon.js';
import { isAsciiLetter, isBlank } from '../text/char-classes.js';
import { charBefore, lastNonSpace, letterWordBefore } from '../text/look-back.js';
import { isFullMonth } from './patterns.js';

const GLUED_BEFORE = /[\w$€£#@&]/;
const JOINER = /[-–/.:]/;
/** A currency right before a year ("US$ 2000", "€2000"): the text before it ends with one of MONEY_ENDINGS. */
const MONEY_BEFORE = /(?:US|USD|EUR)?\s?[$€£]\s*$/;
const MONEY_ENDINGS: ReadonlySet<string> = new Set(['$', '€', '£']);

/** The characters of a word before a year: letters, and . $ & ' ’ after its first letter. */
const isWordPart = (code: number): boolean => isAsciiLetter(code) || code === 0x2e || code === 0x24 || code === 0x26 || code === 0x27 || code === 0x2019;

/**
 * The word before `end`, spaces or tabs between: what /([A-Za-z][A-Za-z.$&'’]*)[ \t\u00a0]+$/
 * captures in text[floor, end), read from right to left (that regex tries every position of the window).
 */
function wordBefore(text: string, end: number, floor: number): string | undefined {
  let e = end;
  while (e > floor && isBlank(text.charCodeAt(e - 1))) e--;
  if (e === end) return undefined;
  let q = e;
  while (q > floor && isWordPart(text.charCodeAt(q - 1))) q--;
  while (q < e && !isAsciiLetter(text.charCodeAt(q))) q++;
  return q < e ? text.slice(q, e) : undefined;
}

/** A report's title closed by its year at the end of its line ("ANNUAL REPORT 2025", "Annual Report of Activities 2024", "Annual Report of the Secretariat 2025") dates the report; a link to another report ("Annual Report 2024 (PDF)") is left alone. */
const TITLE_WORDS: ReadonlySet<string> = new Set(['report', 'activities']);
const closesLine = (text: string, end: number): boolean => /^[ \t]*(?:\r?\n|$)/.test(text.slice(end, end + 40));
/** The line before a year names the report's issuer after "Report of" ("Annual Report of the Secretariat 2025"): a title line. */
const REPORT_OF = /\b[Rr][Ee][Pp][Oo][Rr][Tt]\s+(?:of|OF)\s+(?:(?:the|THE)\s+)?\p{Lu}[^\n]{0,80}$/u;
const reportOfTitle = (text: string, start: number, end: number): boolean =>
  closesLine(text, end) && REPORT_OF.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start));
const SOFT_PREFIX = /\b(?:mid|pre|post|early|late)$/i;
const WORD_AFTER = /^[ \t\u00a0]+([a-z]+)/;
const IDENT_BEFORE_PAREN = /(?:\d|[A-Z]{2,}[/.-]\S*)\s*$/;

export interface YearGuardOptions {
  /** Do not look at the characters right after (a decade's "s"). */
  skipRight?: boolean;
  /** A range of years: after a capitalized word it still reads as a date ("the Secretariat 2006-2007 efforts"), except after an acronym. */
  range?: boolean;
}

/**
 * A sentence's full stop after the year with a footnote marker run onto it ("… will publish it in 2026.2" /
 * "… in 2025.14 The next …"): the year ends the sentence; the digits are the marker, not a decimal or a
 * sub-number. Only after a word that leads to a year ("in", "since", "of" …), and before the end of the
 * line or a new sentence.
 */
function footnotedStop(text: string, start: number, end: number): boolean {
  if (text[end] !== '.' || !/^\.\d{1,2}(?:\s*$|\n|\s+["“(]?\p{Lu})/u.test(text.slice(end, end + 8))) return false;
  return /\b(?:in|since|during|until|by|of|from|to|and|for|early|late|mid|end)\s+$/i.test(text.slice(Math.max(0, start - 12), start));
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
    if (/[-–/.,:]/.test(next) && /\d/.test(after) && !footnotedStop(text, start, end)) return true;
    if (/[-/]/.test(next) && /[A-Za-z]/.test(after)) return true;
  }
  const floor = Math.max(0, start - 40);
  if (MONEY_ENDINGS.has(charBefore(text, start, floor)) && MONEY_BEFORE.test(text.slice(floor, start))) return true;
  const before = wordBefore(text, start, floor);
  if (before !== undefined) {
    const word = before.replace(/[.’']+$/, '');
    const lower = word.toLowerCase();
    if (IDENTIFIER_WORDS.has(lower)) return true;
    const name = range ? /^[A-Z]{2,}$/.test(word) : /^[A-Z]/.test(word);
    if (name && !WORDS_BEFORE_YEAR.has(lower) && !isFullMonth(word) && !(TITLE_WORDS.has(lower) && closesLine(text, end)) && !reportOfTitle(text, start, end)) return true;
  }
  if (prev === '(' && IDENT_BEFORE_PAREN.test(text.slice(floor, start - 1))) return true;
  const noun = WORD_AFTER.exec(text.slice(end, end + 30));
  return !!noun && COUNT_NOUNS.has(noun[1]!);
}

const MAY_VERB = /^\s+(?:be|not|also|have|help|need|wish|include|require|serve|want|take|make|lead|result|use|benefit|consider|request|become|provide|well|only|still|then|apply|vary|seem|appear|choose|decide|continue|contribute|affect|allow|cause|give|get|go|come|find|offer|receive|enable|support)\b/;
/** Punctuation before a lone month, white space between, that makes it a month ("(March", "-May"). */
const PUNCTUATION_BEFORE: ReadonlySet<string> = new Set(['(', ',', ';', ':', '–', '—', '-', '/', '[']);

/** A lone month word reads as a month when a date word or punctuation precedes it ("in May", "(March"). */
export function lonelyMonthOk(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (word === 'May' && MAY_VERB.test(text.slice(end, end + 20))) return false;
  // The 30 characters before, read from their end: nothing but white space, punctuation, or a word.
  const floor = Math.max(0, start - 30);
  const last = lastNonSpace(text, start, floor);
  if (last < floor || PUNCTUATION_BEFORE.has(text[last]!)) return true;
  // /([A-Za-z]+)\s+$/: letters, then at least one white space.
  if (last === start - 1) return false;
  const w = letterWordBefore(text, start, floor);
  return w !== '' && (WORDS_BEFORE_MONTH.has(w.toLowerCase()) || isFullMonth(w));
}
