/**
 * Is the text hard-wrapped (PDF lines, or a .txt wrapped at a fixed width), and if so which
 * consecutive lines belong to one paragraph?
 *
 * A wrapped text has many lines of nearly the same length (the wrap width). A text with one
 * paragraph per line (as Word exports it) does not, and its lines are never joined.
 */
import { headingStyle } from '../segment/heading-style.js';
import type { Line } from './lines.js';

export interface WrapProfile {
  wrapped: boolean;
  width: number;
}

export function wrapProfile(lines: readonly Line[]): WrapProfile {
  const lengths = lines.map((l) => l.text.trimEnd().length).filter((n) => n > 0).sort((a, b) => a - b);
  if (lengths.length < 8) return { wrapped: false, width: 0 };
  const width = lengths[Math.floor(lengths.length * 0.9)]!;
  if (width > 200 || width < 30) return { wrapped: false, width };
  const nearWidth = lengths.filter((n) => n >= width * 0.75 && n <= width * 1.1).length;
  return { wrapped: nearWidth / lengths.length >= 0.3, width };
}

const STARTS_ITEM = /^\s*(?:[•·▪◦‣∙●○■□–—*-]\s|(?:[IVXLC]+|\d{1,2}|[a-zA-Z])[.)]\s|\(\w{1,3}\)\s|Article\s+\d)/;
const ENDS_SENTENCE = /[.!?:;]["'”’)]?\s*$/;

/** Should `next` continue the paragraph that `line` is part of? */
export function continues(line: Line, next: Line, profile: WrapProfile): boolean {
  if (!profile.wrapped) return false;
  const text = line.text.trimEnd();
  const following = next.text.trim();
  if (following === '' || STARTS_ITEM.test(next.text)) return false;
  if (ENDS_SENTENCE.test(text) && /^[\p{Lu}\d"“(]/u.test(following)) {
    // A sentence ended: a heading or a short last line closes the paragraph.
    if (headingStyle(following) || titleCase(following) || text.length < profile.width * 0.9) return false;
  }
  const full = text.length >= profile.width * 0.75;
  if (full) return true;
  // A ragged line that stops mid-sentence, followed by lower case, is still wrapped.
  return text.length >= profile.width * 0.5 && !ENDS_SENTENCE.test(text) && /^[a-z(]/.test(following);
}

/** A word broken by a hyphen at the end of `line` and finished at the start of `next` (never next to a digit). */
export function hyphenated(line: Line, next: Line): boolean {
  return /[A-Za-zÀ-ÿ]{2}-$/.test(line.text.trimEnd()) && /^[a-zà-ÿ]{2}/.test(next.text.trimStart());
}

const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'for', 'to', 'against', 'with', 'at', 'by', 'from', 'de', 'del', 'la', 'y']);

/** A line in Title Case (every content word capitalized): the start of a title, not of a sentence. */
function titleCase(text: string): boolean {
  const words = text.replace(/[,:;]$/, '').split(/\s+/).filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  if (words.length < 2) return false;
  return words.filter((w) => /^["“(]?[\p{Lu}\d]/u.test(w)).length / words.length >= 0.85;
}
