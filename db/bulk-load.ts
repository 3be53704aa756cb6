/**
 * When the WAL is copied back into the database file while a batch of reports is loaded.
 * SQLite checkpoints every 1000 pages by default, every three or four reports here; and each
 * report's commit rewrites a few hundred pages of the same indexes (mentions by type and value
 * above all), so each checkpoint copied back much the same pages as the one before: a fifth of
 * the load time. During a batch, checkpoints come every BULK_CHECKPOINT_PAGES instead (beyond
 * that, loading is no faster and the WAL only grows), and one passive checkpoint at the end
 * copies the rest back without waiting for readers.
 *
 * Safety is unchanged: every report is still one committed transaction in the WAL, which a killed
 * process cannot lose (synchronous stays NORMAL); a checkpoint only moves committed pages.
 *
 * A batch at least as large as the database also sets its lookup indexes aside and builds them
 * again at the end (db/deferred-indexes.ts).
 */
import { deferIndexes, restoreDeferredIndexes, shouldDefer } from './deferred-indexes.js';
import type { Db } from './open.js';

/** 32 MB of 4 KB pages. On 405 reports: 1000 pages 3.1 s of CPU, 4096 2.6 s, 8192 to 16384 2.5 s. */
export const BULK_CHECKPOINT_PAGES = 8192;

export interface BulkLoad {
  /** Whether the batch set the lookup indexes aside. */
  readonly deferred: boolean;
  /** Build set-aside indexes again, go back to the connection's own checkpoint interval, and checkpoint what the batch wrote. */
  end(): void;
}

export interface BulkLoadOptions {
  /** Files in the batch, when known: a batch at least as large as the database defers its lookup indexes. */
  files?: number;
}

export function startBulkLoad(db: Db, options: BulkLoadOptions = {}): BulkLoad {
  const previous = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma(`wal_autocheckpoint = ${BULK_CHECKPOINT_PAGES}`);
  const deferred = options.files !== undefined && shouldDefer(options.files, reportCount(db));
  if (deferred) deferIndexes(db);
  return {
    deferred,
    end() {
      if (deferred) restoreDeferredIndexes(db);
      db.pragma(`wal_autocheckpoint = ${previous}`);
      db.pragma('wal_checkpoint(PASSIVE)');
    },
  };
}

function reportCount(db: Db): number {
  return db.prepare('SELECT count(*) FROM reports').pluck().get() as number;
}
