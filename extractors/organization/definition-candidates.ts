/**
 * What a text offers as acronym definitions before the registry is asked: "Long Name (ACR)",
 * "ACR (Long Name)" and "the Long Name, ACR,", with the long form cut and read. All of it follows
 * from the text alone, so `prepare` reads a line once and the block that is the same line reuses
 * the reading; only the verdict (definitions.ts) depends on what the registry knows by then.
 */
import { nameEndingAt } from './chunks.js';
import { HEAD_FIRST, ROLE_WORDS, SECRETARIAT_WORDS } from './lexicon.js';
import { initials, initialsCoverage } from './normalize.js';
import { shapeOf, type Shape } from './shape.js';
import { lastTokenEndingBy, lowerOf, tokenize, tokenStartingAt, type Token } from './tokens.js';

export interface Range {
  start: number;
  end: number;
}

/** A long form as the text gives it, for an acronym. */
export interface LongForm {
  /** The range the long form was read from (before a unit is split off). */
  range: Range;
  /** The key the acronym stands for (upper case where written in lower case). */
  key: string;
  /** The part the acronym expands to, and a unit of it named before "of the". */
  body: Range;
  unit: Range | undefined;
  /** The text of `body`, and its shape. */
  name: string;
  shape: Shape;
  /** For an acronym of no body: the name's head before "of (the)" is a body's; then what follows is the expansion. */
  bodyHead: boolean;
  afterOf: string;
}

/** "Long Name (ACR)". */
export interface ParenthesisCandidate {
  acronym: string;
  acr: Range;
  /** The parts of an acronym pair ("IDB/CICAD"); the pair defines nothing after a program's name. */
  pairParts: string[] | undefined;
  /** True where a pair would define nothing: no name before it, or one that names no body. */
  pairBlocked: boolean;
  /** The capitalized long form before "(", read; null where there is none. */
  long: LongForm | null;
  /** Where "(" is, and the lower-case long form before it once read (see lowercaseLongForm). */
  open: number;
  lowercase: LongForm | null | undefined;
  /** The token right before "(": a lone acronym there defines nothing. */
  lastStart: number;
  lastUpper: boolean;
}

/** "ACR (Long Name)" or "the Long Name, ACR,". */
export interface SimpleCandidate {
  acronym: string;
  acr: Range;
  long: LongForm;
}

/** "Long Name (Name in its own language, ACR)": the name before "(" (null where none is a body's) and the one inside. */
export interface TranslationCandidate {
  acronym: string;
  acr: Range;
  outer: LongForm | null;
  inner: LongForm;
}

export interface Candidates {
  parenthesis: ParenthesisCandidate[];
  first: SimpleCandidate[];
  apposition: SimpleCandidate[];
  translated: TranslationCandidate[];
}

const ACRONYM = /^(?:[A-Z][A-Za-z0-9&./-]*[A-Z0-9]s?|[a-z]{3,8})$/;

export function plausibleAcronym(word: string): boolean {
  if (!ACRONYM.test(word) || /\d{2}/.test(word)) return false;
  const caps = word.replace(/[^A-Z]/g, '').length;
  return caps >= 2 || word === word.toLowerCase();
}

const slice = (text: string, r: Range): string => text.slice(r.start, r.end);

/** Split "A of the B" where the acronym spells B and not A (a unit of a defined body). */
function splitUnit(text: string, long: Range, acronym: string): { unit?: Range; body: Range } {
  const name = slice(text, long);
  const m = /\s+of(?:\s+the)?\s+/.exec(name);
  if (!m || m.index === undefined) return { body: long };
  const a = name.slice(0, m.index);
  const b = name.slice(m.index + m[0].length);
  const bodyStart = long.start + m.index + m[0].length;
  // A unit has a name of its own: a bare head ("Bureau of International Narcotics … Affairs") is the name's own head.
  if (SECRETARIAT_WORDS.has(a.toLowerCase()) || !/\s/.test(a.trim())) return { body: long };
  // The acronym must spell a name of some words ("Mexican Ministry of Tourism (SECTUR)" is no unit of "Tourism").
  if (shapeOf(a) === 'org' && shapeOf(b) !== 'other' && initials(b).length >= 2 && initialsCoverage(a, acronym) < 0.5 && initialsCoverage(b, acronym) >= 0.5) {
    return { unit: { start: long.start, end: long.start + a.length }, body: { start: bodyStart, end: long.end } };
  }
  return { body: long };
}

