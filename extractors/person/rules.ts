/**
 * The person rules, in order: a name announced by a title or role ("Secretary General José Miguel
 * Insulza", "Dr. María López", "Mr. Smith"), and a bare First [Middle] Last that compromise reads
 * as one person. Values are the name as written, without the title.
 */
import { isFirstName, isPersonName } from '../nlp.js';
import { NON_ORG_HEADS, ORG_HEADS } from '../organization/lexicon.js';
import type { ExtractContext, Found, Rule } from '../types.js';
import { capitalNotAfter } from '../text/capital.js';
import { NOT_NAME, PARTICLES, TITLES } from './lexicon.js';

export interface PersonRule extends Rule {
  find(text: string, ctx: ExtractContext): Found[];
}

const WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:-\\p{Lu}[\\p{Ll}\\p{M}'’]+)?";
const INITIAL = '\\p{Lu}\\.';
const PART = `(?:${WORD}|${INITIAL})`;
const PARTICLE = [...PARTICLES].join('|');
/** One to four name words, particles allowed between them. */
const NAME = `${PART}(?:\\s+(?:(?:${PARTICLE})\\s+)*${PART}){0,3}`;
const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Prof|Professor|Sir|Dame|Hon|Honorable|Honourable|Amb|Ambassador|Lic|Ing|Sr|Sra|Señor|Señora|Doña)\.?$/;

const TITLED = new RegExp(
  `(?<![\\p{L}])(${TITLES.join('|')})(?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.-]*(?:\\s+(?:of\\s+|and\\s+)?\\p{Lu}[\\p{L}.-]*){0,5})?,?\\s+(${NAME})`,
  'gu',
);
/** First word: its capital tested first, not after a letter, digit or period (the same as a leading lookbehind, much faster). */
const FIRST_WORD = WORD.replace('\\p{Lu}', capitalNotAfter('\\p{L}\\p{N}.'));
const BARE = new RegExp(`${FIRST_WORD}(?:\\s+(?:(?:${PARTICLE})\\s+)*${WORD}){1,3}(?![\\p{L}\\p{N}])`, 'gu');

const overlapsFound = (ctx: ExtractContext, start: number, end: number): boolean =>
  ctx.found.some((f) => (f.type === 'organization' || f.type === 'country' || f.type === 'place') && f.start < end && start < f.end);

const nameWords = (name: string): string[] => name.split(/\s+/).filter((w) => !PARTICLES.has(w));
const isOrgWord = (w: string): boolean => ORG_HEADS.has(w.toLowerCase()) || NON_ORG_HEADS.has(w.toLowerCase());
const plausible = (name: string): boolean => nameWords(name).every((w) => !NOT_NAME.has(w) && !isOrgWord(w));

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

const titled: PersonRule = {
  id: 'person/titled',
  description: 'A name after a title or role ("Ambassador Jane Doe", "the Secretary General, José Miguel Insulza").',
  find(text, ctx) {
    const out: Found[] = [];
    for (const m of text.matchAll(TITLED)) {
      const title = m[1]!;
      const name = trimName(m[2]!);
      if (!name) continue;
      const start = (m.index ?? 0) + m[0].length - m[2]!.length;
      const end = start + name.length;
      const honorific = HONORIFIC.test(title);
      if (!honorific && nameWords(name).length < 2) continue;
      if (!plausible(name) || overlapsFound(ctx, start, end)) continue;
      if (!honorific && !isPersonName(name)) continue;
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
    for (const m of text.matchAll(BARE)) {
      // Start at the first word that is a first name ("Later Peter Parker" → "Peter Parker").
      let name = m[0];
      let start = m.index ?? 0;
      while (!isFirstName(name.split(/\s+/)[0]!)) {
        const cut = /^\S+\s+/.exec(name)?.[0];
        if (!cut || !/\s/.test(name.slice(cut.length))) break;
        name = name.slice(cut.length);
        start += cut.length;
      }
      if (!isFirstName(name.split(/\s+/)[0]!) || !/\s/.test(name) || !plausible(name) || overlapsFound(ctx, start, start + name.length)) continue;
      if (!isPersonName(name)) continue;
      out.push({ start, end: start + name.length, value: name, rule: 'person/full-name' });
    }
    return out;
  },
};

export const RULES: readonly PersonRule[] = [titled, fullName];
