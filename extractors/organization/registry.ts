/**
 * The document's organization names and acronyms: seeded from the lexicon, then taught by the
 * definitions the report makes ("Royal Canadian Mounted Police (RCMP)"). One registry lives in
 * the per-document state, so an acronym defined anywhere resolves everywhere, and a name without
 * an acronym keeps the form it was first written in.
 */
import { KNOWN_BODIES, NON_ORG_ACRONYMS, WORD_ACRONYMS } from './lexicon.js';
import { nameKey } from './normalize.js';
import { addOrgans } from './organs.js';
import { StandingAlone } from './standing-alone.js';
import { LayeredMap, LayeredSet } from '../text/layered.js';
import { WordShapes } from '../text/word-shapes.js';

/** What the registry knows of an acronym: the key of the body it names, or null for a non-body (MEM). */
export type AcronymInfo = string | null;

const PREFIXES = /^(?:U\.S\.|US|United States|OAS|UN|U\.N\.)\s+/;

export class Registry {
  /** nameKey → key; null for a known name whose key is its first written form (not yet seen). */
  readonly names: LayeredMap<string, string | null>;
  /** The acronyms as written → key, or null for acronyms of non-bodies (added only through addAcronym). */
  private readonly acronyms: LayeredMap<string, AcronymInfo>;
  /** First characters and lengths of the acronyms known: most tokens are ruled out here without hashing their text. */
  private readonly acronymShapes: WordShapes;
  /** Acronym → the long form it stands for (also for non-bodies: "CIFTA" → the convention's name). */
  readonly expansions: LayeredMap<string, string>;
  /** Long names the name scan looks for, as written. */
  readonly longNames: LayeredSet<string>;
  /** nameKey of a national agency's name → its acronym, used once the report uses the acronym. */
  private readonly national: LayeredMap<string, string>;
  /** Finds the national acronyms in a text; shared by copies, made again when an agency is added. */
  private standing: StandingAlone | undefined;
  /**
   * Acronyms that are also everyday words ("WHO", "ICE") → the body's key: read as the body only in a
   * compound ("DHS/ICE") until the body's name is written in the document (then `wake` adds them).
   */
  private readonly dormant: Map<string, string>;
  /** The registry this one was copied from, and how many long names it had then: this one's first long names are those. */
  readonly origin: { registry: Registry; longNames: number } | undefined;

  /**
   * An empty registry, or a copy of `from` (same entries in the same order). The large collections
   * are layers over `from`'s (extractors/text/layered.ts), not copies: one per report.
   */
  constructor(from?: Registry) {
    this.origin = from && { registry: from, longNames: from.longNames.size };
    this.names = new LayeredMap(from?.names);
    this.acronyms = new LayeredMap(from?.acronyms);
    this.acronymShapes = new WordShapes(from?.acronymShapes);
    this.expansions = new LayeredMap(from?.expansions);
    this.longNames = new LayeredSet(from?.longNames);
    this.national = new LayeredMap(from?.national);
    this.dormant = new Map(from?.dormant);
    this.standing = from?.standing;
  }

  clone(): Registry {
    return new Registry(this);
  }

  /** Record that `name` is the body `key` (null: keyed by its first written form). The first definition wins. */
  addName(name: string, key: string | null): void {
    const k = nameKey(name);
    if (!k) return;
    const had = this.names.get(k);
    if (had === undefined || (had === null && key !== null)) this.names.set(k, key);
    if (!this.longNames.has(name) && /\s/.test(name.trim())) this.longNames.add(name.trim());
  }

  addAcronym(acronym: string, key: AcronymInfo, long?: string): void {
    if (!this.acronyms.has(acronym)) {
      this.acronyms.set(acronym, key);
      this.acronymShapes.add(acronym);
    }
    if (long && !this.expansions.has(acronym)) this.expansions.set(acronym, long);
  }

  /** The report defines a known body by an acronym of its own ("… Caribbean (CEPAL)"): that acronym is the body's key in this document. */
  redefine(acronym: string, key: string, long: string): void {
    const was = this.acronyms.get(acronym);
    this.acronyms.set(acronym, key);
    this.names.set(nameKey(long), key);
    if (typeof was === 'string') this.names.forEach((k, name) => k === was && this.names.set(name, key));
  }

  /** Record an acronym that is also an everyday word (see `dormant`). */
  addDormant(acronym: string, key: string): void {
    if (!this.acronyms.has(acronym)) this.dormant.set(acronym, key);
  }

  /** An acronym inside a compound ("DHS/ICE", "WHO-PAHO"): everyday-word acronyms count there too. */
  compoundAcronym(token: string): AcronymInfo | undefined {
    return this.acronym(token) ?? this.dormant.get(token);
  }

  /** The body `key` was named: its everyday-word acronyms stand for it from now on in this document. */
  private wake(key: string): void {
    this.dormant.forEach((k, acronym) => {
      if (k !== key) return;
      this.dormant.delete(acronym);
      this.addAcronym(acronym, key);
    });
  }

  /** The key an acronym token stands for, null when it names a non-body, undefined when unknown. */
  acronym(token: string): AcronymInfo | undefined {
    if (!this.acronymShapes.mayHold(token.charCodeAt(0), token.length)) return undefined;
    return this.acronyms.get(token);
  }

