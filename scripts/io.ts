/** Where commands write: stdout for results, stderr for progress and problems. Tests may swap them. */
export const io = {
  out: (text: string) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text: string) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** Run a command action; any error becomes one `Error: …` line and exit code 1. */
export function action<A extends unknown[]>(run: (...args: A) => Promise<void> | void): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await run(...args);
    } catch (error) {
      io.err(`Error: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    }
  };
}

export const DEFAULT_DB = 'reportkb.sqlite';
