/**
 * The first of a list of names written at a position, with the names' shared first words read
 * once: ninety names start "United Nations", and at each "United Nations" of a report the scan
 * read those two words ninety times, one name after another, to learn which name goes on.
 *
 * A trie of the names' words (name-match.ts's lower-case words, in order): reading a word from a
 * position depends only on the text and that position (wordEnd, separatorEnd, nameClosedAt), so a
 * word shared by many names is read once for all of them. The answer is the name nameEnd finds
 * first in list order (the earliest in the list that is written there), read in ASCII; where a
 * character outside ASCII takes part (UNSURE) in a name that could still win, the names are asked
 * one by one, as before.
 */
import { nameClosedAt, nameEnd, separatorEnd, UNSURE, wordEnd, type NamePattern } from './name-match.js';

interface Node {
  /** The word read to reach this node (none at the root). */
  word: string;
  /** Index in the list of the first name that ends at this node, or Infinity. */
  ends: number;
  /** Index of the first name at or below this node. */
  first: number;
  /** Ordered by `first`, so the names earlier in the list are tried first. */
  next: Node[];
}

interface Trie {
  /** How many names of the list it holds: lists only grow, so another length means another trie. */
  size: number;
  /** Undefined where a name has no word (the trie could not tell it apart): then the names are asked one by one. */
  root?: Node;
}

/** An entry of a list of names (name-scan.ts's entries). */
interface Named {
  readonly name: NamePattern;
}

const tries = new WeakMap<readonly Named[], Trie>();

function trieOf(names: readonly Named[]): Trie {
  let trie = tries.get(names);
  if (!trie || trie.size !== names.length) tries.set(names, (trie = build(names)));
  return trie;
}

function build(names: readonly Named[]): Trie {
  if (names.some(({ name }) => name.lower.length === 0)) return { size: names.length };
  const root: Node = { word: '', ends: Infinity, first: 0, next: [] };
  names.forEach(({ name }, index) => {
    let node = root;
    for (const word of name.lower) {
      let child = node.next.find((n) => n.word === word);
      if (!child) node.next.push((child = { word, ends: Infinity, first: index, next: [] }));
      node = child;
    }
    if (node.ends === Infinity) node.ends = index;
  });
  return { size: names.length, root };
}

/** Where the first of `names` (in list order) written at `at` ends, or -1 where none is. */
export function firstNameEnd(text: string, at: number, names: readonly Named[]): number {
  const found = { index: Infinity, end: -1 };
  const { root } = trieOf(names);
  if (root && read(text, at, root, true, found)) return found.end;
  for (const { name } of names) {
    const end = nameEnd(text, at, name);
    if (end >= 0) return end;
  }
  return -1;
}

/**
 * Reads on from `i` (after `node`'s words) into the names below `node` that come before the best
 * found so far, keeping the earliest written there in `found`; false where a character outside
 * ASCII takes part in one of those names.
 */
function read(text: string, i: number, node: Node, atStart: boolean, found: { index: number; end: number }): boolean {
  const from = atStart ? i : separatorEnd(text, i);
  if (from === UNSURE) return node.next.every((n) => n.first >= found.index);
  if (from < 0) return true;
  for (const child of node.next) {
    if (child.first >= found.index) continue;
    const end = wordEnd(text, from, child.word);
    if (end === UNSURE) return false;
    if (end < 0) continue;
    if (child.ends < found.index) {
      const closed = nameClosedAt(text, end);
      if (closed === UNSURE) return false;
      if (closed >= 0) {
        found.index = child.ends;
        found.end = closed;
      }
    }
    if (child.next.length > 0 && !read(text, end, child, false, found)) return false;
  }
  return true;
}
