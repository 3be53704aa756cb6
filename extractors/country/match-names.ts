/**
 * Longest-name lookup over capitalized token runs: a hash lookup per candidate run, no regex per
 * name. Content words must be capitalized (or all capitals); connectors ("and", "of", "de") may
 * be lower case inside a name but never start or end it. A final possessive "'s" is left out.
 * `firstKeys` (the keys of names' first words) lets most capitalized words be passed over at once.
 */
import { CONNECTORS, isCapitalized, joinable, type Token } from './tokens.js';

export interface NameHit<T> {
  /** Index of the first and last token of the name. */
  first: number;
  last: number;
  start: number;
  end: number;
  hit: T;
}

export function longestName<T>(
  text: string,
  tokens: readonly Token[],
  first: number,
  maxTokens: number,
  /** The entry for the key of tokens first…last (given for the few lookups that read the tokens themselves). */
  lookup: (key: string, first: number, last: number) => T | undefined,
  firstKeys?: { has(key: string): boolean },
): NameHit<T> | undefined {
  const head = tokens[first];
  if (!head) return undefined;
  // The first-word test first: it turns down most words, and reads a key whose hash is already known.
  if (firstKeys && !firstKeys.has(head.key) && !(head.key.endsWith("'s") && firstKeys.has(head.key.slice(0, -2)))) return undefined;
  if (!isCapitalized(head.text) || CONNECTORS.has(head.text)) return undefined;
  let last = first;
  while (last + 1 < tokens.length && last + 1 - first < maxTokens && joinable(text, tokens[last]!, tokens[last + 1]!)) {
    const next = tokens[last + 1]!;
    if (!isCapitalized(next.text) && !CONNECTORS.has(next.key)) break;
    last++;
  }
  // keys[n - 1]: the key of the first n + 1 tokens of the run, built once and read longest first.
  const keys: string[] = [];
  for (let k = first + 1; k <= last; k++) keys.push(`${keys[k - first - 2] ?? head.key} ${tokens[k]!.key}`);
  for (let end = last; end >= first; end--) {
    const tail = tokens[end]!;
    if (CONNECTORS.has(tail.text) || tail.text === '&') continue;
    const key = end === first ? head.key : keys[end - first - 1]!;
    let hit = lookup(key, first, end);
    let stop = tail.end;
    if (hit === undefined && isPossessive(tail.text)) {
      hit = lookup(key.slice(0, -2), first, end);
      stop = tail.end - 2;
    }
    if (hit === undefined) continue;
    if (tail.text.length === 1 && text[stop] === '.') stop++;
    return { first, last: end, start: head.start, end: stop, hit };
  }
  return undefined;
}

/** Ends in 's or ’s, as /['’]s$/ tests. */
function isPossessive(word: string): boolean {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 0x73) return false;
  const mark = word.charCodeAt(n - 2);
  return mark === 0x27 || mark === 0x2019;
}
