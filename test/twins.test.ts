/**
 * A report as PDF or DOCX yields the headings of its text twin (issue 2: ≥ 95% of them; issue 17:
 * the layout fixtures' PDFs ≥ 98%), and no paragraph of a PDF carries page furniture (running
 * header, page number); the cover's symbol block is kept as furniture, in blocks of kind 'front'.
 * Each layout fixture's PDF gives the activity rows of its text too (issue 17: ≥ 97%, F1 of the two
 * row sets, rows compared by trigger text as stored (furniture cut out), kind and every slot value).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../pipeline/document.js';
import { headingsOf, processFile } from '../pipeline/index.js';
import { ROOT, SHARED_PDF, SHARED_TXT } from './helpers.js';

const fold = (s: string) => s.replace(/\s+/g, ' ').replace(/(\w)- (\w)/g, '$1$2').trim();
const headingTexts = async (file: string) => headingsOf(await processFile(file)).map((h) => `${h.level} ${fold(h.text)}`);

const twins: Array<[string, string]> = [
  ...['dps-2014-numbered', 'sms-2011-agency-parts'].flatMap((name) => [
    [join(ROOT, 'fixtures/texts', `${name}.txt`), join(ROOT, 'fixtures/pdf', `${name}.pdf`)] as [string, string],
    [join(ROOT, 'fixtures/texts', `${name}.txt`), join(ROOT, 'fixtures/docx', `${name}.docx`)] as [string, string],
  ]),
  [SHARED_TXT, SHARED_PDF],
];

/** Every other fixture (layouts of issue 17: cover, distribution header, contents, masthead, web page, bulletin): its PDF, which `npm run fixtures` makes. */
const LAYOUTS = readdirSync(join(ROOT, 'fixtures/texts'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -'.txt'.length))
  .filter((name) => !['dps-2014-numbered', 'sms-2011-agency-parts'].includes(name))
  .sort();

/**
 * PDF twins known to fall short of the issue-17 targets, with what fails. Their cases are expected
 * to fail (it.fails): when one starts to pass, vitest reports it, and it comes off this list. Each is
 * an open class, named in the issue notes, never a threshold lowered.
 */
const KNOWN_PDF_GAPS: ReadonlyMap<string, { headings?: string; rows?: string }> = new Map<string, { headings?: string; rows?: string }>([
  // none (measured 2026-12-07): the three blind fixtures' gaps were the fixture generator's (orphan lines of hard-wrapped
  // paragraphs, contents page numbers pushed to a line of their own, a footer drawn as one string, a table past the page
  // edge), fixed in scripts/make-fixtures.ts, and the pipeline's (a tab table's cells wrapped under their row without their
  // indent; a flattened table's row number at a page's foot read as a page number), fixed in extractors/ and pipeline/.
]);

/** Text compared across twins: whitespace folded, a word hyphenated at a line break joined, accents and case dropped (the PDF's font maps some letters). */
const plain = (s: string) => fold(s).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A document's activity rows as a user reads them: trigger text, kind and every slot value (a member names its group's trigger). */
async function activityRows(file: string): Promise<string[]> {
  const { doc, events } = await processFile(file);
  const triggerAt = new Map(events.map((e) => [e.gold.trigger.start, readText(doc, e.gold.trigger)]));
  return events.map(({ gold: e }) =>
    JSON.stringify([
      plain(readText(doc, e.trigger)), e.kind, e.status, e.count ?? null, e.date ?? null, e.participants ?? null,
      [...(e.places ?? [])].map(plain).sort(), [...(e.countries ?? [])].sort(), [...(e.organizations ?? [])].map(plain).sort(),
      e.part_of === undefined || e.part_of === null ? null : plain(triggerAt.get(e.part_of) ?? '?'),
    ]),
  );
}

/** F1 of two row multisets: rows equal in every field count as agreeing. */
function rowAgreement(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 1;
  const left = new Map<string, number>();
  for (const row of a) left.set(row, (left.get(row) ?? 0) + 1);
  let same = 0;
  for (const row of b) {
    const n = left.get(row) ?? 0;
    if (n > 0) {
      same++;
      left.set(row, n - 1);
    }
  }
  return (2 * same) / (a.length + b.length);
}