/** Start the long form at its first part that names a body ("Conference in Vienna of the UN … Task Force" → "UN … Task Force"). */
function firstBodySegment(text: string, chunk: Range, acronym?: string): Range {
  const name = slice(text, chunk);
  if (shapeOf(name) === 'org') return chunk;
  let spelled: Range | undefined;
  const whole = acronym ? initialsCoverage(name, acronym) : 1;
  for (const m of name.matchAll(/\s(?:of|in)(?:\s+the)?\s+/g)) {
    const start = chunk.start + (m.index ?? 0) + m[0].length;
    const rest = text.slice(start, chunk.end);
    if (shapeOf(rest) === 'org') return { start, end: chunk.end };
    // "Analysts of the Island Cyber … Team (ICIRT)": the part the acronym spells, where the whole is not a body's name.
    if (!spelled && acronym && whole < 1 && initialsCoverage(rest, acronym) === 1) spelled = { start, end: chunk.end };
  }
  // "LACPAN and the Universidad Andina de Ciencias Policiales (UACP)": another body named before "and"; the long form is the part the acronym spells,
  // also where its head is no body's by shape ("INTERPOL and the Regional Security System (RSS)").
  if (!spelled && acronym && whole < 1) {
    for (const m of name.matchAll(/\s(?:and|y|e|et)(?:\s+(?:the|la|el|los|las))?\s+/g)) {
      const start = chunk.start + (m.index ?? 0) + m[0].length;
      const rest = text.slice(start, chunk.end);
      if ((shapeOf(rest) === 'org' || shapeOf(name) !== 'org') && initialsCoverage(rest, acronym) === 1) return { start, end: chunk.end };
    }
  }
  return spelled ?? chunk;
}

/** The lower-case long form before "(acr)" by initials ("investigations police of Chile (PICH)"). */
function lowercaseLong(text: string, tokens: readonly Token[], last: number, acronym: string): Range | null {
  const letters = new Set(acronym.toLowerCase().replace(/[^a-z]/g, ''));
  let first = -1;
  for (let j = last, n = 0; j >= 0 && n < 8; j--, n++) {
    const t = tokens[j]!;
    const w = lowerOf(t);
    if (j < last && !/^\s+$/.test(text.slice(t.end, tokens[j + 1]!.start))) break;
    if (['of', 'the', 'for', 'and', 'de', 'du', 'des', 'la', 'da', 'do'].includes(w)) continue;
    if (!letters.has(w.normalize('NFD')[0] ?? '')) break; // "École" spells the E of "ENP"
    first = j;
  }
  if (first < 0) return null;
  const range = { start: tokens[first]!.start, end: tokens[last]!.end };
  const name = slice(text, range);
  return (shapeOf(name) === 'org' || headFirstName(name)) && initialsCoverage(name, acronym) >= 0.6 ? range : null;
}

/** Read a long form for an acronym: its key, the body and unit it names, and their shape. */
function readLongForm(text: string, range: Range, acronym: string): LongForm {
  const key = acronym === acronym.toLowerCase() ? acronym.toUpperCase() : acronym;
  const { unit, body } = splitUnit(text, range, acronym);
  const name = slice(text, body);
  // "Committee of the Convention (CIFTA)": the acronym is the instrument's, the long form a body.
  const m = /^(.*?)\s+of(?:\s+the)?\s+(.*)$/.exec(name);
  const bodyHead = Boolean(m && shapeOf(m[1]!) === 'org');
  return { range, key, body, unit, name, shape: shapeOf(name), bodyHead, afterOf: bodyHead ? m![2]! : '' };
}

/**
 * The candidates in `text` (offsets relative to it). `tokensOf` is called only once a candidate
 * needs the tokens: most lines `prepare` reads define nothing.
 */
