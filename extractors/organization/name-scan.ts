/**
 * Finds the long names the registry knows (lexicon and report definitions) in a block: case,
 * accents, hyphens and list commas do not matter ("Inter-American Committee Against Terrorism",
 * "Group of Experts on Money-laundering Control"). Tried only where a capitalized token starts.
 */
import { namePattern, type NamePattern } from './name-match.js';
import { firstNameEnd } from './name-trie.js';
import type { Registry } from './registry.js';
import type { Token } from './tokens.js';
import { memoize } from '../text/memo.js';
import { WordShapes } from '../text/word-shapes.js';

/** Lower case without accents, kept per word: the same capitalized words come back in every block. */
const fold = memoize((w) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(), 20000);

interface Index {
  /** How many of the registry's long names are in: they are only ever added, in order. */
  size: number;
  /** Folded first word → the names that start with it, longest first (the earlier added on a tie). */
  byFirst: Map<string, Entry[]>;
  /** First letters and lengths of the folded first words. */
  shapes: WordShapes;
  /**
   * byFirst and shapes are another registry's, borrowed (copy-on-write): a document's index starts
   * as its origin's and is copied only when the document adds a long name, which most never do.
   */
  borrowed: boolean;
  /** Lent to another registry's index: copy before adding, so the borrower keeps what it saw. */
  lent: boolean;
}

const indexes = new WeakMap<Registry, Index>();

interface Entry {
  /** Folded first word of the name. */
  first: string;
  name: NamePattern;
  length: number;
}

/**
 * What the index needs of each name, made once per name and shared by every document's index
 * (a name's pattern carries no state across calls: each exec sets lastIndex first).
 */
const entryOf = memoize((name): Entry => ({ first: fold(name.split(/[\s\-–/.’']+/)[0] ?? ''), name: namePattern(name), length: name.length }), 50000);

/** The registry's index, brought up to date with the names added since it was last used. */
function indexOf(registry: Registry): Index {
  let index = indexes.get(registry);
  if (!index) indexes.set(registry, (index = startIndex(registry)));
  if (index.size === registry.longNames.size) return index;
  if (index.borrowed || index.lent) indexes.set(registry, (index = unshared(index)));
  let seen = 0;
  for (const name of registry.longNames) if (seen++ >= index.size) add(index, entryOf(name));
  index.size = registry.longNames.size;
  return index;
}

/**
 * A registry's first index: a copy of its origin's where the origin has learned no name since the
 * copy (every document starts from the lexicon's registry), else an empty one.
 */
function startIndex(registry: Registry): Index {
  const origin = registry.origin;
  if (!origin || origin.registry.longNames.size !== origin.longNames) return { size: 0, byFirst: new Map(), shapes: new WordShapes(), borrowed: false, lent: false };
  const from = indexOf(origin.registry);
  from.lent = true;
  return { size: from.size, byFirst: from.byFirst, shapes: from.shapes, borrowed: true, lent: false };
}

/** An index of its own with the same entries (copying every list took a share of each document's organization time). */
function unshared(index: Index): Index {
  const byFirst = new Map<string, Entry[]>();
  for (const [first, list] of index.byFirst) byFirst.set(first, list.slice());
  return { size: index.size, byFirst, shapes: new WordShapes(index.shapes), borrowed: false, lent: false };
}

function add(index: Index, entry: Entry): void {
  const { first } = entry;
  if (!first) return;
  index.shapes.add(first);
  const list = index.byFirst.get(first);
  if (!list) {
    index.byFirst.set(first, [entry]);
    return;
  }
  let at = list.length;
  while (at > 0 && list[at - 1]!.length < entry.length) at--;
  list.splice(at, 0, entry);
}

/**
 * The folded first part of a token (up to its first hyphen, slash, period or apostrophe:
 * "Inter-American" → "inter") where some name starts with it, else undefined. An ASCII part folds
 * to its lower case, so its first letter and length rule most tokens out before any string is made.
 */
function firstKey(word: string, index: Index): string | undefined {
  let end = 0;
  let ascii = true;
  for (; end < word.length; end++) {
    const c = word.charCodeAt(end);
    if (c === 45 || c === 47 || c === 46 || c === 39 || c === 0x2019) break;
    if (c >= 128) ascii = false;
  }
  if (!ascii) return fold(word.slice(0, end));
  if (end === 0) return '';
  let c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) c += 32;
  if (!index.shapes.mayHold(c, end)) return undefined;
  return word.slice(0, end).toLowerCase();
}

/** Spans of known long names in `text`, the longest at each start, not overlapping. */
export function scanNames(text: string, tokens: readonly Token[], registry: Registry): Array<{ start: number; end: number }> {
  const index = indexOf(registry);
  const out: Array<{ start: number; end: number }> = [];
  let after = 0;
  for (const t of tokens) {
    if (!t.cap || t.start < after) continue;
    const key = firstKey(t.text, index);
    const names = key === undefined ? undefined : index.byFirst.get(key);
    if (!names) continue;
    const end = firstNameEnd(text, t.start, names);
    if (end < 0) continue;
    out.push({ start: t.start, end });
    after = end;
  }
  return out;
}
