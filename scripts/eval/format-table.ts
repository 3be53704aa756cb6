/**
 * The readable view of an eval report: aligned columns, mentions first, then headings and events.
 * A row with nothing to score (tp = fp = fn = 0) shows "–" where the JSON report has 1.
 */
import { isEmpty } from './ratios.js';
import type { EvalReport, Prf } from './types.js';
import { pushAll } from '../../pipeline/push-all.js';

/** Left-aligns the first column and right-aligns the others. */
export function alignColumns(rows: readonly string[][]): string[] {
  const widths = rows[0]!.map((_, col) => rows.reduce((widest, row) => Math.max(widest, (row[col] ?? '').length), 0));
  return rows.map((row) => row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  ').trimEnd());
}

const fixed = (x: number): string => x.toFixed(3);
const shown = (s: Prf, x: number): string => (isEmpty(s) ? '–' : fixed(x));
const counts = (s: Prf): string[] => [String(s.tp), String(s.fp), String(s.fn)];

export function formatTable(report: EvalReport): string {
  const lines = [`${report.documents} document${report.documents === 1 ? '' : 's'}`, ''];
  const mentionRows = [['type', 'strict F1', 'relaxed F1', 'value P', 'value R', 'value F1', 'tp', 'fp', 'fn']];
  const entries = [...Object.entries(report.types), ['micro', report.micro] as const];
  for (const [name, s] of entries) {
    if (!s) continue;
    mentionRows.push([name, shown(s.strict, s.strict.f1), shown(s.relaxed, s.relaxed.f1), shown(s.value, s.value.p), shown(s.value, s.value.r), shown(s.value, s.value.f1), ...counts(s.value)]);
  }
  const aligned = alignColumns(mentionRows);
  pushAll(lines, aligned.slice(0, -1)); lines.push('-'.repeat(aligned[0]!.length)); lines.push(aligned.at(-1)!);
  const prfRows = [['', 'P', 'R', 'F1', 'tp', 'fp', 'fn']];
  const prfRow = (name: string, s: Prf): string[] => [name, shown(s, s.p), shown(s, s.r), shown(s, s.f1), ...counts(s)];
  if (report.headings) prfRows.push(prfRow('headings (relaxed)', report.headings.relaxed));
  if (report.events) {
    prfRows.push(prfRow('events: trigger', report.events.trigger));
    for (const [slot, s] of Object.entries(report.events.slots)) prfRows.push(prfRow(`  slot ${slot}`, s));
    prfRows.push(prfRow('events: exact records', report.events.record));
  }
  if (prfRows.length > 1) lines.push('', ...alignColumns(prfRows));
  if (report.headings) {
    const level = report.headings.relaxed.tp === 0 ? '–' : fixed(report.headings.level_accuracy);
    lines.push(`heading level accuracy: ${level} (over matched headings)`);
  }
  if (lines.some((l) => / –( |$)/.test(l))) lines.push('– : nothing to score (1 in --json)');
  return lines.join('\n');
}
