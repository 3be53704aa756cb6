/**
 * A fixed pool of worker threads that run `runJob` (pipeline/process-job.ts): the calling thread
 * reads files and writes the database, the workers parse and extract. Jobs wait in a FIFO; each
 * worker holds up to JOBS_PER_WORKER of them and runs them one after another, so that it starts
 * its next job at once instead of waiting, idle, until the calling thread has finished loading a
 * report and comes back to hand it one. A worker that dies fails the job it was running (its
 * oldest) and is replaced; the jobs it held behind that one go back to the front of the FIFO.
 */
import { Worker } from 'node:worker_threads';
import { failureToError, JobError, type Job, type JobFailure, type JobResult } from './process-job.js';

interface Pending {
  id: number;
  job: Job;
  resolve: (r: JobResult) => void;
  reject: (e: Error) => void;
}

/** Jobs a worker holds at once: the one it runs and the next. */
export const JOBS_PER_WORKER = 2;

interface Slot {
  worker: Worker;
  /** Posted to the worker, oldest first; the worker runs them in this order. */
  held: Pending[];
  dead?: boolean;
}

// Compiled (dist/, plain JavaScript) the worker body loads as it is; from the TypeScript sources it
// needs the tsx loader first (worker-bootstrap.mjs), as bin/reportkb.js does.
const WORKER_ENTRY = import.meta.url.endsWith('.js') ? new URL('./worker-thread.js', import.meta.url) : new URL('./worker-bootstrap.mjs', import.meta.url);

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Pending[] = [];
  private nextId = 0;
  private closed = false;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  run(job: Job): Promise<JobResult> {
    if (this.closed) return Promise.reject(new JobError('internal error: worker pool closed'));
    return new Promise((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, job, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(WORKER_ENTRY, { execArgv: [] }), held: [] };
    slot.worker.on('message', (m: { id?: number; ready?: boolean; result?: JobResult; failure?: JobFailure }) => {
      const pending = slot.held[0];
      if (m.ready || !pending || m.id !== pending.id) return;
      slot.held.shift();
      if (m.result) pending.resolve(m.result);
      else pending.reject(failureToError(pending.job.path, m.failure ?? { input: false, message: 'internal error: no result' }));
      this.dispatch();
    });
    const die = (error: Error) => {
      if (slot.dead) return;
      slot.dead = true;
      const [pending, ...behind] = slot.held;
      slot.held = [];
      pending?.reject(new JobError(`internal error: worker stopped (${error.message})`));
      if (this.closed) {
        // No worker will take them again: they fail too rather than wait for ever.
        for (const p of behind) p.reject(new JobError('internal error: worker pool closed'));
        return;
      }
      for (let i = behind.length - 1; i >= 0; i--) this.waiting.unshift(behind[i]!);
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.spawn();
      this.dispatch();
    };
    slot.worker.on('error', die);
    slot.worker.on('exit', (code) => {
      if (!this.closed) die(new Error(`exit code ${code}`));
    });
    return slot;
  }

  /** Idle workers get a job first; then each gets a next one to hold. */
  private dispatch(): void {
    for (let depth = 1; depth <= JOBS_PER_WORKER; depth++) {
      for (const slot of this.slots) {
        if (slot.held.length < depth && this.waiting.length > 0) this.post(slot, this.waiting.shift()!);
      }
    }
  }

  private post(slot: Slot, pending: Pending): void {
    slot.held.push(pending);
    const bytes = pending.job.bytes;
    // The file's bytes move to the worker (no copy); the caller keeps only its sha256.
    const transfer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
    slot.worker.postMessage({ id: pending.id, job: pending.job }, transfer);
  }
}
