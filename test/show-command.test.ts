/** `reportkb show`: one activity with every slot, its source with the evidence marked, and the rule behind each slot. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../db/open.js';
import { ingest } from '../pipeline/ingest.js';
import { ROOT, tempDir } from './helpers.js';

const BIN = join(ROOT, 'bin', 'reportkb.js');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT });

describe('reportkb show', () => {
  const db = join(tempDir(), 'kb.sqlite');
  let id = 0;
  beforeAll(async () => {
    const kb = openDb(db);
    await ingest(kb, [join(ROOT, 'fixtures/texts/dps-2014-numbered.txt')]);
    // an activity whose text names a place, a country and a date
    id = kb.prepare(`SELECT a.id FROM activities a WHERE a.date IS NOT NULL AND EXISTS (SELECT 1 FROM activity_places p WHERE p.activity_id = a.id) ORDER BY a.id LIMIT 1`).pluck().get() as number;
    kb.close();
  }, 60_000);

  it('marks the trigger and each slot’s evidence in brackets off a terminal, with the rule of each', () => {
    const r = run(['show', 'activity', String(id), '--db', db]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\]\{trigger\}/);
    expect(r.stdout).toMatch(/\]\{places\}/);
    expect(r.stdout).toMatch(/\]\{date\}/);
    expect(r.stdout).toMatch(/^ {2}places +".+" → .+ \[\d+-\d+\] rule place\//m);
    expect(r.stdout).not.toContain('\x1b[');
    const coloured = run(['show', 'activity', String(id), '--db', db, '--color']);
    expect(coloured.stdout).toContain('\x1b[');
  });

  it('gives the same evidence as JSON, each span a slice of the report', () => {
    const shown = JSON.parse(run(['show', 'activity', String(id), '--db', db, '--json']).stdout);
    const kb = openDb(db, { readonly: true });
    const raw = kb.prepare('SELECT raw_text FROM reports').pluck().get() as string;
    kb.close();
    expect(shown.evidence.length).toBeGreaterThan(1);
    for (const e of shown.evidence) expect(raw.slice(e.start, e.end)).toBe(e.text);
    expect(raw.slice(shown.focus.start, shown.focus.end)).toBe(shown.focus.text);
  });

  it('says in one line what is wrong with its arguments', () => {
    expect(run(['show', 'activity', '999999', '--db', db]).stderr).toMatch(/^Error: show: no activity with id 999999/);
    expect(run(['show', 'widget', '1', '--db', db]).status).toBe(1);
    expect(run(['show', 'mention', 'x', '--db', db]).stderr).toMatch(/positive whole number, not 'x'/);
  });
});
