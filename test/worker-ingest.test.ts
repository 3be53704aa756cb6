/**
 * `ingest --concurrency 2`: parsing and extraction in worker threads (pipeline/worker-pool.ts),
 * each holding a next job while it runs one. The database must end the same as with everything in
 * one thread, and a bad file must fail alone.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb, type Db } from '../db/open.js';
import { ingest } from '../pipeline/ingest.js';
import { tempDir } from './helpers.js';

const rows = (db: Db) =>
  db
    .prepare(
      `SELECT r.path, m.type, m.start, m.end, m.text, m.value, m.rule FROM mentions m JOIN reports r ON r.id = m.report_id ORDER BY r.path, m.start, m.type, m.end`,
    )
    .all();
const activities = (db: Db) => db.prepare(`SELECT r.path, a.kind, a.start, a.participants FROM activities a JOIN reports r ON r.id = a.report_id ORDER BY r.path, a.start`).all();

describe('ingest with worker threads', () => {
  it('loads the same rows as one thread, and a bad file fails alone', async () => {
    const dir = tempDir();
    const places = ['Lima, Peru', 'Quito, Ecuador', 'Kingston, Jamaica', 'Bogotá, Colombia', 'San Salvador, El Salvador', 'Panama City, Panama', 'Asunción, Paraguay'];
    const files = places.map((place, i) => {
      const file = join(dir, `r${i}.txt`);
      writeFileSync(file, `1. Training\n\nA seminar on border control was held in ${place} from ${3 + i} to ${5 + i} June 2015 for ${30 + i} officials of the OAS member states.\n`);
      return file;
    });
    const bad = join(dir, 'broken.pdf');
    writeFileSync(bad, 'not a PDF at all');
    const inputs = [...files.slice(0, 3), bad, ...files.slice(3)];

    const one = openDb(join(dir, 'one.sqlite'));
    const two = openDb(join(dir, 'two.sqlite'));
    const s1 = await ingest(one, inputs, { concurrency: 1 });
    const s2 = await ingest(two, inputs, { concurrency: 2 });
    for (const s of [s1, s2]) {
      expect(s.counts.added).toBe(files.length);
      expect(s.failures.map((f) => f.path)).toEqual([bad]);
    }
    const strip = (db: Db) => (rows(db) as Array<{ path: string }>).map((r) => ({ ...r, path: r.path.replace(/.*\//, '') }));
    expect(strip(two)).toEqual(strip(one));
    expect(strip(one).length).toBeGreaterThan(files.length * 3);
    const stripA = (db: Db) => (activities(db) as Array<{ path: string }>).map((r) => ({ ...r, path: r.path.replace(/.*\//, '') }));
    expect(stripA(two)).toEqual(stripA(one));
    one.close();
    two.close();
  });
});
