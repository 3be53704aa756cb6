/**
 * Waiting out other writers. SQLite's busy timeout already makes a writer wait for the lock; when
 * even that runs out (another process holding its write lock for a long time, or a BUSY that
 * SQLite reports without waiting, such as WAL recovery), the whole step is retried a few times
 * with growing pauses before a clear error. Only safe around steps that are all-or-nothing:
 * a transaction, or opening and migrating.
 */
import { DbError } from './errors.js';

export interface RetryOptions {
  /** Tries in all (the first included). */
  attempts?: number;
  /** Pause before the second try, doubled before each further one (with jitter). */
  firstPauseMs?: number;
}

export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && /^SQLITE_BUSY/.test(code);
}

export function retryBusy<T>(what: string, run: () => T, options: RetryOptions = {}): T {
  const attempts = options.attempts ?? 5;
  let pause = options.firstPauseMs ?? 100;
  for (let attempt = 1; ; attempt++) {
    try {
      return run();
    } catch (error) {
      if (!isBusy(error)) throw error;
      if (attempt >= attempts) {
        throw new DbError(`database is busy: another process kept it locked while ${what} (tried ${attempts} times); try again once it finishes`);
      }
      sleep(pause * (0.75 + Math.random() / 2));
      pause *= 2;
    }
  }
}

/** A synchronous pause: loading is synchronous (better-sqlite3), so the waiting is too. */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
