/**
 * Is the text hard-wrapped (PDF lines, or a .txt wrapped at a fixed width), and if so which
 * consecutive lines belong to one paragraph?
 *
 * A wrapped text has many lines of nearly the same length (the wrap width). A text with one
 * paragraph per line (as Word exports it) does not, and its lines are never joined.
 */
import { frontKind, isDateLine, isStamp, opensWithDateline } from '../segment/front-lines.js';
import { headingStyle, isCaps } from '../segment/heading-style.js';
import { COLUMN_HEADER, DATE_FIELD, ITEM_FIELD, OPENS_WITH_DATE, OPENS_WITH_MONTH, RESULT_LABEL, RULE_LINE } from '../segment/patterns.js';
import type { Line } from './lines.js';

export interface WrapProfile {
  wrapped: boolean;
  width: number;
}

const MIN_WRAP_WIDTH = 50;

/**
 * The wrap profile of a run of consecutive lines (no blank line between them): its widest line,
 * and whether it reads as hard-wrapped text — no line over 200 characters (a paragraph on one
 * line) and at least two lines close to the widest. Judged per run, because one report may mix
 * wrapped paragraphs with paragraphs on one line each.
 */
export function wrapProfile(run: readonly Line[]): WrapProfile {
  const lengths = run.map((l) => l.text.trimEnd().length);
  let width = 0; // a loop, not Math.max(...lengths): a run may have more lines than the call stack holds arguments
  for (const n of lengths) if (n > width) width = n;
  if (width > 200 || width < MIN_WRAP_WIDTH || titleList(run)) return { wrapped: false, width };
  return { wrapped: lengths.filter((n) => n >= width * 0.75).length >= 2, width };
}

/** A line that goes on in the next one: it ends on a comma, a hyphen or a function word ("… held in" / "Lima"). */
const RUNS_ON = /(?:[,;:–-]|\b(?:of|the|and|or|for|to|in|on|at|by|with|from|a|an|its|their|as|that|which|de|del|la|y))$/i;
/**
 * A list of titles one to a line, its markers gone (an e-mail's "In this issue" entries, a box of
 * figures: "Forty cadets graduate in Lima" / "Crime scene course in Quito" / …): three lines or more,
 * each short, opening with a capital or a digit, none closed by a full stop or running on into the
 * next. Wrapped prose breaks lines wherever the width falls, so some line of a run of three runs on
 * or the next opens in lower case.
 */
function titleList(run: readonly Line[]): boolean {
  if (run.length < 3) return false;
  return run.every((l) => {
    const text = l.text.trim();
    return text.length <= 90 && /^[\p{Lu}\d"“]/u.test(text) && !/[.]["”’)]?$/.test(text) && !RUNS_ON.test(text);
  });
}

