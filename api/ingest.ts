/** Reports into a knowledge base: each file on its own; a bad file is reported and the batch goes on. */
import { ingest as ingestFiles, type FileEvent, type IngestSummary } from '../pipeline/ingest.js';
import { connectionOf, type KnowledgeBase } from './knowledge-base.js';

export type { FileEvent, IngestSummary };

export interface Progress {
  /** Files finished so far (0 when the list is first known). */
  done: number;
  total: number;
  /** The file just finished (absent on the first call). */
  path?: string;
}

export interface IngestOptions {
  /** Worker threads for parsing and extraction; 1 (the default) runs everything in this thread. */
  concurrency?: number;
  /** Refuse files larger than this many bytes (default 64 MB). */
  maxBytes?: number;
  /**
   * A file whose twin (the same document in another format or file) is already loaded is skipped
   * as a duplicate; with replace it is taken instead of the twin.
   */
  replace?: boolean;
  /** Called once the file list is known, then after each file. */
  onProgress?: (progress: Progress) => void;
  /** Called after each file with what became of it: added, replaced, unchanged, duplicate or failed (with the reason). */
  onFile?: (event: FileEvent) => void;
}

/** Ingests files and folders (searched recursively for .txt, .pdf, .docx). Failures are in the summary, not thrown. */
export async function ingest(kb: KnowledgeBase, paths: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const db = connectionOf(kb, true);
  const concurrency = options.concurrency ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a whole number of at least 1, not ${String(options.concurrency)}`);
  let total = 0;
  let done = 0;
  return ingestFiles(db, paths, {
    concurrency,
    maxBytes: options.maxBytes,
    replace: options.replace,
    onStart: (count) => {
      total = count;
      options.onProgress?.({ done, total });
    },
    onFile: (event) => {
      done++;
      options.onFile?.(event);
      options.onProgress?.({ done, total, path: event.path });
    },
  });
}
