/**
 * One `ingest` of a folder into a fresh database, in its own process so that its peak RSS is its
 * own: `node dist/scripts/bench/ingest-run.js <db> <concurrency> <folder>` (or the .ts with tsx)
 * prints one JSON line. `wallMs` is the ingest alone; `processMs` also counts this process's
 * start-up (loading the modules), as a user running `reportkb ingest` waits for it.
 */
import { openDb } from '../../db/open.js';
import { ingest } from '../../pipeline/ingest.js';

const [dbPath, concurrency, folder] = process.argv.slice(2);
const db = openDb(dbPath!);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const summary = await ingest(db, [folder!], { concurrency: Number(concurrency) });
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const fts = db.prepare(`SELECT count(*) AS n FROM paragraphs_fts WHERE paragraphs_fts MATCH 'security'`).get() as { n: number };
db.close();
process.stdout.write(
  `${JSON.stringify({ wallMs, processMs: performance.now(), cpuMs: (cpu.user + cpu.system) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024, counts: summary.counts, failures: summary.failures.slice(0, 5), ftsHits: fts.n })}\n`,
);