const STARTS_ITEM = /^\s*(?:(?:Annex|ANNEX|Appendix|APPENDIX|Part|PART|Chapter|CHAPTER)\s+(?:[IVX]{1,5}|\d{1,2}|[A-Z]|One|Two|Three|ONE|TWO|THREE)\b|[•·▪◦‣∙●○■□–—*-]\s|(?:[IVXLC]+|\d{1,2}|[a-zA-Z])[.)]\s|\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s|Article\s+\d)/;
const HEADER_KINDS = new Set(['symbol', 'header', 'issue', 'contact', 'breadcrumb', 'agenda', 'session', 'dateline', 'web', 'memo']);
const PAGE_REFERENCE = /(?:\.\s*){3,}\s*\d{1,4}$/;
const ENDS_SENTENCE = /[.!?:;]["'”’)]?\s*$/;
/** Two columns side by side on one line (a flattened header, a memo field, a table): a wide gap of spaces or a tab between words. */
const COLUMN_GAP = /\S(?: {3,}|\t+)\S/;
/** A bullet or a list label and the tab after it ("-\ta workshop …", "b)\tThe course …"): the item's indent, not a column. */
const MARKER_TAB = /^\s*(?:[•·▪◦‣∙●○■□–—*-]|\(?(?:[IVXLC]+|\d{1,2}|[a-zA-Z])[.)])\t+/;
const columns = (line: string) => COLUMN_GAP.test(line.replace(MARKER_TAB, ''));

/** Should `next` continue the paragraph that `line` is part of? */
export function continues(line: Line, next: Line, profile: WrapProfile): boolean {
  if (!profile.wrapped) return false;
  const text = line.text.trimEnd();
  const following = next.text.trim();
  if (following === '' || STARTS_ITEM.test(next.text)) return false;
  // a results-framework heading ("Output 1.2 Cross-border cooperation …") is a line of its own, unless its title goes on in lower case
  if (RESULT_LABEL.test(following) || (RESULT_LABEL.test(text) && /^[\p{Lu}\d•·▪-]/u.test(following))) return false;
  if (columns(text) || columns(following)) return false; // a line of columns is never a wrapped paragraph line
  if (COLUMN_HEADER.test(following)) return false; // a table's header row of column labels ('Activity Dates Venue Participants') opens the table, under however wide a caption
  if (OPENS_WITH_DATE.test(text) && OPENS_WITH_DATE.test(following)) return false; // rows of a calendar whose column gaps text extraction closed
  if (RULE_LINE.test(text) || RULE_LINE.test(following)) return false; // a horizontal rule ("-----", "=====") separates, as a blank line does
  if (PAGE_REFERENCE.test(text)) return false; // a contents entry ends with its page number
  if (following.length <= 90 && HEADER_KINDS.has(frontKind(following) ?? '')) return false; // a masthead's or header's next line
  if (ITEM_FIELD.test(following) || DATE_FIELD.test(following)) return false; // a field of an item under its title ('Date: 12-14 March 2026', 'Venue: …') is a line of its own
  if (isStamp(following)) return false; // a posting stamp ("Posted: 21/03/2025 | Category: …") under a headline is a line of its own
  if (/,$/.test(text) && isDateLine(following)) return false; // a title's period on a line of its own ("Activities of the Committee," / "1 January to 30 April 2024")
  if (opensWithDateline(following)) return false; // a news item's text opens on its dateline ("LIMA, 3 May 2024 - …") under its headline
  if (text.length > profile.width * 1.2) return false; // a paragraph on one line, not a wrapped line
  if (isCaps(text) && !isCaps(following)) return false; // an all-capital heading above running text
  if (ENDS_SENTENCE.test(text) && /^[\p{Lu}\d"“(]/u.test(following) && !openQuote(text)) {
    // A sentence ended: a heading or a short last line closes the paragraph.
    if (headingAfter(following, profile) || titleCase(following) || text.length < profile.width * 0.9) return false;
  }
  const full = text.length >= profile.width * 0.75;
  if (full) return true;
  // A line that stops on an article, a preposition or a conjunction goes on, however short ("… the
  // Ministry of Marine Affairs" / "and" / "Fisheries of Indonesia …"): no paragraph ends so.
  if (ENDS_ON_FUNCTION_WORD.test(text) && /^[\p{L}\d(]/u.test(following)) return true;
  if (/^\d{1,2}$/.test(text) && OPENS_WITH_MONTH.test(following)) return true; // a day whose month opens the next line
  // A ragged line that stops mid-sentence (on a comma, a function word, or before lower case) is still wrapped.
  if (ENDS_SENTENCE.test(text) || text.length < profile.width * 0.4) return false;
  return /^[a-z(]/.test(following) || /(?:,|\b(?:of|the|and|or|for|to|in|on|at|by|with|from|a|an|its|their|as|that|which))$/i.test(text);
}

/** Lower case only: "Annex A" and "Part A" end on a label, not on the article. */
const ENDS_ON_FUNCTION_WORD = /\b(?:of|the|and|or|for|to|in|on|at|by|with|from|a|an|its|their|as|that|which)$/;

/**
 * Does `following`, after a line that ended a sentence, open a heading? A line that only reads as a
 * title because half its words are capitalized (a list of countries: "Twenty-six officers from Fiji,
 * Samoa, Tonga, Vanuatu and Solomon") and that runs the full width of the wrap is the paragraph's
 * next line: a heading without a label or capitals is shorter than the lines of text around it.
 */
function headingAfter(following: string, profile: WrapProfile): boolean {
  const style = headingStyle(following);
  if (!style) return false;
  return !(style.style === 'title' && following.length >= profile.width * 0.9);
}

/** A list item's marker at the start of a line: a bullet or a short label ("- ", "• ", "a) ", "(ii) ", "3. "). */
const ITEM_MARKER = /^(?<indent>[ \t]*)(?:[•·▪◦‣∙●○■□–—*-]|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)])[ \t]+\S/;

/** Width of a line's indent (a tab as four spaces). */
const indentOf = (text: string): number => {
  let n = 0;
  for (const c of text) {
    if (c === ' ') n++;
    else if (c === '\t') n += 4;
    else break;
  }
  return n;
};

/**
 * Whether `next` is a continuation line of the list item that `itemFirst` opens: indented deeper
 * than the item's marker, and no item or blank line itself ("- a virtual course …, followed by" /
 * "  31 staff of 11 laboratories."; "- a workshop … with 22 participants." / "  Partners: ISCA,
 * WOAH;"). Text that puts each paragraph on one line still wraps its list items so.
 */
export function continuesItem(itemFirst: Line, next: Line): boolean {
  const item = ITEM_MARKER.exec(itemFirst.text);
  if (!item || next.text.trim() === '' || STARTS_ITEM.test(next.text)) return false;
  // a field of the item on a line of its own ("Partners: ISCA, WOAH;"), as PDF text gives it without the indent
  if (ITEM_FIELD.test(next.text)) return true;
  return indentOf(next.text) >= Math.max(2, indentOf(item.groups!.indent!) + 2) && !COLUMN_GAP.test(next.text.trim());
}


/** A quotation opened on the line and not closed: a quoted title goes on ('… seminar on "Human Trafficking in the Southern Cone:'). */
function openQuote(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length;
  return straight % 2 === 1 || (text.match(/“/g) ?? []).length > (text.match(/”/g) ?? []).length;
}

/** A word broken by a hyphen at the end of `line` and finished at the start of `next` (never next to a digit). */
/** A compound broken at its own hyphen before a capital ("Asia-" / "Pacific", "Timor-" / "Leste"): the hyphen stays, the break goes. */
export function compoundBroken(line: Line, next: Line): boolean {
  return /\p{L}{2}-$/u.test(line.text.trimEnd()) && /^\p{Lu}\p{Ll}/u.test(next.text.trimStart());
}

export function hyphenated(line: Line, next: Line): boolean {
  return /[A-Za-zÀ-ÿ]{2}-$/.test(line.text.trimEnd()) && /^[a-zà-ÿ]{2}/.test(next.text.trimStart());
}

const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'for', 'to', 'against', 'with', 'at', 'by', 'from', 'de', 'del', 'la', 'y']);

/** A line in Title Case (every content word capitalized): the start of a title, not of a sentence. */
function titleCase(text: string): boolean {
  const words = text.replace(/[,:;]$/, '').split(/\s+/).filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  if (words.length < 2) return false;
  return words.filter((w) => /^["“(]?[\p{Lu}\d]/u.test(w)).length / words.length >= 0.85;
}
