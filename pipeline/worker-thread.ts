/** The body of an ingest worker thread: jobs in, rows (or one failure) out. No database here. */
import { parentPort } from 'node:worker_threads';
import { describeFailure, runJob, type Job } from './process-job.js';

parentPort!.on('message', async (message: { id: number; job: Job }) => {
  try {
    parentPort!.postMessage({ id: message.id, result: await runJob(message.job) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, failure: describeFailure(error) });
  }
});
parentPort!.postMessage({ ready: true });
