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
import type { Db } from '../db/open.js';
import { collectFiles } from './collect-files.js';
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
    summary.failures.push({ path, reason });
    options.onFile?.({ path, status: 'failed', reason, ms });
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
        options.onFile?.({ ...event, ms: performance.now() - t0 });
      } catch (error) {
        fail(path, error instanceof InputError || error instanceof JobError ? error.message : `internal error: ${(error as Error)?.stack?.split('\n').slice(0, 2).join(' ') ?? String(error)}`, performance.now() - t0);
      }
    });
  }
  try {
    await queue.onIdle();
  } finally {
    await pool?.close();
    bulk.end();
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
  const { record, mentions, warnings } = await work({ path, format, bytes });
  record.realPath = await realpath(path).catch(() => resolve(path));
  const loaded = loadReport(db, record, { replace: options.replace, keepTwins: options.keepTwins });
  const reason = loaded.twin ? `duplicate of report ${loaded.reportId} (${loaded.duplicateOf}); skipped, --replace takes this file instead` : loaded.duplicateOf ? `same content as ${loaded.duplicateOf}` : undefined;
  return { path, status: loaded.status, mentions, warnings, reason };
}
