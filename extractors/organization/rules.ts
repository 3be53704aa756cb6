/**
 * The organization rules, in order. Each reads one block (already scanned for tokens, chunks,
 * definitions and known names) and returns findings; overlaps are settled by the engine (the
 * longer span wins). A rule returns [] where it has nothing; none throws.
 */
import type { ExtractContext, Found, Rule } from '../types.js';
import { forwardChunks, type Chunk } from './chunks.js';
import type { Definition } from './definitions.js';
import { COMMON_GROUPS, NON_ORG_HEADS, SECRETARIAT_WORDS, UNIT_HEADS } from './lexicon.js';
import { organUnder } from './organs.js';
import { baseRegistry, type Registry } from './registry.js';
import { firstSegment, hasComplement, isGeneric, shapeOf, wordMayBeOrg } from './shape.js';
import { lowerOf, type Token } from './tokens.js';

export interface Scan {
  text: string;
  tokens: readonly Token[];
  registry: Registry;
  definitions: readonly Definition[];
  /** Spans of known long names. */
  known: ReadonlyArray<{ start: number; end: number }>;
  ctx: ExtractContext;
}

export interface OrgRule extends Rule {
  find(scan: Scan): Found[];
}

const found = (start: number, end: number, value: string, rule: string): Found => ({ start, end, value, rule });

/** Parents whose slash compounds name the child ("OAS/CICTE" is CICTE). */
const PARENTS = new Set(['OAS', 'UN', 'ES', 'SE', 'GS', 'TS', 'SG']);

function definitionRule(id: Definition['rule']): OrgRule {
  return {
    id,
    find: ({ text, definitions, registry }) => {
      const out: Found[] = [];
      for (const d of definitions) {
        if (d.rule !== id) continue;
        const long = text.slice(d.long.start, d.long.end);
        if (d.key !== null) {
          out.push(found(d.long.start, d.long.end, d.key, id), found(d.acr.start, d.acr.end, d.key, id));
        } else if (d.longIsBody) out.push(found(d.long.start, d.long.end, registry.valueOf(long), id));
        if (d.unit) out.push(found(d.unit.start, d.unit.end, registry.valueOf(text.slice(d.unit.start, d.unit.end)), id));
      }
      return out;
    },
  };
}

const knownName: OrgRule = {
  id: 'organization/known-name',
  description: 'A long name the lexicon or the report defines ("United Nations Office on Drugs and Crime").',
  find: ({ text, known, registry, ctx }) => {
    const out: Found[] = [];
    for (const k of known) {
      const name = text.slice(k.start, k.end);
      // The title of an instrument or program named after the body ("United Nations Convention against …").
      const next = /^\s+(\p{Lu}[\p{L}-]*)/u.exec(text.slice(k.end, k.end + 40))?.[1]?.toLowerCase();
      // (a body of the lexicon is one whatever its head: "World Food Programme", "Regional Security System", "Pacific Islands Forum")
      if ((shapeOf(name) === 'other' && typeof baseRegistry().resolve(name) !== 'string') || (next && NON_ORG_HEADS.has(next))) continue;
      // An organ after a body that does not have it names that body's session ("the 85th INTERPOL General Assembly").
      const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, k.start - 20), k.start))?.[1];
      const parent = before ? registry.acronym(before) : undefined;
      if (typeof parent === 'string' && organUnder(parent, name) === 'other') continue;
      // "General Directorate of Migration of Guatemala": a known name "of" a country is that country's own body.
      const of = /^ of (?:the )?/.exec(text.slice(k.end, k.end + 8));
      const country = of && ctx.found.find((f) => f.type === 'country' && f.start === k.end + of[0].length);
      if (country) {
        out.push(found(k.start, country.end, registry.valueOf(text.slice(k.start, country.end)), 'organization/known-name'));
        continue;
      }
      out.push(found(k.start, k.end, registry.valueOf(name), 'organization/known-name'));
    }
    return out;
  },
};

