/**
 * Issue 21 §1, silent content loss: a Word field code drops only its own characters, never the
 * text around it on its line, and an ingest that keeps less than 90% of a file's text warns.
 */
import { describe, expect, it } from 'vitest';
import { createDoc } from '../pipeline/document.js';
import { processDoc } from '../pipeline/index.js';
import { checkKeptText } from '../pipeline/kept-text.js';
import { normalize } from '../pipeline/normalize/index.js';

const docOf = (raw: string) => createDoc({ path: 'x.txt', format: 'txt', raw, sha256: 'x', bytes: raw.length });

const ONE_LINE = `${'In May 2014 the mission trained 30 police officers from Peru and Chile in Lima, and in June 2014 it met the ministers of Panama. '.repeat(3)}PAGE \\* MERGEFORMAT`;

describe('Word field codes', () => {
  it('a report on one line that ends in a field code keeps all its other text', () => {
    const doc = docOf(ONE_LINE);
    const result = processDoc(doc);
    expect(doc.view.text).toContain('In May 2014 the mission trained 30 police officers');
    expect(doc.view.text).toContain('ministers of Panama.');
    expect(doc.view.text).not.toContain('MERGEFORMAT');
    expect(doc.blocks.length).toBeGreaterThan(0);
    expect(result.mentions.length).toBeGreaterThan(0);
    expect(doc.messages.filter((m) => m.source === 'normalize/kept-text')).toEqual([]);
  });

  it('drops each kind of code and its switches, keeping the words on both sides', () => {
    for (const code of ['DATE \\@ "d MMMM yyyy"', 'REF _Ref123456 \\h', 'TOC \\o "1-3" \\h \\z \\u', 'SEQ Table \\* ARABIC', 'HYPERLINK "http://example.org" \\o', 'NUMPAGES \\# 0', 'MERGEFIELD Name \\! ', 'FILENAME \\* MERGEFORMAT']) {
      const doc = docOf(`The meeting opened. ${code} The delegates of Peru then spoke.`);
      normalize(doc);
      expect(doc.view.text, code).toMatch(/^The meeting opened\. +The delegates of Peru then spoke\.$/);
    }
  });

  it('a line of nothing but a field code is dropped as a line', () => {
    const doc = docOf('First paragraph of the report.\nPAGE \\* MERGEFORMAT\nSecond paragraph of the report.');
    normalize(doc);
    expect(doc.view.text).toMatch(/^First paragraph of the report\.\n+Second paragraph of the report\.$/);
  });

  it('the words DATE or PAGE with a later backslash are not a field code when something else sits between', () => {
    const doc = docOf('The DATE of the visit is set out on the PAGE that follows, and the path is C:\\reports\\x in the annex.');
    normalize(doc);
    expect(doc.view.text).toBe(doc.raw);
  });
});

describe('kept-text warning', () => {
  it('warns when the view keeps less than 90% of the raw text', () => {
    const doc = docOf('Some text.');
    // A view that lost most of the raw text, as a filter gone wrong would leave it.
    normalize(doc);
    doc.view = docOf('So').view;
    checkKeptText(doc);
    expect(doc.messages.map((m) => m.reason).join()).toMatch(/only \d+% of the file's text was kept/);
  });

  it('does not warn on an ordinary report', () => {
    const doc = docOf('A first paragraph.\n\nA second paragraph, with 30 participants from Peru.\n');
    processDoc(doc);
    expect(doc.messages.filter((m) => m.source === 'normalize/kept-text')).toEqual([]);
  });
});

describe('field markers kept from Word', () => {
  it('a metadata field with its result is dropped whole; a cross-reference keeps its visible text', () => {
    const doc = docOf('The plan was adopted.\n\n\uFFFD FILENAME  \\* MERGEFORMAT \uFFFDCP12345E01\uFFFD\n\nSee \uFFFD REF _Ref42 \\h \uFFFDsection 3\uFFFD for details.');
    normalize(doc);
    expect(doc.view.text).not.toContain('CP12345E01');
    expect(doc.view.text).toContain('section 3');
    expect(doc.view.text).not.toContain('_Ref42');
  });
});
