/**
 * `npm run bench [-- --mb 5 --runs 3 --concurrency 1,2 --scale 50]`: where ingest spends its time, and how
 * reportkb compares with the libraries a user would otherwise pick.
 *
 *  1. builds a corpus of at least --mb MB of distinct copies of the shared report and the fixtures
 *     (scripts/bench/corpus.ts) in a temporary folder;
 *  2. warms up, then ingests it stage by stage into a fresh database in this thread
 *     (scripts/bench/stages.ts): ms and MB/s per stage, per extractor, PDF/DOCX parsing alone;
 *     then loads the same rows again into another fresh database, nothing else in between
 *     (scripts/bench/load-alone.ts): the database's share alone, which no ingest can beat;
 *  3. runs chrono-node (dates) and compromise (places, organizations) paragraph by paragraph on the
 *     same documents, best of --runs, and scores them and us on the gold files (scripts/bench/peers.ts);
 *  4. runs `ingest` end to end in a child process per corpus (text only: the "text → database"
 *     measure; mixed: with PDF and DOCX; --scale: larger text corpora; varied: as large as the
 *     largest, each report with names of its own) and --concurrency (fresh
 *     database each): MB/s, reports/s, CPU time, peak RSS, and each .txt report's time from read to
 *     rows committed; for a text corpus, also two processes at once with half of it each
 *     (scripts/bench/ingest-child.ts): the files split two ways, nothing shared.
 *
 * `npm run bench` runs it compiled (dist/, built first when stale), as `reportkb` runs.
 *
 * Prints tables and writes bench-out/bench.json.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath as fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDb } from '../db/open.js';
import { now, useCpuClock } from '../pipeline/clock.js';
import { processDoc, toGold, type Processed } from '../pipeline/index.js';
import type { GoldFile, GoldMention } from '../pipeline/gold.js';
import { parseBytes } from '../pipeline/parse/index.js';
import type { ReportRecord } from '../pipeline/record.js';
import { score } from './eval/score.js';
import { loadGold } from './eval/load-gold.js';
import { prf } from './eval/ratios.js';
import { buildCorpus, findSources } from './bench/corpus.js';
import { describeMachine, machine } from './bench/machine.js';
import { chronoDates, compromisePlacesOrgs, lenient, type PeerFinder } from './bench/peers.js';
import { availableParallelism } from './bench/parallelism.js';
import { reportLatency } from './bench/latency.js';
import { runIngest, splitRun, type IngestRunner, type IngestRunResult } from './bench/ingest-child.js';
import { loadAlone } from './bench/load-alone.js';
import { stagePass } from './bench/stages.js';
import { fmt, mbps, table } from './bench/table.js';
import { projectRoot } from '../pipeline/project-root.js';
import { shapesMain } from './bench-shapes.js';

const root = projectRoot();
const BENCH_OPTIONS = {
  mb: { type: 'string', default: '5' },
  runs: { type: 'string', default: '3' },
  concurrency: { type: 'string', default: '1,2' },
  /** Extra sizes (MB) of the text-only corpus ingested end to end, to see peak RSS stay flat. */
  scale: { type: 'string', default: '' },
  out: { type: 'string', default: join(root, 'bench-out/bench.json') },
  keep: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;
const USAGE = 'usage: npm run bench [-- --mb 5 --runs 3 --concurrency 1,2 --scale 20,50 --out FILE --keep]';
// `npm run bench -- --shapes [--chars N --runs N --only a,b]`: only the input-shape linearity bench (scripts/bench-shapes.ts).
if (process.argv.includes('--shapes')) process.exit(shapesMain(process.argv.slice(2).filter((a) => a !== '--shapes')));

function parseBenchArgs() {
  try {
    return parseArgs({ options: BENCH_OPTIONS }).values;
  } catch (error) {
    // A wrong option is one line and the usage, not a stack trace.
    process.stderr.write(`Error: ${(error as Error).message}\n${USAGE}\n`);
    process.exit(1);
  }
}
const args = parseBenchArgs();
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const say = (text: string) => process.stdout.write(`${text}\n`);
const runs = Math.max(1, Number(args.runs) || 3);
useCpuClock();
const host = machine();
say(`reportkb bench — ${describeMachine(host)}`);

