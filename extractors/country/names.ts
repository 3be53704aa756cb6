/**
 * The country name index: English names and aliases from i18n-iso-countries, plus the short
 * forms of lexicon.ts, keyed by token keys (tokens.ts). Built once, on first use.
 */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { ALIASES, AMBIGUOUS } from './lexicon.js';
import { nameKey, tokenize } from './tokens.js';

export type NameSource = 'name' | 'alias' | 'code';

export interface CountryName {
  iso3: string;
  source: NameSource;
  /** Acronyms ("US", "UK") match only in exactly this case. */
  exact?: string;
}

interface NameIndex {
  byKey: Map<string, CountryName>;
  maxTokens: number;
  /** Keys of the first word of every name, to pass over other words at once. */
  firstKeys: Set<string>;
  short: Map<string, string>;
}

let index: NameIndex | undefined;

function build(): NameIndex {
  const require = createRequire(import.meta.url);
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const byKey = new Map<string, CountryName>();
  const clash = new Set<string>();
  const short = new Map<string, string>();
  const add = (name: string, iso3: string, source: NameSource) => {
    if (/[,()]/.test(name)) return;
    const key = nameKey(name);
    if (!key) return;
    const acronym = /^[A-Z]{2,4}$/.test(name);
    const entry: CountryName = { iso3, source: acronym ? 'code' : source, ...(acronym ? { exact: name } : {}) };
    const old = byKey.get(key);
    if (old && old.iso3 !== iso3 && source !== 'alias') clash.add(key);
    if (!old || source === 'alias') byKey.set(key, entry);
  };
  const all = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
  for (const [alpha2, names] of Object.entries(all)) {
    const iso3 = countries.alpha2ToAlpha3(alpha2);
    if (!iso3) continue;
    short.set(iso3, shortName(names) ?? iso3);
    for (const name of names) add(name, iso3, 'name');
  }
  for (const key of clash) byKey.delete(key);
  for (const name of AMBIGUOUS) byKey.delete(nameKey(name));
  for (const [name, iso3] of Object.entries(ALIASES)) add(name, iso3, 'alias');
  let maxTokens = 0;
  for (const k of byKey.keys()) maxTokens = Math.max(maxTokens, k.split(' ').length);
  const firstKeys = new Set([...byKey.keys()].map((k) => k.split(' ')[0]!));
  return { byKey, maxTokens, short, firstKeys };
}

/** The list's first plain name, or its shortest when that is long ("United States", "South Korea", not "Korea, Republic of"). */
function shortName(names: readonly string[]): string | undefined {
  const plain = names.filter((n) => !/[,()]/.test(n) && !/^[A-Z.]+$/.test(n));
  const first = plain[0];
  if (first && first.length <= 20) return first;
  return [...plain].sort((a, b) => a.length - b.length)[0] ?? names[0]?.replace(/\s*\(.*\)/, '');
}

export function nameIndex(): NameIndex {
  index ??= build();
  return index;
}

/** The country a whole name stands for ("Saint Lucia" → LCA), ignoring case and accents. */
export function lookupCountry(name: string): string | undefined {
  return nameIndex().byKey.get(nameKey(name))?.iso3;
}

/** English short name of a country ("USA" → "United States of America" … as the list calls it). */
export function countryName(iso3: string): string | undefined {
  return nameIndex().short.get(iso3.toUpperCase());
}

export { tokenize };
