/**
 * One `ingest` of a folder into a fresh database, in its own process so that its peak RSS is its
 * own: `node dist/scripts/bench/ingest-run.js <db> <concurrency> <folder>` (or the .ts with tsx)
 * prints one JSON line. `wallMs` is the ingest alone; `processMs` also counts this process's
 * start-up (loading the modules), as a user running `reportkb ingest` waits for it. `latency`:
 * the wall time of each .txt report from read to rows committed (the ingest's own per-file time,
 * with no stage timers in it), as a user of `--concurrency 1` waits for one report of a batch.
 */
import { statSync } from 'node:fs';
import { openDb } from '../../db/open.js';
import { ingest, type FileEvent } from '../../pipeline/ingest.js';
import { reportLatency } from './latency.js';

const [dbPath, concurrency, folder] = process.argv.slice(2);
const db = openDb(dbPath!);
const events: FileEvent[] = [];
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const summary = await ingest(db, [folder!], { concurrency: Number(concurrency), onFile: (e) => events.push(e) });
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const fts = db.prepare(`SELECT count(*) AS n FROM paragraphs_fts WHERE paragraphs_fts MATCH 'security'`).get() as { n: number };
db.close();
const txt = events.filter((e) => e.status === 'added' && e.path.toLowerCase().endsWith('.txt')).map((e) => ({ bytes: statSync(e.path).size, ms: e.ms }));
process.stdout.write(
  `${JSON.stringify({ wallMs, processMs: performance.now(), cpuMs: (cpu.user + cpu.system) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024, counts: summary.counts, failures: summary.failures.slice(0, 5), ftsHits: fts.n, latency: reportLatency(txt) })}\n`,
);
