// Whether the compiled JavaScript in dist/ (npm run build) can stand in for the TypeScript sources:
// it must exist and be newer than every source file, so an edited checkout never runs stale code.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folders compiled to dist/ (tsconfig.build.json's "include"). */
export const SOURCE_DIRS = ['api', 'pipeline', 'extractors', 'db', 'scripts'];
/** Written last by the build: its time is the build's. */
export const BUILD_STAMP = '.build-stamp';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * dist/ under `root` is complete and no source file changed since it was built.
 * REPORTKB_FROM_SOURCE=1 forces the sources.
 */
export function compiledIsFresh(root = ROOT) {
  if (process.env.REPORTKB_FROM_SOURCE === '1') return false;
  let built;
  try {
    built = statSync(join(root, 'dist', BUILD_STAMP)).mtimeMs;
  } catch {
    return false;
  }
  for (const dir of SOURCE_DIRS) {
    let entries;
    try {
      entries = readdirSync(join(root, dir), { recursive: true, withFileTypes: true });
    } catch {
      continue; // a folder this checkout does not have
    }
    for (const entry of entries) {
      if (!entry.isFile() || !/\.(ts|mjs)$/.test(entry.name)) continue;
      if (statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs > built) return false;
    }
  }
  return true;
}
