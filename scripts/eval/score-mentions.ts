/**
 * Mentions of one type, three schemes (ANNOTATION.md §5), each its own one-to-one matching:
 * - strict: same start and end;
 * - relaxed: spans overlap;
 * - value: spans overlap AND values are equal (see values.ts). Our reading: the pairs that qualify
 *   are those overlapping with an equal value, and the matching is maximal on those pairs, so a
 *   prediction that overlaps two gold items is paired with the one whose value it has.
 */
import type { GoldFile, GoldMention } from '../../pipeline/gold.js';
import type { MentionType } from '../../extractors/types.js';
import type { Counts, Scheme } from './types.js';
import { matchSpans, pairCounts } from './match-spans.js';
import type { Pair } from './match.js';
import { mentionsOf } from './scope.js';
import { sameSpan, sameValue } from './values.js';

const ACCEPT: Record<Scheme, (g: GoldMention, p: GoldMention) => boolean> = {
  strict: sameSpan,
  relaxed: () => true,
  value: sameValue,
};

export function matchMentions(gold: readonly GoldMention[], pred: readonly GoldMention[], scheme: Scheme): Pair[] {
  return matchSpans(gold, pred, ACCEPT[scheme]);
}

export function scoreMentionType(gold: GoldFile, pred: GoldFile, type: MentionType): Record<Scheme, Counts> {
  const g = mentionsOf(gold, type, gold.regions);
  const p = mentionsOf(pred, type, gold.regions);
  const count = (scheme: Scheme): Counts => pairCounts(matchMentions(g, p, scheme), g.length, p.length);
  return { strict: count('strict'), relaxed: count('relaxed'), value: count('value') };
}
