/**
 * Whether a known long name is written at a position of a text, and where it ends: its words in
 * any case, apart by spaces, a hyphen or dash, or a list comma ("Money-laundering", "Firearms,
 * Ammunition"), and no letter or digit right after it. In ASCII text a word may also be broken
 * by a line-end hyphen ("Organiza- tion").
 *
 * A sticky /iu pattern says this exactly, Unicode case folding included, but compiling one costs
 * about a millisecond and a report tries hundreds of names. Reports and names are nearly all
 * ASCII, where the same test is a plain comparison; the pattern is compiled and asked only where a
 * character outside ASCII takes part.
 */
export interface NamePattern {
  /** The name's words, as the pattern joins them. */
  readonly words: readonly string[];
  /** The same words with ASCII capitals in lower case. */
  readonly lower: readonly string[];
  /** The exact pattern, compiled on first need. */
  re?: RegExp;
}

export function namePattern(name: string): NamePattern {
  const words = name.split(/[\s\-–]+/).filter(Boolean);
  return { words, lower: words.map((w) => w.replace(/[A-Z]/g, (c) => c.toLowerCase())) };
}

/** Where the name written at `at` ends, or -1 where it is not written there. */
export function nameEnd(text: string, at: number, name: NamePattern): number {
  const end = asciiNameEnd(text, at, name.lower);
  if (end !== UNSURE) return end;
  const re = (name.re ??= compile(name.words));
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? at + m[0].length : -1;
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(words: readonly string[]): RegExp {
  const body = words.map((w) => escape(w).replace(/[’']/g, "['’]")).join('(?:\\s+|\\s*[-–]\\s*|,\\s+)');
  return new RegExp(`${body}(?![\\p{L}\\p{N}])`, 'iuy');
}

/** A character outside ASCII takes part: only the pattern can tell. */
export const UNSURE = -2;

const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const isAsciiLetterOrDigit = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * The pattern's answer where text and name are ASCII, else UNSURE. Words hold no space or hyphen
 * (the name was split on them), so at each gap only one reading of the separator can go on: spaces
 * before a word, spaces around one hyphen, or a comma and spaces.
 */
function asciiNameEnd(text: string, at: number, words: readonly string[]): number {
  let i = at;
  for (let w = 0; w < words.length; w++) {
    if (w > 0) {
      i = separatorEnd(text, i);
      if (i < 0) return i;
    }
    i = wordEnd(text, i, words[w]!);
    if (i < 0) return i;
  }
  return nameClosedAt(text, i);
}

/**
 * Where the lower-case `word` written at `i` ends (any case, ASCII), -1 where it is not written
 * there, or UNSURE. Each step depends only on the text and `i`, so names that share their first
 * words may share these steps (name-trie.ts).
 */
export function wordEnd(text: string, i: number, word: string): number {
  for (let k = 0; k < word.length; k++, i++) {
    if (i >= text.length) return -1;
    // A word broken at the end of a line ("Organiza- tion", "Organiza-⏎tion") reads on after the break.
    if (k >= 2 && text.charCodeAt(i) === 45 /* - */ && isAsciiSpace(text.charCodeAt(i + 1))) i = skipSpaces(text, i + 1);
    const x = text.charCodeAt(i);
    if (x >= 128) return UNSURE;
    const c = word.charCodeAt(k);
    if (c === 39 /* ' */ || c === 0x2019 /* ’ */) {
      if (x !== 39) return -1;
    } else if (c >= 128) return UNSURE;
    else if ((x >= 65 && x <= 90 ? x + 32 : x) !== c) return -1;
  }
  return i;
}

/** `i` where a name may end there (no letter or digit follows), -1 where it may not, or UNSURE. */
export function nameClosedAt(text: string, i: number): number {
  if (i < text.length) {
    const x = text.charCodeAt(i);
    if (x >= 128) return UNSURE;
    if (isAsciiLetterOrDigit(x)) return -1;
  }
  return i;
}

/** Where the next word must start after the gap at `i`, -1 where no separator is, or UNSURE. */
export function separatorEnd(text: string, i: number): number {
  let j = skipSpaces(text, i);
  if (j < text.length && text.charCodeAt(j) >= 128) return UNSURE; // a Unicode space or an en dash
  const c = text.charCodeAt(j);
  if (c === 45 /* - */) return afterSpaces(text, j + 1, 0);
  if (j > i) return j;
  return c === 44 /* , */ ? afterSpaces(text, j + 1, 1) : -1;
}

/** The end of at least `min` spaces from `i`, -1 for fewer, UNSURE where a character outside ASCII follows. */
function afterSpaces(text: string, i: number, min: number): number {
  const j = skipSpaces(text, i);
  if (j < text.length && text.charCodeAt(j) >= 128) return UNSURE;
  return j - i >= min ? j : -1;
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && isAsciiSpace(text.charCodeAt(i))) i++;
  return i;
}
