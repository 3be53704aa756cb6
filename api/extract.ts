/** One file through the pipeline, without a knowledge base. */
import { headingsOf, processFile, toGold } from '../pipeline/index.js';
import type { GoldFile, GoldHeading } from '../pipeline/gold.js';
import type { Message } from '../pipeline/messages.js';

export type { GoldFile, GoldHeading, Message };

export interface ExtractOptions {
  /** Refuse files larger than this many bytes (default 64 MB). */
  maxBytes?: number;
  /** Told each diagnostic the pipeline noted on the way (warnings, notes); the file was still read. */
  onMessage?: (message: Message) => void;
}

/** Headings, mentions (each with the rule that made it) and activities as one reportkb-gold/1 object; offsets into the file's text. */
export async function extract(path: string, options: ExtractOptions = {}): Promise<GoldFile> {
  const result = await processFile(path, options);
  if (options.onMessage) for (const m of result.doc.messages) options.onMessage(m);
  return toGold(result, path);
}

/** The heading tree segmentation finds in a file. */
export async function fileSections(path: string, options: ExtractOptions = {}): Promise<GoldHeading[]> {
  return headingsOf(await processFile(path, options));
}
