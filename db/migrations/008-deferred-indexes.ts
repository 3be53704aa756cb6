/**
 * Where a large ingest batch keeps the lookup indexes it set aside (db/deferred-indexes.ts): each
 * row is an index's own CREATE statement, as sqlite_master had it. The rows are written in the
 * same transaction that drops the indexes, so a batch that is killed leaves them behind, and the
 * next process that opens the database for writing builds the indexes again.
 */
export const sql = `
CREATE TABLE deferred_indexes (
  name  TEXT PRIMARY KEY,
  sql   TEXT NOT NULL
) STRICT;
`;
