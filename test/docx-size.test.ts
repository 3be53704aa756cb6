/**
 * Issue 21 §5: --max-size bounds the text a .docx expands to, not only the archive: a small
 * archive that unpacks to more text than the limit is refused while it is read.
 */
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../pipeline/parse/index.js';
import { docxTextOver } from '../pipeline/parse/docx-text-size.js';

async function docxOf(paragraphs: number): Promise<Uint8Array> {
  const line = 'In May 2014 the Secretariat trained 30 police officers from Peru in Lima. ';
  const doc = new Document({ sections: [{ children: Array.from({ length: paragraphs }, () => new Paragraph({ text: line.repeat(4) })) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('the text a .docx expands to', () => {
  it('is refused past the size limit, before mammoth builds it', async () => {
    const bytes = await docxOf(2000); // ~600 KB of text in a small archive
    expect(bytes.length).toBeLessThan(100_000);
    expect(await docxTextOver(bytes, 200_000)).toBe(true);
    expect(await docxTextOver(bytes, 2_000_000)).toBe(false);
    await expect(parseBytes('big.docx', 'docx', bytes, 200_000)).rejects.toThrow(/expands to more than 195\.3 KB of text, over the 195\.3 KB limit \(raise it with --max-size <MB>\)/);
  });

  it('within the limit it is read as before', async () => {
    const doc = await parseBytes('small.docx', 'docx', await docxOf(3), 1_000_000);
    expect(doc.raw).toContain('trained 30 police officers');
  });
});
