/**
 * Countries whose people took part, named by their adjective ("a course given to Colombian and
 * Ecuadorian officials"): ANNOTATION.md §4 puts them in the activity's `countries`, although an
 * adjective is not a country mention (§2). Only adjectives that qualify the people who took part
 * count, not those of trainers or experts ("Canadian instructors", "Spanish experts").
 */

/** Adjectives of the countries reports of the region name most, with their ISO3 codes ("American" is left out: in the Americas it names the region as often). */
const DEMONYMS: Readonly<Record<string, string>> = {
  argentine: 'ARG', argentinian: 'ARG', bahamian: 'BHS', barbadian: 'BRB', belizean: 'BLZ', bolivian: 'BOL',
  brazilian: 'BRA', canadian: 'CAN', chilean: 'CHL', colombian: 'COL', 'costa rican': 'CRI', cuban: 'CUB',
  dominican: 'DOM', ecuadorian: 'ECU', ecuadoran: 'ECU', salvadoran: 'SLV', salvadorean: 'SLV', grenadian: 'GRD',
  guatemalan: 'GTM', guyanese: 'GUY', haitian: 'HTI', honduran: 'HND', jamaican: 'JAM', mexican: 'MEX',
  nicaraguan: 'NIC', panamanian: 'PAN', paraguayan: 'PRY', peruvian: 'PER', surinamese: 'SUR', trinidadian: 'TTO',
  uruguayan: 'URY', venezuelan: 'VEN', spanish: 'ESP', french: 'FRA', british: 'GBR',
  german: 'DEU', italian: 'ITA', portuguese: 'PRT', dutch: 'NLD', chinese: 'CHN', japanese: 'JPN', korean: 'KOR',
  filipino: 'PHL', thai: 'THA', vietnamese: 'VNM', kenyan: 'KEN', nigerian: 'NGA', jordanian: 'JOR', lebanese: 'LBN',
  iraqi: 'IRQ', afghan: 'AFG', indonesian: 'IDN', malaysian: 'MYS',
};

/** The people an adjective may qualify as the activity's participants (not trainers, experts or speakers). */
const PEOPLE = String.raw`(?:officials|officers|police(?: officers)?|participants|judges|prosecutors|magistrates|parliamentarians|legislators|delegates|delegations|students|analysts|investigators|agents|inspectors|technicians|staff|personnel|civil servants|authorities|representatives|trainees|attendees|diplomats|journalists|guards|soldiers|customs officers|border guards)`;

const NAME = String.raw`(?:Costa Rican|\p{Lu}\p{Ll}+)`;
/** "Colombian and Ecuadorian officials", "Peruvian, Bolivian and Chilean customs officers". */
const GROUP = new RegExp(String.raw`(?<![\p{L}-])(?<!\b(?:South|North|Central|Latin|Afro|Pan)[\s-])(${NAME}(?:(?:,\s*|\s+and\s+|,\s+and\s+)${NAME}){0,6})\s+(?:\p{Ll}+\s+){0,2}?${PEOPLE}(?![\p{L}])`, 'gu');

/** Any adjective of the table, as a word (GROUP needs one). */
const ADJECTIVES = Object.keys(DEMONYMS).sort((a, b) => b.length - a.length).join('|');
const ANY_DEMONYM = new RegExp(String.raw`(?<![\p{L}])(?:${ADJECTIVES})(?![\p{L}])`, 'iu');
/**
 * The same adjectives anywhere, even inside a word: true wherever ANY_DEMONYM is (same words, same
 * case folding). With no lookbehind in front, V8 skips to the next possible first letter at once,
 * where ANY_DEMONYM tries every position: most stretches fail this test, two to three times faster.
 */
const SOME_DEMONYM = new RegExp(`(?:${ADJECTIVES})`, 'iu');

/**
 * Where the adjectives are written in a whole text: at each position, the shortest one that starts
 * there (a lookahead tries every position, so matches that overlap are all found; the shortest is
 * the first alternative that matches). SOME_DEMONYM matches within a stretch of the text exactly
 * when one of these fits inside the stretch: it has no lookaround, so the characters around the
 * stretch do not matter.
 */
const EVERY_DEMONYM = new RegExp(`(?=(${Object.keys(DEMONYMS).sort((a, b) => a.length - b.length).join('|')}))`, 'giu');

/** The last text's adjectives: start offsets (ascending) and the end of the shortest adjective at each. */
let written: { text: string; starts: number[]; ends: number[] } | undefined;

function writtenIn(text: string): { starts: number[]; ends: number[] } {
  if (written?.text === text) return written;
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(EVERY_DEMONYM)) {
    starts.push(m.index);
    ends.push(m.index + m[1]!.length);
  }
  written = { text, starts, ends };
  return written;
}

/** SOME_DEMONYM.test(text.slice(start, end)), read from the text's list of adjectives. */
function someDemonymIn(text: string, start: number, end: number): boolean {
  const { starts, ends } = writtenIn(text);
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < starts.length && starts[i]! < end; i++) if (ends[i]! <= end) return true;
  return false;
}

/** Right before the group: the people sent trainers or money, or were not the participants. */
const NOT_PARTICIPANTS_BEFORE = /\b(?:by|from|with|instructors?|trainers?|experts?)\s+(?:the\s+)?$/i;

/**
 * demonymCountries of text[start, end): a long text's stretches, most naming no adjective, are told
 * apart by one list of the text's adjectives rather than a scan of each.
 */
export function demonymCountriesIn(text: string, start: number, end: number): string[] {
  return someDemonymIn(text, start, end) ? demonymCountries(text.slice(start, end)) : [];
}

/** The countries whose people an activity's text names by their adjective. */
export function demonymCountries(text: string): string[] {
  const out: string[] = [];
  // most stretches name no adjective of a country: one scan for any of them before the costlier group pattern
  if (!SOME_DEMONYM.test(text) || !ANY_DEMONYM.test(text)) return out;
  for (const m of text.matchAll(GROUP)) {
    const words = m[1]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
    const codes = words.map((w) => DEMONYMS[w.toLowerCase()]);
    // every word of the group an adjective of a country
    if (codes.some((c) => c === undefined)) continue;
    if (NOT_PARTICIPANTS_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    for (const c of codes) if (!out.includes(c!)) out.push(c!);
  }
  return out;
}
