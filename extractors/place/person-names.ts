/**
 * A person's name is no place, though its words may be ("Ambassador Rosa Elena Cuenca", "Dr Ana
 * Castillo"): a run of capitalized words right after a person's title is skipped by the place rules.
 * Titles that also open place names ("General Santos", "President Hayes") do not count.
 */
import { TITLES } from '../person/lexicon.js';
import type { Token } from '../country/tokens.js';

const SHARED_WITH_PLACES = new Set(['General', 'President', 'Don', 'Major', 'Justice', 'Deputy', 'Father', 'Sister', 'Judge', 'Chair', 'Secretary', 'Director']);
/** The last word of each title, without its full stop ("Commander", "Dr", "Amb"). */
const TITLE_WORDS: ReadonlySet<string> = new Set(TITLES.map((t) => t.replace(/\\\./g, '').split(' ').at(-1)!).filter((w) => !SHARED_WITH_PLACES.has(w)));

/** Between two words of one name: a space, or a title's full stop and a space ("Dr. Ana"). */
const NAME_GAP = /^\.?[ \t]$/;

/**
 * Whether capitalized token i opens, or stands inside, a run of capitalized words that follows a person's title
 * (`tokens` are the capitalized words of `text` only, so the gap between two tokens is read in the text).
 */
export function afterPersonTitle(text: string, tokens: readonly Token[], i: number): boolean {
  for (let k = i; k > 0 && i - k < 4; k--) {
    const before = tokens[k - 1]!;
    if (!NAME_GAP.test(text.slice(before.end, tokens[k]!.start))) return false;
    if (TITLE_WORDS.has(before.text)) return true;
  }
  return false;
}
