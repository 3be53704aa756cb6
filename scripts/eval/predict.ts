/**
 * The prediction side of eval: `extractToGold(path)` from pipeline/index.ts, imported when eval
 * runs rather than when the CLI starts (other commands need not load the whole pipeline).
 */
import type { GoldFile } from '../../pipeline/gold.js';

export type Predict = (documentPath: string) => Promise<GoldFile>;

export const extractToGold: Predict = async (documentPath) => {
  const pipeline = await import('../../pipeline/index.js');
  return pipeline.extractToGold(documentPath);
};
