/**
 * One numeral seen in its sentence: the mod phrase before it ("approximately", "more than"), the
 * text that leads to it, the text after it, and the noun it counts. Rules read this, not the block.
 */
import type { CountMod, Neighbour } from '../types.js';
import { headAfter, type Head } from './head-noun.js';
import { MOD_PHRASES } from './lexicon.js';
import type { FoundIndex } from './neighbours.js';
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
  /** The same findings, filed by where they start and end. */
  near: FoundIndex;
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

/** The sentence around `pos`: the last start at or before it (binary search) to the next start. */
function sentenceOf(starts: readonly number[], text: string, pos: number): [number, number] {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  // starts[0] is 0, so a start at or before `pos` is always there.
  return [starts[lo]!, lo + 1 < starts.length ? starts[lo + 1]! : text.length];
}

/**
 * The last sentence cut from a block, reused while the block's numerals are read (one string per
 * sentence, so the rules' per-sentence facts compare it in O(1)). One per extract call.
 */
export interface SentenceCache {
  s: number;
  e: number;
  sentence: string;
}

export const sentenceCache = (): SentenceCache => ({ s: -1, e: -1, sentence: '' });

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

export function makeCandidate(text: string, starts: readonly number[], numeral: Numeral, found: readonly Neighbour[], near: FoundIndex, last: SentenceCache): Candidate {
  const [s, e] = sentenceOf(starts, text, numeral.start);
  if (last.s !== s || last.e !== e) Object.assign(last, { s, e, sentence: text.slice(s, e) });
  const { mod, rest } = modBefore(text.slice(s, numeral.start).trimEnd());
  const candidate: Candidate = {
    numeral,
    lead: rest,
    tail: text.slice(numeral.end, e),
    sentence: last.sentence,
    head: headAfter(text.slice(0, e), numeral.end),
    found,
    near,
    text,
  };
  if (mod) candidate.mod = mod; // set, not spread in: a conditional spread is many times slower
  return candidate;
}
