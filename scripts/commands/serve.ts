/** `reportkb serve [--db F] [--port N] [--host H]`: the review page, on loopback, behind a random token. */
import { dirname, join, resolve } from 'node:path';
import { Command } from 'commander';
import { openDb } from '../../db/open.js';
import { action, DEFAULT_DB, io } from '../io.js';
import { loadAssets } from '../serve/assets.js';
import { startServer } from '../serve/server.js';
import { newToken } from '../serve/token.js';

export function serveCommand(): Command {
  return new Command('serve')
    .description('start the review page: see every fact in its source, accept, reject, edit or add facts, export them as gold')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB)
    .option('--port <n>', 'port to listen on (0: any free port)', '8787')
    .option('--host <address>', 'address to bind (default loopback; anything else exposes the page to your network)', '127.0.0.1')
    .option('--gold-dir <dir>', 'where the page writes gold files (default: gold/ beside the database)')
    .action(
      action(async (opts: { db: string; port: string; host: string; goldDir?: string }) => {
        const port = Number(opts.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a whole number from 0 to 65535, not '${opts.port}'`);
        const db = openDb(opts.db);
        const running = await startServer({
          db,
          assets: await loadAssets(),
          token: newToken(),
          host: opts.host,
          port,
          goldDir: resolve(opts.goldDir ?? join(dirname(resolve(opts.db)), 'gold')),
        });
        io.out(`reportkb review page: ${running.url}`);
        io.err('(the token in the URL is required; stop with Ctrl-C)');
        await new Promise<void>((done) => {
          const stop = () => void running.close().then(() => (db.close(), done()));
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
      }),
    );
}
