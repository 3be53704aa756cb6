/**
 * Stage 1, parse: a file on disk → a Doc holding its raw text (and pages for PDF/DOCX).
 * A file that cannot be read throws InputError with one clear reason; callers report it as
 * `path: reason` and go on with the batch.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { createDoc, type Doc, type SourceFormat } from '../document.js';
import { fsReason, withFileBackoff } from '../fs-reasons.js';
import { InputError } from '../messages.js';
import { decodeText } from './decode-text.js';
import { docxTextOver } from './docx-text-size.js';
import { parseDocx } from './parse-docx.js';
import { parsePdf } from './parse-pdf.js';

/** Files larger than this are refused unless the caller raises the limit (`--max-size`). */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export const SUPPORTED_EXTENSIONS = ['.txt', '.pdf', '.docx'] as const;

export interface ParseOptions {
  maxBytes?: number;
}

/** `--max-size` in megabytes (decimals allowed) → bytes; a clear error for anything else. */
export function parseMaxSize(megabytes: string): number {
  const mb = Number(megabytes);
  if (megabytes.trim() === '' || !Number.isFinite(mb) || mb <= 0) throw new Error(`--max-size must be a positive number of megabytes, not '${megabytes}'`);
  return Math.round(mb * 1048576);
}

/** 812 bytes, 3.4 KB, 64 MB: sizes in the words of an error line. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  const [value, unit] = bytes < 1048576 ? [bytes / 1024, 'KB'] : [bytes / 1048576, 'MB'];
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}

export function formatOf(path: string): SourceFormat | undefined {
  const ext = extname(path).toLowerCase();
  return ext === '.txt' ? 'txt' : ext === '.pdf' ? 'pdf' : ext === '.docx' ? 'docx' : undefined;
}

export async function readBytes(path: string, options: ParseOptions = {}): Promise<Uint8Array> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!(maxBytes >= 0)) throw new InputError(path, `the size limit ${String(options.maxBytes)} is not a number of bytes (give --max-size in megabytes, e.g. --max-size 100)`);
  let size: number;
  try {
    const info = await withFileBackoff(() => stat(path));
    if (!info.isFile()) throw new InputError(path, 'not a regular file');
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(path, fsReason(error));
  }
  if (size > maxBytes) {
    throw new InputError(path, `file is ${formatSize(size)}, over the ${formatSize(maxBytes)} limit (raise it with --max-size <MB>)`);
  }
  try {
    return await withFileBackoff(() => readFile(path));
  } catch (error) {
    throw new InputError(path, fsReason(error));
  }
}

export async function parseFile(path: string, options: ParseOptions = {}): Promise<Doc> {
  const format = formatOf(path);
  if (!format) throw new InputError(path, `unsupported file type '${extname(path) || '(none)'}' (reportkb reads ${SUPPORTED_EXTENSIONS.join(', ')})`);
  const bytes = await readBytes(path, options);
  return parseBytes(path, format, bytes, options.maxBytes);
}

/** `maxBytes`: the size limit, which also bounds the text a .docx expands to (DEFAULT_MAX_BYTES when absent). */
export async function parseBytes(path: string, format: SourceFormat, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Promise<Doc> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const base = { path, format, sha256, bytes: bytes.length };
  if (bytes.length === 0) throw new InputError(path, 'empty file');
  if (format === 'txt') {
    const decoded = decodeText(bytes);
    if (!decoded.ok) throw new InputError(path, decoded.reason);
    const doc = createDoc({ ...base, raw: decoded.value.text });
    if (decoded.value.warning) doc.messages.push({ severity: 'warning', reason: decoded.value.warning, source: 'parse/text' });
    return doc;
  }
  if (format === 'pdf') {
    const pdf = await parsePdf(bytes);
    if (!pdf.ok) throw new InputError(path, pdf.reason);
    return createDoc({ ...base, raw: pdf.raw, pages: pdf.pages });
  }
  const tooMuch = `the document expands to more than ${formatSize(maxBytes)} of text, over the ${formatSize(maxBytes)} limit (raise it with --max-size <MB>)`;
  if (await docxTextOver(bytes, maxBytes)) throw new InputError(path, tooMuch);
  const docx = await parseDocx(bytes);
  if (!docx.ok) throw new InputError(path, docx.reason);
  if (docx.raw.length > maxBytes) throw new InputError(path, tooMuch);
  const doc = createDoc({ ...base, raw: docx.raw });
  for (const w of docx.warnings) doc.messages.push({ severity: 'info', reason: w, source: 'parse/docx' });
  return doc;
}
