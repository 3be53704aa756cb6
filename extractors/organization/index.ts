/**
 * organization extractor (ANNOTATION.md §2 "organization"): named bodies, valued by the acronym
 * in established use (defined in the report or well known), else by the name as first written.
 *
 * `prepare` reads the whole document once for acronym definitions, so an acronym used before its
 * definition still resolves; `extract` also learns the definitions of its own block, so a block
 * read alone (corpus examples) behaves the same.
 */
import { removeOverlaps } from '../refiners/remove-overlaps.js';
import type { ExtractContext, Extractor, Found } from '../types.js';
import { learnDefinitions } from './definitions.js';
import { closedAcronymLists, findCandidates } from './definition-candidates.js';
import { learnTypedNames } from './typed-names.js';

/** Set once the document's pass has learned the names its appositions type: blocks need not read them again. */
const TYPED_NAMES_LEARNED = 'organization/typed-names';
import { preparedTexts } from './prepared-texts.js';
import { scanNames } from './name-scan.js';
import { normalizeOrgKey } from './key.js';
import { addOrgans, homeParent } from './organs.js';
import { registryOf, type Registry } from './registry.js';
import { RULES, type Scan } from './rules.js';
import { learnOwnSecretariats, learnTitleSecretariat } from './secretariats.js';
import { WORD_ACRONYMS } from './lexicon.js';
import { titleCaseCaps } from './normalize.js';
import { tokenize } from './tokens.js';

export { normalizeOrgKey, organizationLabel } from './key.js';

const WORD_ACRONYM_RE = new RegExp(`(?<![\\p{L}])(?:${[...WORD_ACRONYMS].join('|')})(?![\\p{L}])`, 'gu');

/** Read an all-capital block ("DEPARTMENT OF PUBLIC SECURITY") as Title Case, keeping known acronyms. */
function readable(text: string, registry: Registry): string {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) {
      lower++;
      // Even all capitals from here on would leave it under four in five: ordinary text, seen early.
      if (4 * lower > upper + (text.length - i - 1)) return text;
    }
  }
  // The count first: it settles ordinary text a quarter of the way in, where the pattern would
  // look for four capitals in a row through the whole block.
  if (upper + lower < 8 || upper / (upper + lower) < 0.8 || !/[A-Z]{4}/.test(text)) return text;
  const titled = titleCaseCaps(text, (w) => registry.acronym(w) !== undefined && !WORD_ACRONYMS.has(w));
  return titled.replace(WORD_ACRONYM_RE, (w) => w[0] + w.slice(1).toLowerCase());
}

function extract(text: string, ctx: ExtractContext): Found[] {
  const registry = registryOf(ctx.state);
  registry.noticeAcronyms(text);
  const view = readable(text, registry);
  const prepared = preparedTexts(ctx.state).get(view);
  const tokens = prepared?.tokens ?? tokenize(view);
  const definitions = learnDefinitions(view, registry, prepared?.candidates ?? findCandidates(view, () => tokens));
  learnOwnSecretariats(view, registry);
  // (a block read without the document's pass, as the corpus reads one: what the apposition teaches is learned here)
  if (!ctx.state.has(TYPED_NAMES_LEARNED)) learnTypedNames(view, registry);
  const scan: Scan = { text: view, tokens, registry, definitions, known: scanNames(view, tokens, registry), ctx };
  const all: Found[] = [];
  for (const rule of RULES) for (const f of rule.find(scan)) all.push(f);
  const kept = all.filter((f) => f.end > f.start && String(f.value).trim() !== '');
  return kept.length > 1 ? removeOverlaps(kept) : kept; // one finding overlaps nothing
}

/** A line that ends on a connector goes on at the next: a name a heading wraps ("… COMMISSION FOR" / "DISASTER RISK REDUCTION (CIRD)"). */
const ENDS_ON_CONNECTOR = /\b(?:of|for|on|against|de|del)[ \t]*\r?$/i;

/** Where the line that starts at `start` really starts: back over up to two lines that end on a connector. */
function wrappedFrom(text: string, start: number): number {
  for (let k = 0; k < 2 && start > 0; k++) {
    const previous = text.lastIndexOf('\n', start - 2) + 1;
    if (!ENDS_ON_CONNECTOR.test(text.slice(previous, start - 1))) break;
    start = previous;
  }
  return start;
}

/**
 * The lines of `text` that hold "(" or "," (definitions in the running text), or a tab or a gap of
 * three spaces (a row of an acronym list: "NCO⇥Network Coordination Office", "NCO      Network
 * Coordination Office"), in order, with the lines a name wraps from; the others are never cut out.
 */
function* linesWithParenthesisOrComma(text: string): Generator<string> {
  const marks = ['(', ',', '\t', '   '];
  const next = marks.map((m) => text.indexOf(m));
  for (;;) {
    let first = -1;
    for (const at of next) if (at >= 0 && (first < 0 || at < first)) first = at;
    if (first < 0) return;
    const start = wrappedFrom(text, text.lastIndexOf('\n', first) + 1);
    let end = text.indexOf('\n', first);
    if (end < 0) end = text.length;
    yield text.slice(start, end);
    marks.forEach((m, k) => {
      if (next[k]! >= 0 && next[k]! < end) next[k] = text.indexOf(m, end);
    });
  }
}

export const organizationExtractor: Extractor = {
  type: 'organization',
  rules: RULES,
  prepare(documentText, state) {
    const registry = registryOf(state);
    const prepared = preparedTexts(state);
    registry.noticeAcronyms(documentText);
    addOrgans(registry, homeParent(documentText));
    for (const line of linesWithParenthesisOrComma(documentText)) {
      const view = readable(line, registry);
      learnDefinitions(view, registry, prepared.read(view));
    }
    // An acronym list whose column gap PDF text closed ("ERFTC Eastern Africa …"): its rows read under their label.
    for (const list of closedAcronymLists(documentText)) {
      const view = readable(list, registry);
      learnDefinitions(view, registry, prepared.read(view));
    }
    // A body's own secretariat under a name of its own, known before any block is read (its first mention may come first).
    learnTitleSecretariat(documentText, registry, (line) => readable(line, registry));
    learnOwnSecretariats(documentText, registry);
    learnTypedNames(documentText, registry);
    state.set(TYPED_NAMES_LEARNED, true);
  },
  extract,
};
