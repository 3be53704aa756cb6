/**
 * Two writers on one database (issue 7): two `reportkb ingest` processes with overlapping file
 * sets on a brand-new database both finish with exit 0, and every file is in it exactly once;
 * a brand-new database set up by several processes at once gets its schema once; a writer that
 * loses the lock for longer than the busy timeout retries, then fails with a clear line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBusy, retryBusy } from '../db/busy.js';
import { loadReport } from '../db/load.js';
import { MIGRATIONS } from '../db/migrations/index.js';
import { openDb } from '../db/open.js';
import { createDoc } from '../pipeline/document.js';
import { processDoc } from '../pipeline/index.js';
import { toRecord } from '../pipeline/record.js';
import { ROOT, tempDir } from './helpers.js';

const BIN = join(ROOT, 'bin', 'reportkb.js');
const FIXTURE = readFileSync(join(ROOT, 'fixtures', 'texts', 'dps-2014-numbered.txt'), 'utf8');

function finished(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

/** A node process with the TypeScript loader, running `body` (ESM, top-level await allowed). */
function script(body: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', body], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

function smallRecord(path: string, text: string) {
  const doc = createDoc({ path, format: 'txt', raw: text, sha256: createHash('sha256').update(text).digest('hex'), bytes: Buffer.byteLength(text) });
  return toRecord(path, processDoc(doc));
}

describe('two ingest processes on one brand-new database', () => {
  it('both exit 0 and every file is loaded exactly once', async () => {
    const dir = tempDir('reportkb-two-');
    const folder = join(dir, 'in');
    mkdirSync(folder);
    const paths = Array.from({ length: 10 }, (_, i) => {
      const path = join(folder, `r${String(i).padStart(2, '0')}.txt`);
      writeFileSync(path, FIXTURE.replace('January to December 2014\n', `January to December 2014\nCopy ${i}, reviewed in Lima, Peru.\n`));
      return path;
    });
    // Same content under two names, one name per process: the loser must say 'duplicate', not fail.
    copyFileSync(paths[0]!, join(folder, 'twin-a.txt'));
    copyFileSync(paths[0]!, join(folder, 'twin-b.txt'));
    // Both start on the same six files at the same moment, then go their own ways.
    const a = [...paths.slice(0, 6), ...paths.slice(6, 8), join(folder, 'twin-a.txt')];
    const b = [...paths.slice(0, 6), ...paths.slice(8, 10), join(folder, 'twin-b.txt')];
    const dbPath = join(dir, 'kb.sqlite');
    const run = (files: string[]) => finished(spawn(process.execPath, [BIN, 'ingest', ...files, '--db', dbPath, '--quiet'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] }));
    const [ra, rb] = await Promise.all([run(a), run(b)]);
    expect([ra.code, rb.code], ra.stderr + rb.stderr).toEqual([0, 0]);
    const summaries = [ra.stderr, rb.stderr].map((s) => /9 file\(s\): (\d+) added, 0 replaced, (\d+) unchanged, (\d+) duplicate, 0 failed/.exec(s)?.slice(1).map(Number));
    expect(summaries, ra.stderr + rb.stderr).not.toContain(undefined);
    const [added, unchanged, duplicate] = [0, 1, 2].map((k) => summaries[0]![k]! + summaries[1]![k]!);
    // r00..r05 went to both (each added by one, unchanged for the other); the twins repeat r00's content.
    expect({ added, unchanged, duplicate }).toEqual({ added: 10, unchanged: 6, duplicate: 2 });
    const db = openDb(dbPath, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n, count(DISTINCT sha256) AS shas, count(DISTINCT path) AS paths FROM reports').get()).toEqual({ n: 10, shas: 10, paths: 10 });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(Number(db.prepare('SELECT count(*) FROM reports r WHERE NOT EXISTS (SELECT 1 FROM paragraphs p WHERE p.report_id = r.id)').pluck().get())).toBe(0);
    } finally {
      db.close();
    }
  }, 60_000);
});

