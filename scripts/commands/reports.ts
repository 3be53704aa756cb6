/** `reportkb reports`: the reports in the knowledge base, one line each. */
import { Command } from 'commander';
import { listReports, openKnowledgeBase } from '../../api/index.js';
import { formatRows } from '../format/output.js';
import { action, DEFAULT_DB, io } from '../io.js';
import { addFormatOptions, cellWidth, pickFormat, type FormatOptions } from '../options.js';

export function reportsCommand(): Command {
  const command = new Command('reports')
    .description('list the reports in the knowledge base: id, path, title, issuer, period and top-level activity count')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB);
  return addFormatOptions(command).action(
    action((opts: FormatOptions & { db: string }) => {
      const kb = openKnowledgeBase(opts.db, { readonly: true });
      try {
        const columns = ['id', 'path', 'title', 'issuer', 'period_start', 'period_end', 'activities'];
        const rows = listReports(kb).map((r) => [r.id, r.path, r.title, r.issuer, r.periodStart, r.periodEnd, r.activities]);
        io.out(formatRows(columns, rows, pickFormat(opts), { maxWidth: cellWidth(opts) }));
      } finally {
        kb.close();
      }
    }),
  );
}
