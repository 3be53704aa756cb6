/**
 * What the knowledge base promises across files and reports: one report per file whatever the
 * spelling of its path, one key per organization across reports, per-country figures counted once.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../db/open.js';
import { runQuery } from '../db/query.js';
import { ingest } from '../pipeline/ingest.js';
import { tempDir } from './helpers.js';

function fresh() {
  const dir = tempDir();
  const db = openDb(join(dir, 'kb.sqlite'));
  const rows = (sql: string) => runQuery(db, sql).rows;
  return { dir, db, rows };
}

describe('the knowledge base', () => {
  it('replaces a changed report whatever spelling of its path is given', async () => {
    const { dir, db, rows } = fresh();
    mkdirSync(join(dir, 'batch'));
    const file = join(dir, 'batch', 'a.txt');
    writeFileSync(file, 'I. Introduction\n\nA workshop was held in Lima, Peru, in May 2014.\n');
    await ingest(db, [file]);
    writeFileSync(file, 'I. Introduction\n\nA seminar was held in Quito, Ecuador, in June 2014.\n');
    const second = await ingest(db, [join(dir, 'batch', '.', 'a.txt')]);
    expect(second.counts.replaced).toBe(1);
    expect(rows('SELECT count(*) FROM reports')).toEqual([[1]]);
    const again = await ingest(db, [join(dir, 'batch', '..', 'batch', 'a.txt'), file]);
    expect(again.counts).toMatchObject({ unchanged: 1, added: 0 });
    db.close();
  });

  it('keeps the full-text index in step with the paragraphs as reports are added and replaced', async () => {
    const { dir, db, rows } = fresh();
    const file = join(dir, 'a.txt');
    const matches = (word: string) => rows(`SELECT p.text FROM paragraphs_fts JOIN paragraphs p ON p.id = paragraphs_fts.rowid WHERE paragraphs_fts MATCH '${word}'`);
    writeFileSync(join(dir, 'b.txt'), 'I. Introduction\n\nA course was given in Bogotá, Colombia, in March 2014.\n\nIt covered money laundering.\n');
    writeFileSync(file, 'I. Introduction\n\nA workshop was held in Lima, Peru, in May 2014.\n');
    await ingest(db, [join(dir, 'b.txt'), file]);
    expect(matches('lima')).toEqual([['A workshop was held in Lima, Peru, in May 2014.']]);
    expect(matches('laundering')).toEqual([['It covered money laundering.']]);
    writeFileSync(file, 'I. Introduction\n\nA seminar was held in Quito, Ecuador, in June 2014.\n');
    await ingest(db, [file]);
    expect(matches('lima')).toEqual([]);
    expect(matches('quito')).toEqual([['A seminar was held in Quito, Ecuador, in June 2014.']]);
    expect(matches('introduction')).toHaveLength(2);
    // Rank 1: the index must hold exactly the paragraphs table's text, row for row.
    expect(() => db.exec(`INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES ('integrity-check', 1)`)).not.toThrow();
    db.close();
  });

  it('gives an organization the key another report defined for it', async () => {
    const { dir, db, rows } = fresh();
    writeFileSync(join(dir, 'one.txt'), 'I. Training\n\nThe Caribbean Police Training Network (CPTN) held a course on crime scene management in Kingston, Jamaica, in March 2014 for 25 officers.\n');
    writeFileSync(join(dir, 'two.txt'), 'I. Training\n\nIn 2015 the Caribbean Police Training Network organized a workshop on cybercrime in Bridgetown, Barbados, for 30 investigators.\n');
    await ingest(db, [join(dir, 'one.txt')]);
    await ingest(db, [join(dir, 'two.txt')]);
    expect(rows(`SELECT DISTINCT value FROM mentions WHERE type = 'organization' AND text LIKE 'Caribbean Police%'`)).toEqual([['CPTN']]);
    expect(rows(`SELECT DISTINCT org_key FROM activity_organizations WHERE org_key LIKE '%Caribbean%' OR org_key = 'CPTN'`)).toEqual([['CPTN']]);
    expect(rows('SELECT count(*) FROM organizations WHERE key LIKE \'Caribbean Police%\'')).toEqual([[0]]);
    db.close();
  });

  it('counts each per-country figure once, from its own activity', async () => {
    const { dir, db, rows } = fresh();
    writeFileSync(join(dir, 'r.txt'), 'I. Training\n\nIn May 2014 the Department held a workshop in Quito, Ecuador, for police officers from Ecuador (18) and Colombia (12). In June 2014 the Department organized a seminar in Lima, Peru, for prosecutors from Ecuador (15) and Peru (10).\n');
    await ingest(db, [join(dir, 'r.txt')]);
    const byCountry = Object.fromEntries(rows(`SELECT country, participants FROM participants_by_country_year WHERE year = '2014'`) as Array<[string, number]>);
    expect(byCountry).toMatchObject({ ECU: 33, COL: 12, PER: 10 });
    db.close();
  });
});
