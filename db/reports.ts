/**
 * The reports a knowledge base holds: list them, find one by id or path, read its stored heading
 * tree, and remove reports with everything that came from them, in one transaction.
 */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { DbError } from './errors.js';
import type { Db } from './open.js';

export interface ReportRow {
  id: number;
  path: string;
  title: string | null;
  issuer: string | null;
  period_start: string | null;
  period_end: string | null;
  /** Top-level activities (part_of IS NULL): a group and its members count once, as in the views. */
  activities: number;
}

export interface StoredSection {
  id: number;
  parent_id: number | null;
  level: number;
  heading: string;
  /** Where the heading starts: the section runs from here to `end`, its heading to `heading_end`. */
  start: number;
  end: number;
  heading_end: number;
}

export function listReports(db: Db): ReportRow[] {
  return db.prepare(`SELECT r.id, r.path, r.title, r.issuer, r.period_start, r.period_end,
    (SELECT count(*) FROM activities a WHERE a.report_id = r.id AND a.part_of IS NULL) AS activities
    FROM reports r ORDER BY r.id`).all() as ReportRow[];
}

/** A report id (a whole number) or a path as ingested, or the file it resolves to. */
export function findReport(db: Db, idOrPath: string | number): number | undefined {
  const text = String(idOrPath).trim();
  if (/^[1-9]\d*$/.test(text)) {
    const row = db.prepare('SELECT id FROM reports WHERE id = ?').get(Number(text)) as { id: number } | undefined;
    if (row) return row.id;
  }
  const candidates = [text, resolve(text)];
  try {
    candidates.push(realpathSync(text));
  } catch {
    // a file that no longer exists is still found by the path it was ingested under
  }
  const byPath = db.prepare('SELECT id FROM reports WHERE path = ? OR real_path = ? ORDER BY id LIMIT 1');
  for (const c of candidates) {
    const row = byPath.get(c, c) as { id: number } | undefined;
    if (row) return row.id;
  }
  return undefined;
}

export function reportSections(db: Db, reportId: number): StoredSection[] {
  return db.prepare(`SELECT id, parent_id, level, heading, start, "end", heading_end FROM sections WHERE report_id = ? ORDER BY start, ordinal`).all(reportId) as StoredSection[];
}

export interface Removed {
  id: number;
  path: string;
}

/**
 * Removes the reports named (ids or paths) and everything of theirs, or nothing when any name
 * matches no report. Sections, paragraphs (and their full-text entries, by trigger), mentions and
 * activities go by cascade (foreign keys are on); the user's corrections of the report, and
 * organization keys, names and countries that no remaining report mentions, go too.
 */
export function removeReports(db: Db, idsOrPaths: readonly (string | number)[]): Removed[] {
  return db.transaction((): Removed[] => {
    const ids: number[] = [];
    for (const name of idsOrPaths) {
      const id = findReport(db, name);
      if (id === undefined) throw new DbError(`no report with id or path '${String(name)}' (see 'reportkb reports')`);
      if (!ids.includes(id)) ids.push(id);
    }
    if (!db.pragma('foreign_keys', { simple: true })) throw new DbError('internal error: foreign keys are off, a removal would not cascade');
    const removed: Removed[] = [];
    const orgKeys = new Set<string>();
    const hasCorrections = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'corrections'`).get() !== undefined;
    for (const id of ids) {
      const report = db.prepare('SELECT id, path FROM reports WHERE id = ?').get(id) as Removed;
      // A user's review of the report (migration 010) outlives a re-ingest by design, but not a removal.
      if (hasCorrections) db.prepare('DELETE FROM corrections WHERE report_id = ? OR report_path = (SELECT real_path FROM reports WHERE id = ?)').run(id, id);
      for (const r of db.prepare(`SELECT DISTINCT value FROM mentions WHERE report_id = ? AND type = 'organization'
        UNION SELECT DISTINCT ao.org_key FROM activity_organizations ao JOIN activities a ON a.id = ao.activity_id WHERE a.report_id = ?`).all(id, id) as Array<{ value: string }>) {
        orgKeys.add(r.value);
      }
      db.prepare('DELETE FROM reports WHERE id = ?').run(id);
      removed.push(report);
    }
    pruneOrganizations(db, orgKeys);
    // As loading adds them: a country row for each country a report mentions (pipeline/record.ts).
    db.prepare(`DELETE FROM countries WHERE iso3 NOT IN (SELECT value FROM mentions WHERE type = 'country')`).run();
    return removed;
  }).immediate();
}

/**
 * As loading adds them (pipeline/record.ts): a key for each organization a report mentions, and
 * under it each of its mention texts, white space folded, case kept.
 */
function pruneOrganizations(db: Db, keys: ReadonlySet<string>): void {
  const mentionTexts = db.prepare(`SELECT text FROM mentions WHERE type = 'organization' AND value = ? COLLATE NOCASE`).pluck();
  const linked = db.prepare(`SELECT 1 FROM activity_organizations WHERE org_key = ? LIMIT 1`).pluck();
  const names = db.prepare(`SELECT name FROM organization_names WHERE org_key = ?`).pluck();
  const dropName = db.prepare(`DELETE FROM organization_names WHERE org_key = ? AND name = ?`);
  const dropKey = db.prepare(`DELETE FROM organizations WHERE key = ?`);
  for (const key of keys) {
    const seen = new Set((mentionTexts.all(key) as string[]).map((t) => t.replace(/\s+/g, ' ')));
    for (const name of names.all(key) as string[]) if (!seen.has(name)) dropName.run(key, name);
    if (seen.size === 0 && linked.get(key) === undefined) {
      db.prepare('DELETE FROM organization_names WHERE org_key = ?').run(key);
      dropKey.run(key);
    }
  }
}
