/**
 * The one place that opens a database (only db/ imports better-sqlite3). Sets WAL, foreign keys
 * and a busy timeout, runs pending migrations (each in a transaction that bumps user_version)
 * and refuses a database made by a newer reportkb.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { retryBusy } from './busy.js';
import { restoreDeferredIndexes } from './deferred-indexes.js';
import { DbError } from './errors.js';
import { MIGRATIONS } from './migrations/index.js';

export type Db = Database.Database;

export interface OpenOptions {
  readonly?: boolean;
  /** Milliseconds to wait for another writer before giving up. */
  busyTimeout?: number;
}

export { DbError };

/**
 * Page size of a new knowledge base. Each report's commit writes every page it touched to the WAL,
 * and the mention index by (type, value) takes rows at random places: with 4 KB pages (SQLite's
 * default) a large report wrote about 380 pages, 40% of them for that index. 8 KB pages hold twice
 * the keys, so a report touches fewer pages: on 400 reports, load CPU 2.0–2.3 s at 4 KB, 1.9 s at
 * 8 KB and 16 KB. A database made with another page size keeps it.
 */
export const PAGE_SIZE = 8192;

export function openDb(path: string, options: OpenOptions = {}): Db {
  const readonly = options.readonly ?? false;
  if (readonly && path !== ':memory:' && !existsSync(path)) throw new DbError(`no database at ${path} (run 'reportkb ingest' to make one, or give --db)`);
  let db: Db;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly });
  } catch (error) {
    throw new DbError(`cannot open database ${path}: ${(error as Error).message}`);
  }
  db.pragma(`busy_timeout = ${options.busyTimeout ?? 15000}`);
  db.pragma('foreign_keys = ON');
  try {
    // A brand-new file may be set up by two processes at once: both steps are all-or-nothing.
    retryBusy('it was being set up', () => setUp(db, path, readonly));
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') throw new DbError(`${path} is not a SQLite database (give --db a reportkb database, or a new file name)`);
    throw error instanceof DbError ? error : new DbError(`cannot open database ${path}: ${(error as Error).message}`);
  }
  return db;
}

function setUp(db: Db, path: string, readonly: boolean): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    throw new DbError(`database ${path} has schema version ${version}, newer than this reportkb knows (${MIGRATIONS.length}); upgrade reportkb`);
  }
  if (!readonly) {
    // Only a file with no pages yet takes a page size; it must be set before WAL is.
    if ((db.pragma('page_count', { simple: true }) as number) === 0) db.pragma(`page_size = ${PAGE_SIZE}`);
    if (db.pragma('journal_mode', { simple: true }) !== 'wal') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    migrate(db);
    // Indexes a killed batch set aside (db/deferred-indexes.ts) are built again before anything else.
    restoreDeferredIndexes(db);
  } else if (version < MIGRATIONS.length) {
    throw new DbError(`database ${path} is at schema version ${version}; run 'reportkb ingest' once to upgrade it`);
  }
}

function migrate(db: Db): void {
  for (;;) {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version >= MIGRATIONS.length) return;
    // IMMEDIATE: two processes migrating at once serialize here, and the loser sees the new version.
    db.transaction(() => {
      const current = db.pragma('user_version', { simple: true }) as number;
      if (current !== version) return;
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
}
