/**
 * Writing and reading corrections (migration 010). Every write is one parameterized INSERT; loaded
 * rows are never touched. A correction's target is named by its key (offsets, type, text), looked
 * up here from the row the user clicked, so it still finds its row after a re-ingest.
 */
import { dateBounds } from '../extractors/date/bounds.js';
import { DbError } from './errors.js';
import type { Db } from './open.js';

export type CorrectionAction = 'accept' | 'reject' | 'edit' | 'add';
export const ACTIVITY_FIELDS = ['kind', 'status', 'count', 'date', 'participants', 'part_of', 'countries', 'places', 'organizations'] as const;
export const MENTION_FIELDS = ['value', 'span', 'mod'] as const;

/** A target as the user sees it: a row id of activities_corrected / mentions_corrected (negative for added ones). */
export interface TargetRef {
  type: 'activity' | 'mention';
  id: number;
}

export interface Target {
  type: 'activity' | 'mention';
  reportId: number;
  label: string;
  start: number;
  end: number;
  text: string;
}

export interface CorrectionInput {
  action: CorrectionAction;
  /** accept, reject, edit: the target; add: none (the new span is the key). */
  target?: TargetRef;
  /** edit: the slot or 'value' | 'span' | 'mod'. */
  field?: string;
  /** edit: the new value; add: the new record ({kind, status, …} or {type, value, mod}). */
  value?: unknown;
  /** add: the report and the raw span of the new item. */
  add?: { reportId: number; type: 'activity' | 'mention'; label: string; start: number; end: number };
}

const INSERT = `INSERT INTO corrections (report_id, report_path, target_type, target_label, target_start, target_end, target_text, field, old, new, action, created_at)
  VALUES (@reportId, @reportPath, @type, @label, @start, @end, @text, @field, @old, @new, @action, @createdAt)`;

/** The key of a target shown on the page (activities_corrected / mentions_corrected row). */
export function findTarget(db: Db, ref: TargetRef): Target & { row: Record<string, unknown> } {
  // The key comes from the row before corrections (a rejected target can still be accepted again).
  const table = ref.type === 'activity' ? 'activities' : 'mentions';
  const base = db.prepare(`SELECT * FROM ${table}_base WHERE id = ?`).get(ref.id) as Record<string, unknown> | undefined;
  if (!base) throw new DbError(`no ${ref.type} ${ref.id}`);
  const row = (db.prepare(`SELECT * FROM ${table}_corrected WHERE id = ?`).get(ref.id) as Record<string, unknown> | undefined) ?? base;
  const text = (ref.type === 'activity' ? base.trigger : base.text) as string;
  const label = ref.type === 'activity' ? 'activity' : (base.type as string);
  return { type: ref.type, reportId: base.report_id as number, label, start: base.start as number, end: base.end as number, text, row };
}

function reportOf(db: Db, reportId: number): { path: string; rawText: string } {
  const r = db.prepare(`SELECT real_path AS path, raw_text AS rawText FROM reports WHERE id = ?`).get(reportId) as { path: string; rawText: string } | undefined;
  if (!r) throw new DbError(`no report ${reportId}`);
  return r;
}

/** A date edit carries its calendar bounds, so the views need no date arithmetic. */
function dateValue(value: unknown): unknown {
  const v = (value ?? null) as { value?: string | null; mod?: string | null } | string | null;
  const date = typeof v === 'string' ? v : (v?.value ?? null);
  const mod = typeof v === 'string' ? null : (v?.mod ?? null);
  if (date === null || date === '') return { value: null, mod: null, start: null, end: null };
  const bounds = dateBounds(date);
  if (!bounds) throw new DbError(`'${date}' is not a date value (ANNOTATION.md §2)`);
  return { value: date, mod, start: bounds[0], end: bounds[1] };
}

/** The current value of a field, as the page shows it (JSON). */
function currentValue(db: Db, target: Target & { row: Record<string, unknown> }, field: string): unknown {
  const row = target.row;
  if (target.type === 'mention') {
    if (field === 'span') return { start: row.start, end: row.end, text: row.text };
    return row[field] ?? null;
  }
  if (field === 'date') return { value: row.date ?? null, mod: row.date_mod ?? null };
  if (field === 'part_of') {
    if (row.part_of === null) return null;
    const g = db.prepare(`SELECT start FROM activities_base WHERE id = ?`).get(row.part_of) as { start: number } | undefined;
    return g?.start ?? null;
  }
  if (field === 'countries' || field === 'places' || field === 'organizations') return setValues(db, row.id as number)[field];
  return row[field] ?? null;
}

