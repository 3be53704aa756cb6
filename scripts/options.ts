/**
 * Strict option values: each parser refuses a value that does not fit, and commander turns that
 * into one line naming the option and the value (exit code 1), before the command runs.
 */
import { existsSync } from 'node:fs';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { parseMaxSize } from '../pipeline/parse/index.js';
import type { OutputFormat } from './format/output.js';

/** A whole number of at least `min` ('20', not '20.5', 'abc', '0x10' or '1e3'). */
export function wholeNumber(min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min) throw new InvalidArgumentError(`It must be a whole number of at least ${min}.`);
    return n;
  };
}

/** A number of seconds above zero (decimals allowed). */
export function seconds(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('It must be a number of seconds above 0.');
  return n;
}

/** Megabytes, as --max-size takes them; returns bytes. */
export function megabytes(value: string): number {
  try {
    return parseMaxSize(value);
  } catch {
    throw new InvalidArgumentError('It must be a number of megabytes above 0.');
  }
}

export interface FormatOptions {
  json?: boolean;
  csv?: boolean;
  nl?: boolean;
  wide?: boolean;
  maxWidth?: number;
}

/** --json | --csv | --nl (one at most), and for the table: --wide | --max-width N. */
export function addFormatOptions(command: Command): Command {
  return command
    .addOption(new Option('--json', 'print a JSON array of objects').conflicts(['csv', 'nl']))
    .addOption(new Option('--csv', 'print CSV').conflicts(['nl']))
    .addOption(new Option('--nl', 'print one JSON object per line'))
    .addOption(new Option('--wide', 'table: show every cell in full (cells are cut at 60 characters otherwise)').conflicts(['maxWidth']))
    .addOption(new Option('--max-width <n>', 'table: cut cells at n characters').argParser(wholeNumber(2)));
}

export function pickFormat(opts: FormatOptions): OutputFormat {
  return opts.json ? 'json' : opts.csv ? 'csv' : opts.nl ? 'nl' : 'table';
}

/** The widest a table cell may be: undefined for the default, Infinity for --wide. */
export function cellWidth(opts: FormatOptions): number | undefined {
  return opts.wide ? Infinity : opts.maxWidth;
}

/** A file argument that must exist: the error names it. */
export function requireFile(path: string): void {
  if (!existsSync(path)) throw new Error(`${path}: no such file`);
}
