/**
 * Stage 3, segment: the view text → blocks (headings, paragraphs, bullet items, quoted
 * declaration articles) and a section tree. Each non-blank view line is one unit (normalization
 * has already joined wrapped lines); headings broken over two lines are merged, and an article
 * label takes the quoted text under it into one 'article' block.
 */
import type { Block, Doc, Section } from '../document.js';
import { continuesHeading, headingStyle, rankOf, type HeadingStyle } from './heading-style.js';
import { ARTICLE_LABEL, BARE_LABEL, BULLET, ELLIPSIS } from './patterns.js';

interface ViewLine {
  start: number;
  end: number;
  text: string;
}

export function segment(doc: Doc): void {
  const lines = viewLines(doc.view.text);
  const blocks: Block[] = [];
  const ranks: number[] = []; // rank of each heading block, parallel to blocks
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const prevKind = blocks.at(-1)?.kind;

    const article = ARTICLE_LABEL.exec(line.text);
    if (article) {
      const labelEnd = line.start + article.groups!.label!.length;
      const inline = article.groups!.rest!.trim() !== '';
      const takesNext = !inline && next !== undefined && !startsStructure(next.text);
      blocks.push({ kind: 'article', start: line.start, end: takesNext ? next.end : line.end, label: { start: line.start, end: labelEnd }, section: -1 });
      ranks.push(-1);
      i += takesNext ? 2 : 1;
      continue;
    }

    const bare = BARE_LABEL.exec(line.text);
    if (bare && next) {
      const titled = headingStyle(next.text);
      if (titled && titled.style !== 'caps' && next.text.length <= 120) {
        const label = bare.groups!.label!;
        const style: HeadingStyle = /^\d+$/.test(label) ? 'number' : label === label.toUpperCase() ? 'letter-upper' : 'letter-lower';
        blocks.push(headingBlock(line.start, next, doc.view.text));
        ranks.push(rankOf(style));
        i += 2;
        continue;
      }
      if (!startsStructure(next.text) || ELLIPSIS.test(next.text)) {
        const quoted = ELLIPSIS.test(next.text) ? line : next;
        blocks.push({ kind: 'article', start: line.start, end: quoted.end, label: { start: line.start, end: line.start + bare.groups!.label!.length }, section: -1 });
        ranks.push(-1);
        i += quoted === next ? 2 : 1;
        continue;
      }
    }

    if (BULLET.test(line.text)) {
      blocks.push({ kind: 'bullet', start: line.start, end: line.end, section: -1 });
      ranks.push(-1);
      i++;
      continue;
    }
    if (ELLIPSIS.test(line.text)) {
      blocks.push({ kind: prevKind === 'article' ? 'article' : 'paragraph', start: line.start, end: line.end, section: -1 });
      ranks.push(-1);
      i++;
      continue;
    }

    const heading = headingStyle(line.text);
    if (heading) {
      let last = line;
      while (lines[i + 1] && continuesHeading(last.text, lines[i + 1]!.text) && lines[i + 1]!.start - last.end <= 4) {
        last = lines[++i]!;
      }
      blocks.push(headingBlock(line.start, last, doc.view.text));
      ranks.push(rankOf(heading.style, heading.depth));
      i++;
      continue;
    }

    blocks.push({ kind: 'paragraph', start: line.start, end: line.end, section: -1 });
    ranks.push(-1);
    i++;
  }
  demoteTitleBlock(blocks, ranks, doc.view.text);
  doc.blocks = blocks;
  doc.sections = buildSections(blocks, ranks, doc.view.text.length);
}

/**
 * Three or more unlabelled title lines (or two that name the report, before a numbered part) at the very top of a report ("ORGANIZATION OF AMERICAN
 * STATES", "ANNUAL REPORT 2014", "Submitted to …") are its title block, not part of its
 * hierarchy: they become plain text.
 */
function demoteTitleBlock(blocks: Block[], ranks: number[], text: string): void {
  let n = 0;
  while (n < blocks.length && blocks[n]!.kind === 'heading' && !isLabelledRank(ranks[n]!)) n++;
  // Two lines are a title block too when they name a report or a year and a numbered part follows
  // ("Inter-American Committee against Terrorism" / "Annual Report 2016" / "1. Introduction").
  const next = blocks[n];
  const titled = blocks.slice(0, n).some((b) => /\breport\b|\b(?:19|20)\d\d\b/i.test(text.slice(b.start, b.end)));
  if (n < 3 && !(n === 2 && titled && next?.kind === 'heading' && isLabelledRank(ranks[n]!))) return;
  for (let i = 0; i < n; i++) {
    blocks[i]!.kind = 'paragraph';
    blocks[i]!.titleBlock = true;
    ranks[i] = -1;
  }
}

const isLabelledRank = (rank: number) => rank >= rankOf('roman') && rank <= rankOf('letter-lower');

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

function buildSections(blocks: Block[], ranks: number[], textLength: number): Section[] {
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
  });
  return sections;
}

function viewLines(text: string): ViewLine[] {
  const out: ViewLine[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body === '') continue;
    out.push({ start: m.index + lead, end: m.index + lead + body.length, text: body });
  }
  return out;
}
