/**
 * What the review page and `reportkb gold` read: reports, one report's text, sections, corrected
 * mentions and activities (migration 010's views), and the chart's figures from the same summary
 * views `reportkb query` sees. Read-only.
 */
import { resolve } from 'node:path';
import { setValues } from './corrections.js';
import { DbError } from './errors.js';
import type { Db } from './open.js';
// The shapes the review page's API sends, written once (web/types.ts has no imports, so the page's bundle and this module share it).
import type { Activity as ActivityView, ChartRow, Mention as MentionView, RejectedItem, ReportSummary } from '../web/types.js';

export type { ActivityView, ChartRow, MentionView, RejectedItem, ReportSummary };

export function listReports(db: Db): ReportSummary[] {
  return db
    .prepare(
      `SELECT r.id, r.path, r.title, r.format,
        (SELECT count(*) FROM activities_corrected a WHERE a.report_id = r.id) AS activities,
        (SELECT count(*) FROM mentions m WHERE m.report_id = r.id) AS mentions,
        (SELECT count(*) FROM corrections c WHERE c.report_path = r.real_path) AS corrections,
        (SELECT count(*) FROM corrections_status c WHERE c.report_path = r.real_path AND c.status = 'stale') AS stale
      FROM reports r ORDER BY r.path`,
    )
    .all() as ReportSummary[];
}

/** A report by id ("12") or by the path it was ingested from. */
export function findReport(db: Db, ref: string): { id: number; path: string; realPath: string; sha256: string; format: string } {
  const columns = `id, path, real_path AS realPath, sha256, format`;
  const row = /^\d+$/.test(ref)
    ? db.prepare(`SELECT ${columns} FROM reports WHERE id = ?`).get(Number(ref))
    : db.prepare(`SELECT ${columns} FROM reports WHERE real_path = ? OR path = ? ORDER BY id DESC LIMIT 1`).get(resolve(ref), ref);
  if (!row) throw new DbError(`no report ${/^\d+$/.test(ref) ? 'with id ' : 'ingested from '}${ref} (list them with: reportkb query "SELECT id, path FROM reports")`);
  return row as { id: number; path: string; realPath: string; sha256: string; format: string };
}

export interface ReportView {
  report: { id: number; path: string; title: string | null; format: string; sha256: string; period_start: string | null; period_end: string | null };
  text: string;
  sections: Array<{ id: number; parent_id: number | null; level: number; heading: string; start: number; end: number; heading_end: number }>;
  paragraphs: Array<{ id: number; section_id: number | null; kind: string; start: number; end: number }>;
  mentions: MentionView[];
  activities: ActivityView[];
}

export function reportView(db: Db, id: number): ReportView {
  const report = db.prepare(`SELECT id, path, title, format, sha256, period_start, period_end, raw_text FROM reports WHERE id = ?`).get(id) as (ReportView['report'] & { raw_text: string }) | undefined;
  if (!report) throw new DbError(`no report with id ${id}`);
  const { raw_text: text, ...meta } = report;
  const sections = db.prepare(`SELECT id, parent_id, level, heading, start, end, heading_end FROM sections WHERE report_id = ? ORDER BY start, ordinal`).all(id) as ReportView['sections'];
  const paragraphs = db.prepare(`SELECT id, section_id, kind, start, end FROM paragraphs WHERE report_id = ? ORDER BY start`).all(id) as ReportView['paragraphs'];
  const mentions = db
    .prepare(`SELECT id, paragraph_id, type, start, end, text, value, value_int, mod, rule, origin, verdict, edits FROM mentions_corrected WHERE report_id = ? ORDER BY start, end`)
    .all(id) as MentionView[];
  const rows = db
    .prepare(
      `SELECT a.id, a.paragraph_id, a.kind, a.status, a.count, a.date, a.date_mod, a.date_source, a.participants, a.trigger, a.start, a.end, a.part_of,
        (SELECT g.start FROM activities_base g WHERE g.id = a.part_of) AS part_of_start, a.origin, a.verdict, a.edits
      FROM activities_corrected a WHERE a.report_id = ? ORDER BY a.start`,
    )
    .all(id) as Array<Omit<ActivityView, 'countries' | 'places' | 'organizations'>>;
  const activities = rows.map((a) => ({ ...a, ...setValues(db, a.id) }));
  return { report: meta, text, sections, paragraphs, mentions, activities };
}

/** A report's rejected items (the corrected views leave them out), for the page to list and restore. */
export function rejectedItems(db: Db, id: number): { activities: RejectedItem[]; mentions: RejectedItem[] } {
  const rows = (sql: string) => db.prepare(sql).all(id, id) as RejectedItem[];
  return {
    activities: rows(`SELECT b.id, b.kind AS label, b.start, b.end, b.trigger AS text FROM activities_base b
      WHERE b.report_id = ? AND b.id NOT IN (SELECT id FROM activities_corrected WHERE report_id = ?) ORDER BY b.start`),
    mentions: rows(`SELECT b.id, b.type AS label, b.start, b.end, b.text FROM mentions_base b
      WHERE b.report_id = ? AND b.id NOT IN (SELECT id FROM mentions_corrected WHERE report_id = ?) ORDER BY b.start`),
  };
}

/** Activities and participants per country and year: the whole knowledge base, or one report. */
export function chartRows(db: Db, reportId?: number): ChartRow[] {
  return (reportId === undefined
    ? db.prepare(`SELECT country, year, activities, participants FROM participants_by_country_year ORDER BY country, year`).all()
    : db.prepare(`SELECT country, year, activities, participants FROM participants_by_report_country_year WHERE report_id = ? ORDER BY country, year`).all(reportId)) as ChartRow[];
}
