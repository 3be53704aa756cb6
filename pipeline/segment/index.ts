/**
 * Stage 3, segment: the view text → blocks and a section tree (issue 17: reports of any layout).
 *
 *   1. view lines (view-lines.ts): each non-blank line, whether a blank line sets it apart, and
 *      run-in headings split in two;
 *   2. front matter (front-matter.ts): cover and distribution furniture ('front' blocks, a
 *      flattened header line split at its columns) and the title block (a level-1 heading, also
 *      where it is repeated, and a web page's title after its address);
 *   3. the loop, line by line: contents lists (contents.ts: one 'contents' block, the label a
 *      heading), quoted articles, split labels ("c." / title), bullets, signature blocks, headings
 *      (heading-style.ts, plus headlines set apart by blank lines), paragraphs;
 *   4. ranks → levels with a stack: a title block above everything, a contents label at the rank
 *      of the parts it lists, an annex at the rank of the top parts, a group label ("Upcoming
 *      events") half a rank above the items right under it.
 * Every step is one pass over the lines (the front-matter scan looks at the first 60 only).
 */
import type { Block, Doc, Section } from '../document.js';
import { contentsAt, entryKey, moreWordCharsThan, PAGE_COLUMN, type ContentsList } from './contents.js';
import { contentsLevels } from './contents-levels.js';
import { columnSplit, frontKind, frontKindOf, isDateLine, opensWithDateline } from './front-lines.js';
import { findFrontMatter, SECTION_WORD } from './front-matter.js';
import { continuesHeading, headingStyle, LEADER, rankOf, type HeadingStyle } from './heading-style.js';
import { ARTICLE_LABEL, BARE_DECIMAL, BARE_LABEL, BARE_ROMAN, BULLET, COLUMN_HEADER, DATE_FIELD, ELLIPSIS, NUMBERED, OPENS_WITH_DATE, RULE_LINE } from './patterns.js';
import { alignedRow, figureBoxTitle, isByline, isCaption, isHeadline, isPullQuote, listAfterLead, shortLineList, titlesNothing } from './not-headings.js';
import { romanLetters } from './roman-letters.js';
import { viewLines, type ViewLine } from './view-lines.js';

/** Rank of a title block: above every part, closed only by the next title block. */
const TITLE_RANK = -1;
/** Rank of a contents label, settled after the loop: the rank of the parts its list names. */
const PENDING_RANK = Number.NaN;
/** Furniture that is never a heading wherever it stands: "Kingston, 10 March 2024", a symbol, a print code. */
const NEVER_HEADINGS: ReadonlySet<string> = new Set(['date', 'symbol', 'code', 'contact', 'breadcrumb', 'web', 'memo', 'dateline']);

/** A date line, or a dateline with its category ("14 November 2025 | Training"), under an item's headline. */
const DATED: ReadonlySet<string> = new Set(['date', 'dateline']);
/** Cells set apart by tabs or wide gaps (three columns, or a date column first): a table row, never a heading. */
const TABLE_ROW = /\S\t+\S|\S {2,}\S.*\S {2,}\S|^(?:\d[\d\s–-]*)?\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\b.*\S {3,}\S/;
/** A numbering label set off from its title by a tab, as word processors export list numbers ("B.⇥Training", "IV.⇥UNIT"): the tab separates label and title, not cells. */
const LABEL_TAB = /^\s*(?:[IVXLC]{1,6}[.)]|\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}(?:\.\d{1,2})+|[a-zA-Z][.)]|\([a-zA-Z\d]{1,4}\))\t+/;
/**
 * A bare list number, a tab and one capitalized title ("1⇥Introduction", Word's numbering with no full
 * stop): a heading, unless it goes on a table (the line right above it a row of cells: "1⇥Fire safety⇥Callao" / "2⇥Damage control").
 */
const NUMBER_TAB = /^\s*\d{1,2}\t+\p{Lu}[^\t]*$/u;
const numberTabHeading = (lines: readonly ViewLine[], i: number): boolean =>
  NUMBER_TAB.test(lines[i]!.text) && (lines[i]!.gap || i === 0 || !isTableRow(lines[i - 1]!.text));
