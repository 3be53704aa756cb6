/**
 * `reportkb demo`: ingest the bundled fixtures into a fresh database and answer a few example
 * questions with their SQL. Needs nothing outside this repository.
 */
import { existsSync, rmSync } from 'node:fs';
import { Command } from 'commander';
import { openKnowledgeBase, query } from '../../api/index.js';
import { runDemo } from '../demo-run.js';
import { table } from '../format/output.js';
import { action, io } from '../io.js';

/** The demo rebuilds its database from scratch: never delete one that holds anything but the fixtures. */
async function refuseUnlessDemo(path: string): Promise<void> {
  let others: unknown[][] = [];
  try {
    const kb = openKnowledgeBase(path); // upgrades an older demo database's schema, as ingest would
    try {
      others = (await query(kb, `SELECT path FROM reports WHERE path NOT LIKE '%fixtures/%' LIMIT 1`)).rows;
    } finally {
      kb.close();
    }
  } catch {
    throw new Error(`${path} exists and is not a demo database; choose another --db (the demo deletes and rebuilds its file)`);
  }
  if (others.length > 0) throw new Error(`${path} holds reports other than the fixtures (${String(others[0]![0])}); choose another --db (the demo deletes and rebuilds its file)`);
}

export function demoCommand(): Command {
  return new Command('demo')
    .description('ingest the bundled fixture reports into a fresh database and answer example questions')
    .option('--db <file>', 'database file to (re)create', 'demo.sqlite')
    .action(
      action(async (opts: { db: string }) => {
        if (existsSync(opts.db)) await refuseUnlessDemo(opts.db);
        for (const suffix of ['', '-wal', '-shm']) if (existsSync(opts.db + suffix)) rmSync(opts.db + suffix);
        const kb = openKnowledgeBase(opts.db);
        try {
          const { folders, summary, answers } = await runDemo(kb);
          io.out(`Ingested ${summary.counts.added} report(s) from ${folders.join(', ')} into ${opts.db}` +
            (summary.counts.failed ? ` (${summary.counts.failed} failed: ${summary.failures.map((f) => `${f.path}: ${f.reason}`).join('; ')})` : ''));
          for (const a of answers) io.out(`\n## ${a.question}\n\n${a.sql}\n\n${table(a.columns, a.rows)}`);
          io.out(`\nAsk your own: npx reportkb query "SELECT …" --db ${opts.db}`);
          if (summary.counts.failed) process.exitCode = 2;
        } finally {
          kb.close();
        }
      }),
    );
}