/** An activity's corrected countries, places and organizations. */
export function setValues(db: Db, activityId: number): { countries: string[]; places: string[]; organizations: string[] } {
  const list = (sql: string) => (db.prepare(sql).pluck().all(activityId) as string[]).sort();
  return {
    countries: list(`SELECT iso3 FROM activity_countries_corrected WHERE activity_id = ?`),
    places: list(`SELECT place FROM activity_places_corrected WHERE activity_id = ?`),
    organizations: list(`SELECT org_key FROM activity_organizations_corrected WHERE activity_id = ?`),
  };
}

/** Record one correction; returns its id. Throws DbError on a target or field that does not exist. */
export function addCorrection(db: Db, input: CorrectionInput, now = new Date()): number {
  return db.transaction((): number => {
    const createdAt = now.toISOString();
    if (input.action === 'add') {
      const add = input.add;
      if (!add) throw new DbError('an addition needs its report and span');
      const report = reportOf(db, add.reportId);
      if (!(Number.isInteger(add.start) && Number.isInteger(add.end) && 0 <= add.start && add.start < add.end && add.end <= report.rawText.length)) {
        throw new DbError(`span ${add.start}-${add.end} is not inside the report's text`);
      }
      let record = (input.value ?? {}) as Record<string, unknown>;
      if (add.type === 'activity' && record.date !== undefined) record = { ...record, date: dateValue(record.date) };
      const text = report.rawText.slice(add.start, add.end);
      const label = add.type === 'activity' ? 'activity' : add.label;
      return insert(db, { reportId: add.reportId, reportPath: report.path, type: add.type, label, start: add.start, end: add.end, text, field: 'record', old: null, new: JSON.stringify(record), action: 'add', createdAt });
    }
    if (!input.target) throw new DbError(`${input.action} needs a target`);
    const target = findTarget(db, input.target);
    const report = reportOf(db, target.reportId);
    const base = { reportId: target.reportId, reportPath: report.path, type: target.type, label: target.label, start: target.start, end: target.end, text: target.text, createdAt };
    if (input.action === 'accept' || input.action === 'reject') return insert(db, { ...base, field: 'verdict', old: null, new: null, action: input.action });
    const field = input.field ?? '';
    const fields: readonly string[] = target.type === 'activity' ? ACTIVITY_FIELDS : MENTION_FIELDS;
    if (!fields.includes(field)) throw new DbError(`${target.type} has no field '${field}' (fields: ${fields.join(', ')})`);
    let value: unknown = input.value ?? null;
    if (field === 'date') value = dateValue(value);
    if (field === 'span') {
      const s = value as { start?: unknown; end?: unknown } | null;
      const start = Number(s?.start);
      const end = Number(s?.end);
      if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= report.rawText.length)) throw new DbError('span must be {start, end} inside the text');
      value = { start, end, text: report.rawText.slice(start, end) };
    }
    return insert(db, { ...base, field, old: JSON.stringify(currentValue(db, target, field)), new: JSON.stringify(value), action: 'edit' });
  })();
}

const inserts = new WeakMap<Db, ReturnType<Db['prepare']>>();

function insert(db: Db, row: Record<string, unknown>): number {
  let statement = inserts.get(db);
  if (!statement) inserts.set(db, (statement = db.prepare(INSERT)));
  return Number(statement.run(row).lastInsertRowid);
}

export interface CorrectionRow {
  id: number;
  report_id: number | null;
  report_path: string;
  target_type: string;
  target_key: string;
  field: string;
  old: string | null;
  new: string | null;
  action: CorrectionAction;
  created_at: string;
  status: 'applies' | 'stale';
}

export function listCorrections(db: Db, reportId?: number): CorrectionRow[] {
  const columns = `id, report_id, report_path, target_type, target_key, field, old, new, action, created_at, status`;
  return (reportId === undefined
    ? db.prepare(`SELECT ${columns} FROM corrections_status ORDER BY id`).all()
    : db.prepare(`SELECT ${columns} FROM corrections_status WHERE report_id = ? ORDER BY id`).all(reportId)) as CorrectionRow[];
}

/** Corrections whose target no longer exists (report gone, or its text changed), for the ingest summary. */
export function staleCorrections(db: Db): CorrectionRow[] {
  return listCorrections(db).filter((c) => c.status === 'stale');
}
