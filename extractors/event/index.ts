/** Activities (ANNOTATION.md §4): not written yet — finds none. */
import type { Doc } from '../../pipeline/document.js';
import type { GoldEvent } from '../../pipeline/gold.js';
import type { Mention } from '../engine.js';
import type { Period } from '../types.js';

export interface Activity {
  /** The activity in the gold format (trigger span in raw offsets). */
  gold: GoldEvent;
  /** Index of the block it was found in. */
  block: number;
}

export function extractEvents(_doc: Doc, _mentions: Mention[], _period: Period | undefined): Activity[] {
  return [];
}
