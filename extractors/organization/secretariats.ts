/**
 * A body's own secretariat under a long name of its own (issue 16, class 5): ANNOTATION.md §2 keys
 * the secretariat of a commission or committee by the commission's key. The text ties such a name
 * to its body in two ways this reads:
 * - a possessive: "The Commission for … (CMRB) was set up … Its Permanent Technical Coordinating
 *   Secretariat …", "the CMRB's Permanent Coordinating Secretariat";
 * - the title block: the body's name on one line, "Report of the Permanent Coordinating
 *   Secretariat" on a later line of the same block.
 * A secretariat "of"/"for" something is named after what it serves ("Secretariat for Multidimensional
 * Security"), the generic ones ("the Executive Secretariat") are no names, and a name the registry
 * already keys is left as it is.
 */
import { ORGANS, SECRETARIAT_WORDS } from './lexicon.js';
import type { Registry } from './registry.js';
import { capitalNotAfter } from '../text/capital.js';
import { latinFirst } from '../text/char-classes.js';

/** A capitalized name ending on "Secretariat", not followed by a complement that names what it serves ("for Water Affairs"; "for 2025" is none). */
const NAME = String.raw`((?:\p{Lu}[\p{Ll}-]+\s+){1,5}Secretariat)(?![\p{L}\p{N}])(?!\s+(?:of|for|on|against)\s+(?:the\s+)?\p{Lu})`;
/**
 * "Its …" or an acronym's "'s", then NAME, not after a letter or digit: the lookbehind stands after
 * the first letter (capitalNotAfter), so V8 stops only at an I or a capital, where in front it
 * tried every position of the window.
 */
export const POSSESSIVE = new RegExp(
  String.raw`(?:[Ii](?<!${latinFirst(String.raw`\p{L}\p{N}`)}.)ts|(${capitalNotAfter(String.raw`\p{L}\p{N}`)}[\p{Lu}\p{N}]*\p{Lu})['’]s)\s+${NAME}`,
  'gu',
);
const SECRETARIAT_NAME = new RegExp(NAME, 'gu');
const ACRONYM_TOKEN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*\p{Lu}(?![\p{L}\p{N}])/gu;

/** How far back "its" may look for the body it stands for (within the paragraph). */
const REACH = 600;

function ownName(name: string, registry: Registry): string | undefined {
  const plain = name.replace(/\s+/g, ' ').trim();
  const lower = plain.toLowerCase();
  if (SECRETARIAT_WORDS.has(lower) || ORGANS.some((o) => o.name.toLowerCase() === lower)) return undefined;
  if (typeof registry.resolve(plain) === 'string') return undefined;
  return plain;
}

/** The last body an acronym names in `text` (the registry's key), else undefined. */
function lastBody(text: string, registry: Registry): string | undefined {
  let key: string | undefined;
  for (const m of text.matchAll(ACRONYM_TOKEN)) {
    const k = registry.acronym(m[0]);
    if (typeof k === 'string') key = k;
  }
  return key;
}

/** How far before its "Secretariat" a POSSESSIVE match may start ("its" or an acronym's "'s" and five words). */
const BEFORE = 240;

/**
 * POSSESSIVE's matches in `text`, read only around each "Secretariat" (a match ends on that word):
 * the pattern tried at every capital of a long report cost more than the rest of the step.
 */
function* possessivesOf(text: string): Generator<RegExpExecArray> {
  const seen = new Set<number>();
  for (let at = text.indexOf('Secretariat'); at >= 0; at = text.indexOf('Secretariat', at + 1)) {
    const from = Math.max(0, at - BEFORE);
    const window = text.slice(from, at + 120);
    for (const m of window.matchAll(POSSESSIVE)) {
      const start = from + m.index;
      if (start + m[0].length !== at + 'Secretariat'.length || seen.has(start)) continue;
      if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) continue; // the lookbehind, read in the whole text
      seen.add(start);
      m.index = start;
      yield m;
    }
  }
}

/** Teach the registry the secretariats that `text` ties to their body by a possessive. */
export function learnOwnSecretariats(text: string, registry: Registry): void {
  if (!text.includes('Secretariat')) return;
  for (const m of possessivesOf(text)) {
    const name = ownName(m[2]!, registry);
    if (!name) continue;
    let owner: string | undefined;
    if (m[1]) {
      const k = registry.acronym(m[1]);
      owner = typeof k === 'string' ? k : undefined;
    } else {
      const at = m.index ?? 0;
      const paragraph = Math.max(text.lastIndexOf('\n\n', at), at - REACH, 0);
      owner = lastBody(text.slice(paragraph, at), registry);
    }
    if (owner) registry.addName(name, owner);
  }
}

/**
 * Teach the registry a secretariat the title block names below its body: the document's first
 * block (to the first blank line), a line that is wholly a body's name (as `read` gives it:
 * capitals in title case), then a later line that holds a secretariat's name.
 */
export function learnTitleSecretariat(documentText: string, registry: Registry, read: (line: string) => string): void {
  const blank = /\n[ \t]*\n/.exec(documentText);
  const block = documentText.slice(0, blank ? blank.index : Math.min(documentText.length, 600));
  if (!block.includes('Secretariat')) return;
  const lines = block.split('\n');
  let owner: string | undefined;
  for (const line of lines) {
    const whole = read(line.trim());
    const key = whole ? registry.resolve(whole) ?? registry.acronym(whole) : undefined;
    if (typeof key === 'string') {
      owner = key;
      continue;
    }
    if (!owner) continue;
    for (const m of whole.matchAll(SECRETARIAT_NAME)) {
      const name = ownName(m[1]!, registry);
      if (name) registry.addName(name, owner);
    }
  }
}
