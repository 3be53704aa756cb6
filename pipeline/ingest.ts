/**
 * Ingest a batch of files into a knowledge base: each file is read, processed and loaded on its
 * own; a file that fails becomes one `path: reason` problem and the batch goes on.
 */
import { createHash } from 'node:crypto';
import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import PQueue from 'p-queue';
import { startBulkLoad } from '../db/bulk-load.js';
import { isLoaded, loadReport, type LoadStatus } from '../db/load.js';
import { DbError, settleAfterBatch, type Db } from '../db/open.js';
import { collectFiles } from './collect-files.js';
import { shownPath } from './fs-reasons.js';
import { tuneCompiler } from './compiler-tuning.js';
import { InputError } from './messages.js';
import { formatOf, readBytes, type ParseOptions } from './parse/index.js';
import { JobError, runJob, type Job, type JobResult } from './process-job.js';
import { JOBS_PER_WORKER, WorkerPool } from './worker-pool.js';

export interface IngestOptions extends ParseOptions {
  /**
   * Files processed at once. Above 1, parsing and stages 2–6 run in that many worker threads
   * while this thread reads files and writes the database (the one writer); 1 runs everything here.
   */
  concurrency?: number;
  onFile?: (event: FileEvent) => void;
  /** Called once the file list is known. */
  onStart?: (total: number) => void;
  /** Take a file instead of its already loaded twin (the same document as .pdf and .txt, say) rather than skip it. */
  replace?: boolean;
  /** Load twins as reports of their own (the bench, whose copies are twins on purpose). */
  keepTwins?: boolean;
}

export interface FileEvent {
  path: string;
  status: LoadStatus | 'failed';
  reason?: string;
  mentions?: number;
  /** What the pipeline warned about (the file was still ingested). */
  warnings?: string[];
  ms: number;
}

export interface IngestSummary {
  files: number;
  counts: Record<LoadStatus | 'failed', number>;
  failures: Array<{ path: string; reason: string }>;
}

export async function ingest(db: Db, paths: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  tuneCompiler();
  const { files, problems } = await collectFiles(paths);
  const summary: IngestSummary = { files: files.length + problems.length, counts: { added: 0, replaced: 0, unchanged: 0, duplicate: 0, failed: 0 }, failures: [] };
  options.onStart?.(summary.files);
  const fail = (path: string, reason: string, ms = 0) => {
    summary.counts.failed++;
    summary.failures.push({ path: shownPath(path), reason: oneLine(reason) });
    options.onFile?.({ path: shownPath(path), status: 'failed', reason: oneLine(reason), ms });
  };
  for (const p of problems) fail(p.path, p.reason);
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 1));
  // Worker threads pay for themselves only when there is more than one file to share out.
  const pool = concurrency > 1 && files.length > 1 ? new WorkerPool(Math.min(concurrency, files.length)) : undefined;
  const work = pool ? (job: Job) => pool.run(job) : runJob;
  // With workers, files in flight: those the workers hold (JOBS_PER_WORKER each), and one more per
  // worker whose rows wait to be loaded while this thread loads another's.
  const queue = new PQueue({ concurrency: pool ? (JOBS_PER_WORKER + 1) * pool.size : concurrency });
  const bulk = startBulkLoad(db, { files: files.length });
  for (const path of files) {
    void queue.add(async () => {
      const t0 = performance.now();
      try {
        const event = await ingestOne(db, path, options, work);
        summary.counts[event.status]++;
        options.onFile?.({ ...event, path: shownPath(event.path), reason: event.reason === undefined ? undefined : oneLine(event.reason), ms: performance.now() - t0 });
      } catch (error) {
        fail(path, failureReason(error), performance.now() - t0);
      }
    });
  }
  try {
    await queue.onIdle();
  } finally {
    await pool?.close();
    bulk.end();
    settleAfterBatch(db);
  }
  summary.failures.sort((a, b) => a.path.localeCompare(b.path));
  return summary;
}

async function ingestOne(db: Db, path: string, options: IngestOptions, work: (job: Job) => Promise<JobResult>): Promise<Omit<FileEvent, 'ms'>> {
  const format = formatOf(path);
  if (!format) throw new InputError(path, `unsupported file type (reportkb reads .txt, .pdf, .docx)`);
  const bytes = await readBytes(path, options);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const known = isLoaded(db, sha256);
  if (known) {
    const same = known.realPath === (await realpath(path).catch(() => resolve(path)));
    return { path, status: same ? 'unchanged' : 'duplicate', reason: same ? undefined : `same content as ${known.path}` };
  }
  const { record, mentions, warnings } = await work({ path, format, bytes, maxBytes: options.maxBytes });
  record.realPath = await realpath(path).catch(() => resolve(path));
  const loaded = loadReport(db, record, { replace: options.replace, keepTwins: options.keepTwins });
  const reason = loaded.twin ? `duplicate of report ${loaded.reportId} (${loaded.duplicateOf}${loaded.twinBy ? `: ${loaded.twinBy}` : ''}); skipped, --replace takes this file instead` : loaded.duplicateOf ? `same content as ${loaded.duplicateOf}` : undefined;
  return { path, status: loaded.status, mentions, warnings, reason };
}

/** Why a file failed, in one line: the reason of an input or database problem, never a stack. */
function failureReason(error: unknown): string {
  if (error instanceof InputError || error instanceof JobError || error instanceof DbError) return error.message;
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) return databaseReason(code, error as Error);
  return `internal error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
}

/** A database failure while loading one file. */
function databaseReason(code: string, error: Error): string {
  if (code.startsWith('SQLITE_READONLY')) return 'cannot write the database: it or its folder is read-only (give --db a writable file)';
  if (code === 'SQLITE_FULL') return 'cannot write the database: the disk is full';
  if (code.startsWith('SQLITE_IOERR')) return `cannot write the database: input/output error (${code})`;
  if (code.startsWith('SQLITE_BUSY')) return 'the database stayed locked by another process; try again once it finishes';
  return `database error (${code}): ${error.message}`;
}

/** Any text as one line: line breaks and other control characters escaped. */
const oneLine = (text: string): string => shownPath(text);
