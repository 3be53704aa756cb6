/**
 * One numeral seen in its sentence: the mod phrase before it ("approximately", "more than"), the
 * text that leads to it, the text after it, and the noun it counts. Rules read this, not the block.
 */
import type { CountMod, Neighbour } from '../types.js';
import { headAfter, type Head } from './head-noun.js';
import { MOD_PHRASES } from './lexicon.js';
import type { Numeral } from './numerals.js';

export interface Candidate {
  numeral: Numeral;
  mod?: CountMod;
  /** Sentence text before the numeral and its mod phrase, trailing spaces removed. */
  lead: string;
  /** Sentence text after the numeral. */
  tail: string;
  /** The whole sentence (clause) the numeral lies in. */
  sentence: string;
  head: Head;
  /** Findings of earlier types in the block (relative offsets). */
  found: readonly Neighbour[];
  /** The block text (numeral offsets are relative to it). */
  text: string;
}

const BOUNDARY = /[.!?](?=\s+["“‘(]?[A-Z·•])|[\n·•]/g;

/** Start/end offsets of the sentences of a block (each end is the next start). */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) starts.push(m.index + 1);
  return starts;
}

function sentenceOf(starts: readonly number[], text: string, pos: number): [number, number] {
  let s = 0;
  let e = text.length;
  for (const b of starts) {
    if (b <= pos) s = b;
    else {
      e = b;
      break;
    }
  }
  return [s, e];
}

/** Length of the longest mod phrase: only that much of a lead's end is compared. */
const LONGEST_PHRASE = MOD_PHRASES.reduce((longest, [phrase]) => Math.max(longest, phrase.length), 0);

/**
 * The end of a lead in lower case, as long as the longest phrase. Lower-casing plain ASCII goes
 * character by character, so that end is the end of the whole lead lower-cased; any other end
 * (a character whose lower case is longer or depends on its neighbours) lower-cases the whole lead.
 */
function lowerEnd(lead: string): string {
  const end = lead.slice(-LONGEST_PHRASE);
  for (let i = 0; i < end.length; i++) if (end.charCodeAt(i) > 0x7f) return lead.toLowerCase();
  return end.toLowerCase();
}

function modBefore(lead: string): { mod?: CountMod; rest: string } {
  const lower = lowerEnd(lead);
  for (const [phrase, mod] of MOD_PHRASES) {
    if (!lower.endsWith(phrase)) continue;
    const cut = lead.length - phrase.length;
    if (cut > 0 && /[\p{L}\d]/u.test(lead.charAt(cut - 1))) continue;
    return { mod, rest: lead.slice(0, cut).trimEnd() };
  }
  return { rest: lead };
}

export function makeCandidate(text: string, starts: readonly number[], numeral: Numeral, found: readonly Neighbour[]): Candidate {
  const [s, e] = sentenceOf(starts, text, numeral.start);
  const { mod, rest } = modBefore(text.slice(s, numeral.start).trimEnd());
  const candidate: Candidate = {
    numeral,
    lead: rest,
    tail: text.slice(numeral.end, e),
    sentence: text.slice(s, e),
    head: headAfter(text.slice(0, e), numeral.end),
    found,
    text,
  };
  if (mod) candidate.mod = mod; // set, not spread in: a conditional spread is many times slower
  return candidate;
}
