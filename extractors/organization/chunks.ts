/**
 * Capitalized phrases that may be names: "Group of Experts on Chemical Substances",
 * "U.S. Immigrations and Customs Enforcement Agency of the Department of Homeland Security".
 * Forward chunks serve the name rules; the backward scan finds the long form before "(ACR)".
 */
import { ORG_HEADS } from './lexicon.js';
import { CONNECTORS, lineWrap, lowerOf, OPENERS, spaced, type Token } from './tokens.js';

export interface Chunk {
  /** Token indices, end exclusive. */
  from: number;
  to: number;
  start: number;
  end: number;
}

const BEFORE_THE = new Set(['of', 'for', 'against', 'on', 'in', 'to', 'de']);

function opener(t: Token): boolean {
  return !t.upper && OPENERS.has(lowerOf(t));
}

const DEMONYM_LIKE = /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|can|ine|ic)$/u;

/**
 * "Attorney General’s Office", "Fishers’ Cooperative": a capitalized possessive (a plural's too) right before an
 * organization's head joins it.
 */
function possessiveBefore(text: string, prev: Token, cur: Token): boolean {
  const gap = text.slice(prev.end, cur.start);
  return prev.cap && (/^[’']s $/.test(gap) || (/^[’'] $/.test(gap) && prev.text.endsWith('s'))) && ORG_HEADS.has(lowerOf(cur));
}

/** "Ministry of the Interior of Côte d'Ivoire", "Ministère de l’Intérieur": a French elided article joins the capitalized word after it. */
function elidedBefore(text: string, prev: Token, cur: Token): boolean {
  return cur.cap && /^ (?:d|l|D|L)['’]$/.test(text.slice(prev.end, cur.start));
}

/** "Trafficking in Persons Unit": a capitalized gerund joins its object by "in". */
const GERUND = /^\p{Lu}\p{Ll}+ing$/u;

const ORDINAL = /^(?:\d+(?:st|nd|rd|th)|(?:(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)-)?(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth)|(?:Tenth|Eleventh|Twelfth|(?:Thir|Four|Fif|Six|Seven|Eigh|Nine)teenth|(?:Twen|Thir|For|Fif|Six|Seven|Eigh|Nine)tieth))$/;

/** Prepositions that the backward scan reads inside a long form, between capitalized words. */
const INNER_PREPOSITION = /^ (?:without|with|at|from|under) $/;

/** "… Security on April 14": a date after a connector is no part of a name. */
const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** A document symbol's part: a slash word followed by ".X" ("OEA/Ser.G") or a slash word with digits ("CP/CSH-2101/26"). */
function isSymbol(text: string, t: Token): boolean {
  if (!t.text.includes('/')) return false;
  return /\d/.test(t.text) || /^\.[A-Z]/.test(text.slice(t.end, t.end + 2));
}

/**
 * Where a comma list inside a name's complement ends: the name so far holds "of" or "for" ("Ministry
 * of Agriculture"), and after the comma at token j come capitalized words and commas only, then "and"
 * and capitalized words ("…, Water and Land Reform"). Returns the index of the list's last token, or -1.
 */
function complementList(text: string, tokens: readonly Token[], from: number, j: number): number {
  const prev = tokens[j - 1]!;
  if (text.charCodeAt(prev.end) !== 44 /* , */ || !spaced(text, prev.end + 1, tokens[j]!.start)) return -1;
  let complement = false;
  for (let k = from; k < j; k++) if (/^(?:of|for)$/.test(lowerOf(tokens[k]))) complement = true;
  if (!complement) return -1;
  let k = j;
  for (let guard = 0; k < tokens.length && guard < 12; guard++) {
    const t = tokens[k]!;
    // an acronym or another body's head in the list makes it a list of bodies ("Ministry of Health, UNICEF and WHO")
    if (!t.cap || t.upper || opener(t) || CONNECTORS.has(lowerOf(t)) || ORG_HEADS.has(lowerOf(t))) return -1;
    const next = tokens[k + 1];
    if (!next) return -1;
    if (spaced(text, t.end, next.start)) {
      if (lowerOf(next) === 'and') {
        const after = tokens[k + 2];
        if (!after || !after.cap || after.upper || ORG_HEADS.has(lowerOf(after)) || opener(after) || !spaced(text, next.end, after.start)) return -1;
        let end = k + 2;
        while (tokens[end + 1] && tokens[end + 1]!.cap && !tokens[end + 1]!.upper && !opener(tokens[end + 1]!) && spaced(text, tokens[end]!.end, tokens[end + 1]!.start)) end++;
        return end;
      }
      k++;
      continue;
    }
    if (text.charCodeAt(t.end) === 44 && spaced(text, t.end + 1, next.start)) {
      k++;
      continue;
    }
    return -1;
  }
  return -1;
}

/** Maximal capitalized phrases joined by connectors ("of the", "and", "against"), without commas. */
export function forwardChunks(text: string, tokens: readonly Token[]): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.cap || opener(t)) {
      i++;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < tokens.length) {
      const prev = tokens[j - 1]!;
      const cur = tokens[j]!;
      if (columnGap(text, prev.end)) break; // the next column ("WCO⇥World Customs Organization", "WCO      World Customs Organization")
      if (!spaced(text, prev.end, cur.start) && !possessiveBefore(text, prev, cur) && !elidedBefore(text, prev, cur)) {
        // "Ministry of Agriculture, Water and Land Reform": a complement that lists its fields, closed by "and"
        const listEnd = complementList(text, tokens, i, j);
        if (listEnd < 0) break;
        last = listEnd;
        j = listEnd + 1;
        continue;
      }
      // A session's ordinal or a document symbol after a name is no part of it ("… Women Sixty-ninth session", "OEA/Ser.G").
      if (ORDINAL.test(cur.text) || isSymbol(text, cur)) break;
      if (cur.cap && cur.text !== 'The' && !CONNECTORS.has(lowerOf(cur))) {
        last = j;
        j++;
        continue;
      }
      // One or two connectors, then a capitalized word.
      const w = lowerOf(cur);
      if (!(CONNECTORS.has(w) || (w === 'in' && GERUND.test(prev.text))) || w === 'the') break;
      let k = j + 1;
      if (lowerOf(tokens[k]) === 'the' && BEFORE_THE.has(w) && spaced(text, cur.end, tokens[k]!.start)) k++;
      const next = tokens[k];
      if (!next || !next.cap || opener(next) || !(spaced(text, tokens[k - 1]!.end, next.start) || (k === j + 1 && w !== 'and' && lineWrap(text, cur.end, next.start))) || ORDINAL.test(next.text) || isSymbol(text, next) || CALENDAR.test(next.text)) break;
      if (w === 'and' && (next.upper || prev.upper)) break;
      // "National Police of Colombia and Colombian officers": "and" joins an adjective of a common noun, not a name.
      if (w === 'and' && DEMONYM_LIKE.test(next.text) && /^\s+[a-z]/.test(text.slice(next.end)) && !CONNECTORS.has(text.slice(next.end).trim().split(/\s/)[0]!)) break;
      last = k;
      j = k + 1;
    }
    out.push({ from: i, to: last + 1, start: t.start, end: tokens[last]!.end });
    i = last + 1;
  }
  return out;
}

