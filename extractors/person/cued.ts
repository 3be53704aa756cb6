/**
 * A person's name whose first name no lexicon lists ("Hamisi Mwinyi", "Fathimath Shaheema"): the
 * text itself says it is a person, by a cue around the name:
 * - a verb of saying before it: "said Mwanaisha Juma", "according to Ravi Persad";
 * - a byline or a quote's attribution opening its line: "By Hamisi Mwinyi, …", "— Capt. Aurélie Payet, …";
 * - a photo caption that opens on it: "Photo: Anjali Seebaruth checks …";
 * - an apposition after it that says what the person does: ", a compliance analyst from Malé",
 *   ", Secretary-General of the Ministry of Justice", ", Head of Sea Operations";
 * - a signature: the name alone on its line over a line of the document that is a post ("Executive Director").
 * The name is two to four capitalized words (an initial allowed), none a word of a body or a month.
 */
import type { ExtractContext, Found, Rule } from '../types.js';
import { PARTICLES, TITLES } from './lexicon.js';
import { overlapsFound, plausible } from './name-checks.js';

/** One name word: a capital and lower case (hyphenated parts allowed), or an initial. */
const WORD = String.raw`(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?|\p{Lu}\.)`;
const PARTICLE = [...PARTICLES].join('|');
/** Words that open a clause or a line before a name, never a name's first word ("By Hamisi Mwinyi", "In Lima"). */
const NOT_FIRST = String.raw`(?<![\p{L}\p{N}.])(?!(?:By|In|On|At|The|For|With|From|And|But|As|When|After|Before|During|Dear|Photo|Credit|Thanks|To|Of|Also|Then|${TITLES.join('|')})\s)`;
const NAME = String.raw`${NOT_FIRST}(?<name>${WORD}(?:\s(?:(?:${PARTICLE})\s)?${WORD}){1,3})(?![\p{L}\p{N}])`;
/** A title that may stand between the cue and the name ("— Capt. Aurélie Payet"). */
const TITLE = String.raw`(?:(?:${TITLES.join('|')})\s+)?`;

/** Nouns of what a person does, at the head of an apposition (", a state attorney from …"). */
const ROLE_NOUN = String.raw`(?:attorney|lawyer|analyst|inspector|officer|coordinator|adviser|advisor|director|head|chief|expert|specialist|lecturer|professor|prosecutor|judge|student|researcher|official|consultant|trainer|instructor|economist|engineer|biologist|scientist|journalist|commander|captain|manager|minister|ambassador|diplomat|farmer|fisher|fisherman|fisherwoman|nurse|doctor|physician|teacher|veterinarian|technician|observer|investigator|agent|detective|sergeant|ranger|warden|auditor|accountant|founder|chair|chairperson|president|secretary|representative|delegate|spokesperson|member|graduate|trainee|volunteer|mayor|governor)`;
/** A post in title case ending on its head word ("Head of Sea Operations", "IONFIA Data Coordinator", "Executive Director"). */
const POST_HEAD = String.raw`(?:Head|Director|Director-General|Coordinator|Chief|Officer|Adviser|Advisor|Manager|Secretary|Secretary-General|President|Chair|Chairperson|Minister|Inspector|Commissioner|Representative|Ambassador|Specialist|Analyst|Editor|Superintendent|Commander|Captain)`;
const POST = String.raw`(?:[\p{Lu}][\p{L}-]*\s+){0,4}${POST_HEAD}(?:\s+(?:of|for|at)\b|\s*[,.;\n]|$)`;

/** A line that is only a name (with a title), for a signature. */
const NAME_LINE = new RegExp(String.raw`^[ \t]*${TITLE}${NAME}[ \t]*$`, 'ud');
/** The line after a signature's name: a post ("Executive Director", "Head of Operations"). */
const POST_LINE = new RegExp(String.raw`^[ \t]*\r?\n[ \t]*(?:[\p{Lu}][\p{L}-]*\s+){0,3}${POST_HEAD}(?:\s+(?:of|for)\s+[^\n]{1,80})?[ \t]*(?:\r?\n|$)`, 'u');

/** A block that is a name alone, over a line of the document that is a post: a signature ("Desmond R. Alleyne" / "Executive Director"). */
function signature(text: string, ctx: ExtractContext): Found | undefined {
  if (text.length > 60 || text.includes('\n') || ctx.documentText === undefined || ctx.blockStart === undefined) return undefined;
  const m = NAME_LINE.exec(text);
  if (!m || !POST_LINE.test(ctx.documentText.slice(ctx.blockStart + text.length, ctx.blockStart + text.length + 120))) return undefined;
  const [start, end] = m.indices!.groups!.name!;
  return { start, end, value: m.groups!.name!, rule: 'person/cued-signature' };
}

type PersonRule = Rule & { find(text: string, ctx: ExtractContext): Found[] };

/** A rule that finds the name where one pattern of cue matches. */
function cueRule(id: string, description: string, re: RegExp): PersonRule {
  return {
    id,
    description,
    find(text, ctx) {
      if (!MAY_HOLD_NAME.test(text)) return [];
      const out: Found[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const name = m.groups!.name!;
        const [start, end] = m.indices!.groups!.name!;
        if (!plausible(name) || overlapsFound(ctx, start, end, true)) continue;
        out.push({ start, end, value: name, rule: id });
      }
      return out;
    },
  };
}
/** Two capitalized words in a row: a block without them holds no name. */
const MAY_HOLD_NAME = /\p{Lu}\p{Ll}+\s\p{Lu}/u;

export const CUED_RULES: readonly PersonRule[] = [
  cueRule('person/cued-speaker', 'a name after a verb of saying: "said Mwanaisha Juma", "according to Ravi Persad"', new RegExp(String.raw`\b(?:said|says|added|explained|recalled|noted|according\s+to)\s+${TITLE}${NAME}`, 'gud')),
  cueRule('person/cued-byline', 'a byline or a quote\'s attribution opening its line: "By Hamisi Mwinyi, …", "— Capt. Aurélie Payet, …"', new RegExp(String.raw`(?:^|\n)[ \t]*(?:By|[—–-])\s+${TITLE}${NAME}\s*,`, 'gud')),
  cueRule('person/cued-caption', 'a photo caption that opens on a name: "Photo: Anjali Seebaruth checks …"', new RegExp(String.raw`\b(?:Photo|Picture|Pictured|Photograph)\s*:\s*${TITLE}${NAME}\s+\p{Ll}`, 'gud')),
  cueRule(
    'person/cued-apposition',
    'a name before an apposition that says what the person does: ", a state attorney from …", ", Secretary-General of …", ", Head of Sea Operations"',
    new RegExp(String.raw`${NAME},\s+(?:an?\s+(?:[\p{Ll}'’-]+\s+){0,3}${ROLE_NOUN}\b|the\s+(?:[\p{Ll}'’-]+\s+){0,3}${ROLE_NOUN}\s+(?:of|at|for)\b|${POST})`, 'gud'),
  ),
  {
    id: 'person/cued-signature',
    description: 'a signature: a name alone on its line over a line of the document that is a post ("Desmond R. Alleyne" / "Executive Director")',
    find(text, ctx) {
      const signed = signature(text, ctx);
      return signed && plausible(signed.value as string) && !overlapsFound(ctx, signed.start, signed.end, true) ? [signed] : [];
    },
  },
];