const acronym: OrgRule = {
  id: 'organization/acronym',
  description: 'An acronym of a body, known or defined in the report ("CICAD", "(cicad)", "ES/CICAD", "IDB/CICAD").',
  find: ({ tokens, registry }) => {
    const out: Found[] = [];
    for (const t of tokens) {
      const key = registry.acronym(t.text);
      if (typeof key === 'string') {
        out.push(found(t.start, t.end, key, 'organization/acronym'));
        continue;
      }
      if (key === null) continue;
      // Parts are cut only where the token holds the one separator: most tokens hold none.
      const dash = soleIndexOf(t.text, '-');
      const before = dash >= 0 ? registry.compoundAcronym(t.text.slice(0, dash)) : undefined;
      if (typeof before === 'string' && /^[A-Z][A-Za-z]+$/.test(t.text.slice(dash + 1))) {
        // Two bodies joined for a joint activity ("INTERPOL-CARICOM workshop"): one mention each. A body
        // and a word that is no body's acronym is one name ("FLACSO-Ecuador").
        const after = registry.compoundAcronym(t.text.slice(dash + 1));
        if (typeof after === 'string') {
          out.push(found(t.start, t.start + dash, before, 'organization/acronym'), found(t.start + dash + 1, t.end, after, 'organization/acronym'));
        } else out.push(found(t.start, t.end, t.text, 'organization/acronym'));
        continue;
      }
      if (!t.upper) continue;
      const slash = soleIndexOf(t.text, '/');
      if (slash >= 0) {
        const a = t.text.slice(0, slash);
        const b = t.text.slice(slash + 1);
        const ka = registry.compoundAcronym(a);
        const kb = registry.compoundAcronym(b);
        if (typeof kb !== 'string') continue;
        if (PARENTS.has(a)) out.push(found(t.start, t.end, kb, 'organization/acronym'));
        else if (typeof ka === 'string') {
          out.push(found(t.start, t.start + a.length, ka, 'organization/acronym'), found(t.end - b.length, t.end, kb, 'organization/acronym'));
        }
        continue;
      }
    }
    return out;
  },
};

/** A body's key for an acronym token, also written under its parent ("ES/CICAD" is CICAD); else undefined. */
function acronymKey(registry: Registry, word: string): string | undefined {
  const key = registry.acronym(word);
  if (typeof key === 'string') return key;
  const slash = soleIndexOf(word, '/');
  if (slash < 0 || !PARENTS.has(word.slice(0, slash))) return undefined;
  const child = registry.acronym(word.slice(slash + 1));
  return typeof child === 'string' ? child : undefined;
}

/** Where `word` holds `separator` exactly once, its index; else -1. */
function soleIndexOf(word: string, separator: string): number {
  const at = word.indexOf(separator);
  return at >= 0 && word.indexOf(separator, at + 1) < 0 ? at : -1;
}

const cuedAcronym: OrgRule = {
  id: 'organization/cued-acronym',
  description: 'An unknown acronym that the text calls a company, firm or NGO ("a British company MUSC").',
  find: ({ text, registry }) => {
    const out: Found[] = [];
    for (const m of text.matchAll(/\b(?:company|firm|contractor|NGO|corporation|foundation|consultancy)\s+([A-Z][A-Z0-9&]{1,11})(?![\p{L}\p{N}])/gu)) {
      const acr = m[1]!;
      if (registry.acronym(acr) === null) continue;
      const start = (m.index ?? 0) + m[0].length - acr.length;
      out.push(found(start, start + acr.length, registry.acronym(acr) ?? acr, 'organization/cued-acronym'));
    }
    return out;
  },
};

const acronymUnit: OrgRule = {
  id: 'organization/acronym-unit',
  description: 'A unit named after what it runs ("the MEM section"): the body key where the acronym is one.',
  find: ({ text, registry }) => {
    const out: Found[] = [];
    for (const m of text.matchAll(/\b([A-Z][A-Z0-9]{1,10}) (?:section|unit|division)\b/g)) {
      const start = m.index ?? 0;
      const key = registry.acronym(m[1]!);
      out.push(found(start, start + m[0].length, typeof key === 'string' ? key : m[0], 'organization/acronym-unit'));
    }
    return out;
  },
};

const isSecretariat = (name: string): boolean => SECRETARIAT_WORDS.has(name.toLowerCase().replace(/\s+/g, ' '));

/** What most chunks hold: one shared empty result rather than a new array each. */
const NONE: readonly Found[] = Object.freeze([]);

/** Names inside one capitalized chunk. */
/** "Fourth Congress of …", "the 21st Congress of …": a numbered congress is one meeting of a series, not a legislature. */
const NUMBERED_CONGRESS = /^(?:CONGRESS|Congress)\b/;
const ORDINAL_BEFORE = /(?:^|[^\p{L}\p{N}])(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth|[Ee]leventh|[Tt]welfth|[Tt]hirteenth|[Ff]ourteenth|[Ff]ifteenth|[Ss]ixteenth|[Ss]eventeenth|[Ee]ighteenth|[Nn]ineteenth|[Tt]wentieth|\d{1,2}(?:st|nd|rd|th)|[IVXLC]{2,6})\s+$/u;

