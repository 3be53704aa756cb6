/**
 * The organization name scan's ASCII fast path must answer exactly as the sticky /iu pattern
 * that defines a name match (words in any case apart by spaces, a hyphen or dash, or a list comma,
 * then no letter or digit), on names and renderings that mix cases, separators and non-ASCII
 * look-alikes (the long s and the Kelvin sign fold to "s" and "k" under /iu).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameEnd, namePattern } from '../extractors/organization/name-match.js';
import { baseRegistry } from '../extractors/organization/registry.js';

/** The definition: the pattern the scan compiled for every name before the fast path. */
function reference(name: string, text: string, at: number): number {
  const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const words = name.split(/[\s\-–]+/).filter(Boolean);
  const body = words.map((w) => escape(w).replace(/[’']/g, "['’]")).join('(?:\\s+|\\s*[-–]\\s*|,\\s+)');
  const re = new RegExp(`${body}(?![\\p{L}\\p{N}])`, 'iuy');
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? at + m[0].length : -1;
}

const NAMES = [
  ...[...baseRegistry().longNames].slice(0, 40),
  'Firearms, Ammunition, Explosives, and Other Related Materials',
  "Inter-American Children's Institute",
  'Foo ,Bar Baz',
  'Société Générale Unit',
  'Kelvin Skala Office',
  'U.S. Coast Guard',
  'Ministry of Justice – Chile',
];
const SEPARATORS = [' ', '  ', '\t', '\n', '\u00a0', '\u2003', '-', '–', ' - ', ' – ', ', ', ',', ' ,', '--', '', '.', '- '];
const LOOK_ALIKES: Record<string, string[]> = { s: ['ſ', 'S'], k: ['\u212a', 'K'], "'": ['’'], '’': ["'"], e: ['é', 'E'], i: ['İ', 'ı'] };
const AFTER = ['', ' ', 'x', '1', 'é', '-', '’s', ',', '\u0301', '😀', ' of Chile'];

const rendering = fc
  .record({
    name: fc.constantFrom(...NAMES),
    seps: fc.array(fc.constantFrom(...SEPARATORS), { minLength: 12, maxLength: 12 }),
    changes: fc.array(fc.tuple(fc.nat(), fc.constantFrom('upper', 'lower', 'alike', 'drop')), { maxLength: 4 }),
    before: fc.constantFrom('', 'the ', '('),
    after: fc.constantFrom(...AFTER),
  })
  .map(({ name, seps, changes, before, after }) => {
    const chars = [...name.split(/[\s\-–]+/).filter(Boolean).map((w, i) => (i ? (seps[i % seps.length] ?? ' ') : '') + w).join('')];
    for (const [at, change] of changes) {
      const i = at % chars.length;
      const c = chars[i]!;
      if (change === 'upper') chars[i] = c.toUpperCase();
      else if (change === 'lower') chars[i] = c.toLowerCase();
      else if (change === 'drop') chars[i] = '';
      else chars[i] = LOOK_ALIKES[c.toLowerCase()]?.[at % 2] ?? c;
    }
    return { name, text: before + chars.join('') + after, at: before.length };
  });

describe('organization name match', () => {
  it('answers as the name pattern does', () => {
    fc.assert(
      fc.property(rendering, fc.constantFrom(...NAMES), fc.boolean(), ({ name, text, at }, other, same) => {
        const tried = same ? name : other;
        expect(nameEnd(text, at, namePattern(tried))).toBe(reference(tried, text, at));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads separators and case as the pattern does', () => {
    const name = namePattern('Group of Experts on Money-laundering Control');
    const text = 'the GROUP of experts, on Money - Laundering\tcontrol met';
    expect(nameEnd(text, 4, name)).toBe(reference('Group of Experts on Money-laundering Control', text, 4));
    expect(nameEnd('Group of Experts on Money-launderingControl', 0, name)).toBe(-1);
    expect(nameEnd('Group of Experts on Money-laundering Controls', 0, name)).toBe(-1);
  });
});
