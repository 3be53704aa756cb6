/**
 * Finds the long names the registry knows (lexicon and report definitions) in a block: case,
 * accents, hyphens and list commas do not matter ("Inter-American Committee Against Terrorism",
 * "Group of Experts on Money-laundering Control"). Tried only where a capitalized token starts.
 */
import { nameEnd, namePattern, type NamePattern } from './name-match.js';
import type { Registry } from './registry.js';
import type { Token } from './tokens.js';

const folded = new Map<string, string>();

/** Lower case without accents, kept per word: the same capitalized words come back in every block. */
function fold(w: string): string {
  let f = folded.get(w);
  if (f === undefined) {
    if (folded.size > 20000) folded.clear();
    folded.set(w, (f = w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()));
  }
  return f;
}

interface Index {
  version: number;
  /** Folded first word → the names that start with it, longest first. */
  byFirst: Map<string, NamePattern[]>;
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
const entries = new Map<string, Entry>();

function entryOf(name: string): Entry {
  let e = entries.get(name);
  if (!e) {
    if (entries.size > 50000) entries.clear();
    entries.set(name, (e = { first: fold(name.split(/[\s\-–/.’']+/)[0] ?? ''), name: namePattern(name), length: name.length }));
  }
  return e;
}

function indexOf(registry: Registry): Index {
  const had = indexes.get(registry);
  if (had && had.version === registry.version) return had;
  const byFirst = new Map<string, Entry[]>();
  for (const name of registry.longNames) {
    const entry = entryOf(name);
    if (!entry.first) continue;
    const list = byFirst.get(entry.first);
    if (list) list.push(entry);
    else byFirst.set(entry.first, [entry]);
  }
  const index: Index = { version: registry.version, byFirst: new Map() };
  for (const [k, list] of byFirst) index.byFirst.set(k, list.sort((a, b) => b.length - a.length).map((x) => x.name));
  indexes.set(registry, index);
  return index;
}

/** The token up to its first hyphen, slash, period or apostrophe ("Inter-American" → "Inter"). */
function firstPart(word: string): string {
  const cut = word.search(/[-/.’']/);
  return cut < 0 ? word : word.slice(0, cut);
}

/** Spans of known long names in `text`, the longest at each start, not overlapping. */
export function scanNames(text: string, tokens: readonly Token[], registry: Registry): Array<{ start: number; end: number }> {
  const { byFirst } = indexOf(registry);
  const out: Array<{ start: number; end: number }> = [];
  let after = 0;
  for (const t of tokens) {
    if (!t.cap || t.start < after) continue;
    const names = byFirst.get(fold(firstPart(t.text)));
    if (!names) continue;
    for (const name of names) {
      const end = nameEnd(text, t.start, name);
      if (end < 0) continue;
      out.push({ start: t.start, end });
      after = end;
      break;
    }
  }
  return out;
}
