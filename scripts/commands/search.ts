/** `reportkb search "<words>"`: full-text search over paragraphs, with snippets. */
import { Command } from 'commander';
import { findReport, openKnowledgeBase, search } from '../../api/index.js';
import { formatRows } from '../format/output.js';
import { action, DEFAULT_DB, io } from '../io.js';
import { addFormatOptions, cellWidth, pickFormat, wholeNumber, type FormatOptions } from '../options.js';

export function searchCommand(): Command {
  const command = new Command('search')
    .description('full-text search over paragraphs; prints report, section and a snippet with the words [marked]')
    .argument('<words>', 'words that must all occur (or FTS5 syntax with --raw)')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('--limit <n>', 'at most this many results', wholeNumber(1), 20)
    .option('--report <id>', 'only in this report (an id from reportkb reports)', wholeNumber(1))
    .option('--raw', 'pass the words to FTS5 as written (AND, OR, NEAR(a b, N), "phrases", prefix*)');
  return addFormatOptions(command).action(
    action((words: string, opts: FormatOptions & { db: string; limit: number; report?: number; raw?: boolean }) => {
      const kb = openKnowledgeBase(opts.db, { readonly: true });
      try {
        if (opts.report !== undefined && findReport(kb, opts.report) === undefined) {
          throw new Error(`--report ${opts.report}: no report with this id in ${opts.db} (see 'reportkb reports')`);
        }
        const { columns, rows } = search(kb, words, { limit: opts.limit, report: opts.report, raw: opts.raw });
        io.out(formatRows(columns, rows, pickFormat(opts), { maxWidth: cellWidth(opts) }));
      } finally {
        kb.close();
      }
    }),
  );
}
