/**
 * "the five member States": a report that lists its member countries once near its start ("The … Commission
 * brings together the national drug authorities of Bolivia, Chile, Colombia, Ecuador and Peru") and then
 * names them by their number gives an activity "with delegates of the five member States" those countries
 * (ANNOTATION.md §4: the countries whose people took part). Only when the number is that of the list.
 */
import type { Mention } from '../engine.js';

/** How far into the document the list of members is looked for (title, introduction). */
const OPENING = 4000;
/** Between two countries of one list. */
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;
/** A sentence that says the countries are the members: "brings together", "member States", "is made up of", "comprises". */
const MEMBERSHIP = /\b(?:members?|member\s+(?:states|countries)|brings?\s+together|made\s+up\s+of|compris(?:es|ing)|consists?\s+of|composed\s+of|signator(?:y|ies)|parties)\b/i;
const WORD_NUMBERS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** "the five member States", "all four member countries", "its six member States". */
const NUMBERED = new RegExp(String.raw`\b(?:the|all|its|all\s+the|all\s+its)\s+(${WORD_NUMBERS.join('|')}|\d{1,2})\s+member\s+(?:states|countries)\b`, 'i');

/** The report's member countries, as ISO3 codes in the order listed, or undefined when its opening lists none. */
export function memberStates(raw: string, mentions: readonly Mention[]): string[] | undefined {
  const countries = mentions.filter((m) => m.type === 'country' && m.start < OPENING);
  for (let i = 0; i < countries.length; ) {
    let j = i;
    while (j + 1 < countries.length && LIST_JOIN.test(raw.slice(countries[j]!.end, countries[j + 1]!.start))) j++;
    if (j - i >= 2) {
      // the sentence back to its full stop or a blank line (a PDF's line breaks run inside it)
      const from = Math.max(raw.lastIndexOf('. ', countries[i]!.start), raw.lastIndexOf('\n\n', countries[i]!.start)) + 1;
      if (MEMBERSHIP.test(raw.slice(from, countries[i]!.start))) {
        const codes: string[] = [];
        for (const c of countries.slice(i, j + 1)) if (!codes.includes(String(c.value))) codes.push(String(c.value));
        return codes;
      }
    }
    i = j + 1;
  }
  return undefined;
}

/** The countries "the N member States" in `text` stands for: the members, when N is their number. */
export function numberedMembers(text: string, members: readonly string[] | undefined): string[] | undefined {
  const m = members ? NUMBERED.exec(text) : null;
  if (!m || !members) return undefined;
  const word = m[1]!.toLowerCase();
  const n = /^\d+$/.test(word) ? Number(word) : WORD_NUMBERS.indexOf(word) + 2;
  return n === members.length ? [...members] : undefined;
}
