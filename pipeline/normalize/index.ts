/**
 * Stage 2, normalize: build the text the extractors read, without touching the raw text.
 *
 * - PDF page furniture (running headers/footers, page numbers, the symbol block) is dropped;
 * - Word debris (U+FFFD, BOM, field codes such as `FILENAME \* MERGEFORMAT`) is dropped;
 * - in hard-wrapped text, the lines of one paragraph are joined with a space, and a word
 *   hyphenated across a line break is joined whole.
 * Every change is a piece of the TextView, so any view position maps back to the raw text.
 */
import type { Doc } from '../document.js';
import { TextViewBuilder } from '../text-view.js';
import { fieldCodes, onlyFieldCodes } from './field-codes.js';
import { findFurniture } from './furniture.js';
import { isBlank, splitLines, type Line } from './lines.js';
import { findRunningHeaders } from './running-headers.js';
import { flattenedTables } from './flattened-tables.js';
import { COLUMN_HEADER } from '../segment/patterns.js';
import { compoundBroken, continues, continuesItem, hyphenated, wrapProfile, type WrapProfile } from './wrapping.js';

const DROPPED_CHARS = /[\uFEFF\uFFFD\u0000-\u0008\u000B\u000E-\u001F]/g;

export function normalize(doc: Doc): void {
  const lines = splitLines(doc.raw, doc.pages.map((p) => p.start));
  const dropped = doc.format === 'pdf' ? findFurniture(lines, doc.pages.length) : new Set<number>();
  // Field codes: a line of nothing else is dropped; within other text only the code's characters are (cut, as running headers are).
  const codeCuts = new Map<number, Array<[number, number]>>();
  for (const line of lines) {
    const inLine = line.text.includes('\\') ? fieldCodes(line.text) : [];
    if (onlyFieldCodes(line.text, inLine)) dropped.add(line.index);
    else if (inLine.length > 0) codeCuts.set(line.index, inLine.map(([s, e]): [number, number] => [line.start + s, line.start + e]));
  }
  const running = findRunningHeaders(lines);
  // a lone figure in a table flattened one cell a line is a cell, not a page number
  // page furniture (not a lone figure, which may be a cell) is a page break a table may run across
  const furniture = new Set([...dropped, ...[...running.lines].filter((i) => !/^\s*\d{1,4}\s*$/.test(lines[i]!.text))]);
  // a lone figure at a page's edge read as its number may be the number of a table's row that goes on over the page
  const pageNumbers = new Set([...dropped].filter((i) => /^\s*\d{1,4}\s*$/.test(lines[i]!.text)));
  const flat = flattenedTables(lines, { gap: paragraphGap(doc), furniture, rowNumbers: pageNumbers });
  for (const index of pageNumbers) if (flat.cells.has(index)) dropped.delete(index);
  for (const index of running.lines) if (!flat.cells.has(index)) dropped.add(index);
  const cutsOf = (line: Line): ReadonlyArray<[number, number]> => {
    const header = running.cuts.get(line.index);
    const codes = codeCuts.get(line.index);
    if (!codes) return header ?? NO_CUTS;
    if (!header) return codes;
    return [...header, ...codes].sort((a, b) => a[0] - b[0]);
  };
  const content = lines.filter((l) => !dropped.has(l.index) && !isBlank(l));

  const builder = new TextViewBuilder(doc.raw);
  const profiles = runProfiles(content, lines, dropped, paragraphGap(doc));
  let previous: Line | undefined;
  // the first line of the paragraph being built: an item's indented continuation lines join it whatever the wrap
  let paragraphFirst: Line | undefined;
  // the rows of a table whose column gaps were closed (PDF text) stand one a line under its header row: never joined
  let tableRows = false;
  for (const [k, line] of content.entries()) {
    const profile = profiles[k - 1] ?? { wrapped: false, width: 0 };
    if (previous && blankLinesBetween(previous, line, lines) > 0) tableRows = false;
    const inTable = tableRows;
    if (COLUMN_HEADER.test(line.text.trim())) tableRows = true;
    // a table flattened one cell a line: the view sets its cells apart by tabs, one row a line
    if (previous && flat.cells.has(line.index)) {
      copyLine(builder, doc.raw, previous.start, previous.end, cutsOf(previous));
      const indent = line.text.length - line.text.trimStart().length;
      builder.replace(previous.end, line.start + indent, flat.rowStarts.has(line.index) ? '\n' : '\t');
      previous = indent > 0 ? { ...line, start: line.start + indent, text: line.text.slice(indent) } : line;
      paragraphFirst = previous;
      continue;
    }
    if (previous && inTable) {
      copyLine(builder, doc.raw, previous.start, previous.end, cutsOf(previous));
      builder.replace(previous.end, line.start, '\n');
      previous = line;
      paragraphFirst = line;
      continue;
    }
    if (previous) {
      const between = doc.raw.slice(previous.end, line.start);
      const crossesDropped = previous.index + 1 < line.index && lines.slice(previous.index + 1, line.index).some((l) => dropped.has(l.index) || l.page !== line.page);
      const blankBetween = blankLinesBetween(previous, line, lines) > paragraphGap(doc);
      if (!blankBetween || crossesDropped) {
        // a note at a page's foot ends there: the next page's text goes on with the paragraph the note cut, not with the note
        const afterNote = crossesDropped && paragraphFirst !== undefined && footnoteAtFoot(paragraphFirst, previous, lines);
        if (!afterNote && (continues(previous, line, profile) || (crossesDropped && midSentence(previous, line)) || (!crossesDropped && paragraphFirst !== undefined && continuesItem(paragraphFirst, line)))) {
          if (hyphenated(previous, line)) {
            const hyphen = doc.raw.lastIndexOf('-', previous.end);
            copyLine(builder, doc.raw, previous.start, hyphen, cutsOf(previous));
            builder.replace(hyphen, line.start, '');
          } else if (compoundBroken(previous, line)) {
            copyLine(builder, doc.raw, previous.start, previous.end, cutsOf(previous));
            const indent = line.text.length - line.text.trimStart().length;
            builder.replace(previous.end, line.start + indent, '');
            previous = indent > 0 ? { ...line, start: line.start + indent, text: line.text.slice(indent) } : line;
            continue;
          } else {
            copyLine(builder, doc.raw, previous.start, previous.end, cutsOf(previous));
            // the next line's indent goes with the line break: "… 4-6 March" / "\tfor 22 owners" reads "… 4-6 March for 22 owners"
            const indent = line.text.length - line.text.trimStart().length;
            builder.replace(previous.end, line.start + indent, ' ');
            previous = indent > 0 ? { ...line, start: line.start + indent, text: line.text.slice(indent) } : line;
            continue;
          }
          previous = line;
          continue;
        }
      }
      copyLine(builder, doc.raw, previous.start, previous.end, cutsOf(previous));
      builder.replace(previous.end, line.start, crossesDropped || blankBetween ? '\n\n' : '\n');
    }
    previous = line;
    paragraphFirst = line;
  }
  if (previous) copyLine(builder, doc.raw, previous.start, previous.end, cutsOf(previous));
  doc.view = builder.build();
}

