/**
 * Prepared statements, made once per connection. Statements run once per report take named
 * @params; those run once per section, paragraph or mention take positional parameters in the
 * order of their column list, as typed in `Params`: better-sqlite3 binds positional values
 * several times faster than it reads named ones off an object, and a report has hundreds of rows.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from './open.js';

type Named = [Record<string, unknown>];

/** Exported for the test that checks each searches by an index (test/load-plans.test.ts). */
export const SQL = {
  reportBySha: `SELECT id, path, real_path AS realPath FROM reports WHERE sha256 = ?`,
  reportsByPath: `SELECT id, sha256 FROM reports WHERE real_path = ?`,
  deleteReport: `DELETE FROM reports WHERE id = ?`,
  insertReport: `INSERT INTO reports (path, real_path, sha256, format, bytes, pages, title, issuer, period_start, period_end, ingested_at, raw_text, symbol, fingerprint)
    VALUES (@path, @realPath, @sha256, @format, @bytes, @pages, @title, @issuer, @periodStart, @periodEnd, @ingestedAt, @rawText, @symbol, @fingerprint)`,
  /** A report of the same document symbol at another path. */
  reportBySymbol: `SELECT id, path FROM reports WHERE symbol = ? AND real_path <> ? LIMIT 1`,
  /** Reports whose fingerprint has this value in this bin (pipeline/fingerprint.ts). */
  reportsWithBin: `SELECT report_id FROM fingerprint_bins WHERE bin = ? AND value = ?`,
  insertBin: `INSERT INTO fingerprint_bins (bin, value, report_id) VALUES (?, ?, ?)`,
  reportForTwin: `SELECT id, path, real_path AS realPath, format, fingerprint FROM reports WHERE id = ?`,
  insertSection: `INSERT INTO sections (report_id, parent_id, ordinal, level, heading, start, end, heading_end)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  insertParagraph: `INSERT INTO paragraphs (report_id, section_id, ordinal, kind, start, end, page, text, role)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  /** The full-text index gets a report's paragraphs at once (see migration 006). */
  indexParagraphs: `INSERT INTO paragraphs_fts (rowid, text) SELECT id, text FROM paragraphs WHERE report_id = ? ORDER BY id`,
  insertMention: `INSERT INTO mentions (report_id, paragraph_id, type, start, end, text, value, value_int, mod, rule, implied)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  upsertCountry: `INSERT INTO countries (iso3, name) VALUES (@iso3, @name) ON CONFLICT (iso3) DO NOTHING`,
  upsertOrganization: `INSERT INTO organizations (key, name) VALUES (@key, @name)
    ON CONFLICT (key) DO NOTHING`,
  orgKeyByName: `SELECT org_key AS key FROM organization_names WHERE name = ? COLLATE NOCASE AND org_key <> ? COLLATE NOCASE LIMIT 1`,
  insertOrganizationName: `INSERT INTO organization_names (org_key, name) VALUES (@key, @name) ON CONFLICT DO NOTHING`,
} as const;

/** Each statement's parameters; a positional insert's follow its column list above. */
interface Params {
  reportBySha: [sha256: string];
  reportsByPath: [realPath: string];
  deleteReport: [id: number];
  insertReport: Named;
  reportBySymbol: [symbol: string, realPath: string];
  reportsWithBin: [bin: number, value: number];
  insertBin: [bin: number, value: number, reportId: number];
  reportForTwin: [id: number];
  insertSection: [reportId: number, parentId: number | null, ordinal: number, level: number, heading: string, start: number, end: number, headingEnd: number];
  insertParagraph: [reportId: number, sectionId: number | null, ordinal: number, kind: string, start: number, end: number, page: number | null, text: string, role: string | null];
  indexParagraphs: [reportId: number];
  insertMention: [
    reportId: number,
    paragraphId: number,
    type: string,
    start: number,
    end: number,
    text: string,
    value: string,
    valueInt: number | null,
    mod: string | null,
    rule: string,
    implied: string | null,
  ];
  upsertCountry: Named;
  upsertOrganization: Named;
  orgKeyByName: [name: string, notKey: string];
  insertOrganizationName: Named;
}

export type StatementName = keyof typeof SQL;
type Statements = { [K in StatementName]: Statement<Params[K]> };

const cache = new WeakMap<Db, Partial<Statements>>();

export function statement<K extends StatementName>(db: Db, name: K): Statements[K] {
  let prepared = cache.get(db);
  if (!prepared) cache.set(db, (prepared = {}));
  return (prepared[name] ??= db.prepare<Params[K]>(SQL[name]) as Statements[K]);
}
