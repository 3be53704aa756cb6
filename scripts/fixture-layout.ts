/**
 * How scripts/make-fixtures.ts lays a fixture's source lines out on PDF pages, as a word processor
 * would have set the document the text was taken from: the source lines of one paragraph flow into
 * one text that the page wraps again (a hard-wrapped .txt keeps its paragraphs, not its line
 * breaks), a list item keeps its continuation lines (with a hanging indent), a contents entry keeps
 * its page number on its line, and rows of a table or of aligned columns stay lines of their own.
 *
 * Two source lines are one paragraph when no blank line, heading, list item, table row, contents
 * entry or rule line comes between them and either
 * - the first ends on a word broken by a hyphen, or stops mid-sentence before a lower-case word; or
 * - the text is hard-wrapped (most of its lines close to one width) and the first ends on a comma or
 *   a function word, or the next line's first word would not have fitted on it (within a tenth of
 *   the width: a proportional font wraps at a width, not at a count of characters), both lines in a
 *   run of wrapped lines: the line was broken by the width, not by the writer.
 */
import { COLUMN_HEADER } from '../pipeline/segment/patterns.js';

export type SourceLine = { kind: 'blank' | 'heading' | 'bullet' | 'para'; text: string; level?: number };

export type Unit =
  | { kind: 'gap' }
  | { kind: 'heading'; text: string; source: number }
  /** A paragraph or list item: its marker (drawn at the margin), then its text in segments, each opening a new line (a field such as "Partners: …" under an item). */
  | { kind: 'text'; marker?: { text: string; tab: boolean; glyph: boolean }; segments: string[]; hanging: boolean; source: number }
  | { kind: 'contents'; title: string; before: string; leader: string; after: string; page: string }
  | { kind: 'table'; rows: string[][] }
  /** Lines of aligned columns (cells set apart by three spaces or more), each cell with its character column. */
  | { kind: 'columns'; lines: Array<Array<{ col: number; text: string }>>; source: string[] }
  /** Rows of a table whose column gaps are closed (one space), under a header row of column labels: kept one a line. */
  | { kind: 'row'; text: string };

