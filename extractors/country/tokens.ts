/**
 * Word tokens for name lookups (shared by the country and place extractors). A name is matched as
 * a run of tokens whose keys, joined by spaces, are a key of a name index: so "St. Kitts & Nevis",
 * "Saint Kitts and Nevis" and "ST KITTS AND NEVIS" share one key, and "Peru-Ecuador" splits in two.
 */
import { isBlank, isSurrogate, latinFirst } from '../text/char-classes.js';
import { wordEnd } from './words.js';
import { memoize } from '../text/memo.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower case, accents removed, ’ → ', "saint" → "st", "&" → "and". */
  key: string;
}

/** A word, as words.ts reads it (kept for runs with surrogate pairs). */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*|&/gu;

/** Words that may stay lower case inside a capitalized name ("Trinidad and Tobago", "Port of Spain"). */
export const CONNECTORS: ReadonlySet<string> = new Set([
  'and', 'the', 'of', 'de', 'del', 'la', 'las', 'los', 'el', 'da', 'do', 'das', 'dos', 'du', 'des', 'y', 'et', 'au', 'aux', 'en', 'sur', 'le', 'les', 'es',
]);

/** The key of one word, kept per word: the same capitalized words come back in every block. */
export const tokenKey: (word: string) => string = memoize(computeTokenKey, 50000);

function computeTokenKey(word: string): string {
  if (word === '&') return 'and';
  const plain = /^[\x00-\x7f]*$/.test(word) ? word.toLowerCase() : word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'");
  return plain === 'saint' ? 'st' : plain;
}

let memo: { text: string; tokens: Token[] } | undefined;

/** The tokens of a text; the last result is kept, since the country and place extractors read the same block. */
export function tokenize(text: string): Token[] {
  if (memo?.text === text) return memo.tokens;
  const tokens = scan(text);
  memo = { text, tokens };
  return tokens;
}

/**
 * Only runs of capitalized words matter to name lookups, so the scan tokenizes just those: a
 * capitalized word, then more of them after a space, hyphen or dot, with up to two lower-case
 * connectors between ("Port of Spain", "Saint Vincent and the Grenadines"). Tokens of different
 * runs never join (joinable() reads the real gap), so lower-case text needs no tokens at all.
 */
/** A capitalized word; Latin-1 capitals and letters are tested first, as a plain class is much faster than \p{Lu} or \p{L}. */
const CAP = String.raw`(?:[dl]['’])?(?:[A-Z\u00C0-\u00D6\u00D8-\u00DE]|[\u0100-\uFFFF](?<=[\p{Lu}\p{Lt}]))${latinFirst(String.raw`\p{L}\p{M}\p{N}`)}*(?:['’]${latinFirst(String.raw`\p{L}\p{M}`)}+)*`;
const GAP_SRC = String.raw`(?:\.?[ \t\u00a0]{1,3}|\.|[ \t\u00a0]?[-–][ \t\u00a0]?)`;
const CONN_SRC = String.raw`(?:(?:and|the|of|de|del|la|las|los|el|da|do|das|dos|du|des|y|et|au|aux|en|sur|le|les|es|&)(?:[ \t\u00a0]{1,3}|[-–])){0,2}`;
const RUN = new RegExp(String.raw`${CAP}(?:${GAP_SRC}${CONN_SRC}${CAP})*`, 'gu');

/** `keyOf` is tokenKey, or computeTokenKey for keys that should not fill its cache. */
function scan(text: string, keyOf: (word: string) => string = tokenKey): Token[] {
  const out: Token[] = [];
  RUN.lastIndex = 0;
  for (let run = RUN.exec(text); run; run = RUN.exec(text)) {
    const mark = out.length;
    if (pushWords(text, run.index, RUN.lastIndex, out, keyOf)) continue;
    // A surrogate pair: the regex, which reads it as one character.
    out.length = mark;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(run[0]); m; m = WORD.exec(run[0])) {
      const start = run.index + m.index;
      out.push({ start, end: start + m[0].length, text: m[0], key: keyOf(m[0]) });
    }
  }
  return out;
}

/** Push the words of text[from, to) as tokens; false at a surrogate, which words.ts does not read. */
function pushWords(text: string, from: number, to: number, out: Token[], keyOf: (word: string) => string): boolean {
  for (let i = from; i < to; ) {
    const end = wordEnd(text, i, to);
    if (end === i) {
      if (isSurrogate(text.charCodeAt(i))) return false;
      i++;
      continue;
    }
    const word = text.slice(i, end);
    out.push({ start: i, end, text: word, key: keyOf(word) });
    i = end;
  }
  return true;
}

/** Key of a whole name ("The Bahamas" → "bahamas": names never start with an article). */
export const nameKey: (name: string) => string = memoize(computeNameKey, 50000);

/**
 * nameKey without its cache, for building an index of many names each keyed once (the gazetteer):
 * nor does it fill the word-key cache, which then holds the words of the documents read, not of
 * forty thousand city names.
 */
export function nameKeyUncached(name: string): string {
  return computeNameKey(name, computeTokenKey);
}

function computeNameKey(name: string, keyOf: (word: string) => string = tokenKey): string {
  return scan(name, keyOf)
    .map((t) => t.key)
    .filter((k, i) => !(i === 0 && k === 'the'))
    .join(' ');
}

/**
 * What may stand between two tokens of one name: a space, a hyphen, or an abbreviation's dot, as
 * /^(?:[ \t\u00a0]{1,3}|\.[ \t\u00a0]{0,2}|[ \t\u00a0]?[-–][ \t\u00a0]?)$/ on the text between them;
 * read in place, since it is asked for every pair of neighbouring tokens.
 */
export function joinable(text: string, a: Token, b: Token): boolean {
  return isGap(text, a.end, b.start);
}

const isDash = (code: number): boolean => code === 0x2d || code === 0x2013;

function isGap(text: string, start: number, stop: number): boolean {
  // Clamped as slice() would clamp them.
  const from = Math.min(start, text.length);
  const to = Math.min(stop, text.length);
  if (to - from < 1 || to - from > 3) return false;
  let i = from;
  if (text.charCodeAt(i) === 0x2e) i++; // an abbreviation's dot, then up to two spaces
  else {
    while (i < to && isBlank(text.charCodeAt(i))) i++;
    if (i === to) return true; // one to three spaces
    if (i > from + 1) return false; // at most one space before a hyphen
    if (!isDash(text.charCodeAt(i))) return false;
    i++;
    if (i < to && isBlank(text.charCodeAt(i))) i++;
    return i === to;
  }
  while (i < to && isBlank(text.charCodeAt(i))) i++;
  return i === to;
}

const CAPITALIZED = /^(?:[dl]['’])?[\p{Lu}\p{Lt}]/u;

/** Capitalized, also after an elided article ("d'Ivoire"). ASCII first letters are settled without the regex. */
export function isCapitalized(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first >= 0x41 && first <= 0x5a) return true; // A–Z
  if (first >= 0x61 && first <= 0x7a && first !== 0x64 && first !== 0x6c) return false; // a–z but d, l
  return CAPITALIZED.test(word);
}
export const isAllCaps = (word: string): boolean => /^[\p{Lu}\p{N}]+$/u.test(word) && /\p{Lu}/u.test(word);
