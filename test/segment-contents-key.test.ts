/**
 * segment skips a line's contents key when the line has more letters and digits than the longest
 * listed key (moreWordCharsThan): that holds only if entryKey keeps at least one letter or digit for
 * each of them. Checked for every BMP letter and digit alone, and on every fixture line: a line
 * with more than n of them has a key longer than n.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryKey, moreWordCharsThan } from '../pipeline/segment/contents.js';

describe('contents keys', () => {
  it('keep each BMP letter and digit', () => {
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      if (!/[\p{L}\p{N}]/u.test(c)) continue;
      expect(entryKey(`x${c}x`).length, code.toString(16)).toBeGreaterThanOrEqual(3);
      expect(entryKey(c).length, code.toString(16)).toBeGreaterThanOrEqual(1);
    }
  });
  it('are longer than n on every fixture line with more than n letters and digits', () => {
    const dir = join(import.meta.dirname, '..', 'fixtures', 'texts');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
        for (const n of [0, 5, 20, 60]) if (moreWordCharsThan(line, n)) expect(entryKey(line).length).toBeGreaterThan(n);
      }
    }
  });
});
