/** The command line end to end, as a user runs it (child processes of bin/reportkb.js). */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../db/open.js';
import { runQuery } from '../db/query.js';
import { ROOT, tempDir } from './helpers.js';

const BIN = join(ROOT, 'bin', 'reportkb.js');
const GOOD = join(ROOT, 'fixtures', 'texts', 'dps-2014-numbered.txt');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function count(path: string, table: string): number {
  const db = openDb(path, { readonly: true });
  try {
    return Number(runQuery(db, `SELECT count(*) FROM ${table}`).rows[0]![0]);
  } finally {
    db.close();
  }
}

describe('reportkb ingest', () => {
  const dir = tempDir();
  const db = join(dir, 'kb.sqlite');
  const folder = join(dir, 'reports');
  let result: ReturnType<typeof run>;

  beforeAll(() => {
    execFileSync('mkdir', ['-p', folder]);
    copyFileSync(GOOD, join(folder, 'good.txt'));
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'random.txt'), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 17) % 256)));
    writeFileSync(join(folder, 'truncated.pdf'), Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj << /Type /Pa'));
    result = run(['ingest', folder, '--db', db]);
  }, 120_000);

  it('names each bad file on one line and still ingests the good one', () => {
    const lines = result.stderr.split('\n');
    for (const bad of ['empty.txt', 'random.txt', 'truncated.pdf']) {
      expect(lines.filter((l) => l.startsWith(join(folder, bad) + ': ')), result.stderr).toHaveLength(1);
    }
    expect(result.code).not.toBe(0);
    expect(count(db, 'reports')).toBe(1);
  });

  it('leaves every count unchanged when the same files are ingested again', () => {
    const tables = ['reports', 'sections', 'paragraphs', 'mentions'];
    const before = tables.map((t) => count(db, t));
    const again = run(['ingest', join(folder, 'good.txt'), '--db', db]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/1 unchanged/);
    expect(tables.map((t) => count(db, t))).toEqual(before);
  });

  it('replaces a report whose file changed', () => {
    const path = join(dir, 'changing.txt');
    writeFileSync(path, 'I. Introduction\n\nA workshop was held in Lima, Peru, in May 2014.\n');
    run(['ingest', path, '--db', db]);
    writeFileSync(path, 'I. Introduction\n\nA seminar was held in Quito, Ecuador, in June 2014.\n');
    const second = run(['ingest', path, '--db', db]);
    expect(second.stderr).toMatch(/1 replaced/);
    const texts = JSON.parse(run(['query', `SELECT p.text FROM paragraphs p JOIN reports r ON r.id = p.report_id WHERE r.path = :path`, '-p', `path=${path}`, '--db', db, '--json']).stdout);
    expect(texts.map((t: { text: string }) => t.text).join(' ')).toMatch(/Quito/);
  });
});

describe('reportkb query', () => {
  const dir = tempDir();
  const db = join(dir, 'kb.sqlite');
  beforeAll(() => void run(['ingest', GOOD, '--db', db]), 120_000);

  it('refuses a writing statement and changes nothing', () => {
    const before = count(db, 'reports');
    const r = run(['query', 'DELETE FROM reports', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Error: only read-only SQL/);
    expect(count(db, 'reports')).toBe(before);
  });

  it('reads SQL from stdin and prints CSV', () => {
    const r = run(['query', '-', '--db', db, '--csv'], 'SELECT format, pages FROM reports');
    expect(r.stdout.trim()).toBe('format,pages\ntxt,1');
  });

  it('search finds paragraphs by words and marks them in a snippet', () => {
    const rows = JSON.parse(run(['search', 'trafficking persons', '--db', db, '--json']).stdout);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0].snippet).toMatch(/\[trafficking\]/i);
    expect(run(['search', 'zzzunfindable', '--db', db, '--json']).stdout.trim()).toBe('[]');
  });

  it('export writes a table as CSV and every table as JSON', () => {
    const csv = run(['export', '--table', 'activities', '--format', 'csv', '--db', db]).stdout.trim().split('\n');
    expect(csv[0]).toMatch(/^id,report_id,paragraph_id,section_id,kind,status/);
    expect(csv.length).toBeGreaterThan(5);
    const all = JSON.parse(run(['export', '--format', 'json', '--db', db]).stdout);
    expect(Object.keys(all)).toEqual(expect.arrayContaining(['reports', 'mentions', 'activities', 'participants_by_country_year']));
    expect(all.reports[0]).not.toHaveProperty('raw_text');
    const bad = run(['export', '--table', 'nope', '--db', db]);
    expect([bad.code, bad.stderr.trim()]).toEqual([1, expect.stringMatching(/^Error: no table or view named 'nope'/)]);
  });

  it('prints a table by default and says SQL errors in one line', () => {
    expect(run(['query', 'SELECT 1 AS one', '--db', db]).stdout).toMatch(/one\n---\n {2}1\n\(1 row\)/);
    const bad = run(['query', 'SELECT nope FROM nowhere', '--db', db]);
    expect([bad.code, bad.stderr.trim().split('\n').length]).toEqual([1, 1]);
  });
});

describe('reportkb extract and sections', () => {
  it('extract --json prints a reportkb-gold/1 object whose spans are slices of the file', () => {
    const r = run(['extract', GOOD, '--json']);
    const gold = JSON.parse(r.stdout);
    const text = readFileSync(GOOD, 'utf8');
    expect(gold.format).toBe('reportkb-gold/1');
    expect(gold.document).toBe(GOOD);
    for (const item of [...gold.headings, ...gold.mentions]) expect(text.slice(item.start, item.end)).toBe(item.text);
  });

  it('sections prints the heading tree', () => {
    expect(run(['sections', GOOD]).stdout).toMatch(/^\s*II\. /m);
  });

  it('every command has help text', () => {
    for (const cmd of ['ingest', 'reports', 'remove', 'query', 'search', 'export', 'sections', 'extract', 'eval', 'demo']) {
      const r = run([cmd, '--help']);
      expect(r.code, cmd).toBe(0);
      expect(r.stdout, cmd).toMatch(/Usage: reportkb /);
    }
  });
});
