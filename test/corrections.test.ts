/**
 * Corrections (migration 010): kept apart from the loaded rows, seen by the summary views that
 * `query` reads, and still applied after a re-ingest when their target is still there.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addCorrection, listCorrections, staleCorrections } from '../db/corrections.js';
import { openDb } from '../db/open.js';
import { runQuery } from '../db/query.js';
import { ingest } from '../pipeline/ingest.js';
import { ROOT, tempDir, TWO_ACTIVITY_REPORT } from './helpers.js';

/** A two-activity report (test/helpers.ts), written to a file per test. */
const TEXT = TWO_ACTIVITY_REPORT;

async function fresh(text = TEXT) {
  const dir = tempDir();
  const file = join(dir, 'report.txt');
  writeFileSync(file, text);
  const db = openDb(join(dir, 'kb.sqlite'));
  await ingest(db, [file]);
  const rows = (sql: string) => runQuery(db, sql).rows;
  const activityId = (trigger: string) => rows(`SELECT id FROM activities_corrected WHERE trigger = '${trigger}'`)[0]?.[0] as number;
  return { dir, file, db, rows, activityId };
}

describe('corrections', () => {
  it('an edited slot shows in the views query reads, while the loaded row keeps its value', async () => {
    const { db, rows, activityId } = await fresh();
    expect(rows(`SELECT country, participants FROM participants_by_country_year ORDER BY country`)).toEqual([['ECU', 30], ['PER', 25]]);
    addCorrection(db, { action: 'edit', target: { type: 'activity', id: activityId('workshop') }, field: 'participants', value: 40 });
    addCorrection(db, { action: 'edit', target: { type: 'activity', id: activityId('seminar') }, field: 'countries', value: ['ECU', 'COL'] });
    addCorrection(db, { action: 'edit', target: { type: 'activity', id: activityId('seminar') }, field: 'date', value: '2015-06' });
    expect(rows(`SELECT country, year, activities, participants FROM participants_by_country_year ORDER BY country`)).toEqual([
      ['COL', '2015', 1, null],
      ['ECU', '2015', 1, null],
      ['PER', '2014', 1, 40],
    ]);
    expect(rows(`SELECT participants FROM activities WHERE trigger = 'workshop'`)).toEqual([[25]]);
    const edits = listCorrections(db);
    expect(edits.map((c) => [c.field, c.old, c.new, c.status])).toEqual([
      ['participants', '25', '40', 'applies'],
      ['countries', '["ECU"]', '["ECU","COL"]', 'applies'],
      ['date', '{"value":"2014-06","mod":null}', '{"value":"2015-06","mod":null,"start":"2015-06-01","end":"2015-06-30"}', 'applies'],
    ]);
    db.close();
  });

  it('a rejected activity leaves the views, an added one joins them, the latest verdict counts', async () => {
    const { db, rows, activityId } = await fresh();
    const seminar = activityId('seminar');
    addCorrection(db, { action: 'reject', target: { type: 'activity', id: seminar } });
    expect(rows(`SELECT country FROM participants_by_country_year`)).toEqual([['PER']]);
    const start = TEXT.indexOf('cybercrime');
    const added = addCorrection(db, {
      action: 'add',
      add: { reportId: 1, type: 'activity', label: 'activity', start, end: start + 'cybercrime'.length },
      value: { kind: 'meeting', status: 'planned', countries: ['BRA'], participants: 12, date: '2016' },
    });
    expect(rows(`SELECT kind, status, participants, date_start, origin FROM activities_corrected WHERE id = ${-added}`)).toEqual([['meeting', 'planned', 12, '2016-01-01', 'added']]);
    expect(rows(`SELECT country, year, participants FROM participants_by_country_year ORDER BY country`)).toEqual([['BRA', '2016', 12], ['PER', '2014', 25]]);
    addCorrection(db, { action: 'accept', target: { type: 'activity', id: seminar } });
    expect(rows(`SELECT count(*) FROM activities_corrected`)).toEqual([[3]]);
    db.close();
  });

  it('edits a mention value and span, and rejects a mention', async () => {
    const { db, rows } = await fresh();
    const peru = rows(`SELECT id FROM mentions_corrected WHERE text = 'Peru'`)[0]![0] as number;
    const lima = rows(`SELECT id FROM mentions_corrected WHERE text = 'Lima'`)[0]![0] as number;
    addCorrection(db, { action: 'edit', target: { type: 'mention', id: peru }, field: 'value', value: 'BOL' });
    const s = TEXT.indexOf('Lima, Peru');
    addCorrection(db, { action: 'edit', target: { type: 'mention', id: lima }, field: 'span', value: { start: s, end: s + 10 } });
    expect(rows(`SELECT value FROM mentions_corrected WHERE id = ${peru}`)).toEqual([['BOL']]);
    expect(rows(`SELECT text FROM mentions_corrected WHERE id = ${lima}`)).toEqual([['Lima, Peru']]);
    addCorrection(db, { action: 'reject', target: { type: 'mention', id: peru } });
    expect(rows(`SELECT count(*) FROM mentions_corrected WHERE id = ${peru}`)).toEqual([[0]]);
    expect(rows(`SELECT count(*) FROM mentions WHERE id = ${peru}`)).toEqual([[1]]);
    db.close();
  });

  it('refuses a field an activity does not have and a date that is not a date value', async () => {
    const { db, activityId } = await fresh();
    const target = { type: 'activity' as const, id: activityId('workshop') };
    expect(() => addCorrection(db, { action: 'edit', target, field: 'colour', value: 1 })).toThrow(/no field 'colour'/);
    expect(() => addCorrection(db, { action: 'edit', target, field: 'date', value: 'next spring' })).toThrow(/not a date value/);
    expect(listCorrections(db)).toEqual([]);
    db.close();
  });

  it('survives a re-ingest of the unchanged file and of a changed file that keeps its target', async () => {
    const { db, rows, file, activityId } = await fresh();
    addCorrection(db, { action: 'edit', target: { type: 'activity', id: activityId('workshop') }, field: 'participants', value: 40 });
    expect((await ingest(db, [file])).counts.unchanged).toBe(1);
    expect(rows(`SELECT participants FROM participants_by_country_year WHERE country = 'PER'`)).toEqual([[40]]);
    // Text added after the target: the report is replaced (new rows, new ids), the key still matches.
    writeFileSync(file, `${TEXT}\nA course on customs controls was given in Bogota, Colombia, in July 2014.\n`);
    expect((await ingest(db, [file])).counts.replaced).toBe(1);
    expect(rows(`SELECT participants FROM participants_by_country_year WHERE country = 'PER'`)).toEqual([[40]]);
    expect(staleCorrections(db)).toEqual([]);
    db.close();
  });

  it('marks as stale a correction whose target a changed file no longer has, and applies it again if the text comes back', async () => {
    const { db, rows, file, activityId } = await fresh();
    addCorrection(db, { action: 'edit', target: { type: 'activity', id: activityId('workshop') }, field: 'participants', value: 40 });
    writeFileSync(file, TEXT.replace('In May 2014', 'In late May of 2014'));
    await ingest(db, [file]);
    expect(staleCorrections(db).map((c) => [c.field, c.target_key])).toEqual([['participants', 'activity:48-56:workshop']]);
    expect(rows(`SELECT participants FROM participants_by_country_year WHERE country = 'PER'`)).toEqual([[25]]);
    writeFileSync(file, TEXT);
    await ingest(db, [file]);
    expect(staleCorrections(db)).toEqual([]);
    expect(rows(`SELECT participants FROM participants_by_country_year WHERE country = 'PER'`)).toEqual([[40]]);
    db.close();
  });

  it('ingest says how many corrections no longer apply after a changed report is replaced', async () => {
    const { db, file, dir, activityId } = await fresh();
    addCorrection(db, { action: 'edit', target: { type: 'activity', id: activityId('workshop') }, field: 'count', value: 2 });
    db.close();
    writeFileSync(file, TEXT.replace('a workshop', 'one workshop'));
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'reportkb.js'), 'ingest', file, '--db', join(dir, 'kb.sqlite')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("1 correction(s) no longer apply: their text changed (SELECT * FROM corrections_status WHERE status = 'stale')");
  }, 60_000);
});
