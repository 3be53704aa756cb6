/**
 * Read-only SQL for users: a statement that would write is refused before it runs (and the
 * connection is read-only besides), so `reportkb query` can never change the knowledge base.
 */
import type Database from 'better-sqlite3';
import type { Db } from './open.js';
import { DbError } from './open.js';
import { collectRows, READ_ONLY_PRAGMA } from './query-limits.js';

export interface QueryResult {
  columns: string[];
  rows: unknown[][];
}

export type QueryParams = Record<string, unknown> | unknown[];

/** Compile `sql` and refuse it unless it is read-only: SQL errors and writes fail here, before anything runs. */
export function prepareQuery(db: Db, sql: string): Database.Statement<unknown[], unknown> {
  let stmt;
  try {
    stmt = db.prepare(sql);
  } catch (error) {
    throw new DbError(`SQL error: ${(error as Error).message}`);
  }
  if (!stmt.readonly && !READ_ONLY_PRAGMA.test(sql)) throw new DbError('only read-only SQL is allowed here (this statement would change the database)');
  return stmt;
}

export function runQuery(db: Db, sql: string, params: QueryParams = []): QueryResult {
  const stmt = prepareQuery(db, sql);
  if (!stmt.reader) {
    stmt.run(...(Array.isArray(params) ? params : [params]));
    return { columns: [], rows: [] };
  }
  try {
    const columns = stmt.columns().map((c) => c.name);
    const rows = collectRows((Array.isArray(params) ? stmt.raw(true).iterate(...params) : stmt.raw(true).iterate(params)) as Iterable<unknown[]>);
    return { columns, rows };
  } catch (error) {
    if (error instanceof DbError) throw error;
    throw new DbError(`SQL error: ${(error as Error).message}`);
  }
}
