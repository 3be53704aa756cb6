/**
 * One report loaded twice (issue 16): the .txt and the .pdf (or .docx) of one document are one
 * report. The second file is skipped as a duplicate of the first, unless --replace asks for it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../db/open.js';
import { fingerprint, similarity, TWIN_SIMILARITY } from '../pipeline/fingerprint.js';
import { ingest, type FileEvent } from '../pipeline/ingest.js';
import { HAS_SHARED, ROOT, SHARED_PDF, SHARED_TXT, tempDir } from './helpers.js';

const TXT = join(ROOT, 'fixtures/texts/dps-2014-numbered.txt');
const PDF = join(ROOT, 'fixtures/pdf/dps-2014-numbered.pdf');
const DOCX = join(ROOT, 'fixtures/docx/dps-2014-numbered.docx');
const OTHER = join(ROOT, 'fixtures/texts/sms-2011-agency-parts.txt');

const reports = (db: ReturnType<typeof openDb>) => db.prepare('SELECT id, path FROM reports ORDER BY id').all() as Array<{ id: number; path: string }>;

describe('twin reports', () => {
  it('loads the .txt, .pdf and .docx of one report once, and says which report the others duplicate', async () => {
    const db = openDb(join(tempDir(), 'kb.sqlite'));
    const events: FileEvent[] = [];
    const summary = await ingest(db, [TXT, PDF, DOCX, OTHER], { onFile: (e) => events.push(e) });
    expect(summary.counts).toMatchObject({ added: 2, duplicate: 2, failed: 0 });
    expect(reports(db).map((r) => r.path).sort()).toEqual([OTHER, TXT].sort());
    const first = reports(db).find((r) => r.path === TXT)!;
    for (const path of [PDF, DOCX]) {
      expect(events.find((e) => e.path === path)?.reason).toContain(`duplicate of report ${first.id}`);
      expect(events.find((e) => e.path === path)?.reason).toMatch(/: the same (?:document symbol \S+|words as its \.txt \(similarity [01]\.\d\d\))\)/); // and why
    }
    db.close();
  });

  it('says a revised file with the same document symbol is a twin by its symbol', async () => {
    const dir = tempDir();
    const cover = 'REGIONAL COMMISSION ON PORT SAFETY\n\nRCPS/SEC/doc.9/26\n12 January 2026\nOriginal: English\n\n';
    const body = (n: number) => `The Secretariat held ${n} workshops on container inspection in Kingston, Jamaica, in March 2025, for customs officers of the region, and a regional seminar on port security in Bridgetown, Barbados, in May 2025.\n`;
    writeFileSync(join(dir, 'first.txt'), cover + body(3));
    writeFileSync(join(dir, 'revised.txt'), cover + body(4) + 'A corrigendum was issued to correct the number of workshops.\n');
    const db = openDb(join(dir, 'kb.sqlite'));
    const events: FileEvent[] = [];
    await ingest(db, [join(dir, 'first.txt')]);
    await ingest(db, [join(dir, 'revised.txt')], { onFile: (e) => events.push(e) });
    expect(events[0]?.status).toBe('duplicate');
    expect(events[0]?.reason).toContain('the same document symbol RCPS/SEC/doc.9/26');
    db.close();
  });

  it('takes the new file instead with replace, leaving one report', async () => {
    const db = openDb(join(tempDir(), 'kb.sqlite'));
    await ingest(db, [TXT]);
    const summary = await ingest(db, [PDF], { replace: true });
    expect(summary.counts).toMatchObject({ replaced: 1, duplicate: 0 });
    expect(reports(db).map((r) => r.path)).toEqual([PDF]);
    expect(db.prepare('SELECT count(*) FROM activities WHERE report_id NOT IN (SELECT id FROM reports)').pluck().get()).toBe(0);
    db.close();
  });

  it('tells different reports apart, and gives no signature to a text too short to judge', () => {
    expect(fingerprint('a short note with a few words')).toBeNull();
    expect(similarity(null, null)).toBe(0);
  });

  it.skipIf(!HAS_SHARED)('keeps the shared report and its PDF as one report, every activity dated (own or inherited)', async () => {
    const db = openDb(join(tempDir(), 'kb.sqlite'));
    await ingest(db, [SHARED_TXT, SHARED_PDF]);
    expect(reports(db)).toHaveLength(1);
    expect(db.prepare('SELECT count(*) FROM activities WHERE date_start IS NULL').pluck().get()).toBe(0);
    db.close();
  });
});

it('separates twins from other reports by a wide margin', async () => {
  const { parseFile } = await import('../pipeline/parse/index.js');
  const [txt, pdf, other] = await Promise.all([TXT, PDF, OTHER].map((p) => parseFile(p)));
  expect(similarity(fingerprint(txt!.raw), fingerprint(pdf!.raw))).toBeGreaterThan(0.9);
  expect(similarity(fingerprint(txt!.raw), fingerprint(other!.raw))).toBeLessThan(TWIN_SIMILARITY / 2);
});
