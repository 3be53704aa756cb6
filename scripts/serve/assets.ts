/**
 * The page's files, all served from the package (no CDN): index.html (made here, carrying the
 * token to the script's URL), web/style.css, and web/main.ts bundled by esbuild into one script:
 * dist/web/app.js from `npm run build` when it is newer than every web/ source, else bundled in
 * memory at start (a checkout running from its sources).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../pipeline/project-root.js';

export interface Assets {
  html: (token: string) => string;
  script: string;
  style: string;
}

export async function loadAssets(root = projectRoot(import.meta.url)): Promise<Assets> {
  const web = join(root, 'web');
  const built = join(root, 'dist', 'web', 'app.js');
  const script = isFresh(built, web) ? readFileSync(built, 'utf8') : await bundle(web);
  return { html, script, style: readFileSync(join(web, 'style.css'), 'utf8') };
}

function isFresh(built: string, web: string): boolean {
  if (!existsSync(built)) return false;
  const time = statSync(built).mtimeMs;
  return readdirSync(web).every((name) => statSync(join(web, name)).mtimeMs <= time);
}

/** Bundle web/main.ts (also used by scripts/build.mjs through the same options). */
export async function bundle(web: string): Promise<string> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({ entryPoints: [join(web, 'main.ts')], bundle: true, format: 'esm', target: 'es2022', write: false, logLevel: 'silent' });
  return result.outputFiles[0]!.text;
}

const html = (token: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>reportkb review</title>
<link rel="stylesheet" href="/style.css?token=${encodeURIComponent(token)}">
</head>
<body>
<header><a href="#/" class="brand">reportkb review</a><nav><a href="#/">Reports</a> <a href="#/chart">Chart</a></nav></header>
<main id="app"></main>
<script type="module" src="/app.js?token=${encodeURIComponent(token)}"></script>
</body>
</html>
`;
