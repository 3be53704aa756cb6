// `npm run build` (also run by `npm install` through "prepare", and by `npm run bench`): compile
// the TypeScript to dist/, so `reportkb` and its worker threads start and run as plain JavaScript.
// tsx compiles on the fly and keeps source maps on, which cost ~20% of ingest time;
// bin/reportkb.js falls back to it whenever dist/ is missing or older than a source file
// (bin/compiled.js).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_STAMP, SOURCE_DIRS, compiledIsFresh } from '../bin/compiled.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
// `--if-stale` (npm run bench): keep a build that is newer than every source.
if (process.argv.includes('--if-stale') && compiledIsFresh()) process.exit(0);
rmSync(dist, { recursive: true, force: true });

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (result.status !== 0) {
  rmSync(dist, { recursive: true, force: true }); // no half-built dist/: the CLI then runs the sources
  process.stderr.write('build: tsc failed; reportkb will run from the TypeScript sources (slower)\n');
  process.exit(result.status ?? 1);
}

// Plain-JavaScript modules the compiled code loads by URL (e.g. db/query-child.mjs).
for (const dir of SOURCE_DIRS) {
  for (const entry of readdirSync(join(root, dir), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.mjs') || entry.name === 'build.mjs') continue;
    const from = join(entry.parentPath ?? entry.path, entry.name);
    const to = join(dist, from.slice(root.length + 1));
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
  }
}
// The review page's script (web/*.ts, for the browser): one bundle, served by `reportkb serve`.
const esbuild = await import('esbuild');
await esbuild.build({ entryPoints: [join(root, 'web', 'main.ts')], bundle: true, format: 'esm', target: 'es2022', outfile: join(dist, 'web', 'app.js'), logLevel: 'warning' });
writeFileSync(join(dist, BUILD_STAMP), `built ${new Date().toISOString()}\n`);
