// What the extractors keep from one report to the next must not grow with the reports read. Their
// caches (memoized words and names, the index of long organization names) outlive every report, and
// a key or value that is a slice of a report keeps V8's whole string of that report alive
// (text/memo.ts): a batch of varied reports, each bringing a few new names, then grew by its texts. The bench cannot
// show this, since its copies of a few sources share every word.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDoc } from '../pipeline/index.js';
import { parseBytes } from '../pipeline/parse/index.js';
import { variedParagraph } from '../scripts/bench/corpus.js';
import { heapAfterFullGc, ROOT } from './helpers.js';

/** A report of about 300 KB naming people, a body and towns no report before it named (the bench's varied corpus does the same). */
const variedReport = (base: string, i: number): Buffer => Buffer.from(`${base}\n\n${variedParagraph(i)}\n`);

describe('memory kept between reports', () => {
  it('stays flat over varied reports, each bringing new names', async () => {
    const fixture = readFileSync(join(ROOT, 'fixtures/texts/dps-2014-numbered.txt'), 'utf8');
    const base = fixture.repeat(Math.ceil(300_000 / fixture.length));
    const read = async (i: number) => processDoc(await parseBytes(`varied-${i}.txt`, 'txt', variedReport(base, i)));
    // warm-up: compiled code and the lexicons' first use. Over the first ten reports the heap after a
    // full GC swings by several MB either way as V8 compiles and drops code (+1.8 MB after report 10,
    // -4 MB after report 18, measured), which made a 3-report warm-up fail one run in three; from
    // report 8 on it moves by some 30 KB a report.
    for (let i = 0; i < 8; i++) await read(i);
    const before = heapAfterFullGc();
    let organizations = 0;
    for (let i = 8; i < 24; i++) organizations += (await read(i)).mentions.filter((m) => m.value === 'RFPS').length;
    const grown = heapAfterFullGc() - before;
    expect(organizations).toBeGreaterThan(0); // the new bodies were read, and their names learned
    // With keys, or values, kept as slices, the reports' texts stayed: 6 MB more either way (measured);
    // none now (the heap even shrinks, as the warm-up's leftovers go).
    expect(grown).toBeLessThan(3_000_000);
  }, 120_000);
});
