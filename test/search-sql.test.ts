import { describe, expect, it } from 'vitest';
import { ftsQuery, searchSql } from '../db/search-sql.js';

describe('search SQL', () => {
  it('quotes each word so FTS5 syntax in user input is taken literally', () => {
    expect(ftsQuery('money laundering')).toBe('"money" "laundering"');
    expect(ftsQuery('"port security" AND')).toBe('"port security" "AND"');
    expect(ftsQuery('say "hi')).toBe('"say" "hi"');
  });
  it('passes raw FTS5 queries through', () => {
    expect(ftsQuery('money NEAR laundering', true)).toBe('money NEAR laundering');
  });
  it('builds the query with a snippet, an optional report filter and a limit', () => {
    const sql = searchSql({ limit: 5, reportId: 3 });
    expect(sql).toContain("snippet(paragraphs_fts, 0, '[', ']', '…', 16)");
    expect(sql).toContain('AND p.report_id = :report_id');
    expect(sql).toMatch(/LIMIT 5$/);
    expect(searchSql()).not.toContain(':report_id');
  });
});
