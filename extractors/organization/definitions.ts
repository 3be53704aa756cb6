/**
 * Acronym definitions a report makes: "Long Name (ACR)", "ACR (Long Name)" and
 * "the Long Name, ACR,". Each tells which span is the long form and whether it names a body.
 * The candidates and their long forms come from the text (definition-candidates.ts); the
 * verdict here asks the registry, as it stands when the text is read.
 */
import { findCandidates, lowercaseLongForm, type Candidates, type LongForm, type Range } from './definition-candidates.js';
import { NON_ORG_ACRONYMS } from './lexicon.js';
import { initials, initialsCoverage } from './normalize.js';
import { firstSegment } from './shape.js';

const ACRONYM_BODY_HEADS = /^(?:Forum|Team)$/;
/** Before a long form: the body holds the meetings or sessions named ("the ninth and tenth meetings of the"). */
const MEETINGS_OF = /\b(?:meetings?|sessions?)\s+of\s+(?:the\s+)?$/i;
import type { Registry } from './registry.js';
import { tokenize } from './tokens.js';

export interface Definition {
  rule: 'organization/acronym-definition' | 'organization/acronym-first-definition' | 'organization/acronym-apposition' | 'organization/acronym-translation';
  long: Range;
  acr: Range;
  /** The acronym as written. */
  acronym: string;
  /** The key it stands for (upper case where written in lower case); null for a non-body. */
  key: string | null;
  /** The long form names a body even where the acronym does not ("Consultative Committee of the CIFTA"). */
  longIsBody: boolean;
  /** The part of the long form the acronym expands to (the instrument in "Committee of the Convention (CIFTA)"). */
  expansion: string;
  /** A unit named before "of the" that is a body of its own ("Forensic Documents Laboratory of the …"). */
  unit?: Range;
}

type Verdict = Omit<Definition, 'rule' | 'acr' | 'acronym'>;

/** What the registry makes of a long form: a body's key, an acronym of no body, or nothing. */
function judge(form: LongForm, registry: Registry, holdsMeetings = false): Verdict | null {
  const known = registry.acronym(form.key);
  const unit = form.unit ? { unit: form.unit } : {};
  // A body the lexicon knows by this acronym is one whatever its head ("Global … Forum (GCTF)").
  // So is a forum or team that goes by an acronym of its own ("Global Forum on Cyber Expertise (GFCE)", "… Incident
  // Response Team (JaCIRT)"): a standing body, where an event or a mission's team is named by its year or place.
  // (Both tests are asked only where their answer counts: reading the name's words for every candidate was most of judge's time.)
  // A conference whose meetings or sessions the text counts ("the ninth meeting of the Statistical Conference of … (SCA)") is a standing body too.
  const forum = (): boolean => (ACRONYM_BODY_HEADS.test(firstSegment(form.name).at(-1) ?? '') || (holdsMeetings && /^Conference$/i.test(firstSegment(form.name).at(-1) ?? ''))) && !/\d/.test(form.name) && initialsCoverage(form.name, form.key) >= 0.75;
  const knownBody = form.shape === 'other' && ((typeof known === 'string' && initialsCoverage(form.name, form.key) >= 0.6) || (known === undefined && forum()));
  if (NON_ORG_ACRONYMS.has(form.key) || known === null || (form.shape === 'other' && !knownBody)) {
    return { long: form.body, key: null, longIsBody: form.bodyHead, expansion: form.bodyHead ? form.afterOf : form.name, ...unit };
  }
  // A known acronym after words that name no body is a credit or a gloss ("SICA headquarters, Antiguo Cuscatlán (SICA)"):
  // it defines the body only where the words spell it out, three words or more.
  const spelled = (): boolean => typeof known === 'string' && initials(form.name).length >= 3 && initialsCoverage(form.name, form.key) >= 0.75;
  if (form.shape === 'org' || knownBody || spelled() || registry.resolve(form.name)) {
    // The report's own acronym is the key where the lexicon knows it as another form of a body's ("(CEPAL)" for ECLAC).
    const own = typeof known === 'string' && known.toLowerCase() !== form.key.toLowerCase();
    return { long: form.body, key: own ? form.key : (known ?? form.key), longIsBody: true, expansion: form.name, ...unit };
  }
  return null;
}

