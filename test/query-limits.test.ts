/**
 * Issue 21 §6 and §8: a query's process never outlives the one that started it (SIGTERM, SIGHUP,
 * SIGKILL), answers have a size limit, a --timeout of 2^31 ms or more waits as long as it says,
 * and `PRAGMA journal_mode` (a read) is allowed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../db/open.js';
import { runQuery } from '../db/query.js';
import { runStoppableQuery } from '../db/query-isolated.js';
import { ROOT, tempDir } from './helpers.js';

const SLOW = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 300000000) SELECT count(*) FROM c';
const ENDLESS = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c';

const dbPath = join(tempDir('reportkb-limits-'), 'kb.sqlite');
beforeAll(() => openDb(dbPath).close());

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
async function gone(pid: number, withinMs: number): Promise<boolean> {
  for (let waited = 0; waited <= withinMs; waited += 50) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

/** `reportkb query` running a slow query; resolves with its id and its query process's id. */
async function slowQueryProcess(): Promise<{ parent: number; query: number }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'reportkb.js'), 'query', SLOW, '--db', dbPath], { cwd: ROOT, stdio: 'ignore' });
  for (let waited = 0; waited < 20_000; waited += 50) {
    const out = spawnSync('ps', ['-o', 'pid=', '--ppid', String(child.pid)], { encoding: 'utf8' }).stdout.trim();
    if (out) {
      // Give the query process time to load and start its statement: one killed before that exits
      // on its own when its channel closes, and would prove nothing.
      await new Promise((r) => setTimeout(r, 2500));
      return { parent: child.pid!, query: Number(out.split('\n')[0]) };
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('reportkb query started no query process');
}

describe('the query process ends with the process that started it', () => {
  for (const signal of ['SIGTERM', 'SIGHUP', 'SIGKILL'] as const) {
    it(`on ${signal}`, async () => {
      const { parent, query } = await slowQueryProcess();
      expect(alive(query)).toBe(true);
      process.kill(parent, signal);
      expect(await gone(parent, 5000)).toBe(true);
      const ended = await gone(query, 3000);
      if (!ended) process.kill(query, 'SIGKILL'); // leave nothing running behind the test
      expect(ended).toBe(true);
    }, 30_000);
  }
});

describe('answer limits', () => {
  it('an endless query is refused once its answer passes the row limit', async () => {
    await expect(runStoppableQuery(dbPath, ENDLESS, [], { maxRows: 1000 })).rejects.toThrow(/^the answer holds more than 1,000 rows: narrow it/);
  });

  it('an answer within the limit is whole', async () => {
    const r = await runStoppableQuery(dbPath, 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 1000) SELECT x FROM c', [], { maxRows: 1000 });
    expect(r.rows.length).toBe(1000);
  });

  it('a --timeout of 2^31 ms or more does not fire at once', async () => {
    for (const timeoutMs of [2 ** 31, 2 ** 40, Number.MAX_SAFE_INTEGER]) {
      const r = await runStoppableQuery(dbPath, 'SELECT 1 AS one', [], { timeoutMs });
      expect(r.rows).toEqual([[1]]);
    }
  });
});

describe('read-only pragmas', () => {
  it('PRAGMA journal_mode reads the mode; setting it is still refused', async () => {
    const db = openDb(dbPath, { readonly: true });
    try {
      expect(runQuery(db, 'PRAGMA journal_mode').rows.length).toBe(1);
      expect(() => runQuery(db, 'PRAGMA journal_mode = DELETE')).toThrow(/only read-only SQL/);
    } finally {
      db.close();
    }
    expect((await runStoppableQuery(dbPath, 'PRAGMA main.journal_mode;')).rows.length).toBe(1);
  });
});
