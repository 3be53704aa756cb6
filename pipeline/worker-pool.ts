/**
 * A fixed pool of worker threads that run `runJob` (pipeline/process-job.ts): the calling thread
 * reads files and writes the database, the workers parse and extract. Jobs wait in a FIFO for a
 * free worker; a worker that dies fails its job and is replaced.
 */
import { Worker } from 'node:worker_threads';
import { failureToError, JobError, type Job, type JobFailure, type JobResult } from './process-job.js';

interface Pending {
  id: number;
  job: Job;
  resolve: (r: JobResult) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  busy?: Pending;
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
    const slot: Slot = { worker: new Worker(WORKER_ENTRY, { execArgv: [] }) };
    slot.worker.on('message', (m: { id?: number; ready?: boolean; result?: JobResult; failure?: JobFailure }) => {
      const pending = slot.busy;
      if (m.ready || !pending || m.id !== pending.id) return;
      slot.busy = undefined;
      if (m.result) pending.resolve(m.result);
      else pending.reject(failureToError(pending.job.path, m.failure ?? { input: false, message: 'internal error: no result' }));
      this.dispatch();
    });
    const die = (error: Error) => {
      if (slot.dead) return;
      slot.dead = true;
      const pending = slot.busy;
      slot.busy = undefined;
      pending?.reject(new JobError(`internal error: worker stopped (${error.message})`));
      if (this.closed) return;
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

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.busy || this.waiting.length === 0) continue;
      const pending = this.waiting.shift()!;
      slot.busy = pending;
      const bytes = pending.job.bytes;
      // The file's bytes move to the worker (no copy); the caller keeps only its sha256.
      const transfer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
      slot.worker.postMessage({ id: pending.id, job: pending.job }, transfer);
    }
  }
}
