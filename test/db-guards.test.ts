/**
 * Issue 21 §7–8 and issue 19's database points: what openDb refuses before it writes anything, and
 * what a batch leaves behind (no empty database for a batch that loaded nothing; a file out of WAL
 * so read-only users need no -wal/-shm files).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../db/open.js';
import { runQuery } from '../db/query.js';
import { ingest } from '../pipeline/ingest.js';
import { ROOT, tempDir } from './helpers.js';

const FIXTURE = join(ROOT, 'fixtures', 'texts', readdirSync(join(ROOT, 'fixtures', 'texts')).find((f) => f.endsWith('.txt'))!);
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A database another application made (better-sqlite3 in a child process: only db/ imports it). */
function foreignDb(path: string, userVersion = 0): void {
  const script = `const D = require('better-sqlite3'); const db = new D(${JSON.stringify(path)}); db.exec("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes(body) VALUES ('keep me')"); db.pragma('user_version = ${userVersion}'); db.close();`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}

describe('openDb refuses before writing', () => {
  it('an empty --db', () => {
    expect(() => openDb('')).toThrow(/--db is empty/);
  });

  it('a FIFO, at once instead of hanging', () => {
    const fifo = join(tempDir(), 'kb.sqlite');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(() => openDb(fifo)).toThrow(/not a regular file/);
    expect(() => openDb(fifo, { readonly: true })).toThrow(/not a regular file/);
  });

  it("another application's database, leaving every byte as it was (journal mode too)", () => {
    for (const version of [0, 3]) {
      const path = join(tempDir(), 'other-app.sqlite');
      foreignDb(path, version);
      const before = sha(path);
      expect(() => openDb(path)).toThrow(/another application|no reportkb schema/);
      expect(() => openDb(path, { readonly: true })).toThrow(/another application|no reportkb schema/);
      expect(sha(path)).toBe(before);
      expect(existsSync(`${path}-wal`)).toBe(false);
    }
  });
});

describe('what a batch leaves', () => {
  it('no database file when nothing was loaded (ingest of a missing file)', async () => {
    const path = join(tempDir(), 'kb.sqlite');
    const db = openDb(path);
    const summary = await ingest(db, [join(tempDir(), 'missing.pdf')]);
    db.close();
    expect(summary.counts.failed).toBe(1);
    expect(readdirSync(join(path, '..'))).toEqual([]);
  });

  it('a database that read-only users open without -wal/-shm files; foreign keys on every connection', async () => {
    const dir = tempDir();
    const path = join(dir, 'kb.sqlite');
    const db = openDb(path);
    await ingest(db, [FIXTURE]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    expect(readdirSync(dir)).toEqual(['kb.sqlite']);
    const ro = openDb(path, { readonly: true });
    expect(ro.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(runQuery(ro, 'SELECT count(*) FROM reports').rows).toEqual([[1]]);
    ro.close();
    expect(readdirSync(dir)).toEqual(['kb.sqlite']);
  });

  it('a hand-written DELETE FROM reports cascades (foreign keys are on)', async () => {
    const path = join(tempDir(), 'kb.sqlite');
    const db = openDb(path);
    await ingest(db, [FIXTURE]);
    db.exec('DELETE FROM reports');
    expect(db.prepare('SELECT count(*) FROM mentions').pluck().get()).toBe(0);
    db.close();
  });
});
