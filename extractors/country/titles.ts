/**
 * Titles of instruments that carry a place name ("Declaration of Panama", "Declarations of Santiago
 * and San Salvador", "Carta de Brasília", "Lima Accord"). ANNOTATION.md §2: a place named in such
 * a title is not a country (nor a place) mention. Returns the character ranges to leave alone.
 */
import { TITLE_HEADS } from './lexicon.js';

const heads = [...TITLE_HEADS].sort((a, b) => b.length - a.length).join('|');
const WORD = String.raw`[\p{Lu}](?:[\p{L}\p{M}'’.-]*[\p{L}\p{M}])?`;
const NAME = String.raw`${WORD}(?:\s+(?:de|del|do|da|la|y)\s+${WORD}|\s+${WORD})*`;
const HEAD = new RegExp(String.raw`\b(?:${heads})\b`, 'gu');
/** Anchored at the end of a head: " of the Santiago and San Salvador". */
const AFTER_HEAD = new RegExp(String.raw`\s+(?:of|de|del|da|do)\s+(?:the\s+)?(${NAME}(?:(?:,\s*|\s+and\s+|\s+y\s+)${NAME})*)`, 'uy');
/** Anchored at the end of the text before a head: "Lima " in "Lima Accord". */
const BEFORE_HEAD = new RegExp(String.raw`(?<![\p{L}\p{M}])(${NAME})\s+$`, 'u');

export type Range = readonly [number, number];

let memo: { text: string; ranges: readonly Range[] } | undefined;

/** The title ranges of a text; the last result is kept, since the country and place extractors read the same block. */
export function titleRanges(text: string): readonly Range[] {
  if (memo?.text === text) return memo.ranges;
  const ranges = findTitles(text);
  memo = { text, ranges };
  return ranges;
}

function findTitles(text: string): Range[] {
  const out: Range[] = [];
  // exec on the shared regex, not matchAll: its copy of the pattern is compiled again.
  HEAD.lastIndex = 0;
  for (let h = HEAD.exec(text); h; h = HEAD.exec(text)) {
    const start = h.index;
    AFTER_HEAD.lastIndex = start + h[0].length;
    const after = AFTER_HEAD.exec(text);
    if (after?.[1]) {
      const at = after.index + after[0].length - after[1].length;
      out.push([at, at + after[1].length]);
    }
    const window = text.slice(Math.max(0, start - 60), start);
    const before = BEFORE_HEAD.exec(window);
    if (before?.[1]) {
      const at = start - window.length + before.index;
      out.push([at, at + before[1].length]);
    }
  }
  return out;
}

export const inRanges = (ranges: readonly Range[], start: number, end: number): boolean =>
  ranges.some(([s, e]) => start < e && s < end);
