/**
 * Issue 21: generated long and odd texts through the whole pipeline (processDoc: normalize,
 * segment, period, every extractor, activities), each within a time bound per MB that only a
 * super-linear stage would break, and with every span still quoting the raw text. The shapes are
 * the kinds that once were quadratic or overflowed the stack — one unit repeated many times, with
 * or without line breaks, long single lines, many equal-length lines, lists — built from odd units.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PARTICIPANTS } from '../extractors/participants/cap.js';
import { createDoc } from '../pipeline/document.js';
import { processDoc } from '../pipeline/index.js';

/** Milliseconds allowed per MB of text, and a floor for start-up costs: generous (ingest runs at ~1 MB/s). */
const MS_PER_MB = 40_000;
const FLOOR_MS = 3_000;

const UNITS = [
  'January,', 'May 2014', 'Peru (12),', 'Costa Rica (3), ', '30 participants', 'the OAS', 'CICAD', 'Lima, Peru', ',', '(', ')', ':', '.',
  '1,400', '10000000000000000000 participants', 'PAGE \\* MERGEFORMAT', 'DATE \\@ "d MMMM yyyy"', '\u00A0', '\uFEFF', '\uFFFD', '😀',
  '\uD83D', 'Article 4.u:', '• ', '- ', 'IV. ', 'will be held in March', 'trained 45 officers from Chile', 'a', ' ', '\t', '2014-2015',
];
const SEPARATORS = ['', ' ', '\n', '\r\n', '\n\n', ', ', '. ', '\f'];

const unit = fc.oneof(
  { arbitrary: fc.constantFrom(...UNITS), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }), weight: 1 },
);

/** A text of `size` characters at most, made of one or a few units repeated with a separator. */
const longText = fc
  .record({
    units: fc.array(unit, { minLength: 1, maxLength: 4 }),
    separator: fc.constantFrom(...SEPARATORS),
    size: fc.integer({ min: 20_000, max: 200_000 }),
    padTo: fc.option(fc.integer({ min: 20, max: 80 }), { nil: undefined }),
  })
  .map(({ units, separator, size, padTo }) => {
    const pieces: string[] = [];
    let length = 0;
    for (let i = 0; length < size; i++) {
      // padTo: pad each piece to one width (many lines of equal length when the separator breaks lines)
      let piece = units[i % units.length]!;
      if (padTo !== undefined) piece = piece.padEnd(padTo, ' x').slice(0, padTo);
      pieces.push(piece);
      length += piece.length + separator.length;
    }
    return pieces.join(separator).slice(0, size);
  });

describe('long and odd texts through the whole pipeline', () => {
  it('finish within the time bound per MB, with spans that quote the raw text', () => {
    fc.assert(
      fc.property(longText, (raw) => {
        const doc = createDoc({ path: 'fuzz.txt', format: 'txt', raw, sha256: '0'.repeat(64), bytes: raw.length });
        const t0 = performance.now();
        const result = processDoc(doc);
        const ms = performance.now() - t0;
        expect(ms, `${raw.length} characters took ${Math.round(ms)} ms`).toBeLessThan(FLOOR_MS + (raw.length / 1048576) * MS_PER_MB);
        for (const m of result.mentions) {
          expect(m.text).toBe(raw.slice(m.start, m.end));
          if (m.type === 'participants') expect(Number(m.value)).toBeLessThanOrEqual(MAX_PARTICIPANTS);
        }
      }),
      { numRuns: 8, seed: Number(process.env.FUZZ_SEED ?? 21) },
    );
  }, 120_000);
});
