/**
 * The clock stage timings are read from: wall time by default; the bench switches to this
 * process's CPU time, which other work on a shared machine does not inflate.
 */
let read: () => number = () => performance.now();

export const now = (): number => read();

export function useCpuClock(): void {
  read = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
}
