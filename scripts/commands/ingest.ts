/** `reportkb ingest <files|folders…>`: reports into the knowledge base, one bad file never stopping the batch. */
import { Command, Option } from 'commander';
import cliProgress from 'cli-progress';
import { ingest, openKnowledgeBase, type FileEvent } from '../../api/index.js';
import { connectionOf } from '../../api/knowledge-base.js';
import { staleCorrections } from '../../db/corrections.js';
import { DEFAULT_MAX_BYTES } from '../../pipeline/parse/index.js';
import { action, DEFAULT_DB, io } from '../io.js';
import { megabytes, wholeNumber } from '../options.js';

export function ingestCommand(): Command {
  return new Command('ingest')
    .description('ingest report files (.txt, .pdf, .docx) or folders of them into the knowledge base')
    .argument('<paths...>', 'files or folders (folders are searched recursively)')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('--concurrency <n>', 'worker threads for parsing and extraction (1: all in this thread)', wholeNumber(1), 1)
    .addOption(new Option('--max-size <MB>', 'refuse files larger than this many megabytes').argParser(megabytes).default(DEFAULT_MAX_BYTES, String(DEFAULT_MAX_BYTES / 1048576)))
    .option('--quiet', 'print only failures, skipped twins and the summary')
    .option('--replace', 'take a file instead of an already loaded twin (the same document in another file) instead of skipping it')
    .action(
      action(async (paths: string[], opts: { db: string; concurrency: number; maxSize: number; quiet?: boolean; replace?: boolean }) => {
        const kb = openKnowledgeBase(opts.db);
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
        };
        try {
          const summary = await ingest(kb, paths, {
            concurrency: opts.concurrency,
            maxBytes: opts.maxSize,
            replace: opts.replace,
            onFile,
            onProgress: (p) => (p.path === undefined ? bar?.start(p.total, 0, { file: '' }) : bar?.update(p.done, { file: p.path })),
          });
          bar?.stop();
          const c = summary.counts;
          io.err(`${summary.files} file(s): ${c.added} added, ${c.replaced} replaced, ${c.unchanged} unchanged, ${c.duplicate} duplicate, ${c.failed} failed → ${opts.db}`);
          const stale = c.replaced > 0 ? staleCorrections(connectionOf(kb)).length : 0;
          if (stale > 0) io.err(`${stale} correction(s) no longer apply: their text changed (SELECT * FROM corrections_status WHERE status = 'stale')`);
          if (c.failed > 0) process.exitCode = 2;
        } finally {
          kb.close();
        }
      }),
    );
}
