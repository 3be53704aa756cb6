/**
 * Lookup indexes set aside during a large batch (db/deferred-indexes.ts): the batch loads without
 * them, builds them again at its end, and a batch killed halfway leaves a database whose next
 * writer builds them. Either way the schema ends as a database that never set them aside.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBulkLoad } from '../db/bulk-load.js';
import { DEFER_MIN_FILES, LOOKUP_INDEXES, shouldDefer } from '../db/deferred-indexes.js';
import { openDb, type Db } from '../db/open.js';
import { ingest } from '../pipeline/ingest.js';
import { tempDir } from './helpers.js';

const indexes = (db: Db) => db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name`).all();
const present = (db: Db) => new Set(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index'`).pluck().all() as string[]);

function writeReports(dir: string, n: number): string[] {
  const places = ['Lima, Peru', 'Quito, Ecuador', 'Kingston, Jamaica', 'San José, Costa Rica'];
  return Array.from({ length: n }, (_, i) => {
    const file = join(dir, `r${i}.txt`);
    writeFileSync(file, `I. Introduction\n\nA workshop was held in ${places[i % places.length]}, in May ${2000 + i}, for ${20 + i} officers of the CICTE Secretariat.\n`);
    return file;
  });
}

describe('lookup indexes set aside during a batch', () => {
  it('defers only for a batch of at least DEFER_MIN_FILES files that is at least as large as the database', () => {
    expect(shouldDefer(DEFER_MIN_FILES, 0)).toBe(true);
    expect(shouldDefer(DEFER_MIN_FILES - 1, 0)).toBe(false);
    expect(shouldDefer(100, 100)).toBe(true);
    expect(shouldDefer(100, 101)).toBe(false);
  });

  it('loads a large batch without them, then ends with the same schema and answers as a batch that kept them', async () => {
    const dir = tempDir();
    const files = writeReports(dir, DEFER_MIN_FILES);
    const kept = openDb(join(dir, 'kept.sqlite'));
    const reference = indexes(kept);
    // Loaded one file at a time, nothing is set aside.
    for (const file of files) await ingest(kept, [file]);
    const deferredDb = openDb(join(dir, 'deferred.sqlite'));
    const during: boolean[] = [];
    const summary = await ingest(deferredDb, files, { onFile: () => during.push(LOOKUP_INDEXES.some((name) => present(deferredDb).has(name))) });
    expect(summary.counts.added).toBe(DEFER_MIN_FILES);
    expect(during).toEqual(files.map(() => false));
    expect(indexes(deferredDb)).toEqual(reference);
    expect(deferredDb.prepare('SELECT count(*) FROM deferred_indexes').pluck().get()).toBe(0);
    expect(deferredDb.pragma('integrity_check', { simple: true })).toBe('ok');
    const answer = `SELECT type, value, count(*) AS n FROM mentions WHERE type IN ('country', 'date', 'participants') GROUP BY type, value ORDER BY type, value`;
    expect(deferredDb.prepare(answer).all()).toEqual(kept.prepare(answer).all());
    expect(deferredDb.prepare(answer).all().length).toBeGreaterThan(DEFER_MIN_FILES);
    kept.close();
    deferredDb.close();
  });

  it('builds them again when the next writer opens a database whose batch was killed', () => {
    const dir = tempDir();
    const path = join(dir, 'kb.sqlite');
    const db = openDb(path);
    const reference = indexes(db);
    const bulk = startBulkLoad(db, { files: DEFER_MIN_FILES });
    expect(bulk.deferred).toBe(true);
    for (const name of LOOKUP_INDEXES) expect(present(db).has(name)).toBe(false);
    db.close(); // the batch never calls end(), as when the process is killed
    const reader = openDb(path, { readonly: true });
    expect(reader.prepare('SELECT count(*) FROM mentions').pluck().get()).toBe(0); // readable meanwhile
    reader.close();
    const writer = openDb(path);
    expect(indexes(writer)).toEqual(reference);
    expect(writer.prepare('SELECT count(*) FROM deferred_indexes').pluck().get()).toBe(0);
    writer.close();
  });

  it('keeps them for a batch smaller than the database', async () => {
    const dir = tempDir();
    const db = openDb(join(dir, 'kb.sqlite'));
    await ingest(db, writeReports(dir, 3));
    const bulk = startBulkLoad(db, { files: 2 });
    expect(bulk.deferred).toBe(false);
    bulk.end();
    for (const name of LOOKUP_INDEXES) expect(present(db).has(name)).toBe(true);
    db.close();
  });
});
