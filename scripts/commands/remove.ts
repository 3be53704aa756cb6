/** `reportkb remove <id|path>…`: reports out of the knowledge base, all in one transaction. */
import { existsSync } from 'node:fs';
import { Command } from 'commander';
import { openKnowledgeBase, removeReports } from '../../api/index.js';
import { action, DEFAULT_DB, io } from '../io.js';

export function removeCommand(): Command {
  return new Command('remove')
    .description('remove reports (by id or path) and everything that came from them; all or, if one is not found, none')
    .argument('<report...>', 'report ids (see reportkb reports) or paths as ingested')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .action(
      action((reports: string[], opts: { db: string }) => {
        if (!existsSync(opts.db)) throw new Error(`no database at ${opts.db} (give --db)`);
        const kb = openKnowledgeBase(opts.db);
        try {
          for (const r of removeReports(kb, reports)) io.err(`removed ${r.id} ${r.path}`);
        } finally {
          kb.close();
        }
      }),
    );
}
