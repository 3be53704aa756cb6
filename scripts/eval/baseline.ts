/**
 * The regression baseline (fixtures/baseline.json): per gold file, the figures reached when it was
 * last written on purpose (`npm run baseline`). test/regression.test.ts fails when a figure falls
 * more than `tolerance` below its baseline.
 */
import { isEmpty } from './ratios.js';
import type { EvalReport } from './types.js';

/** Figure name → value, e.g. `date.value_f1`, `headings.level_accuracy`, `events.slot.date_f1`. */
export type Figures = Record<string, number>;

export interface Baseline {
  note: string;
  tolerance: number;
  files: Record<string, Figures>;
}

export const TOLERANCE = 0.005;

export function figuresOf(report: EvalReport): Figures {
  const figures: Figures = {};
  for (const [type, s] of Object.entries(report.types)) {
    figures[`${type}.value_f1`] = s.value.f1;
    figures[`${type}.relaxed_f1`] = s.relaxed.f1;
  }
  if (report.headings) {
    figures['headings.relaxed_f1'] = report.headings.relaxed.f1;
    figures['headings.level_accuracy'] = report.headings.level_accuracy;
  }
  if (report.events) {
    figures['events.trigger_f1'] = report.events.trigger.f1;
    // A slot with nothing to score (no matched event has it) is left out: matching more events
    // later would otherwise read as a fall from the empty case's 1.
    for (const [slot, s] of Object.entries(report.events.slots)) if (!isEmpty(s)) figures[`events.slot.${slot}_f1`] = s.f1;
    figures['events.record_f1'] = report.events.record.f1;
  }
  return Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Math.round(v * 10000) / 10000]));
}

export function makeBaseline(files: Record<string, Figures>): Baseline {
  return {
    note: 'Figures reached per gold file (F1 and heading level accuracy). test/regression.test.ts fails when one falls more than `tolerance` below; rewrite on purpose with `npm run baseline`.',
    tolerance: TOLERANCE,
    files,
  };
}

/** Every figure of a file scored now that fell more than the tolerance below the baseline, one line each. */
export function regressions(baseline: Baseline, current: Record<string, Figures>): string[] {
  const lines: string[] = [];
  for (const [file, figures] of Object.entries(current)) {
    const before = baseline.files[file];
    if (!before) continue;
    for (const [name, value] of Object.entries(before)) {
      const now = figures[name];
      if (now === undefined) lines.push(`${file} ${name}: ${value.toFixed(3)} → not scored`);
      else if (now < value - baseline.tolerance) lines.push(`${file} ${name}: ${value.toFixed(3)} → ${now.toFixed(3)}`);
    }
  }
  return lines;
}

/** Files scored now that the baseline does not know (a new gold file: run `npm run baseline`). */
export function unknownFiles(baseline: Baseline, current: Record<string, Figures>): string[] {
  return Object.keys(current).filter((file) => !baseline.files[file]);
}
