/**
 * Does a .docx expand to more text than the size limit? Read before mammoth builds the whole text:
 * the archive's word/document.xml is inflated as a stream and the characters outside its tags are
 * counted (an upper bound of the text mammoth would make, entities counted whole), stopping as soon
 * as the count passes the limit. A 357 KB archive that unpacks to 100 MB of text is refused after
 * reading just past the limit, not after building gigabytes of document tree (issue 21 §5).
 */
import { createInflateRaw } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Where word/document.xml's data lies in the archive, or undefined when the zip does not say plainly. */
function documentEntry(bytes: Uint8Array): { method: number; start: number; compressed: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries && at + 46 <= bytes.length; n++) {
    if (view.getUint32(at, true) !== CENTRAL) return undefined;
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, nameLength).toString('utf8');
    if (name === 'word/document.xml') {
      if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) return undefined;
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      return { method, start, compressed };
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  return undefined;
}

/** Counts characters outside `<…>` across chunks of XML. */
class TextCounter {
  count = 0;
  private inTag = false;

  add(chunk: Uint8Array): void {
    let count = 0;
    let inTag = this.inTag;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (b === 0x3c) inTag = true;
      else if (b === 0x3e) inTag = false;
      else if (!inTag && (b & 0xc0) !== 0x80) count++; // one per character: UTF-8 continuation bytes not counted
    }
    this.inTag = inTag;
    this.count += count;
  }
}

/** True when the document's text is over `maxChars` characters; false when not, or when it cannot tell (mammoth then decides). */
export async function docxTextOver(bytes: Uint8Array, maxChars: number): Promise<boolean> {
  const entry = documentEntry(bytes);
  if (!entry || entry.start > bytes.length) return false;
  const counter = new TextCounter();
  if (entry.method === 0) {
    counter.add(bytes.subarray(entry.start, Math.min(bytes.length, entry.start + entry.compressed)));
    return counter.count > maxChars;
  }
  if (entry.method !== 8) return false;
  const data = bytes.subarray(entry.start, entry.compressed > 0 ? Math.min(bytes.length, entry.start + entry.compressed) : bytes.length);
  return new Promise<boolean>((resolve) => {
    const inflate = createInflateRaw();
    let done = false;
    const finish = (over: boolean) => {
      if (done) return;
      done = true;
      inflate.destroy();
      resolve(over);
    };
    inflate.on('data', (chunk: Buffer) => {
      counter.add(chunk);
      if (counter.count > maxChars) finish(true);
    });
    inflate.on('end', () => finish(counter.count > maxChars));
    inflate.on('error', () => finish(false)); // a damaged stream is mammoth's to report
    inflate.end(data);
  });
}