describe('PDF and DOCX twins', () => {
  for (const [text, twin] of twins) {
    it.skipIf(!existsSync(twin))(`${twin.replace(ROOT, '.')} yields the headings of its text`, async () => {
      const expected = await headingTexts(text);
      const got = await headingTexts(twin);
      const found = expected.filter((h) => got.includes(h));
      expect(found.length / expected.length, `missing: ${expected.filter((h) => !got.includes(h)).join(' | ')}`).toBeGreaterThanOrEqual(0.95);
      expect(got.length).toBeLessThanOrEqual(expected.length + 1);
    });
  }

  for (const [name, ext] of LAYOUTS.flatMap((n) => [[n, 'pdf'], [n, 'docx']] as const)) {
    const pdf = join(ROOT, `fixtures/${ext}`, `${name}.${ext}`);
    const gap = ext === 'pdf' ? KNOWN_PDF_GAPS.get(name)?.headings : undefined;
    (gap ? it.skipIf(!existsSync(pdf)).fails : it.skipIf(!existsSync(pdf)))(`./fixtures/${ext}/${name}.${ext} yields the headings and levels of its text (≥ 98%)${gap ? ` — known gap: ${gap}` : ''}`, async () => {
      const expected = await headingTexts(join(ROOT, 'fixtures/texts', `${name}.txt`));
      const got = await headingTexts(pdf);
      const agree = (2 * expected.filter((h) => got.includes(h)).length) / (expected.length + got.length);
      expect(agree, `text: ${expected.join(' | ')}\npdf: ${got.join(' | ')}`).toBeGreaterThanOrEqual(0.98);
    });
  }

  for (const name of LAYOUTS) {
    const pdf = join(ROOT, 'fixtures/pdf', `${name}.pdf`);
    const gap = KNOWN_PDF_GAPS.get(name)?.rows;
    (gap ? it.skipIf(!existsSync(pdf)).fails : it.skipIf(!existsSync(pdf)))(`./fixtures/pdf/${name}.pdf yields the activity rows of its text (≥ 97%)${gap ? ` — known gap: ${gap}` : ''}`, async () => {
      const expected = await activityRows(join(ROOT, 'fixtures/texts', `${name}.txt`));
      const got = await activityRows(pdf);
      const only = (x: string[], y: string[]) => x.filter((r) => !y.includes(r)).join('\n  ');
      expect(rowAgreement(expected, got), `text only:\n  ${only(expected, got)}\npdf only:\n  ${only(got, expected)}`).toBeGreaterThanOrEqual(0.97);
    });
  }

  for (const pdf of [join(ROOT, 'fixtures/pdf/dps-2014-numbered.pdf'), join(ROOT, 'fixtures/pdf/un-style-report.pdf'), SHARED_PDF]) {
    it.skipIf(!existsSync(pdf))(`${pdf.replace(ROOT, '.')}: no paragraph holds a page number or running header`, async () => {
      const result = await processFile(pdf);
      const paragraphs = result.doc.blocks.filter((b) => b.kind !== 'front').map((b) => result.doc.view.text.slice(b.start, b.end));
      const front = result.doc.blocks.filter((b) => b.kind === 'front').map((b) => result.doc.view.text.slice(b.start, b.end));
      expect(front.some((f) => f.includes('/'))).toBe(true); // the symbol block is recognized as cover furniture
      for (const p of paragraphs) {
        expect(p).not.toMatch(/E\/CN\.15\/2026\/9\b/); // the UN report's own symbol as running header, in a paragraph that goes on over it
        expect(p).not.toMatch(/^\s*-\s*\d+\s*-\s*$/m);
        expect(p).not.toMatch(/\b[A-Z]{2,}\/[A-Z]+[-\d]+\/\d{2}\b(?!\s*corr)/); // a document symbol like CP/CSH-946/08
      }
    });
  }
});
