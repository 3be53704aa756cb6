/**
 * Acronym definitions a report makes: "Long Name (ACR)", "ACR (Long Name)" and
 * "the Long Name, ACR,". Each tells which span is the long form and whether it names a body.
 */
import { nameEndingAt } from './chunks.js';
import { NON_ORG_ACRONYMS, SECRETARIAT_WORDS } from './lexicon.js';
import { initialsCoverage } from './normalize.js';
import type { Registry } from './registry.js';
import { shapeOf } from './shape.js';
import { lastTokenEndingBy, lowerOf, tokenize, tokenStartingAt, type Token } from './tokens.js';

interface Range {
  start: number;
  end: number;
}

export interface Definition {
  rule: 'organization/acronym-definition' | 'organization/acronym-first-definition' | 'organization/acronym-apposition';
  long: Range;
  acr: Range;
  /** The acronym as written. */
  acronym: string;
  /** The key it stands for (upper case where written in lower case); null for a non-body. */
  key: string | null;
  /** The long form names a body even where the acronym does not ("Consultative Committee of the CIFTA"). */
  longIsBody: boolean;
  /** The part of the long form the acronym expands to (the instrument in "Committee of the Convention (CIFTA)"). */
  expansion: string;
  /** A unit named before "of the" that is a body of its own ("Forensic Documents Laboratory of the …"). */
  unit?: Range;
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
  if (SECRETARIAT_WORDS.has(a.toLowerCase())) return { body: long };
  if (shapeOf(a) === 'org' && shapeOf(b) !== 'other' && initialsCoverage(a, acronym) < 0.5 && initialsCoverage(b, acronym) >= 0.5) {
    return { unit: { start: long.start, end: long.start + a.length }, body: { start: bodyStart, end: long.end } };
  }
  return { body: long };
}

/** Start the long form at its first part that names a body ("Conference in Vienna of the UN … Task Force" → "UN … Task Force"). */
function firstBodySegment(text: string, chunk: Range): Range {
  const name = slice(text, chunk);
  if (shapeOf(name) === 'org') return chunk;
  for (const m of name.matchAll(/\s(?:of|in)(?:\s+the)?\s+/g)) {
    const start = chunk.start + (m.index ?? 0) + m[0].length;
    if (shapeOf(text.slice(start, chunk.end)) === 'org') return { start, end: chunk.end };
  }
  return chunk;
}

/** The lower-case long form before "(acr)" by initials ("investigations police of Chile (PICH)"). */
function lowercaseLong(text: string, tokens: readonly Token[], last: number, acronym: string): Range | null {
  const letters = new Set(acronym.toLowerCase().replace(/[^a-z]/g, ''));
  let first = -1;
  for (let j = last, n = 0; j >= 0 && n < 8; j--, n++) {
    const t = tokens[j]!;
    const w = lowerOf(t);
    if (j < last && !/^\s+$/.test(text.slice(t.end, tokens[j + 1]!.start))) break;
    if (['of', 'the', 'for', 'and', 'de'].includes(w)) continue;
    if (!letters.has(w[0] ?? '')) break;
    first = j;
  }
  if (first < 0) return null;
  const range = { start: tokens[first]!.start, end: tokens[last]!.end };
  return shapeOf(slice(text, range)) === 'org' && initialsCoverage(slice(text, range), acronym) >= 0.6 ? range : null;
}

function judge(text: string, long: Range, acronym: string, registry: Registry): Omit<Definition, 'rule' | 'acr' | 'acronym'> | null {
  const key = acronym === acronym.toLowerCase() ? acronym.toUpperCase() : acronym;
  const { unit, body } = splitUnit(text, long, acronym);
  const name = slice(text, body);
  const shape = shapeOf(name);
  const known = registry.acronym(key);
  const nonBody = NON_ORG_ACRONYMS.has(key) || known === null || shape === 'other';
  if (nonBody) {
    // "Committee of the Convention (CIFTA)": the acronym is the instrument's, the long form a body.
    const m = /^(.*?)\s+of(?:\s+the)?\s+(.*)$/.exec(name);
    const bodyHead = m && shapeOf(m[1]!) === 'org';
    return { long: body, key: null, longIsBody: Boolean(bodyHead), expansion: bodyHead ? m![2]! : name, ...(unit ? { unit } : {}) };
  }
  if (shape === 'org' || (known !== undefined && known !== null) || registry.resolve(name)) {
    return { long: body, key: known ?? key, longIsBody: true, expansion: name, ...(unit ? { unit } : {}) };
  }
  return null;
}

