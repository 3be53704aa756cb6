/**
 * Running `ingest` end to end in child processes (ingest-run.ts), and the files split two ways:
 * the corpus in two halves (every other file), each ingested with `--concurrency 1` by its own
 * process into its own database, both at once. Each half pays its own warm-up, as each worker of
 * `--concurrency 2` does, but nothing passes between them: its speed-up over one process with the
 * whole corpus is what splitting the files two ways gives on this machine, without the pool.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Latency } from './latency.js';

/** The JSON line ingest-run prints. */
export interface IngestRunResult {
  wallMs: number;
  processMs: number;
  cpuMs: number;
  maxRssMB: number;
  counts: Record<string, number>;
  latency: Latency;
}

/** How to start ingest-run: node's arguments before the script (tsx's loader when run from the sources), and the working folder. */
export interface IngestRunner {
  nodeArgs: readonly string[];
  script: string;
  cwd: string;
}

interface Running {
  child: ChildProcess;
  result: Promise<IngestRunResult>;
}

function startIngest(runner: IngestRunner, dbPath: string, concurrency: number, folder: string): Running {
  const child = spawn(process.execPath, [...runner.nodeArgs, runner.script, dbPath, String(concurrency), folder], { cwd: runner.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const result = new Promise<IngestRunResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as IngestRunResult);
      else reject(new Error(`ingest of ${folder} ended with ${signal ?? `exit code ${code}`}: ${err.trim().slice(0, 500)}`));
    });
  });
  return { child, result };
}

/** One ingest of `folder` into a fresh database at `dbPath`, in its own process. */
export function runIngest(runner: IngestRunner, dbPath: string, concurrency: number, folder: string): Promise<IngestRunResult> {
  return startIngest(runner, dbPath, concurrency, folder).result;
}

/** Two folders under `dir` holding every other file of `files` (hard links where the file system allows). */
export function splitInHalves(files: readonly string[], dir: string): [string, string] {
  const halves: [string, string] = [join(dir, 'half-1'), join(dir, 'half-2')];
  for (const h of halves) mkdirSync(h, { recursive: true });
  files.forEach((file, i) => {
    const to = join(halves[i % 2]!, basename(file));
    try {
      linkSync(file, to);
    } catch {
      copyFileSync(file, to);
    }
  });
  return halves;
}

export interface SplitResult {
  /** The slower half's ingest time (as for one process, without its start-up; both start together). */
  wallMs: number;
  /** Both processes' CPU time. */
  cpuMs: number;
  halves: IngestRunResult[];
}

/**
 * Both halves ingested at once, each by its own process; `dir` (the halves and their databases)
 * is removed afterwards. If one half fails, the other is stopped and the run fails.
 */
export async function splitRun(runner: IngestRunner, files: readonly string[], dir: string): Promise<SplitResult> {
  try {
    const halves = splitInHalves(files, dir);
    const running = halves.map((h, i) => startIngest(runner, join(dir, `half-${i + 1}.sqlite`), 1, h));
    try {
      const results = await Promise.all(running.map((r) => r.result));
      return { wallMs: results.reduce((longest, r) => Math.max(longest, r.wallMs), 0), cpuMs: results.reduce((s, r) => s + r.cpuMs, 0), halves: results };
    } catch (error) {
      for (const r of running) r.child.kill();
      throw error;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
