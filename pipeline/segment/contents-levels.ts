/**
 * A contents list confirms the levels of the headings it lists (issue 17 classes 1 and 6): its
 * entries are indented by depth ("Training ..... 3" / "    Courses for customs officers ..... 3"),
 * and the same titles stand later in the same order. Where the headings' own styles say nothing
 * of that depth (unlabelled titles or capital lines, one style for both depths, so each would close
 * the other), the list's depth ranks them: a shallower entry's heading a little above a deeper
 * one's, every heading at one depth alike. Labelled headings ("1.1", "(a)", "PART ONE") keep the
 * ranks of their conventions, which the list only confirms.
 */
import type { Block } from '../document.js';
import { entryKey, type ContentsList } from './contents.js';
import { headingStyle, type HeadingStyle } from './heading-style.js';

/** Styles that carry no depth of their own. */
const UNLABELLED: ReadonlySet<HeadingStyle> = new Set(['title', 'caps', 'colon-title']);
/** Rank step between two depths of the list: less than the gap between any two conventions. */
const STEP = 0.1;

/**
 * Ranks of the headings listed in `list` (the list's block at `after`), adjusted in place when the
 * headings' ranks contradict the list's depths (a deeper entry's heading ranked at or above the
 * heading of the entry it is indented under).
 */
export function contentsLevels(blocks: readonly Block[], ranks: number[], text: string, list: ContentsList, after: number): void {
  const maxDepth = Math.max(...list.depths);
  // The headings that stand for the entries: same titles, same order.
  const matched: Array<number | undefined> = list.entries.map(() => undefined);
  const keys = list.entries.map(entryKey);
  let next = 0;
  for (let b = after + 1; b < blocks.length && next < list.entries.length; b++) {
    const block = blocks[b]!;
    if (block.kind === 'contents') break; // another list
    if (block.kind !== 'heading' || block.titleBlock) continue;
    const key = entryKey(text.slice(block.start, block.end));
    const at = keys.indexOf(key, next);
    if (at < 0) continue;
    matched[at] = b;
    next = at + 1;
  }
  const unlabelled = (b: number) => {
    const style = headingStyle(text.slice(blocks[b]!.start, blocks[b]!.end).replace(/\s+/g, ' '))?.style;
    return style === undefined || UNLABELLED.has(style);
  };
  if (maxDepth === 0) {
    flatList(ranks, matched.filter((b): b is number => b !== undefined && unlabelled(b)));
    return;
  }
  let contradicted = false;
  for (let e = 0; e < list.entries.length && !contradicted; e++) {
    const child = matched[e];
    if (child === undefined) continue;
    let p = e - 1;
    while (p >= 0 && list.depths[p]! >= list.depths[e]!) p--;
    const parent = p >= 0 ? matched[p] : undefined;
    if (parent !== undefined && ranks[parent]! >= ranks[child]! && unlabelled(parent) && unlabelled(child)) contradicted = true;
  }
  if (!contradicted) return;
  matched.forEach((b, e) => {
    if (b !== undefined && unlabelled(b)) ranks[b] = ranks[b]! - (maxDepth - list.depths[e]!) * STEP;
  });
}

/** Fewest headings a flat list must find to rank them alike. */
const FLAT_MIN = 3;

/**
 * A list with no indentation ("IN THIS ISSUE" over a newsletter's stories) puts every entry at one depth: the
 * unlabelled headings it finds, some in capitals and some in title case, are its items alike, not capital parts with
 * title-case sections under them. They all take the shallowest rank among them.
 */
function flatList(ranks: number[], headings: readonly number[]): void {
  if (headings.length < FLAT_MIN) return;
  const top = Math.min(...headings.map((b) => ranks[b]!));
  for (const b of headings) ranks[b] = top;
}