const GLYPH = /^([·•])\s*/;
/** A list item's marker: a bullet or dash, or a short label ("(a)", "b)", "3."), then a tab or a space. */
const ITEM = /^(\s*)([·•▪◦–—*-]|\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|(?:[a-z]|\d{1,2})[.)])(\t+| +)(?=\S)/;
const CONTENTS = /^(.*?\S)(\s*)((?:\.\s?){3,})(\s*)(\d{1,4})$/;
const RULE = /^\s*([-=_*~])\1{4,}\s*$/;
const COLUMN_GAP = /\S {3,}\S/;
/** A list label or an ellipsis alone on its line ("k.", "(iv)", "…"): a line of its own. */
const LABEL_ONLY = /^\s*(?:\(?(?:[a-z]{1,2}|[ivx]{1,4}|\d{1,2})[.)]|…|\.{3})\s*$/;
const FIELD = /^\s*\p{Lu}[\p{L} ]{0,30}:\s/u;
const RUNS_ON = /(?:,|\b(?:of|the|and|or|for|to|in|on|at|by|with|from|a|an|its|their|as|that|which))$/;
const ENDS_SENTENCE = /[.!?:;]["'”’)]?\s*$/;

/** A line of page furniture a text copied from a PDF keeps (a page number, a document symbol alone): never part of a paragraph. */
const FURNITURE = /^\s*(?:-\s*\d{1,4}\s*-|\d{1,4}|[Pp]age\s+\d{1,4}|[\d-]*\s*\d{1,3}\/\d{1,3}\s*[\d-]*|[A-Z][A-Za-z.]*(?:\/[A-Za-z0-9.()-]+){2,})\s*$/;

/** A line that can be part of a wrapped paragraph: no rule, contents entry, table row, line of columns or furniture. */
const prose = (text: string) => !RULE.test(text) && !CONTENTS.test(text) && !COLUMN_GAP.test(text.trim()) && !text.trim().includes('\t') && !FURNITURE.test(text) && !FIELDS.test(text);
/** Fields set apart by a bar or a middle dot ("Issue 12 | April–June 2025", "… Secretariat · Tel. …"): a masthead's, a footer's or a menu's line. */
const FIELDS = /\S \s*[|·]\s* \S|\S\s+[|·]\s+\S/;

/**
 * How a text is hard-wrapped: its wrapped runs (three prose lines or more in a row, two of them
 * close to the run's widest, none over 130 characters: a title block's lines or a one-line
 * paragraph are none) and the width they are wrapped at, the widest of their lines. A text whose
 * wrapped runs hold less than a quarter of its lines is not hard-wrapped (width undefined).
 */
export function wrapping(lines: readonly SourceLine[]): { width: number | undefined; inRuns: ReadonlySet<number> } {
  let width = 0;
  const inRuns = new Set<number>();
  let nonBlank = 0;
  let run: number[] = [];
  const close = () => {
    const lengths = run.map((k) => lines[k]!.text.trim().length);
    const max = Math.max(0, ...lengths);
    if (run.length >= 3 && max <= 130 && lengths.filter((n) => n >= max * 0.85).length >= 2) {
      width = Math.max(width, max);
      for (const k of run) inRuns.add(k);
    }
    run = [];
  };
  let underHeader = false; // a table's rows under its header row of column labels are not prose
  for (const [k, line] of lines.entries()) {
    if (line.kind !== 'blank') nonBlank++;
    underHeader = line.kind !== 'blank' && (underHeader || COLUMN_HEADER.test(line.text.trim()));
    if ((line.kind === 'para' || line.kind === 'bullet') && prose(line.text) && !underHeader) run.push(k);
    else close();
  }
  close();
  return inRuns.size >= Math.max(10, nonBlank * 0.25) ? { width, inRuns } : { width: undefined, inRuns: new Set() };
}

const firstWord = (s: string) => s.trim().split(/\s+/)[0] ?? '';

/** Does `next` go on with the paragraph whose last source line is `line`? `width`: the wrap width when both stand in a wrapped run. */
function flows(line: string, next: string, width: number | undefined): boolean {
  const a = line.trimEnd();
  const b = next.trim();
  if (b === '' || ITEM.test(next) || LABEL_ONLY.test(b) || LABEL_ONLY.test(a) || !prose(a) || !prose(b)) return false;
  if (/\p{L}-$/u.test(a) && /^\p{L}/u.test(b)) return true;
  if (/^\p{Ll}/u.test(b) && !ENDS_SENTENCE.test(a)) return true;
  if (width === undefined || a.trim().length > width) return false;
  // no paragraph ends on a comma or a function word; and a proportional font wraps at a width, not at a count of characters
  return RUNS_ON.test(a) || a.trim().length + 1 + firstWord(b).length > width * 0.9;
}

/** `a` and `b` as one text: a word hyphenated at the break is joined ("Develop-" "ment"), a compound keeps its hyphen ("Asia-" "Pacific"). */
function join(a: string, b: string): string {
  const left = a.trimEnd();
  const right = b.trim();
  if (/\p{L}-$/u.test(left) && /^\p{Ll}/u.test(right)) return left.slice(0, -1) + right;
  if (/\p{L}-$/u.test(left) && /^\p{Lu}/u.test(right)) return left + right;
  return `${left} ${right}`;
}

/** A table row: cells set apart by tabs, two of them with text at least (a list item's marker and tab, or a tab indent, are not a row). */
function tabRow(text: string): boolean {
  if (ITEM.exec(text)?.[3]!.includes('\t')) return false;
  return text.trim().split(/\t+/).length >= 2;
}

/** Cells of a line of aligned columns, split at gaps of two spaces or more, each with its character column. */
function cellsOf(text: string): Array<{ col: number; text: string }> {
  const cells: Array<{ col: number; text: string }> = [];
  for (const m of text.matchAll(/\S+(?: \S+)*/g)) cells.push({ col: m.index, text: m[0] });
  return cells;
}

/**
 * The layout units of a fixture's source lines. `keep` marks source lines that are laid out one a
 * line whatever they hold (the fixture's own distribution header); `pageChars` is the most
 * characters a line of the page holds.
 */
export function layout(lines: readonly SourceLine[], keep: (index: number) => boolean, pageChars: number): Unit[] {
  const { width, inRuns } = wrapping(lines);
  const units: Unit[] = [];
  let k = 0;
  let underHeader = false; // rows under a header row of column labels, until a blank line
  while (k < lines.length) {
    const line = lines[k]!;
    const text = line.text;
    if (line.kind === 'blank') {
      units.push({ kind: 'gap' });
      underHeader = false;
      k++;
      continue;
    }
    if (line.kind === 'heading') {
      units.push({ kind: 'heading', text, source: k });
      k++;
      continue;
    }
    if (keep(k)) {
      units.push({ kind: 'text', segments: [text], hanging: false, source: k });
      k++;
      continue;
    }
    const item = ITEM.exec(text);
    // A table row: cells set apart by tabs (a list item's marker and tab are not a row).
    if (tabRow(text)) {
      const rows: string[][] = [];
      while (k < lines.length && lines[k]!.kind !== 'blank' && lines[k]!.kind !== 'heading' && tabRow(lines[k]!.text)) rows.push(lines[k++]!.text.split('\t'));
      units.push({ kind: 'table', rows });
      continue;
    }
    const contents = CONTENTS.exec(text);
    if (contents) {
      units.push({ kind: 'contents', title: contents[1]!, before: contents[2]!, leader: contents[3]!.trimEnd(), after: /\s*$/.exec(contents[3]!)![0] + contents[4]!, page: contents[5]! });
      k++;
      continue;
    }
    // Aligned columns: this line, and the lines under it that are columns too or indented continuations of a cell.
    if (COLUMN_GAP.test(text.trim()) && !item) {
      const block: string[] = [text];
      k++;
      while (k < lines.length && lines[k]!.kind === 'para' && !keep(k) && !CONTENTS.test(lines[k]!.text) && (COLUMN_GAP.test(lines[k]!.text.trim()) || /^ {3,}\S/.test(lines[k]!.text))) block.push(lines[k++]!.text);
      units.push({ kind: 'columns', lines: block.map(cellsOf), source: block });
      continue;
    }
    if (underHeader || COLUMN_HEADER.test(text.trim())) {
      units.push({ kind: 'row', text });
      underHeader = true;
      k++;
      continue;
    }
    // A paragraph or a list item, with the source lines that go on with it.
    const glyph = GLYPH.exec(text);
    const marker = glyph
      ? { text: glyph[1]!, tab: false, glyph: true }
      : item ? { text: item[1]! + item[2]!, tab: item[3]!.includes('\t'), glyph: false } : undefined;
    let body = glyph ? text.slice(glyph[0].length) : item?.[3]!.includes('\t') ? text.slice(item[0].length) : text;
    const segments: string[] = [];
    let hanging = glyph !== null || (item !== null && item[3]!.includes('\t'));
    let last = text;
    const first = k;
    k++;
    while (k < lines.length && lines[k]!.kind === 'para' && !keep(k)) {
      const next = lines[k]!.text;
      const indented = marker !== undefined && /^\s+\S/.test(next) && !ITEM.test(next) && !COLUMN_GAP.test(next.trim()) && !CONTENTS.test(next);
      // the width decides only inside a run of wrapped lines, or for a line longer than the page's, which would leave its tail alone
      const byWidth = (inRuns.has(k - 1) && inRuns.has(k)) || last.trim().length > pageChars;
      if (!indented && !flows(last, next, byWidth ? width : undefined)) break;
      if (indented) hanging = true;
      if (indented && FIELD.test(next)) {
        segments.push(body);
        body = next.trim();
      } else body = join(body, next.replace(/^\t+/, ''));
      last = next;
      k++;
    }
    segments.push(body);
    units.push({ kind: 'text', marker, segments, hanging, source: first });
  }
  return units;
}
