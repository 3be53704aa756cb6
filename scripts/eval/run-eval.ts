/**
 * Eval over gold files: load and validate each, predict its document, count. Paths that do not
 * exist (an unexpanded shell glob such as `fixtures/gold/*.gold.json`) are skipped with a note;
 * a gold file that exists but is invalid, or whose document the pipeline cannot read, is a problem
 * and is left out of the figures.
 */
import { existsSync } from 'node:fs';
import type { GoldFile } from '../../pipeline/gold.js';
import { loadGold, type LoadedGold, type Problem } from './load-gold.js';
import { extractToGold, type Predict } from './predict.js';
import { score } from './score.js';
import type { DocCounts } from './types.js';
import { pushAll } from '../../pipeline/push-all.js';

export interface DocResult extends LoadedGold {
  predicted: GoldFile;
  counts: DocCounts;
}

export interface EvalRun {
  docs: DocResult[];
  problems: Problem[];
  notes: string[];
}

export async function runEval(paths: readonly string[], predict: Predict = extractToGold): Promise<EvalRun> {
  const run: EvalRun = { docs: [], problems: [], notes: [] };
  for (const path of paths) {
    if (!existsSync(path)) {
      run.notes.push(`note: skipping ${path}: no such file${/[*?[]/.test(path) ? ' (a pattern that matched nothing)' : ''}`);
      continue;
    }
    const { loaded, problems } = await loadGold(path);
    pushAll(run.problems, problems);
    if (!loaded) continue;
    try {
      const predicted = await predict(loaded.documentPath);
      run.docs.push({ ...loaded, predicted, counts: score(loaded.gold, predicted) });
    } catch (error) {
      run.problems.push({ path, reason: `the pipeline failed on ${loaded.documentPath}: ${(error as Error).message}` });
    }
  }
  return run;
}
