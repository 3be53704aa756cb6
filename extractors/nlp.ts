/**
 * The only module that imports compromise (STYLE.md §7). compromise is slow on long text, so
 * callers hand it a sentence or a short phrase, never a whole report.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';
import { memoize } from './text/memo.js';

// compromise takes a while to load; load it the first time a phrase needs it, not at start-up.
const require = createRequire(import.meta.url);
let loaded: typeof nlpType | undefined;
const nlp = (text: string) => (loaded ??= require('compromise') as typeof nlpType)(text);

/**
 * The integer a number phrase stands for ("Twenty-seven" 27, "one thousand" 1000, "1,400" 1400),
 * or null. Remembered per phrase: compromise is slow, and the same number words come back in
 * every report.
 */
export const numberValue: (phrase: string) => number | null = memoize(readNumber, 5000);

function readNumber(phrase: string): number | null {
  const trimmed = phrase.trim();
  if (/^\d{1,3}(,\d{3})+$|^\d+$/.test(trimmed)) return Number(trimmed.replace(/,/g, ''));
  const nums = nlp(trimmed).numbers().json() as Array<{ number?: { num?: number } }>;
  if (nums.length !== 1) return null;
  const value = nums[0]?.number?.num;
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

/**
 * True when compromise reads a short capitalized phrase as one person's name: it starts with a
 * known first name and its people() match covers the whole phrase ("José Miguel Insulza").
 * Hand it the candidate phrase alone, never a sentence.
 */
export const isPersonName: (phrase: string) => boolean = memoize(readsAsPerson, 5000);

function readsAsPerson(phrase: string): boolean {
  const doc = nlp(phrase);
  const people = doc.people().out('array') as string[];
  if (people.length !== 1 || people[0] !== phrase.trim()) return false;
  const first = doc.terms().json() as Array<{ terms: Array<{ tags: string[] }> }>;
  const tags = first[0]?.terms[0]?.tags ?? [];
  return tags.includes('FirstName') && !tags.includes('Place');
}

type Lexicon = Record<string, string | string[] | undefined>;
let lexiconCache: Lexicon | undefined;

/** compromise's word → tag lexicon, read through a document's model (the same in every build of it). */
function lexicon(): Lexicon {
  if (lexiconCache) return lexiconCache;
  const doc = nlp('') as unknown as { model?: { one?: { lexicon?: Lexicon } } };
  lexiconCache = doc.model?.one?.lexicon ?? {};
  return lexiconCache;
}

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);

/** True when compromise's lexicon lists the word as a first name ("Jane", "José"); a cheap filter before isPersonName. */
export const isFirstName: (word: string) => boolean = memoize(listedAsFirstName, 20000);

function listedAsFirstName(word: string): boolean {
  const key = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const tag = lexicon()[key];
  return Array.isArray(tag) ? tag.some((t) => FIRST_NAME_TAGS.has(t)) : tag !== undefined && FIRST_NAME_TAGS.has(tag);
}

/**
 * compromise's own places and organizations in a short text (offsets relative to it), with no
 * lexicon of ours: only the bench uses it, to compare reportkb with compromise run as a user would.
 */
export function compromiseEntities(text: string): Record<'place' | 'organization', Array<{ start: number; end: number }>> {
  const doc = nlp(text);
  const spans = (view: { json(o: object): unknown }) =>
    (view.json({ offset: true }) as Array<{ offset: { start: number; length: number } }>).map((n) => ({ start: n.offset.start, end: n.offset.start + n.offset.length }));
  return { place: spans(doc.places()), organization: spans(doc.organizations()) };
}
