/**
 * Front matter (issue 17 classes 2 and 3): the cover or distribution header at the top of a
 * document, and the document's title block.
 *
 * From the top, the lines come in groups set apart by blank lines. A group with furniture in it
 * (symbols, "Distr.", dates, sessions, agenda items, issue lines …: front-lines.ts) is cover
 * furniture, and so are the body names beside it. The title block is the run of title-like lines
 * that is not furniture: in the very first group, the lines before its first furniture line
 * (a masthead: "SECURE BORDERS" / "Newsletter No. 31 | April-June 2016"); after a distribution
 * header, the first group free of furniture. The front region ends at running text, a labelled
 * heading, a bullet, or a section word such as "Summary" or "Contents".
 *
 * Later in the document, page-print codes and document symbols standing alone, web addresses and
 * breadcrumbs are furniture too; a title-like line right after a web page's address or breadcrumb
 * is that page's title.
 */
import { CONTENTS_LABEL } from './contents.js';
import { frontKind, frontKindOf, columnSplit, isDateLine, isDistribution, isStamp, type FrontKind } from './front-lines.js';
import { headingStyle, isCaps, LEADER } from './heading-style.js';
import { BULLET, CHAPTER, LETTERED, NUMBERED, PART, ROMAN } from './patterns.js';
import type { ViewLine } from './view-lines.js';

export interface FrontMatter {
  /** Line indices of cover and distribution furniture. */
  front: Set<number>;
  /** Title blocks as [first, last] line indices (inclusive). */
  titles: Array<[number, number]>;
}

export const SECTION_WORD = /^(?:summary|executive\s+summary|abstract|foreword|preface|introduction|acknowledg(?:e)?ments|background|overview|abbreviations(?:\s+and\s+acronyms)?|acronyms|list\s+of\s+acronyms|presentation|resumen|introducción|presentación|prólogo)\s*:?$/i;
const TOP_SCAN = 60;
const REPORT_WORD = /\b(?:report|review|newsletter|bulletin|plan|programme|program|strategy|yearbook)\b/i;
const MIDDLE_KINDS: ReadonlySet<FrontKind> = new Set(['symbol', 'code', 'breadcrumb', 'web', 'dateline']);
/** Furniture that may follow a title in its own group: its date, a web page's date stamp and share links. */
const AFTER_TITLE: ReadonlySet<string> = new Set(['date', 'dateline', 'web']);
/** A web page's chrome and path. */
const WEB_KINDS: ReadonlySet<string> = new Set(['web', 'breadcrumb']);
const WEB_ADDRESS = /^(?:https?:\/\/|www\.)\S+$/i;

/** A capitalized title line ending in a colon, its subtitle on the next line of the group ("TRAINING IN 2025:" / "NOTE BY THE DEPARTMENT …"). */
function leadsOn(group: readonly ViewLine[], k: number): boolean {
  const line = group[k]!.text;
  const next = group[k + 1]?.text;
  return next !== undefined && line.endsWith(':') && titleLike(line.slice(0, -1)) && titleLike(next) && isCaps(line) && isCaps(next);
}

/** A line that could be part of a title: short, no closing full stop, not a sentence, not labelled. */
export function titleLike(text: string): boolean {
  if (text.length > 170 || /[.;,:]$/.test(text) || !/\p{L}{2}/u.test(text)) return false; // a colon leads into what follows
  if (LEADER.test(text)) return false; // a contents entry: leader and page number
  if (text.split(/\s+/).length > 25 || /[.!?]\s+\p{Lu}\p{Ll}/u.test(text.replace(/\b(?:[A-Z]|St|Dr|Mr|Mrs|Ms|No)\.\s/g, ''))) return false;
  return !startsBody(text);
}