export function findCandidates(text: string, tokensOf: () => readonly Token[]): Candidates {
  const found: Candidates = { parenthesis: [], first: [], apposition: [], translated: [] };
  const hasParens = text.includes('(');
  for (const m of hasParens ? text.matchAll(/\(\s*([^()\s]{2,16}(?: \p{Lu}\p{Ll}+)?)\s*\)/gu) : []) {
    const acronym = m[1]!;
    const open = m.index ?? 0;
    const acrStart = open + m[0].indexOf(acronym);
    const acr = { start: acrStart, end: acrStart + acronym.length };
    const space = acronym.indexOf(' ');
    if (space < 0 ? !plausibleAcronym(acronym) : !/^[A-Z][A-Z0-9]{1,7}$/.test(acronym.slice(0, space))) continue;
    const tokens = tokensOf();
    const last = lastTokenEndingBy(tokens, open);
    if (last < 0 || !/^\s*$/.test(text.slice(tokens[last]!.end, open))) {
      // A lower-case word before "(" ("École nationale de police (ENP)"): only a sentence-case long form can end there.
      if (/^[A-Z]{2,8}$/.test(acronym) && /\p{Ll}\s*$/u.test(text.slice(Math.max(0, open - 3), open))) {
        found.parenthesis.push({ acronym, acr, pairParts: undefined, pairBlocked: true, long: null, open, lowercase: undefined, lastStart: -1, lastUpper: false });
      }
      continue;
    }
    let chunk: Range | null = nameEndingAt(text, tokens, last);
    // "Group of Five for the Sahel (G5 Sahel)": an acronym and a word of the name it stands for.
    if (space >= 0 && !(chunk && new RegExp(`\\b${acronym.slice(space + 1)}$`).test(slice(text, chunk)))) continue;
    if (chunk && shapeOf(slice(text, chunk)) !== 'org' && initialsCoverage(slice(text, chunk), acronym) < 0.5) chunk = null;
    const segment = chunk && firstBodySegment(text, chunk, acronym);
    found.parenthesis.push({
      acronym,
      acr,
      pairParts: acronym.includes('/') ? acronym.split('/') : undefined,
      pairBlocked: !segment || shapeOf(slice(text, segment)) !== 'org',
      long: segment && readLongForm(text, segment, acronym),
      open,
      lowercase: undefined,
      lastStart: tokens[last]!.start,
      lastUpper: tokens[last]!.upper,
    });
  }
  for (const m of hasParens && capitalBeforeParenthesis(text) ? text.matchAll(/(?<![\p{L}\p{N}])([A-Z][A-Za-z&/-]*[A-Z])\s+\(([^()]{8,160})\)/gu) : []) {
    const acronym = m[1]!;
    const inner = m[2]!;
    const start = m.index ?? 0;
    if (!plausibleAcronym(acronym) || !/^[A-Z]/.test(inner) || inner.includes(',')) continue;
    if (shapeOf(inner) !== 'org' && initialsCoverage(inner, acronym) < 0.6) continue;
    const longStart = start + m[0].indexOf('(') + 1;
    const long = readLongForm(text, { start: longStart, end: longStart + inner.length }, acronym);
    found.first.push({ acronym, acr: { start, end: start + acronym.length }, long });
  }
  // A row of an acronym list, the acronym and its long form in two columns ("NCO⇥Network Coordination Office"): "ACR (Long Name)" laid out as a table.
  for (const m of text.includes('\t') || text.includes('   ') ? text.matchAll(/^[ \t]*([A-Z][A-Za-z&/-]*[A-Z])(?:\t+| {3,})(\p{Lu}[^\t\n]{7,159}?)[ \t]*$/gmu) : []) {
    const acronym = m[1]!;
    const inner = m[2]!;
    if (!plausibleAcronym(acronym) || inner.includes(',') || /[.;:]$/.test(inner)) continue;
    if (shapeOf(inner) !== 'org' && initialsCoverage(inner, acronym) < 0.6) continue;
    const start = (m.index ?? 0) + m[0].indexOf(acronym);
    const longStart = (m.index ?? 0) + m[0].lastIndexOf(inner);
    const long = readLongForm(text, { start: longStart, end: longStart + inner.length }, acronym);
    found.first.push({ acronym, acr: { start, end: start + acronym.length }, long });
  }
  // The same list where PDF text closed the gap to one space ("ERFTC Eastern Africa Regional Forensic Training Centre"):
  // only in the run of rows under the list's label, and only where the long form spells the acronym.
  for (const row of hasListLabel(text) ? closedAcronymRows(text) : []) {
    const { acronym, start, longStart, inner } = row;
    if (!plausibleAcronym(acronym) || inner.includes(',') || /[.;:]$/.test(inner)) continue;
    if (initialsCoverage(inner, acronym) < 0.6 || initials(inner)?.[0] !== acronym[0]!.toLowerCase()) continue;
    const long = readLongForm(text, { start: longStart, end: longStart + inner.length }, acronym);
    found.first.push({ acronym, acr: { start, end: start + acronym.length }, long });
  }
  for (const m of text.includes(',') ? text.matchAll(/,\s+([A-Z][A-Z&/-]*[A-Z])(?=[,;)])/g) : []) {
    const tokens = tokensOf();
    const acronym = m[1]!;
    const comma = m.index ?? 0;
    const idx = tokenStartingAt(tokens, comma + m[0].indexOf(acronym));
    if (idx < 0) continue;
    const last = idx - 1;
    if (last < 0 || tokens[last]!.end !== comma) continue;
    // nameEndingAt reads no token after `last` and no text after its end (the comma).
    const ending = nameEndingAt(text, tokens, last);
    if (!ending || tokens[last]!.upper) continue;
    const chunk = firstBodySegment(text, ending);
    const name = slice(text, chunk);
    if (shapeOf(name) !== 'org' || initialsCoverage(name, acronym) < 0.6) continue;
    const acrStart = comma + m[0].indexOf(acronym);
    found.apposition.push({ acronym, acr: { start: acrStart, end: acrStart + acronym.length }, long: readLongForm(text, chunk, acronym) });
  }
  if (hasParens && text.includes(',')) found.translated = translations(text);
  return found;
}

