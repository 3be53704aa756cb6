/**
 * participants extractor (ANNOTATION.md §2): the number of people who attended, took part in,
 * were trained by or were assisted by an activity. The span is the numeral alone; the value its
 * integer; `mod` from "approximately"/"more than"/"at least" before it. Runs last, so numbers
 * inside dates, article labels and other findings (ctx.found) are never read as counts.
 */
import type { Extractor, Found } from '../types.js';
import { MAX_PARTICIPANTS } from './cap.js';
import { makeCandidate, sentenceStarts } from './candidate.js';
import { findNumerals, HAS_NUMERAL } from './numerals.js';
import { RULES } from './rules.js';

function extract(text: string, found: Parameters<Extractor['extract']>[1]['found']): Found[] {
  if (!HAS_NUMERAL.test(text)) return [];
  const numerals = findNumerals(text).filter((n) => !found.some((f) => f.start < n.end && n.start < f.end));
  if (numerals.length === 0) return [];
  const starts = sentenceStarts(text);
  const out: Found[] = [];
  for (const numeral of numerals) {
    const candidate = makeCandidate(text, starts, numeral, found);
    const { start, end, value } = numeral;
    if (!Number.isSafeInteger(value) || value > MAX_PARTICIPANTS) continue; // not a count of people (cap.ts)
    const rule = RULES.find((r) => r.match(candidate));
    if (!rule) continue;
    out.push(candidate.mod ? { start, end, value, mod: candidate.mod, rule: rule.id } : { start, end, value, rule: rule.id });
  }
  return out;
}

export const participantsExtractor: Extractor = {
  type: 'participants',
  rules: RULES,
  extract(text, ctx) {
    return extract(text, ctx.found);
  },
};
