/**
 * `npm run baseline`: rewrites fixtures/baseline.json with the figures eval reaches now on every
 * gold file (../shared/gold and fixtures/gold). Run it on purpose, after a change that is meant to
 * move the figures; test/regression.test.ts holds the code to them.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeBaseline } from './eval/baseline.js';
import { currentFigures } from './eval/current-figures.js';

const root = resolve(import.meta.dirname, '..');
const { figures, problems, missing } = await currentFigures(root);
missing.forEach((m) => console.error(`note: no gold files match ${m}`));
if (problems.length > 0) {
  problems.forEach((p) => console.error(`${p.path}: ${p.reason}`));
  console.error('baseline not written: fix the problems above first');
  process.exitCode = 1;
} else {
  writeFileSync(join(root, 'fixtures/baseline.json'), `${JSON.stringify(makeBaseline(figures), null, 2)}\n`);
  console.log(`fixtures/baseline.json: ${Object.keys(figures).length} gold files`);
}
