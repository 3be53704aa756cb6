/** `reportkb ingest <files|folders…>`: reports into the knowledge base, one bad file never stopping the batch. */
import { Command } from 'commander';
import cliProgress from 'cli-progress';
import { staleCorrections } from '../../db/corrections.js';
import { openDb } from '../../db/open.js';
import { ingest, type FileEvent } from '../../pipeline/ingest.js';
import { DEFAULT_MAX_BYTES, parseMaxSize } from '../../pipeline/parse/index.js';
import { action, DEFAULT_DB, io } from '../io.js';

export function ingestCommand(): Command {
  return new Command('ingest')
    .description('ingest report files (.txt, .pdf, .docx) or folders of them into the knowledge base')
    .argument('<paths...>', 'files or folders (folders are searched recursively)')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('--concurrency <n>', 'worker threads for parsing and extraction (1: all in this thread)', '1')
    .option('--max-size <MB>', 'refuse files larger than this many megabytes', String(DEFAULT_MAX_BYTES / 1048576))
    .option('--quiet', 'print only failures, skipped twins and the summary')
    .option('--replace', 'take a file instead of an already loaded twin (the same document in another file) instead of skipping it')
    .action(
      action(async (paths: string[], opts: { db: string; concurrency: string; maxSize: string; quiet?: boolean; replace?: boolean }) => {
        const maxBytes = parseMaxSize(opts.maxSize);
        const concurrency = Number(opts.concurrency);
        if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`--concurrency must be a whole number of at least 1, not '${opts.concurrency}'`);
        const db = openDb(opts.db);
        const tty = Boolean(process.stderr.isTTY) && !opts.quiet;
        const bar = tty ? new cliProgress.SingleBar({ format: ' {bar} {value}/{total} files | {file}', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic) : undefined;
        /** A line above the progress bar: stop it, print, start it again where it was. */
        const above = (line: string) => {
          if (!bar) return io.err(line);
          const done = Math.round(bar.getProgress() * bar.getTotal());
          bar.stop();
          io.err(line);
          bar.start(bar.getTotal(), done, { file: '' });
        };
        const onFile = (e: FileEvent) => {
          if (e.status === 'failed' || (e.status === 'duplicate' && (tty || opts.quiet))) {
            above(`${e.path}: ${e.reason}`);
          } else if (!tty && !opts.quiet) {
            io.err(`${e.status.padEnd(9)} ${e.path}${e.mentions !== undefined ? ` (${e.mentions} mentions, ${Math.round(e.ms)} ms)` : ''}${e.reason ? ` — ${e.reason}` : ''}`);
          }
          for (const w of e.warnings ?? []) above(`${e.path}: warning: ${w}`);
          bar?.increment(1, { file: e.path });
        };
        try {
          const summary = await ingest(db, paths, {
            concurrency,
            maxBytes,
            replace: opts.replace,
            onStart: (total) => bar?.start(total, 0, { file: '' }),
            onFile,
          });
          bar?.stop();
          const c = summary.counts;
          io.err(`${summary.files} file(s): ${c.added} added, ${c.replaced} replaced, ${c.unchanged} unchanged, ${c.duplicate} duplicate, ${c.failed} failed → ${opts.db}`);
          const stale = c.replaced > 0 ? staleCorrections(db).length : 0;
          if (stale > 0) io.err(`${stale} correction(s) no longer apply: their text changed (SELECT * FROM corrections_status WHERE status = 'stale')`);
          if (c.failed > 0) process.exitCode = 2;
        } finally {
          db.close();
        }
      }),
    );
}
