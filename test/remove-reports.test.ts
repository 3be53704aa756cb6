/**
 * Removing a report leaves nothing of it in any table (FTS included): a knowledge base that held
 * reports A and B and lost A must hold what one built from B alone holds, table by table.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addCorrection } from '../db/corrections.js';
import { openDb } from '../db/open.js';
import { ingest, listReports, openKnowledgeBase, query, removeReports, type KnowledgeBase } from '../api/index.js';
import { ROOT, tempDir } from './helpers.js';

const A = join(ROOT, 'fixtures', 'texts', 'dps-2014-numbered.txt');
const B = join(ROOT, 'fixtures', 'texts', 'sms-2011-agency-parts.txt');

async function rows(kb: KnowledgeBase, sql: string, params: unknown[] = []): Promise<unknown[][]> {
  return (await query(kb, sql, params)).rows;
}

/** Every table of the schema but SQLite's own and FTS5's shadow tables (checked apart). */
async function tableCounts(kb: KnowledgeBase): Promise<Record<string, number>> {
  const tables = (await rows(kb, `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'paragraphs_fts%' ORDER BY name`)).map((r) => String(r[0]));
  const counts: Record<string, number> = {};
  for (const t of tables) counts[t] = Number((await rows(kb, `SELECT count(*) FROM "${t}"`))[0]![0]);
  return counts;
}

describe('removeReports', () => {
  const dir = tempDir();
  let both: KnowledgeBase;
  let alone: KnowledgeBase;
  let idA: number;
  let wordsOnlyInA: string[];

  beforeAll(async () => {
    both = openKnowledgeBase(join(dir, 'both.sqlite'));
    alone = openKnowledgeBase(join(dir, 'alone.sqlite'));
    await ingest(both, [A]);
    await ingest(both, [B]);
    await ingest(alone, [B]);
    idA = listReports(both).find((r) => r.path === A)!.id;
    // A review of each report (a rejected mention): A's goes with A, B's stays.
    const db = openDb(join(dir, 'both.sqlite'));
    try {
      for (const path of [A, B]) {
        const mention = db.prepare('SELECT m.id FROM mentions m JOIN reports r ON r.id = m.report_id WHERE r.path = ? ORDER BY m.id LIMIT 1').get(path) as { id: number };
        addCorrection(db, { action: 'reject', target: { type: 'mention', id: mention.id } });
      }
    } finally {
      db.close();
    }
    const other = openDb(join(dir, 'alone.sqlite'));
    try {
      const mention = other.prepare('SELECT id FROM mentions ORDER BY id LIMIT 1').get() as { id: number };
      addCorrection(other, { action: 'reject', target: { type: 'mention', id: mention.id } });
    } finally {
      other.close();
    }
    const words = (text: string) => new Set(text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(/[a-z]{4,}/g) ?? []);
    const textOf = async (kb: KnowledgeBase, path: string) => String((await rows(kb, 'SELECT raw_text FROM reports WHERE path = ?', [path]))[0]![0]);
    const inB = words(await textOf(both, B));
    wordsOnlyInA = [...words(await textOf(both, A))].filter((w) => !inB.has(w));
    removeReports(both, [A]);
  }, 120_000);

  it('leaves every table as a knowledge base built from the other report alone', async () => {
    const after = await tableCounts(both);
    expect(Object.keys(after)).toEqual(expect.arrayContaining(['reports', 'sections', 'paragraphs', 'mentions', 'activities', 'activity_countries', 'organizations', 'organization_names', 'countries', 'corrections']));
    expect(after.corrections).toBe(1);
    expect(after).toEqual(await tableCounts(alone));
  });

  it('leaves no row that points at the removed report', async () => {
    const withReportId = (await rows(both, `SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) c ON c.name = 'report_id' WHERE m.type = 'table'`)).map((r) => String(r[0]));
    expect(withReportId.length).toBeGreaterThanOrEqual(4);
    for (const t of withReportId) expect(await rows(both, `SELECT count(*) FROM "${t}" WHERE report_id = ?`, [idA]), t).toEqual([[0]]);
    expect(await rows(both, `SELECT count(*) FROM activity_countries WHERE activity_id NOT IN (SELECT id FROM activities)`)).toEqual([[0]]);
  });

  it('leaves nothing of it in the full-text index', async () => {
    expect(wordsOnlyInA.length).toBeGreaterThan(50);
    for (const w of wordsOnlyInA) expect(await rows(both, `SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?`, [`"${w}"`]), w).toEqual([]);
    // FTS5's own check of the index against the paragraphs it indexes (throws when they differ).
    const db = openDb(join(dir, 'both.sqlite'));
    try {
      expect(() => db.exec(`INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES ('integrity-check', 1)`)).not.toThrow();
    } finally {
      db.close();
    }
    expect(await rows(both, `SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'activities'`)).toEqual(await rows(alone, `SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'activities'`));
  });

  it('removes nothing when one name matches no report', async () => {
    const before = await tableCounts(both);
    expect(() => removeReports(both, [B, 'no-such-report.txt'])).toThrow(/no report with id or path 'no-such-report.txt'/);
    expect(await tableCounts(both)).toEqual(before);
  });
});
