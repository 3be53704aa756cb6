/**
 * Regression: every figure of fixtures/baseline.json (per gold file: value and relaxed F1 per type,
 * headings, event triggers and slots) must hold within the baseline's tolerance. After a change
 * meant to move the figures, rewrite the baseline with `npm run baseline`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regressions, unknownFiles, type Baseline } from '../scripts/eval/baseline.js';
import { currentFigures } from '../scripts/eval/current-figures.js';
import { goldFiles } from '../scripts/eval/gold-files.js';

const ROOT = resolve(import.meta.dirname, '..');
const baseline = JSON.parse(readFileSync(join(ROOT, 'fixtures/baseline.json'), 'utf8')) as Baseline;
const { paths, missing } = goldFiles(ROOT);

describe('regression against fixtures/baseline.json', () => {
  if (missing.length > 0) it.skip(`no gold files match ${missing.join(', ')}`, () => {});

  it.skipIf(paths.length === 0)(`holds every figure within ${baseline.tolerance} on ${paths.length} gold files`, async () => {
    const { figures, problems } = await currentFigures(ROOT);
    expect(problems.map((p) => `${p.path}: ${p.reason}`)).toEqual([]);
    const fresh = unknownFiles(baseline, figures);
    if (fresh.length > 0) console.warn(`not in fixtures/baseline.json yet (run npm run baseline): ${fresh.join(', ')}`);
    expect(regressions(baseline, figures)).toEqual([]);
  });
});

describe('regressions()', () => {
  const base: Baseline = { note: '', tolerance: 0.005, files: { 'a.gold.json': { 'date.value_f1': 0.8, 'events.slot.date_f1': 0.5 }, 'b.gold.json': { 'country.value_f1': 1 } } };

  it('names each figure that fell more than the tolerance', () => {
    const now = { 'a.gold.json': { 'date.value_f1': 0.79, 'events.slot.date_f1': 0.5 }, 'b.gold.json': { 'country.value_f1': 0.9 } };
    expect(regressions(base, now)).toEqual(['a.gold.json date.value_f1: 0.800 → 0.790', 'b.gold.json country.value_f1: 1.000 → 0.900']);
  });

  it('lets small drops, gains and files absent now pass, and flags figures no longer scored', () => {
    expect(regressions(base, { 'a.gold.json': { 'date.value_f1': 0.796, 'events.slot.date_f1': 0.9 } })).toEqual([]);
    expect(regressions(base, { 'a.gold.json': { 'date.value_f1': 0.8 } })).toEqual(['a.gold.json events.slot.date_f1: 0.500 → not scored']);
    expect(unknownFiles(base, { 'c.gold.json': {} })).toEqual(['c.gold.json']);
  });
});