/**
 * All definitions in `text` (offsets relative to it). `tokensOf` is called only once a candidate
 * needs the tokens: most lines `prepare` reads define nothing.
 */
export function findDefinitions(text: string, registry: Registry, tokensOf: () => readonly Token[] = once(() => tokenize(text))): Definition[] {
  const out: Definition[] = [];
  const hasParens = text.includes('(');
  for (const m of hasParens ? text.matchAll(/\(\s*([^()\s]{2,16})\s*\)/g) : []) {
    const acronym = m[1]!;
    const open = m.index ?? 0;
    const acrStart = open + m[0].indexOf(acronym);
    const acr = { start: acrStart, end: acrStart + acronym.length };
    if (!plausibleAcronym(acronym)) continue;
    const pair = acronym.includes('/') && acronym.split('/').every((p) => registry.acronym(p));
    const tokens = tokensOf();
    const last = lastTokenEndingBy(tokens, open);
    if (last < 0 || !/^\s*$/.test(text.slice(tokens[last]!.end, open))) continue;
    let chunk: Range | null = nameEndingAt(text, tokens, last);
    if (chunk && shapeOf(slice(text, chunk)) !== 'org' && initialsCoverage(slice(text, chunk), acronym) < 0.5) chunk = null;
    // A pair of bodies after a program's name ("Project for … (IDB/CICAD)") is no definition.
    if (pair && (!chunk || shapeOf(slice(text, firstBodySegment(text, chunk))) !== 'org')) continue;
    if (chunk) chunk = firstBodySegment(text, chunk);
    let verdict = chunk ? judge(text, chunk, acronym, registry) : null;
    if (!verdict) {
      const from = Math.max(0, open - 120);
      const window = tokenize(text.slice(from, open), true);
      const low = window.length ? lowercaseLong(text.slice(from, open), window, window.length - 1, acronym) : null;
      chunk = low && { start: low.start + from, end: low.end + from };
      verdict = chunk ? judge(text, chunk, acronym, registry) : null;
    }
    // "ACR (Long Name)" is read below; a lone acronym before parentheses defines nothing here.
    if (!chunk || !verdict || (chunk.start === tokens[last]!.start && tokens[last]!.upper)) continue;
    out.push({ rule: 'organization/acronym-definition', acr, acronym, ...verdict });
  }
  for (const m of hasParens && capitalBeforeParenthesis(text) ? text.matchAll(/(?<![\p{L}\p{N}])([A-Z][A-Za-z&/-]*[A-Z])\s+\(([^()]{8,160})\)/gu) : []) {
    const acronym = m[1]!;
    const inner = m[2]!;
    const start = m.index ?? 0;
    if (!plausibleAcronym(acronym) || !/^[A-Z]/.test(inner) || inner.includes(',')) continue;
    if (shapeOf(inner) !== 'org' && initialsCoverage(inner, acronym) < 0.6) continue;
    const longStart = start + m[0].indexOf('(') + 1;
    const long = { start: longStart, end: longStart + inner.length };
    const verdict = judge(text, long, acronym, registry);
    if (!verdict) continue;
    out.push({ rule: 'organization/acronym-first-definition', acr: { start, end: start + acronym.length }, acronym, ...verdict });
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
    const verdict = judge(text, chunk, acronym, registry);
    if (!verdict || verdict.key === null) continue;
    const acrStart = comma + m[0].indexOf(acronym);
    out.push({ rule: 'organization/acronym-apposition', acr: { start: acrStart, end: acrStart + acronym.length }, acronym, ...verdict });
  }
  return out;
}

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

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** Teach the registry the definitions in `text`. */
export function learnDefinitions(text: string, registry: Registry, tokensOf?: () => readonly Token[]): Definition[] {
  const defs = findDefinitions(text, registry, tokensOf);
  for (const d of defs) {
    const long = slice(text, d.long);
    if (d.key !== null) {
      registry.addAcronym(d.acronym, d.key, long);
      if (d.acronym !== d.key) registry.addAcronym(d.key, d.key, long);
      registry.addName(long, d.key);
      const inner = /^(?:[A-Z][a-z]+\s+)?Secretariat\s+of(?:\s+the)?\s+(.+)$/.exec(long);
      if (inner) registry.addName(inner[1]!, d.key);
    } else {
      registry.addAcronym(d.acronym, null, d.expansion);
      if (d.longIsBody) registry.addName(long, null);
    }
  }
  return defs;
}
