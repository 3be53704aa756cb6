/**
 * The text units activities are read from: passages (a paragraph or bullet with the lines that
 * continue it, when a wrapped line was left as blocks of its own) split into sentences. Quoted
 * articles and real headings are not read. All offsets are view offsets.
 */
import { isCaption } from '../../pipeline/segment/not-headings.js';
import type { Doc } from '../../pipeline/document.js';
import { HEADS, NOT_EVENT_AFTER } from './lexicon.js';

export interface Sentence {
  start: number;
  end: number;
}

export interface Passage {
  /** Indices into Doc.blocks, in order; the first is the passage's own block. */
  blocks: number[];
  bullet: boolean;
  /** Opened by an item's headline, which the item's first paragraph goes on from. */
  headline: boolean;
  /** Where the headline ends (view offset), when the passage opens with a heading. */
  headlineEnd?: number;
  section: number;
  start: number;
  end: number;
  sentences: Sentence[];
  /** Footnotes at a page's foot that the passage's sentence runs over (view ranges): a passage of their own, not of this one's text. */
  holes?: Array<[number, number]>;
}

const TERMINAL = /[.!?:;]["'”’)\]\d¹²³⁴⁵⁶⁷⁸⁹⁰*]*$/;
const OPEN_END = /(?:\b(?:the|of|and|or|in|on|at|to|for|by|with|from|a|an|its|their|as|that|which|between)|[,–-])$/i;
const ABBREVIATIONS = new Set(['st', 'mr', 'mrs', 'ms', 'dr', 'no', 'nos', 'jr', 'sr', 'inc', 'co', 'ltd', 'vs', 'etc', 'approx', 'av', 'ave', 'gen', 'gov', 'prof', 'rev', 'art', 'arts', 'res', 'vol', 'pp', 'fig', 'dept', 'e.g', 'i.e']);

/** Group a document's blocks into passages. */
export function passagesOf(doc: Doc): Passage[] {
  const text = doc.view.text;
  const out: Passage[] = [];
  let current: Passage | undefined;
  const skipped = new Map<Passage, Array<[number, number]>>(); // furniture inside a headline's item ("14 November 2025 | Training")
  // sections that have subsections of their own, found once (itemTitle asks for each heading)
  const parents = new Set<number>();
  for (const s of doc.sections) parents.add(s.parent);
  doc.blocks.forEach((block, index) => {
    const own = text.slice(block.start, block.end).trim();
    if (block.kind === 'article') {
      current = undefined;
      return;
    }
    // A photo's caption ("Photo: graduates of the course on the parade ground. Credit: …") shows an activity the item reports; it introduces none.
    if (block.kind === 'paragraph' && isCaption(own) && /^(?:Photo|PHOTO|Image|Picture)\b/.test(own)) {
      if (!current?.headline) current = undefined; // …under an item's headline it stays out of the item's sentences, as its dateline does
      else (skipped.get(current) ?? skipped.set(current, []).get(current)!).push([block.start, block.end]);
      return;
    }
    if (block.kind === 'contents' || block.kind === 'front') {
      if (!(current?.headline && block.kind === 'front')) current = undefined; // contents lists and cover furniture report no activities; a dateline stays out of its item
      else (skipped.get(current) ?? skipped.set(current, []).get(current)!).push([block.start, block.end]); // …and out of its sentences
      return;
    }
    // A footnote at a page's foot inside an open sentence ("… attended by 52 legislators, regulators and" / "1 Adopted by …" /
    // "representatives of …"): a passage of its own, and the sentence goes on after it.
    if (current && block.kind === 'paragraph' && FOOTNOTE.test(own) && !TERMINAL.test(text.slice(current.start, current.end).trimEnd()) && goesOnAfterNotes(doc, index)) {
      (current.holes ??= []).push([block.start, block.end]);
      out.push({ blocks: [index], headline: false, bullet: false, section: block.section, start: block.start, end: block.end, sentences: [] });
      return;
    }
    if (current && ((current.headline && block.kind === 'paragraph' && !TERMINAL.test(text.slice(current.start, current.end).trimEnd())) || continues(text.slice(current.start, current.end).trimEnd(), own, block.kind === 'heading'))) {
      current.blocks.push(index);
      current.end = block.end;
      return;
    }
    if (block.kind === 'heading' && !block.headline && !itemTitle(doc, index, own, parents)) {
      current = undefined;
      return;
    }
    current = { blocks: [index], headline: block.headline === true || block.kind === 'heading', ...(block.kind === 'heading' ? { headlineEnd: block.end } : {}), bullet: block.kind === 'bullet', section: block.section, start: block.start, end: block.end, sentences: [] };
    out.push(current);
  });
  for (const p of out) p.sentences = withoutRanges(p.holes ? sentencesOverHoles(text, p.start, p.end, p.holes) : sentencesOf(text, p.start, p.end), skipped.get(p) ?? [], text);
  return out;
}

/** A footnote as text extraction leaves it at a page's foot: its number (or mark), a space, a capital. */
const FOOTNOTE = /^(?:\d{1,2}|[*†‡])\s+\p{Lu}/u;

/** The block after the footnotes that follow `index` goes on in lower case: the sentence before them is not over. */
function goesOnAfterNotes(doc: Doc, index: number): boolean {
  const text = doc.view.text;
  for (let k = index + 1; k < doc.blocks.length; k++) {
    const b = doc.blocks[k]!;
    const own = text.slice(b.start, b.end).trim();
    if (b.kind === 'paragraph' && FOOTNOTE.test(own)) continue;
    return b.kind === 'paragraph' && /^\p{Ll}/u.test(own);
  }
  return false;
}

/**
 * The sentences of text[start, end) read with the ranges (notes cut into them) turned to spaces, so that
 * a sentence runs on over them. sentencesOf reads only its window, so only the window is copied (a copy
 * of the whole text for each passage with a note was quadratic in a report with many).
 */
function sentencesOverHoles(text: string, start: number, end: number, ranges: ReadonlyArray<[number, number]>): Sentence[] {
  let window = '';
  let from = start;
  for (const [a, b] of ranges) {
    const lo = Math.max(a, from);
    const hi = Math.min(b, end);
    if (hi <= lo) continue;
    window += text.slice(from, lo) + ' '.repeat(hi - lo);
    from = hi;
  }
  window += text.slice(from, end);
  return sentencesOf(window, 0, window.length).map((s) => ({ start: s.start + start, end: s.end + start }));
}

/**
 * A heading that is the title of one activity, as a web page's or newsletter's items have
 * ("Regional Workshop on Maritime Domain Awareness", "Ninth Meeting of Heads of Border Agencies"):
 * below the document's title, a section with no subsections of its own, a short title whose
 * capitalized head is one countable activity noun. Its item (date line, venue, text) reads on from it.
 */
function itemTitle(doc: Doc, index: number, own: string, parents: ReadonlySet<number>): boolean {
  const block = doc.blocks[index]!;
  if (block.titleBlock || (block.level ?? 1) < 2 || own.length > 120) return false;
  if (parents.has(block.section)) return false;
  const next = doc.blocks[index + 1];
  if (!next || next.kind === 'heading') return false;
  if (everyWordCapitalized(own)) return namesActivityFirst(own, doc.view.text.slice(next.start, Math.min(next.end, next.start + 400)));
  for (const word of own.match(/\b\p{Lu}[\p{L}-]*/gu) ?? []) {
    const head = HEADS.get(word.toLowerCase());
    if (head && head.countable && head.kind !== 'other' && !/s$/i.test(word)) return true;
  }
  return false;
}

/** Words that open a title's complement ("… Workshop on X", "… Meeting of Y"): an activity noun after one is not the title's head. */
const COMPLEMENT = new Set(['on', 'for', 'of', 'in', 'at', 'with', 'about', 'against', 'between', 'to', 'from', 'by', 'under', 'during', 'into', 'towards']);

/** Capitals or title case: every content word starts with a capital, so a capital says nothing of a name. */
function everyWordCapitalized(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length > 0 && words.every((w) => w.length <= 3 || COMPLEMENT.has(w.toLowerCase()) || /^\p{Lu}/u.test(w));
}

/**
 * In a title set in capitals or title case, an activity noun is the title's head when it comes before any complement
 * and ends the title or opens its complement ("CARGO SCREENING COURSE FOR CUSTOMS", "Ninth Meeting of Heads of Border
 * Agencies"); a story's headline has a verb and names an activity further on, if at all ("NETWORK SPEAKS FOR ACADEMIES AT
 * POLICE CHIEFS' MEETING"). An activity that is the headline's subject, before its verb ("OBSERVER DATA WEBINAR SERIES
 * CLOSES ITS FIRST SEASON"), names the story's activity when the story's first sentence tells an activity of its kind
 * ("… held four webinars"); else the story is about something else the activity did.
 */
function namesActivityFirst(title: string, story: string): boolean {
  const words = title.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.toLowerCase();
    if (COMPLEMENT.has(w)) return false;
    const head = HEADS.get(w);
    if (head && head.countable && head.kind !== 'other' && !/s$/i.test(w)) {
      // a series of the activity is named as the activity is ("WEBINAR SERIES ON …")
      const after = words[i + 1]?.toLowerCase() === 'series' ? i + 2 : i + 1;
      const next = words[after]?.toLowerCase();
      if (next === undefined || next === 'and' || COMPLEMENT.has(next)) return true;
      return headlineVerb(next) && toldInOpening(story, head.kind);
    }
  }
  return false;
}

