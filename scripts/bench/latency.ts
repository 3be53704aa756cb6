/**
 * Per-report times of a batch, summed up: the median and p95 of all reports, and the copies of the
 * largest report. A median is the upper middle value for an even count; p95 is the value at
 * floor(0.95 n), which is the largest for 20 reports or fewer.
 */
export interface Latency {
  reports: number;
  medianMs: number;
  p95Ms: number;
  /** The largest report (bytes of its file) and its copies (the reports of its source): their best and median times. */
  largest: { source: string; bytes: number; copies: number; bestMs: number; medianMs: number };
}

export interface ReportTime {
  /** What the report is a copy of: copies of one source are one report read again. */
  source: string;
  bytes: number;
  ms: number;
}

export function reportLatency(reports: readonly ReportTime[]): Latency {
  const sorted = (ms: number[]) => ms.sort((a, b) => a - b);
  const at = (ms: number[], q: number) => ms[Math.min(ms.length - 1, Math.floor(ms.length * q))] ?? 0;
  const all = sorted(reports.map((r) => r.ms));
  const largest = reports.reduce<ReportTime | undefined>((max, r) => (!max || r.bytes > max.bytes ? r : max), undefined);
  const copies = sorted(reports.filter((r) => r.source === largest?.source).map((r) => r.ms));
  return {
    reports: all.length,
    medianMs: at(all, 0.5),
    p95Ms: at(all, 0.95),
    largest: { source: largest?.source ?? '', bytes: largest?.bytes ?? 0, copies: copies.length, bestMs: copies[0] ?? 0, medianMs: at(copies, 0.5) },
  };
}
