/**
 * participants extractor (ANNOTATION.md §2): the number of people who attended, took part in,
 * were trained by or were assisted by an activity. The span is the numeral alone; the value its
 * integer; `mod` from "approximately"/"more than"/"at least" before it. Runs last, so numbers
 * inside dates, article labels and other findings (ctx.found) are never read as counts.
 */
import type { Extractor, Found } from '../types.js';
import { MAX_PARTICIPANTS } from './cap.js';
import { makeCandidate, sentenceCache, sentenceStarts } from './candidate.js';
import { FoundIndex } from './neighbours.js';
import { findNumerals, HAS_NUMERAL } from './numerals.js';
import { RULES } from './rules.js';
import { TABLE_RULE, tableFigures } from './table.js';

function extract(text: string, ctx: Parameters<Extractor['extract']>[1]): Found[] {
  // a table's participants column (its header may be an earlier block), read first
  const table = text.includes('\t') || text.includes('  ') || ctx.state.has('participants/table') || /(?:participants|attendees|trainees|beneficiaries)(?:\s+(?:partners?|donors?|organi[sz]ers?|funding|funded\s+by))?\s*(?:\n|$)/i.test(text) ? tableFigures(text, ctx) : [];
  const found = table.length ? [...ctx.found, ...table.map((f) => ({ ...f, type: 'participants' as const }))] : ctx.found;
  return table.length ? [...table, ...fromRules(text, found)].sort((a, b) => a.start - b.start) : fromRules(text, found);
}

function fromRules(text: string, found: Parameters<Extractor['extract']>[1]['found']): Found[] {
  if (!HAS_NUMERAL.test(text)) return [];
  // Characters inside earlier findings, marked once: no numeral is compared with every finding.
  const taken = new Uint8Array(text.length + 1);
  for (const f of found) taken.fill(1, Math.max(0, f.start), Math.min(text.length, f.end));
  const numerals = findNumerals(text).filter((n) => !taken.subarray(n.start, n.end).includes(1));
  if (numerals.length === 0) return [];
  const starts = sentenceStarts(text);
  const near = new FoundIndex(found);
  const sentences = sentenceCache();
  const out: Found[] = [];
  for (const numeral of numerals) {
    const candidate = makeCandidate(text, starts, numeral, found, near, sentences);
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
  rules: [...RULES, TABLE_RULE],
  extract(text, ctx) {
    return extract(text, ctx);
  },
};
