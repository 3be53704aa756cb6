/** `reportkb gold <report id|path> [--out F] [--unreviewed]`: a report's reviewed facts as a reportkb-gold/1 file that `reportkb eval` scores. */
import { Command } from 'commander';
import { openDb } from '../../db/open.js';
import { findReport, reportView } from '../../db/review.js';
import { action, DEFAULT_DB, io } from '../io.js';
import { buildGold, defaultGoldName, writeGold } from '../serve/gold-file.js';

export function goldCommand(): Command {
  return new Command('gold')
    .description("write a report's accepted, corrected and added facts (from the review page) as a reportkb-gold/1 file for 'reportkb eval'")
    .argument('<report>', 'report id or the path it was ingested from')
    .option('--out <file>', 'gold file to write (default: <report name>.gold.json here)')
    .option('--unreviewed', 'also include the facts not reviewed yet (every fact not rejected, whole text)')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .action(
      action((ref: string, opts: { out?: string; unreviewed?: boolean; db: string }) => {
        const db = openDb(opts.db, { readonly: true });
        try {
          const view = reportView(db, findReport(db, ref).id);
          const build = buildGold(view, { unreviewed: opts.unreviewed });
          const { gold } = build;
          if (gold.mentions.length === 0 && gold.events.length === 0) {
            throw new Error(`nothing reviewed in report ${view.report.id} (${view.report.path}) yet: accept, edit or add facts with 'reportkb serve', or pass --unreviewed`);
          }
          const written = writeGold(opts.out ?? defaultGoldName(view), view, build);
          for (const note of build.notes) io.err(`${written.path}: ${note}`);
          io.err(`${gold.mentions.length} mention(s), ${gold.events.length} activit${gold.events.length === 1 ? 'y' : 'ies'}${gold.regions ? ` in ${gold.regions.length} reviewed region(s)` : ''} → ${written.path}`);
          io.out(written.path);
        } finally {
          db.close();
        }
      }),
    );
}