/**
 * "Attorney General's Office (Fiscalía General de la Nación, FGN)", "Network of … (Red de Laboratorios …, RELFA)":
 * the body's name in the report's language, then in parentheses its own name and the acronym that goes with that.
 * The inner name must be spelled by the acronym (it is the one the acronym abbreviates); the outer one must be a
 * body's name, as the translation of a body's name is.
 */
function translations(text: string): TranslationCandidate[] {
  const out: TranslationCandidate[] = [];
  for (const m of text.matchAll(/\((\p{Lu}[^(),;:]{4,120}?),\s+([A-Z][A-Za-z&/-]*[A-Z])\s*\)/gu)) {
    const acronym = m[2]!;
    const innerText = m[1]!.trimEnd();
    // The inner name spells the acronym: its initials are among the acronym's letters, and nearly as many ("Buenos Aires, CABA" is a place and its abbreviation).
    const spelled = initials(innerText).length;
    if (!plausibleAcronym(acronym) || spelled < 2 || spelled < acronym.length - 1 || initialsCoverage(innerText, acronym) < 0.75) continue;
    const open = m.index ?? 0;
    const innerRange = { start: open + 1, end: open + 1 + innerText.length };
    const acrStart = open + m[0].lastIndexOf(acronym);
    const before = outerName(text, open);
    const outer = before && readLongForm(text, before, acronym);
    const inner = readLongForm(text, innerRange, acronym);
    if (!outer && inner.shape !== 'org' && !headFirstName(inner.name)) continue;
    out.push({ acronym, acr: { start: acrStart, end: acrStart + acronym.length }, outer, inner });
  }
  return out;
}

/** Capitalized words that open a sentence, not a name ("The Attorney General's Office …"). */
/** The label of an acronym list, on a line of its own. */
/** Whether a text has an acronym list's label line; the label's words are looked for first (a cheap scan of every line). */
const hasListLabel = (text: string): boolean => /acronym|abbreviation|glossary/i.test(text) && LIST_LABEL.test(text);
const LIST_LABEL = /^[ \t]*(?:(?:List\s+of\s+)?(?:Acronyms|Abbreviations)(?:\s+and\s+(?:acronyms|abbreviations))?|Glossary)[ \t]*:?[ \t]*$/im;
/** A row of such a list with its gap closed: the acronym, one space, its long form (a capital first). */
const CLOSED_ROW = /^[ \t]*([A-Z][A-Za-z&/-]*[A-Z]) (\p{L}[^\t\n]{3,159}?)[ \t]*$/u;

/**
 * Each acronym list with closed gaps in a document, as one text from its label to its last row: the
 * rows define their acronyms only under the label, which a line read alone does not have.
 */
export function closedAcronymLists(text: string): string[] {
  if (!hasListLabel(text)) return [];
  const lists: string[] = [];
  const label = new RegExp(LIST_LABEL.source, 'gim');
  for (const m of text.matchAll(label)) {
    const from = m.index ?? 0;
    const rows = closedAcronymRows(text.slice(from), true);
    const last = rows.at(-1);
    if (!last) continue;
    lists.push(text.slice(from, from + last.longStart + last.inner.length));
  }
  return lists;
}

/** The rows "ACR Long form" in the run of lines under an acronym list's label (blank lines aside), to the first line of another shape (and there stop, if firstListOnly). */
function closedAcronymRows(text: string, firstListOnly = false): Array<{ acronym: string; start: number; longStart: number; inner: string }> {
  const rows: Array<{ acronym: string; start: number; longStart: number; inner: string }> = [];
  let inList = false;
  let offset = 0;
  for (const line of text.split('\n')) {
    const at = offset;
    offset += line.length + 1;
    if (line.trim() === '') continue;
    if (LIST_LABEL.test(line)) { inList = true; continue; }
    if (!inList) continue;
    const m = CLOSED_ROW.exec(line);
    if (!m) {
      if (firstListOnly) break;
      inList = false;
      continue;
    }
    if (!/^\p{Lu}/u.test(m[2]!)) continue; // a lower-case long form names no body
    const start = at + line.indexOf(m[1]!);
    rows.push({ acronym: m[1]!, start, longStart: start + m[1]!.length + 1, inner: m[2]! });
  }
  return rows;
}