/** A row of a calendar whose column gaps were closed (PDF text): it opens with a date, text follows, and a neighbouring line opens with a date too. */
function calendarRow(lines: readonly ViewLine[], i: number): boolean {
  const opens = (line: ViewLine | undefined) => line !== undefined && OPENS_WITH_DATE.test(line.text);
  if (!opens(lines[i]) || isDateLine(lines[i]!.text)) return false;
  return (opens(lines[i - 1]) && !lines[i]!.gap) || (opens(lines[i + 1]) && !lines[i + 1]!.gap);
}
/**
 * A table row, judged with a leading label's tab read as the space it stands for. Every reading of
 * TABLE_ROW needs a tab or two spaces in a row (and LABEL_TAB a tab): a line with neither, as most
 * paragraphs are, is no row, and the pattern (slow on a long paragraph) is not run.
 */
const isTableRow = (text: string): boolean => (text.includes('\t') || text.includes('  ')) && TABLE_ROW.test(text.replace(LABEL_TAB, (m) => m.replace(/\t+/, ' ')));
/** Two cells set apart by a wide gap of spaces right under a table row, with no blank line between: the table goes on ("Total      65" under its rows). */
const TWO_CELLS = /\S {2,}\S/;
const rowUnderRow = (lines: readonly ViewLine[], i: number): boolean =>
  i > 0 && !lines[i]!.gap && TWO_CELLS.test(lines[i]!.text) && isTableRow(lines[i - 1]!.text) && !numberTabHeading(lines, i - 1);

/**
 * The lines without the horizontal rules drawn between them: a rule separates what is above from
 * what is below as a blank line does, so the line after it starts a group ("------" / "Item
 * headline" / "------" / dateline and text: the headline is set apart).
 */
function withoutRules(lines: ViewLine[]): ViewLine[] {
  if (!lines.some((l) => RULE_LINE.test(l.text))) return lines;
  const out: ViewLine[] = [];
  let afterRule = false;
  for (const line of lines) {
    if (RULE_LINE.test(line.text)) {
      afterRule = true;
      continue;
    }
    out.push(afterRule && out.length > 0 ? { ...line, gap: true } : line);
    afterRule = false;
  }
  return out;
}
/** A part or annex label with no title of its own ("Annex I", "PART TWO"): its title is on the next line. */
const LABEL_ONLY = /^(?:annex(?:es)?|appendix|part|chapter|section)(?:\s+(?:[ivx]{1,5}|\d{1,2}|[a-z]|one|two|three|four|five|six|seven|eight|nine|ten))?\s*[.:]?$/i;
/** Section words of front parts that hold no numbered sections of their own. */
const FRONT_PART = /^(?:summary|executive\s+summary|abstract|foreword|preface|acknowledg(?:e)?ments|abbreviations(?:\s+and\s+acronyms)?|acronyms|list\s+of\s+acronyms|presentation|resumen|presentación|prólogo)\s*:?$/i;
/**
 * An unlabelled part that closes a report, whatever the convention of the parts before it: it
 * stands at their rank, not under the last of them ("Output 2.2 …" / … / "Activities planned for
 * 2024", "Conclusions", "Next steps", "The way forward").
 */
const CLOSING_PART = /^(?:conclusions?|concluding\s+remarks|final\s+remarks|recommendations|(?:the\s+)?way\s+forward|looking\s+ahead|next\s+steps|lessons\s+learn(?:ed|t)|challenges\s+and\s+lessons\s+learn(?:ed|t)|outlook(?:\s+for\s+\d{4})?|perspectives(?:\s+for\s+\d{4})?|planned\s+activities(?:\s+for\s+\d{4})?|(?:activities|priorities|plans|work\s*plan)\s+(?:planned\s+)?for\s+\d{4}(?:\s*[-–]\s*\d{2,4})?)$/i;
/** Words that open a sentence rather than a label: "The Unit thanks its partners:", "During 2025 the Office trained:". */
const LEAD_WORD = /^(?:the|this|these|those|our|its|their|in|during|a|an|we|it)\b/i;
/** "Photo: …", "Venue: …", "Source: …": a one-word field label and its value, never a heading. */
const FIELD_LINE = /^\p{Lu}\p{Ll}+:\s+\S/u;

