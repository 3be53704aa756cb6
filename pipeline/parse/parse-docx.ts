/**
 * .docx → raw text with mammoth: one paragraph a line, paragraphs separated by a blank line.
 *
 * mammoth's own extractRawText drops list markers, so a bulleted list comes out as lines that read
 * like wrapped text or like headings (issue 17: an "In this issue" list in a Word newsletter). The
 * text is built here from mammoth's document tree in the same way (text, tabs, a blank line after
 * each paragraph), and a paragraph of a bulleted (unordered) list starts with "• ", as in the text
 * twin of the document.
 */
import { createRequire } from 'node:module';

export type DocxResult = { ok: true; raw: string; warnings: string[] } | { ok: false; reason: string };

interface DocxElement {
  type: string;
  value?: string;
  children?: DocxElement[];
  numbering?: { isOrdered?: boolean } | null;
}
interface MammothResult {
  value: DocxElement;
  messages: Array<{ message: string }>;
}
interface MammothInternals {
  unzip: { openZip(o: { buffer: Buffer }): Promise<unknown> };
  reader: { read(zip: unknown): Promise<MammothResult> };
}

export async function parseDocx(bytes: Uint8Array): Promise<DocxResult> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) return { ok: false, reason: 'not a DOCX (not a zip archive)' };
  try {
    const { unzip, reader } = loadMammoth(); // loaded only when a DOCX comes
    const result = await reader.read(await unzip.openZip({ buffer: Buffer.from(bytes) }));
    const raw = rawText(result.value);
    if (raw.trim() === '') return { ok: false, reason: 'DOCX has no text' };
    return { ok: true, raw, warnings: result.messages.map((m) => m.message) };
  } catch (error) {
    return { ok: false, reason: `unreadable DOCX (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
  }
}

/** mammoth's raw-text conversion (lib/raw-text.js), plus the bullet of an unordered list item. */
function rawText(element: DocxElement): string {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab') return '\t';
  const inner = (element.children ?? []).map(rawText).join('');
  if (element.type !== 'paragraph') return inner;
  const bullet = element.numbering && element.numbering.isOrdered === false ? '• ' : '';
  return `${bullet}${inner}\n\n`;
}

/** mammoth's reader, without its raw-text step (mammoth 1.13 has no exports map: these are its own modules). */
function loadMammoth(): MammothInternals {
  const require = createRequire(import.meta.url);
  return { unzip: require('mammoth/lib/unzip') as MammothInternals['unzip'], reader: require('mammoth/lib/docx/docx-reader') as MammothInternals['reader'] };
}
