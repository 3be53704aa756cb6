/**
 * One pass of ingest over the bench corpus in this thread, timed stage by stage: what
 * pipeline/ingest.ts does for a file (read, parse, normalize … events, record, load), with the
 * clock read between stages. Text sizes are the raw text's UTF-8 bytes; PDF and DOCX parsing
 * are also measured against the file bytes. Like ingest, the pass is one bulk load
 * (db/bulk-load.ts): 'load' includes the final checkpoint and any set-aside indexes built at the
 * end, which the per-report times do not.
 */
import { readFile } from 'node:fs/promises';
import { startBulkLoad } from '../../db/bulk-load.js';
import { loadReport } from '../../db/load.js';
import { now } from '../../pipeline/clock.js';
import { tuneCompiler } from '../../pipeline/compiler-tuning.js';
import type { Db } from '../../db/open.js';
import { processDoc } from '../../pipeline/index.js';
import { formatOf, parseBytes } from '../../pipeline/parse/index.js';
import { toRecord, type ReportRecord } from '../../pipeline/record.js';
import { sourceOfCopy } from './corpus.js';
import type { ReportTime } from './latency.js';

export interface StagePass {
  files: number;
  failed: number;
  /** Raw text bytes (UTF-8) processed, and the file bytes read. */
  textBytes: number;
  fileBytes: number;
  /** Milliseconds per stage, summed over files. */
  ms: Record<string, number>;
  /** Per format: files, file bytes, text bytes and parse milliseconds. */
  parse: Record<string, { files: number; fileBytes: number; textBytes: number; ms: number }>;
  /** Milliseconds from text to database (normalize … load) per .txt report, with its source and raw-text size. */
  perReport: ReportTime[];
  wallMs: number;
  cpuMs: number;
}

/** `keep`, when given, receives each report's rows as loaded (for loading them again on their own: load-alone.ts). */
export async function stagePass(db: Db, files: readonly string[], keep?: ReportRecord[]): Promise<StagePass> {
  tuneCompiler(); // as ingest does
  const pass: StagePass = { files: 0, failed: 0, textBytes: 0, fileBytes: 0, ms: {}, parse: {}, perReport: [], wallMs: 0, cpuMs: 0 };
  const add = (name: string, ms: number) => (pass.ms[name] = (pass.ms[name] ?? 0) + ms);
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  const bulk = startBulkLoad(db, { files: files.length });
  for (const path of files) {
    const format = formatOf(path)!;
    try {
      let t = now();
      const bytes = await readFile(path);
      add('read', now() - t);
      t = now();
      const doc = await parseBytes(path, format, bytes);
      const parseMs = now() - t;
      add('parse', parseMs);
      const textBytes = Buffer.byteLength(doc.raw);
      const p = (pass.parse[format] ??= { files: 0, fileBytes: 0, textBytes: 0, ms: 0 });
      p.files++;
      p.fileBytes += bytes.length;
      p.textBytes += textBytes;
      p.ms += parseMs;
      const t0 = now();
      const result = processDoc(doc, { timeExtractors: true });
      for (const [name, ms] of Object.entries(result.timings)) add(name, ms);
      t = now();
      const record = toRecord(path, result);
      add('record', now() - t);
      t = now();
      loadReport(db, record);
      add('load', now() - t);
      keep?.push(record);
      if (format === 'txt') pass.perReport.push({ source: sourceOfCopy(path), bytes: textBytes, ms: now() - t0 });
      pass.files++;
      pass.textBytes += textBytes;
      pass.fileBytes += bytes.length;
    } catch {
      pass.failed++;
    }
  }
  const t = now();
  bulk.end();
  add('load', now() - t);
  pass.wallMs = performance.now() - wall0;
  const cpu = process.cpuUsage(cpu0);
  pass.cpuMs = (cpu.user + cpu.system) / 1000;
  return pass;
}
