/** `reportkb gold`: the reviewed facts of a report as a gold file that `reportkb eval` scores. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addCorrection } from '../db/corrections.js';
import { openDb } from '../db/open.js';
import { runQuery } from '../db/query.js';
import { ingest } from '../pipeline/ingest.js';
import { ROOT, tempDir, TWO_ACTIVITY_REPORT } from './helpers.js';

const BIN = join(ROOT, 'bin', 'reportkb.js');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT });

/** A two-activity report (test/helpers.ts), written to a file per test. */
const TEXT = TWO_ACTIVITY_REPORT;

describe('reportkb gold', () => {
  it('exports accepted and corrected facts, and eval scores the extractors against them', async () => {
    const dir = tempDir();
    const file = join(dir, 'report.txt');
    writeFileSync(file, TEXT);
    const kb = join(dir, 'kb.sqlite');
    const db = openDb(kb);
    await ingest(db, [file]);
    const id = (sql: string) => runQuery(db, sql).rows[0]![0] as number;
    addCorrection(db, { action: 'edit', target: { type: 'activity', id: id(`SELECT id FROM activities WHERE trigger = 'workshop'`) }, field: 'participants', value: 40 });
    addCorrection(db, { action: 'accept', target: { type: 'mention', id: id(`SELECT id FROM mentions WHERE text = 'Peru'`) } });
    addCorrection(db, { action: 'reject', target: { type: 'mention', id: id(`SELECT id FROM mentions WHERE text = 'Lima'`) } });
    db.close();

    const out = join(dir, 'gold', 'report.gold.json');
    const gold = run(['gold', '1', '--db', kb, '--out', out]);
    expect(gold.stderr).toContain('1 mention(s), 1 activity in 1 reviewed region(s)');
    const file1 = JSON.parse(readFileSync(out, 'utf8'));
    expect(file1.document).toBe('../report.txt');
    const paragraph = TEXT.indexOf('In May');
    expect(file1.regions).toEqual([[paragraph, TEXT.indexOf('\n', paragraph)]]);
    expect(file1.mentions).toEqual([{ type: 'country', start: TEXT.indexOf('Peru'), end: TEXT.indexOf('Peru') + 4, text: 'Peru', value: 'PER' }]);
    expect(file1.events).toHaveLength(1);
    expect(file1.events[0]).toMatchObject({ kind: 'workshop', participants: 40, countries: ['PER'], date: '2014-05' });

    const scored = run(['eval', out, '--json']);
    expect(scored.status).toBe(0);
    const report = JSON.parse(scored.stdout);
    expect(report.documents).toBe(1);
    // The pipeline still says 25 where the user said 40; the rejected Lima is a false positive of place.
    expect(report.events.slots.participants).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(report.types.country.value).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(report.types.place.value).toMatchObject({ tp: 0, fp: 1 });
  }, 60_000);

  it('says so, in one line, when nothing in the report was reviewed', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'report.txt'), TEXT);
    const kb = join(dir, 'kb.sqlite');
    const db = openDb(kb);
    await ingest(db, [join(dir, 'report.txt')]);
    db.close();
    const r = run(['gold', join(dir, 'report.txt'), '--db', kb, '--out', join(dir, 'x.gold.json')]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/^Error: nothing reviewed in report 1 .*--unreviewed$/);
    const all = run(['gold', join(dir, 'report.txt'), '--db', kb, '--out', join(dir, 'x.gold.json'), '--unreviewed']);
    expect(all.status).toBe(0);
    const scored = run(['eval', join(dir, 'x.gold.json'), '--json']);
    expect(scored.status).toBe(0);
    // Unreviewed facts are the pipeline's own output: eval finds them all again.
    expect(JSON.parse(scored.stdout).micro.value.f1).toBe(1);
  }, 60_000);

  it('writes the loaded text beside the gold file when the report file no longer holds it', async () => {
    const dir = tempDir();
    const file = join(dir, 'report.txt');
    writeFileSync(file, TEXT);
    const kb = join(dir, 'kb.sqlite');
    const db = openDb(kb);
    await ingest(db, [file]);
    db.close();
    writeFileSync(file, `${TEXT}\nA later paragraph.\n`);
    const out = join(dir, 'gold', 'mine.gold.json');
    expect(run(['gold', '1', '--db', kb, '--out', out, '--unreviewed']).status).toBe(0);
    const gold = JSON.parse(readFileSync(out, 'utf8'));
    expect(gold.document).toBe('mine.txt');
    expect(readFileSync(join(dir, 'gold', 'mine.txt'), 'utf8')).toBe(TEXT);
    expect(run(['eval', out, '--json']).status).toBe(0);
  }, 60_000);
});
