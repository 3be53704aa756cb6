/**
 * Issue 21 §3: no stage spreads an unbounded list into a call (`Math.max(...xs)`, `push(...xs)`),
 * which throws "Maximum call stack size exceeded" past about 100 000 items.
 */
import { describe, expect, it } from 'vitest';
import type { Line } from '../pipeline/normalize/lines.js';
import { wrapProfile } from '../pipeline/normalize/wrapping.js';
import { pushAll } from '../pipeline/push-all.js';

describe('long lists', () => {
  it('wrapProfile takes a run of 300 000 lines', () => {
    const run: Line[] = Array.from({ length: 300_000 }, (_, i) => ({ index: i, start: 0, end: 0, text: `${i},Peru,2014,${i % 7}`, page: 1 }));
    expect(wrapProfile(run).width).toBe('299999,Peru,2014,3'.length);
  });

  it('pushAll appends 500 000 items', () => {
    const into = [1];
    pushAll(into, new Array<number>(500_000).fill(2));
    expect(into.length).toBe(500_001);
  });
});
