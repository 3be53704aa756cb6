/**
 * Bytes → text for .txt files: UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one
 * when the zero bytes give it away), and Windows-1252/Latin-1 when the bytes are not UTF-8 but
 * read as ordinary text in that encoding (said in a warning). Binary data and undecodable bytes
 * are refused with a reason, never turned into mojibake.
 *
 * The BOM, when there is one, stays in the decoded text (as Node's 'utf8' reading keeps it), so
 * offsets match a plain UTF-8 reading of the file; normalization hides it from the extractors.
 */
export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  warning?: string;
}

export type DecodeResult = { ok: true; value: Decoded } | { ok: false; reason: string };

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    try {
      const text = new TextDecoder(utf16, { fatal: true, ignoreBOM: true }).decode(bytes);
      return checkText({ text, encoding: utf16 });
    } catch {
      return { ok: false, reason: `not valid ${utf16.toUpperCase()} text` };
    }
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return checkText({ text, encoding: 'utf-8' });
  } catch {
    // fall through: maybe a single-byte Western encoding
  }
  if (controlBytes(bytes) > Math.min(bytes.length, 65536) * 0.01 + 2) return { ok: false, reason: BINARY };
  const firstBad = firstInvalidUtf8(bytes);
  if (looksLikeWindows1252(bytes)) {
    const text = new TextDecoder('windows-1252').decode(bytes);
    const checked = checkText({ text, encoding: 'windows-1252' });
    if (checked.ok) checked.value.warning = 'not UTF-8: read as Windows-1252/Latin-1 (convert the file to UTF-8 to silence this)';
    return checked;
  }
  const at = Math.max(0, firstBad);
  return { ok: false, reason: `not valid UTF-8 (bad byte 0x${bytes[at]?.toString(16).padStart(2, '0')} at offset ${at}) and not readable as Latin-1 text: save it as UTF-8` };
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  // No BOM: ASCII-heavy UTF-16 has a zero in every other byte.
  const sample = Math.min(bytes.length, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i++) if (bytes[i] === 0) i % 2 === 0 ? evenZeros++ : oddZeros++;
  const half = sample / 2;
  if (oddZeros > half * 0.6 && evenZeros < half * 0.05) return 'utf-16le';
  if (evenZeros > half * 0.6 && oddZeros < half * 0.05) return 'utf-16be';
  return undefined;
}

/** Text must be mostly printable: refuse binary data that happens to decode. */
function checkText(decoded: Decoded): DecodeResult {
  const { text } = decoded;
  if (text.replace(/^\uFEFF/, '').trim() === '') return { ok: false, reason: 'no text (the file is blank)' };
  let control = 0;
  const sample = Math.min(text.length, 65536);
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) control++;
  }
  if (control > sample * 0.01 + 2) return { ok: false, reason: BINARY };
  return { ok: true, value: decoded };
}

const BINARY = 'binary data, not text (control characters throughout): is it really a .txt file?';

/** Bytes that are control characters in ASCII and every Western encoding (tab, newlines and form feed aside). */
function controlBytes(bytes: Uint8Array): number {
  let control = 0;
  const sample = Math.min(bytes.length, 65536);
  for (let i = 0; i < sample; i++) {
    const b = bytes[i]!;
    if ((b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) || b === 0x7f) control++;
  }
  return control;
}

/**
 * Offset of the first byte that breaks UTF-8 (RFC 3629): a stray continuation byte, an overlong
 * form, an encoded surrogate (ED A0–BF …), a code point above U+10FFFF (F4 90+ …, F5–FF), or a
 * sequence cut short. -1 when there is none.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (extra < 0) return i;
    // The second byte's range narrows after E0 (no overlong), ED (no surrogate), F0 (no overlong) and F4 (≤ U+10FFFF).
    const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    for (let k = 1; k <= extra; k++) {
      const next = bytes[i + k];
      if (next === undefined) return i;
      if (k === 1 ? next < lo || next > hi : (next & 0xc0) !== 0x80) return i;
    }
    i += extra + 1;
  }
  return -1;
}

/** High bytes that are letters or punctuation in Windows-1252, in text that is otherwise ASCII. */
function looksLikeWindows1252(bytes: Uint8Array): boolean {
  let high = 0;
  let letters = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    high++;
    if (b >= 0xc0 || (b >= 0x91 && b <= 0x97) || b === 0xa0 || b === 0xb7 || b === 0xba || b === 0xaa || b === 0xbf || b === 0xa1) letters++;
  }
  return high > 0 && letters / high > 0.8 && high < bytes.length * 0.2;
}