export function segment(doc: Doc): void {
  const lines = withoutRules(viewLines(doc.view.text));
  const { front, titles } = findFrontMatter(lines);
  const titleAt = new Map(titles.map(([first, last]) => [first, last]));
  const numberedParagraphs = paragraphNumbering(lines);
  const listed = new Map<string, number>(); // contents entries → rank of their own style
  let longestListed = 0; // the longest key in listed
  const blocks: Block[] = [];
  const ranks: number[] = []; // rank of each heading block, parallel to blocks
  const signed = new Set<number>(); // the last block of each signature block
  const closingParts: number[] = []; // heading blocks named as a closing part (CLOSING_PART)
  const lists: Array<{ list: ContentsList; at: number }> = []; // contents lists and the index of their blocks
  const push = (block: Block, rank = -1) => {
    blocks.push(block);
    ranks.push(rank);
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const prevKind = blocks.at(-1)?.kind;

    const titleEnd = titleAt.get(i);
    if (titleEnd !== undefined) {
      push({ ...headingBlock(line.start, lines[titleEnd]!, doc.view.text), titleBlock: true }, TITLE_RANK);
      i = titleEnd + 1;
      continue;
    }
    if (front.has(i)) {
      const split = columnSplit(line.text);
      if (split !== undefined) {
        push({ kind: 'front', start: line.start, end: line.start + line.text.slice(0, split).trimEnd().length, section: -1 });
        push({ kind: 'front', start: line.start + split, end: line.end, section: -1 });
      } else push({ kind: 'front', start: line.start, end: line.end, section: -1 });
      i++;
      continue;
    }
    const contents = contentsAt(lines, i, doc.view.text);
    if (contents) {
      const label = headingBlock(line.start, line, doc.view.text);
      const column = PAGE_COLUMN.exec(line.text); // "CONTENTS      Page": the page column's header is not part of the label
      if (column) label.end = line.start + column.index;
      const first = headingStyle(contents.entries[0]!);
      push(label, first && first.style !== 'annex' ? rankOf(first.style, first.depth) : PENDING_RANK);
      push({ kind: 'contents', start: lines[contents.first]!.start, end: lines[contents.last]!.end, section: -1 });
      lists.push({ list: contents, at: blocks.length - 1 });
      for (const entry of contents.entries) {
        const style = headingStyle(entry);
        const key = entryKey(entry);
        listed.set(key, style ? rankOf(style.style, style.depth) : rankOf('title'));
        longestListed = Math.max(longestListed, key.length);
      }
      i = contents.last + 1;
      continue;
    }

    const article = ARTICLE_LABEL.exec(line.text);
    if (article) {
      const labelEnd = line.start + article.groups!.label!.length;
      const inline = article.groups!.rest!.trim() !== '';
      const takesNext = !inline && next !== undefined && !startsStructure(next.text);
      push({ kind: 'article', start: line.start, end: takesNext ? next.end : line.end, label: { start: line.start, end: labelEnd }, section: -1 });
      i += takesNext ? 2 : 1;
      continue;
    }

    const decimal = BARE_DECIMAL.exec(line.text);
    if (decimal && next && next.text.length <= 120 && headingStyle(next.text) && !startsStructure(next.text)) {
      push(headingBlock(line.start, next, doc.view.text), rankOf('number', decimal.groups!.label!.split('.').length));
      i += 2;
      continue;
    }

    if (BARE_ROMAN.test(line.text) && next && !next.gap && next.text.length <= 120 && headingStyle(next.text) && !startsStructure(next.text)) {
      push(headingBlock(line.start, next, doc.view.text), rankOf('roman'));
      i += 2;
      continue;
    }

    const bare = BARE_LABEL.exec(line.text);
    if (bare && next) {
      const titled = headingStyle(next.text);
      if (titled && titled.style !== 'caps' && next.text.length <= 120) {
        const label = bare.groups!.label!;
        const style: HeadingStyle = /^\d+$/.test(label) ? 'number' : label === label.toUpperCase() ? 'letter-upper' : 'letter-lower';
        push(headingBlock(line.start, next, doc.view.text), rankOf(style));
        i += 2;
        continue;
      }
      if (!startsStructure(next.text) || ELLIPSIS.test(next.text)) {
        const quoted = ELLIPSIS.test(next.text) ? line : next;
        push({ kind: 'article', start: line.start, end: quoted.end, label: { start: line.start, end: line.start + bare.groups!.label!.length }, section: -1 });
        i += quoted === next ? 2 : 1;
        continue;
      }
    }

    if (BULLET.test(line.text)) {
      push({ kind: 'bullet', start: line.start, end: line.end, section: -1 });
      i++;
      continue;
    }
    if (ELLIPSIS.test(line.text)) {
      push({ kind: prevKind === 'article' ? 'article' : 'paragraph', start: line.start, end: line.end, section: -1 });
      i++;
      continue;
    }

    // A lead ending in a colon over short unmarked lines: the lines are a list's items, not headings.
    const listEnd = listAfterLead(lines, i);
    if (listEnd > i + 1) {
      // A short label ("Partners:") stays a heading over its list; a sentence ("The Unit thanks its partners:") is the list's lead.
      const label = headingStyle(line.text)?.style === 'colon-title' && line.text.split(/\s+/).length <= 4 && !LEAD_WORD.test(line.text);
      const lead = label ? headingOf(line, lines, i, numberedParagraphs, listed, longestListed) : undefined;
      if (lead) push(headingBlock(line.start, line, doc.view.text), rankOf(lead.style, lead.depth));
      else push({ kind: 'paragraph', start: line.start, end: line.end, section: -1 });
      for (let k = i + 1; k < listEnd; k++) push({ kind: 'bullet', start: lines[k]!.start, end: lines[k]!.end, section: -1 });
      i = listEnd;
      continue;
    }

    const signature = signatureEnd(lines, i);
    if (signature > i) {
      for (let k = i; k < signature; k++) push({ kind: 'paragraph', start: lines[k]!.start, end: lines[k]!.end, section: -1 });
      signed.add(blocks.length - 1);
      i = signature;
      continue;
    }

    const heading = headingOf(line, lines, i, numberedParagraphs, listed, longestListed);
    if (heading) {
      let last = line;
      // (a title in capitals is the label's title too: "Annex" / "LIST OF MISSIONS BY COUNTRY")
      if ((heading.style === 'annex' || heading.style === 'part' || heading.style === 'chapter') && LABEL_ONLY.test(line.text) && next && !next.gap && headingStyle(next.text) && (!startsStructure(next.text) || headingStyle(next.text)?.style === 'caps')) last = lines[++i]!;
      while (lines[i + 1] && lines[i + 1]!.start - last.end <= 4 && !titleAt.has(i + 1) && !front.has(i + 1) && continuesHeading(last.text, lines[i + 1]!.text)) {
        last = lines[++i]!;
      }
      const block = headingBlock(line.start, last, doc.view.text);
      const after = lines[i + 1];
      // an item's headline: a sentence-like title over its text or dateline, or any title over its date field (an events page's item)
      if (heading.style === 'title' && after && ((isHeadline(doc.view.text.slice(block.start, block.end)) && (headingStyle(after.text) === undefined || DATED.has(frontKindOf(after) ?? ''))) || DATE_FIELD.test(after.text))) block.headline = true;
      const closing = (heading.style === 'title' || heading.style === 'colon-title') && CLOSING_PART.test(doc.view.text.slice(block.start, block.end));
      if (closing) closingParts.push(blocks.length);
      push(block, heading.style === 'annex' ? annexRank(ranks) : rankOf(heading.style, heading.depth));
      i++;
      continue;
    }

    push({ kind: 'paragraph', start: line.start, end: line.end, section: -1 });
    i++;
  }
  titlesNothing(blocks, ranks, doc.view.text, rankOf('title'));
  romanLetters(blocks, ranks, doc.view.text);
  settleRanks(blocks, ranks, doc.view.text);
  for (const { list, at } of lists) contentsLevels(blocks, ranks, doc.view.text, list, at);
  relativeRanks(blocks, ranks);
  for (const b of closingParts) ranks[b] = closingRank(ranks.slice(0, b), ranks[b]!);
  doc.blocks = blocks;
  doc.sections = buildSections(blocks, ranks, doc.view.text.length, signed);
}

