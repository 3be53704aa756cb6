// bin/compiled.js decides whether `reportkb` may run dist/ instead of the TypeScript sources:
// never when a source file is newer than the build, so an edited checkout never runs stale code.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module without types
import { BUILD_STAMP, compiledIsFresh } from '../bin/compiled.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A checkout with one source file and, when `builtAt` is given, a dist/ stamped at that time. */
function checkout(sourceAt: number, builtAt?: number): string {
  const root = mkdtempSync(join(tmpdir(), 'reportkb-compiled-'));
  made.push(root);
  mkdirSync(join(root, 'pipeline', 'parse'), { recursive: true });
  const source = join(root, 'pipeline', 'parse', 'a.ts');
  writeFileSync(source, 'export {};\n');
  utimesSync(source, sourceAt, sourceAt);
  if (builtAt !== undefined) {
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', BUILD_STAMP), 'built\n');
    utimesSync(join(root, 'dist', BUILD_STAMP), builtAt, builtAt);
  }
  return root;
}

describe('compiledIsFresh', () => {
  it('takes a build made after every source file', () => {
    expect(compiledIsFresh(checkout(1_000_000, 2_000_000))).toBe(true);
  });
  it('refuses a build older than a source file (in a nested folder)', () => {
    expect(compiledIsFresh(checkout(2_000_000, 1_000_000))).toBe(false);
  });
  it('refuses a checkout that was never built', () => {
    expect(compiledIsFresh(checkout(1_000_000))).toBe(false);
  });
  it('refuses when REPORTKB_FROM_SOURCE=1 asks for the sources', () => {
    const root = checkout(1_000_000, 2_000_000);
    process.env.REPORTKB_FROM_SOURCE = '1';
    try {
      expect(compiledIsFresh(root)).toBe(false);
    } finally {
      delete process.env.REPORTKB_FROM_SOURCE;
    }
  });
});
