/** Read-only SQL and full-text search over a knowledge base. */
import { runStoppableQuery } from '../db/query-isolated.js';
import { runQuery, type QueryParams, type QueryResult } from '../db/query.js';
import { ftsQuery, searchSql } from '../db/search-sql.js';
import { findReport } from './reports.js';
import { connectionOf, type KnowledgeBase } from './knowledge-base.js';

export type { QueryParams, QueryResult };
export { QueryInterrupted } from '../db/query-isolated.js';

export interface QueryOptions {
  /** Stop the query after this many milliseconds (it then runs in a child process that can be killed). */
  timeoutMs?: number;
  /** Stop the query when this fires (rejects with QueryInterrupted). */
  signal?: AbortSignal;
}

/**
 * Runs one read-only statement: a statement that would write is refused before it runs. Named
 * parameters (`:name`) take an object, positional ones (`?`) an array.
 */
export async function query(kb: KnowledgeBase, sql: string, params: QueryParams = [], options: QueryOptions = {}): Promise<QueryResult> {
  const db = connectionOf(kb);
  if (options.timeoutMs === undefined && options.signal === undefined) return runQuery(db, sql, params);
  return runStoppableQuery(kb.path, sql, params, options);
}

/** Rows as objects keyed by column name. */
export function toObjects(result: QueryResult): Array<Record<string, unknown>> {
  return result.rows.map((row) => Object.fromEntries(result.columns.map((c, i) => [c, row[i]])));
}

export interface SearchOptions {
  /** At most this many paragraphs (default 20). */
  limit?: number;
  /** Only in this report (an id, or a path as ingested). */
  report?: number | string;
  /** Pass the words to FTS5 as written (AND, OR, NEAR(a b, N), "phrases", prefix*). */
  raw?: boolean;
}

/** Paragraphs holding every word, best first: report_id, report, section, paragraph_id, kind, snippet with the words [marked]. */
export function search(kb: KnowledgeBase, words: string, options: SearchOptions = {}): QueryResult {
  const db = connectionOf(kb);
  const limit = options.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a whole number of at least 1, not ${String(options.limit)}`);
  let reportId: number | undefined;
  if (options.report !== undefined) {
    reportId = findReport(kb, options.report);
    if (reportId === undefined) throw new RangeError(`no report with id or path '${String(options.report)}' (see 'reportkb reports')`);
  }
  const params: Record<string, unknown> = { query: ftsQuery(words, options.raw) };
  if (reportId !== undefined) params.report_id = reportId;
  return runQuery(db, searchSql({ limit, reportId, raw: options.raw }), params);
}
