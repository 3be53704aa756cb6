/**
 * The name scan reads the names that share a first word as one trie (organization/name-trie.ts):
 * it must find the name the list gives first, as asking each name in order with nameEnd does, on
 * renderings of names that share their first words ("United Nations …"), cut short, run on, in
 * other cases and with non-ASCII look-alikes (which send it back to asking each name).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameEnd, namePattern } from '../extractors/organization/name-match.js';
import { firstNameEnd } from '../extractors/organization/name-trie.js';
import { baseRegistry } from '../extractors/organization/registry.js';

/** The scan as it was: each name in list order, the first written there. */
function firstInOrder(text: string, at: number, names: ReadonlyArray<{ name: ReturnType<typeof namePattern> }>): number {
  for (const { name } of names) {
    const end = nameEnd(text, at, name);
    if (end >= 0) return end;
  }
  return -1;
}

const LONG = [...baseRegistry().longNames];
const SHARED = LONG.filter((n) => /^(?:United|International|Inter-American|European)\b/.test(n)).slice(0, 120);
const EXTRA = ['United Nations', 'United Nations Office', 'United  Nations Office on Drugs', 'United Nations, Office', 'Inter-American Children’s Institute', 'United Naçions Fund'];
const SEPARATORS = [' ', '  ', '\n', '-', ' - ', ', ', ',', '', '\u2003', '–'];
const AFTER = ['', ' ', 'x', '1', 'é', '-', ',', ' Office', ' Programme', ' on Drugs and Crime'];

const rendering = fc
  .record({
    name: fc.constantFrom(...SHARED, ...EXTRA),
    words: fc.nat({ max: 12 }),
    sep: fc.constantFrom(...SEPARATORS),
    upper: fc.boolean(),
    alike: fc.boolean(),
    after: fc.constantFrom(...AFTER),
  })
  .map(({ name, words, sep, upper, alike, after }) => {
    const parts = name.split(/[\s\-–]+/).filter(Boolean);
    let body = parts.slice(0, Math.max(1, Math.min(parts.length, words))).join(sep === '' ? ' ' : sep);
    if (upper) body = body.toUpperCase();
    if (alike) body = body.replace('s', 'ſ');
    return `the ${body}${after}`;
  });

describe('organization name trie', () => {
  it('finds the name the list gives first, as asking each in order does', () => {
    const lists = [SHARED, [...SHARED].reverse(), [...EXTRA, ...SHARED], SHARED.slice(0, 7)].map((names) => names.map((n) => ({ name: namePattern(n) })));
    fc.assert(
      fc.property(rendering, fc.nat({ max: lists.length - 1 }), (text, k) => {
        const names = lists[k]!;
        expect(firstNameEnd(text, 4, names)).toBe(firstInOrder(text, 4, names));
      }),
      { numRuns: 4000 },
    );
  });

  it('builds its trie again when the list grows', () => {
    const names = ['United Nations Office', 'United Nations'].map((n) => ({ name: namePattern(n) }));
    expect(firstNameEnd('the United Nations Office on Drugs', 4, names)).toBe(25);
    names.unshift({ name: namePattern('United Nations Office on Drugs') });
    expect(firstNameEnd('the United Nations Office on Drugs', 4, names)).toBe(34);
    expect(firstNameEnd('the United Nations Programme', 4, names)).toBe(18);
  });
});
