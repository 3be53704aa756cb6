/** `reportkb query "<SQL>"`: read-only SQL over the knowledge base, as a table, CSV or JSON. */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { openDb } from '../../db/open.js';
import { runQuery } from '../../db/query.js';
import { formatRows, pickFormat } from '../format/output.js';
import { action, DEFAULT_DB, io } from '../io.js';

export function queryCommand(): Command {
  return new Command('query')
    .description('run read-only SQL against the knowledge base (SQL from the argument, or stdin when it is "-" or absent)')
    .argument('[sql]', 'the SQL statement, or - to read it from stdin')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('-p, --param <name=value...>', 'named parameter(s) for :name placeholders')
    .option('--json', 'print a JSON array of objects')
    .option('--csv', 'print CSV')
    .option('--nl', 'print one JSON object per line')
    .action(
      action((sqlArg: string | undefined, opts: { db: string; param?: string[]; json?: boolean; csv?: boolean; nl?: boolean }) => {
        const sql = sqlArg === undefined || sqlArg === '-' ? readFileSync(0, 'utf8') : sqlArg;
        if (sql.trim() === '') throw new Error('no SQL given');
        const params = Object.fromEntries((opts.param ?? []).map((p) => {
          const eq = p.indexOf('=');
          if (eq < 1) throw new Error(`parameter '${p}' is not name=value`);
          const value = p.slice(eq + 1);
          return [p.slice(0, eq), /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value];
        }));
        const db = openDb(opts.db, { readonly: true });
        try {
          const { columns, rows } = runQuery(db, sql, params);
          io.out(formatRows(columns, rows, pickFormat(opts)));
        } finally {
          db.close();
        }
      }),
    );
}
