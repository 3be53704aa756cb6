/** The knowledge base's public tables and views, whole. */
import { exportableTables, exportTable } from '../db/export.js';
import type { QueryResult } from '../db/query.js';
import { connectionOf, type KnowledgeBase } from './knowledge-base.js';

/** Tables and views a user may export (not SQLite's or FTS5's internals). */
export function listTables(kb: KnowledgeBase): string[] {
  return exportableTables(connectionOf(kb));
}

/** Every row of one table or view; `reports` leaves out raw_text unless asked. */
export function readTable(kb: KnowledgeBase, table: string, options: { withRawText?: boolean } = {}): QueryResult {
  return exportTable(connectionOf(kb), table, options);
}
