/**
 * Activities are loaded with their report (inside its load transaction): one `activities` row per
 * event, with its countries, places and organizations in link tables. Statements are prepared
 * once per connection.
 */
import { dateBounds } from '../extractors/date/bounds.js';
import type { ReportRecord } from '../pipeline/record.js';
import type { Db } from './open.js';

const SQL = {
  sectionOf: `SELECT section_id FROM paragraphs WHERE id = ?`,
  insertActivity: `INSERT INTO activities (report_id, paragraph_id, section_id, kind, status, count, date, date_mod, date_start, date_end, participants, trigger, start, end, rule)
    VALUES (@reportId, @paragraphId, @sectionId, @kind, @status, @count, @date, @dateMod, @dateStart, @dateEnd, @participants, @trigger, @start, @end, @rule)`,
  insertCountry: `INSERT INTO activity_countries (activity_id, iso3, participants) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`,
  insertPlace: `INSERT INTO activity_places (activity_id, place) VALUES (?, ?) ON CONFLICT DO NOTHING`,
  insertOrganization: `INSERT INTO activity_organizations (activity_id, org_key) VALUES (?, ?) ON CONFLICT DO NOTHING`,
} as const;

type Prepared = { [K in keyof typeof SQL]: ReturnType<Db['prepare']> };
const cache = new WeakMap<Db, Prepared>();

function prepared(db: Db): Prepared {
  let p = cache.get(db);
  if (!p) {
    p = Object.fromEntries(Object.entries(SQL).map(([k, sql]) => [k, db.prepare(sql)])) as Prepared;
    cache.set(db, p);
  }
  return p;
}

export function insertEvents(db: Db, reportId: number, record: ReportRecord, paragraphIds: number[]): void {
  if (record.events.length === 0) return;
  const s = prepared(db);
  for (const { paragraph, event, breakdown } of record.events) {
    const paragraphId = paragraphIds[paragraph];
    if (paragraphId === undefined) continue;
    const section = s.sectionOf.get(paragraphId) as { section_id: number | null } | undefined;
    const bounds = event.date ? dateBounds(event.date) : undefined;
    const activityId = Number(
      s.insertActivity.run({
        reportId,
        paragraphId,
        sectionId: section?.section_id ?? null,
        kind: event.kind,
        status: event.status,
        count: event.count ?? null,
        date: event.date ?? null,
        dateMod: event.mod ?? null,
        dateStart: bounds?.[0] ?? null,
        dateEnd: bounds?.[1] ?? null,
        participants: event.participants ?? null,
        trigger: event.trigger.text,
        start: event.trigger.start,
        end: event.trigger.end,
        rule: event.rule ?? 'event/unknown',
      }).lastInsertRowid,
    );
    for (const iso3 of event.countries ?? []) s.insertCountry.run([activityId, iso3, breakdown?.[iso3] ?? null]);
    for (const place of event.places ?? []) s.insertPlace.run([activityId, place]);
    for (const key of event.organizations ?? []) s.insertOrganization.run([activityId, key]);
  }
}
