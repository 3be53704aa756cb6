/**
 * The CPU-bound part of ingesting one file, bytes → the rows to load (parse, stages 2–6, record):
 * the same function runs in the calling thread or in a worker (pipeline/worker-pool.ts), so a
 * file gives the same rows either way.
 */
import type { SourceFormat } from './document.js';
import { processDoc } from './index.js';
import { InputError } from './messages.js';
import { parseBytes } from './parse/index.js';
import { toRecord, type ReportRecord } from './record.js';

export interface Job {
  path: string;
  format: SourceFormat;
  bytes: Uint8Array;
  /** The size limit (--max-size), which also bounds the text a .docx expands to. */
  maxBytes?: number;
}

export interface JobResult {
  record: ReportRecord;
  mentions: number;
  /** The pipeline's warnings about the file (e.g. read as Latin-1), one sentence each. */
  warnings: string[];
}

/** What a failed job sends back across a thread: an InputError stays an InputError. */
export interface JobFailure {
  input: boolean;
  message: string;
}

export async function runJob(job: Job): Promise<JobResult> {
  const doc = await parseBytes(job.path, job.format, job.bytes, job.maxBytes);
  const result = processDoc(doc);
  const warnings = doc.messages.filter((m) => m.severity !== 'info').map((m) => m.reason);
  return { record: toRecord(job.path, result), mentions: result.mentions.length, warnings };
}

export function describeFailure(error: unknown): JobFailure {
  if (error instanceof InputError) return { input: true, message: error.message };
  return { input: false, message: `internal error: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`.replace(/\s*\n\s*/g, ' ') };
}

export function failureToError(path: string, failure: JobFailure): Error {
  return failure.input ? new InputError(path, failure.message) : new JobError(failure.message);
}

/** An internal error raised in a worker, its message already in the `internal error: …` form. */
export class JobError extends Error {
  override name = 'JobError';
}
