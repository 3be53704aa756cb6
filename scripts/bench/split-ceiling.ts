/**
 * What two cores give this workload on this machine with nothing shared: the corpus split in two
 * halves (every other file), each ingested with `--concurrency 1` by its own process into its own
 * database, both at once. Its speed-up over one process ingesting the whole corpus is the ceiling
 * for `--concurrency 2`, which also shares one database and one writer.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface IngestRunResult {
  wallMs: number;
  processMs: number;
  cpuMs: number;
  maxRssMB: number;
  counts: Record<string, number>;
}

/** Run ingest-run.(js|ts) as a child: `[...nodeArgs, script, db, concurrency, folder]`, its JSON line parsed. */
export function runIngestChild(nodeArgs: readonly string[], script: string, dbPath: string, concurrency: number, folder: string, cwd: string): Promise<IngestRunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, script, dbPath, String(concurrency), folder], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', () => {
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as IngestRunResult);
      } catch {
        reject(new Error(`ingest of ${folder} failed: ${err.slice(0, 500)}`));
      }
    });
  });
}

/** Two folders holding every other file of `files` (hard links where the file system allows). */
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

/** Both halves ingested at once, each by its own process; the wall time is the slower one's. */
export async function splitRun(nodeArgs: readonly string[], script: string, files: readonly string[], dir: string, cwd: string): Promise<{ wallMs: number; cpuMs: number; runs: IngestRunResult[] }> {
  const halves = splitInHalves(files, dir);
  const runs = await Promise.all(halves.map((h, i) => runIngestChild(nodeArgs, script, join(dir, `half-${i + 1}.sqlite`), 1, h, cwd)));
  return { wallMs: Math.max(...runs.map((r) => r.wallMs)), cpuMs: runs.reduce((s, r) => s + r.cpuMs, 0), runs };
}
