/**
 * The database's share on its own: the rows of the stage pass loaded again, as one batch, into a
 * fresh database, with no reading, parsing or extraction in between. End to end ingest into this
 * schema cannot run faster than this, however fast everything before the database became.
 */
import { join } from 'node:path';
import { startBulkLoad } from '../../db/bulk-load.js';
import { loadReport } from '../../db/load.js';
import { openDb } from '../../db/open.js';
import { now } from '../../pipeline/clock.js';
import type { ReportRecord } from '../../pipeline/record.js';

/** Best of `runs` times (ms, on the bench's clock) to load `records` into a fresh database in `dir`, the batch's end included (checkpoint, set-aside indexes). */
export function loadAlone(records: readonly ReportRecord[], dir: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const db = openDb(join(dir, `load-alone-${i}.sqlite`));
    try {
      const t = now();
      const bulk = startBulkLoad(db, { files: records.length });
      for (const record of records) loadReport(db, record);
      bulk.end();
      best = Math.min(best, now() - t);
    } finally {
      db.close();
    }
  }
  return best;
}
