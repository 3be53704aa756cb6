/** Rows → text: an aligned table (default), CSV, JSON (an array of objects) or newline-delimited JSON. */
export type OutputFormat = 'table' | 'csv' | 'json' | 'nl';

export interface TableOptions {
  /** Cut longer cells to this many characters, ending in '…' (default 60; Infinity for none). */
  maxWidth?: number;
}

export const DEFAULT_CELL_WIDTH = 60;

export function formatRows(columns: string[], rows: unknown[][], format: OutputFormat, options: TableOptions = {}): string {
  if (format === 'json') return JSON.stringify(rows.map((r) => toObject(columns, r)), null, 2);
  if (format === 'nl') return rows.map((r) => JSON.stringify(toObject(columns, r))).join('\n');
  if (format === 'csv') return [columns, ...rows].map((r) => r.map(csvCell).join(',')).join('\n');
  return table(columns, rows, options);
}

function toObject(columns: string[], row: unknown[]): Record<string, unknown> {
  return Object.fromEntries(columns.map((c, i) => [c, row[i]]));
}

function csvCell(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One line per row: runs of white space in a cell (newlines included) print as one space. */
export function table(columns: string[], rows: unknown[][], options: TableOptions = {}): string {
  const max = options.maxWidth ?? DEFAULT_CELL_WIDTH;
  const cells = rows.map((r) => r.map((v) => cell(v, max)));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const numeric = columns.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || r[i] === null));
  const line = (values: string[]) => values.map((v, i) => (numeric[i] ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(columns), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line), `(${rows.length} row${rows.length === 1 ? '' : 's'})`].join('\n');
}

function cell(value: unknown, max: number): string {
  if (value === null || value === undefined) return '';
  const s = (typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(3) : String(value)).replace(/\s+/g, ' ');
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
