/**
 * How much parallel CPU the machine gives right now, measured two ways, each in 1 and in 2 worker
 * threads that share nothing:
 *  - a busy loop (registers only): ~2× on two free cores, ~1× on a shared machine;
 *  - reportkb's own stages 2–6 over the same text documents, warmed up first. This work allocates
 *    and reads memory all the time, so two threads can get less than the busy loop's ratio; it is
 *    the ceiling for `--concurrency 2`, which also has one thread loading the database and each
 *    worker warming up on its own.
 */
import { Worker } from 'node:worker_threads';

const LOOP = `let x = 0; for (let i = 0; i < 3e8; i++) x += i % 7; require('node:worker_threads').parentPort.postMessage(x);`;

async function wall(threads: number): Promise<number> {
  const t = performance.now();
  await Promise.all(Array.from({ length: threads }, () => new Promise((done) => new Worker(LOOP, { eval: true }).once('message', done))));
  return performance.now() - t;
}

/** Throughput of 2 threads over 1 on a busy loop (2 = two free cores). */
export async function availableParallelism(): Promise<number> {
  const one = Math.min(await wall(1), await wall(1));
  const two = Math.min(await wall(2), await wall(2));
  return (2 * one) / two;
}

/** Milliseconds until the slowest of `threads` workers has run its measured passes, started together once all are warm. */
async function pipelineWall(worker: URL, threads: number, paths: string[]): Promise<number> {
  const workers = Array.from({ length: threads }, () => new Worker(worker, { workerData: { paths, warmPasses: 3, passes: 4 } }));
  try {
    await Promise.all(workers.map((w) => new Promise((warm) => w.once('message', warm))));
    const done = workers.map((w) => new Promise<number>((ms, fail) => w.once('message', ms).once('error', fail)));
    for (const w of workers) w.postMessage('go');
    return Math.max(...(await Promise.all(done)));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * Throughput of 2 threads over 1 running stages 2–6 on `paths` (.txt files), or undefined when
 * this bench runs from the TypeScript sources (a worker thread needs the compiled code).
 */
export async function pipelineParallelism(paths: string[]): Promise<number | undefined> {
  if (!import.meta.url.endsWith('.js')) return undefined;
  const worker = new URL('./pipeline-ceiling-worker.js', import.meta.url);
  const one = Math.min(await pipelineWall(worker, 1, paths), await pipelineWall(worker, 1, paths));
  const two = Math.min(await pipelineWall(worker, 2, paths), await pipelineWall(worker, 2, paths));
  return (2 * one) / two;
}
