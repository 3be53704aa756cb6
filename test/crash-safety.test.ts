/**
 * Crash safety (issue 7): a `reportkb ingest` killed with SIGKILL part-way leaves a database that
 * passes SQLite's integrity check and holds only whole reports (each exactly as a full run would
 * load it), and running the same ingest again finishes the batch with no duplicates.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../db/open.js';
import { processFile } from '../pipeline/index.js';
import { toRecord } from '../pipeline/record.js';
import { ROOT, tempDir } from './helpers.js';

const BIN = join(ROOT, 'bin', 'reportkb.js');
const COPIES = 40;
const PLACES = ['Lima, Peru', 'Quito, Ecuador', 'Bogotá, Colombia', 'Kingston, Jamaica', 'San José, Costa Rica'];

/** COPIES variants of the fixture reports, each with a line of its own (and some with a paragraph less). */
function makeReports(folder: string): string[] {
  mkdirSync(folder, { recursive: true });
  // Reports with a document symbol of their own are left out: copies of one symbol are one document (its twins), not new reports
  // ("CP/CSH-946/08", "A/70/123", "APCFC/2024/L.5": an acronym, a slash, then a digit somewhere in the symbol).
  const ownSymbol = (f: string) => /^.{0,80}\b[A-Z]{1,6}\/[\w./-]*\d/m.test(readFileSync(join(ROOT, 'fixtures', 'texts', f), 'utf8').slice(0, 600));
  const fixtures = readdirSync(join(ROOT, 'fixtures', 'texts')).filter((f) => f.endsWith('.txt') && !ownSymbol(f)).sort();
  return Array.from({ length: COPIES }, (_, i) => {
    const text = readFileSync(join(ROOT, 'fixtures', 'texts', fixtures[i % fixtures.length]!), 'utf8');
    const paragraphs = text.split('\n\n');
    if (i % 3 === 1) paragraphs.splice(2 + (i % 5), 1);
    const [first, ...rest] = paragraphs;
    const line = `Copy ${i}: reviewed at a meeting in ${PLACES[i % PLACES.length]} on May ${(i % 28) + 1}, 2014, with ${10 + i} participants.`;
    const path = join(folder, `report-${String(i).padStart(2, '0')}.txt`);
    writeFileSync(path, [first, line, ...rest].join('\n\n'));
    return path;
  });
}

function reportCount(dbPath: string): number {
  let db: Db | undefined;
  try {
    db = openDb(dbPath, { readonly: true });
    return Number(db.prepare('SELECT count(*) FROM reports').pluck().get());
  } catch {
    return 0; // not created or not migrated yet
  } finally {
    db?.close();
  }
}

