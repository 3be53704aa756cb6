/**
 * Two settings of V8 for long batches. The first is for its optimizing compiler (TurboFan): when
 * it optimizes a hot function, TurboFan inlines the functions it calls until their bytecode adds
 * up to a budget (920 bytes by default). The extractors' hot loops call deep trees of small functions, so
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
 * A second setting is for regular expressions. V8 runs a regex's first match in its bytecode
 * interpreter and compiles it to machine code only when it is used again, which saves compiling
 * a regex used once. Ours are used on every block of every report, and the first match of each,
 * on a whole block, is slow in the interpreter: the person extractor's pattern of titled names
 * (large Unicode classes) took 31 ms over the paragraphs of the shared report the first time, 25
 * of them on its first paragraph of 408 characters, and 0.2 ms the second time; compiled at
 * once, the first time took 8 ms. Compiling every regex to machine code at once
 * (`--no-regexp-tier-up`) saved 414 M of 20.0 G instructions (callgrind, `node --predictable`,
 * with the inlining budget above: a process that loads the modules, reads the 405 reports of the
 * bench corpus and runs stages 2–6 and the record once over the first 160 of them). Over the
 * first 320 the saving is the same: it is all warm-up, about a tenth of a second of each
 * process's and each worker's. Later reports run the same machine code either way.
 *
 * V8 flags are per process (worker threads share them) and apply to what is compiled after
 * they are set, so `ingest` sets these before its first file.
 */
import { setFlagsFromString } from 'node:v8';

export const INLINING_BUDGET = 460;

let tuned = false;

export function tuneCompiler(): void {
  if (tuned) return;
  tuned = true;
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINING_BUDGET}`);
  setFlagsFromString('--no-regexp-tier-up');
}
