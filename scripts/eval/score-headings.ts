/** Headings: relaxed span match (one-to-one), and how many matched pairs have the same level. */
import type { GoldFile } from '../../pipeline/gold.js';
import type { DocCounts } from './types.js';
import { matchSpans, pairCounts } from './match-spans.js';
import { headingsOf } from './scope.js';

export function scoreHeadings(gold: GoldFile, pred: GoldFile): DocCounts['headings'] {
  const g = headingsOf(gold, gold.regions);
  const p = headingsOf(pred, gold.regions);
  const pairs = matchSpans(g, p);
  const levelEqual = pairs.filter((pair) => g[pair.gold]!.level === p[pair.pred]!.level).length;
  return { relaxed: pairCounts(pairs, g.length, p.length), levelEqual };
}
