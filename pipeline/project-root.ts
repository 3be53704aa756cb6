/** The folder holding reportkb's package.json, whether this code runs from the sources or from dist/. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function projectRoot(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('internal error: reportkb package.json not found above ' + fileURLToPath(from));
    dir = up;
  }
  return dir;
}