// 1. corpus
const work = mkdtempSync(join(tmpdir(), 'reportkb-bench-'));
const corpus = buildCorpus(root, join(work, 'corpus'), Number(args.mb) * 1e6);
say(`corpus: ${corpus.files.length} files, ${fmt(corpus.bytes / 1e6)} MB, copies of ${corpus.sources.length} sources${corpus.shared ? '' : ' (../shared not found: fixtures only)'} in ${corpus.dir}`);

// 2. stages: warm up on one copy of each source, then the measured pass into a fresh database
{
  const warm = openDb(':memory:');
  await stagePass(warm, corpus.files.slice(0, corpus.sources.length));
  warm.close();
}
const db = openDb(join(work, 'stages.sqlite'));
const kept: ReportRecord[] = [];
const pass = await stagePass(db, corpus.files, kept);
db.close();
const loadAloneMs = loadAlone(kept, work, runs);
kept.length = 0;
const stageOrder = ['read', 'parse', 'normalize', 'segment', 'period', 'extract:prepare', 'extract:article', 'extract:date', 'extract:country', 'extract:place', 'extract:organization', 'extract:person', 'extract:participants', 'extract', 'events', 'record', 'load'];
const stageRows = [...stageOrder.filter((s) => s in pass.ms), ...Object.keys(pass.ms).filter((s) => !stageOrder.includes(s))].map((name) => ({
  stage: name,
  ms: pass.ms[name]!,
  mbps: mbps(pass.textBytes, pass.ms[name]!),
}));
const textToDb = ['normalize', 'segment', 'period', 'extract', 'events', 'record', 'load'].reduce((s, k) => s + (pass.ms[k] ?? 0), 0);
say(`\nStages, one thread, ${pass.files} reports, ${fmt(pass.textBytes / 1e6)} MB of text (CPU ms; MB/s of raw text; 'extract' is the sum of its extractors and prepare):`);
say(table(['stage', 'ms', 'MB/s', 'share'], stageRows.map((r) => [r.stage, r.ms, r.mbps, `${fmt((100 * r.ms) / pass.wallMs)}%`])));
say(`text → database (normalize … load): ${fmt(mbps(pass.textBytes, textToDb))} MB/s; whole pass ${fmt(mbps(pass.fileBytes, pass.wallMs))} MB/s of files, ${fmt(pass.files / (pass.wallMs / 1000))} reports/s, CPU ${fmt(pass.cpuMs)} ms over ${fmt(pass.wallMs)} ms wall`);
say(
  `the database alone (the same rows loaded again into a fresh database, best of ${runs}): ${fmt(loadAloneMs)} ms, ${fmt(mbps(pass.textBytes, loadAloneMs))} MB/s of text: ingest into this schema runs no faster, however fast the rest`,
);
say('\nParsing by format (MB/s of file bytes):');
say(table(['format', 'files', 'file MB', 'text MB', 'ms', 'MB/s'], Object.entries(pass.parse).map(([f, p]) => [f, String(p.files), p.fileBytes / 1e6, p.textBytes / 1e6, p.ms, mbps(p.fileBytes, p.ms)])));
const latency = reportLatency(pass.perReport);
say(`.txt report, text → database, in this stage pass (its per-block CPU-clock reads included): median ${fmt(latency.medianMs)} ms, p95 ${fmt(latency.p95Ms)} ms; the largest (${fmt(latency.largest.bytes / 1000)} KB) best ${fmt(latency.largest.bestMs)} ms`);

// 3. peers, on one copy of each source (the same text), best of `runs`
const docs: Processed[] = [];
for (const s of findSources(root).sources) {
  try {
    docs.push(processDoc(await parseBytes(s.path, s.format, s.bytes)));
  } catch {
    /* a source that fails is left out */
  }
}
const peerBytes = docs.reduce((n, d) => n + Buffer.byteLength(d.doc.raw), 0);
const best = (run: () => void): number => {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = now();
    run();
    min = Math.min(min, now() - t);
  }
  return min;
};
const ours = { date: Infinity, place: Infinity, organization: Infinity, extract: Infinity };
for (let i = 0; i < runs; i++) {
  const sum = { date: 0, place: 0, organization: 0, extract: 0 };
  for (const d of docs) {
    const t = processDoc(d.doc, { timeExtractors: true }).timings;
    sum.date += t['extract:date'] ?? 0;
    sum.place += t['extract:place'] ?? 0;
    sum.organization += t['extract:organization'] ?? 0;
    sum.extract += t['extract'] ?? 0;
  }
  for (const k of Object.keys(ours) as Array<keyof typeof ours>) ours[k] = Math.min(ours[k], sum[k]);
}
const peers: Record<string, PeerFinder> = { 'chrono-node (dates)': chronoDates, 'compromise (places+orgs)': compromisePlacesOrgs };
const peerMs: Record<string, number> = {};
for (const [name, find] of Object.entries(peers)) peerMs[name] = best(() => docs.forEach((d) => find(d.doc, d.period)));

