/** `reportkb extract <file> --json`: everything the pipeline finds in one file, in the gold format. */
import { Command } from 'commander';
import { extract } from '../../api/index.js';
import { action, io } from '../io.js';
import { requireFile } from '../options.js';

export function extractCommand(): Command {
  return new Command('extract')
    .description('run the pipeline on one file and print headings, mentions and events (reportkb-gold/1 format)')
    .argument('<file>', 'a .txt, .pdf or .docx report')
    .option('--json', 'print JSON (the default and only format)')
    .option('--messages', 'also print the pipeline\'s diagnostics on stderr')
    .action(
      action(async (file: string, opts: { json?: boolean; messages?: boolean }) => {
        requireFile(file);
        const messages: string[] = [];
        const gold = await extract(file, { onMessage: (m) => messages.push(`${file}: ${m.severity}: ${m.reason} (${m.source})`) });
        io.out(JSON.stringify(gold, null, 2));
        if (opts.messages) messages.forEach((m) => io.err(m));
      }),
    );
}
