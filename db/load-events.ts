/**
 * Activities are loaded with their report (inside its load transaction): one `activities` row per
 * event, with its countries, places and organizations in link tables. Statements are prepared
 * once per connection and take positional parameters (as in statements.ts: faster to bind).
 */
import type { Statement } from 'better-sqlite3';
import { dateBounds } from '../extractors/date/bounds.js';
import type { ReportRecord } from '../pipeline/record.js';
import type { Db } from './open.js';
import { boundedCount } from '../extractors/participants/cap.js';

const SQL = {
  insertActivity: `INSERT INTO activities (report_id, paragraph_id, section_id, kind, status, count, date, date_mod, date_start, date_end, date_source, participants, trigger, start, end, rule, part_of)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  insertCountry: `INSERT INTO activity_countries (activity_id, iso3, participants) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`,
  insertPlace: `INSERT INTO activity_places (activity_id, place) VALUES (?, ?) ON CONFLICT DO NOTHING`,
  insertOrganization: `INSERT INTO activity_organizations (activity_id, org_key) VALUES (?, ?) ON CONFLICT DO NOTHING`,
} as const;

/** Each statement's parameters, in the order of its column list. */
interface Params {
  insertActivity: [
    reportId: number,
    paragraphId: number,
    sectionId: number | null,
    kind: string,
    status: string,
    count: number | null,
    date: string | null,
    dateMod: string | null,
    dateStart: string | null,
    dateEnd: string | null,
    dateSource: string | null,
    participants: number | null,
    trigger: string,
    start: number,
    end: number,
    rule: string,
    partOf: number | null,
  ];
  insertCountry: [activityId: number, iso3: string, participants: number | null];
  insertPlace: [activityId: number, place: string];
  insertOrganization: [activityId: number, orgKey: string];
}

type Prepared = { [K in keyof typeof SQL]: Statement<Params[K]> };
const cache = new WeakMap<Db, Prepared>();

function prepared(db: Db): Prepared {
  let p = cache.get(db);
  if (!p) {
    p = Object.fromEntries(Object.entries(SQL).map(([k, sql]) => [k, db.prepare(sql)])) as Prepared;
    cache.set(db, p);
  }
  return p;
}

/** The rows a report's paragraphs got, by their index in the record: ids and section ids. */
export interface LoadedParagraphs {
  ids: number[];
  sectionIds: Array<number | null>;
}

export function insertEvents(db: Db, reportId: number, record: ReportRecord, paragraphs: LoadedParagraphs): void {
  if (record.events.length === 0) return;
  const s = prepared(db);
  // A member names its group by the group's trigger start (ANNOTATION.md §4); groups come first in the text.
  const idByTrigger = new Map<number, number>();
  for (const { paragraph, event, trigger, breakdown, inherited } of record.events) {
    const paragraphId = paragraphs.ids[paragraph];
    if (paragraphId === undefined) continue;
    const date = event.date ?? inherited?.date;
    const bounds = date ? dateBounds(date) : undefined;
    const dateSource = event.date ? 'text' : (inherited?.source ?? null);
    const activityId = Number(
      s.insertActivity.run(
        reportId,
        paragraphId,
        paragraphs.sectionIds[paragraph] ?? null,
        event.kind,
        event.status,
        event.count ?? null,
        event.date ?? null,
        event.mod ?? null,
        bounds?.[0] ?? null,
        bounds?.[1] ?? null,
        bounds ? dateSource : null,
        boundedCount(event.participants),
        trigger,
        event.trigger.start,
        event.trigger.end,
        event.rule ?? 'event/unknown',
        event.part_of !== undefined ? (idByTrigger.get(event.part_of) ?? null) : null,
      ).lastInsertRowid,
    );
    idByTrigger.set(event.trigger.start, activityId);
    for (const iso3 of event.countries ?? []) s.insertCountry.run(activityId, iso3, boundedCount(breakdown?.[iso3]));
    for (const place of event.places ?? []) s.insertPlace.run(activityId, place);
    for (const key of event.organizations ?? []) s.insertOrganization.run(activityId, key);
  }
}
