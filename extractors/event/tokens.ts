/** Word tokens of a stretch of view text, with what lies between neighbours. */

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** The text between the previous token and this one ('' for the first). */
  gap: string;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  let last = 0;
  // exec on the one global regex, not matchAll, which copies the regex for every sentence.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const s = m.index;
    out.push({ start: start + s, end: start + s + m[0].length, text: m[0], lower: m[0].toLowerCase(), gap: slice.slice(last, s) });
    last = s + m[0].length;
  }
  return out;
}

/** Whether only spaces separate a token from the one before it (one space, the usual gap, is decided without a regex). */
export const tight = (t: Token | undefined): boolean => t !== undefined && (t.gap === ' ' || (/^[ \t\n]*$/.test(t.gap) && !/\n\s*\n/.test(t.gap)));

/** Whether a token starts with a capital letter; an ASCII first letter (the usual case) is decided by its code. */
export const isCapitalized = (t: Token): boolean => {
  const code = t.text.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(t.text);
};
export const isAcronym = (t: Token): boolean => t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text);
