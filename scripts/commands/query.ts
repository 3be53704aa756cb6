/** `reportkb query "<SQL>"`: read-only SQL over the knowledge base, as a table, CSV or JSON. */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { openKnowledgeBase, query, QueryInterrupted } from '../../api/index.js';
import { formatRows } from '../format/output.js';
import { action, DEFAULT_DB, io } from '../io.js';
import { addFormatOptions, cellWidth, pickFormat, seconds, type FormatOptions } from '../options.js';

export function queryCommand(): Command {
  const command = new Command('query')
    .description('run read-only SQL against the knowledge base (SQL from the argument, or stdin when it is "-" or absent)')
    .argument('[sql]', 'the SQL statement, or - to read it from stdin')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('-p, --param <name=value...>', 'named parameter(s) for :name placeholders (values are text; SQLite converts them to the column\'s type when comparing)')
    .option('--timeout <seconds>', 'stop the query if it runs longer than this (Ctrl-C stops it too, exit code 130)', seconds);
  return addFormatOptions(command).action(
    action(async (sqlArg: string | undefined, opts: FormatOptions & { db: string; param?: string[]; timeout?: number }) => {
      const sql = sqlArg === undefined || sqlArg === '-' ? readFileSync(0, 'utf8') : sqlArg;
      if (sql.trim() === '') throw new Error('no SQL given');
      const params = Object.fromEntries((opts.param ?? []).map((p) => {
        const eq = p.indexOf('=');
        if (eq < 1) throw new Error(`--param '${p}' is not name=value`);
        // Passed as text: SQLite applies the column's affinity when comparing, so `year = :y` (text)
        // and `report_id = :id` (integer) both match.
        return [p.slice(0, eq), p.slice(eq + 1)];
      }));
      const stop = new AbortController();
      const onSigint = () => stop.abort();
      process.once('SIGINT', onSigint);
      const kb = openKnowledgeBase(opts.db, { readonly: true });
      try {
        const timeoutMs = opts.timeout === undefined ? undefined : Math.round(opts.timeout * 1000);
        const { columns, rows } = await query(kb, sql, params, { timeoutMs, signal: stop.signal });
        io.out(formatRows(columns, rows, pickFormat(opts), { maxWidth: cellWidth(opts) }));
      } catch (error) {
        if (!(error instanceof QueryInterrupted)) throw error;
        io.err('Interrupted: query stopped (Ctrl-C)');
        process.exitCode = 130;
      } finally {
        kb.close();
        process.removeListener('SIGINT', onSigint);
      }
    }),
  );
}
