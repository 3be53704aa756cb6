/**
 * Short lines set apart that read like titles but title nothing (issue 17: headings predicted far
 * beyond the gold on documents of other bodies): figure and table captions, pull quotes, and the
 * items of a list whose markers the export dropped ("… with the following bodies:" / "Ministry of
 * Security" / "National Police").
 */
import type { Block } from '../document.js';
import { frontKindOf } from './front-lines.js';
import { headingStyle, LEADER } from './heading-style.js';
import { BULLET } from './patterns.js';
import type { ViewLine } from './view-lines.js';

/** A caption: "Figure 1: Participants by country", "Table 2. Courses held", "Chart 3 – …", "Photo: …"; a text box's title ("Box 1: What a unit does"), an inset beside the sections. */
const CAPTION = /^(?:Figure|FIGURE|Fig\.|Table|TABLE|Chart|CHART|Graph|GRAPH|Map|MAP|Photo|PHOTO|Image|Picture|Illustration|Diagram|Box|BOX)\s*(?:\d{1,3}(?:\.\d{1,2})?|[IVX]{1,4}|[A-Z])?\s*[.:–—-]\s*\S/;
export const isCaption = (text: string): boolean => CAPTION.test(text);

/** A row of a key-figures table: a label, a tab, a figure ("Courses delivered⇥14", "Share of women⇥27%", "Average gain⇥+31 points"). */
const FIGURE_ROW = /^[^\t]*\p{L}[^\t]*\t+[+−–-]?(?:US\$\s?|\$|€|£)?\d[\d.,]*\s*(?:%|per\s?cent|points?)?(?:\s*\([^)\t]*\))?\s*$/u;

/**
 * The title of a box of key figures ("Results at a glance" over "Courses delivered⇥14" /
 * "Officers trained⇥412"): an inset beside the sections, as a text box is, not a heading. Line `i`
 * has two such rows or more right under it and nothing else up to a blank line or the end; a list
 * of names in tab columns ("Acronyms" over "WCO⇥World Customs Organization") is no such box.
 */
export function figureBoxTitle(lines: readonly ViewLine[], i: number): boolean {
  let k = i + 1;
  // (a row has a tab: the cheap test first, since the pattern backtracks on long lines without one)
  while (k < lines.length && !lines[k]!.gap && lines[k]!.text.includes('\t') && FIGURE_ROW.test(lines[k]!.text)) k++;
  return k - (i + 1) >= 2 && (k === lines.length || lines[k]!.gap);
}

/** An author's byline under a story's or column's headline ("By Kofi Mensah, Technical Adviser", "By Ana Ruiz | Lima"): who wrote it, not a title. */
const BYLINE = /^(?:[Bb]y|[Ww]ritten\s+by|[Tt]ext\s+by|[Ww]ords\s+by|[Pp]or)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:de\s+|da\s+|van\s+|von\s+|del\s+)?\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|\||–|—|-)\s*\S.*)?$/u;
export const isByline = (text: string): boolean => BYLINE.test(text.trim());

/** A line wholly in quotation marks: a pull quote ("“Training is the best investment we can make”"), not a title. */
const QUOTED = /^["“‘«].*["”’»][.!?]?$/;
export const isPullQuote = (text: string): boolean => QUOTED.test(text) && !/["”’»]\s+\S.*["“‘«]/.test(text.slice(1, -1));

const MAX_ITEM = 60;
/** A labelled line opens a structure, never a list item: "1. …", "a) …", "II. …", "PART ONE". */
const labelled = (text: string): boolean => {
  const style = headingStyle(text)?.style;
  return style !== undefined && style !== 'title' && style !== 'caps';
};

/**
 * The items of a list under a lead ending in a colon, the markers gone: two short lines or more
 * right under it (a blank line may set the first apart), none closed by punctuation or labelled,
 * one after the other, with a blank line or the end after the last. Returns the index after the
 * last item, or `i + 1` when line `i` leads no such list.
 */
export function listAfterLead(lines: readonly ViewLine[], i: number): number {
  if (!lines[i]!.text.endsWith(':')) return i + 1;
  let k = i + 1;
  while (k < lines.length && (k === i + 1 || !lines[k]!.gap)) {
    const text = lines[k]!.text;
    if (text.length > MAX_ITEM || /[.;,:!?]$/.test(text) || labelled(text) || headingStyle(text) === undefined) break;
    k++;
  }
  if (k - (i + 1) < 2 || (k < lines.length && !lines[k]!.gap)) return i + 1;
  return k;
}

/**
 * An item's headline: five words or more in sentence case ("Border officers from six countries
 * complete a course"), not a program's or a body's name in Title Case ("Office of Humanitarian Mine Action").
 */
export function isHeadline(text: string): boolean {
  const words = text.split(/\s+/).slice(1).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length < 0.5;
}

