/**
 * Is an existing database file ours to open? Checked on a read-only connection before anything is
 * written, so a file that belongs to another application is refused exactly as it was found (not
 * even its journal mode is changed), and a file that is not a regular file (a FIFO, a device) is
 * refused before SQLite would block on it.
 */
import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { DbError } from './errors.js';
import { MIGRATIONS } from './migrations/index.js';

/** Whether `path` names an existing database file with content; throws DbError for a path that can never be one. */
export function existingFile(path: string): boolean {
  if (path === '') throw new DbError('no database file given (--db is empty): name a database file');
  if (path === ':memory:') return false;
  let info;
  try {
    info = statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    if ((error as NodeJS.ErrnoException).code === 'ENAMETOOLONG') throw new DbError(`cannot open database ${path.slice(0, 80)}…: the path is too long`);
    throw new DbError(`cannot open database ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (info.isDirectory()) throw new DbError(`${path} is a folder, not a database file: give --db a file name`);
  if (!info.isFile()) throw new DbError(`${path} is not a regular file (a FIFO, socket or device): give --db a database file`);
  return info.size > 0;
}

/** Refuse a SQLite database that another application made (tables, but not reportkb's schema). */
export function checkIdentity(path: string): void {
  let db;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new DbError(`cannot open database ${path}: ${(error as Error).message}`);
  }
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    if (version > MIGRATIONS.length) return; // openDb refuses it with the schema version
    const ours = version > 0 && tables.includes('reports');
    if (!ours && tables.length > 0) {
      throw new DbError(`${path} is a SQLite database of another application (${tables.length} table(s), no reportkb schema); reportkb leaves it unchanged: give --db a reportkb database or a new file name`);
    }
    if (!ours && version > 0) throw new DbError(`${path} has user_version ${version} but no reportkb schema; reportkb leaves it unchanged`);
  } catch (error) {
    if (error instanceof DbError) throw error;
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') throw new DbError(`${path} is not a SQLite database (give --db a reportkb database, or a new file name)`);
    throw new DbError(`cannot open database ${path}: ${(error as Error).message}`);
  } finally {
    db.close();
  }
}