// accuracy on gold
const goldDir = existsSync(resolve(root, '../shared/gold')) ? resolve(root, '../shared/gold') : join(root, 'fixtures/gold');
const golds = readdirSync(goldDir).filter((f) => f.endsWith('.gold.json')).map((f) => join(goldDir, f));
const acc: Record<string, Record<string, { tp: number; fp: number; fn: number }>> = {};
const addScore = (who: string, type: string, gold: GoldFile, mentions: GoldMention[]) => {
  const pred: GoldFile = { ...gold, headings: [], events: [], mentions };
  const c = score(gold, pred).types[type as 'date'].value;
  const a = ((acc[who] ??= {})[type] ??= { tp: 0, fp: 0, fn: 0 });
  a.tp += c.tp;
  a.fp += c.fp;
  a.fn += c.fn;
};
for (const path of golds) {
  const { loaded } = await loadGold(path);
  if (!loaded) continue;
  const { gold, documentPath } = loaded;
  const format = documentPath.endsWith('.pdf') ? 'pdf' : documentPath.endsWith('.docx') ? 'docx' : 'txt';
  const result = processDoc(await parseBytes(documentPath, format, await import('node:fs').then((fs) => fs.readFileSync(documentPath))));
  const mine = toGold(result, documentPath).mentions;
  const chronoFound = chronoDates(result.doc, result.period);
  const compromiseFound = compromisePlacesOrgs(result.doc, result.period);
  for (const type of ['date', 'place', 'organization']) addScore('reportkb', type, gold, mine.filter((m) => m.type === type));
  for (const type of ['place', 'organization']) addScore('reportkb (lenient)', type, gold, mine.filter((m) => m.type === type).map((m) => lenient(gold, m)));
  addScore('chrono-node', 'date', gold, chronoFound);
  for (const type of ['place', 'organization']) addScore('compromise (lenient)', type, gold, compromiseFound.filter((m) => m.type === type).map((m) => lenient(gold, m)));
}
const f1 = (who: string, type: string) => (acc[who]?.[type] ? prf(acc[who][type]) : undefined);
const peerRows = [
  ['reportkb date extractor', ours.date, f1('reportkb', 'date')],
  ['chrono-node, paragraph by paragraph', peerMs['chrono-node (dates)']!, f1('chrono-node', 'date')],
  ['reportkb place + organization extractors', ours.place + ours.organization, undefined],
  ['compromise .places() + .organizations()', peerMs['compromise (places+orgs)']!, undefined],
  ['reportkb, all extractors', ours.extract, undefined],
] as const;
say(`\nPeers on the same ${docs.length} documents (${fmt(peerBytes / 1e6)} MB of text), best of ${runs}; value F1 on ${golds.length} gold file(s) in ${goldDir}:`);
say(table(['who', 'ms', 'MB/s', 'value F1 (P/R)'], peerRows.map(([w, ms, s]) => [w, ms, mbps(peerBytes, ms), s ? `${s.f1.toFixed(3)} (${s.p.toFixed(2)}/${s.r.toFixed(2)})` : ''])));
const f1Rows = ['place', 'organization'].flatMap((type) =>
  ['reportkb', 'reportkb (lenient)', 'compromise (lenient)'].map((who) => {
    const s = f1(who, type);
    return [`${type}: ${who}`, s ? s.f1.toFixed(3) : '—', s ? `${s.p.toFixed(2)}/${s.r.toFixed(2)}` : '', s ? `${s.tp}/${s.fp}/${s.fn}` : ''];
  }),
);
say(table(['value F1', 'F1', 'P/R', 'tp/fp/fn'], f1Rows));
say('(compromise-dates is not installed: compromise is compared on places and organizations only. Lenient: a span takes the gold value it names — value, text, or place name before ", ISO3" — case/accent-folded.)');

