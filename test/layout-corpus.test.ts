/** Segmentation on the layout corpus (pipeline/segment/corpus.ts): headings and levels, cover furniture, contents lists, cut running headers. */
import { describe, expect, it } from 'vitest';
import { createDoc, spanFromView } from '../pipeline/document.js';
import { normalize } from '../pipeline/normalize/index.js';
import { LAYOUT_EXAMPLES } from '../pipeline/segment/corpus.js';
import { segment } from '../pipeline/segment/index.js';

function segmented(raw: string) {
  const doc = createDoc({ path: 'test.txt', format: 'txt', raw, sha256: '', bytes: raw.length });
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
      const got = segmented(example.text);
      expect(got.headings).toEqual(example.headings);
      if (example.front) expect(got.front).toEqual(example.front);
      if (example.contents) expect(got.contents).toEqual(example.contents);
      for (const cut of example.cut ?? []) for (const text of got.flow) expect(text).not.toContain(cut);
      for (const kept of example.kept ?? []) expect(got.all.some((text) => text.includes(kept)), kept).toBe(true);
    });
  }
});
