#!/usr/bin/env node
// Entry point of the `reportkb` command: registers the TypeScript loader (tsx), then runs the CLI.
import { register } from 'tsx/esm/api';

// `reportkb query … | head`: a reader that stops early is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

register();
const { main } = await import('../scripts/cli.ts');
process.exitCode = await main(process.argv);
