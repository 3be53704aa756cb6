/**
 * One `ingest` of a folder into a fresh database, in its own process so that its peak RSS is its
 * own: `node dist/scripts/bench/ingest-run.js <db> <concurrency> <folder>` (or the .ts with tsx)
 * prints one JSON line. `wallMs` is the ingest alone; `processMs` also counts this process's
 * start-up (loading the modules), as a user running `reportkb ingest` waits for it. `latency`:
 * the wall time of each .txt report from read to rows committed (the ingest's own per-file time),
 * as a user of `--concurrency 1` waits for one report of a batch, without the stage pass's clock
 * reads around each extractor on each block.
 */
import { statSync } from 'node:fs';
import { openDb } from '../../db/open.js';
import { ingest } from '../../pipeline/ingest.js';
import { sourceOfCopy } from './corpus.js';
import { reportLatency, type ReportTime } from './latency.js';

const [dbPath, concurrency, folder] = process.argv.slice(2);
const db = openDb(dbPath!);
const added: Array<{ path: string; ms: number }> = [];
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const onFile = (e: { path: string; status: string; ms: number }) => {
  if (e.status === 'added' && e.path.toLowerCase().endsWith('.txt')) added.push({ path: e.path, ms: e.ms });
};
// The bench's copies of one report in three formats are twins on purpose: load each, as before twins were found.
const summary = await ingest(db, [folder!], { concurrency: Number(concurrency), onFile, keepTwins: true });
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const fts = db.prepare(`SELECT count(*) AS n FROM paragraphs_fts WHERE paragraphs_fts MATCH 'security'`).get() as { n: number };
db.close();
const txt: ReportTime[] = added.map((a) => ({ source: sourceOfCopy(a.path), bytes: statSync(a.path).size, ms: a.ms }));
process.stdout.write(
  `${JSON.stringify({ wallMs, processMs: performance.now(), cpuMs: (cpu.user + cpu.system) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024, counts: summary.counts, failures: summary.failures.slice(0, 5), ftsHits: fts.n, latency: reportLatency(txt) })}\n`,
);
