/**
 * The README's generated blocks: the demo's worked questions with their answers, and the value F1
 * on the repository's own gold files. `npm run readme` (scripts/readme.ts) writes them between
 * their markers; test/readme.test.ts builds them afresh and fails when the README's copy differs.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, type EvalReport } from '../api/index.js';
import { projectRoot } from '../pipeline/project-root.js';
import type { Answer } from './demo-run.js';
import { table } from './format/output.js';
import { TYPE_ORDER } from './eval/types.js';

export const BLOCKS = ['worked-questions', 'accuracy'] as const;
export type BlockName = (typeof BLOCKS)[number];

const begin = (name: BlockName) => `<!-- ${name}: written by npm run readme; edit scripts/, not this -->`;
const end = (name: BlockName) => `<!-- /${name} -->`;

/** The answers to the questions marked `readme` in scripts/demo-questions.ts, as the demo printed them. */
export function workedQuestionsBlock(answers: readonly Answer[]): string {
  return answers.filter((a) => a.readme).map((a) => `**${a.question}**\n\n\`\`\`sql\n${a.sql}\n\`\`\`\n\n\`\`\`\n${table(a.columns, a.rows)}\n\`\`\``).join('\n\n');
}

/** The gold sets in this repository (a fresh clone has them); ../shared's figures are for `npm run eval`. */
export const GOLD_SETS = [
  { name: 'fixtures', dir: join('fixtures', 'gold') },
  { name: 'held-out', dir: join('fixtures', 'heldout', 'gold') },
] as const;

function goldFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort().map((f) => join(dir, f));
}

export async function accuracyBlock(): Promise<string> {
  const reports: EvalReport[] = [];
  for (const set of GOLD_SETS) {
    const dir = join(projectRoot(), set.dir);
    const run = await evaluate(goldFiles(dir));
    if (!run.report || run.problems.length > 0) throw new Error(`eval of ${set.dir} failed: ${run.problems.map((p) => `${p.path}: ${p.reason}`).join('; ') || 'nothing scored'}`);
    reports.push(run.report);
  }
  const f = (x: number | undefined) => (x === undefined ? '' : x.toFixed(3));
  const rows: string[][] = [
    ...TYPE_ORDER.map((t) => [t, ...reports.map((r) => f(r.types[t]?.value.f1))]),
    ['micro', ...reports.map((r) => f(r.micro.value.f1))],
    ['headings, relaxed F1', ...reports.map((r) => f(r.headings?.relaxed.f1))],
    ['heading level accuracy', ...reports.map((r) => f(r.headings?.level_accuracy))],
    ['event trigger F1', ...reports.map((r) => f(r.events?.trigger.f1))],
    ['lowest event slot F1', ...reports.map((r) => lowestSlot(r))],
  ];
  const names = GOLD_SETS.map((s, i) => `${s.name} (${reports[i]!.documents})`);
  return [`| value F1 | ${names.join(' | ')} |`, `|---|${GOLD_SETS.map(() => '---|').join('')}`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function lowestSlot(report: EvalReport): string {
  const slots = Object.entries(report.events?.slots ?? {}).filter(([, prf]) => prf.tp + prf.fp + prf.fn > 0);
  if (slots.length === 0) return '';
  const [name, prf] = slots.reduce((low, s) => (s[1].f1 < low[1].f1 ? s : low));
  return `${prf.f1.toFixed(3)} (${name})`;
}

/** The text between a block's markers, or undefined when the README has no such block. */
export function readBlock(readme: string, name: BlockName): string | undefined {
  const from = readme.indexOf(begin(name));
  const to = readme.indexOf(end(name));
  if (from < 0 || to < from) return undefined;
  return readme.slice(from + begin(name).length, to).trim();
}

export function writeBlock(readme: string, name: BlockName, content: string): string {
  const from = readme.indexOf(begin(name));
  const to = readme.indexOf(end(name));
  if (from < 0 || to < from) throw new Error(`README.md has no ${begin(name)} … ${end(name)} markers`);
  return `${readme.slice(0, from)}${begin(name)}\n${content}\n${readme.slice(to)}`;
}

export { begin as blockBegin, end as blockEnd };
