/**
 * One setting of V8's optimizing compiler (TurboFan) for long batches. When it optimizes a hot
 * function, TurboFan inlines the functions it calls until their bytecode adds up to a budget
 * (920 bytes by default). The extractors' hot loops call deep trees of small functions, so
 * each optimization built a large graph, and most functions are optimized again after a
 * deoptimization: compiling took 28% of all instructions over the first 405 reports of the
 * bench corpus (callgrind, `node --predictable`, one pass of stages 2–6).
 *
 * Half the budget (460) cuts compiling by a fifth and the whole pass by 5%, while the compiled
 * code itself runs only 0.5% more instructions. A quarter (230) saved 7% in all but slowed the
 * code by 2.3%; no inlining at all slowed it by 13%. Measured again once the event stage stopped
 * being recompiled over and over: still −3.6% (compiles 7.88 G → 6.53 G instructions, the code
 * +0.3%). A later tier-up (a larger --interrupt-budget) cost more than it saved. Compiling
 * runs on V8's background threads, so the gain shows most when every core is busy
 * (`--concurrency 2`).
 *
 * Left at its default: V8's regex tier-up. V8 runs a regex's first match in its bytecode
 * interpreter and compiles it to machine code when it is used again. Our first match of each is
 * on a whole block, slow in the interpreter for our large Unicode classes (the person extractor's
 * titled-name pattern: 25 ms on a 408-character paragraph, 8 ms compiled at once), and
 * `--no-regexp-tier-up` saved 410 M instructions of each process's warm-up. But on reports that
 * each bring new names it cost 5 M instructions a report more (+2.8%: reports 61–120 of the
 * bench's varied corpus, 10.87 G → 11.18 G; callgrind, `node --predictable`), which outweighs the
 * saving past some 80 reports.
 *
 * V8 flags are per process (worker threads share them) and apply to what is compiled after
 * they are set, so `ingest` sets this before its first file.
 */
import { setFlagsFromString } from 'node:v8';

export const INLINING_BUDGET = 460;

let tuned = false;

export function tuneCompiler(): void {
  if (tuned) return;
  tuned = true;
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINING_BUDGET}`);
}
