/**
 * `npx tsx scripts/bench-shapes.ts [--chars 200000] [--runs 3] [--only name,…]` (also `npm run bench
 * -- --shapes`): the whole pipeline (stages 2–6, processDoc) on each input shape of
 * scripts/bench/shapes.ts at --chars and at twice that, best of --runs each, in CPU time. A shape passes when
 * doubling its input multiplies the time by at most 2 × 1.3 (time per character up by at most
 * 1.3×). Exit code 1 when one does not.
 */
import { parseArgs } from 'node:util';
import { createDoc } from '../pipeline/document.js';
import { processDoc } from '../pipeline/index.js';
import { SHAPES } from './bench/shapes.js';

export const MAX_GROWTH = 1.3;

export interface ShapeTiming {
  shape: string;
  chars: [number, number];
  ms: [number, number];
  /** (ms at 2n / ms at n) / 2: 1 for linear time, 2 for quadratic. */
  growth: number;
  ok: boolean;
}

/** CPU milliseconds (user + system) of one run: on a shared machine, wall time mostly measures the neighbours. */
function timeOnce(raw: string): number {
  const doc = createDoc({ path: 'shape.txt', format: 'txt', raw, sha256: '0'.repeat(64), bytes: raw.length });
  const t0 = process.cpuUsage();
  processDoc(doc);
  const used = process.cpuUsage(t0);
  return (used.user + used.system) / 1000;
}

function best(raw: string, runs: number): number {
  let min = Infinity;
  for (let r = 0; r < runs; r++) min = Math.min(min, timeOnce(raw));
  return min;
}

export function benchShapes(chars: number, runs: number, only?: readonly string[]): ShapeTiming[] {
  timeOnce(SHAPES.map((s) => s.make(2000)).join('\n\n')); // warm-up: lexicons, gazetteer, compiled regexes
  const out: ShapeTiming[] = [];
  for (const shape of SHAPES) {
    if (only && !only.includes(shape.name)) continue;
    const small = shape.make(chars);
    const large = shape.make(chars * 2);
    const ms: [number, number] = [best(small, runs), best(large, runs)];
    const growth = ms[1] / ms[0] / (large.length / small.length);
    out.push({ shape: shape.name, chars: [small.length, large.length], ms, growth, ok: growth <= MAX_GROWTH });
  }
  return out;
}

export function shapesMain(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { chars: { type: 'string', default: '200000' }, runs: { type: 'string', default: '3' }, only: { type: 'string' }, shapes: { type: 'boolean' } }, allowPositionals: false });
  const timings = benchShapes(Number(values.chars), Number(values.runs), values.only?.split(','));
  process.stdout.write('shape            chars (n, 2n)       ms (n, 2n)        growth per char\n');
  for (const t of timings) {
    process.stdout.write(`${t.shape.padEnd(16)} ${`${t.chars[0]}, ${t.chars[1]}`.padEnd(19)} ${`${t.ms[0].toFixed(0)}, ${t.ms[1].toFixed(0)}`.padEnd(17)} ${t.growth.toFixed(2)}× ${t.ok ? 'ok' : `FAIL (over ${MAX_GROWTH}×)`}\n`);
  }
  return timings.every((t) => t.ok) ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = shapesMain(process.argv.slice(2));
