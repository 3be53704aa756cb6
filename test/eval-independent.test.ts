/**
 * Cross-check: scripts/check/score_independent.py, a separate implementation of ANNOTATION.md §5,
 * must agree with `reportkb eval` within 0.001 on every figure — on the pipeline's predictions for
 * every gold file, and on deterministic perturbations of the shared gold (so the check means
 * something before the pipeline exists).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { GoldEvent, GoldFile, GoldMention } from '../pipeline/gold.js';
import { goldFiles } from '../scripts/eval/gold-files.js';
import { runEval } from '../scripts/eval/run-eval.js';
import { score, toReport } from '../scripts/eval/score.js';

const ROOT = resolve(import.meta.dirname, '..');
const SCRIPT = join(ROOT, 'scripts/check/score_independent.py');
const TMP = mkdtempSync(join(tmpdir(), 'reportkb-independent-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const hasPython = ((): boolean => {
  try {
    execFileSync('python3', ['--version']);
    return true;
  } catch {
    return false;
  }
})();
const { paths, missing } = goldFiles(ROOT);
const hasPipeline = existsSync(join(ROOT, 'pipeline/index.ts'));

function python(goldPath: string, predicted: GoldFile, name: string): unknown {
  const predPath = join(TMP, `${name}.pred.json`);
  writeFileSync(predPath, JSON.stringify(predicted));
  return JSON.parse(execFileSync('python3', [SCRIPT, goldPath, predPath], { encoding: 'utf8' }));
}

/** Every place where the two reports differ: a missing key or a number more than 0.001 apart. */
function differences(a: unknown, b: unknown, path = ''): string[] {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 0.001 ? [] : [`${path}: ${a} vs ${b}`];
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) => differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`));
  }
  return a === b ? [] : [`${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`];
}

/** A deterministic mess made of a gold file: drops, shifted and widened spans, altered values, duplicates, slot edits. */
export function perturb(gold: GoldFile, content: string): GoldFile {
  const span = (start: number, end: number): { start: number; end: number; text: string } => {
    const s = Math.max(0, Math.min(start, content.length - 1));
    const e = Math.max(s + 1, Math.min(end, content.length));
    return { start: s, end: e, text: content.slice(s, e) };
  };
  const alter = (m: GoldMention): GoldMention => {
    if (m.type === 'date') return m.mod ? { ...m, mod: undefined } : { ...m, mod: 'APPROX' };
    if (m.type === 'participants') return { ...m, value: Number(m.value) + 1 };
    if (m.type === 'organization' || m.type === 'place') return { ...m, value: String(m.value).toUpperCase() };
    return { ...m, value: `${String(m.value)}X` };
  };
  const mentions: GoldMention[] = [];
  gold.mentions.forEach((m, i) => {
    const next = gold.mentions.find((n, j) => j > i && n.type === m.type);
    if (i % 7 === 0) return;
    if (i % 7 === 1) mentions.push({ ...m, ...span(m.start + 1, m.end + 2) });
    else if (i % 7 === 2) mentions.push(alter(m));
    else if (i % 13 === 5 && next && next.start - m.end < 30) mentions.push({ ...m, ...span(m.start, next.start + 1) });
    else mentions.push(m);
    if (i % 11 === 3) mentions.push({ ...m, ...span(m.end - 1, m.end + 3), rule: 'test/duplicate' });
  });
  mentions.push({ type: 'country', ...span(100, 105), value: 'ZZZ' });
  const events: GoldEvent[] = gold.events.flatMap((e, i): GoldEvent[] => {
    if (i % 9 === 0) return [];
    const edited: GoldEvent = { ...e, trigger: i % 4 === 1 ? span(e.trigger.start + 2, e.trigger.end + 5) : e.trigger };
    if (i % 3 === 0) edited.countries = [...(e.countries ?? []).slice(1), 'ZZZ'];
    if (i % 5 === 2) edited.date = undefined;
    if (i % 5 === 3) edited.mod = e.mod ? undefined : 'END';
    if (i % 6 === 1) edited.kind = 'other';
    if (i % 4 === 2) edited.organizations = (e.organizations ?? []).map((o) => o.toLowerCase());
    if (i % 7 === 4) edited.count = (e.count ?? 0) + 1;
    if (i % 8 === 6) edited.part_of = gold.events[0]?.trigger.start;
    return i % 10 === 5 ? [edited, { ...edited, trigger: span(e.trigger.end - 2, e.trigger.end + 10) }] : [edited];
  });
  // Most members point to where their group's trigger now starts (right), the rest to where it stood in the gold (wrong once it moved).
  const moved = new Map(gold.events.map((e, i) => [e.trigger.start, i % 4 === 1 ? Math.min(e.trigger.start + 2, content.length - 1) : e.trigger.start]));
  events.forEach((e, i) => {
    if (e.part_of !== undefined && i % 3 !== 0) e.part_of = moved.get(e.part_of) ?? e.part_of;
  });
  const headings = gold.headings.filter((_, i) => i % 5 !== 4).map((h, i) => (i % 3 === 0 ? { ...h, level: h.level + 1 } : h));
  return { ...gold, mentions, events, headings };
}

describe.skipIf(!hasPython)('score_independent.py agrees with eval', () => {
  const shared = paths.filter((p) => p.startsWith('../shared/'));

  it.skipIf(shared.length === 0)('on perturbed copies of the shared gold, with and without regions', () => {
    for (const path of shared) {
      const gold = JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as GoldFile;
      const content = readFileSync(resolve(ROOT, path, '..', gold.document), 'utf8');
      const predicted = perturb(gold, content);
      const ts = toReport(score(gold, predicted), 1);
      expect(ts.micro.value.f1).toBeLessThan(0.95); // the perturbation does bite
      expect(differences(ts, python(join(ROOT, path), predicted, 'perturbed'))).toEqual([]);
      const regional: GoldFile = { ...gold, regions: [[0, Math.floor(content.length / 3)], [Math.floor(content.length / 2), content.length]] };
      const regionalPath = join(TMP, 'regional.gold.json');
      writeFileSync(regionalPath, JSON.stringify(regional));
      expect(differences(toReport(score(regional, predicted), 1), python(regionalPath, predicted, 'regional'))).toEqual([]);
    }
  });

  it.skipIf(!hasPipeline || paths.length === 0)(`on the pipeline's predictions for every gold file (${paths.length})`, async () => {
    const run = await runEval(paths.map((p) => join(ROOT, p)));
    expect(run.problems).toEqual([]);
    for (const doc of run.docs) {
      const ts = toReport(doc.counts, 1);
      expect(differences(ts, python(doc.path, doc.predicted, 'pipeline')), doc.path).toEqual([]);
    }
  });
});

it('says why parts of the cross-check are skipped', () => {
  const reasons = [
    ...(hasPython ? [] : ['python3 is not installed']),
    ...(hasPipeline ? [] : ['pipeline/index.ts (extractToGold) does not exist yet']),
    ...missing.map((m) => `no gold files match ${m}`),
  ];
  if (reasons.length > 0) console.warn(`eval-independent: skipped in part: ${reasons.join('; ')}`);
  expect(Array.isArray(reasons)).toBe(true);
});
