/**
 * How much parallel CPU the machine gives right now: the same busy loop in 1 and in 2 worker
 * threads. On an idle 2-core machine the ratio is ~2×; on a shared one it can be ~1×, and no
 * `--concurrency` can do better than it.
 */
import { Worker } from 'node:worker_threads';

const LOOP = `let x = 0; for (let i = 0; i < 3e8; i++) x += i % 7; require('node:worker_threads').parentPort.postMessage(x);`;

async function wall(threads: number): Promise<number> {
  const t = performance.now();
  await Promise.all(Array.from({ length: threads }, () => new Promise((done) => new Worker(LOOP, { eval: true }).once('message', done))));
  return performance.now() - t;
}

/** Throughput of 2 threads over 1 (2 = two free cores). */
export async function availableParallelism(): Promise<number> {
  const one = Math.min(await wall(1), await wall(1));
  const two = Math.min(await wall(2), await wall(2));
  return (2 * one) / two;
}
