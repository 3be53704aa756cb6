/**
 * Activities listed in a table (issue 16 class 6): a header row (cells set apart by tabs or wide gaps) whose first or second
 * cell names what each row is ("Course", "Activity", "Workshop title", "Event") over rows that give
 * each activity's name, dates, venue and figures ("Cargo inspection\t7-11 March 2022\tKingston,
 * Jamaica\t24"). Each row is one activity, its trigger the cell that names it; the header row is
 * no activity, and neither is a total row. A row whose cell says what it is in words of its own
 * ("Course on risk analysis") is found by the ordinary triggers; this only fills the rows that do not.
 */
import { type Cell, cellsOfLine, hasCellGap } from '../text/cells.js';
import { HEADS } from './lexicon.js';
import type { Passage } from './passages.js';
import { tokenize } from './tokens.js';
import type { Trigger } from './triggers.js';

/** A header cell that names the activity of each row: "Course", "Activities", "Name of the course", "Workshop title", "Activity/Event". */
const ACTIVITY_HEADER = /^(?:(?:name|title|topic)\s+of\s+(?:the\s+)?)?(?<noun>course|workshop|seminar|training|meeting|mission|activity|event|exercise|conference|session|forum|webinar)s?(?:\s*\/\s*[a-z]+)?(?:\s+(?:title|name|topic))?$/i;
/** The longest header row looked at: eight labels of thirty characters and their gaps. */
const MAX_HEADER = 400;
const TOTAL = /^\s*(?:total|sub-?total|all)\b/i;
/** A header cell: short, a label rather than a sentence. */
const LABEL = /^(?:No\.|Nº|N°|#|[\p{Lu}][^.;:!?]{0,29})$/u;

export interface TableRole {
  /** The header row: no activity. */
  header?: true;
  /** A row: the activity its cell names. */
  row?: Trigger;
}

/**
 * The table roles of a document's passages: header rows and their rows. `view` is the text view;
 * each passage is checked as one line of cells. A table set apart by spaces (PDF text export) wraps
 * a long cell onto lines of its own: a line with fewer cells than a row has ("officers      Colombia"
 * under "Container profiling for      4-8 March      Cartagena,      24") goes on the row above,
 * whether the text joined it to that row's passage or left it apart; a line of sentences ends the table.
 */
export function tableRoles(view: string, passages: readonly Passage[]): Map<number, TableRole> {
  const roles = new Map<number, TableRole>();
  for (let p = 0; p < passages.length; p++) {
    // a header row is one short line of labels: a paragraph is not split into cells to find that out
    if (passages[p]!.end - passages[p]!.start > MAX_HEADER) continue;
    const header = cellsOf(view, passages[p]!);
    if (!header || header.length < 2 || !header.every((c) => LABEL.test(c.text))) continue;
    const at = header.slice(0, 2).findIndex((c) => ACTIVITY_HEADER.test(c.text));
    if (at < 0) continue;
    const label = ACTIVITY_HEADER.exec(header[at]!.text)!.groups!.noun!.toLowerCase();
    const noun = (HEADS.get(label)?.kind ?? 'other') === 'other' ? (referringNoun(view, passages, p) ?? label) : label;
    const spaced = !view.slice(passages[p]!.start, passages[p]!.end).includes('\t');
    roles.set(p, { header: true });
    for (let r = p + 1; r < passages.length; r++) {
      // a tab table's row whose cell wraps onto a line of its own (PDF text: "Safe dismantling of clandestine⇥…" / "laboratories"):
      // the row is its first line, and a short line with no gap and no sentence goes on with the row above
      const cells = cellsOf(view, passages[r]!, true);
      if (!cells && !spaced && passages[r]!.section === passages[p]!.section && wrappedLine(view.slice(passages[r]!.start, passages[r]!.end))) {
        roles.set(r, {});
        continue;
      }
      if (!cells || passages[r]!.section !== passages[p]!.section) break;
      if (spaced ? cells.some(sentenceCell) : cells.length < 2) break;
      if (spaced && cells.length < Math.max(2, header.length - 1)) {
        roles.set(r, {}); // a wrapped cell's next line
        continue;
      }
      if (TOTAL.test(cells[0]!.text)) {
        roles.set(r, {});
        continue;
      }
      const cell = cells[at];
      if (cell && /\p{L}/u.test(cell.text)) roles.set(r, { row: rowTrigger(view, cell, noun) });
    }
  }
  return roles;
}

/** A sentence that sends the reader to the table: "They are listed in the table", "shown in the following table", "(see Table 2)", "as the table below shows". */
const TABLE_REF = /\b(?:listed|shown|set\s+out|given|detailed|presented|described|summari[sz]ed|see)\s+(?:below\s+)?(?:in\s+)?(?:the\s+)?(?:(?:following|next)\s+)?table\b|\b(?:the\s+)?table\s+below\b|\bTable\s+\d+\b/i;

/**
 * The kind of activity a total in the paragraph just above a table names, when that paragraph sends the
 * reader to the table ("In 2025 the Centre delivered five courses … They are listed in the table."): a table
 * headed "Activity" then lists those courses. The last plural activity noun before the reference.
 */
function referringNoun(view: string, passages: readonly Passage[], header: number): string | undefined {
  const above = passages[header - 1];
  if (!above || above.section !== passages[header]!.section) return undefined;
  const text = view.slice(above.start, above.end);
  const ref = TABLE_REF.exec(text);
  if (!ref) return undefined;
  let noun: string | undefined;
  for (const t of tokenize(view, above.start, above.start + ref.index)) {
    const head = HEADS.get(t.lower);
    if (head && head.kind !== 'other' && head.countable && t.lower.endsWith('s')) noun = t.lower;
  }
  return noun;
}

/** A line of a wrapped cell: one short line with no full stop at its end. */
const wrappedLine = (text: string): boolean => !text.includes('\n') && text.trim().length > 0 && text.trim().length <= 40 && !/[.!?:;]$/.test(text.trim());

/** A cell that is a sentence: four words or more ending in a full stop ("The Board also met twice."). */
const sentenceCell = (c: Cell): boolean => /[.!?]$/.test(c.text) && /^(?:\S+\s+){3,}\S/.test(c.text);

/**
 * The cells of a passage's line split at tabs or wide gaps (view offsets, trimmed), or undefined for
 * a passage without a gap. Only a one-line passage is read, except in a table set apart by spaces
 * (`firstLine`), where a row's wrapped cells joined to it leave its first line the row's cells.
 */
function cellsOf(view: string, passage: Passage, firstLine = false): Cell[] | undefined {
  let text = view.slice(passage.start, passage.end);
  const nl = text.indexOf('\n');
  if (nl >= 0) {
    if (!firstLine) return undefined;
    text = text.slice(0, nl);
  }
  if (!hasCellGap(text)) return undefined;
  return cellsOfLine(text).map((c) => ({ ...c, start: passage.start + c.start, end: passage.start + c.end }));
}

/** The row's activity: its cell as the trigger, of the kind its own words name, else the header's. */
function rowTrigger(view: string, cell: Cell, noun: string): Trigger {
  const tokens = tokenize(view, cell.start, cell.end);
  const own = [...tokens].reverse().map((t) => HEADS.get(t.lower)).find((h) => h !== undefined && h.kind !== 'other');
  const kind = own?.kind ?? HEADS.get(noun)?.kind ?? 'other';
  return {
    start: cell.start,
    end: cell.end,
    headStart: cell.start,
    kind,
    countable: true,
    plural: false,
    titled: false,
    reference: 'none',
    rule: 'event/table-row',
    tokens,
    first: 0,
    last: tokens.length - 1,
  };
}