// 4. end to end, child processes, one per corpus and concurrency: the text-only corpus is the issue's
// "text → database" measure; the mixed one adds PDF and DOCX parsing; --scale adds larger text corpora;
// the varied one, as large as the largest, gives every report names of its own (scripts/bench/corpus.ts).
const textCorpus = buildCorpus(root, join(work, 'text-corpus'), Number(args.mb) * 1e6, ['txt']);
/** `split`: also run the corpus split between two processes (beside --concurrency 2). */
const corpora: Array<{ name: string; corpus: typeof corpus; split: boolean }> = [
  { name: 'text', corpus: textCorpus, split: true },
  { name: 'mixed', corpus, split: false },
];
const scales = String(args.scale).split(',').map(Number).filter((n) => n > 0);
for (const mb of scales) {
  corpora.push({ name: `text ${mb} MB`, corpus: buildCorpus(root, join(work, `text-corpus-${mb}`), mb * 1e6, ['txt']), split: true });
}
const variedMB = Math.max(Number(args.mb), ...scales);
corpora.push({ name: `varied ${variedMB} MB`, corpus: buildCorpus(root, join(work, 'varied-corpus'), variedMB * 1e6, ['txt'], true), split: false });
// Run the ingest the way this bench runs: compiled (dist/) or from the sources with tsx.
const compiled = import.meta.url.endsWith('.js');
const runner: IngestRunner = {
  nodeArgs: compiled ? [] : ['--import', 'tsx'],
  script: join(dirname(fileURLToPath(import.meta.url)), 'bench', compiled ? 'ingest-run.js' : 'ingest-run.ts'),
  cwd: root,
};
const concurrencies = String(args.concurrency).split(',').map(Number).filter((n) => n >= 1);
const ingestRuns: Array<IngestRunResult & { corpus: string; files: number; bytes: number; concurrency: number; mbps: number; processMBps: number; reportsPerSecond: number }> = [];
const splitRuns: Array<{ corpus: string; files: number; bytes: number; wallMs: number; cpuMs: number; mbps: number; added: number; failed: number }> = [];
for (const { name, corpus: c, split: splitToo } of corpora) {
  for (const n of concurrencies) {
    const dbPath = join(work, `ingest-${ingestRuns.length}.sqlite`);
    try {
      const r = await runIngest(runner, dbPath, n, c.dir);
      ingestRuns.push({ corpus: name, files: c.files.length, bytes: c.bytes, concurrency: n, ...r, mbps: mbps(c.bytes, r.wallMs), processMBps: mbps(c.bytes, r.processMs), reportsPerSecond: c.files.length / (r.wallMs / 1000) });
    } catch (error) {
      say(`ingest of the ${name} corpus with --concurrency ${n} failed: ${(error as Error).message}`);
    }
    rmSync(dbPath, { force: true });
  }
  // Beside --concurrency 2 on a text corpus: two processes, each with half of it, at once, nothing shared.
  if (splitToo && concurrencies.includes(2)) {
    try {
      const split = await splitRun(runner, c.files, join(work, `split-${splitRuns.length}`));
      const count = (k: string) => split.halves.reduce((sum, h) => sum + (h.counts[k] ?? 0), 0);
      splitRuns.push({ corpus: name, files: c.files.length, bytes: c.bytes, wallMs: split.wallMs, cpuMs: split.cpuMs, mbps: mbps(c.bytes, split.wallMs), added: count('added'), failed: count('failed') });
    } catch (error) {
      say(`the split run of the ${name} corpus failed: ${(error as Error).message}`);
    }
  }
}
const parallel = await availableParallelism();
say(`\nEnd to end: \`ingest\` into a fresh database (FTS, all extractors, events), own process each, ${compiled ? 'compiled (dist/)' : 'from the TypeScript sources (tsx): run `npm run bench` for the compiled figures'}.`);
say(`MB/s counts file bytes over the ingest's wall time; 'with start-up' adds loading the program, as a user waits for it:`);
say(
  table(
    ['corpus', 'files', 'MB', 'concurrency', 'wall ms', 'CPU ms', 'MB/s', 'with start-up', 'reports/s', 'peak RSS MB', 'speed-up', 'added/failed'],
    ingestRuns.map((r) => {
      const one = ingestRuns.find((o) => o.corpus === r.corpus && o.concurrency === 1);
      return [r.corpus, String(r.files), r.bytes / 1e6, String(r.concurrency), r.wallMs, r.cpuMs, r.mbps, r.processMBps, r.reportsPerSecond, r.maxRssMB, one ? `${fmt(one.wallMs / r.wallMs)}×` : '', `${r.counts.added}/${r.counts.failed}`];
    }),
  ),
);