/** A sentence of running text, not a line of a header (an agenda item's title runs long but has no full stop). */
const runningText = (text: string): boolean => text.length > 200 || (/[.!?]["”’)]?$/.test(text) && text.split(/\s+/).length > 12);

/** A line that ends the front region: a labelled heading, a bullet, a contents label or section word. */
function startsBody(text: string): boolean {
  return ROMAN.test(text) || LETTERED.test(text) || NUMBERED.test(text) || PART.test(text) || CHAPTER.test(text) || BULLET.test(text) || CONTENTS_LABEL.test(text) || SECTION_WORD.test(text);
}

const isFront = (line: ViewLine): boolean => frontKindOf(line) !== undefined || columnSplit(line.text) !== undefined;

export function findFrontMatter(lines: readonly ViewLine[]): FrontMatter {
  const front = new Set<number>();
  const titles: Array<[number, number]> = [];
  const end = topFront(lines, front, titles);
  repeatedTitle(lines, titles, end);
  for (let i = end; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text.length > 60 && !/[›»>|]/.test(text)) continue; // body text: none of the furniture kinds looked for here
    const kind = frontKindOf(lines[i]!);
    let web = WEB_ADDRESS.test(text) || kind === 'breadcrumb';
    if (!(web || (kind !== undefined && MIDDLE_KINDS.has(kind) && text.length <= 60))) continue;
    // A path standing as the last line of a run of text ("… / By the numbers | Coming up | Partners
    // corner", a contents entry) is no page's chrome: the line after it is no page's title.
    if (web && i > end && !lines[i]!.gap && !front.has(i - 1)) web = false;
    front.add(i);
    // A web page's title: the first line after its address and breadcrumb lines, alone in its group.
    let k = i + 1;
    while (k < lines.length && (WEB_ADDRESS.test(lines[k]!.text) || frontKindOf(lines[k]!) === 'breadcrumb')) {
      front.add(k++);
      web = true; // the chrome goes on to the page's address or path
    }
    const title = lines[k];
    const after = lines[k + 1];
    if (web && title && frontKindOf(title) === undefined && titleLike(title.text) && (after === undefined || after.gap || AFTER_TITLE.has(frontKindOf(after) ?? ''))) titles.push([k, k]);
    i = k - 1;
  }
  // A page's header further on, with no chrome copied (a web page after a note, in the same file): the
  // body's name, the page's title and its posting stamp, alone in their group. The title is a title
  // block; the name above it is furniture.
  for (let i = Math.max(end, 2); i < lines.length; i++) {
    const [name, title, stamp] = [lines[i - 2]!, lines[i - 1]!, lines[i]!];
    if (!isStamp(stamp.text) || stamp.gap || title.gap || !name.gap || (lines[i + 1] !== undefined && !lines[i + 1]!.gap)) continue;
    if (front.has(i - 1) || front.has(i - 2) || !titleLike(name.text) || !titleLike(title.text) || !bodyName(name.text) || frontKindOf(title) !== undefined) continue;
    front.add(i - 2);
    front.add(i);
    titles.push([i - 1, i - 1]);
  }
  titles.sort((a, b) => a[0] - b[0]);
  // A site's name set between lines of its chrome ("Skip to main content" / name / menu): furniture too.
  for (let i = end + 1; i + 1 < lines.length; i++) {
    const [before, line, after] = [lines[i - 1]!, lines[i]!, lines[i + 1]!];
    if (front.has(i) || line.gap || after.gap || !front.has(i - 1) || !front.has(i + 1) || !titleLike(line.text)) continue;
    if (WEB_KINDS.has(frontKindOf(before) ?? '') && WEB_KINDS.has(frontKindOf(after) ?? '')) front.add(i);
  }
  return { front, titles };
}

/**
 * The title block repeated further on (after a cover page, at the top of the text proper): the
 * same lines again, in the same order, are a title block too (ANNOTATION.md §3). The repeat may
 * leave out lines of the cover's block (its acronym line, a tagline): a run of lines each equal to
 * a later line of the block is the repeat when it opens with the block's first line, holds two
 * lines or more, or is the line that names the report.
 */
function repeatedTitle(lines: readonly ViewLine[], titles: Array<[number, number]>, from: number): void {
  const first = titles[0];
  if (!first) return;
  const block = lines.slice(first[0], first[1] + 1);
  const keys = block.map((l) => fold(l.text));
  const keyAt = (i: number, after: number): number => {
    const length = lines[i]!.text.length;
    if (!block.some((l) => Math.abs(l.text.length - length) <= 8)) return -1; // cheap test first: most lines are no title line
    const k = keys.indexOf(fold(lines[i]!.text), after + 1);
    return k >= 0 && Math.abs(lines[i]!.text.length - block[k]!.text.length) <= 8 ? k : -1;
  };
  for (let i = from; i < lines.length; i++) {
    let k = keyAt(i, -1);
    if (k < 0) continue;
    const opening = k;
    let n = 1;
    for (let next: number; i + n < lines.length && (next = keyAt(i + n, k)) >= 0 && (!lines[i + n]!.gap || block[next]!.gap); n++) k = next;
    if (opening > 0 && n < 2 && !REPORT_WORD.test(lines[i]!.text)) continue;
    titles.push([i, i + n - 1]);
    i += n - 1;
  }
}

const fold = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The cover and title block at the top; returns the index of the first line after them. */
function topFront(lines: readonly ViewLine[], front: Set<number>, titles: Array<[number, number]>): number {
  let title: [number, number] | undefined;
  let titleClosed = false;
  let sawFront = false;
  let sawDistribution = false;
  let i = 0;
  const limit = Math.min(lines.length, TOP_SCAN);
  while (i < limit) {
    let j = i + 1;
    while (j < limit && !lines[j]!.gap) j++;
    const group = lines.slice(i, j);
    if (startsBody(group[0]!.text)) break;
    const firstFront = group.findIndex(isFront);
    if (firstFront < 0 && !group.every((l, k) => titleLike(l.text) || leadsOn(group, k))) break; // running text
    // Once the title is found, a group with running text in it is the body (a web page's first item: headline, dateline, text).
    if ((titleClosed || (title && sawFront)) && group.some((l) => !isFront(l) && (runningText(l.text) || /[.!?]["”’)]?$/.test(l.text)))) break;
    // After a page's title set apart, a line over a posting stamp or a dateline is the first item's headline, not more title.
    // So is a line over a plain date line with the item's text under it ("Officers … complete a course" / "12 May 2025" / "Twenty officers took …").
    const itemUnder = (rest: readonly ViewLine[]) => rest.some((l) => isStamp(l.text) || frontKindOf(l) === 'dateline') || (isDateLine(rest[0]!.text) && rest.slice(1).some((l) => !isFront(l) && (runningText(l.text) || /[.!?]["”’)]?$/.test(l.text))));
    // The title set apart above such an item is the page's title (accepted as when furniture stands around it).
    if (title && title[1] < i && firstFront > 0 && itemUnder(group.slice(firstFront)) && !group.slice(0, firstFront).some((l) => REPORT_WORD.test(l.text))) return finish(lines, front, titles, title, true, i);
    if (firstFront < 0) {
      if (titleClosed) break;
      // After a title that names the report, a group that names none with running text right after it is the first
      // heading of the body ("ANNUAL REPORT 2024" / "Message from the Director" / text), not more title.
      if (title && namesReport(lines.slice(title[0], title[1] + 1)) && !namesReport(group) && !group.some((l) => BODY_HEAD.test(l.text) && bodyName(l.text)) && j < lines.length && !isFront(lines[j]!) && !titleLike(lines[j]!.text) && !startsBody(lines[j]!.text)) break;
      // The body's name set apart above the report's title ("REGIONAL X COMMISSION" / "ANNUAL REPORT …") is part of the title block.
      title = title ? [title[0], j - 1] : [i, j - 1];
    } else {
      const lead = firstFront;
      // Body names above a distribution block's symbols are furniture; a masthead's name above its issue line is the title.
      const distribution = group.some((l) => isDistribution(l.text));
      if (!distribution && sawDistribution && !title && !titleClosed && lead > 0 && titleWithPeriod(group)) {
        // A period closing the group is the title's date, furniture as on a cover ("… Project" / "January – December 2025");
        // one between the title and its byline stays in the block ("…," / "1 January to 30 April 2024" / "Note by the Chair").
        let last = j - 1;
        while (last > i && isDateLine(lines[last]!.text)) front.add(last--);
        titles.push([i, last]);
        return j;
      }
      if (distribution) sawDistribution = true;
      // A title run that names a report, set apart above the symbols ("BODY" / "ANNUAL REPORT OF ACTIVITIES 2024" /
      // blank / "ABC/SEC/doc.17/25"), is the title block, not the header's other column.
      if (distribution && title && !sawFront && !lines.slice(title[0], title[1] + 1).some((l) => REPORT_WORD.test(l.text))) {
        // The lines above a block of symbols were the header's other column (the body's name), not the title.
        for (let k = title[0]; k <= title[1]; k++) front.add(k);
        title = undefined;
      }
      // After a distribution header, a group's lead is the title when only dates follow it (its period) or it names a report.
      // A web page's title stands over its date stamp and share links, after the site's chrome.
      // (so is a masthead's name over its issue line, after an e-mail's chrome: "THE BOARDING LADDER" / "Quarterly news from …" / "Issue 9 | Q1 2026")
      const datedTitle = group.slice(lead).every((l) => AFTER_TITLE.has(frontKindOf(l) ?? '') || frontKindOf(l) === 'issue' || (frontKindOf(l) === 'header' && !isDistribution(l.text))) || group.slice(0, lead).some((l) => REPORT_WORD.test(l.text));
      // Once the title names the report, a later group's lines over its date that name none are the cover's imprint
      // (the issuing body, its office, the place of issue: "Secretariat" / "Quito, Ecuador" / "February 2026"), not more title.
      const imprint = title !== undefined && title[1] < i && lines.slice(title[0], title[1] + 1).some((l) => REPORT_WORD.test(l.text)) && !group.slice(0, lead).some((l) => REPORT_WORD.test(l.text));
      // A site's name over the site's menu or path ("Andean Border Agency" / "Home   About   News" / "You are here: Home / News"): furniture, the page's title comes after.
      const siteName = i === 0 && group.slice(lead).every((l) => WEB_KINDS.has(frontKindOf(l) ?? ''));
      const leadIsTitle = lead > 0 && !titleClosed && !distribution && !imprint && !siteName && (i === 0 || title !== undefined || datedTitle) && group.slice(0, lead).every((l) => titleLike(l.text));
      if (leadIsTitle) title = title ? [title[0], i + lead - 1] : [i, i + lead - 1];
      // The title set among a distribution header's lines, with no blank line between ("… RBC/doc.12/24" / "ANNUAL REPORT OF ACTIVITIES 2023" / "Original: English").
      const inner = distribution && !title && !titleClosed ? titleAmongFurniture(group) : undefined;
      if (inner) title = [i + inner[0], i + inner[1]];
      for (let k = leadIsTitle ? lead : 0; k < group.length; k++) {
        if (inner && k >= inner[0] && k <= inner[1]) continue;
        if (!isFront(group[k]!) && (runningText(group[k]!.text) || startsBody(group[k]!.text))) return finish(lines, front, titles, title, sawFront, i + k);
        front.add(i + k);
      }
      sawFront = true;
      if (title) titleClosed = true;
    }
    i = j;
  }
  return finish(lines, front, titles, title, sawFront, i);
}

/** Head words of a body's name: a line with one (every long word capitalized) is the body's name set apart in the title block, not the first heading. */
const BODY_HEAD = /\b(?:Office|Commission|Committee|Secretariat|Agency|Department|Ministry|Council|Organi[sz]ation|Unit|Division|Programme|Program|Centre|Center|Institute|Network|Bank|Fund|Authority|Union|Community|Forum|Board|Court|Service|Services|Group)\b/i;


/** Lines that name a report ("ANNUAL REPORT 2025", "Bulletin of …") or its year. */
const namesReport = (group: readonly ViewLine[]): boolean => group.some((l) => REPORT_WORD.test(l.text) || /\b(?:19|20)\d\d\b/.test(l.text));

/** A body's name: every word of four letters or more capitalized ("United Nations Office for Disarmament Affairs"). */
function bodyName(text: string): boolean {
  const long = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w));
}

/** What a note or report says it is under its title: "Note by the Secretariat", "Report of the Secretary-General". */
const BYLINE = /^(?:note|report|memorandum|statement|letter)\s+(?:by|of|from)\s+(?:the\s+)?\p{Lu}/iu;

/**
 * A title block after a distribution header, with its period and byline in the same group:
 * "Outreach activities of the Committee," / "1 January to 30 April 2024" / "Note by the Chair".
 * The title may run over lines (a line ending in a comma goes on); every other line is a date
 * or the byline, and the byline or a report word says it is the document's title.
 */
function titleWithPeriod(group: readonly ViewLine[]): boolean {
  let named = false;
  for (const [k, line] of group.entries()) {
    const text = line.text;
    if (BYLINE.test(text) && titleLike(text)) named = true;
    else if (frontKindOf(line) === 'date') continue;
    else if (isFront(line)) return false;
    else if (!titleLike(k + 1 < group.length ? text.replace(/,$/, '') : text)) return false;
    else if (REPORT_WORD.test(text)) named = true;
  }
  return named && !isFront(group[0]!);
}

/** In a group of header lines, the run of title-like lines after some furniture that names a report, as [first, last] indices in the group. */
function titleAmongFurniture(group: readonly ViewLine[]): [number, number] | undefined {
  for (let a = group.findIndex(isFront) + 1; a > 0 && a < group.length; a++) {
    let b = a;
    while (b < group.length && !isFront(group[b]!) && titleLike(group[b]!.text)) b++;
    if (b > a && group.slice(a, b).some((l) => REPORT_WORD.test(l.text))) return [a, b - 1];
    a = b;
  }
  return undefined;
}

function finish(lines: readonly ViewLine[], front: Set<number>, titles: Array<[number, number]>, title: [number, number] | undefined, sawFront: boolean, end: number): number {
  if (title && acceptTitle(lines, title, sawFront, end)) titles.push(title);
  return end;
}

/**
 * A lone line at the top followed by running text may be the first part of a report that has no
 * title ("DEMAND REDUCTION" / text / "SUPPLY REDUCTION" …): it is a title only when furniture
 * stands around it, it names a report, or a section word or labelled heading follows it.
 */
function acceptTitle(lines: readonly ViewLine[], [first, last]: [number, number], sawFront: boolean, end: number): boolean {
  if (sawFront || last > first) return true;
  const text = lines[first]!.text;
  if (REPORT_WORD.test(text) || /\b(?:19|20)\d\d\b/.test(text)) return true;
  const next = lines[end];
  if (!next) return false;
  if (startsBody(next.text)) return true;
  const style = headingStyle(text)?.style;
  return style !== undefined && headingStyle(next.text) !== undefined && headingStyle(next.text)!.style !== style;
}