/** The heading style of line `i`, or undefined when it is running text, a field, a date or a numbered paragraph. */
function headingOf(line: ViewLine, lines: readonly ViewLine[], i: number, numberedParagraphs: boolean, listed: ReadonlyMap<string, number>, longestListed: number): { style: HeadingStyle; depth: number } | undefined {
  const after = lines[i + 1];
  // A line set apart over a dateline is an item's headline even with a lead-in word ("Upcoming: Regional workshop on …" / "Nassau | 16–18 July 2025").
  const overDateline = line.gap && after !== undefined && !after.gap && DATED.has(frontKindOf(after) ?? '');
  if ((FIELD_LINE.test(line.text) && !(overDateline && setApartTitle(line.text))) || isDateLine(line.text) || (isTableRow(line.text) && !numberTabHeading(lines, i)) || rowUnderRow(lines, i) || underColumnHeader(lines, i) || alignedRow(lines, i) || calendarRow(lines, i) || LEADER.test(line.text) || NEVER_HEADINGS.has(frontKindOf(line) ?? '') || isCaption(line.text) || isPullQuote(line.text) || isByline(line.text) || figureBoxTitle(lines, i)) return undefined;
  const style = headingStyle(line.text);
  if (listed.size > 0 && !moreWordCharsThan(line.text, longestListed) && listed.has(entryKey(line.text))) return style ?? { style: 'title', depth: 1 };
  if (style) {
    if (style.style === 'title' && shortLineList(lines, i)) return undefined; // a line of a list whose markers are gone
    if (style.style === 'number' && /^\d+\s/.test(line.text) && /\d$/.test(line.text)) return undefined; // a table row: "1 Assessor workshop 10–14 March 2025 Nassau 28"
    if (numberedParagraphs && style.style === 'number' && style.depth === 1 && NUMBERED.test(line.text) && !sideHeading(lines, i)) return undefined;
    return style;
  }
  // A line set apart by blank lines, without a closing full stop: a headline ("Border officers
  // from six countries complete a course in Antigua Guatemala").
  if (line.gap && (after === undefined || after.gap) && setApartTitle(line.text)) return { style: 'title', depth: 1 };
  // An item's headline over its dateline ("Heads of border police meet in Tegucigalpa" / "30 October 2025 | Meetings").
  if ((line.gap || i === 0) && after && !after.gap && (DATED.has(frontKindOf(after) ?? '') || DATE_FIELD.test(after.text)) && setApartTitle(line.text)) return { style: 'title', depth: 1 };
  // A news item's headline over its text opening on a place-and-date dateline ("Ministers meet on …" / "LIMA, 3 May 2024 - The ministers …").
  if (line.gap && after && !after.gap && opensWithDateline(after.text) && setApartTitle(line.text)) return { style: 'title', depth: 1 };
  return undefined;
}