/**
 * Each content line's run profile. A run is broken by a blank line in the raw text, but not by a
 * page break or dropped furniture (a PDF paragraph goes on over the page).
 */
function runProfiles(content: readonly Line[], lines: readonly Line[], dropped: ReadonlySet<number>, gap: number): WrapProfile[] {
  const profiles: WrapProfile[] = [];
  let run: Line[] = [];
  // A run of a line or three (a heading wrapped once, a bullet and its second line, set apart by
  // blank lines) proves nothing by itself: it takes the wrap of the whole text.
  const whole = wrapProfile(content);
  const close = () => {
    const own = wrapProfile(run);
    const profile = !own.wrapped && whole.wrapped && run.length < 4 ? whole : own;
    for (let i = 0; i < run.length; i++) profiles.push(profile);
    run = [];
  };
  content.forEach((line, k) => {
    const previous = content[k - 1];
    if (previous) {
      const between = lines.slice(previous.index + 1, line.index);
      const pageOrFurniture = between.some((l) => dropped.has(l.index)) || previous.page !== line.page;
      if (between.length > gap && !pageOrFurniture) close();
    }
    run.push(line);
  });
  close();
  return profiles;
}

/**
 * How many blank lines separate paragraphs without saying anything: none in a text file, one in
 * a DOCX (mammoth ends every paragraph with a blank line; only an empty paragraph adds more).
 */
const paragraphGap = (doc: Doc): number => (doc.format === 'docx' ? 1 : 0);

const blankLinesBetween = (a: Line, b: Line, lines: readonly Line[]): number => lines.slice(a.index + 1, b.index).filter(isBlank).length;

const NO_CUTS: ReadonlyArray<[number, number]> = [];

/**
 * A line that stops mid-sentence and the line after a dropped running header or page break that
 * goes on in lower case: one paragraph ("… underlined the need for" / "E/CN.15/2017/7 6/10" /
 * "specialized investigative units …").
 */
function midSentence(previous: Line, line: Line): boolean {
  return !/[.!?:;]["'”’)]?\s*$/.test(previous.text) && /^\s*\p{Ll}/u.test(line.text);
}

/** A footnote's opening: its number, a space, a capitalized word ("4 Approved by the Council …", "12 See annex II."). */
const FOOTNOTE_OPENING = /^\s*\d{1,2}\s+\p{Lu}\p{Ll}/u;

/**
 * Is the paragraph from `first` to `last` a footnote at a page's foot: set apart by a blank line
 * above, opening on its number, a line or three long, closed by a full stop ("4 Approved by the
 * Council … in its annual" / "session of 2019 (decision CM/DEC. 77 (XI-19))."). Its last line may
 * run the full width of the wrap, but the text after the page break never goes on from it.
 */
function footnoteAtFoot(first: Line, last: Line, lines: readonly Line[]): boolean {
  const above = lines[first.index - 1];
  return FOOTNOTE_OPENING.test(first.text) && (above === undefined || isBlank(above)) && last.index - first.index <= 2 && /[.)]["”’)]?\s*$/.test(last.text);
}

/** Copy raw[start, end) into the view, minus the cut ranges (running headers run into the line). */
function copyLine(builder: TextViewBuilder, raw: string, start: number, end: number, cuts: ReadonlyArray<[number, number]> = NO_CUTS): void {
  let from = start;
  for (const [a, b] of cuts) {
    if (b <= from || a >= end) continue;
    copyChars(builder, raw, from, a);
    builder.replace(Math.max(a, builder.cursor), b, '');
    from = b;
  }
  copyChars(builder, raw, from, end);
}

/** Copy raw[start, end) into the view, dropping debris characters one by one. Resumes from the builder's cursor. */
function copyChars(builder: TextViewBuilder, raw: string, start: number, end: number): void {
  const from = Math.max(start, builder.cursor);
  let cursor = from;
  DROPPED_CHARS.lastIndex = 0;
  const slice = raw.slice(from, end);
  for (let m = DROPPED_CHARS.exec(slice); m; m = DROPPED_CHARS.exec(slice)) {
    const at = from + m.index;
    if (at > cursor) builder.copy(cursor, at);
    builder.replace(at, at + 1, '');
    cursor = at + 1;
  }
  if (end > cursor) builder.copy(cursor, end);
}
