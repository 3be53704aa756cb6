/**
 * Words before a date that belong to its span and shape its value: "first half of 2008" 2008-H1,
 * "first quarter of 2008" 2008-Q1, "Q1 2008", "early 2008" START, "end of January 2015" END,
 * "mid-2009" MID, "last August" (year from the period), "next March" (the coming one).
 * Each rule's pattern is matched against the text just before a date (it ends with `$`).
 */
import type { DateMod, Rule } from '../types.js';
import { PART_NOUNS, PART_ORDINALS, SPAN_MODIFIERS } from './lexicon.js';
import type { Candidate } from './value.js';

export interface PrefixRule extends Rule {
  pattern: RegExp;
  /** The pattern is tried only when the word just before the date is one of these (a cheap pre-check). */
  lastWords: ReadonlySet<string>;
  /** Reshape the candidate given the prefix match; null declines. */
  apply(c: Candidate, match: RegExpExecArray): Candidate | null;
}

const yearOnly = (c: Candidate) => !c.value.b && c.value.a.m === undefined && c.value.a.q === undefined && c.value.a.h === undefined && c.value.a.y !== undefined;
const bareMonth = (c: Candidate) => !c.value.b && c.value.a.m !== undefined && c.value.a.d === undefined && c.value.a.y === undefined;

function part(c: Candidate, unit: 'H' | 'Q', n: number, rule: string): Candidate {
  const a = { y: c.value.a.y, ...(unit === 'H' ? { h: n } : { q: n }) };
  return { ...c, value: { a }, rule };
}

const lastWordsOf = (phrases: Iterable<string>, extra: string[] = []) => new Set([...[...phrases].map((p) => p.split(' ').pop()!), ...extra]);
const MODS = new Map(SPAN_MODIFIERS.map(([phrase, mod]) => [phrase, mod]));
const MOD_ALTERNATION = [...MODS.keys()].sort((a, b) => b.length - a.length).map((p) => p.replace(/ /g, '\\s+')).join('|');

export const PREFIX_RULES: PrefixRule[] = [
  {
    id: 'date/part-of-year',
    description: 'a half or quarter of a year: "first half of 2008", "second semester of 2007", "last quarter of 2009", "Third Quarter 2025" (a label without "of")',
    lastWords: new Set(['of', 'the', 'year', ...Object.keys(PART_NOUNS)]),
    pattern: new RegExp(`\\b(?<ord>${Object.keys(PART_ORDINALS).join('|')})\\s+(?<part>${Object.keys(PART_NOUNS).join('|')})\\s+(?:of\\s+(?:the\\s+(?:year\\s+)?)?)?$`, 'i'),
    apply(c, m) {
      if (!yearOnly(c)) return null;
      const noun = PART_NOUNS[m.groups!.part!.toLowerCase()];
      const ord = PART_ORDINALS[m.groups!.ord!.toLowerCase()];
      if (!noun || ord === undefined) return null;
      const n = ord === 'last' ? noun.parts : ord;
      return n <= noun.parts ? part(c, noun.unit, n, 'date/part-of-year') : null;
    },
  },
  {
    id: 'date/part-label',
    description: 'a quarter or half written as a label: "Q1 2008", "H2 2007"',
    lastWords: new Set(['q1', 'q2', 'q3', 'q4', 'h1', 'h2']),
    pattern: /\b(?<unit>[QH])(?<n>[1-4])[ \t-]*$/,
    apply(c, m) {
      const unit = m.groups!.unit as 'H' | 'Q';
      const n = Number(m.groups!.n);
      return yearOnly(c) && n <= (unit === 'H' ? 2 : 4) ? part(c, unit, n, 'date/part-label') : null;
    },
  },
  {
    id: 'date/modifier',
    description: 'early/mid/late and beginning/middle/end of a date: "early 2008", "end of January 2015", "mid-2009", "the late 1990s", "early in 2026"',
    lastWords: lastWordsOf(MODS.keys(), ['the', 'year', 'in']),
    pattern: new RegExp(`\\b(?<mod>${MOD_ALTERNATION})(?:\\s+the(?:\\s+year)?|(?<in>\\s+in(?:\\s+the(?:\\s+year)?)?))?(?<sep>\\s*[-–]\\s*|\\s+)$`, 'i'),
    apply(c, m) {
      if (c.mod || (c.value.b && c.rule !== 'date/decade')) return null;
      const phrase = m.groups!.mod!.toLowerCase().replace(/\s+/g, ' ');
      const mod = MODS.get(phrase) as DateMod | undefined;
      if (!mod) return null;
      if ((phrase === 'pre' || phrase === 'post') && !/[-–]/.test(m.groups!.sep!)) return null;
      // "early in 2026", "late in the year 2015": only early and late read through "in" (not "the end in 2015")
      if (m.groups!.in && phrase !== 'early' && phrase !== 'late') return null;
      return { ...c, mod, rule: 'date/modifier' };
    },
  },
  {
    id: 'date/relative-month',
    description: 'a month named relative to the report: "last August", "next March"',
    lastWords: new Set(['last', 'past', 'this', 'next', 'coming']),
    pattern: /\b(?<rel>last|past|this|next|coming)\s+$/i,
    apply(c, m) {
      if (!bareMonth(c)) return null;
      const future = /^(?:next|coming)$/i.test(m.groups!.rel!);
      return { ...c, rule: 'date/relative-month', ...(future ? { future } : {}) };
    },
  },
];
