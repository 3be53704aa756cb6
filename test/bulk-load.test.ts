/**
 * The checkpoint policy of a batch (db/bulk-load.ts): during an ingest the WAL is checkpointed
 * less often; once it ends, the connection's own interval is back and the database file itself
 * holds every report of the batch. A new database gets PAGE_SIZE pages; an old one keeps its own.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BULK_CHECKPOINT_PAGES } from '../db/bulk-load.js';
import { openDb, PAGE_SIZE } from '../db/open.js';
import { ingest } from '../pipeline/ingest.js';
import { tempDir } from './helpers.js';

describe('an ingest batch', () => {
  it('checkpoints less often while it runs, then copies everything back into the database file', async () => {
    const dir = tempDir();
    const path = join(dir, 'kb.sqlite');
    const db = openDb(path);
    db.pragma('wal_autocheckpoint = 777');
    const files = ['Lima, Peru', 'Quito, Ecuador', 'Kingston, Jamaica'].map((place, i) => {
      const file = join(dir, `r${i}.txt`);
      writeFileSync(file, `I. Introduction\n\nA workshop was held in ${place}, in May 2014, for ${20 + i} officers.\n`);
      return file;
    });
    const during: unknown[] = [];
    const summary = await ingest(db, files, { onFile: () => during.push(db.pragma('wal_autocheckpoint', { simple: true })) });
    expect(summary.counts.added).toBe(3);
    expect(during).toEqual([BULK_CHECKPOINT_PAGES, BULK_CHECKPOINT_PAGES, BULK_CHECKPOINT_PAGES]);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(777);
    // The batch wrote far fewer pages than a checkpoint interval: only the final checkpoint can
    // have put its reports (and the schema) into the file, which is copied here without its WAL.
    copyFileSync(path, join(dir, 'copy.sqlite'));
    db.close();
    const copy = openDb(join(dir, 'copy.sqlite'));
    try {
      expect(copy.prepare('SELECT count(*) FROM reports').pluck().get()).toBe(3);
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      copy.close();
    }
  });

  it('makes new databases with PAGE_SIZE pages and leaves an existing one at its own size', () => {
    const dir = tempDir();
    const fresh = openDb(join(dir, 'new.sqlite'));
    expect(fresh.pragma('page_size', { simple: true })).toBe(PAGE_SIZE);
    expect(fresh.pragma('journal_mode', { simple: true })).toBe('wal');
    fresh.close();
    // A knowledge base made with 4 KB pages (SQLite's default, before PAGE_SIZE) keeps them.
    const oldPath = join(dir, 'old.sqlite');
    const made = openDb(oldPath);
    made.pragma('journal_mode = DELETE');
    made.pragma('page_size = 4096');
    made.exec('VACUUM');
    made.close();
    const old = openDb(oldPath);
    expect(old.pragma('page_size', { simple: true })).toBe(4096);
    expect(old.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(old.pragma('integrity_check', { simple: true })).toBe('ok');
    old.close();
  });
});
