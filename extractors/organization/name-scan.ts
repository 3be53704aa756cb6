/**
 * Finds the long names the registry knows (lexicon and report definitions) in a block: case,
 * accents, hyphens and list commas do not matter ("Inter-American Committee Against Terrorism",
 * "Group of Experts on Money-laundering Control"). Tried only where a capitalized token starts.
 */
import type { Registry } from './registry.js';
import type { Token } from './tokens.js';

const fold = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Index {
  version: number;
  /** Folded first word → sticky patterns of the names that start with it, longest first. */
  byFirst: Map<string, RegExp[]>;
}

const indexes = new WeakMap<Registry, Index>();

/** A sticky pattern for a name: words apart by spaces, a hyphen, a list comma or an initial's period. */
function pattern(name: string): RegExp {
  const words = name.split(/[\s\-–]+/).filter(Boolean);
  const body = words
    .map((w) => escape(w).replace(/[’']/g, "['’]"))
    .join('(?:\\s+|\\s*[-–]\\s*|,\\s+)');
  return new RegExp(`${body}(?![\\p{L}\\p{N}])`, 'iuy');
}

function indexOf(registry: Registry): Index {
  const had = indexes.get(registry);
  if (had && had.version === registry.version) return had;
  const byFirst = new Map<string, Array<{ re: RegExp; length: number }>>();
  for (const name of registry.longNames) {
    const first = fold(name.split(/[\s\-–/.’']+/)[0] ?? '');
    if (!first) continue;
    const list = byFirst.get(first) ?? [];
    list.push({ re: pattern(name), length: name.length });
    byFirst.set(first, list);
  }
  const index: Index = { version: registry.version, byFirst: new Map() };
  for (const [k, list] of byFirst) index.byFirst.set(k, list.sort((a, b) => b.length - a.length).map((x) => x.re));
  indexes.set(registry, index);
  return index;
}

/** Spans of known long names in `text`, the longest at each start, not overlapping. */
export function scanNames(text: string, tokens: readonly Token[], registry: Registry): Array<{ start: number; end: number }> {
  const { byFirst } = indexOf(registry);
  const out: Array<{ start: number; end: number }> = [];
  let after = 0;
  for (const t of tokens) {
    if (!t.cap || t.start < after) continue;
    const res = byFirst.get(fold(t.text.split(/[-/.’']/)[0] ?? ''));
    if (!res) continue;
    for (const re of res) {
      re.lastIndex = t.start;
      const m = re.exec(text);
      if (!m) continue;
      out.push({ start: t.start, end: t.start + m[0].length });
      after = t.start + m[0].length;
      break;
    }
  }
  return out;
}
