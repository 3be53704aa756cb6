/**
 * Comparison keys for organization names: variants that are clearly the same name compare equal
 * ("Group of Experts on Money-laundering Control" and "… Money Laundering Control";
 * "International Organization for Migrations" and "… for Migration"; "Co-operation" and "Cooperation").
 */
import { memoize } from '../text/memo.js';

const DROP = new Set(['the', 'of', 'for', 'on', 'and', 'de', 'del', 'la', 'y', '&', 'du', 'des', 'da', 'do', 'dos', 'das', 'et']);

/** A spacing-, case-, accent-, hyphen- and plural-insensitive key for a name. */
export const nameKey: (name: string) => string = memoize(computeKey, 20000);

function computeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/\bu\.?s\.?(?=\s|$)/g, 'us')
    .replace(/\bunited states\b/g, 'us')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !DROP.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
    .join('');
}

/** Initial letters of the content words of a name, hyphen parts counted ("Inter-American Drug …" → "iadac…"). */
export function initials(name: string): string {
  return name
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !DROP.has(w.toLowerCase()) && w.toLowerCase() !== 'to' && w.toLowerCase() !== 'in')
    .map((w) => w[0]!.toLowerCase())
    .join('');
}

/** Share of a name's content-word initials that occur among an acronym's letters (0 when the name has none). */
export function initialsCoverage(name: string, acronym: string): number {
  const letters = new Set(acronym.toLowerCase().replace(/[^\p{L}]/gu, ''));
  const inits = initials(name);
  if (!inits) return 0;
  let hit = 0;
  for (const c of inits) if (letters.has(c)) hit++;
  return hit / inits.length;
}

/** The same text with every all-capital word of four letters or more in Title Case (same length). */
export function titleCaseCaps(text: string, keep: (word: string) => boolean): string {
  // Connectors first ("AGAINST" is one, not a name's word), and the other small words of running text,
  // which end a name as their lower-case forms do ("THE EXECUTIVE SECRETARIAT IN 2019", "… NETWORK DURING
  // THE YEAR"); an acronym in parentheses stays one ("(DTOC)").
  const out = text
    .replace(/\b(?:OF|THE|FOR|ON|AND|AGAINST|DE|DEL|LA|IN|AT|BY|TO|WITH|FROM|DURING|UNDER|THROUGH|SINCE|AFTER|BEFORE|BETWEEN|AMONG|WITHIN|INTO|ITS|THEIR)\b/g, (w) => w.toLowerCase())
    .replace(/(?<![\p{L}(])[\p{Lu}][\p{Lu}\p{M}]{3,}(?![\p{L})])/gu, (w) => (keep(w) ? w : w[0] + w.slice(1).toLowerCase()));
  return out.length === text.length ? out : text;
}