const SENTENCE_OPENERS = new Set(['The', 'A', 'An', 'In', 'At', 'On', 'By', 'With', 'From', 'To', 'For', 'Of', 'And']);

const POSSESSIVE_ROLES = new Set(['general', "people", "women", "children", 'ombudsman', 'ombudsperson']);

const NAME_LINK = new Set(['of', 'the', 'for', 'on', 'and', 'against', 'in', 'to', 'de', 'del', 'la', 'y', 'et', 'du', 'des']);

/**
 * The body's name that ends right before the "(" at `open`: the longest run of capitalized words and links back
 * from it that has a body's shape ("Attorney General's Office of Colombia", "Carabinieri Command for the
 * Protection of Cultural Heritage" after "prosecutors from Ecuador and Peru to the"); not over a possessive but a role's
 * ("Guatemala's Public Ministry" is the "Public Ministry"), nor over "and the" (two bodies).
 */
function outerName(text: string, open: number): Range | null {
  const from = Math.max(0, open - 160);
  const words = [...text.slice(from, open).matchAll(/[^\s]+/g)].map((m) => ({ start: from + (m.index ?? 0), word: m[0] }));
  let best: Range | null = null;
  for (let k = words.length - 1; k >= 0; k--) {
    const { word, start } = words[k]!;
    const bare = word.replace(/[’']s$/, '');
    if (/[,.;:()\[\]]$/.test(word) || (!/^\p{Lu}/u.test(word) && !NAME_LINK.has(word))) break;
    if (word === 'the' && words[k - 1]?.word === 'and') break;
    // A possessive inside a name is a role's ("Attorney General's Office"); another's owns the name ("Mexico's Financial Intelligence Unit").
    if (bare !== word && !POSSESSIVE_ROLES.has(bare.toLowerCase()) && !ROLE_WORDS.has(bare.toLowerCase())) break;
    // not from a role whose people are meant ("Analysts of the …"); a role that names an office stays ("Attorney General's Office")
    const roleOf = ROLE_WORDS.has(word.toLowerCase()) && /^(?:of|from)$/.test(words[k + 1]?.word ?? '');
    if (!/^\p{Lu}/u.test(word) || bare !== word || SENTENCE_OPENERS.has(word) || roleOf) continue;
    const range = { start, end: text.slice(0, open).trimEnd().length };
    if (shapeOf(slice(text, range)) === 'org') best = range;
  }
  return best;
}

/** The lower-case long form before the candidate's "(", read from the 120 characters before it on first need. */
export function lowercaseLongForm(text: string, candidate: ParenthesisCandidate): LongForm | null {
  if (candidate.lowercase !== undefined) return candidate.lowercase;
  const from = Math.max(0, candidate.open - 120);
  const window = tokenize(text.slice(from, candidate.open), true);
  const low = window.length ? lowercaseLong(text.slice(from, candidate.open), window, window.length - 1, candidate.acronym) : null;
  const form = low && readLongForm(text, { start: low.start + from, end: low.end + from }, candidate.acronym);
  // lowercaseLong took a sentence-case name that opens on its head ("École nationale de police"): a body's name.
  if (form && form.shape !== 'org' && headFirstName(form.name)) form.shape = 'org';
  return (candidate.lowercase = form);
}

/** A French, Spanish or Portuguese name in sentence case, opening on its capitalized head: "École nationale de police", "Escuela nacional de guardacostas". */
const headFirstName = (name: string): boolean => {
  const words = name.split(/\s+/);
  return words.length >= 2 && /^\p{Lu}/u.test(words[0]!) && HEAD_FIRST.has(words[0]!.toLowerCase());
};

/**
 * Some "(" follows spaces after a capital ("OAS (…"), as "ACR (Long Name)" needs: most blocks
 * have none, and the pattern, which must try every position, is then not run. A character
 * outside ASCII before "(" may be a space, so it lets the pattern run.
 */
function capitalBeforeParenthesis(text: string): boolean {
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    let i = open - 1;
    while (i >= 0 && isAsciiSpace(text.charCodeAt(i))) i--;
    if (i < 0) continue;
    const c = text.charCodeAt(i);
    if (c >= 128 || (i < open - 1 && c >= 65 && c <= 90)) return true;
  }
  return false;
}

const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
