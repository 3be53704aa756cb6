/**
 * The one place that opens a database (only db/ imports better-sqlite3). Sets WAL, foreign keys
 * and a busy timeout, runs pending migrations (each in a transaction that bumps user_version)
 * and refuses a database made by a newer reportkb.
 *
 * Before writing anything it refuses what is not ours (db/identity.ts): an empty --db, a FIFO or
 * device, another application's database. After a batch, `settleAfterBatch` takes the file out of
 * WAL when no one else has it open (so read-only users need no -wal/-shm files and no write access
 * to its folder), and removes a file this connection created if no report was loaded into it.
 */
import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { retryBusy } from './busy.js';
import { restoreDeferredIndexes } from './deferred-indexes.js';
import { DbError } from './errors.js';
import { checkIdentity, existingFile } from './identity.js';
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
  const existed = existingFile(path);
  if (readonly && path !== ':memory:' && !existed) throw new DbError(`no database at ${path} (run 'reportkb ingest' to make one, or give --db)`);
  if (existed) checkIdentity(path);
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
  if (!readonly && path !== ':memory:' && !existed) created.set(db, path);
  return db;
}

/** Connections that made their database file, with its path. */
const created = new WeakMap<Db, string>();

/**
 * After an ingest batch: as the only connection, leave WAL (SQLite refuses while another connection
 * has the file open, and it then stays in WAL for them); and when this connection created the file
 * and no report is in it, remove the file when the connection closes (`ingest missing.pdf` leaves
 * no empty database behind).
 */
export function settleAfterBatch(db: Db): void {
  const path = created.get(db);
  let empty = false;
  let alone = false;
  const wait = db.pragma('busy_timeout', { simple: true }) as number;
  try {
    db.pragma('busy_timeout = 0');
    empty = path !== undefined && db.prepare('SELECT 1 FROM reports LIMIT 1').get() === undefined;
    alone = db.pragma('journal_mode = DELETE', { simple: true }) === 'delete';
  } catch {
    // another connection holds the file: it stays as it is
  }
  db.pragma(`busy_timeout = ${wait}`);
  if (!(path && empty && alone)) return;
  const close = db.close.bind(db);
  db.close = () => {
    close();
    for (const suffix of ['', '-journal']) rmSync(path + suffix, { force: true });
    return db;
  };
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
