/**
 * Odd inputs in one batch (issue 7): every bad file is one `path: reason` failure, every good or
 * merely unusual file (UTF-16, Latin-1) is ingested, and the CLI's exit code says some failed.
 * In-process through `ingest()` with a temp database, plus one real CLI run for the exit code.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../db/open.js';
import { runQuery } from '../db/query.js';
import { ingest, type IngestSummary } from '../pipeline/ingest.js';
import { DEFAULT_MAX_BYTES, formatSize, parseFile, parseMaxSize } from '../pipeline/parse/index.js';
import { ROOT, tempDir } from './helpers.js';

const GOOD = join(ROOT, 'fixtures', 'texts', 'dps-2014-numbered.txt');
const SENTENCE = 'I. Activities\n\nA workshop on port security was held in Lima, Peru, in May 2014 for 30 officers.\n';

function utf16(text: string, order: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  return order === 'le' ? le : Buffer.from(le).swap16();
}

/** A minimal PDF whose trailer names an /Encrypt dictionary (RC4, R2) with a user password we do not know. */
function encryptedPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] /Contents 4 0 R >>',
    '<< /Length 8 >>\nstream\n\x8a\x13\x9c\x01\xfe\x22\x47\x90\nendstream',
    `<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -44 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

async function pdfs(): Promise<{ good: Uint8Array; noText: Uint8Array }> {
  const withText = await PDFDocument.create();
  withText.addPage().drawText('A workshop was held in Quito, Ecuador, in June 2014.', { x: 40, y: 700, size: 11 });
  const blank = await PDFDocument.create();
  blank.addPage([300, 300]).drawRectangle({ x: 50, y: 50, width: 100, height: 100, color: rgb(0.2, 0.4, 0.6) });
  return { good: await withText.save(), noText: await blank.save() };
}

/** Files a batch should refuse, each with the reason it must give. */
const BAD: Record<string, RegExp> = {
  'empty.txt': /^empty file$/,
  'blank.txt': /^no text \(the file is blank\)$/,
  'random.txt': /^binary data, not text/,
  'invalid-utf8.txt': /^not valid UTF-8 \(bad byte 0x80 at offset \d+\) and not readable as Latin-1 text: save it as UTF-8$/,
  'big.txt': /^file is 19\.5 KB, over the 16 KB limit \(raise it with --max-size <MB>\)$/,
  'corrupt.pdf': /^corrupt or truncated PDF/,
  'truncated.pdf': /^corrupt or truncated PDF/,
  'encrypted.pdf': /^PDF is encrypted \(password protected\): save an unprotected copy/,
  'no-text.pdf': /^PDF has no text layer \(1 page\(s\) of images\?\): run OCR/,
  'not-a-zip.docx': /^not a DOCX \(not a zip archive\)$/,
  'self-link.txt': /^symbolic link loop \(the link points, through links, back to itself\)$/,
  'nested/loop': /^symbolic link loop \(leads back to .*\); remove the link/,
};
const GOOD_FILES = ['good.txt', 'utf16le-bom.txt', 'utf16le.txt', 'utf16be-bom.txt', 'utf16be.txt', 'latin1.txt', 'good.pdf', 'nested/deeper.txt'];

describe('a batch of odd inputs', () => {
  const dir = tempDir('reportkb-bad-');
  const folder = join(dir, 'in');
  let db: Db;
  let summary: IngestSummary;
  let lines: string[];

  beforeAll(async () => {
    mkdirSync(join(folder, 'nested'), { recursive: true });
    const { good, noText } = await pdfs();
    const write = (name: string, data: string | Uint8Array) => writeFileSync(join(folder, name), data);
    copyFileSync(GOOD, join(folder, 'good.txt'));
    write('empty.txt', '');
    write('blank.txt', '  \n\n\t \r\n  \n');
    write('random.txt', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 17) % 256)));
    write('invalid-utf8.txt', Buffer.concat([Buffer.from('Report on 2014 activities. '), Buffer.from([0x80, 0x81, 0x82, 0x83, 0x84, 0x85]), Buffer.from(' End.\n')]));
    write('utf16le-bom.txt', utf16(SENTENCE, 'le', true));
    write('utf16le.txt', utf16(SENTENCE.replace('Lima', 'Cusco'), 'le', false));
    write('utf16be-bom.txt', utf16(SENTENCE.replace('30', '31'), 'be', true));
    write('utf16be.txt', utf16(SENTENCE.replace('30', '32'), 'be', false));
    write('latin1.txt', Buffer.from('I. Actividades\n\nSe realizó un taller en Bogotá, Colombia, en mayo de 2014 para 30 policías.\n', 'latin1'));
    write('big.txt', 'x '.repeat(10000)); // over the 16 KB limit this batch runs with
    write('good.pdf', good);
    write('corrupt.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(600, 0x41)]));
    write('truncated.pdf', good.subarray(0, Math.floor(good.length / 2)));
    write('encrypted.pdf', encryptedPdf());
    write('no-text.pdf', noText);
    write('not-a-zip.docx', 'I am plain text with a .docx name\n');
    write('nested/deeper.txt', SENTENCE.replace('port security', 'border control'));
    symlinkSync('self-link.txt', join(folder, 'self-link.txt'));
    symlinkSync('..', join(folder, 'nested', 'loop'));
    db = openDb(join(dir, 'kb.sqlite'));
    summary = await ingest(db, [folder], { maxBytes: 16384 });
    lines = summary.failures.map((f) => `${f.path}: ${f.reason}`);
  }, 60_000);
  afterAll(() => db?.close());

  it('gives each bad file exactly one failure, with the reason it deserves, on one line', () => {
    for (const [name, reason] of Object.entries(BAD)) {
      const mine = summary.failures.filter((f) => f.path === join(folder, name));
      expect(mine, `${name} in\n${lines.join('\n')}`).toHaveLength(1);
      expect(mine[0]!.reason, name).toMatch(reason);
      expect(mine[0]!.reason, name).not.toMatch(/\n|internal error/);
    }
    expect(summary.counts.failed).toBe(Object.keys(BAD).length);
  });

  it('ingests the good and the unusual files in the same batch', () => {
    expect(summary.counts.added).toBe(GOOD_FILES.length);
    const paths = runQuery(db, 'SELECT path FROM reports ORDER BY path').rows.map((r) => r[0]);
    expect(paths).toEqual(GOOD_FILES.map((f) => join(folder, f)).sort());
  });

  it('decodes UTF-16 with and without a BOM, both byte orders, into text the extractors read', () => {
    for (const name of ['utf16le-bom.txt', 'utf16le.txt', 'utf16be-bom.txt', 'utf16be.txt']) {
      const row = runQuery(db, `SELECT r.raw_text, (SELECT count(*) FROM mentions m WHERE m.report_id = r.id AND m.type = 'country' AND m.value = 'PER') FROM reports r WHERE path = ?`, [join(folder, name)]).rows[0]!;
      expect(String(row[0]).replace(/^\uFEFF/, ''), name).toMatch(/^I\. Activities\n\nA workshop on port security was held in (Lima|Cusco), Peru/);
      expect(row[1], name).toBe(1);
    }
  });

  it('reads Latin-1 text and keeps a warning on the Doc', async () => {
    const raw = runQuery(db, 'SELECT raw_text FROM reports WHERE path = ?', [join(folder, 'latin1.txt')]).rows[0]![0];
    expect(raw).toMatch(/Bogotá, Colombia/);
    const doc = await parseFile(join(folder, 'latin1.txt'));
    expect(doc.messages).toContainEqual(expect.objectContaining({ severity: 'warning', source: 'parse/text', reason: expect.stringMatching(/^not UTF-8: read as Windows-1252\/Latin-1/) }));
    expect((await parseFile(join(folder, 'good.txt'))).messages.filter((m) => m.severity === 'warning')).toEqual([]);
  });

  it('has a 64 MB default size limit and says sizes in plain words', () => {
    expect(DEFAULT_MAX_BYTES).toBe(64 * 1048576);
    expect([formatSize(812), formatSize(3000), formatSize(DEFAULT_MAX_BYTES), formatSize(1.5 * 1048576)]).toEqual(['812 bytes', '2.9 KB', '64 MB', '1.5 MB']);
    expect(parseMaxSize('0.5')).toBe(524288);
    for (const bad of ['', 'abc', '0', '-3', 'Infinity']) expect(() => parseMaxSize(bad)).toThrow(/^--max-size must be a positive number of megabytes/);
  });

  it('a second run changes nothing: the good files are unchanged, the bad ones fail the same way', async () => {
    const again = await ingest(db, [folder], { maxBytes: 16384 });
    expect(again.counts).toMatchObject({ added: 0, replaced: 0, unchanged: GOOD_FILES.length, failed: Object.keys(BAD).length });
  });
});

describe('unreadable files and folders', () => {
  const dir = tempDir('reportkb-perm-');
  const file = join(dir, 'locked.txt');
  const lockedDir = join(dir, 'locked-folder');
  writeFileSync(file, SENTENCE);
  mkdirSync(lockedDir);
  writeFileSync(join(lockedDir, 'inside.txt'), SENTENCE);
  chmodSync(file, 0o000);
  chmodSync(lockedDir, 0o000);
  // root (as in CI containers) reads through chmod 000: nothing to test there.
  let readable = false;
  try {
    accessSync(file, constants.R_OK);
    readFileSync(file);
    readable = true;
  } catch {
    readable = false;
  }

  it.skipIf(readable)('says "permission denied" for a file and a folder it may not read (skipped as root, where chmod 000 does not stop reads)', async () => {
    const db = openDb(join(dir, 'kb.sqlite'));
    try {
      const summary = await ingest(db, [dir]);
      expect(summary.failures.map((f) => [f.path, f.reason])).toEqual([
        [lockedDir, 'permission denied (check its owner and permissions)'],
        [file, 'permission denied (check its owner and permissions)'],
      ]);
    } finally {
      db.close();
      chmodSync(file, 0o644);
      chmodSync(lockedDir, 0o755);
    }
  });
});

describe('reportkb ingest exit code', () => {
  it('is 2 when some files failed, names each on one line, and still loads the rest', () => {
    const dir = tempDir('reportkb-exit-');
    copyFileSync(GOOD, join(dir, 'good.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const dbPath = join(dir, 'kb.sqlite');
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'reportkb.js'), 'ingest', dir, '--db', dbPath], { encoding: 'utf8', cwd: ROOT });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr.split('\n')).toContain(`${join(dir, 'empty.txt')}: empty file`);
    expect(r.stderr).toMatch(/2 file\(s\): 1 added, 0 replaced, 0 unchanged, 0 duplicate, 1 failed/);
    const ok = spawnSync(process.execPath, [join(ROOT, 'bin', 'reportkb.js'), 'ingest', join(dir, 'good.txt'), '--db', dbPath], { encoding: 'utf8', cwd: ROOT });
    expect(ok.status, ok.stderr).toBe(0);
  }, 60_000);
});

describe('a bad --db', () => {
  it('says in one line when the file is not a database, or there is none to query', () => {
    const dir = tempDir('reportkb-baddb-');
    const text = join(dir, 'notes.sqlite');
    writeFileSync(text, 'these are notes, not a database\n'.repeat(40));
    expect(() => openDb(text)).toThrow(`${text} is not a SQLite database (give --db a reportkb database, or a new file name)`);
    expect(() => openDb(text, { readonly: true })).toThrow(/is not a SQLite database/);
    expect(() => openDb(join(dir, 'none.sqlite'), { readonly: true })).toThrow(`no database at ${join(dir, 'none.sqlite')} (run 'reportkb ingest' to make one, or give --db)`);
    expect(readFileSync(text, 'utf8')).toMatch(/^these are notes/); // and nothing was written to it
  });
});
