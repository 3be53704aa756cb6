/**
 * The one place that opens a database (only db/ imports better-sqlite3). Sets WAL, foreign keys
 * and a busy timeout, runs pending migrations (each in a transaction that bumps user_version)
 * and refuses a database made by a newer reportkb.
 */
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations/index.js';

export type Db = Database.Database;

export interface OpenOptions {
  readonly?: boolean;
  /** Milliseconds to wait for another writer before giving up. */
  busyTimeout?: number;
}

export class DbError extends Error {
  override name = 'DbError';
}

export function openDb(path: string, options: OpenOptions = {}): Db {
  const readonly = options.readonly ?? false;
  let db: Db;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly });
  } catch (error) {
    throw new DbError(`cannot open database ${path}: ${(error as Error).message}`);
  }
  db.pragma(`busy_timeout = ${options.busyTimeout ?? 15000}`);
  db.pragma('foreign_keys = ON');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    db.close();
    throw new DbError(`database ${path} has schema version ${version}, newer than this reportkb knows (${MIGRATIONS.length}); upgrade reportkb`);
  }
  if (!readonly) {
    if (db.pragma('journal_mode', { simple: true }) !== 'wal') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    migrate(db);
  } else if (version < MIGRATIONS.length) {
    db.close();
    throw new DbError(`database ${path} is at schema version ${version}; run 'reportkb ingest' once to upgrade it`);
  }
  return db;
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
