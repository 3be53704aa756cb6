/**
 * The person rules, in order: a name announced by a title or role ("Secretary General José Miguel
 * Insulza", "Dr. María López", "Mr. Smith"), and a bare First [Middle] Last that compromise reads
 * as one person. Values are the name as written, without the title.
 */
import { isFirstName, isPersonName } from '../nlp.js';
import type { ExtractContext, Found, Rule } from '../types.js';
import { isSpace } from '../text/look-back.js';
import { NOT_NAME, PARTICLES, TITLES } from './lexicon.js';
import { CUED_RULES } from './cued.js';
import { isOrgWord, nameWords, overlapsFound, plausible } from './name-checks.js';
import { BARE, TITLED } from './patterns.js';

export interface PersonRule extends Rule {
  find(text: string, ctx: ExtractContext): Found[];
}

const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Prof|Professor|Sir|Dame|Hon|Honorable|Honourable|Amb|Ambassador|Lic|Ing|Sr|Sra|Señor|Señora|Doña)\.?$/;

/** Index of the first white space in `s` at or after `from` (its length when there is none). */
function firstSpace(s: string, from = 0): number {
  let i = from;
  while (i < s.length && !isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** Index after the white space that starts at `from`. */
function afterSpaces(s: string, from: number): number {
  let i = from;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}


/** Ranks and offices that only stand before a person's name: the name after one needs no first name of the lexicon ("Lieutenant Commander Ravi Persad"). */
const RANK = /^(?:Lieutenant Commander|Lieutenant Colonel|Lieutenant General|Major General|Brigadier General|Rear Admiral|Vice Admiral|Commissioner General|Inspector General|Chief Inspector|Chief Superintendent|Captain|Capt\.|Colonel|Col\.|Lieutenant|Lt\.|Commander|Admiral|Sergeant|Ambassador|Amb\.|Senator|Vice Minister|Vice-Minister|Deputy Minister)$/;


/** Cut a name at the first word that cannot belong to it ("Jane Doe Ministry" → "Jane Doe"). */
function trimName(name: string): string {
  const ws = name.split(/(\s+)/);
  let keep = '';
  for (let i = 0; i < ws.length; i += 2) {
    const w = ws[i]!;
    if (NOT_NAME.has(w) || isOrgWord(w)) break;
    keep += (i ? ws[i - 1] : '') + w;
  }
  return keep.replace(/\s+(?:\S+)$/, (m) => (PARTICLES.has(m.trim()) ? '' : m)).trim();
}

/** A title at the start of what the pattern read as the name. */
const TITLE_FIRST = new RegExp(`^(${TITLES.join('|')})\\s+(?=\\p{Lu})`, 'u');

const titled: PersonRule = {
  id: 'person/titled',
  description: 'A name after a title or role ("Ambassador Jane Doe", "the Secretary General, José Miguel Insulza").',
  find(text, ctx) {
    const out: Found[] = [];
    // exec on the shared regex, not matchAll: its copy of this long pattern is compiled again.
    TITLED.lastIndex = 0;
    for (let m = TITLED.exec(text); m; m = TITLED.exec(text)) {
      // "the Chair, Ambassador Lucía Ferrer": a second title before the name is the one that announces it
      const second = TITLE_FIRST.exec(m[2]!);
      const title = second ? second[1]! : m[1]!;
      const written = second ? m[2]!.slice(second[0].length) : m[2]!;
      const name = trimName(written);
      if (!name) continue;
      const start = m.index + m[0].length - written.length;
      const end = start + name.length;
      const honorific = HONORIFIC.test(title);
      if (!honorific && nameWords(name).length < 2) continue;
      if (!plausible(name) || overlapsFound(ctx, start, end, true)) continue;
      if (!honorific && !RANK.test(title) && !isPersonName(name)) continue;
      out.push({ start, end, value: name, rule: 'person/titled' });
    }
    return out;
  },
};

const fullName: PersonRule = {
  id: 'person/full-name',
  description: 'A bare First [Middle] Last that compromise tags as one person ("María López").',
  find(text, ctx) {
    const out: Found[] = [];
    BARE.lastIndex = 0;
    for (let m = BARE.exec(text); m; m = BARE.exec(text)) {
      // Start at the first word that is a first name ("Later Peter Parker" → "Peter Parker").
      let name = m[0];
      let start = m.index;
      let space = firstSpace(name);
      while (!isFirstName(name.slice(0, space))) {
        // Drop the first word while two words remain.
        const next = afterSpaces(name, space);
        if (space === name.length || firstSpace(name, next) === name.length) break;
        name = name.slice(next);
        start += next;
        space = firstSpace(name);
      }
      if (!isFirstName(name.slice(0, space)) || space === name.length || !plausible(name) || overlapsFound(ctx, start, start + name.length)) continue;
      if (!isPersonName(name)) continue;
      out.push({ start, end: start + name.length, value: name, rule: 'person/full-name' });
    }
    return out;
  },
};

export const RULES: readonly PersonRule[] = [titled, fullName, ...CUED_RULES];
