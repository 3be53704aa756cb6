#!/usr/bin/env node
// Entry point of the `reportkb` command: runs the compiled CLI from dist/ when it is up to date
// (npm install builds it), else registers the TypeScript loader (tsx) and runs the sources.
import { compiledIsFresh } from './compiled.js';

// `reportkb query … | head`: a reader that stops early is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

let cli;
if (compiledIsFresh()) {
  cli = await import('../dist/scripts/cli.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../scripts/cli.ts');
}
process.exitCode = await cli.main(process.argv);
