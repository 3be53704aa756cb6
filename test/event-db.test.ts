/**
 * Activities in the knowledge base: the numbered DPS fixture ingested into a temp database gives
 * activity rows whose triggers point at their text, link tables that agree with the rows, and
 * views that add up.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../db/open.js';
import { ingest } from '../pipeline/ingest.js';
import { ROOT, tempDir } from './helpers.js';

const FIXTURE = join(ROOT, 'fixtures', 'texts', 'dps-2014-numbered.txt');
let db: Db;

beforeAll(async () => {
  db = openDb(join(tempDir(), 'kb.sqlite'));
  const summary = await ingest(db, [FIXTURE]);
  expect(summary.counts.added).toBe(1);
});
afterAll(() => db?.close());

const all = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];
const one = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;

describe('activities of the DPS 2014 fixture', () => {
  it('has activities, each with its trigger at its offsets in the raw text', () => {
    const rows = all<{ trigger: string; actual: string }>(
      `SELECT a.trigger, substr(r.raw_text, a.start + 1, a.end - a.start) AS actual FROM activities a JOIN reports r ON r.id = a.report_id`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(15);
    for (const row of rows) expect(row.actual).toBe(row.trigger);
  });

  it('puts each activity in the paragraph and section that hold its trigger', () => {
    const bad = all(
      `SELECT a.id FROM activities a JOIN paragraphs p ON p.id = a.paragraph_id
       WHERE a.start < p.start OR a.end > p.end OR p.report_id <> a.report_id OR a.section_id IS NOT p.section_id`,
    );
    expect(bad).toEqual([]);
  });

  it('stores valid kinds, statuses and date bounds', () => {
    const kinds = all<{ kind: string }>(`SELECT DISTINCT kind FROM activities`).map((r) => r.kind);
    for (const k of kinds) expect(['workshop', 'seminar', 'course', 'training', 'meeting', 'conference', 'session', 'mission', 'assessment', 'exercise', 'forum', 'other']).toContain(k);
    const dated = all<{ date: string; date_start: string; date_end: string }>(`SELECT date, date_start, date_end FROM activities WHERE date IS NOT NULL`);
    expect(dated.length).toBeGreaterThan(10);
    for (const d of dated) {
      expect(d.date_start, d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d.date_end >= d.date_start, d.date).toBe(true);
    }
    expect(one<{ n: number }>(`SELECT count(*) AS n FROM activities WHERE date IS NULL AND (date_start IS NOT NULL OR date_end IS NOT NULL)`).n).toBe(0);
  });

  it('finds a known activity with its slots', () => {
    const row = one<{ id: number; kind: string; status: string; count: number; date: string; date_start: string; date_end: string; participants: number }>(
      `SELECT * FROM activities WHERE trigger LIKE '%Round Table%'`,
    );
    expect(row).toMatchObject({ kind: 'meeting', status: 'held', count: 1, date: '2014-11-06', date_start: '2014-11-06', date_end: '2014-11-06', participants: 200 });
    expect(all<{ iso3: string }>(`SELECT iso3 FROM activity_countries WHERE activity_id = ?`, row.id).map((r) => r.iso3)).toEqual(['TTO']);
    expect(all<{ place: string }>(`SELECT place FROM activity_places WHERE activity_id = ?`, row.id).map((r) => r.place)).toEqual(['Port of Spain, TTO']);
    expect(all<{ org_key: string }>(`SELECT org_key FROM activity_organizations WHERE activity_id = ?`, row.id).map((r) => r.org_key)).toContain('DPS');
    const planned = all<{ kind: string; date_start: string }>(`SELECT kind, date_start FROM activities WHERE status = 'planned'`);
    expect(planned.length).toBeGreaterThanOrEqual(2);
    for (const p of planned) if (p.date_start) expect(p.date_start >= '2015').toBe(true);
  });

  it('links only to existing activities, and every country link is an ISO3 code', () => {
    for (const table of ['activity_countries', 'activity_places', 'activity_organizations']) {
      expect(one<{ n: number }>(`SELECT count(*) AS n FROM ${table} WHERE activity_id NOT IN (SELECT id FROM activities)`).n, table).toBe(0);
    }
    for (const r of all<{ iso3: string }>(`SELECT DISTINCT iso3 FROM activity_countries`)) expect(r.iso3).toMatch(/^[A-Z]{3}$/);
  });

  it('summarizes by kind and year consistently with the rows', () => {
    const byKind = all<{ kind: string; year: string | null; activities: number; held: number; planned: number; participants: number | null }>(`SELECT * FROM activities_by_kind_year`);
    expect(byKind.reduce((n, r) => n + r.activities, 0)).toBe(one<{ n: number }>(`SELECT count(*) AS n FROM activities`).n);
    for (const r of byKind) expect(r.held + r.planned).toBe(r.activities);
    const courses2014 = byKind.find((r) => r.kind === 'course' && r.year === '2014');
    expect(courses2014?.activities).toBeGreaterThanOrEqual(4);
  });

  it('summarizes by organization with names', () => {
    const dps = all<{ org_key: string; name: string; activities: number }>(`SELECT * FROM activities_by_organization WHERE org_key = 'DPS'`);
    expect(dps.reduce((n, r) => n + r.activities, 0)).toBeGreaterThanOrEqual(15);
    expect(dps[0]?.name).toMatch(/Public Security|DPS/);
    const links = one<{ n: number }>(`SELECT count(*) AS n FROM activity_organizations`).n;
    expect(one<{ n: number }>(`SELECT sum(activities) AS n FROM activities_by_organization`).n).toBe(links);
  });

  it('gives participants by country and year, with per-country breakdowns where the text has them', () => {
    const rows = all<{ country: string; year: string; activities: number; participants: number | null }>(`SELECT * FROM participants_by_country_year`);
    const get = (c: string, y: string) => rows.find((r) => r.country === c && r.year === y);
    // San José workshop, one country, 38 analysts
    expect(get('CRI', '2014')?.participants).toBe(38);
    // Course in San Pedro Sula: 106 trained, Honduras (29) in the breakdown
    expect(get('HND', '2014')?.participants).toBe(29);
    const linked = one<{ n: number }>(`SELECT count(*) AS n FROM activity_countries`).n;
    expect(rows.reduce((n, r) => n + r.activities, 0)).toBe(linked);
  });

  it('removes activities with their report', () => {
    const tx = db.transaction(() => {
      db.prepare(`DELETE FROM reports`).run();
      return [
        one<{ n: number }>(`SELECT count(*) AS n FROM activities`).n,
        one<{ n: number }>(`SELECT count(*) AS n FROM activity_countries`).n,
        one<{ n: number }>(`SELECT count(*) AS n FROM activity_organizations`).n,
      ];
    });
    // Run inside a savepoint we roll back, so the other tests' data is untouched when order changes.
    let counts: number[] = [];
    try {
      db.exec('SAVEPOINT cascade_check');
      counts = tx();
    } finally {
      db.exec('ROLLBACK TO cascade_check');
      db.exec('RELEASE cascade_check');
    }
    expect(counts).toEqual([0, 0, 0]);
  });
});
