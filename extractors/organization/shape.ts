/**
 * What a capitalized phrase names, judged from its head noun: a body ("Ministry of Justice"),
 * something else ("Port Security Program", "Declaration of Panama"), or nothing we can tell.
 */
import { HEAD_FIRST, LONG_HEADS, NON_ORG_HEADS, ORG_HEADS, ROLE_WORDS, UNIT_HEADS, WEAK_HEADS } from './lexicon.js';
import { CONNECTORS } from './tokens.js';
import { memoize } from '../text/memo.js';

export type Shape = 'org' | 'other' | 'unknown';

const GENERIC = new Set([
  'executive', 'general', 'technical', 'main', 'central', 'national', 'regional', 'local', 'special', 'joint',
  'new', 'specialized', 'respective', 'competent', 'relevant', 'various', 'international', 'experts', 'expert',
  'secretariat', 'other', 'public', 'government', 'governmental', 'official', 'state', 'federal', 'this', 'media',
]);

/** Words for a kind of work that, before a unit's head, make its name its own ("Training Division"). */
const DESCRIPTIVE = new Set(['training']);

const PLURAL_CLASS = /^(?!services$|forces$|customs$|carabineros$|nations$|affairs$)[a-z]+s$/;
const GUARDS = new Set(['coast', 'national', 'civil', 'republican', 'presidential', 'border']);
/** Words a name does not end on (a heading broken after "Inter-American"). */
const DANGLING = /^(?:inter-american|american|national|international|regional|hemispheric)$/;

const words = (name: string): string[] => name.split(/\s+/).filter(Boolean);

/** A word in lower case without a possessive or punctuation ("Nations’" → "nations"). */
function bare(w: string): string {
  const lower = w.toLowerCase();
  if (isPlainWord(lower)) return lower; // nothing for the patterns to take away
  return lower.replace(/[’']s$/, '').replace(/[^\p{L}\p{N}-]/gu, '');
}

/** Only ASCII lower-case letters, digits and hyphens. */
function isPlainWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) return false;
  }
  return true;
}

/** Words of a name up to its first connector ("Group" for "Group of Experts on …"). */
export function firstSegment(name: string): string[] {
  const out: string[] = [];
  for (const w of words(name)) {
    // "in" after a capitalized gerund goes on with its object ("Trafficking in Persons Unit").
    if (w === 'in' && /^\p{Lu}\p{Ll}+ing$/u.test(out[out.length - 1] ?? '')) {
      out.push(w);
      continue;
    }
    if (CONNECTORS.has(w.toLowerCase()) || w.toLowerCase() === 'in' || w.toLowerCase() === 'to') break;
    out.push(w);
  }
  return out;
}

/** True when the name goes on past its head ("Office of …", "Group of Experts on …"). */
export function hasComplement(name: string): boolean {
  const ws = words(name);
  const n = firstSegment(name).length;
  return n < ws.length && /^(?:of|for|on|against|de|del|in)$/i.test(ws[n]!);
}

/** The shape of a name; a pure function of the text, kept per string since the rules ask about the same phrases again and again. */
export const shapeOf: (name: string) => Shape = memoize(judgeShape, 20000);

/**
 * The head segment of a name whose modifiers "and" joins before a complement ("Economic and Social
 * Commission for …", "Customs and Excise Department of …"): both sides capitalized and the part after
 * "and" ending on a body's head; null otherwise (then the first segment is the head segment).
 */
function joinedSegment(name: string): string[] | null {
  const ws = words(name);
  const first = firstSegment(name);
  const joiner = ws[first.length];
  if (!first.length || (joiner !== 'and' && joiner !== '&')) return null;
  const rest = firstSegment(ws.slice(first.length + 1).join(' '));
  if (!rest.length || first.length + 1 + rest.length >= ws.length) return null; // no complement: the Title Case test below reads it
  if (![...first, ...rest].every((w) => /^\p{Lu}/u.test(w)) || !ORG_HEADS.has(bare(rest[rest.length - 1]!))) return null;
  return [...first, joiner, ...rest];
}

