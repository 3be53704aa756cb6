/** .docx → raw text with mammoth: one paragraph a line, paragraphs separated by a blank line. */

export type DocxResult = { ok: true; raw: string; warnings: string[] } | { ok: false; reason: string };

export async function parseDocx(bytes: Uint8Array): Promise<DocxResult> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) return { ok: false, reason: 'not a DOCX (not a zip archive)' };
  try {
    const { default: mammoth } = await import('mammoth'); // loaded only when a DOCX comes
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    if (result.value.trim() === '') return { ok: false, reason: 'DOCX has no text' };
    return { ok: true, raw: result.value, warnings: result.messages.map((m) => m.message) };
  } catch (error) {
    return { ok: false, reason: `unreadable DOCX (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
  }
}
