/** `reportkb search "<words>"`: full-text search over paragraphs, with snippets. */
import { Command } from 'commander';
import { openDb } from '../../db/open.js';
import { runQuery } from '../../db/query.js';
import { ftsQuery, searchSql } from '../../db/search-sql.js';
import { formatRows, pickFormat } from '../format/output.js';
import { action, DEFAULT_DB, io } from '../io.js';

export function searchCommand(): Command {
  return new Command('search')
    .description('full-text search over paragraphs; prints report, section and a snippet with the words [marked]')
    .argument('<words>', 'words that must all occur (or FTS5 syntax with --raw)')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('--limit <n>', 'at most this many results', '20')
    .option('--report <id>', 'only in this report (reports.id)')
    .option('--raw', 'pass the words to FTS5 as written (AND, OR, NEAR(a b, N), "phrases", prefix*)')
    .option('--json', 'print a JSON array of objects')
    .option('--csv', 'print CSV')
    .option('--nl', 'print one JSON object per line')
    .action(
      action((words: string, opts: { db: string; limit: string; report?: string; raw?: boolean; json?: boolean; csv?: boolean; nl?: boolean }) => {
        const reportId = opts.report === undefined ? undefined : Number(opts.report);
        const db = openDb(opts.db, { readonly: true });
        try {
          const params: Record<string, unknown> = { query: ftsQuery(words, opts.raw) };
          if (reportId !== undefined) params.report_id = reportId;
          const { columns, rows } = runQuery(db, searchSql({ limit: Number(opts.limit), reportId, raw: opts.raw }), params);
          io.out(formatRows(columns, rows, pickFormat(opts)));
        } finally {
          db.close();
        }
      }),
    );
}
