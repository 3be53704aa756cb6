/** Per-report times of a batch, summed up: the median and p95 report, and the largest report's copies. */
export interface Latency {
  reports: number;
  medianMs: number;
  p95Ms: number;
  /**
   * The largest report (bytes of its file) and its copies, the reports within 1% of its size (the
   * bench's copies differ by a marker line): their best and median times.
   */
  largest: { bytes: number; copies: number; bestMs: number; medianMs: number };
}

export function reportLatency(reports: ReadonlyArray<{ bytes: number; ms: number }>): Latency {
  const sorted = (ms: number[]) => ms.sort((a, b) => a - b);
  const at = (ms: number[], q: number) => ms[Math.min(ms.length - 1, Math.floor(ms.length * q))] ?? 0;
  const all = sorted(reports.map((r) => r.ms));
  const bytes = reports.reduce((max, r) => Math.max(max, r.bytes), 0);
  const copies = sorted(reports.filter((r) => r.bytes >= bytes * 0.99).map((r) => r.ms));
  return {
    reports: all.length,
    medianMs: at(all, 0.5),
    p95Ms: at(all, 0.95),
    largest: { bytes, copies: copies.length, bestMs: copies[0] ?? 0, medianMs: at(copies, 0.5) },
  };
}
