/**
 * The text format of the gazetteer data file (gazetteer-data.txt), written and read here only, so
 * the two sides cannot drift apart. One line per name key, so the extractor can index the file by
 * key without parsing any entry, and parse a key's entries only when a lookup first asks for them:
 *
 *   key TAB entry TAB entry …         the key's entries in lookup order (most populous first)
 *   entry = name|ISO3|population|kind|region
 *   kind  = c city, p national capital, a first-level capital, r first-level region
 *
 * The key is left empty when it is the first entry's name in lower case, as it is for nearly three
 * keys in four: that keeps the file 14% smaller. Lines starting with # are comments (the credit).
 */
import type { Gazetted } from './gazetteer.js';

const KIND_CODES = { primary: 'p', admin: 'a', city: 'c', region: 'r' } as const;

/** A tab, bar or line break inside a name would split the line in the wrong place. */
const SEPARATORS = /[|\t\n\r]/;

function encodeEntry(e: Gazetted): string {
  if (SEPARATORS.test(e.name) || SEPARATORS.test(e.region ?? '')) throw new Error(`gazetteer name with a separator: ${JSON.stringify(e)}`);
  const kind = e.kind === 'region' ? KIND_CODES.region : KIND_CODES[e.capital ?? 'city'];
  return `${e.name}|${e.iso3}|${e.population}|${kind}|${e.region ?? ''}`;
}

export function encodeLine(key: string, entries: readonly Gazetted[]): string {
  const first = entries[0];
  // An empty key would be read back as the first name in lower case.
  if (!first || key === '') throw new Error(`gazetteer key "${key}" is empty or has no entries`);
  const shownKey = key === first.name.toLowerCase() ? '' : key;
  return [shownKey, ...entries.map(encodeEntry)].join('\t');
}

/*
 * The reading side works on the whole text and a line's start, so that indexing the file makes no
 * string for each of its 42 000 lines: only the keys.
 */

/** Where the line after the one starting at `start` starts (the text's length after the last). */
export function nextLine(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end < 0 ? text.length : end + 1;
}

/** Whether the line starting at `start` holds a key and its entries (it is not a comment or blank). */
export function isDataLine(text: string, start: number): boolean {
  const first = text[start];
  return first !== '#' && first !== '\n';
}

/** The key of the data line starting at `start`. */
export function lineKey(text: string, start: number): string {
  const tab = text.indexOf('\t', start);
  if (tab > start) return text.slice(start, tab);
  return text.slice(tab + 1, text.indexOf('|', tab + 1)).toLowerCase();
}

/** The entries of the data line starting at `start`, in the order the line lists them. */
export function decodeEntries(text: string, start: number): Gazetted[] {
  const end = text.indexOf('\n', start);
  return text
    .slice(text.indexOf('\t', start) + 1, end < 0 ? text.length : end)
    .split('\t')
    .map(decodeEntry);
}

function decodeEntry(field: string): Gazetted {
  const [name = '', iso3 = '', population = '', kind = '', region = ''] = field.split('|');
  const base = { name, iso3, population: Number(population) };
  if (kind === KIND_CODES.region) return { ...base, kind: 'region' };
  const capital = kind === KIND_CODES.primary ? 'primary' : kind === KIND_CODES.admin ? 'admin' : undefined;
  return { ...base, kind: 'city', ...(region ? { region } : {}), ...(capital ? { capital } : {}) };
}