describe('a brand-new database opened by several processes at once', () => {
  it('gets its schema exactly once, and every process opens it', async () => {
    const dbPath = join(tempDir('reportkb-migrate-'), 'kb.sqlite');
    const body = `const { openDb } = await import(${JSON.stringify(join(ROOT, 'db', 'open.ts'))}); openDb(${JSON.stringify(dbPath)}).close();`;
    const results = await Promise.all(Array.from({ length: 3 }, () => finished(script(body))));
    expect(results.map((r) => r.code), results.map((r) => r.stderr).join('\n')).toEqual([0, 0, 0]);
    const db = openDb(dbPath, { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(Number(db.prepare(`SELECT count(*) FROM sqlite_schema WHERE name = 'reports'`).pluck().get())).toBe(1);
    } finally {
      db.close();
    }
  }, 60_000);
});

describe('a writer kept waiting by another process', () => {
  /** A process that takes the write lock, says 'locked', and lets go after `ms`. */
  async function holdLock(dbPath: string, ms: number): Promise<{ child: ChildProcess; done: Promise<{ code: number | null; stderr: string }> }> {
    const child = script(`const { openDb } = await import(${JSON.stringify(join(ROOT, 'db', 'open.ts'))});
      const db = openDb(${JSON.stringify(dbPath)}); db.exec('BEGIN IMMEDIATE'); process.stdout.write('locked\\n');
      setTimeout(() => { db.exec('COMMIT'); db.close(); }, ${ms});`);
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (d: Buffer) => d.toString().includes('locked') && resolve());
      child.on('exit', (code) => reject(new Error(`lock holder exited early (${code})`)));
    });
    return { child, done: finished(child) };
  }

  it('retries past a short busy timeout and loads the report once the lock is free', async () => {
    const dbPath = join(tempDir('reportkb-busy-'), 'kb.sqlite');
    openDb(dbPath).close();
    const record = smallRecord('/x/a.txt', 'I. Work\n\nA workshop was held in Lima, Peru, in May 2014.\n');
    const holder = await holdLock(dbPath, 400);
    const db = openDb(dbPath, { busyTimeout: 20 });
    try {
      const t0 = performance.now();
      expect(loadReport(db, record).status).toBe('added');
      expect(performance.now() - t0).toBeGreaterThan(250);
    } finally {
      db.close();
    }
    expect((await holder.done).code).toBe(0);
  }, 30_000);

  it('gives up with one clear line when the lock is never let go', async () => {
    const dbPath = join(tempDir('reportkb-busy-'), 'kb.sqlite');
    openDb(dbPath).close();
    const record = smallRecord('/x/b.txt', 'A seminar was held in Quito, Ecuador, in June 2014.\n');
    const holder = await holdLock(dbPath, 60_000);
    const db = openDb(dbPath, { busyTimeout: 20 });
    try {
      expect(() => loadReport(db, record)).toThrow(
        /^database is busy: another process kept it locked while loading \/x\/b\.txt \(tried 5 times\); try again once it finishes$/,
      );
    } finally {
      db.close();
      holder.child.kill('SIGKILL');
    }
    await holder.done;
    const after = openDb(dbPath, { readonly: true });
    expect(Number(after.prepare('SELECT count(*) FROM reports').pluck().get())).toBe(0);
    after.close();
  }, 30_000);

  it('retries only BUSY, and passes other errors straight through', () => {
    let calls = 0;
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    expect(retryBusy('testing', () => (++calls < 3 ? (() => { throw busy; })() : 'done'), { firstPauseMs: 1 })).toBe('done');
    expect(calls).toBe(3);
    expect(isBusy(Object.assign(new Error('x'), { code: 'SQLITE_BUSY_SNAPSHOT' }))).toBe(true);
    const other = Object.assign(new Error('UNIQUE constraint failed'), { code: 'SQLITE_CONSTRAINT_UNIQUE' });
    calls = 0;
    expect(() => retryBusy('testing', () => { calls++; throw other; }, { firstPauseMs: 1 })).toThrow(other);
    expect(calls).toBe(1);
  });
});
