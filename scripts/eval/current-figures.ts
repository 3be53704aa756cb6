/** Runs eval on the default gold files (see gold-files.ts) and returns each file's figures, keyed by its path from the repo root. */
import { join } from 'node:path';
import type { Figures } from './baseline.js';
import { figuresOf } from './baseline.js';
import { goldFiles } from './gold-files.js';
import type { Problem } from './load-gold.js';
import { runEval } from './run-eval.js';
import { toReport } from './score.js';

export async function currentFigures(root: string): Promise<{ figures: Record<string, Figures>; problems: Problem[]; missing: string[] }> {
  const { paths, missing } = goldFiles(root);
  const relative = new Map(paths.map((p) => [join(root, p), p]));
  const run = await runEval([...relative.keys()]);
  const figures: Record<string, Figures> = {};
  for (const doc of run.docs) figures[relative.get(doc.path)!] = figuresOf(toReport(doc.counts, 1));
  return { figures, problems: run.problems, missing };
}
