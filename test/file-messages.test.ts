/**
 * Issue 21 §9: per-file messages are one line (no stack frames, a newline in a file name escaped),
 * a full file table is waited out or fails one file cleanly, a path too long for the file system
 * says so, and an invalid-UTF-8 message names the offset of the bad sequence.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../db/open.js';
import { collectFiles } from '../pipeline/collect-files.js';
import { fsReason, withFileBackoff } from '../pipeline/fs-reasons.js';
import { ingest, type FileEvent } from '../pipeline/ingest.js';
import { decodeText } from '../pipeline/parse/decode-text.js';
import { tempDir } from './helpers.js';

const emfile = () => Object.assign(new Error('EMFILE: too many open files, open x'), { code: 'EMFILE' });

describe('one line per file', () => {
  it('a newline in a file name is escaped in the event and the failure', async () => {
    const dir = tempDir();
    const path = join(dir, 'two\nlines.pdf');
    writeFileSync(path, 'not a pdf at all');
    const events: FileEvent[] = [];
    const db = openDb(':memory:');
    const summary = await ingest(db, [path], { onFile: (e) => events.push(e) });
    db.close();
    expect(summary.failures).toHaveLength(1);
    for (const line of [summary.failures[0]!.path, summary.failures[0]!.reason, events[0]!.path, events[0]!.reason!]) expect(line).not.toMatch(/\n/);
    expect(events[0]!.path).toBe(join(dir, 'two\\nlines.pdf'));
  });

  it('a database that cannot be written fails each file with one line, no stack frame', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'kb.sqlite');
    openDb(dbPath).close();
    const text = join(dir, 'r.txt');
    writeFileSync(text, 'In May 2014 the Secretariat trained 30 police officers from Peru in Lima.\n');
    const ro = openDb(dbPath, { readonly: true });
    const summary = await ingest(ro, [text]);
    ro.close();
    expect(summary.counts.failed).toBe(1);
    const reason = summary.failures[0]!.reason;
    expect(reason).toMatch(/^cannot write the database: it or its folder is read-only/);
    expect(reason).not.toMatch(/\n|\bat .*\.(?:ts|js):\d+/);
  });
});

describe('file-system limits', () => {
  it('a full file table is waited out', async () => {
    let calls = 0;
    const value = await withFileBackoff(async () => {
      if (++calls < 3) throw emfile();
      return 'read';
    });
    expect([value, calls]).toEqual(['read', 3]);
  });

  it('a file table that stays full fails with one clear line', async () => {
    await expect(withFileBackoff(async () => Promise.reject(emfile()), 3)).rejects.toThrow(/EMFILE/);
    expect(fsReason(emfile())).toMatch(/^too many open files .*ulimit -n/);
  });

  it('a path too long for the file system', async () => {
    const dir = tempDir();
    const deep = join(dir, 'a'.repeat(300), 'report.txt');
    const { files, problems } = await collectFiles([deep]);
    expect(files).toEqual([]);
    expect(problems[0]!.reason).toMatch(/^path too long for the file system/);
    // A folder nested past PATH_MAX, walked from above.
    let nested = join(dir, 'deep');
    mkdirSync(nested);
    for (let i = 0; i < 30; i++) {
      nested = join(nested, 'b'.repeat(200));
      try {
        mkdirSync(nested);
      } catch {
        break;
      }
    }
    const walked = await collectFiles([join(dir, 'deep')]);
    for (const p of walked.problems) expect(p.reason).not.toMatch(/^ENAMETOOLONG/);
  });
});

describe('invalid UTF-8 offsets', () => {
  const bytes = (...parts: Array<string | number[]>) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p)] : p)));
  it('names the offset of an encoded surrogate', () => {
    expect(decodeText(bytes('abcdef', [0xed, 0xa0, 0x80], ' more text'))).toMatchObject({ ok: false, reason: expect.stringMatching(/bad byte 0xed at offset 6\)/) });
  });
  it('names the offset of a code point above U+10FFFF', () => {
    expect(decodeText(bytes('abc', [0xf4, 0x90, 0x80, 0x80], ' more text'))).toMatchObject({ ok: false, reason: expect.stringMatching(/bad byte 0xf4 at offset 3\)/) });
  });
  it('names the offset of an overlong form', () => {
    expect(decodeText(bytes('ab', [0xe0, 0x80, 0x80], ' more text'))).toMatchObject({ ok: false, reason: expect.stringMatching(/at offset 2\)/) });
  });
});
