/** Reads a gold file and its document, and validates it: the only file I/O of eval besides the pipeline. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { GoldFile } from '../../pipeline/gold.js';
import { validateGold } from './validate-gold.js';
import { pushAll } from '../../pipeline/push-all.js';

/** One problem, printed as `path: reason`. */
export interface Problem {
  path: string;
  reason: string;
}

export interface LoadedGold {
  path: string;
  gold: GoldFile;
  /** Absolute path of the text file, resolved against the gold file's folder. */
  documentPath: string;
  content: string;
}

export async function loadGold(path: string): Promise<{ loaded?: LoadedGold; problems: Problem[] }> {
  const fail = (reasons: string[]): { problems: Problem[] } => ({ problems: reasons.map((reason) => ({ path, reason })) });
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    return fail([`cannot read gold file: ${(error as Error).message}`]);
  }
  const document = (json as { document?: unknown } | null)?.document;
  const documentPath = typeof document === 'string' ? resolve(dirname(path), document) : undefined;
  let bytes: Buffer | undefined;
  const reasons: string[] = [];
  if (documentPath !== undefined) {
    try {
      bytes = await readFile(documentPath);
    } catch {
      reasons.push(`document ${String(document)} cannot be read (looked for ${documentPath})`);
    }
  }
  const content = bytes?.toString('utf8');
  const sha256 = bytes && createHash('sha256').update(bytes).digest('hex');
  pushAll(reasons, validateGold(json, { content, sha256 }));
  if (reasons.length > 0 || documentPath === undefined || content === undefined) return fail(reasons);
  return { loaded: { path, gold: json as GoldFile, documentPath, content }, problems: [] };
}
