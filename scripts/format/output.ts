/** Rows → text: an aligned table (default), CSV, JSON (an array of objects) or newline-delimited JSON. */
export type OutputFormat = 'table' | 'csv' | 'json' | 'nl';

export function formatRows(columns: string[], rows: unknown[][], format: OutputFormat): string {
  if (format === 'json') return JSON.stringify(rows.map((r) => toObject(columns, r)), null, 2);
  if (format === 'nl') return rows.map((r) => JSON.stringify(toObject(columns, r))).join('\n');
  if (format === 'csv') return [columns, ...rows].map((r) => r.map(csvCell).join(',')).join('\n');
  return table(columns, rows);
}

export function pickFormat(opts: { json?: boolean; csv?: boolean; nl?: boolean }): OutputFormat {
  return opts.json ? 'json' : opts.csv ? 'csv' : opts.nl ? 'nl' : 'table';
}

function toObject(columns: string[], row: unknown[]): Record<string, unknown> {
  return Object.fromEntries(columns.map((c, i) => [c, row[i]]));
}

function csvCell(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const MAX_CELL = 60;

export function table(columns: string[], rows: unknown[][]): string {
  const cells = rows.map((r) => r.map((v) => cell(v)));
  const widths = columns.map((c, i) => cells.reduce((widest, r) => Math.max(widest, r[i]!.length), c.length));
  const numeric = columns.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || r[i] === null));
  const line = (values: string[]) => values.map((v, i) => (numeric[i] ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(columns), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line), `(${rows.length} row${rows.length === 1 ? '' : 's'})`].join('\n');
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = (typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(3) : String(value)).replace(/\s+/g, ' ');
  return s.length > MAX_CELL ? `${s.slice(0, MAX_CELL - 1)}…` : s;
}
