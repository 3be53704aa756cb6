// A query run in a process of its own (db/query-isolated.ts), so that a slow one can be stopped:
// better-sqlite3 runs a statement synchronously and exposes no interrupt, and a worker thread
// stuck in SQLite holds up even process.exit(). Plain JavaScript, so it starts in ~100 ms.
// The parent has already opened the database and checked the SQL (db/query.ts prepareQuery).
//
// Never orphaned: while this thread is inside SQLite it hears nothing, so a watchdog thread checks
// that the parent is still there and, once it is gone (killed, SIGTERM, SIGHUP), kills this process
// — a query left running would hold its read snapshot, and the WAL could never be checkpointed.
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';

const parent = process.ppid;
new Worker(
  `const parent = ${parent};
   setInterval(() => { if (process.ppid !== parent) process.kill(process.pid, 'SIGKILL'); }, 200);`,
  { eval: true },
).unref();
process.once('disconnect', () => process.kill(process.pid, 'SIGKILL'));

process.once('message', (/** @type {{path: string, sql: string, params: Record<string, unknown> | unknown[], busyTimeout: number, maxRows: number, maxSize: number}} */ job) => {
  /** @type {unknown} */
  let reply;
  try {
    const db = new Database(job.path, { readonly: true, fileMustExist: true });
    db.pragma(`busy_timeout = ${job.busyTimeout}`);
    db.pragma('foreign_keys = ON');
    const stmt = db.prepare(job.sql);
    const args = Array.isArray(job.params) ? job.params : [job.params];
    if (stmt.reader) reply = { ok: true, columns: stmt.columns().map((c) => c.name), rows: collect(stmt.raw(true).iterate(...args), job) };
    else reply = (stmt.run(...args), { ok: true, columns: [], rows: [] });
    db.close();
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error), limit: error instanceof LimitError };
  }
  process.send?.(reply, () => process.disconnect());
});

class LimitError extends Error {}

/** The rows, refused past the answer limits (db/query-limits.ts) instead of growing without end. */
function collect(/** @type {Iterable<unknown[]>} */ rows, /** @type {{maxRows: number, maxSize: number}} */ job) {
  const out = [];
  let size = 0;
  for (const row of rows) {
    if (out.length >= job.maxRows) throw new LimitError(`more than ${job.maxRows.toLocaleString('en-US')} rows`);
    for (const value of row) size += typeof value === 'string' ? value.length : value instanceof Uint8Array ? value.length : 8;
    if (size > job.maxSize) throw new LimitError(`more than ${job.maxSize / 1048576} MB`);
    out.push(row);
  }
  return out;
}
