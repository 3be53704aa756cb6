/**
 * The span invariant (STYLE.md §1, ANNOTATION.md §1): every heading, mention and activity trigger
 * the pipeline emits, over every fixture (text, PDF, DOCX) and the shared report, is a slice of
 * the raw text: inside it, and its `text` equal to `raw.slice(start, end)`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processFile, toGold } from '../pipeline/index.js';
import { ROOT, SHARED_PDF, SHARED_TXT } from './helpers.js';

const fixtureFiles = ['texts', 'pdf', 'docx', 'heldout/texts'].flatMap((folder) => {
  const dir = join(ROOT, 'fixtures', folder);
  return existsSync(dir) ? readdirSync(dir).map((f) => join(dir, f)) : [];
});
const files = [...fixtureFiles, ...[SHARED_TXT, SHARED_PDF].filter((f) => existsSync(f))];

describe('every span is a slice of the raw text', () => {
  it('has files to check', () => expect(fixtureFiles.length).toBeGreaterThanOrEqual(6));
  for (const file of files) {
    it(file.replace(ROOT, '.'), async () => {
      const result = await processFile(file);
      const raw = result.doc.raw;
      const gold = toGold(result, file);
      const spans = [...gold.headings, ...gold.mentions, ...gold.events.map((e) => e.trigger)];
      expect(spans.length).toBeGreaterThan(0);
      for (const s of spans) {
        expect(0 <= s.start && s.start <= s.end && s.end <= raw.length, JSON.stringify(s)).toBe(true);
        expect(raw.slice(s.start, s.end)).toBe(s.text);
      }
      for (const m of result.mentions) expect(m.rule, JSON.stringify(m)).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
      // ANNOTATION.md §2: no leading article or preposition, no surrounding white space or
      // punctuation, and spans of one type never overlap. A place or country whose name holds its
      // article ("The Hague", "The Bahamas", as §2 lists it) keeps it.
      for (const m of gold.mentions) {
        const t = m.text;
        const namedWithArticle = (m.type === 'place' || m.type === 'country') && /^The \p{Lu}/u.test(t);
        if (!namedWithArticle) expect(t, JSON.stringify(m)).not.toMatch(/^(?:the|in|on|during|from|since|between)\s/i);
        expect(t, JSON.stringify(m)).not.toMatch(/^[\s,;:.!?"“”'‘’(\[]|[\s,;:!?"“”‘(\[]$/);
      }
      const byType = new Map<string, typeof gold.mentions>();
      for (const m of gold.mentions) byType.set(m.type, [...(byType.get(m.type) ?? []), m]);
      for (const [type, list] of byType) {
        const sorted = [...list].sort((a, b) => a.start - b.start);
        for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.start, `${type} spans overlap: ${JSON.stringify(sorted[i - 1])} ${JSON.stringify(sorted[i])}`).toBeGreaterThanOrEqual(sorted[i - 1]!.end);
      }
    });
  }
});
