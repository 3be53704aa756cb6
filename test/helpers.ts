/** Shared test helpers: where the shared corpus is (when CI has it beside the clone), temp folders, and the heap after a full GC. */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = join(ROOT, '..', 'shared');
export const SHARED_TXT = join(SHARED, 'corpus', 'oas-sms-2007-declaration-on-security.txt');
export const SHARED_PDF = join(SHARED, 'corpus', 'oas-sms-2007-declaration-on-security.pdf');
export const SHARED_GOLD = join(SHARED, 'gold', 'oas-sms-2007-declaration-on-security.gold.json');
/** Tests that need ../shared skip without it (a fresh clone elsewhere has no shared corpus). */
export const HAS_SHARED = existsSync(SHARED_TXT) && existsSync(SHARED_GOLD);

export function tempDir(prefix = 'reportkb-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Heap in use after a full garbage collection, for tests of what is kept alive (the flag exposes gc() to new contexts). */
export function heapAfterFullGc(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed;
}

/** A small report with two activities, one per paragraph, for the corrections and gold tests. */
export const TWO_ACTIVITY_REPORT = [
  'I. Training',
  '',
  'In May 2014 the Secretariat held a workshop on port security in Lima, Peru, for 25 officers.',
  '',
  'A seminar on cybercrime took place in Quito, Ecuador, in June 2014 with 30 participants.',
  '',
].join('\n');
