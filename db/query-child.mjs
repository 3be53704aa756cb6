// A query run in a process of its own (db/query-isolated.ts), so that a slow one can be stopped:
// better-sqlite3 runs a statement synchronously and exposes no interrupt, and a worker thread
// stuck in SQLite holds up even process.exit(). Plain JavaScript, so it starts in ~100 ms.
// The parent has already opened the database and checked the SQL (db/query.ts prepareQuery).
import Database from 'better-sqlite3';

process.once('message', (/** @type {{path: string, sql: string, params: Record<string, unknown> | unknown[], busyTimeout: number}} */ job) => {
  /** @type {unknown} */
  let reply;
  try {
    const db = new Database(job.path, { readonly: true, fileMustExist: true });
    db.pragma(`busy_timeout = ${job.busyTimeout}`);
    const stmt = db.prepare(job.sql);
    const args = Array.isArray(job.params) ? job.params : [job.params];
    if (stmt.reader) reply = { ok: true, columns: stmt.columns().map((c) => c.name), rows: stmt.raw(true).all(...args) };
    else reply = (stmt.run(...args), { ok: true, columns: [], rows: [] });
    db.close();
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  process.send?.(reply, () => process.disconnect());
});
