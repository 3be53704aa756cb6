/** `reportkb export --format csv|json [--table NAME]`: the knowledge base's tables and views as files. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { listTables, openKnowledgeBase, readTable, toObjects } from '../../api/index.js';
import { formatRows } from '../format/output.js';
import { action, DEFAULT_DB, io } from '../io.js';

export function exportCommand(): Command {
  return new Command('export')
    .description('export tables and views as CSV or JSON (one table to stdout, or every table into --out)')
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'json']).default('csv'))
    .option('--table <name>', 'one table or view (see --list); printed to stdout unless --out is given')
    .option('--out <dir>', 'write one file per table into this folder')
    .option('--list', 'list the tables and views that can be exported')
    .option('--with-raw-text', 'include reports.raw_text (the full text of each report)')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .action(
      action((opts: { format: 'csv' | 'json'; table?: string; out?: string; list?: boolean; withRawText?: boolean; db: string }) => {
        const kb = openKnowledgeBase(opts.db, { readonly: true });
        try {
          const tables = listTables(kb);
          if (opts.list) return io.out(tables.join('\n'));
          const chosen = opts.table ? [opts.table] : tables;
          if (!opts.out && chosen.length > 1) {
            if (opts.format === 'csv') throw new Error('exporting every table as CSV needs --out <dir> (or name one with --table)');
            const all = Object.fromEntries(chosen.map((t) => [t, toObjects(readTable(kb, t, opts))]));
            return io.out(JSON.stringify(all, null, 2));
          }
          for (const table of chosen) {
            const { columns, rows } = readTable(kb, table, opts);
            const text = formatRows(columns, rows, opts.format);
            if (!opts.out) return io.out(text);
            mkdirSync(opts.out, { recursive: true });
            const file = join(opts.out, `${table}.${opts.format}`);
            writeFileSync(file, text + '\n');
            io.err(`${file}: ${rows.length} rows`);
          }
        } finally {
          kb.close();
        }
      }),
    );
}