  /** Promote national agencies whose acronym the text uses ("TSA" makes "Transportation Security Administration" TSA). */
  noticeAcronyms(text: string): void {
    const alone = (this.standing ??= new StandingAlone(this.national.values())).in(text);
    if (alone.size === 0) return;
    this.national.forEach((acr, k) => {
      if (alone.has(acr) && this.names.get(k) !== acr) this.names.set(k, acr);
    });
  }

  /**
   * Build the finder of national acronyms now, so that copies share it: the base registry's
   * copies (one per document) each built their own (a pattern of 171 agencies' acronyms today).
   */
  shareStanding(): void {
    this.standing ??= new StandingAlone(this.national.values());
  }

  /** Record a national agency's name and acronym (see noticeAcronyms). */
  addNational(name: string, acronym: string): void {
    this.national.set(nameKey(name), acronym);
    this.standing = undefined;
  }

  /** The key of a name the registry knows (also through variants), else undefined. */
  resolve(name: string): string | null | undefined {
    return this.lookup(name)?.hit;
  }

  /** The value for a name: its key when known, else the form it was first written in (recorded now). */
  valueOf(name: string): string {
    const text = name.trim();
    const known = this.lookup(text);
    if (known?.hit === null) {
      this.names.set(known.key, text);
      return text;
    }
    if (known) {
      if (this.dormant.size > 0) this.wake(known.hit);
      return known.hit;
    }
    this.names.set(nameKey(text), text);
    return text;
  }

  /**
   * The first variant of a name the registry has an entry for (its nameKey and what it holds).
   * Variants, in order: the name; its acronyms written out; without a national or OAS/UN
   * prefix; and for a UN prefix, with "United Nations" in full. Each is made only when the
   * ones before it are unknown.
   */
  private lookup(name: string): { key: string; hit: string | null } | undefined {
    const plain = this.entry(name);
    if (plain) return plain;
    if (mayHoldAcronym(name)) {
      const expanded = name.replace(ACRONYM_WORD, (w) => this.expansions.get(w) ?? w);
      if (expanded !== name) {
        const hit = this.entry(expanded);
        if (hit) return hit;
      }
    }
    const first = name.charCodeAt(0);
    if (first !== 85 /* U */ && first !== 79 /* O */) return undefined; // every prefix starts so
    const bare = name.replace(PREFIXES, '');
    if (bare === name || !/\s/.test(bare)) return undefined;
    const hit = this.entry(bare);
    if (hit) return hit;
    const m = PREFIXES.exec(name)?.[0].trim();
    return m === 'UN' || m === 'U.N.' ? this.entry(`United Nations ${bare}`) : undefined;
  }

  /** The registry's entry for one variant, if it has one. */
  private entry(variant: string): { key: string; hit: string | null } | undefined {
    const key = nameKey(variant);
    const hit = this.names.get(key);
    return hit === undefined ? undefined : { key, hit };
  }
}

/** A word that starts and ends with a capital ("OAS", "IACtHR"), standing alone; written with the capital first so the search skips ahead cheaply. */
const ACRONYM_WORD = /[A-Z](?<![\p{L}\p{N}][A-Z])[A-Za-z]*[A-Z](?![\p{L}\p{N}])/gu;

/** Some ASCII capital is followed by no ASCII letter or digit: only then can ACRONYM_WORD match. */
function mayHoldAcronym(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 65 || c > 90) continue;
    const next = name.charCodeAt(i + 1);
    if (!((next >= 97 && next <= 122) || (next >= 65 && next <= 90) || (next >= 48 && next <= 57))) return true;
  }
  return false;
}

let base: Registry | undefined;

/** The registry every document starts from: the lexicon's bodies. */
export function baseRegistry(): Registry {
  if (base) return base;
  const r = new Registry();
  for (const body of KNOWN_BODIES) {
    for (const name of body.names) {
      if (body.national && body.key) {
        r.addName(name, null);
        r.addNational(name, body.key);
      } else r.addName(name, body.key ?? null);
      if (!/\s/.test(name)) r.addAcronym(name, body.key ?? name, body.names[0]);
    }
    if (body.key) {
      // Everyday-word acronyms ("WHO", "ICE") wait for a compound or the body's name (Registry.dormant).
      const words = new Set(body.wordAcronyms ?? []);
      const add = (acronym: string): void => {
        if (words.has(acronym) || WORD_ACRONYMS.has(acronym)) r.addDormant(acronym, body.key!);
        else r.addAcronym(acronym, body.key!, body.names[0]);
      };
      add(body.key);
      for (const alias of body.aliases ?? []) add(alias);
      for (const word of words) add(word);
    }
  }
  for (const acr of NON_ORG_ACRONYMS) r.addAcronym(acr, null);
  addOrgans(r, undefined);
  r.shareStanding();
  base = r;
  return r;
}

const STATE_KEY = 'organization';

/** The document's registry, kept in the per-document state (made on first use). */
export function registryOf(state: Map<string, unknown>): Registry {
  const had = state.get(STATE_KEY);
  if (had instanceof Registry) return had;
  const r = baseRegistry().clone();
  state.set(STATE_KEY, r);
  return r;
}
