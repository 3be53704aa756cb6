/** Prepared statements, made once per connection, with named @params. */
import type { Db } from './open.js';

const SQL = {
  reportBySha: `SELECT id, path, real_path AS realPath FROM reports WHERE sha256 = ?`,
  reportsByPath: `SELECT id, sha256 FROM reports WHERE real_path = ?`,
  deleteReport: `DELETE FROM reports WHERE id = ?`,
  insertReport: `INSERT INTO reports (path, real_path, sha256, format, bytes, pages, title, issuer, period_start, period_end, ingested_at, raw_text)
    VALUES (@path, @realPath, @sha256, @format, @bytes, @pages, @title, @issuer, @periodStart, @periodEnd, @ingestedAt, @rawText)`,
  insertSection: `INSERT INTO sections (report_id, parent_id, ordinal, level, heading, start, end, heading_end)
    VALUES (@reportId, @parentId, @ordinal, @level, @heading, @start, @end, @headingEnd)`,
  insertParagraph: `INSERT INTO paragraphs (report_id, section_id, ordinal, kind, start, end, page, text)
    VALUES (@reportId, @sectionId, @ordinal, @kind, @start, @end, @page, @text)`,
  insertMention: `INSERT INTO mentions (report_id, paragraph_id, type, start, end, text, value, value_int, mod, rule, implied)
    VALUES (@reportId, @paragraphId, @type, @start, @end, @text, @value, @valueInt, @mod, @rule, @implied)`,
  upsertCountry: `INSERT INTO countries (iso3, name) VALUES (@iso3, @name) ON CONFLICT (iso3) DO NOTHING`,
  upsertOrganization: `INSERT INTO organizations (key, name) VALUES (@key, @name)
    ON CONFLICT (key) DO NOTHING`,
  orgKeyByName: `SELECT org_key AS key FROM organization_names WHERE name = ? COLLATE NOCASE AND org_key <> ? COLLATE NOCASE LIMIT 1`,
  insertOrganizationName: `INSERT INTO organization_names (org_key, name) VALUES (@key, @name) ON CONFLICT DO NOTHING`,
} as const;

export type StatementName = keyof typeof SQL;
type Statements = { [K in StatementName]: ReturnType<Db['prepare']> };

const cache = new WeakMap<Db, Partial<Statements>>();

export function statement(db: Db, name: StatementName): Statements[StatementName] {
  let prepared = cache.get(db);
  if (!prepared) cache.set(db, (prepared = {}));
  return (prepared[name] ??= db.prepare(SQL[name]));
}
