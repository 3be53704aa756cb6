/**
 * A guard against silent content loss: when the text the extractors read (the normalized view)
 * keeps less than 90% of the raw text's visible characters, the document gets a warning, so an
 * ingest that lost most of a file never reports a quiet success. Whitespace is not counted
 * (normalization folds line breaks and blank lines on purpose).
 */
import type { Doc } from './document.js';

export const MIN_KEPT_SHARE = 0.9;

/** Characters other than whitespace (and the BOM, which normalization always drops). */
export function visibleChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 0xfeff && c !== 0xa0 && c !== 0x2028 && c !== 0x2029 && c !== 0x3000 && !(c >= 0x2000 && c <= 0x200b)) n++;
  }
  return n;
}

/** Push a warning onto the document when its view keeps less than MIN_KEPT_SHARE of its raw text. */
export function checkKeptText(doc: Doc): void {
  const raw = visibleChars(doc.raw);
  if (raw === 0) return;
  const kept = visibleChars(doc.view.text);
  if (kept >= raw * MIN_KEPT_SHARE) return;
  const percent = Math.floor((kept / raw) * 100);
  doc.messages.push({
    severity: 'warning',
    reason: `only ${percent}% of the file's text was kept for reading (page furniture, field codes and control characters were dropped): check the file`,
    source: 'normalize/kept-text',
  });
}
