/** `reportkb query "<SQL>"`: read-only SQL over the knowledge base, as a table, CSV or JSON. */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { QueryInterrupted, runStoppableQuery } from '../../db/query-isolated.js';
import { formatRows, pickFormat } from '../format/output.js';
import { action, DEFAULT_DB, io } from '../io.js';

export function queryCommand(): Command {
  return new Command('query')
    .description('run read-only SQL against the knowledge base (SQL from the argument, or stdin when it is "-" or absent)')
    .argument('[sql]', 'the SQL statement, or - to read it from stdin')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('-p, --param <name=value...>', 'named parameter(s) for :name placeholders (values are text; SQLite converts them to the column\'s type when comparing)')
    .option('--json', 'print a JSON array of objects')
    .option('--csv', 'print CSV')
    .option('--nl', 'print one JSON object per line')
    .option('--timeout <seconds>', 'stop the query if it runs longer than this (Ctrl-C stops it too, exit code 130)')
    .action(
      action(async (sqlArg: string | undefined, opts: { db: string; param?: string[]; json?: boolean; csv?: boolean; nl?: boolean; timeout?: string }) => {
        const sql = sqlArg === undefined || sqlArg === '-' ? readFileSync(0, 'utf8') : sqlArg;
        if (sql.trim() === '') throw new Error('no SQL given');
        const params = Object.fromEntries((opts.param ?? []).map((p) => {
          const eq = p.indexOf('=');
          if (eq < 1) throw new Error(`parameter '${p}' is not name=value`);
          // Passed as text: SQLite applies the column's affinity when comparing, so `year = :y` (text)
          // and `report_id = :id` (integer) both match.
          return [p.slice(0, eq), p.slice(eq + 1)];
        }));
        const timeoutMs = opts.timeout === undefined ? undefined : secondsToMs(opts.timeout);
        const stop = new AbortController();
        const onSigint = () => stop.abort();
        process.once('SIGINT', onSigint);
        try {
          const { columns, rows } = await runStoppableQuery(opts.db, sql, params, { timeoutMs, signal: stop.signal });
          io.out(formatRows(columns, rows, pickFormat(opts)));
        } catch (error) {
          if (!(error instanceof QueryInterrupted)) throw error;
          io.err('Interrupted: query stopped (Ctrl-C)');
          process.exitCode = 130;
        } finally {
          process.removeListener('SIGINT', onSigint);
        }
      }),
    );
}

function secondsToMs(seconds: string): number {
  const value = Number(seconds);
  if (seconds.trim() === '' || !Number.isFinite(value) || value <= 0) throw new Error(`--timeout must be a positive number of seconds, not '${seconds}'`);
  return Math.round(value * 1000);
}
