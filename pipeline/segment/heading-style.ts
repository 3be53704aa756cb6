/**
 * Is a line a heading, and of which style? Styles rank from the top of a report's hierarchy
 * down; segmentation turns ranks into levels with a stack (a heading closes every open heading
 * of its own rank or lower).
 */
import { ANNEX, CHAPTER, CONNECTOR_END, LETTERED, NUMBERED, PART, RESULT_LABEL, ROMAN, ROMAN_LOWER, SENTENCE_WORDS } from './patterns.js';

export type HeadingStyle = 'part' | 'chapter' | 'annex' | 'caps' | 'roman' | 'letter-upper' | 'number' | 'letter-lower' | 'roman-lower' | 'title' | 'colon-title';

const RANK: Record<HeadingStyle, number> = {
  part: -0.5,
  chapter: -0.25, // "Chapter 2" under "PART TWO", above the all-capital and numbered headings inside it
  annex: -0.5, // segmentation puts an annex at the rank of the document's top parts
  caps: 0,
  roman: 1,
  'letter-upper': 2,
  number: 3,
  'letter-lower': 6,
  'roman-lower': 6.5, // "(i)", "(ii)" under "(a)"
  title: 7,
  'colon-title': 8,
};

/** Rank of a style; numbered headings go one rank down per level of depth ("2.3" under "2."). */
export function rankOf(style: HeadingStyle, depth = 1): number {
  return style === 'number' ? RANK.number + Math.min(depth, 3) - 1 : RANK[style];
}

const MAX_HEADING_CHARS = 170;
/** A part's, chapter's or annex's label with its full stop ("Chapter 1. ", "Part Two. ", "Annex B. "): that stop ends the label, not a sentence. */
const NAMED_LABEL = /^(?:PART|Part|CHAPTER|Chapter|SECTION|Section|ANNEX|Annex|APPENDIX|Appendix)\s+(?:[IVX]{1,5}|\d{1,2}|[A-Z]|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)[.:]\s+(?=\p{Lu})/u;
/** A dotted leader and a page number at the end of a line: a contents entry. */
export const LEADER = /(?:\.\s*){4,}\s*(?:\d{1,4}|[ivxlc]{1,6})$|…\s*\d{1,4}$/i;
const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Share of a line's letters (`\p{L}`) that are capitals (c === c.toUpperCase() && c !== c.toLowerCase()); 0 without letters. */
export function upperRatio(text: string): number {
  countLetters(text);
  return counted.letters === 0 ? 0 : counted.upper / counted.letters;
}

export function isCaps(text: string): boolean {
  const first = words(text)[0] ?? '';
  const firstIsCapsWord = /^\p{Lu}{7,}$/u.test(first);
  return (upperRatio(text) >= 0.6 && counted.letters >= 4) || firstIsCapsWord;
}

/**
 * What countLetters found last. Counting reads the characters one by one against a table filled
 * with the same tests (matching every letter into an array of one-letter strings and comparing
 * each with its case mappings was a share of both normalize and segment, run on every line).
 */
const counted = { letters: 0, upper: 0 };
const LETTER = 1;
const UPPER = 2;
const SEEN = 4;
const letterCase = new Uint8Array(0x10000);

function countLetters(text: string): void {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return countLettersByRegex(text); // a surrogate pair: one letter to the regex
    let kind = letterCase[code]!;
    if (kind === 0) {
      const c = String.fromCharCode(code);
      kind = SEEN | (/\p{L}/u.test(c) ? LETTER : 0) | (c === c.toUpperCase() && c !== c.toLowerCase() ? UPPER : 0);
      letterCase[code] = kind;
    }
    if (kind & LETTER) {
      letters++;
      if (kind & UPPER) upper++;
    }
  }
  counted.letters = letters;
  counted.upper = upper;
}

function countLettersByRegex(text: string): void {
  const letters = text.match(/\p{L}/gu) ?? [];
  counted.letters = letters.length;
  counted.upper = letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length;
}

