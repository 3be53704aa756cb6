/**
 * Lookup indexes set aside while a large batch loads, and built again once it ends.
 *
 * Most indexes take a report's rows at their end (ids and report ids only grow). A few are keyed on
 * what the rows say: mentions by (type, value), activities by kind, activity links by country and
 * by organization. A report's rows land all over those, and since each report is one transaction,
 * each commit writes every page it touched to the WAL: on 405 reports, 37,000 of the 82,000 pages
 * written were for the (type, value) index alone, and 18,000 for the three others. Building an
 * index in one go sorts its rows instead: 0.12 s for all four on those 405 reports, against about
 * 0.5 s of CPU saved while loading them.
 *
 * The rebuild reads every row of the table, old and new, so it pays only when the batch brings at
 * least as many reports as the database holds (`shouldDefer`). Each report is still loaded in its
 * own transaction; queries run during the batch give the same answers, more slowly. The indexes'
 * CREATE statements go into `deferred_indexes` in the transaction that drops them: a batch that is
 * killed leaves them there, and the next writer to open the database builds them again
 * (`restoreDeferredIndexes`, called by openDb). A second writer that opens the database while a
 * batch runs builds them too; the batch then goes on with them (slower, still correct), and its
 * own end finds nothing left to build.
 */
import type { Db } from './open.js';

/** The indexes set aside: plain (not UNIQUE) indexes whose keys arrive in random order. */
export const LOOKUP_INDEXES = ['mentions_type_value', 'activities_kind', 'activity_countries_iso3', 'activity_organizations_key'] as const;

/** Smallest batch worth the rebuild: below this, either way costs a few milliseconds. */
export const DEFER_MIN_FILES = 32;

/** Whether a batch of `files` files into a database of `reports` reports should set the indexes aside. */
export function shouldDefer(files: number, reports: number): boolean {
  return files >= DEFER_MIN_FILES && files >= reports;
}

/** Drop the lookup indexes, keeping their CREATE statements in `deferred_indexes`. */
export function deferIndexes(db: Db): void {
  db.transaction(() => {
    const keep = db.prepare('INSERT OR IGNORE INTO deferred_indexes (name, sql) VALUES (?, ?)');
    const find = db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?`).pluck();
    for (const name of LOOKUP_INDEXES) {
      const sql = find.get(name) as string | undefined;
      if (sql === undefined) continue; // already set aside, by this batch or one that was killed
      keep.run(name, sql);
      db.exec(`DROP INDEX "${name}"`);
    }
  }).immediate();
}

/** Build every set-aside index again (one transaction); a no-op when none is set aside. */
export function restoreDeferredIndexes(db: Db): void {
  const waiting = db.prepare('SELECT count(*) FROM deferred_indexes').pluck().get() as number;
  if (waiting === 0) return;
  db.transaction(() => {
    const rows = db.prepare('SELECT name, sql FROM deferred_indexes ORDER BY name').all() as Array<{ name: string; sql: string }>;
    const exists = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?`).pluck();
    for (const { name, sql } of rows) if (!exists.get(name)) db.exec(sql);
    db.exec('DELETE FROM deferred_indexes');
  }).immediate();
}
