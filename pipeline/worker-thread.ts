/**
 * The body of an ingest worker thread: jobs in, rows (or one failure) out. No database here.
 * The pool may post the next job before this one is done (worker-pool.ts); jobs run one at a
 * time, in the order they came, so the oldest job held is always the one running.
 */
import { parentPort } from 'node:worker_threads';
import { describeFailure, runJob, type Job } from './process-job.js';

interface JobMessage {
  id: number;
  job: Job;
}

const queue: JobMessage[] = [];
let running = false;

parentPort!.on('message', (message: JobMessage) => {
  queue.push(message);
  if (!running) void runQueued();
});

async function runQueued(): Promise<void> {
  running = true;
  for (let message = queue.shift(); message; message = queue.shift()) {
    try {
      parentPort!.postMessage({ id: message.id, result: await runJob(message.job) });
    } catch (error) {
      parentPort!.postMessage({ id: message.id, failure: describeFailure(error) });
    }
  }
  running = false;
}

parentPort!.postMessage({ ready: true });