/** Start an ingest and SIGKILL it once the database holds at least `atLeast` reports. */
async function ingestAndKill(folder: string, dbPath: string, atLeast: number): Promise<{ signal: NodeJS.Signals | null; code: number | null; seen: number }> {
  const child = spawn(process.execPath, [BIN, 'ingest', folder, '--db', dbPath, '--quiet'], { cwd: ROOT, stdio: 'ignore' });
  const exited = new Promise<{ signal: NodeJS.Signals | null; code: number | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let seen = 0;
  let done = false;
  void exited.then(() => (done = true));
  while (!done) {
    seen = reportCount(dbPath);
    if (seen >= atLeast) {
      child.kill('SIGKILL');
      break;
    }
    await new Promise((r) => setTimeout(r, 15));
  }
  return { ...(await exited), seen };
}

describe('an ingest killed with SIGKILL part-way', () => {
  const dir = tempDir('reportkb-crash-');
  const folder = join(dir, 'reports');
  const dbPath = join(dir, 'kb.sqlite');
  let paths: string[];
  let killed: Awaited<ReturnType<typeof ingestAndKill>>;

  beforeAll(async () => {
    paths = makeReports(folder);
    killed = await ingestAndKill(folder, dbPath, 3);
  }, 60_000);

  it('was really killed before it finished', () => {
    expect(killed.signal).toBe('SIGKILL');
    expect(reportCount(dbPath)).toBeGreaterThanOrEqual(3);
    expect(reportCount(dbPath)).toBeLessThan(COPIES);
  });

  it('leaves a database that passes integrity, foreign-key and full-text checks', () => {
    const db = openDb(dbPath);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(() => db.exec(`INSERT INTO paragraphs_fts(paragraphs_fts) VALUES ('integrity-check')`)).not.toThrow();
    } finally {
      db.close();
    }
  });

  it('holds only whole reports, each exactly as a full run loads it', async () => {
    const db = openDb(dbPath, { readonly: true });
    try {
      const count = (sql: string, id: number) => Number(db.prepare(sql).pluck().get(id));
      const reports = db.prepare('SELECT id, path FROM reports ORDER BY id').all() as Array<{ id: number; path: string }>;
      expect(reports.length).toBeGreaterThan(0);
      for (const { id, path } of reports) {
        const record = toRecord(path, await processFile(path));
        const got = {
          paragraphs: count('SELECT count(*) FROM paragraphs WHERE report_id = ?', id),
          sections: count('SELECT count(*) FROM sections WHERE report_id = ?', id),
          mentions: count('SELECT count(*) FROM mentions WHERE report_id = ?', id),
          activities: count('SELECT count(*) FROM activities WHERE report_id = ?', id),
        };
        expect(got, basename(path)).toEqual({ paragraphs: record.paragraphs.length, sections: record.sections.length, mentions: record.mentions.length, activities: record.events.length });
        expect(got.paragraphs, basename(path)).toBeGreaterThan(0);
        // Every mention, section and activity hangs off a paragraph or section of its own report.
        expect(count('SELECT count(*) FROM mentions m JOIN paragraphs p ON p.id = m.paragraph_id WHERE m.report_id = ? AND p.report_id <> m.report_id', id)).toBe(0);
        expect(count('SELECT count(*) FROM activities a JOIN paragraphs p ON p.id = a.paragraph_id WHERE a.report_id = ? AND p.report_id <> a.report_id', id)).toBe(0);
        expect(count('SELECT count(*) FROM sections s JOIN sections parent ON parent.id = s.parent_id WHERE s.report_id = ? AND parent.report_id <> s.report_id', id)).toBe(0);
      }
      expect(Number(db.prepare('SELECT count(*) FROM reports r WHERE NOT EXISTS (SELECT 1 FROM paragraphs p WHERE p.report_id = r.id)').pluck().get())).toBe(0);
    } finally {
      db.close();
    }
  }, 30_000);

  it('running the same ingest again completes the batch with no duplicates', () => {
    const before = reportCount(dbPath);
    const again = spawnSync(process.execPath, [BIN, 'ingest', folder, '--db', dbPath, '--quiet'], { cwd: ROOT, encoding: 'utf8' });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain(`${COPIES} file(s): ${COPIES - before} added, 0 replaced, ${before} unchanged, 0 duplicate, 0 failed`);
    const db = openDb(dbPath, { readonly: true });
    try {
      const row = db.prepare('SELECT count(*) AS n, count(DISTINCT sha256) AS shas, count(DISTINCT path) AS paths FROM reports').get();
      expect(row).toEqual({ n: COPIES, shas: COPIES, paths: COPIES });
      expect(db.prepare('SELECT path FROM reports ORDER BY path').pluck().all()).toEqual([...paths].sort());
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  }, 60_000);
});

describe('a process killed inside a report\'s load transaction', () => {
  it('leaves no trace of that report, and the reports before it whole', () => {
    const dir = tempDir('reportkb-midtx-');
    const dbPath = join(dir, 'kb.sqlite');
    const [first, second] = makeReports(join(dir, 'reports')).slice(0, 2);
    // Load one report, then the second with a record whose mentions kill the process when read:
    // loadReport reads them after inserting the report, its sections and its paragraphs.
    const body = `
      const { openDb } = await import(${JSON.stringify(join(ROOT, 'db', 'open.ts'))});
      const { loadReport } = await import(${JSON.stringify(join(ROOT, 'db', 'load.ts'))});
      const { processFile } = await import(${JSON.stringify(join(ROOT, 'pipeline', 'index.ts'))});
      const { toRecord } = await import(${JSON.stringify(join(ROOT, 'pipeline', 'record.ts'))});
      const db = openDb(${JSON.stringify(dbPath)});
      loadReport(db, toRecord(${JSON.stringify(first)}, await processFile(${JSON.stringify(first)})));
      const record = toRecord(${JSON.stringify(second)}, await processFile(${JSON.stringify(second)}));
      Object.defineProperty(record, 'mentions', { enumerable: false, get() { process.kill(process.pid, 'SIGKILL'); } });
      loadReport(db, record);
      console.log('not killed');`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', body], { cwd: ROOT, encoding: 'utf8' });
    expect([r.signal, r.stdout], r.stderr).toEqual(['SIGKILL', '']);
    const db = openDb(dbPath, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT path FROM reports').pluck().all()).toEqual([first]);
      expect(db.prepare('SELECT count(DISTINCT report_id) AS reports, count(*) > 0 AS some FROM paragraphs').get()).toEqual({ reports: 1, some: 1 });
    } finally {
      db.close();
    }
  }, 60_000);
});
