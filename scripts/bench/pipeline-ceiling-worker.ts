/**
 * Body of a bench worker thread (scripts/bench/parallelism.ts): stages 2–6 over the same text
 * documents, again and again, with no database and nothing shared with other threads. It warms
 * up for `warmPasses`, then reports the milliseconds of `passes` more.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { processDoc } from '../../pipeline/index.js';
import { parseBytes } from '../../pipeline/parse/index.js';

const { paths, warmPasses, passes } = workerData as { paths: string[]; warmPasses: number; passes: number };
const docs = await Promise.all(paths.map((p) => parseBytes(p, 'txt', readFileSync(p))));
const pass = () => {
  for (const doc of docs) processDoc({ ...doc, messages: [] });
};
for (let i = 0; i < warmPasses; i++) pass();
parentPort!.postMessage('warm');
await new Promise((go) => parentPort!.once('message', go));
const t = performance.now();
for (let i = 0; i < passes; i++) pass();
parentPort!.postMessage(performance.now() - t);
