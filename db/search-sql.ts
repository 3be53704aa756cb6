/**
 * Full-text search SQL, built by a pure function so the SQL itself can be tested (sqlite-utils'
 * search_sql). User words become an FTS5 query of quoted terms (all must match) unless `raw`
 * asks for FTS5 syntax as written.
 */
export interface SearchOptions {
  limit?: number;
  reportId?: number;
  /** Pass the words to FTS5 as they are (AND, OR, NEAR(a b, N), "phrases", prefix*). */
  raw?: boolean;
}

export function ftsQuery(words: string, raw = false): string {
  if (raw) return words;
  const terms = words.match(/"[^"]*"|\S+/g) ?? [];
  return terms.map((t) => `"${t.replace(/^"|"$/g, '').replace(/"/g, '""')}"`).join(' ');
}

export function searchSql(options: SearchOptions = {}): string {
  return `SELECT r.id AS report_id, r.path AS report, s.heading AS section, p.id AS paragraph_id, p.kind,
  snippet(paragraphs_fts, 0, '[', ']', '…', 16) AS snippet
FROM paragraphs_fts
JOIN paragraphs p ON p.id = paragraphs_fts.rowid
JOIN reports r ON r.id = p.report_id
LEFT JOIN sections s ON s.id = p.section_id
WHERE paragraphs_fts MATCH :query${options.reportId !== undefined ? '\n  AND p.report_id = :report_id' : ''}
ORDER BY rank
LIMIT ${Math.max(1, Math.floor(options.limit ?? 20))}`;
}
