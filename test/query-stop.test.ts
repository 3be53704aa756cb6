/**
 * Stopping a slow query (issue 7): `--timeout` and Ctrl-C stop a long query promptly with one
 * clear line (exit 1 and 130), the query's process is gone afterwards, and nothing else changes:
 * ordinary queries answer as before, writes and bad SQL are refused before anything runs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../db/open.js';
import { QueryInterrupted, runStoppableQuery } from '../db/query-isolated.js';
import { ROOT, tempDir } from './helpers.js';

/** Counts to 300 million: half a minute or more of SQLite work, never a quick answer. */
const SLOW = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 300000000) SELECT count(*) FROM c';

const dbPath = join(tempDir('reportkb-stop-'), 'kb.sqlite');
beforeAll(() => openDb(dbPath).close());

const gone = (pid: number) => {
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
};
/** The first child process of `pid`, waited for (the CLI's query process). */
async function childOf(pid: number): Promise<number> {
  for (let waited = 0; waited < 20_000; waited += 50) {
    const out = spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).stdout.trim();
    if (out) return Number(out.split('\n')[0]);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`process ${pid} started no query process`);
}
const settle = () => new Promise((r) => setTimeout(r, 100));

describe('runStoppableQuery', () => {
  it('answers an ordinary query, values intact', async () => {
    const r = await runStoppableQuery(dbPath, `SELECT :n + 1 AS n, x'4142' AS b, 'Bogotá' AS s, NULL AS z`, { n: 41 });
    expect(r).toEqual({ columns: ['n', 'b', 's', 'z'], rows: [[42, Buffer.from('AB'), 'Bogotá', null]] });
  });

  it('refuses writes and bad SQL before starting anything', async () => {
    let started = false;
    await expect(runStoppableQuery(dbPath, 'DELETE FROM reports', [], { onStart: () => (started = true) })).rejects.toThrow(/^only read-only SQL is allowed here/);
    await expect(runStoppableQuery(dbPath, 'SELEC 1', [], { onStart: () => (started = true) })).rejects.toThrow(/^SQL error: near "SELEC"/);
    expect(started).toBe(false);
  });

  it('stops at the time limit with one clear line, and the query process is gone', async () => {
    let pid = 0;
    const t0 = performance.now();
    await expect(runStoppableQuery(dbPath, SLOW, [], { timeoutMs: 300, onStart: (p) => (pid = p) })).rejects.toThrow(
      /^query stopped after 0\.3 s \(the --timeout limit\): narrow it with WHERE\/LIMIT or raise --timeout$/,
    );
    expect(performance.now() - t0).toBeLessThan(3000);
    await settle();
    expect(gone(pid)).toBe(true);
  });

  it('stops when its signal fires, as Ctrl-C does', async () => {
    const stop = new AbortController();
    let pid = 0;
    setTimeout(() => stop.abort(), 300);
    const t0 = performance.now();
    await expect(runStoppableQuery(dbPath, SLOW, [], { signal: stop.signal, onStart: (p) => (pid = p) })).rejects.toBeInstanceOf(QueryInterrupted);
    expect(performance.now() - t0).toBeLessThan(3000);
    await settle();
    expect(gone(pid)).toBe(true);
  });
});

describe('reportkb query, stopped', () => {
  function start(args: string[]) {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'reportkb.js'), 'query', SLOW, '--db', dbPath, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const done = new Promise<{ code: number | null; stderr: string; at: number }>((resolve) => child.on('close', (code) => resolve({ code, stderr, at: performance.now() })));
    return { child, done };
  }

  it('exits 130 with one line soon after Ctrl-C (SIGINT)', async () => {
    const { child, done } = start([]);
    const queryPid = await childOf(child.pid!); // the query is running once its process is there
    const sent = performance.now();
    child.kill('SIGINT');
    const r = await done;
    expect([r.code, r.stderr]).toEqual([130, 'Interrupted: query stopped (Ctrl-C)\n']);
    expect(r.at - sent).toBeLessThan(2000);
    await settle();
    expect(gone(queryPid)).toBe(true);
  }, 30_000);

  it('exits 1 with one line when --timeout passes', async () => {
    const r = await start(['--timeout', '0.5']).done;
    expect([r.code, r.stderr]).toEqual([1, 'Error: query stopped after 0.5 s (the --timeout limit): narrow it with WHERE/LIMIT or raise --timeout\n']);
  }, 30_000);
});