/** A sentence's stop with a footnote marker run onto it ("… will publish it in 2026.2", "… of the guide.3"): no title ends so. */
const FOOTNOTED_STOP = /(?:\p{L}{2}|\d{4}|["”’)])[.;:!?]\d{1,2}$/u;

function setApartTitle(text: string): boolean {
  if (!/^[\p{Lu}\d"“]/u.test(text) || /[.;,:!?]["”’)]?$/.test(text) || FOOTNOTED_STOP.test(text) || text.length > 170) return false;
  const words = text.split(/\s+/).length;
  return words >= 2 && words <= 20 && !/[.!?]\s+\p{Lu}/u.test(text.replace(/\b(?:[A-Z]|St|Dr|Mr|Mrs|Ms|No)\.\s/g, ''));
}

/**
 * A signature or address block: two or more short unlabelled title-case lines together (no blank
 * line between them), with a heading or the end of the text after them ("Desmond R. Alleyne" /
 * "Executive Director"). Returns the index after the block, or `i` when there is none.
 */
function signatureEnd(lines: readonly ViewLine[], i: number): number {
  if ((!lines[i]!.gap && i > 0 && !wholeParagraphLine(lines[i - 1]!.text)) || lines[i]!.text.length > 60 || lines[i + 1]?.gap !== false) return i;
  // an item's title over its date field ('Date: 12-14 March 2026') is no signature
  if (DATE_FIELD.test(lines[i + 1]!.text)) return i;
  let j = i;
  // A line of cells ("SACEN⇥South Atlantic …", an acronym list under its heading) is no line of a signature.
  while (j < lines.length && (j === i || !lines[j]!.gap) && lines[j]!.text.length <= 60 && !/\t|\S {3,}\S/.test(lines[j]!.text) && headingStyle(lines[j]!.text)?.style === 'title') j++;
  if (j - i < 2 || (j < lines.length && !lines[j]!.gap)) return i;
  if (j < lines.length && headingStyle(lines[j]!.text) === undefined) return i;
  return j;
}

/**
 * A line that is a whole paragraph (a text exported one paragraph a line, as Word's plain text is,
 * with no blank line between paragraphs): longer than any wrapped line and ending a sentence. What
 * follows it starts afresh, as after a blank line.
 */
function wholeParagraphLine(text: string): boolean {
  return text.length > 120 && /[.!?]["”’)]?$/.test(text);
}

/**
 * Does the report number its paragraphs ("1. In its resolution 71/209 …", UN style)? Then a
 * one-level number starts a paragraph, not a heading. Most numbered lines read as running text.
 */
/** A header row of column labels, or a row under one (no blank line between): never a heading. */
function underColumnHeader(lines: readonly ViewLine[], i: number): boolean {
  for (let k = i, guard = 0; k >= 0 && guard < 60; k--, guard++) {
    if (COLUMN_HEADER.test(lines[k]!.text.trim())) return true;
    if (lines[k]!.gap) return false;
  }
  return false;
}

/**
 * Among numbered paragraphs, a short numbered title with no closing stop right over a paragraph whose
 * number does not follow its own ("1. Regional workshops" / "4. A regional workshop was held …"): a
 * heading of a numbering of its own, not a paragraph.
 */
function sideHeading(lines: readonly ViewLine[], i: number): boolean {
  const line = lines[i]!;
  const next = lines[i + 1];
  if (!next || line.text.length > 80 || /[.;:,]["”’)]?$/.test(line.text)) return false;
  const own = /^(\d{1,3})\.\s/.exec(line.text);
  const following = /^(\d{1,3})\.\s+\S/.exec(next.text);
  return own !== null && following !== null && Number(following[1]) !== Number(own[1]) + 1 && (next.text.length > 120 || /[.;]["”’)]?$/.test(next.text));
}

function paragraphNumbering(lines: readonly ViewLine[]): boolean {
  let numbered = 0;
  let running = 0;
  for (const line of lines) {
    if (!/^\d{1,3}\.\s+\S/.test(line.text)) continue;
    numbered++;
    if (line.text.length > 170 || /[.;]["”’)]?$/.test(line.text)) running++;
  }
  return numbered >= 3 && running / numbered >= 0.6;
}

/** An annex stands at the rank of the document's top parts (the highest rank met so far below a title). */
function annexRank(ranks: readonly number[]): number {
  let top = Infinity;
  for (const r of ranks) if (r > TITLE_RANK && r < top) top = r;
  return Number.isFinite(top) ? top : rankOf('part');
}

/**
 * A closing part (CLOSING_PART) of rank `own` that would fall under a section below the top parts
 * ("Output 2.2 …" under "Outcome 2: …") stands at the rank of the top parts instead. Right under a
 * top part ("IV. LOGISTICS UNIT" / "Training" / "Outlook for 2024") it is that part's last
 * section and keeps its rank.
 */
function closingRank(ranks: readonly number[], own: number): number {
  let top = Infinity;
  for (const r of ranks) if (r > TITLE_RANK && r < top) top = r;
  let parent: number | undefined;
  for (let b = ranks.length - 1; b >= 0 && parent === undefined; b--) if (ranks[b]! > TITLE_RANK && ranks[b]! < own) parent = ranks[b];
  return parent !== undefined && parent > top ? top : own;
}

/**
 * Ranks that depend on what follows: a contents label takes the rank of the first heading after
 * its list; an unlabelled title followed at once by another of the same rank is a group label
 * ("Upcoming events" over the items listed under it), half a rank above them; a section word
 * ("FOREWORD") right before the labelled top parts stands at their rank.
 */
function settleRanks(blocks: readonly Block[], ranks: number[], text: string): void {
  let nextHeading = -1;
  for (let b = blocks.length - 1; b >= 0; b--) {
    if (blocks[b]!.kind !== 'heading') continue;
    // A front part named by a section word ("FOREWORD", "Summary", "Preface") right before the
    // numbered parts is one of them, not their parent: it takes their rank. A part that never has
    // numbered sections of its own ("EXECUTIVE SUMMARY", "FOREWORD", not "INTRODUCTION") does so
    // before decimal parts too ("EXECUTIVE SUMMARY" / "1. INTRODUCTION").
    const word = text.slice(blocks[b]!.start, blocks[b]!.end);
    const topRank = FRONT_PART.test(word) ? rankOf('number') : rankOf('roman');
    if (nextHeading >= 0 && ranks[b]! > TITLE_RANK && ranks[b]! < ranks[nextHeading]! && ranks[nextHeading]! <= topRank && !blocks[b]!.titleBlock && SECTION_WORD.test(word)) ranks[b] = ranks[nextHeading]!;
    if (Number.isNaN(ranks[b]!)) ranks[b] = nextHeading >= 0 ? ranks[nextHeading]! : rankOf('title');
    else if (b + 1 === nextHeading && ranks[b] === ranks[nextHeading] && ranks[b]! >= rankOf('title') && !blocks[nextHeading]!.titleBlock) ranks[b] = ranks[b]! - 0.5;
    nextHeading = b;
  }
}

/** Ranks of the labelled conventions ("I.", "A.", "1.", "1.1", "a)"): their fixed order is only a default. */
const LABELLED_MIN = 1;
const LABELLED_MAX = 6;
const labelled = (rank: number) => rank >= LABELLED_MIN && rank <= LABELLED_MAX;

/**
 * Levels are relative (issue 17 class 6): a labelled convention met for the first time inside an
 * open heading of another labelled convention nests under it ("1. Introduction" / "A. Background":
 * the letters are under the numbers here, though letters rank above numbers by default), and keeps
 * that place for the rest of the document.
 */
function relativeRanks(blocks: readonly Block[], ranks: number[]): void {
  const placed = new Map<number, number>(); // default rank → rank in this document
  const open: number[] = [];
  for (let b = 0; b < blocks.length; b++) {
    if (blocks[b]!.kind !== 'heading') continue;
    let rank = ranks[b]!;
    if (labelled(rank)) {
      const known = placed.get(rank);
      if (known !== undefined) rank = known;
      else {
        const top = open.at(-1);
        const nested = top !== undefined && labelled(Math.floor(top)) && top > rank ? top + 0.01 : rank;
        placed.set(rank, nested);
        rank = nested;
      }
      ranks[b] = rank;
    }
    while (open.length > 0 && open.at(-1)! >= rank) open.pop();
    open.push(rank);
  }
}

/** A heading block from `start` to the end of `last`, its heading span without a trailing colon. */
function headingBlock(start: number, last: ViewLine, text: string): Block {
  let end = last.end;
  if (text[end - 1] === ':') end--;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { kind: 'heading', start, end, section: -1 };
}

/** Lines that open a structure of their own, so an article label above them stands alone. */
function startsStructure(text: string): boolean {
  return ARTICLE_LABEL.test(text) || BARE_LABEL.test(text) || BULLET.test(text) || (headingStyle(text)?.style ?? 'none') === 'caps';
}

/**
 * Sections from heading ranks with a stack (a heading closes every open heading of its own rank or
 * lower). A signature closes the section it ends (a signed foreword, a chair's editorial): what
 * follows is not part of the signed piece, so the next heading is its sibling at most, whatever
 * its style ("FROM THE CHAIR" … signature, then the bulletin's items, in another style).
 */
function buildSections(blocks: Block[], ranks: number[], textLength: number, signed: ReadonlySet<number>): Section[] {
  const sections: Section[] = [];
  const stack: Array<{ section: number; rank: number }> = [];
  blocks.forEach((block, index) => {
    if (block.kind === 'heading') {
      const rank = ranks[index]!;
      while (stack.length > 0 && stack.at(-1)!.rank >= rank) sections[stack.pop()!.section]!.end = block.start;
      const parent = stack.at(-1)?.section ?? -1;
      sections.push({ block: index, level: stack.length + 1, parent, headingStart: block.start, headingEnd: block.end, start: block.start, end: textLength });
      stack.push({ section: sections.length - 1, rank });
      block.level = stack.length;
    }
    block.section = stack.at(-1)?.section ?? -1;
    if (signed.has(index) && stack.length > 0 && stack.at(-1)!.rank > TITLE_RANK) sections[stack.pop()!.section]!.end = block.end;
  });
  return sections;
}
