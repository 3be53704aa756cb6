/** `reportkb extract <file> --json`: everything the pipeline finds in one file, in the gold format. */
import { Command } from 'commander';
import { processFile, toGold } from '../../pipeline/index.js';
import { action, io } from '../io.js';

export function extractCommand(): Command {
  return new Command('extract')
    .description('run the pipeline on one file and print headings, mentions and events (reportkb-gold/1 format)')
    .argument('<file>', 'a .txt, .pdf or .docx report')
    .option('--json', 'print JSON (the default and only format)')
    .option('--messages', 'also print the pipeline\'s diagnostics on stderr')
    .action(
      action(async (file: string, opts: { json?: boolean; messages?: boolean }) => {
        const result = await processFile(file);
        io.out(JSON.stringify(toGold(result, file), null, 2));
        if (opts.messages) for (const m of result.doc.messages) io.err(`${file}: ${m.severity}: ${m.reason} (${m.source})`);
      }),
    );
}
