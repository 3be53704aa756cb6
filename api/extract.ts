/** One file through the pipeline, without a knowledge base. */
import { headingsOf, processFile, toGold } from '../pipeline/index.js';
import type { GoldFile, GoldHeading } from '../pipeline/gold.js';

export type { GoldFile, GoldHeading };

export interface ExtractOptions {
  /** Refuse files larger than this many bytes (default 64 MB). */
  maxBytes?: number;
}

/** Headings, mentions (each with the rule that made it) and activities as one reportkb-gold/1 object; offsets into the file's text. */
export async function extract(path: string, options: ExtractOptions = {}): Promise<GoldFile> {
  return toGold(await processFile(path, options), path);
}

/** The heading tree segmentation finds in a file. */
export async function fileSections(path: string, options: ExtractOptions = {}): Promise<GoldHeading[]> {
  return headingsOf(await processFile(path, options));
}
