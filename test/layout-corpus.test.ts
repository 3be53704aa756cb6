/** Segmentation on the layout corpus (pipeline/segment/corpus.ts): headings and levels, cover furniture, contents lists, cut running headers. */
import { describe, expect, it } from 'vitest';
import { createDoc, spanFromView } from '../pipeline/document.js';
import { normalize } from '../pipeline/normalize/index.js';
import { LAYOUT_EXAMPLES } from '../pipeline/segment/corpus.js';
import { segment } from '../pipeline/segment/index.js';
import { sectionLines } from '../scripts/commands/sections.js';

function segmented(raw: string, format: 'txt' | 'docx' = 'txt') {
  const doc = createDoc({ path: `test.${format}`, format, raw, sha256: '', bytes: raw.length });
  normalize(doc);
  segment(doc);
  const textOf = (kind: string) => doc.blocks.filter((b) => b.kind === kind).map((b) => doc.view.text.slice(b.start, b.end));
  return {
    headings: doc.sections.map((s) => [s.level, spanFromView(doc, s.headingStart, s.headingEnd).text]),
    front: textOf('front'),
    contents: textOf('contents'),
    flow: [...textOf('paragraph'), ...textOf('heading')],
    all: doc.blocks.map((b) => doc.view.text.slice(b.start, b.end)),
  };
}

describe('layout corpus', () => {
  for (const example of LAYOUT_EXAMPLES) {
    it(example.name, () => {
      const got = segmented(example.text, example.format);
      expect(got.headings).toEqual(example.headings);
      if (example.front) expect(got.front).toEqual(example.front);
      if (example.contents) expect(got.contents).toEqual(example.contents);
      for (const cut of example.cut ?? []) for (const text of got.flow) expect(text).not.toContain(cut);
      for (const kept of example.kept ?? []) expect(got.all.some((text) => text.includes(kept)), kept).toBe(true);
      for (const block of example.blocks ?? []) expect(got.all, block).toContain(block);
    });
  }
});

describe('reportkb sections', () => {
  it('shows the cover block, the contents list and furniture inside the text as such, where they stand', () => {
    const raw = ['GULF PORTS COUNCIL          GPC/doc.3/25', 'ANNUAL REPORT OF ACTIVITIES 2024', 'Original: English', '', 'CONTENTS', 'I. Courses ........ 2', 'II. Missions ........ 3', '', 'I. Courses', 'The Council held two courses in Lima.', '', 'Share   Print', '', 'The courses trained 40 officers.', '', 'II. Missions', 'A mission visited Callao.'].join('\n');
    const doc = createDoc({ path: 'test.txt', format: 'txt', raw, sha256: '', bytes: raw.length });
    normalize(doc);
    segment(doc);
    const lines = sectionLines(doc).map((l) => l.replace(/\s+\[\d+-\d+\].*$/, ''));
    expect(lines).toEqual([
      '[cover] 2 pieces: GULF PORTS COUNCIL | GPC/doc.3/25',
      'ANNUAL REPORT OF ACTIVITIES 2024',
      '  [cover] 1 piece: Original: English',
      '  CONTENTS',
      '    [contents] 2 lines: I. Courses ........ 2 | II. Missions ........ 3',
      '  I. Courses',
      '    [furniture] 1 piece: Share Print',
      '  II. Missions',
    ]);
  });
});
