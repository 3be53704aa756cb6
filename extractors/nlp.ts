/**
 * The only module that imports compromise (STYLE.md §7). compromise is slow on long text, so
 * callers hand it a sentence or a short phrase, never a whole report.
 */
import nlp from 'compromise';

/** The integer a number phrase stands for ("Twenty-seven" 27, "one thousand" 1000, "1,400" 1400), or null. */
export function numberValue(phrase: string): number | null {
  const trimmed = phrase.trim();
  if (/^\d{1,3}(,\d{3})+$|^\d+$/.test(trimmed)) return Number(trimmed.replace(/,/g, ''));
  const nums = nlp(trimmed).numbers().json() as Array<{ number?: { num?: number } }>;
  if (nums.length !== 1) return null;
  const value = nums[0]?.number?.num;
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

/** Offsets (relative to `text`) of the noun phrases compromise finds in a sentence. */
export function nounPhrases(text: string): Array<{ start: number; end: number }> {
  const doc = nlp(text);
  const out = doc.nouns().json({ offset: true }) as Array<{ offset: { start: number; length: number } }>;
  return out.map((n) => ({ start: n.offset.start, end: n.offset.start + n.offset.length }));
}
