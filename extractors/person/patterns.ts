/**
 * The patterns the person rules scan blocks with. They run at every capital of every block, so
 * capitals and the lower-case letters after them open with a plain Latin-1 class
 * (text/capital.ts): the same characters as `\p{Lu}` and `[\p{Ll}\p{M}'’]`, tested much faster.
 */
import { CAPITAL, capitalNotAfter } from '../text/capital.js';
import { PARTICLES, TITLES } from './lexicon.js';

/** `[\p{Ll}\p{M}'’]`: Latin-1 lower case (a–z, µ, ß–ö, ø–ÿ; no mark is below U+0100) as a plain class first. */
const LOWER = String.raw`(?:[a-z\u00B5\u00DF-\u00F6\u00F8-\u00FF'’]|[\u0100-\u{10FFFF}](?<=[\p{Ll}\p{M}]))`;

/** A capitalized name word, hyphenated parts allowed ("Jean-Pierre"), its capital as given. */
const wordFrom = (capital: string): string => `${capital}${LOWER}+(?:-${CAPITAL}${LOWER}+)?`;
const WORD = wordFrom(CAPITAL);
const INITIAL = `${CAPITAL}\\.`;
const PART = `(?:${WORD}|${INITIAL})`;
const PARTICLE = [...PARTICLES].join('|');
/** One to four name words, particles allowed between them. */
const NAME = `${PART}(?:\\s+(?:(?:${PARTICLE})\\s+)*${PART}){0,3}`;

/** A title or role, what it is of ("Minister of Foreign Affairs"), then the name. */
export const TITLED = new RegExp(
  `(?<![\\p{L}])(${TITLES.join('|')})(?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.-]*(?:\\s+(?:of\\s+|and\\s+)?\\p{Lu}[\\p{L}.-]*){0,5})?,?\\s+(${NAME})`,
  'gu',
);

/** Two to four name words; the first not after a letter, digit or period (capitalNotAfter: the same as a leading lookbehind, much faster). */
export const BARE = new RegExp(`${wordFrom(capitalNotAfter('\\p{L}\\p{N}.'))}(?:\\s+(?:(?:${PARTICLE})\\s+)*${WORD}){1,3}(?![\\p{L}\\p{N}])`, 'gu');
