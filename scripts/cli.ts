/** The `reportkb` command: a thin layer over the library; each command parses, calls, formats. */
import { Command, CommanderError } from 'commander';
import { evalCommand } from './commands/eval.js';
import { demoCommand } from './commands/demo.js';
import { exportCommand } from './commands/export.js';
import { extractCommand } from './commands/extract.js';
import { goldCommand } from './commands/gold.js';
import { ingestCommand } from './commands/ingest.js';
import { queryCommand } from './commands/query.js';
import { removeCommand } from './commands/remove.js';
import { reportsCommand } from './commands/reports.js';
import { searchCommand } from './commands/search.js';
import { serveCommand } from './commands/serve.js';
import { sectionsCommand } from './commands/sections.js';
import { showCommand } from './commands/show.js';

export function program(): Command {
  const cli = new Command('reportkb')
    .description('Turn activity reports into a SQLite knowledge base of activities, countries, dates, participants and organizations.')
    .version('0.1.0')
    .configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, 'Error: ')) });
  for (const command of [ingestCommand(), reportsCommand(), removeCommand(), queryCommand(), searchCommand(), exportCommand(), sectionsCommand(), showCommand(), extractCommand(), evalCommand(), demoCommand(), goldCommand(), serveCommand()]) {
    // Usage errors (a bad option value, an unknown option, options that conflict) are one line, as every other error.
    cli.addCommand(command.configureOutput({ outputError: (text, write) => write(text.replace(/^error: /, 'Error: ')) }));
  }
  return cli;
}

export async function main(argv: string[]): Promise<number> {
  const cli = program().exitOverride();
  try {
    await cli.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    throw error;
  }
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}