/**
 * A headline-shaped line with no text of its own, the next block an unlabelled title too: a photo's
 * caption between two items ("Participants of the course with the instructors in Belize City"), not a
 * heading and not a label over the next item. It becomes a paragraph. `titleRank` is the rank of
 * unlabelled titles; a short label over items ("Upcoming events") is no headline and stays.
 */
export function titlesNothing(blocks: Block[], ranks: number[], text: string, titleRank: number): void {
  for (let b = 0; b + 1 < blocks.length; b++) {
    const block = blocks[b]!;
    const next = blocks[b + 1]!;
    if (block.kind !== 'heading' || block.titleBlock || ranks[b] !== titleRank || next.kind !== 'heading' || next.titleBlock || ranks[b + 1] !== titleRank) continue;
    if (!isHeadline(text.slice(block.start, block.end))) continue;
    blocks[b] = { kind: 'paragraph', start: block.start, end: block.end, section: -1 };
    ranks[b] = -1;
  }
}

/** Lines looked at on each side of a line for shortLineList: a list longer than this is judged by its part near the line. */
const LIST_SCAN = 40;
const MAX_LIST_LINE = 90;
/** A field and its value ("Venue: Georgetown", "Date: May 2026"): an item's field under its title, no line of a list. */
const FIELD = /^\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?:\s+\S/u;

/**
 * Is line `i` one of a list of short lines whose markers are gone (a "By the numbers" box: "412
 * officers trained since April" / "19 countries at the conference" / …), or the name over a footer's
 * address and links? Lines with no blank line between them, each short, unlabelled, not closed by
 * punctuation, no cells or leaders, three of them at least, or one or more over an address line with
 * only furniture besides (the address, a copyright line, links). A label in capitals or ending in a
 * colon may head them. None of them titles the others: a heading has text, fields or rows under it,
 * not more lines like itself.
 */
export function shortLineList(lines: readonly ViewLine[], i: number): boolean {
  const kind = (k: number): 'plain' | 'front' | 'contact' | undefined => {
    const line = lines[k]!;
    const front = frontKindOf(line);
    if (front !== undefined) return front === 'contact' ? 'contact' : 'front';
    const text = line.text;
    if (text.length > MAX_LIST_LINE || BULLET.test(text) || LEADER.test(text) || /\t|\S {3,}\S/.test(text) || FIELD.test(text) || /[.,;:]["”’)]?$/.test(text) || !/^[\p{Lu}\d"“]/u.test(text)) return undefined;
    const style = headingStyle(text)?.style;
    return style === undefined || style === 'title' ? 'plain' : undefined;
  };
  if (kind(i) !== 'plain') return false;
  let plain = 1;
  let contact = false;
  let a = i;
  while (a > 0 && i - a < LIST_SCAN && !lines[a]!.gap) {
    const k = kind(a - 1);
    if (k === undefined) {
      const style = headingStyle(lines[a - 1]!.text)?.style;
      // a label over the list ("BY THE NUMBERS", "Key figures:") ends it there; a line of text above it is no list's
      if (style !== 'caps' && style !== 'colon-title') return false;
      break;
    }
    if (k === 'plain') plain++;
    contact ||= k === 'contact';
    a--;
  }
  let b = i;
  while (b + 1 < lines.length && b - i < LIST_SCAN && !lines[b + 1]!.gap) {
    const k = kind(b + 1);
    if (k === undefined) return false;
    if (k === 'plain') plain++;
    contact ||= k === 'contact';
    b++;
  }
  return plain >= 3 || (contact && b > i);
}

/** Two cells set apart by a gap of three spaces or more; the offset of the second in the line. */
const WIDE_GAP = /^(\S.*?\S|\S) {3,}(?=\S)/;
/** A numbering label alone in the first cell ("1.   Introduction"): a label set off from its title, not a cell. */
const LABEL_CELL = /^(?:[IVXLC]{1,6}[.)]?|\d{1,2}(?:\.\d{1,2})*[.)]?|[a-zA-Z][.)]|\([a-zA-Z\d]{1,4}\))$/;
const secondCell = (text: string): number | undefined => {
  const m = WIDE_GAP.exec(text);
  return m && !LABEL_CELL.test(m[1]!) ? m[0].length : undefined;
};

/**
 * A row of a two-column table laid out with spaces, as acronym lists and label/value lists are
 * exported ("AU        African Union" / "DCI       Directorate of …"): the line has a wide gap, and
 * the line right above or below it (no blank line between) has one too, its second cell at the
 * same column. Never a heading.
 */
export function alignedRow(lines: readonly ViewLine[], i: number): boolean {
  const own = secondCell(lines[i]!.text);
  if (own === undefined) return false;
  const above = i > 0 && !lines[i]!.gap ? secondCell(lines[i - 1]!.text) : undefined;
  const below = lines[i + 1] && !lines[i + 1]!.gap ? secondCell(lines[i + 1]!.text) : undefined;
  return above === own || below === own;
}