say(`parallel CPU available now: 2 threads give ${fmt(parallel)}× the throughput of 1 (a busy loop; 2× on two free cores)`);
if (splitRuns.length > 0) {
  say(`\nThe files split two ways with nothing shared: two processes at once, each ingesting half of the corpus (every other file) with --concurrency 1 into its own database, each with its own warm-up; speed-up over one process ingesting all of it:`);
  say(
    table(
      ['corpus', 'files', 'MB', 'wall ms (slower half)', 'CPU ms (both)', 'MB/s', 'speed-up', 'added/failed'],
      splitRuns.map((r) => {
        const one = ingestRuns.find((o) => o.corpus === r.corpus && o.concurrency === 1);
        return [r.corpus, String(r.files), r.bytes / 1e6, r.wallMs, r.cpuMs, r.mbps, one ? `${fmt(one.wallMs / r.wallMs)}×` : '', `${r.added}/${r.failed}`];
      }),
    ),
  );
}
// Every --concurrency 1 ingest: the 5 MB corpora's copies of the largest report come partly during
// the process's warm-up, the larger corpora's mostly after it; the varied one brings new names.
const latencyRuns = ingestRuns.filter((r) => r.concurrency === 1 && r.latency.reports > 0);
if (latencyRuns.length > 0) {
  say(`\n.txt reports in each --concurrency 1 ingest, read to rows committed (wall clock, as a user waits; not the stage pass's CPU-clock reads); the largest report's copies, and its time per 100 KB:`);
  say(
    table(
      ['corpus', '.txt reports', 'median ms', 'p95 ms', 'largest', 'KB', 'copies', 'best ms', 'median ms', 'per 100 KB: best', 'median'],
      latencyRuns.map((r) => {
        const l = r.latency;
        const per100 = (ms: number) => (ms * 100_000) / l.largest.bytes;
        return [r.corpus, String(l.reports), l.medianMs, l.p95Ms, l.largest.source, l.largest.bytes / 1000, String(l.largest.copies), l.largest.bestMs, l.largest.medianMs, per100(l.largest.bestMs), per100(l.largest.medianMs)];
      }),
    ),
  );
}

host.loadEnd = machine().loadStart;
say(`\nmachine: ${describeMachine(host)}`);
const out = {
  date: new Date().toISOString(),
  machine: host,
  corpus: { files: corpus.files.length, bytes: corpus.bytes, sources: corpus.sources.map((s) => s.path), shared: corpus.shared },
  textCorpus: { files: textCorpus.files.length, bytes: textCorpus.bytes, sources: textCorpus.sources.map((s) => s.path) },
  stages: { reports: pass.files, failed: pass.failed, textBytes: pass.textBytes, fileBytes: pass.fileBytes, wallMs: pass.wallMs, cpuMs: pass.cpuMs, rows: stageRows, textToDbMBps: mbps(pass.textBytes, textToDb), loadAlone: { ms: loadAloneMs, mbps: mbps(pass.textBytes, loadAloneMs) }, parse: pass.parse, latency },
  peers: { documents: docs.length, textBytes: peerBytes, runs, ours, peerMs, goldDir, golds, accuracy: Object.fromEntries(Object.entries(acc).map(([w, t]) => [w, Object.fromEntries(Object.entries(t).map(([k, c]) => [k, prf(c)]))])) },
  ingest: ingestRuns,
  splitCeiling: splitRuns,
  availableParallelism: parallel,
};
mkdirSync(dirname(args.out!), { recursive: true });
writeFileSync(args.out!, `${JSON.stringify(out, null, 2)}\n`);
say(`wrote ${args.out}`);
if (!args.keep) rmSync(work, { recursive: true, force: true });