/** The style of a heading line, or undefined when the line reads as running text. */
export function headingStyle(line: string): { style: HeadingStyle; depth: number } | undefined {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_HEADING_CHARS || !/\p{L}/u.test(text)) return undefined;
  if (LEADER.test(text)) return undefined; // a contents entry: "2. Training ........ 3"
  if (/[.;,]$/.test(text) && !/\b(?:[A-Z]\.){2,}$|\b(?:Inc|Ltd|Co)\.$/.test(text)) return undefined;
  const result = RESULT_LABEL.exec(text);
  if (result && titleLike(result.groups!.title!, true) && !twoSentences(result.groups!.title!)) return { style: 'number', depth: resultDepth(result.groups!.word!, result.groups!.num!) };
  const body = text.replace(NAMED_LABEL, '').replace(/^(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zA-Z]|\([a-zA-Z]\)|\([ivx]{2,5}\)|[ivx]{2,5}[.)])[.)]?\s+/, '');
  if (twoSentences(body)) return undefined;
  if (PART.test(text) && titleLike(text, true)) return { style: 'part', depth: 1 };
  if (CHAPTER.test(text) && titleLike(text, true)) return { style: 'chapter', depth: 1 };
  if (ANNEX.test(text) && titleLike(text, true)) return { style: 'annex', depth: 1 };
  const roman = ROMAN.exec(text);
  if (roman && titleLike(roman.groups!.title!, true)) {
    const num = roman.groups!.num!;
    if (num.length > 1 || /[IVX]/.test(num)) return { style: 'roman', depth: 1 };
  }
  const lettered = LETTERED.exec(text);
  if (lettered && titleLike(lettered.groups!.title!, true)) {
    const letter = lettered.groups!.num ?? lettered.groups!.paren ?? 'a';
    return { style: letter === letter.toUpperCase() ? 'letter-upper' : 'letter-lower', depth: 1 };
  }
  const romanLower = ROMAN_LOWER.exec(text);
  if (romanLower && /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/.test(romanLower.groups!.paren ?? romanLower.groups!.num!) && titleLike(romanLower.groups!.title!, true)) return { style: 'roman-lower', depth: 1 };
  const numbered = NUMBERED.exec(text);
  // "2.0 TRAINING" is a top-level number, like "2." ("2.1" under it): trailing zero parts add no depth.
  if (numbered && titleLike(numbered.groups!.title!, true)) return { style: 'number', depth: numbered.groups!.num!.replace(/(?:\.0)+$/, '').split('.').length };
  if (!/^[\p{Lu}\d"“(]/u.test(text)) return undefined;
  if (isCaps(text)) return { style: 'caps', depth: 1 };
  if (text.endsWith(':')) {
    const title = text.slice(0, -1);
    return words(title).length <= 6 && !SENTENCE_WORDS.test(title) && !SENTENCE_LEAD.test(title) ? { style: 'colon-title', depth: 1 } : undefined;
  }
  return titleLike(text) ? { style: 'title', depth: 1 } : undefined;
}

/**
 * The lead of a sentence that a list completes, not a title: a time frame and a subject ("During 2023 the
 * Department also:", "In the period the Unit:"), or a lead ending on "also" ("The Office also:").
 */
const SENTENCE_LEAD = /^(?:in|during|throughout|since|over)\s+(?:(?:19|20)\d{2}|the\s+(?:year|period|quarter|reporting\s+period))\s+\S|\balso$/i;

/** Two sentences: a full stop and a capital after it, abbreviations aside ("St. Lucia", "U.S. Coast Guard"). */
const twoSentences = (text: string): boolean => /[.!?]\s+\p{Lu}/u.test(text.replace(/\b(?:[A-Z]|St|Dr|Mr|Mrs|Ms|No|U\.S)\.\s/g, ''));

/**
 * Depth of a results-framework label: its number's depth ("1.2" is 2), or its tier's when that is
 * deeper (an "Output 1" under "Outcome 1" with numbers that restart: outputs under outcomes, and
 * activities under outputs, as logframes nest them).
 */
function resultDepth(word: string, num: string): number {
  const w = word.toLowerCase();
  const tier = /^(?:output|result)$/.test(w) ? 2 : w === 'activity' ? 3 : 1;
  return Math.max(num.split('.').length, tier);
}

/**
 * Short, or long but in Title Case / closed by an acronym in parentheses. A labelled title
 * ("III. Prevention of crime and violence in …") may run longer in sentence case.
 */
function titleLike(text: string, labelled = false): boolean {
  const t = text.replace(/:$/, '');
  const n = words(t).length;
  if (n === 0 || /[.;,]$/.test(t)) return false;
  if (n <= (labelled ? 18 : 10)) return true;
  const capitalized = words(t).filter((w) => /^[\p{Lu}\d(]/u.test(w)).length;
  return n <= 28 && (capitalized / n >= 0.5 || /\([A-Z]{2,}\)$/.test(t));
}

/** Does a heading line go on in the next line? */
export function continuesHeading(line: string, next: string): boolean {
  const text = line.trim();
  const following = next.trim();
  if (following.length === 0 || following.length > 120 || /[.;,]$/.test(following)) return false;
  if (LEADER.test(following)) return false; // a contents entry with its leader and page number
  if (ROMAN.test(following) || LETTERED.test(following) || NUMBERED.test(following) || /^[•·▪◦‣∙●○■□*-]/.test(following)) return false;
  if (CONNECTOR_END.test(text) || /[-–]$/.test(text)) return true;
  if (/^\p{Ll}/u.test(following)) return true;
  return isCaps(text) && isCaps(following) && !/\)\s*$/.test(text) && upperRatio(following) >= 0.6;
}
