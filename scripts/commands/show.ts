/** `reportkb show activity N` / `show mention N`: one fact with its source text and the rule behind each slot. */
import { Command } from 'commander';
import { openDb } from '../../db/open.js';
import { showActivity, showMention } from '../../db/show.js';
import { formatShown } from '../format/show.js';
import { action, DEFAULT_DB, io } from '../io.js';

export function showCommand(): Command {
  return new Command('show')
    .description('show one activity or mention: every slot, its source paragraph with the evidence marked, and the rule behind each')
    .argument('<what>', "'activity' or 'mention'")
    .argument('<id>', 'the row id (activities.id or mentions.id)')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('--json', 'print it as JSON')
    .option('--color', 'mark evidence with colours even when not on a terminal')
    .option('--no-color', 'mark evidence with [brackets] even on a terminal')
    .action(
      action((what: string, id: string, opts: { db: string; json?: boolean; color?: boolean }) => {
        if (what !== 'activity' && what !== 'mention') throw new Error(`show: the first argument must be 'activity' or 'mention', not '${what}'`);
        if (!/^[1-9]\d*$/.test(id)) throw new Error(`show: the id must be a positive whole number, not '${id}'`);
        const db = openDb(opts.db, { readonly: true });
        try {
          const shown = what === 'activity' ? showActivity(db, Number(id)) : showMention(db, Number(id));
          if (!shown) throw new Error(`show: no ${what} with id ${id} in ${opts.db}`);
          if (opts.json) return io.out(JSON.stringify(shown, null, 2));
          const colour = opts.color ?? Boolean(process.stdout.isTTY);
          io.out(formatShown(shown, colour));
        } finally {
          db.close();
        }
      }),
    );
}
