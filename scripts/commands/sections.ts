/** `reportkb sections <file>`: the heading tree a file yields, to check segmentation by eye. */
import { Command } from 'commander';
import { headingsOf, processFile } from '../../pipeline/index.js';
import { action, io } from '../io.js';

export function sectionsCommand(): Command {
  return new Command('sections')
    .description('print the heading tree that segmentation finds in a file')
    .argument('<file>', 'a .txt, .pdf or .docx report')
    .option('--json', 'print the headings as JSON (raw-text offsets)')
    .action(
      action(async (file: string, opts: { json?: boolean }) => {
        const headings = headingsOf(await processFile(file));
        if (opts.json) return io.out(JSON.stringify(headings, null, 2));
        for (const h of headings) io.out(`${'  '.repeat(h.level - 1)}${h.text.replace(/\s+/g, ' ')}  [${h.start}-${h.end}]`);
        if (headings.length === 0) io.out('(no headings found)');
      }),
    );
}