/** Whether the first sentence of a story names an activity of this kind. */
function toldInOpening(story: string, kind: string): boolean {
  const first = /^[\s\S]*?[.!?](?=\s|$)/.exec(story)?.[0] ?? story;
  return (first.match(/\p{L}+/gu) ?? []).some((w) => HEADS.get(w.toLowerCase())?.kind === kind);
}

/** A headline's verb in the present, after its subject: "closes", "opens", "draws" (an -s word that is no activity nor what one is made of). */
const headlineVerb = (word: string): boolean => /^[a-z]{3,}[^s]s$/.test(word) && !HEADS.has(word) && !NOT_EVENT_AFTER.has(word);

/** Whether a block continues the passage before it (a wrapped line the segmenter kept apart). */
function continues(previous: string, next: string, isHeading: boolean): boolean {
  if (!next || TERMINAL.test(previous)) return false;
  if (OPEN_END.test(previous)) return true;
  if (isHeading) return false;
  return /^[a-z(]/.test(next);
}

/** Sentences with the furniture ranges cut out: a sentence running over one is split in two around it. */
function withoutRanges(sentences: Sentence[], ranges: ReadonlyArray<[number, number]>, text: string): Sentence[] {
  if (ranges.length === 0) return sentences;
  const out: Sentence[] = [];
  for (const s of sentences) {
    let from = s.start;
    for (const [a, b] of ranges) {
      if (b <= from || a >= s.end) continue;
      if (a > from) out.push({ start: from, end: from + text.slice(from, a).trimEnd().length });
      from = b;
    }
    while (from < s.end && /\s/.test(text[from]!)) from++;
    if (from < s.end) out.push({ start: from, end: s.end });
  }
  return out.filter((s) => s.end > s.start);
}

/** Sentence spans (view offsets) inside [start, end). */
export function sentencesOf(text: string, start: number, end: number): Sentence[] {
  const out: Sentence[] = [];
  const slice = text.slice(start, end);
  const boundary = /[.!?]["'”’)]*[¹²³⁴⁵⁶⁷⁸⁹⁰]*\s+(?=["“(]?[A-Z0-9·•])/g;
  let from = 0;
  for (let m = boundary.exec(slice); m; m = boundary.exec(slice)) {
    const before = /([A-Za-z.]+)\.$/.exec(slice.slice(Math.max(0, m.index - 12), m.index + 1));
    const word = before?.[1]?.toLowerCase() ?? '';
    if (word.length === 1 || ABBREVIATIONS.has(word) || /^(?:[a-z]\.)+[a-z]$/.test(word)) continue;
    out.push({ start: start + from, end: start + m.index + 1 });
    from = m.index + m[0].length;
  }
  if (from < slice.length) out.push({ start: start + from, end: start + slice.trimEnd().length });
  return out.filter((s) => s.end > s.start);
}
