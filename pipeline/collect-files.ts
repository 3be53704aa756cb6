/**
 * Command-line paths → the report files to ingest. Folders are walked recursively for supported
 * files; unreadable entries and symbolic-link loops become per-path problems, never a crash.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fsReason, withFileBackoff } from './fs-reasons.js';
import { formatOf } from './parse/index.js';

export interface Collected {
  files: string[];
  problems: Array<{ path: string; reason: string }>;
}

export async function collectFiles(paths: readonly string[]): Promise<Collected> {
  const out: Collected = { files: [], problems: [] };
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  /** `ancestors`: real paths of the folders above `path` in this walk (a link back to one is a loop). */
  const visit = async (path: string, explicit: boolean, ancestors: readonly string[]): Promise<void> => {
    let info;
    try {
      info = await withFileBackoff(() => stat(path));
    } catch (error) {
      out.problems.push({ path, reason: fsReason(error, 'file or folder') });
      return;
    }
    if (info.isDirectory()) {
      const real = await realpath(path).catch(() => path);
      if (ancestors.includes(real)) {
        out.problems.push({ path, reason: `symbolic link loop (leads back to ${real}); remove the link or ingest its target on its own` });
        return;
      }
      if (seenDirs.has(real)) return; // a second way into a folder already walked: nothing new there
      seenDirs.add(real);
      let entries: string[];
      try {
        entries = (await withFileBackoff(() => readdir(path))).sort();
      } catch (error) {
        out.problems.push({ path, reason: fsReason(error, 'file or folder') });
        return;
      }
      for (const entry of entries) if (!entry.startsWith('.')) await visit(join(path, entry), false, [...ancestors, real]);
      return;
    }
    if (!explicit && !formatOf(path)) return; // other files in a folder are not ours
    // One file named twice ("a.txt" and "./a.txt", or through a link) is read once.
    const real = await realpath(path).catch(() => path);
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    out.files.push(path);
  };
  for (const p of paths) await visit(p, true, []);
  return out;
}