function numberedCongress(name: string, before: string): boolean {
  if (NUMBERED_CONGRESS.test(name)) return ORDINAL_BEFORE.test(before);
  const space = name.search(/\s/);
  return space > 0 && NUMBERED_CONGRESS.test(name.slice(space + 1)) && ORDINAL_BEFORE.test(name.slice(0, space + 1));
}

function readChunk(scan: Scan, chunk: Chunk): readonly Found[] {
  const { text, tokens, registry } = scan;
  const id = 'organization/named-body';
  const name = text.slice(chunk.start, chunk.end);
  if (chunk.to - chunk.from < 1) return NONE;
  if (numberedCongress(name, text.slice(Math.max(0, chunk.start - 16), chunk.start))) return NONE;
  if (chunk.to - chunk.from === 1) {
    // One word, most chunks: what the steps below come to for it, without their lookups and scans.
    const word = tokens[chunk.from]!;
    if (!wordMayBeOrg(lowerOf(word)) || shapeOf(name) !== 'org' || (isGeneric(name) && registry.resolve(name) === undefined)) return NONE;
    return [found(chunk.start, chunk.end, registry.valueOf(name), id)];
  }
  const head = tokens[chunk.from]!;
  const prefix = registry.acronym(head.text);
  const restStart = tokens[chunk.from + 1]!.start;
  // An organ under the parent written before it ("OAS Permanent Council", "UN General Assembly"), whatever the document's parent.
  const organ = typeof prefix === 'string' ? organUnder(prefix, text.slice(restStart, chunk.end)) : undefined;
  if (organ === 'other') return NONE;
  if (organ !== undefined) return [found(chunk.start, chunk.end, organ ?? text.slice(restStart, chunk.end).replace(/\s+/g, ' '), id)];
  if (registry.resolve(name) !== undefined && shapeOf(name) !== 'other') return [found(chunk.start, chunk.end, registry.valueOf(name), id)];

  // A body's acronym in front: "CICTE Secretariat", "OAS Committee on Hemispheric Security".
  if (typeof prefix === 'string') {
    const rest = text.slice(restStart, chunk.end);
    if (isSecretariat(rest) || /^\p{Lu}[\p{L}-]+\s+(?:Office|Secretariat|Headquarters)$/u.test(rest)) return [found(chunk.start, chunk.end, prefix, id)];
    const known = registry.resolve(rest);
    if (known !== undefined && known !== null) return [found(chunk.start, chunk.end, known, id)];
    if (shapeOf(rest) !== 'org' || isGeneric(rest)) return NONE;
    // An office or unit of the body named first is named with it ("UNODC Regional Office for West Africa").
    if (known === undefined && UNIT_HEADS.has(firstSegment(rest).at(-1)?.toLowerCase() ?? '')) return [found(chunk.start, chunk.end, registry.valueOf(name), id)];
    if (known === null || hasComplement(rest)) return [found(restStart, chunk.end, registry.valueOf(rest), id)];
    return [found(chunk.start, chunk.end, registry.valueOf(name), id)];
  }

  // A known body after "of (the)": "Executive Secretariat of CICAD", "Forensic Laboratory of the …".
  for (let i = chunk.from + 1; i < chunk.to; i++) {
    const t = tokens[i]!;
    const inside = scan.known.find((k) => k.start === t.start) ?? (typeof acronymKey(registry, t.text) === 'string' ? t : undefined);
    if (!inside) continue;
    let j = i - 1;
    if (lowerOf(tokens[j]) === 'the') j--;
    if (lowerOf(tokens[j]) !== 'of' || j <= chunk.from) continue;
    const before = text.slice(chunk.start, tokens[j - 1]!.end);
    const next = tokens[i + 1];
    if (inside === t && i + 1 < chunk.to && next && !/^(?:of|for|on|against|and|the)$/i.test(next.text)) {
      // The acronym opens a longer name: "Meeting of the UN Counter Terrorism Committee".
      return [
        ...readChunk(scan, { from: chunk.from, to: j, start: chunk.start, end: tokens[j - 1]!.end }),
        ...readChunk(scan, { from: i, to: chunk.to, start: t.start, end: chunk.end }),
      ];
    }
    const key = acronymKey(registry, t.text) ?? registry.valueOf(text.slice(inside.start, inside.end));
    if (isSecretariat(before) || /^(?:\p{Lu}\p{L}+ ){1,5}Secretariat$/u.test(before)) return [found(chunk.start, Math.max(inside.end, t.end), key, id)];
    return readChunk(scan, { from: chunk.from, to: j - 1 + 1, start: chunk.start, end: tokens[j - 1]!.end });
  }

  // The first part after "of (the)" from which the phrase names a body ("Director of the Department of …",
  // "Plan of Action of the Committee on …"); a program's "for …" names whom it serves, not a body.
  let from = chunk.from;
  while (from < chunk.to && shapeOf(text.slice(tokens[from]!.start, chunk.end)) !== 'org') {
    while (from < chunk.to && tokens[from]!.text !== 'of') from++;
    from++;
    if (lowerOf(tokens[from]) === 'the') from++;
  }
  if (from >= chunk.to) return NONE;
  const start = tokens[from]!.start;
  const cand = text.slice(start, chunk.end);
  // A unit of another named body: "Department of Education and Culture of the Executive Secretariat for …".
  for (const m of cand.matchAll(/ of (?:the )?/g)) {
    const left = cand.slice(0, m.index);
    const right = cand.slice((m.index ?? 0) + m[0].length);
    if (shapeOf(left) !== 'org' || isGeneric(left) || shapeOf(right) !== 'org') continue;
    const rs = start + (m.index ?? 0) + m[0].length;
    const out = [found(start, start + left.length, registry.valueOf(left), id)];
    if (!isGeneric(right)) out.push(found(rs, chunk.end, registry.valueOf(right), id));
    return out;
  }
  // Two bodies joined by "and": "Ministry of Justice and Ministry of the Interior".
  const and = / and (?!the )/g;
  for (const m of cand.matchAll(and)) {
    const left = cand.slice(0, m.index);
    const right = cand.slice((m.index ?? 0) + m[0].length);
    // A body and a group that is none ("… Children and Member States"), or the first word of another
    // name that goes on with "the" ("Department of State and Save the Children"): the body alone.
    const another = !/\s/.test(right) && /^ the \p{Lu}/u.test(text.slice(chunk.end, chunk.end + 6));
    // a body and a name the report has taught ("the Unit and Coral Metrics", the company it introduced): two bodies (a generic one is left to the unit rules)
    if (/\s/.test(right) && registry.resolve(right) !== undefined && shapeOf(left) === 'org' && shapeOf(right) !== 'org') {
      const rs = start + (m.index ?? 0) + m[0].length;
      return [...(isGeneric(left) ? [] : [found(start, start + left.length, registry.valueOf(left), id)]), found(rs, chunk.end, registry.valueOf(right), id)];
    }
    if ((COMMON_GROUPS.has(right.toLowerCase()) && shapeOf(left) === 'org' && !isGeneric(left)) || (another && shapeOf(left) === 'org')) {
      return [found(start, start + left.length, registry.valueOf(left), id)];
    }
    if (shapeOf(right) === 'org' && shapeOf(left) === 'org' && !isGeneric(right) && !isGeneric(left)) {
      const rs = start + (m.index ?? 0) + m[0].length;
      return [found(start, start + left.length, registry.valueOf(left), id), found(rs, chunk.end, registry.valueOf(right), id)];
    }
  }
  if (isGeneric(cand) && registry.resolve(cand) === undefined) return NONE;
  return [found(start, chunk.end, registry.valueOf(cand), id)];
}

const namedBody: OrgRule = {
  id: 'organization/named-body',
  description: 'A capitalized name with an organization head ("Ministry of Justice of Chile", "Anti-Money Laundering Unit").',
  find: (scan) => {
    const out: Found[] = [];
    for (const chunk of forwardChunks(scan.text, scan.tokens)) for (const f of readChunk(scan, chunk)) out.push(f);
    return out;
  },
};

export const RULES: readonly OrgRule[] = [
  definitionRule('organization/acronym-definition'),
  definitionRule('organization/acronym-first-definition'),
  definitionRule('organization/acronym-apposition'),
  definitionRule('organization/acronym-translation'),
  knownName,
  acronym,
  cuedAcronym,
  acronymUnit,
  namedBody,
];
