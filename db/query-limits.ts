/**
 * Limits of a user's query: how many rows (and roughly how much text) an answer may hold before it
 * is refused with a clear line, and the one read-only pragma that SQLite marks as a write.
 */
import { DbError } from './errors.js';

/** Rows an answer may hold: beyond this it is refused (add LIMIT, or aggregate). */
export const MAX_ROWS = 1_000_000;
/** Characters of text and bytes of blobs an answer may hold in all. */
export const MAX_ANSWER_SIZE = 256 * 1024 * 1024;

/** setTimeout's largest delay: a longer one fires at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** `PRAGMA journal_mode` (or `PRAGMA main.journal_mode`) with no value only reads the mode. */
export const READ_ONLY_PRAGMA = /^\s*PRAGMA\s+(?:"?\w+"?\.)?"?journal_mode"?\s*;?\s*$/i;

/** Rows of an iterator, refused with a DbError past MAX_ROWS or MAX_ANSWER_SIZE. */
export function collectRows(rows: Iterable<unknown[]>): unknown[][] {
  const out: unknown[][] = [];
  let size = 0;
  for (const row of rows) {
    if (out.length >= MAX_ROWS) throw new DbError(tooLarge(`more than ${MAX_ROWS.toLocaleString('en-US')} rows`));
    for (const value of row) size += typeof value === 'string' ? value.length : value instanceof Uint8Array ? value.length : 8;
    if (size > MAX_ANSWER_SIZE) throw new DbError(tooLarge(`more than ${MAX_ANSWER_SIZE / 1048576} MB`));
    out.push(row);
  }
  return out;
}

export const tooLarge = (what: string) => `the answer holds ${what}: narrow it with WHERE/LIMIT or aggregate (reportkb export writes whole tables)`;
