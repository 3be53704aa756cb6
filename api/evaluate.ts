/** Scores the pipeline against gold files (ANNOTATION.md §5). */
import type { Problem } from '../scripts/eval/load-gold.js';
import type { Predict } from '../scripts/eval/predict.js';
import { runEval, type DocResult } from '../scripts/eval/run-eval.js';
import { REPORTABLE, sumCounts, toReport } from '../scripts/eval/score.js';
import type { EvalReport } from '../scripts/eval/types.js';

export type { DocResult, EvalReport, Predict, Problem };

export interface EvaluateOptions {
  /** Only these mention types and/or 'headings', 'events' (default: all). */
  types?: readonly string[];
  /** What to score instead of the pipeline (tests). */
  predict?: Predict;
}

export interface Evaluation {
  /** P/R/F1 per type and scheme, headings, events; undefined when no gold file could be scored. */
  report?: EvalReport;
  /** Each scored gold file, with its counts and what the pipeline predicted. */
  documents: DocResult[];
  /** Invalid gold files and documents the pipeline could not read: `path: reason`. */
  problems: Problem[];
  /** Paths that do not exist (skipped). */
  notes: string[];
}

/** The names `types` accepts. */
export const EVAL_TYPES: readonly string[] = REPORTABLE;

export async function evaluate(goldPaths: readonly string[], options: EvaluateOptions = {}): Promise<Evaluation> {
  const unknown = (options.types ?? []).filter((t) => !REPORTABLE.includes(t));
  if (unknown.length > 0) throw new RangeError(`unknown type(s) ${unknown.join(', ')} (known: ${REPORTABLE.join(', ')})`);
  const run = await runEval(goldPaths, options.predict);
  const report = run.docs.length === 0 ? undefined : toReport(sumCounts(run.docs.map((d) => d.counts)), run.docs.length, { only: options.types });
  return { report, documents: run.docs, problems: run.problems, notes: run.notes };
}
