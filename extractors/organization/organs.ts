/**
 * Organs named without their parent (issue 18, class 1): "the General Assembly" in a UN report is
 * the UN's (UNGA); in an OAS report, the OAS's, keyed by its name. The document's parent is read
 * once per document (`homeParent`), never per mention.
 */
import { ORGAN_PARENTS, ORGANS } from './lexicon.js';
import type { Registry } from './registry.js';

/** How far the most-cued parent must lead the next one to count as the document's own. */
const LEAD = 2;
const AT_LEAST = 3;

/** The parent whose cues the document uses most, well ahead of the others; undefined when none leads. */
export function homeParent(documentText: string): string | undefined {
  const counts = ORGAN_PARENTS.map((p) => ({ key: p.key, n: documentText.match(p.cue)?.length ?? 0 })).sort((a, b) => b.n - a.n);
  const [first, second] = counts;
  if (!first || first.n < AT_LEAST || first.n < LEAD * (second?.n ?? 0)) return undefined;
  return first.key;
}

/** Teach the registry the organs' names: keyed by name (null) everywhere, by the parent's acronym for the organ in use where the parent is known. */
export function addOrgans(registry: Registry, parent: string | undefined): void {
  for (const organ of ORGANS) registry.addName(organ.name, (parent && organ.of[parent]) || null);
}

/**
 * What an organ's name means after a parent's acronym ("UN General Assembly", "INTERPOL General
 * Assembly"): the organ's key under a parent it lists (null: keyed by its name), 'other' under a
 * parent it does not list (then the words name that body's session or event, and only the parent
 * is a body), undefined where the name is no organ's.
 */
export function organUnder(parentKey: string, name: string): string | null | 'other' | undefined {
  const organ = ORGANS.find((o) => o.name.toLowerCase() === name.toLowerCase().replace(/\s+/g, ' '));
  if (!organ) return undefined;
  return parentKey in organ.of ? organ.of[parentKey]! : 'other';
}
