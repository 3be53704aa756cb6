/**
 * LayeredMap and LayeredSet (extractors/text/layered.ts) must answer as the copies they stand in
 * for: random writes and reads on a layer and on the layer it was made from, compared step by step
 * with a Map or Set copied at the same moment (sizes, lookups, iteration order, forEach with writes
 * during the walk), including a layer made from a layer.
 */
import { describe, expect, it } from 'vitest';
import { LayeredMap, LayeredSet } from '../extractors/text/layered.js';

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const keys = Array.from({ length: 30 }, (_, i) => `k${i}`);

describe('LayeredMap', () => {
  it('answers as a Map copied at the same moment, through random writes on both sides', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed);
      const pick = () => keys[Math.floor(next() * keys.length)]!;
      const value = () => (next() < 0.2 ? null : `v${Math.floor(next() * 5)}`);
      const base = new LayeredMap<string, string | null>();
      const baseRef = new Map<string, string | null>();
      for (let i = 0; i < 15; i++) {
        const k = pick(), v = value();
        base.set(k, v);
        baseRef.set(k, v);
      }
      const layers: Array<[LayeredMap<string, string | null>, Map<string, string | null>]> = [[base, baseRef]];
      for (let step = 0; step < 60; step++) {
        const r = next();
        if (r < 0.1 && layers.length < 4) {
          const [from, fromRef] = layers[Math.floor(next() * layers.length)]!;
          layers.push([new LayeredMap(from), new Map(fromRef)]);
          continue;
        }
        const [layer, ref] = layers[Math.floor(next() * layers.length)]!;
        const k = pick();
        if (r < 0.5) {
          const v = value();
          layer.set(k, v);
          ref.set(k, v);
        } else if (r < 0.6) {
          // forEach with writes during the walk, as Registry.redefine does
          const seen: string[] = [], seenRef: string[] = [];
          const to = value();
          layer.forEach((v, key) => {
            seen.push(`${key}=${v}`);
            if (v === null) layer.set(key, to);
            if (key === k) layer.set(`${k}x`, to);
          });
          ref.forEach((v, key) => {
            seenRef.push(`${key}=${v}`);
            if (v === null) ref.set(key, to);
            if (key === k) ref.set(`${k}x`, to);
          });
          expect(seen).toEqual(seenRef);
        }
        for (const [l, m] of layers) {
          expect(l.size).toBe(m.size);
          expect(l.get(k)).toBe(m.get(k));
          expect(l.has(k)).toBe(m.has(k));
          expect([...l]).toEqual([...m]);
          expect([...l.values()]).toEqual([...m.values()]);
        }
      }
    }
  });
});

describe('LayeredSet', () => {
  it('answers as a Set copied at the same moment, through random additions on both sides', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed);
      const pick = () => keys[Math.floor(next() * keys.length)]!;
      const base = new LayeredSet<string>();
      const baseRef = new Set<string>();
      for (let i = 0; i < 10; i++) {
        const k = pick();
        base.add(k);
        baseRef.add(k);
      }
      const layers: Array<[LayeredSet<string>, Set<string>]> = [[base, baseRef]];
      for (let step = 0; step < 60; step++) {
        if (next() < 0.1 && layers.length < 4) {
          const [from, fromRef] = layers[Math.floor(next() * layers.length)]!;
          layers.push([new LayeredSet(from), new Set(fromRef)]);
          continue;
        }
        const [layer, ref] = layers[Math.floor(next() * layers.length)]!;
        const k = pick();
        layer.add(k);
        ref.add(k);
        for (const [l, s] of layers) {
          expect(l.size).toBe(s.size);
          expect(l.has(k)).toBe(s.has(k));
          expect([...l]).toEqual([...s]);
        }
      }
    }
  });
});
