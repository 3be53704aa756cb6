/** The public tables and views of the knowledge base, for `reportkb export`. */
import type { Db } from './open.js';
import { DbError } from './open.js';
import { runQuery, type QueryResult } from './query.js';

/** Every table and view a user may export: the schema's own, not SQLite's or FTS5's internals. */
export function exportableTables(db: Db): string[] {
  const rows = runQuery(db, `SELECT name FROM sqlite_master WHERE type IN ('table', 'view')
    AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'paragraphs_fts%' ORDER BY type DESC, rowid`).rows;
  return rows.map((r) => String(r[0]));
}

export function exportTable(db: Db, table: string, options: { withRawText?: boolean } = {}): QueryResult {
  if (!exportableTables(db).includes(table)) throw new DbError(`no table or view named '${table}' (see 'reportkb export --list')`);
  if (table === 'reports' && !options.withRawText) {
    return runQuery(db, `SELECT id, path, sha256, format, bytes, pages, title, issuer, period_start, period_end, ingested_at FROM reports ORDER BY id`);
  }
  return runQuery(db, `SELECT * FROM "${table}"`);
}
