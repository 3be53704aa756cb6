/**
 * Word tokens with offsets, for scanning capitalized names. "U.S." is one token; a possessive
 * "’s" is left out of the token ("UNODC’s" gives "UNODC").
 */
import { latinFirst } from '../text/char-classes.js';
import { NAME_CONNECTORS, nameWordSpans } from './name-words.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** At least two letters, all of them capitals ("OAS", "DHS/ICE", "CSIRTs" is not). */
  upper: boolean;
  /** The text in lower case, made on first need by lowerOf (chunking asks for it several times). */
  lower?: string;
}

/** A token's text in lower case ('' for no token), made once per token. */
export function lowerOf(t: Token | undefined): string {
  return t ? (t.lower ??= t.text.toLowerCase()) : '';
}

const ALL = /U\.S\.(?:A\.)?|U\.N\.|U\.K\.|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|[-/&'’](?=[\p{L}\p{N}]))*/gu;
// Inside a word, too, Latin-1 characters are tested with a plain class before the Unicode property.
const WORD_CHAR = latinFirst(String.raw`\p{L}\p{M}\p{N}`);
const LETTER_OR_DIGIT = latinFirst(String.raw`\p{L}\p{N}`);
const CONNECTOR_WORDS = NAME_CONNECTORS.join('|');
/**
 * Only what names are made of: capitalized words, connectors, a lower-case word just inside "(".
 * name-words.ts reads the same words without the regex; the regex reads text with surrogate pairs.
 */
// Capitals: Latin-1 ones as a plain class first (much faster than \p{Lu}); the connectors' "not inside a
// word" test comes after the word, so most positions fail on their first character.
// Exported for the test that compares it with the pattern written with plain properties.
export const NAMELY = new RegExp(
  String.raw`U\.S\.(?:A\.)?|U\.N\.|U\.K\.|(?:[A-Z\u00C0-\u00D6\u00D8-\u00DE]|[\u0100-\u{10FFFF}](?<=\p{Lu})|(?<=\()\p{Ll})(?:${WORD_CHAR}|[-/&'’](?=${LETTER_OR_DIGIT}))*|(?:${CONNECTOR_WORDS})(?<![\p{L}\p{N}\-](?:${CONNECTOR_WORDS}))(?![\p{L}\p{N}\-])|&`,
  'gu',
);

/** Starts and ends of the words of the block being read (name-words.ts), reused from block to block. */
const spans: number[] = [];

/**
 * Tokens of `text`. By default only the words names are made of, which keeps long blocks cheap:
 * a lower-case word left out still separates its neighbours, since their gap is then no space.
 */
export function tokenize(text: string, all = false): Token[] {
  const out: Token[] = [];
  spans.length = 0;
  if (!all && nameWordSpans(text, spans)) {
    for (let k = 0; k < spans.length; k += 2) pushToken(out, text.slice(spans[k]!, spans[k + 1]!), spans[k]!);
    return out;
  }
  const pattern = all ? ALL : NAMELY;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) pushToken(out, m[0], m.index);
  return out;
}

function pushToken(out: Token[], match: string, start: number): void {
  const word = withoutPossessive(match);
  const cap = startsCapitalized(word);
  // `lower` is there from the start so that every token has the same shape.
  out.push({ start, end: start + word.length, text: word, cap, upper: cap && isAllCapitals(word), lower: undefined });
}

/** "UNODC’s" → "UNODC" (a word of three characters or more ending in 's or ’s). */
function withoutPossessive(word: string): string {
  const n = word.length;
  if (n <= 2 || word.charCodeAt(n - 1) !== 115 /* s */) return word;
  const quote = word.charCodeAt(n - 2);
  return quote === 39 /* ' */ || quote === 0x2019 /* ’ */ ? word.slice(0, -2) : word;
}

/** The first character has a lower-case form other than itself (ASCII answered without building strings). */
function startsCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = word[0]!;
  return first !== first.toLowerCase();
}

/** At least two characters, no lower-case letter, and some letter after the first that has a lower-case form. */
function isAllCapitals(word: string): boolean {
  if (word.length < 2) return false;
  const second = word.charCodeAt(1);
  if (second >= 97 && second <= 122) return false; // "Ministry": a lower-case ASCII letter settles it
  return word === word.toUpperCase() && word.slice(1) !== word.slice(1).toLowerCase();
}

/** Lowercase words that may join the parts of one name ("Ministry of Justice", "Office on Drugs and Crime"). */
export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'against', 'on', 'and', 'the', 'de', 'del', 'la', 'las', 'los', 'y', '&', 'du', 'des', 'da', 'do', 'dos', 'das', 'et']);

/** Capitalized function words that open sentences and never start a name. */
export const OPENERS: ReadonlySet<string> = new Set([
  'the', 'this', 'that', 'these', 'those', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'under', 'through',
  'during', 'since', 'after', 'before', 'following', 'also', 'its', 'their', 'our', 'his', 'her', 'and', 'both', 'each',
  'all', 'other', 'as', 'to', 'of', 'while', 'when', 'where', 'although', 'however', 'furthermore', 'finally',
  'similarly', 'likewise', 'besides', 'together', 'apart', 'within', 'via', 'between', 'among', 'against', 'upon',
  'some', 'several', 'many', 'most', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'first',
  'second', 'third', 'fourth', 'fifth', 'new', 'one', 'such', 'any', 'no', 'not', 'it', 'we', 'they', 'he', 'she',
  'thanks', 'moreover', 'additionally', 'meanwhile', 'thus', 'therefore', 'accordingly', 'currently', 'recently',
  'last', 'next', 'per', 'if', 'because', 'whereas', 'regarding', 'concerning', 'including', 'according', 'led',
  'organized', 'hosted', 'sponsored', 'supported', 'funded', 'financed', 'held', 'jointly', 'both',
]);

/** True when only spaces (space, tab, no-break space) lie between two offsets of `text`, and at least one. */
/** One line break and its indent between two words: a name that a heading or a cover line wraps after a connector ("… COMMISSION FOR" / "DISASTER RISK REDUCTION (CIRD)"). */
export function lineWrap(text: string, from: number, to: number): boolean {
  return to > from && /^[ \t]*\r?\n[ \t]*$/.test(text.slice(from, to));
}

export function spaced(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

/** Index of the last token that ends at or before `offset`, else -1 (tokens are in text order). */
export function lastTokenEndingBy(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length; // tokens[lo..hi) are still undecided; all before lo end by offset
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the token that starts at `offset`, else -1. */
export function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length && tokens[lo]!.start === offset ? lo : -1;
}
