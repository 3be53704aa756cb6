/**
 * `reportkb eval <gold.json…> [--json] [--errors] [--types t1,t2]`: score the pipeline against
 * gold files (ANNOTATION.md §5). A thin shell over scripts/eval/: parse, run, format.
 *
 * - stdout: the table, or with `--json` exactly the report object; `--errors` adds every fp/fn
 *   after the table (to stderr under `--json`, so stdout stays one JSON object).
 * - stderr: notes (paths that do not exist are skipped) and problems, one `path: reason` line each.
 * - exit code 1 when a gold file is invalid, the pipeline fails on a document, `--types` names
 *   something unknown, or nothing could be scored.
 * - `--types` names mention types and/or `headings`, `events` (see scripts/eval/score.ts).
 */
import { Command } from 'commander';
import { formatErrors } from '../eval/format-errors.js';
import { formatTable } from '../eval/format-table.js';
import { evaluate, EVAL_TYPES, type Predict } from '../../api/index.js';
import { TYPE_ORDER } from '../eval/types.js';
import { SECTIONS } from '../eval/score.js';

export interface EvalOptions {
  json?: boolean;
  errors?: boolean;
  types?: string[];
}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const stdio: Io = { out: (t) => void process.stdout.write(`${t}\n`), err: (t) => void process.stderr.write(`${t}\n`) };

export async function runEvalCommand(paths: readonly string[], opts: EvalOptions, io: Io = stdio, predict?: Predict): Promise<number> {
  const unknown = (opts.types ?? []).filter((t) => !EVAL_TYPES.includes(t));
  if (unknown.length > 0) {
    io.err(`Error: --types: unknown ${unknown.join(', ')} (known: ${EVAL_TYPES.join(', ')})`);
    return 1;
  }
  const run = await evaluate(paths, { types: opts.types, predict });
  run.notes.forEach((note) => io.err(note));
  run.problems.forEach((p) => io.err(`${p.path}: ${p.reason}`));
  const report = run.report;
  if (report === undefined) {
    io.err('Error: no gold file could be scored');
    return 1;
  }
  io.out(opts.json ? JSON.stringify(report, null, 2) : formatTable(report));
  if (opts.errors) {
    const types = TYPE_ORDER.filter((t) => report.types[t] !== undefined);
    (opts.json ? io.err : io.out)(`\n${formatErrors(run.documents, { types, headings: report.headings !== undefined, events: report.events !== undefined })}`);
  }
  return run.problems.length > 0 ? 1 : 0;
}

export function evalCommand(): Command {
  return new Command('eval')
    .description('score the pipeline against gold annotations (ANNOTATION.md §5): strict, relaxed and value P/R/F1 per type, headings, events')
    .argument('<gold...>', 'gold files (reportkb-gold/1); paths that do not exist are skipped with a note')
    .option('--json', 'print the report as one JSON object')
    .option('--errors', 'also list every false positive and false negative (value scheme) with its context')
    .option('--types <list>', `comma-separated names to report: ${[...TYPE_ORDER, ...SECTIONS].join(', ')}`, (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .action(async (paths: string[], opts: EvalOptions) => {
      process.exitCode = await runEvalCommand(paths, opts);
    });
}
