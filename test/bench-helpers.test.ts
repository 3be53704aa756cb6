/**
 * The bench's own arithmetic: per-report latency summed up, the corpus split in halves for the
 * two-process run, and the database's share loaded alone (scripts/bench/). No timing is asserted;
 * these are the figures' definitions.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCorpus, sourceOfCopy, variedParagraph } from '../scripts/bench/corpus.js';
import { reportLatency } from '../scripts/bench/latency.js';
import { splitInHalves } from '../scripts/bench/ingest-child.js';
import { loadAlone } from '../scripts/bench/load-alone.js';
import { openDb } from '../db/open.js';
import { runJob } from '../pipeline/process-job.js';
import type { ReportRecord } from '../pipeline/record.js';
import { ROOT, tempDir } from './helpers.js';

describe('reportLatency', () => {
  it('gives the median and p95 of all reports and the copies of the largest one, by source', () => {
    const reports = [
      { source: 'a.txt', bytes: 1000, ms: 5 },
      { source: 'big.txt', bytes: 84_500, ms: 40 },
      { source: 'b.txt', bytes: 2000, ms: 7 },
      { source: 'big.txt', bytes: 84_560, ms: 31 }, // a copy of the largest, a marker line longer
      { source: 'big.txt', bytes: 84_530, ms: 45 },
      { source: 'other.txt', bytes: 84_400, ms: 20 }, // about as large, but another report
    ];
    expect(reportLatency(reports)).toEqual({
      reports: 6,
      medianMs: 31,
      p95Ms: 45,
      largest: { source: 'big.txt', bytes: 84_560, copies: 3, bestMs: 31, medianMs: 40 },
    });
  });

  it('is all zeros for no reports', () => {
    expect(reportLatency([])).toEqual({ reports: 0, medianMs: 0, p95Ms: 0, largest: { source: '', bytes: 0, copies: 0, bestMs: 0, medianMs: 0 } });
  });
});

describe('sourceOfCopy', () => {
  it('takes the copy number off the name of a copy', () => {
    expect(sourceOfCopy('/tmp/corpus/0007-oas-report.txt')).toBe('oas-report.txt');
    expect(sourceOfCopy('/tmp/corpus/2024-report.txt')).toBe('report.txt');
  });
});

describe('splitInHalves', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('puts every other file in each half, each file once', () => {
    dir = tempDir('reportkb-split-');
    const files = ['a', 'b', 'c', 'd', 'e'].map((n) => {
      const path = join(dir!, `${n}.txt`);
      writeFileSync(path, n);
      return path;
    });
    const [one, two] = splitInHalves(files, join(dir, 'out'));
    expect(readdirSync(one).sort()).toEqual(['a.txt', 'c.txt', 'e.txt']);
    expect(readdirSync(two).sort()).toEqual(['b.txt', 'd.txt']);
  });
});

describe('loadAlone', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('loads the same rows into a fresh database each run and gives the best time', async () => {
    dir = tempDir('reportkb-load-alone-');
    const records: ReportRecord[] = [];
    for (const name of ['dps-2014-numbered.txt', 'sms-2011-agency-parts.txt']) {
      const path = join(ROOT, 'fixtures/texts', name);
      records.push((await runJob({ path, format: 'txt', bytes: readFileSync(path) })).record);
    }
    const ms = loadAlone(records, dir, 2);
    expect(Number.isFinite(ms) && ms >= 0).toBe(true);
    for (const run of [0, 1]) {
      const db = openDb(join(dir, `load-alone-${run}.sqlite`));
      const counts = db.prepare('SELECT (SELECT count(*) FROM reports) AS reports, (SELECT count(*) FROM mentions) AS mentions').get();
      db.close();
      expect(counts).toEqual({ reports: 2, mentions: records.reduce((n, r) => n + r.mentions.length, 0) });
    }
  });
});

describe('the varied corpus', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('gives every copy names no other copy has, long enough to be kept as slices', () => {
    const names = (n: number) => variedParagraph(n).match(/\b[QRSTUV][a-z]+ovanichev\b/g) ?? [];
    expect(names(0)).toHaveLength(7);
    for (const word of names(3)) expect(word.length).toBeGreaterThanOrEqual(13);
    const seen = new Set<string>();
    for (let n = 0; n < 2000; n++) for (const word of new Set(names(n))) {
      expect(seen.has(word)).toBe(false);
      seen.add(word);
    }
  });

  it('adds the paragraph to the .txt copies only, each its own', () => {
    dir = tempDir('reportkb-varied-');
    const corpus = buildCorpus(ROOT, dir, 1, ['txt'], true);
    const texts = corpus.files.map((f) => readFileSync(f, 'utf8'));
    texts.forEach((text, n) => expect(text).toContain(variedParagraph(n)));
    const plain = buildCorpus(ROOT, join(dir, 'plain'), 1, ['txt']);
    expect(readFileSync(plain.files[0]!, 'utf8')).not.toContain('ovanichev');
  });
});
