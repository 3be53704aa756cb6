/**
 * News items' headlines are siblings whatever their case (a newsletter sets one story's headline in
 * capitals, the next in Title Case, another in sentence case): each heading whose text opens with a
 * news dateline ("KINGSTON, Jamaica, 13 June 2025 – …", "Lima, Peru — …") titles an item, and every
 * such heading takes the rank of the first one under the same title block, so no item nests under
 * another. A title block (a web page copied after a newsletter) starts the count again.
 */
import type { Block } from '../document.js';
import { opensWithNewsDateline } from './front-lines.js';

/** Two items at least: one dated heading alone may be a part's title over a dated opening. */
const MIN_ITEMS = 2;

export function itemHeadlineRanks(blocks: readonly Block[], ranks: number[], text: string): void {
  let items: number[] = [];
  const settle = () => {
    if (items.length >= MIN_ITEMS) for (const b of items) ranks[b] = ranks[items[0]!]!;
    items = [];
  };
  for (let b = 0; b + 1 < blocks.length; b++) {
    const block = blocks[b]!;
    const next = blocks[b + 1]!;
    if (block.kind !== 'heading') continue;
    if (block.titleBlock) {
      settle();
      continue;
    }
    if (next.kind === 'paragraph' && opensWithNewsDateline(text.slice(next.start, Math.min(next.end, next.start + 160)))) items.push(b);
  }
  settle();
}