/** All definitions in `text` (offsets relative to it), from its candidates (read now unless given). */
export function findDefinitions(text: string, registry: Registry, candidates: Candidates = readCandidates(text)): Definition[] {
  const out: Definition[] = [];
  for (const c of candidates.parenthesis) {
    // A pair of bodies after a program's name ("Project for … (IDB/CICAD)") is no definition.
    if (c.pairParts && c.pairParts.every((p) => registry.acronym(p)) && c.pairBlocked) continue;
    let chunk: Range | null = c.long && c.long.range;
    let verdict = c.long ? judge(c.long, registry, MEETINGS_OF.test(text.slice(Math.max(0, c.long.range.start - 40), c.long.range.start))) : null;
    if (!verdict) {
      const low = lowercaseLongForm(text, c);
      chunk = low && low.range;
      verdict = low ? judge(low, registry) : null;
    }
    // "ACR (Long Name)" is read below; a lone acronym before parentheses defines nothing here.
    if (!chunk || !verdict || (chunk.start === c.lastStart && c.lastUpper)) continue;
    out.push({ rule: 'organization/acronym-definition', acr: c.acr, acronym: c.acronym, ...verdict });
  }
  for (const c of candidates.first) {
    const verdict = judge(c.long, registry);
    if (!verdict) continue;
    out.push({ rule: 'organization/acronym-first-definition', acr: c.acr, acronym: c.acronym, ...verdict });
  }
  for (const c of candidates.apposition) {
    const verdict = judge(c.long, registry);
    if (!verdict || verdict.key === null) continue;
    out.push({ rule: 'organization/acronym-apposition', acr: c.acr, acronym: c.acronym, ...verdict });
  }
  for (const c of candidates.translated) {
    // The report's acronym is the key, or the body's where the lexicon knows the acronym as another of its forms.
    const known = registry.acronym(c.acronym);
    if (known === null || NON_ORG_ACRONYMS.has(c.acronym)) continue;
    const key = known ?? c.acronym;
    for (const form of [c.outer, c.inner]) {
      if (form) out.push({ rule: 'organization/acronym-translation', acr: c.acr, acronym: c.acronym, long: form.body, key, longIsBody: true, expansion: form.name });
    }
  }
  return out;
}

function readCandidates(text: string): Candidates {
  let tokens: ReturnType<typeof tokenize> | undefined;
  return findCandidates(text, () => (tokens ??= tokenize(text)));
}

const slice = (text: string, r: Range): string => text.slice(r.start, r.end);

/** Teach the registry the definitions in `text`. */
export function learnDefinitions(text: string, registry: Registry, candidates?: Candidates): Definition[] {
  const defs = findDefinitions(text, registry, candidates);
  for (const d of defs) {
    const long = slice(text, d.long);
    if (d.key !== null) {
      if (typeof registry.acronym(d.acronym) === 'string' && registry.acronym(d.acronym) !== d.key) registry.redefine(d.acronym, d.key, long);
      registry.addAcronym(d.acronym, d.key, long);
      if (d.acronym !== d.key) registry.addAcronym(d.key, d.key, long);
      registry.addName(long, d.key);
      // An acronym written with a word ("API Manzanillo") is found later as a name.
      if (d.acronym.includes(' ')) registry.addName(d.acronym, d.key);
      const inner = /^(?:[A-Z][a-z]+\s+)?Secretariat\s+of(?:\s+the)?\s+(.+)$/.exec(long);
      if (inner) registry.addName(inner[1]!, d.key);
    } else {
      registry.addAcronym(d.acronym, null, d.expansion);
      if (d.longIsBody) registry.addName(long, null);
    }
  }
  return defs;
}