function judgeShape(name: string): Shape {
  const seg = (joinedSegment(name) ?? firstSegment(name)).map(bare);
  const head = seg[seg.length - 1] ?? '';
  // A role's office is a body ("Attorney General’s Office"): a possessive before the head lifts the role test.
  // A role word before a body's head with a complement names the body ("Expert Group on Drug Statistics"), not a person's role.
  if (seg.length && ROLE_WORDS.has(seg[0]!) && !/[’']s$/.test(firstSegment(name).at(-2) ?? '') && !roleLedBody(seg, name)) return 'other';
  // A later org word inside a program's name does not make it a body ("Police Training Program").
  if (NON_ORG_HEADS.has(head)) return 'other';
  if (endsOnClassAfterAnd(name)) return 'other';
  // A plural head names a class of bodies ("Financial Intelligence Units", "OAS Departments").
  if (PLURAL_CLASS.test(head) && ORG_HEADS.has(head.replace(/ies$/, 'y').replace(/s$/, ''))) return 'other';
  if (head === 'guard' && !GUARDS.has(seg[seg.length - 2] ?? '')) return 'unknown';
  const all = words(name);
  if (DANGLING.test(bare(all[all.length - 1] ?? ''))) return 'unknown';
  // A lone head joined by "and" to another field of work ("Observatory and Research", "Administration and Finance", a
  // part's title) names no body: a body named head first goes on with "of", "for" or "on", and one that ends on its
  // head is told below ("Customs and Excise Department").
  if (seg.length === 1 && all.length > 2 && /^(?:and|&)$/i.test(all[1]!) && !ORG_HEADS.has(bare(all[all.length - 1]!))) return 'unknown';
  // "Latin American Congress on Addictions": a congress on a subject is a meeting.
  if (head === 'congress' && /^on$/i.test(words(name)[seg.length] ?? '')) return 'other';
  if (LONG_HEADS.has(head) && seg.length < 3 && !hasComplement(name)) return 'unknown';
  if (ORG_HEADS.has(head) && !(WEAK_HEADS.has(head) && !hasComplement(name) && seg.length < 2)) return 'org';
  // a name written as one hyphenated word ends on its head too ("Friedrich-Loeffler-Institut")
  if (head.includes('-') && /^\p{Lu}/u.test(firstSegment(name).at(-1) ?? '') && ORG_HEADS.has(head.slice(head.lastIndexOf('-') + 1)) && !WEAK_HEADS.has(head.slice(head.lastIndexOf('-') + 1))) return 'org';
  // a Spanish, French or Portuguese name opens on its head ("Instituto Nacional de Salud", "Centre Pasteur du Cameroun")
  const opening = bare(words(name)[0] ?? '');
  if (HEAD_FIRST.has(opening) && words(name).length >= 2 && titledBetweenConnectors(words(name).slice(0, seg.length))) return 'org';
  // A name in Title Case throughout ends on its head ("Action Against Terrorism Unit"); connectors may join
  // its modifiers ("Information and Coordination Centre", "Customs and Excise Department"). A weak head takes
  // two capitalized words before it ("Trinidad and Tobago Police Service", "North Africa Financial Action Task Force").
  const last = bare(all[all.length - 1] ?? '');
  if (all.length > 1 && ORG_HEADS.has(last) && !CONNECTORS.has(all[0]!.toLowerCase()) && titledBetweenConnectors(all)) {
    if (!WEAK_HEADS.has(last) || (/^\p{Lu}/u.test(all[all.length - 2]!) && /^\p{Lu}/u.test(all[all.length - 3] ?? ''))) return 'org';
  }
  return 'unknown';
}

/**
 * A head joined by "and" to words ending on a plural class or on a thing that is no body ("Advisory
 * Services and Technical Assistance Missions", "Legal Services and Training Workshops"): a line of
 * work listed, as a part's title lists it, not one body's name.
 */
function endsOnClassAfterAnd(name: string): boolean {
  const ws = words(name);
  const first = firstSegment(name).length;
  if (!first || ws[first] !== 'and' || first + 1 >= ws.length) return false;
  const tail = ws.slice(first + 1);
  if (tail.some((w, i) => i > 0 && CONNECTORS.has(w.toLowerCase()))) return false; // "… and Security Council of …" goes on
  const last = bare(tail[tail.length - 1]!);
  if (NON_ORG_HEADS.has(last)) return true;
  const singular = last.replace(/ies$/, 'y').replace(/s$/, '');
  return PLURAL_CLASS.test(last) && (ORG_HEADS.has(singular) || NON_ORG_HEADS.has(singular));
}

/** A role word right before a body's head, the name going on with a complement ("Expert Group on …", "Delegates Council of …"). */
function roleLedBody(seg: readonly string[], name: string): boolean {
  return seg.length === 2 && ORG_HEADS.has(seg[1]!) && !ROLE_WORDS.has(seg[1]!) && hasComplement(name);
}

/**
 * Every word capitalized but for connectors, and no connector last or two in a row ("Information and
 * Coordination Centre"). In capitals a connector is one still ("ACTIVITIES OF THE SECRETARIAT" is
 * "Activities of the Secretariat": two in a row).
 */
function titledBetweenConnectors(all: readonly string[]): boolean {
  let connectors = 0;
  for (const w of all) {
    if (CONNECTORS.has(w.toLowerCase()) && (!/^\p{Lu}/u.test(w) || (w.length > 1 && w === w.toUpperCase()))) {
      if (++connectors > 1) return false;
      continue;
    }
    if (!/^\p{Lu}/u.test(w)) return false;
    connectors = 0;
  }
  return connectors === 0;
}

/**
 * Whether a single word could have the shape 'org', told from its lower-case form: a plain one
 * must be a head itself. Callers skip shapeOf (a lookup by the word's text) for most words.
 */
export function wordMayBeOrg(lower: string): boolean {
  return !isPlainWord(lower) || ORG_HEADS.has(lower);
}

/** A name made only of a head and generic words ("the Secretariat", "General Secretariat", "National Commission"). */
export function isGeneric(name: string): boolean {
  const ws = words(name);
  // Three words of some meaning name one body ("Regional Police Training Centre"), and a unit named
  // for its work is a name ("Training Division"); "the Training Center", "National Police" are not.
  let meaningful = 0;
  for (let i = 0; i < ws.length; i++) {
    const w = bare(ws[i]!);
    if (!w || CONNECTORS.has(w)) continue;
    if (!ORG_HEADS.has(w) && !GENERIC.has(w) && !NON_ORG_HEADS.has(w)) return false;
    if (DESCRIPTIVE.has(w) && UNIT_HEADS.has(bare(ws[i + 1] ?? ''))) return false;
    if (!GENERIC.has(w) && ++meaningful >= 3) return false;
  }
  return true;
}
