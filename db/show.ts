/**
 * One activity or mention with the evidence behind it, for `reportkb show` (issue 16): the row, the
 * paragraph it stands in (raw offsets), and for each slot the mentions that gave it and the rule
 * that made each. An organization that no mention near the activity names came from the section's
 * reporting body; a date with no date mention of its own was inherited (date_source says from where).
 */
import type { Db } from './open.js';

export interface Evidence {
  slot: string;
  start: number;
  end: number;
  text: string;
  value: string;
  rule: string;
}

export interface Shown {
  kind: 'activity' | 'mention';
  row: Record<string, unknown>;
  /** Slot values of an activity (countries, places, organizations as lists). */
  slots: Record<string, unknown>;
  paragraph: { start: number; end: number; text: string };
  /** The trigger (activity) or the mention's own span. */
  focus: { start: number; end: number; text: string; rule: string };
  evidence: Evidence[];
  /** Slots with no evidence in the text, and where they came from. */
  inferred: Array<{ slot: string; value: string; from: string }>;
}

interface MentionRow { type: string; start: number; end: number; text: string; value: string; value_int: number | null; rule: string }

/** The paragraph an item stands in, widened to the paragraph before it when that one leads into it (ends with a colon). */
function context(db: Db, reportId: number, paragraphId: number): { start: number; end: number; text: string } {
  const p = db.prepare('SELECT ordinal, start, end FROM paragraphs WHERE id = ?').get(paragraphId) as { ordinal: number; start: number; end: number };
  const before = db.prepare('SELECT start, end, text FROM paragraphs WHERE report_id = ? AND ordinal = ? ').get(reportId, p.ordinal - 1) as { start: number; end: number; text: string } | undefined;
  const start = before && /:\s*$/.test(before.text) ? before.start : p.start;
  const raw = db.prepare('SELECT substr(raw_text, ? + 1, ?) FROM reports WHERE id = ?').pluck().get(start, p.end - start, reportId) as string;
  return { start, end: p.end, text: raw };
}

export function showActivity(db: Db, id: number): Shown | undefined {
  const row = db.prepare('SELECT * FROM activities WHERE id = ?').get(id) as Record<string, unknown> & { report_id: number; paragraph_id: number; start: number; end: number; trigger: string; rule: string; date: string | null; participants: number | null; date_source: string | null; date_start: string | null; date_end: string | null } | undefined;
  if (!row) return undefined;
  const list = (sql: string) => db.prepare(sql).pluck().all(id) as string[];
  const slots: Record<string, unknown> = {
    countries: list('SELECT iso3 FROM activity_countries WHERE activity_id = ? ORDER BY rowid'),
    places: list('SELECT place FROM activity_places WHERE activity_id = ? ORDER BY rowid'),
    organizations: list('SELECT org_key FROM activity_organizations WHERE activity_id = ? ORDER BY rowid'),
  };
  const paragraph = context(db, row.report_id, row.paragraph_id);
  const mentions = db.prepare('SELECT type, start, end, text, value, value_int, rule FROM mentions WHERE report_id = ? AND start >= ? AND end <= ? ORDER BY start').all(row.report_id, paragraph.start, paragraph.end) as MentionRow[];
  const evidence: Evidence[] = [];
  const inferred: Shown['inferred'] = [];
  const cite = (slot: string, type: string, values: readonly string[]) => {
    for (const value of values) {
      const found = nearest(mentions.filter((m) => m.type === type && m.value.toLowerCase() === value.toLowerCase()), row.start);
      if (found) evidence.push({ slot, start: found.start, end: found.end, text: found.text, value, rule: found.rule });
      else inferred.push({ slot, value, from: slot === 'organizations' ? 'the reporting body of its section' : 'outside its paragraph' });
    }
  };
  // a country given by a place of the activity ("Santa Rosa, PER" gives PER): the place is its evidence
  const placed = (iso3: string) => nearest(mentions.filter((m) => m.type === 'place' && m.value.toUpperCase().endsWith(`, ${iso3.toUpperCase()}`)), row.start);
  const direct = (slots.countries as string[]).filter((c) => mentions.some((m) => m.type === 'country' && m.value.toLowerCase() === c.toLowerCase()) || !placed(c));
  cite('countries', 'country', direct);
  for (const c of slots.countries as string[]) {
    if (direct.includes(c)) continue;
    const place = placed(c)!;
    evidence.push({ slot: 'countries', start: place.start, end: place.end, text: place.text, value: `${c} (the country of ${place.value})`, rule: place.rule });
  }
  cite('places', 'place', slots.places as string[]);
  cite('organizations', 'organization', slots.organizations as string[]);
  // a date made of several the text gives ("5 February … 14 May" → 2025-02-05/2025-05-14): each is evidence
  const parts = row.date ? row.date.split('/') : [];
  const pieces = row.date && !mentions.some((m) => m.type === 'date' && m.value === row.date) ? mentions.filter((m) => m.type === 'date' && m.value.split('/').some((v) => parts.includes(v))) : [];
  if (pieces.length > 0) for (const d of pieces) evidence.push({ slot: 'date', start: d.start, end: d.end, text: d.text, value: `${d.value} (part of ${row.date})`, rule: d.rule });
  else if (row.date) cite('date', 'date', [row.date]);
  else if (row.date_start) inferred.push({ slot: 'date', value: `${row.date_start}…${row.date_end}`, from: `the ${row.date_source ?? 'context'}` });
  if (row.participants !== null) {
    const figures = mentions.filter((m) => m.type === 'participants');
    const total = nearest(figures.filter((m) => m.value_int === row.participants), row.start);
    if (total) evidence.push({ slot: 'participants', start: total.start, end: total.end, text: total.text, value: String(row.participants), rule: total.rule });
    else inferred.push({ slot: 'participants', value: String(row.participants), from: 'the sum of the figures its text gives' });
  }
  evidence.sort((a, b) => a.start - b.start);
  return { kind: 'activity', row, slots, paragraph, focus: { start: row.start, end: row.end, text: row.trigger, rule: row.rule }, evidence, inferred };
}

export function showMention(db: Db, id: number): Shown | undefined {
  const row = db.prepare('SELECT * FROM mentions WHERE id = ?').get(id) as (Record<string, unknown> & { report_id: number; paragraph_id: number; start: number; end: number; text: string; rule: string }) | undefined;
  if (!row) return undefined;
  const paragraph = context(db, row.report_id, row.paragraph_id);
  return { kind: 'mention', row, slots: {}, paragraph, focus: { start: row.start, end: row.end, text: row.text, rule: row.rule }, evidence: [], inferred: [] };
}

function nearest(mentions: readonly MentionRow[], at: number): MentionRow | undefined {
  let best: MentionRow | undefined;
  for (const m of mentions) if (!best || Math.abs(m.start - at) < Math.abs(best.start - at)) best = m;
  return best;
}
