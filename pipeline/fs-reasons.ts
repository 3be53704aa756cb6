/**
 * File-system failures as one clear line each, and a back-off for a full file table: with a low
 * open-file limit (`ulimit -n`), opening one more file fails with EMFILE until another is closed,
 * so such a step is tried again after growing pauses before it fails for that file alone.
 */

/** What an fs error means for a path, in one line (never a stack, never the raw code alone). */
export function fsReason(error: unknown, what: 'file' | 'file or folder' = 'file'): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return `no such ${what}`;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied (check its owner and permissions)';
  if (code === 'ELOOP') return 'symbolic link loop (the link points, through links, back to itself)';
  if (code === 'EISDIR') return 'is a folder';
  if (code === 'ENAMETOOLONG') return 'path too long for the file system (a name over 255 bytes, or folders nested too deep): move it to a shorter path';
  if (code === 'EMFILE' || code === 'ENFILE') return 'too many open files (the open-file limit was reached and stayed reached): raise it with `ulimit -n`, or lower --concurrency';
  if (code === 'EIO') return 'input/output error reading it (a failing disk or network share)';
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!;
}

const isFileTableFull = (error: unknown) => {
  const code = (error as NodeJS.ErrnoException)?.code;
  return code === 'EMFILE' || code === 'ENFILE';
};

/** Run `step`, trying again after 20, 40, … ms (about 5 s in all) while the file table is full. */
export async function withFileBackoff<T>(step: () => Promise<T>, attempts = 9): Promise<T> {
  let pause = 20;
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      if (!isFileTableFull(error) || attempt >= attempts) throw error;
      await new Promise((r) => setTimeout(r, pause));
      pause *= 2;
    }
  }
}

/** A path fit for a one-line message: control characters (a newline in a file name) escaped. */
export function shownPath(path: string): string {
  // eslint-disable-next-line no-control-regex
  return path.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
