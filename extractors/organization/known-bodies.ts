/**
 * The widely known bodies, kept as data in known-bodies.tsv (its header comment says what each
 * column holds) and read here: parsed into rows for the format test, and into the KnownBody records
 * the organization lexicon hands the extractor. Read once, on first use, from the package root, as
 * the gazetteer is: compiled JavaScript runs from dist/, which holds no data files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../pipeline/project-root.js';

/** A well-known body, as the extractor reads it. */
export interface KnownBody {
  /** The acronym or short form in established use; absent where the body goes by its name (valued by its name as first written). */
  key?: string;
  /** English names first (the first is the label), then names in other languages used in English text. */
  names: string[];
  /** Other acronyms or short forms that mean the same body, recognized anywhere. */
  aliases?: string[];
  /**
   * The key or acronyms that are also everyday English words ("WHO", "ICE", "BID"): to be read as the
   * body only in a compound ("DHS/ICE", "WHO-PAHO") or once the body's name was written. An
   * acronym listed here that is not the key is left out of `aliases`.
   */
  wordAcronyms?: string[];
  /** A national agency: its acronym is the key only where the report itself uses the acronym. */
  national?: boolean;
  /** The national agency's country, ISO 3166-1 alpha-3. */
  country?: string;
  category?: string;
  /** Where the facts were checked. */
  source?: string;
}

/** The columns of known-bodies.tsv, in order: its first line that is no comment names them so. */
export const KNOWN_BODY_COLUMNS = ['key', 'names', 'acronyms', 'word_acronyms', 'other_names', 'national', 'category', 'source'] as const;

/** One line of the data file, its lists split. */
export interface KnownBodyRow {
  /** 1-based line number in the file. */
  line: number;
  key: string;
  names: string[];
  acronyms: string[];
  wordAcronyms: string[];
  otherNames: string[];
  national: string;
  category: string;
  source: string;
}

export function knownBodiesDataFile(): string {
  return join(projectRoot(), 'extractors', 'organization', 'known-bodies.tsv');
}

const list = (field: string): string[] => (field === '' ? [] : field.split('|').map((s) => s.trim()));

/**
 * The rows of the data file's text. A line with the wrong number of columns, or a header that is not
 * KNOWN_BODY_COLUMNS, breaks the data contract: that throws, naming the file and the line.
 */
export function parseKnownBodies(text: string, file = 'known-bodies.tsv'): KnownBodyRow[] {
  const rows: KnownBodyRow[] = [];
  let header = false;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\r$/, '');
    if (raw === '' || raw.startsWith('#')) continue;
    const cells = raw.split('\t');
    if (!header) {
      if (cells.join('\t') !== KNOWN_BODY_COLUMNS.join('\t')) throw new Error(`${file}:${i + 1}: the header must name the columns ${KNOWN_BODY_COLUMNS.join(', ')}`);
      header = true;
      continue;
    }
    if (cells.length !== KNOWN_BODY_COLUMNS.length) throw new Error(`${file}:${i + 1}: ${cells.length} columns, not ${KNOWN_BODY_COLUMNS.length}`);
    const [key, names, acronyms, words, other, national, category, source] = cells.map((c) => c.trim()) as [string, string, string, string, string, string, string, string];
    rows.push({ line: i + 1, key, names: list(names), acronyms: list(acronyms), wordAcronyms: list(words), otherNames: list(other), national, category, source });
  }
  return rows;
}

/** The extractor's record of a row: a key equal to the first name means the body goes by its name. */
export function toKnownBody(row: KnownBodyRow): KnownBody {
  const words = new Set(row.wordAcronyms);
  const aliases = row.acronyms.filter((a) => !words.has(a));
  const body: KnownBody = { names: [...row.names, ...row.otherNames], category: row.category, source: row.source };
  if (row.key !== row.names[0]) body.key = row.key;
  if (aliases.length) body.aliases = aliases;
  if (words.size) body.wordAcronyms = row.wordAcronyms;
  if (row.national) {
    body.national = true;
    body.country = row.national;
  }
  return body;
}

let loaded: readonly KnownBody[] | undefined;

/** The bodies of known-bodies.tsv, in file order (read once). */
export function knownBodies(): readonly KnownBody[] {
  if (loaded) return loaded;
  const file = knownBodiesDataFile();
  loaded = Object.freeze(parseKnownBodies(readFileSync(file, 'utf8'), file).map(toKnownBody));
  return loaded;
}
