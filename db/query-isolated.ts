/**
 * A read-only query that can be stopped: a time limit, or an AbortSignal (Ctrl-C). SQL errors and
 * writes are refused here first (prepareQuery, with openDb's own checks), then the statement runs
 * in a child process (db/query-child.mjs) that is killed when the limit passes or the signal fires.
 * A worker thread would not do: better-sqlite3 has no interrupt, and a thread inside SQLite
 * cannot be stopped (even process.exit waits for it).
 */
import { fork } from 'node:child_process';
import { DbError } from './errors.js';
import { openDb } from './open.js';
import { prepareQuery, type QueryParams, type QueryResult } from './query.js';
import { MAX_ANSWER_SIZE, MAX_ROWS, MAX_TIMER_MS, tooLarge } from './query-limits.js';

export interface StoppableOptions {
  /** Stop the query after this many milliseconds (no limit when absent). */
  timeoutMs?: number;
  /** Stop the query when this fires (the caller wires it to SIGINT). */
  signal?: AbortSignal;
  busyTimeout?: number;
  /** Rows an answer may hold (MAX_ROWS unless lowered, as tests do). */
  maxRows?: number;
  /** Told the query process's id once it starts (tests check it is gone after a stop). */
  onStart?: (pid: number) => void;
}

/** The query was stopped by the caller's signal (Ctrl-C); the CLI exits with 130. */
export class QueryInterrupted extends Error {
  override name = 'QueryInterrupted';
}

const CHILD = new URL('./query-child.mjs', import.meta.url);

type Reply = { ok: true; columns: string[]; rows: unknown[][] } | { ok: false; message: string; limit?: boolean };

/** Signals that end this process by default: the query process is killed first, then the signal takes its course. */
const ENDING_SIGNALS = ['SIGTERM', 'SIGHUP'] as const;

export async function runStoppableQuery(path: string, sql: string, params: QueryParams = [], options: StoppableOptions = {}): Promise<QueryResult> {
  const db = openDb(path, { readonly: true });
  try {
    prepareQuery(db, sql);
  } finally {
    db.close();
  }
  if (options.signal?.aborted) throw new QueryInterrupted('query interrupted');
  const child = fork(CHILD, [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'], execArgv: [] });
  if (child.pid !== undefined) options.onStart?.(child.pid);
  const killChild = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  // This process ending by a signal or by exit() takes the query process with it (the child's own
  // watchdog covers a SIGKILL of this one).
  const onSignal = (signal: NodeJS.Signals) => {
    killChild();
    for (const s of ENDING_SIGNALS) process.removeListener(s, onSignal);
    process.kill(process.pid, signal);
  };
  for (const s of ENDING_SIGNALS) process.once(s, onSignal);
  process.once('exit', killChild);
  return new Promise<QueryResult>((resolve, reject) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      for (const s of ENDING_SIGNALS) process.removeListener(s, onSignal);
      process.removeListener('exit', killChild);
      killChild();
      outcome();
    };
    const seconds = (ms: number) => `${Number((ms / 1000).toFixed(3))} s`;
    // setTimeout fires at once past 2^31 - 1 ms (24.8 days): a longer limit is waited out in steps.
    const deadline = options.timeoutMs === undefined ? undefined : performance.now() + options.timeoutMs;
    const arm = () => {
      if (deadline === undefined) return;
      const left = deadline - performance.now();
      if (left > 0) {
        timer = setTimeout(arm, Math.min(left, MAX_TIMER_MS));
        return;
      }
      finish(() => reject(new DbError(`query stopped after ${seconds(options.timeoutMs!)} (the --timeout limit): narrow it with WHERE/LIMIT or raise --timeout`)));
    };
    if (deadline !== undefined) timer = setTimeout(arm, Math.min(Math.max(0, options.timeoutMs!), MAX_TIMER_MS));
    const onAbort = () => finish(() => reject(new QueryInterrupted('query interrupted')));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.once('message', (reply: Reply) => finish(() => (reply.ok ? resolve({ columns: reply.columns, rows: reply.rows }) : reject(new DbError(reply.limit ? tooLarge(reply.message) : `SQL error: ${reply.message}`)))));
    child.once('error', (error) => finish(() => reject(new DbError(`cannot run the query: ${error.message}`))));
    child.once('close', (code, signal) => {
      // SIGINT reaches the whole foreground group on Ctrl-C: the child may die of it before we hear.
      if (signal === 'SIGINT') finish(() => reject(new QueryInterrupted('query interrupted')));
      else finish(() => reject(new DbError(`the query process ended without an answer (${signal ?? `exit code ${code}`})`)));
    });
    child.send({ path, sql, params, busyTimeout: options.busyTimeout ?? 15000, maxRows: options.maxRows ?? MAX_ROWS, maxSize: MAX_ANSWER_SIZE });
  });
}