/**
 * The long form that ends at token `last` (just before "(ACR)"): capitalized words back over
 * connectors ("in", "to" too), "the" only after a preposition, commas only inside a list that
 * the name closes with "and" ("Firearms, Ammunition, Explosives, and Other Related Materials").
 */
export function nameEndingAt(text: string, tokens: readonly Token[], last: number): Chunk | null {
  const end = tokens[last];
  if (!end || !end.cap) return null;
  let first = last;
  let j = last;
  while (j > 0) {
    const prev = tokens[j - 1]!;
    const cur = tokens[j]!;
    const w = lowerOf(prev);
    // "… Development and Life without Drugs (DEVIDA)": a lower-case preposition between two capitalized words.
    if (prev.cap && !opener(prev) && INNER_PREPOSITION.test(text.slice(prev.end, cur.start))) {
      j--;
      first = j;
      continue;
    }
    // a connector that ends a line goes on at the next ("… COMMISSION FOR" / "DISASTER RISK REDUCTION (CIRD)")
    if (spaced(text, prev.end, cur.start) || (CONNECTORS.has(w) && w !== 'the' && w !== 'and' && lineWrap(text, prev.end, cur.start))) {
      if ((CONNECTORS.has(w) && w !== 'the') || w === 'in' || w === 'to') {
        j--;
        continue;
      }
      if (w === 'the') {
        // "… Prevention of Crime and the Treatment of Offenders (ILANUD)": "and the" inside a name, before words that name no body.
        const andThe = lowerOf(tokens[j - 2]) === 'and' && !tokens.slice(j, last + 1).some((t) => ORG_HEADS.has(lowerOf(t)));
        if ((!BEFORE_THE.has(lowerOf(tokens[j - 2])) && !andThe) || !spaced(text, tokens[j - 2]!.end, prev.start)) break;
        j--;
        continue;
      }
      if (prev.cap) {
        j--;
        if (!opener(prev)) first = j;
        continue;
      }
      break;
    }
    if (text.charCodeAt(prev.end) === 44 /* , */ && spaced(text, prev.end + 1, cur.start) && prev.cap && !opener(prev) && /\band\b/.test(text.slice(cur.start, end.end))) {
      j--;
      first = j;
      continue;
    }
    break;
  }
  // Never start on a connector or an opener.
  while (first < last && (!tokens[first]!.cap || opener(tokens[first]!))) first++;
  return { from: first, to: last + 1, start: tokens[first]!.start, end: end.end };
}

/** A tab or a gap of three spaces or more at `at`: a column break in a table or list laid out as text, never inside a name. */
function columnGap(text: string, at: number): boolean {
  return text.charCodeAt(at) === 9 || (text.charCodeAt(at) === 32 && text.charCodeAt(at + 1) === 32 && text.charCodeAt(at + 2) === 32);
}
